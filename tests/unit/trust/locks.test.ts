import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { CommandError } from '../../../shared/errors'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { CLI } from '../../helpers/cli'
import { ok } from '../../helpers/host'

const t = tempDir('lumbung-kunci-')
afterAll(() => t.cleanup())

async function refusal(p: Promise<unknown>): Promise<CommandError> {
  try {
    await p
  } catch (e) {
    if (e instanceof CommandError) return e
    throw e
  }
  throw new Error('should have been refused')
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')

describe('the lock follows the book, not its name', () => {
  it('opening the same book through a symlink, //, /./ or a hard link is refused while it is open', async () => {
    const file = join(t.dir, 'buku.sqlite')
    const book = await openBook(file, { create: true, program: 'aplikasi Lumbung' })
    try {
      symlinkSync(file, join(t.dir, 'tautan.sqlite'))
      for (const alias of [join(t.dir, 'tautan.sqlite'), `${t.dir}//buku.sqlite`, `${t.dir}/./buku.sqlite`]) {
        const e = await refusal(openBook(alias))
        expect(e.code, alias).toBe('BOOK_LOCKED')
        // The message names who holds the book.
        expect(e.message).toContain(`aplikasi Lumbung di komputer ${hostname()} (proses ${process.pid}) sejak`)
      }
    } finally {
      book.close()
    }
    // A hard link makes two names for one file: SQLite would keep two logs. Refused, whichever name.
    linkSync(file, join(t.dir, 'kembar.sqlite'))
    expect((await refusal(openBook(join(t.dir, 'kembar.sqlite')))).message).toContain('hard link')
    expect((await refusal(openBook(file))).message).toContain('hard link')
  })

  it('a file that is not a Lumbung book is refused before anything is written to it', async () => {
    const text = join(t.dir, 'catatan.sqlite')
    writeFileSync(text, 'bukan buku')
    const foreign = join(t.dir, 'asing.sqlite')
    const f = new Database(foreign)
    f.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    f.close()
    const empty = join(t.dir, 'kosong.sqlite')
    writeFileSync(empty, '')
    for (const [path, message] of [
      [text, 'tidak dapat dibaca sebagai basis data SQLite, bukan buku Lumbung'],
      [foreign, 'basis data lain, bukan buku Lumbung'],
      [empty, 'Berkas kosong, bukan buku Lumbung']
    ] as const) {
      const before = sha(path)
      const e = await refusal(openBook(path))
      expect(e.code).toBe('NOT_A_BOOK')
      expect(e.message).toContain(message)
      expect(sha(path)).toBe(before)
      expect(existsSync(`${path}-wal`)).toBe(false)
      expect(existsSync(`${path}.lock`)).toBe(false)
    }
  })

  it('writers in one process wait their turn instead of failing', async () => {
    const file = join(t.dir, 'antre.sqlite')
    const first = await openBook(file, { create: true })
    const order: string[] = []
    const second = openBook(file, { waitForLockMs: 5_000 }).then((b) => {
      order.push('kedua dapat giliran')
      return b
    })
    await new Promise((r) => setTimeout(r, 200))
    order.push('pertama selesai')
    first.close()
    const b = await second
    b.close()
    expect(order).toEqual(['pertama selesai', 'kedua dapat giliran'])
  })
})

describe('several CLI writers at once', () => {
  it('4 concurrent CLI writers: every posting lands, none refused for being concurrent', async () => {
    const file = join(t.dir, 'empat.sqlite')
    const h = createExecutor(await openBook(file, { create: true }))
    await ok(
      h.execute('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
    )
    await h.close()
    const EACH = Number(process.env.LUMBUNG_WRITERS_EACH ?? (process.env.LUMBUNG_FAULTS === 'full' ? 10 : 2))
    // Each writer is one CLI process posting its entries in batch mode, started at the same time as
    // the others: a writer that finds the book held waits its turn (--wait) instead of failing.
    const writer = (w: number) =>
      new Promise<{ code: number; lines: { ok: boolean }[] }>((resolve) => {
        const c = spawn(process.execPath, [CLI, '--db', file, 'batch', '-'], { stdio: ['pipe', 'pipe', 'pipe'] })
        let out = ''
        c.stdout.on('data', (d: Buffer) => (out += d.toString()))
        c.on('exit', (code) =>
          resolve({
            code: code ?? -1,
            lines: out
              .trim()
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as { ok: boolean })
          })
        )
        c.stdin.end(
          Array.from({ length: EACH }, (_, i) =>
            JSON.stringify({
              command: 'journal.post',
              input: {
                date: '2026-02-01',
                description: `Penulis ${w} ke-${i}`,
                lines: [
                  { account: '1-1101', debit: 1000 + w },
                  { account: '3-3101', credit: 1000 + w }
                ]
              }
            })
          ).join('\n')
        )
      })
    const results = await Promise.all([0, 1, 2, 3].map(writer))
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0])
    expect(results.flatMap((r) => r.lines.map((l) => l.ok))).toEqual(Array(4 * EACH).fill(true))
    const db = new Database(file, { readonly: true })
    expect((db.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n).toBe(4 * EACH)
    db.close()
    console.log(`[faults] penulis serentak: 4 × ${EACH} posting lewat CLI, 0 ditolak, 0 hilang`)
    expect(readdirSync(t.dir).filter((f) => f.startsWith('empat.sqlite.lock.json'))).toEqual([])
  }, 300_000)
})
