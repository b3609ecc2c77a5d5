import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

let dir: string
let cleanup: () => void
let host: BookHost
let file: string

const post = (date: string, amount: number) =>
  ok(
    host.execute('journal.post', {
      date,
      description: `Setoran ${amount}`,
      lines: [
        { account: '1-1101', debit: amount },
        { account: '3-3101', credit: amount }
      ]
    })
  )

const kas = async () =>
  (await ok(host.execute('reports.trialBalance', { asOf: '2026-12-31' }))).rows.find(
    (r: { code: string }) => r.code === '1-1101'
  )?.closingDebit ?? 0

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-backup-'))
  file = join(dir, 'buku.sqlite')
  host = createExecutor(await openBook(file, { create: true }), { scratchDir: join(dir, 'scratch') })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
})
afterEach(async () => {
  await host.close()
  cleanup()
})

describe('backups', () => {
  it('a manual backup is a verified SQLite copy with every posting, recorded in the audit trail', async () => {
    await post('2026-01-05', 10_000)
    const r = await ok(host.execute('backup.create', {}))
    expect(r.warnings).toEqual([])
    expect(r.backups).toHaveLength(1)
    const b = r.backups[0]
    expect(b.folder).toBe(join(dir, 'backups'))
    // Whose backup it is, in its name: the cooperative and the first characters of the book's identity.
    expect(b.name).toMatch(/^Koperasi-Desa-Merah-Putih-Sukamaju-[0-9a-f]{8}-\d{8}T\d{9}Z-manual\.sqlite$/)
    expect(readdirSync(join(dir, 'backups')).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([])
    const db = new Database(b.file, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 1 })
    db.close()
    expect(readdirSync(join(dir, 'backups')).some((f) => f.endsWith('.partial'))).toBe(false)
    const audit = await ok(host.execute('audit.list', { command: 'backup.create' }))
    expect(audit.total).toBe(1)
    const status = await ok(host.execute('backup.status', {}))
    expect(status).toMatchObject({ count: 1, ageMinutes: 0, extraFolder: null })
    expect(status.lastBackupAt).toBe(b.at)
  })

  it('also writes to a chosen extra folder (a USB stick); a missing one only warns', async () => {
    const usb = join(dir, 'usb')
    mkdirSync(usb)
    await ok(host.execute('backup.configure', { extraFolder: usb, intervalMinutes: 30 }))
    const r = await ok(host.execute('backup.create', {}))
    expect(r.backups.map((b: { folder: string }) => b.folder)).toEqual([join(dir, 'backups'), usb])
    await ok(host.execute('backup.configure', { extraFolder: join(dir, 'usb-dicabut'), intervalMinutes: 30 }))
    const r2 = await ok(host.execute('backup.create', {}))
    expect(r2.backups).toHaveLength(1)
    expect(r2.warnings[0]).toContain('flashdisk')
    expect((await ok(host.execute('backup.status', {}))).extraFolderAvailable).toBe(false)
    expect((await host.execute('backup.configure', { extraFolder: null, intervalMinutes: 1 })).ok).toBe(false)
  })

  it('takes one on start', async () => {
    await host.startBackups()
    const list = await ok(host.execute('backup.list', {}))
    expect(list.map((b: { reason: string }) => b.reason)).toEqual(['mulai'])
  })
})

describe('restore', () => {
  it('restores a verified backup, saving the current book first so that the restore can be undone', async () => {
    await post('2026-01-05', 10_000)
    const { backups } = await ok(host.execute('backup.create', {}))
    await post('2026-01-06', 5_000)
    expect(await kas()).toBe(15_000)

    const r = await ok(host.execute('backup.restore', { file: backups[0].file }))
    expect(r.verification).toMatchObject({ ok: true, entries: 1, cooperative: SAMPLE_PROFILE.name })
    expect(await kas()).toBe(10_000)
    expect(r.safetyBackup).toMatch(/sebelum-pulih\.sqlite$/)
    expect((await ok(host.execute('audit.list', { command: 'backup.restore' }))).total).toBe(1)
    expect((await ok(host.execute('system.check', {}))).ok).toBe(true)
    // New postings continue after the restored entries.
    expect((await post('2026-01-07', 1_000)).number).toBe('JU-2026-000002')

    // Undo: restore the safety copy.
    await ok(host.execute('backup.restore', { file: r.safetyBackup }))
    expect(await kas()).toBe(15_000)
  })

  it('refuses files that are not intact Lumbung books, and leaves the current book as it was', async () => {
    await post('2026-01-05', 10_000)
    const { backups } = await ok(host.execute('backup.create', {}))
    const bytes = readFileSync(backups[0].file)
    const truncated = join(dir, 'terpotong.sqlite')
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 3)))
    const garbage = join(dir, 'sampah.lumbung')
    writeFileSync(garbage, 'bukan basis data')
    const foreign = join(dir, 'asing.sqlite')
    const f = new Database(foreign)
    f.exec('CREATE TABLE t (x)')
    f.close()
    const newer = join(dir, 'baru.sqlite')
    const n = await openBook(newer, { create: true })
    n.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    n.close()
    const tampered = join(dir, 'diubah.sqlite')
    writeFileSync(tampered, bytes)
    const t = new Database(tampered)
    t.exec(`UPDATE account_month_balances SET debit = debit + 500`)
    t.close()

    for (const bad of [truncated, garbage, foreign, newer, tampered, join(dir, 'tidak-ada.sqlite')]) {
      const r = await host.execute('backup.restore', { file: bad })
      expect(r.ok, bad).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/[a-z]/)
    }
    expect(await kas()).toBe(10_000)
    expect(
      (await ok(host.execute('backup.list', {}))).filter((b: { reason: string }) => b.reason === 'sebelum-pulih')
    ).toHaveLength(0)
    const v = await ok(host.execute('backup.verify', { file: tampered }))
    expect(v.ok).toBe(false)
    expect(v.problems[0]).toContain('Saldo bulanan')
  })
})

describe('export and import of a whole book', () => {
  it('exports one file that another laptop imports with the same balances', async () => {
    await post('2026-01-05', 12_345)
    mkdirSync(join(dir, 'pindah'))
    const exported = join(dir, 'pindah', 'koperasi.lumbung')
    const e = await ok(host.execute('book.export', { file: exported }))
    expect(e.size).toBeGreaterThan(0)
    expect((await host.execute('book.export', { file: join(dir, 'x.txt') })).ok).toBe(false)

    const other = tempDir('lumbung-laptop-baru-')
    const otherHost = createExecutor(await openBook(join(other.dir, 'lumbung.sqlite'), { create: true }), {
      scratchDir: join(other.dir, 's')
    })
    try {
      const imported = await ok(otherHost.execute('backup.restore', { file: exported }))
      expect(imported.verification.ok).toBe(true)
      const tbal = await ok(otherHost.execute('reports.trialBalance', { asOf: '2026-12-31' }))
      expect(tbal.rows.find((r: { code: string }) => r.code === '1-1101').closingDebit).toBe(12_345)
      expect((await ok(otherHost.execute('profile.get', {}))).name).toBe(SAMPLE_PROFILE.name)
    } finally {
      await otherHost.close()
      other.cleanup()
    }
    expect(existsSync(exported)).toBe(true)
  })
})
