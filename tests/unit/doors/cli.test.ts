import { createHash } from 'node:crypto'
import { existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMAND_NAMES } from '../../../shared/commands'
import { cli } from '../../helpers/cli'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import Database from 'better-sqlite3'
import { openBook } from '../../../main/db/book'
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations'

const t = tempDir('lumbung-cli-')
const file = join(t.dir, 'buku.sqlite')
afterAll(() => t.cleanup())

/**
 * What the book holds: the file and any write-ahead log with content. The -shm index and an empty
 * -wal carry nothing (a read-only report leaves them, the next writer removes them), so they are left out.
 */
function fingerprint(): string {
  const h = createHash('sha256')
  for (const f of readdirSync(t.dir)
    .filter((n) => n === 'buku.sqlite' || (n === 'buku.sqlite-wal' && statSync(join(t.dir, n)).size > 0))
    .sort()) {
    h.update(f).update(readFileSync(join(t.dir, f)))
  }
  return h.digest('hex')
}

beforeAll(() => {
  const r = cli([
    '--db',
    file,
    'setup.initialize',
    JSON.stringify({ profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
  ])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
})

describe('CLI door', () => {
  it('runs a command and prints its JSON result', () => {
    const r = cli([
      '--db',
      file,
      'journal.post',
      JSON.stringify({
        date: '2026-01-05',
        description: 'Simpanan pokok',
        lines: [
          { account: '1-1101', debit: 50000 },
          { account: '3-2101', credit: 50000 }
        ]
      })
    ])
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ number: 'JU-2026-000001', total: 50000, createdBy: 'cli' })
    const list = cli(['--db', file, 'journal.list'])
    expect(list.code).toBe(0)
    expect((list.json as { total: number }).total).toBe(1)
  })

  it('reads the input from stdin with "-"', () => {
    const r = cli(['--db', file, 'reports.trialBalance', '-'], JSON.stringify({ asOf: '2026-01-31' }))
    expect(r.code).toBe(0)
    expect((r.json as { balanced: boolean }).balanced).toBe(true)
  })

  it.each([
    ['bad JSON', ['journal.post', '{"date": "2026-01-05", lines: ['], 'INVALID_INPUT'],
    [
      'a schema violation',
      [
        'journal.post',
        JSON.stringify({
          date: '2026-01-05',
          description: 'x',
          lines: [
            { account: '1-1101', debit: 'seratus' },
            { account: '3-2101', credit: 100 }
          ]
        })
      ],
      'INVALID_INPUT'
    ],
    [
      'an unbalanced entry',
      [
        'journal.post',
        JSON.stringify({
          date: '2026-01-05',
          description: 'x',
          lines: [
            { account: '1-1101', debit: 101 },
            { account: '3-2101', credit: 100 }
          ]
        })
      ],
      'UNBALANCED'
    ],
    [
      'an unknown account',
      [
        'journal.post',
        JSON.stringify({
          date: '2026-01-05',
          description: 'x',
          lines: [
            { account: '1-1109', debit: 100 },
            { account: '3-2101', credit: 100 }
          ]
        })
      ],
      'NOT_FOUND'
    ],
    [
      'a reversal of a missing entry',
      ['journal.reverse', JSON.stringify({ entryId: 77, date: '2026-01-05', reason: 'tidak ada' })],
      'NOT_FOUND'
    ],
    [
      'setup a second time',
      [
        'setup.initialize',
        JSON.stringify({ profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
      ],
      'ALREADY_INITIALIZED'
    ]
  ])('on %s: exits non-zero, prints the error, and leaves the file byte-identical', (_n, args, code) => {
    const before = fingerprint()
    const r = cli(['--db', file, ...args])
    expect(r.code).toBe(1)
    expect((r.json as { error: { code: string; message: string } }).error.code).toBe(code)
    expect(r.stderr).toContain('Galat')
    expect(fingerprint()).toBe(before)
  })

  it("a report reads without the writer's lock; a book at an older schema is migrated first, as before", async () => {
    // Another program holds the book for writing: the report still answers (one read-only connection).
    const holder = await openBook(file)
    try {
      const r = cli(['--db', file, 'reports.trialBalance', JSON.stringify({ asOf: '2026-01-31' })])
      expect(r.code).toBe(0)
      expect((r.json as { balanced: boolean }).balanced).toBe(true)
    } finally {
      holder.close()
    }
    // A second name (hard link) would read through its own write-ahead log: refused, nothing left beside it.
    const alias = join(t.dir, 'alias.sqlite')
    linkSync(file, alias)
    try {
      const a = cli(['--db', alias, 'reports.trialBalance', JSON.stringify({ asOf: '2026-01-31' })])
      expect(a.code).toBe(1)
      expect((a.json as { error: { code: string } }).error.code).toBe('BOOK_LOCKED')
      expect(existsSync(`${alias}-wal`) || existsSync(`${alias}-shm`)).toBe(false)
    } finally {
      rmSync(alias)
    }
    const old = join(t.dir, 'lama.sqlite')
    ;(await openBook(old, { create: true, targetVersion: 1 })).close()
    const r = cli(['--db', old, 'setup.status'])
    expect(r.code).toBe(0)
    const db = new Database(old, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('usage errors exit 2; a missing book is not created', () => {
    expect(cli(['--db', file, 'tidak.ada']).code).toBe(2)
    expect(cli(['journal.list']).code).toBe(2)
    expect(cli([]).code).toBe(2)
    const missing = join(t.dir, 'hilang.sqlite')
    const r = cli(['--db', missing, 'journal.list'])
    expect(r.code).toBe(1)
    expect((r.json as { error: { code: string } }).error.code).toBe('BOOK_NOT_FOUND')
    expect(existsSync(missing)).toBe(false)
  })

  it('"commands" lists every command with its input as JSON Schema', () => {
    const r = cli(['commands'])
    expect(r.code).toBe(0)
    const list = r.json as {
      name: string
      kind: string
      summary: string
      input: { type?: string; properties?: Record<string, unknown> }
    }[]
    expect(list.map((c) => c.name).sort()).toEqual([...COMMAND_NAMES].sort())
    const post = list.find((c) => c.name === 'journal.post')!
    expect(post.kind).toBe('mutation')
    expect(post.input.type).toBe('object')
    expect(Object.keys(post.input.properties!)).toEqual(expect.arrayContaining(['date', 'description', 'lines']))
  })
})

describe('CLI exports', () => {
  const base64Run = /[A-Za-z0-9+/]{120,}/

  it('a Dinas export says where it wrote the file and its size, never the bytes', () => {
    for (const format of ['pdf', 'xlsx'] as const) {
      const r = cli(['--db', file, 'dinas.export', JSON.stringify({ year: 2026, format })])
      expect(r.code, r.stderr).toBe(0)
      const out = r.json as {
        file: string
        name: string
        size: number
        base64?: string
        payload: { file: string; size: number } | null
      }
      const written = join(t.dir, 'ekspor', `KDMP-Sukamaju-Laporan-Dinas-2026.${format}`)
      expect(out.file).toBe(written)
      expect(out.base64).toBeUndefined()
      expect(r.stdout).not.toMatch(base64Run)
      expect(r.stderr).not.toMatch(base64Run)
      const size = readFileSync(written).length
      expect(out.size).toBe(size)
      const kb = `${(size / 1024).toFixed(1).replace('.', ',')} KB`
      expect(r.stderr).toContain(`Ditulis: ${written} (${kb})`)
      if (format === 'xlsx') {
        const json = join(t.dir, 'ekspor', 'KDMP-Sukamaju-Laporan-Dinas-2026.lumbung.json')
        expect(out.payload?.file).toBe(json)
        expect(r.stderr).toContain(`Ditulis: ${json} (`)
      }
    }
    expect(readdirSync(join(t.dir, 'ekspor')).sort()).toEqual([
      'KDMP-Sukamaju-Laporan-Dinas-2026.lumbung.json',
      'KDMP-Sukamaju-Laporan-Dinas-2026.pdf',
      'KDMP-Sukamaju-Laporan-Dinas-2026.xlsx'
    ])
  })
})
