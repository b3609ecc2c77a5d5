import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

const HOUR = 3600_000

describe('two books sharing one backup folder', () => {
  it('each lists and prunes only its own backups (both books are called lumbung.sqlite)', async () => {
    const t = tempDir('lumbung-dua-buku-')
    try {
      const usb = join(t.dir, 'flashdisk')
      mkdirSync(usb)
      let clock = Date.parse('2026-01-01T00:00:00Z')
      const now = () => new Date(clock)
      const hosts = []
      for (const [laptop, name] of [
        ['laptop-a', 'Koperasi Desa Merah Putih Sukamaju'],
        ['laptop-b', 'Koperasi Desa Merah Putih Sukamaju']
      ] as const) {
        mkdirSync(join(t.dir, laptop))
        const h = createExecutor(await openBook(join(t.dir, laptop, 'lumbung.sqlite'), { create: true }), {
          now,
          scratchDir: join(t.dir, 'scratch')
        })
        await ok(
          h.execute('setup.initialize', {
            profile: { ...SAMPLE_PROFILE, name },
            firstFinancialYear: 2026,
            booksStartDate: '2026-01-01'
          })
        )
        await ok(h.execute('backup.configure', { extraFolder: usb, intervalMinutes: 15 }))
        hosts.push(h)
      }
      // 40 days of automatic backups, every 12 hours, from both books into the same stick.
      for (let i = 0; i < 80; i++) {
        for (const h of hosts) await h.backupNow('berkala')
        clock += 12 * HOUR
      }
      for (const h of hosts) await h.backupNow('manual')
      const [a, b] = await Promise.all(
        hosts.map((h) => ok<{ name: string; folder: string; bookId: string }[]>(h.execute('backup.list', {})))
      )
      const onStick = (l: { folder: string; name: string }[]) => l.filter((x) => x.folder === usb).map((x) => x.name)
      // Neither book lists the other's backups, and the two sets are disjoint.
      expect(onStick(a!).some((n) => onStick(b!).includes(n))).toBe(false)
      const idA = a![0]!.bookId
      const idB = b![0]!.bookId
      expect(idA).not.toBe(idB)
      expect(a!.every((x) => x.bookId === idA)).toBe(true)
      // Retention kept the same shape for each book (recent + daily + monthly + manual), independently.
      const files = readdirSync(usb).filter((f) => f.endsWith('.sqlite'))
      const ofA = files.filter((f) => f.includes(`-${idA}-`))
      const ofB = files.filter((f) => f.includes(`-${idB}-`))
      expect(ofA.length).toBe(onStick(a!).length)
      expect(ofB.length).toBe(onStick(b!).length)
      expect(ofA.length).toBe(ofB.length)
      expect(ofA.length).toBeGreaterThan(15)
      expect(ofA.length).toBeLessThan(60)
      expect(files.length).toBe(ofA.length + ofB.length)
      // Each backup carries its book's identity inside, and nothing half-written is left behind.
      const inside = new Database(join(usb, ofB[0]!), { readonly: true })
      const id = (inside.prepare(`SELECT value FROM settings WHERE key = 'book.id'`).get() as { value: string }).value
      inside.close()
      expect(id.startsWith(idB!)).toBe(true)
      expect(readdirSync(usb).filter((f) => /partial|-wal$|-shm$|-journal$/.test(f))).toEqual([])
      for (const h of hosts) await h.close()
    } finally {
      t.cleanup()
    }
  }, 180_000)

  it('a backup named like this book but holding another book inside is never pruned', async () => {
    const t = tempDir('lumbung-samaran-')
    try {
      let clock = Date.parse('2026-01-01T00:00:00Z')
      const h = createExecutor(await openBook(join(t.dir, 'lumbung.sqlite'), { create: true }), {
        now: () => new Date(clock),
        scratchDir: join(t.dir, 's')
      })
      await ok(
        h.execute('setup.initialize', {
          profile: SAMPLE_PROFILE,
          firstFinancialYear: 2026,
          booksStartDate: '2026-01-01'
        })
      )
      const first = (await h.backupNow('berkala')).backups[0]!
      // Replace the first backup's content with another book, keeping its name.
      const db = new Database(first.file)
      db.prepare(`UPDATE settings SET value = 'bukan-buku-ini' WHERE key = 'book.id'`).run()
      db.close()
      for (let i = 0; i < 100; i++) {
        clock += 24 * HOUR
        await h.backupNow('berkala')
      }
      expect(readdirSync(join(t.dir, 'backups'))).toContain(first.name)
      await h.close()
    } finally {
      t.cleanup()
    }
  }, 120_000)
})

describe('the backup before a migration', () => {
  it('is written through .partial, checked, named like every backup and listed', async () => {
    const t = tempDir('lumbung-migrasi-')
    try {
      const file = join(t.dir, 'lama.sqlite')
      const old = await openBook(file, { create: true, targetVersion: 16 })
      old.close()
      const book = await openBook(file)
      const h = createExecutor(book)
      const list = await ok<{ name: string; reason: string; automatic: boolean }[]>(h.execute('backup.list', {}))
      expect(list).toHaveLength(1)
      expect(list[0]!.reason).toMatch(/^sebelum-migrasi-v16-ke-v\d+$/)
      expect(list[0]!.automatic).toBe(false)
      expect(book.migration.backupFile).toContain(list[0]!.name)
      expect(readdirSync(join(t.dir, 'backups'))).toEqual([list[0]!.name])
      const copy = new Database(book.migration.backupFile!, { readonly: true })
      expect(copy.pragma('user_version', { simple: true })).toBe(16)
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
      copy.close()
      await h.close()
    } finally {
      t.cleanup()
    }
  })
})
