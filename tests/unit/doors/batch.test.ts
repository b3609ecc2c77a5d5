import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { CLI } from '../../helpers/cli'

const t = tempDir('lumbung-batch-')
afterAll(() => t.cleanup())

const setup = {
  command: 'setup.initialize',
  input: { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' }
}
const post = (amount: number, debit = amount) => ({
  command: 'journal.post',
  input: {
    date: '2026-03-02',
    description: `Setoran ${amount}`,
    lines: [
      { account: '1-1101', debit },
      { account: '3-3101', credit: amount }
    ]
  }
})
const jsonl = (rows: unknown[]) => `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`

function batch(book: string, args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [CLI, '--db', book, ...args], {
    encoding: 'utf8',
    input: stdin ?? '',
    timeout: 120_000
  })
  return {
    code: r.status ?? -1,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(
        (l) => JSON.parse(l) as { line: number; ok: boolean; result?: any; error?: { code: string; message: string } }
      ),
    stderr: r.stderr
  }
}

const count = (book: string, sql: string) => {
  const db = new Database(book, { readonly: true })
  try {
    return (db.prepare(sql).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('lumbung batch', () => {
  it('runs 1.000 postings from one file in one process, one result per line in order, each with its line number', () => {
    const book = join(t.dir, 'seribu.sqlite')
    const file = join(t.dir, 'seribu.jsonl')
    writeFileSync(file, jsonl([setup, ...Array.from({ length: 1000 }, (_, i) => post(1000 + i))]))
    const r = batch(book, ['batch', file])
    expect(r.code, r.stderr).toBe(0)
    expect(r.lines).toHaveLength(1001)
    expect(r.lines.map((l) => l.line)).toEqual(Array.from({ length: 1001 }, (_, i) => i + 1))
    expect(r.lines[1]!.result).toMatchObject({ number: 'JU-2026-000001', total: 1000 })
    expect(r.lines[1000]!.result).toMatchObject({ number: 'JU-2026-001000', total: 1999 })
    // Σ (1000 + i) for i = 0 … 999, computed by hand: 1.000 × 1.000 + 999 × 1.000 / 2 = 1.499.500
    expect(
      count(
        book,
        `SELECT SUM(debit) AS n FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = '1-1101'`
      )
    ).toBe(1_499_500)
    expect(r.stderr).toContain('Batch selesai: 1001 berhasil, 0 ditolak')
  }, 120_000)

  it('by default a refused line is reported with its number and the other lines still land', () => {
    const book = join(t.dir, 'sebagian.sqlite')
    const r = batch(
      book,
      ['batch', '-'],
      jsonl([setup, post(500), post(700, 600), '{bukan json', { command: 'tidak.ada' }, post(900)])
    )
    expect(r.code).toBe(1)
    expect(r.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, true]
    ])
    expect(r.lines[2]!.error).toMatchObject({
      code: 'UNBALANCED',
      message: expect.stringMatching(/^Baris 3: Jurnal tidak seimbang/)
    })
    expect(r.lines[3]!.error!.message).toMatch(/^Baris 4: bukan JSON perintah yang valid/)
    expect(r.lines[4]!.error).toMatchObject({ code: 'UNKNOWN_COMMAND', message: expect.stringMatching(/^Baris 5:/) })
    expect(count(book, 'SELECT count(*) AS n FROM journal_entries')).toBe(2)
  })

  it('--atomic: the whole file in one transaction — a refused line leaves the book as it was', () => {
    const book = join(t.dir, 'atomik.sqlite')
    expect(batch(book, ['batch', '-'], jsonl([setup])).code).toBe(0)
    const auditBefore = count(book, 'SELECT count(*) AS n FROM audit_log')
    const bad = batch(book, ['--atomic', 'batch', '-'], jsonl([post(100), post(200), post(300, 299), post(400)]))
    expect(bad.code).toBe(1)
    expect(bad.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false]
    ])
    expect(bad.stderr).toContain('Batch dibatalkan: 1 baris ditolak, tidak ada yang disimpan')
    expect(count(book, 'SELECT count(*) AS n FROM journal_entries')).toBe(0)
    expect(count(book, 'SELECT count(*) AS n FROM audit_log')).toBe(auditBefore)
    // A command that copies or replaces the book cannot run inside one transaction.
    const host = batch(book, ['--atomic', 'batch', '-'], jsonl([post(100), { command: 'backup.create', input: {} }]))
    expect(host.lines[1]!.error!.message).toContain('tidak dapat dijalankan dalam --atomic')
    expect(count(book, 'SELECT count(*) AS n FROM journal_entries')).toBe(0)
    const good = batch(book, ['--atomic', 'batch', '-'], jsonl([post(100), post(200)]))
    expect(good.code).toBe(0)
    expect(good.stderr).toContain('2 perintah tersimpan dalam satu transaksi')
    expect(count(book, 'SELECT count(*) AS n FROM journal_entries')).toBe(2)
  })
})
