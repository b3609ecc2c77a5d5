import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { qb } from '../../../main/db/query'
import { TABLES } from '../../../main/db/tables'
import { tempDir } from '../../helpers/book'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

interface Info {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

/** What PRAGMA table_info says of every table, in words independent of main/db/describe.ts. */
type Described = Map<string, Map<string, { type: string; nullable: boolean; values: string }>>
function fromPragma(db: Database.Database): Described {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[]
  const out: Described = new Map()
  for (const { name, sql } of tables) {
    const cols = db.prepare(`PRAGMA table_info("${name}")`).all() as Info[]
    const values = (col: string) => {
      const m = sql.match(new RegExp(`CHECK \\(${col} IN \\(([^)]*)\\)\\)`))
      return m ? m[1]!.replace(/'/g, '').replace(/\s*,\s*/g, '|') : ''
    }
    out.set(
      name,
      new Map(
        cols.map((c) => [
          c.name,
          { type: c.type, nullable: c.notnull === 0 && c.pk === 0, values: c.type === 'TEXT' ? values(c.name) : '' }
        ])
      )
    )
  }
  return out
}

/** Differences between TABLES and the book, one line each; empty when they agree. */
function differences(db: Database.Database): string[] {
  const book = fromPragma(db)
  const diffs: string[] = []
  const described = TABLES as Record<string, Record<string, string>>
  for (const table of book.keys()) if (!(table in described)) diffs.push(`${table}: tabel tidak ada di TABLES`)
  for (const table of Object.keys(described)) if (!book.has(table)) diffs.push(`${table}: tabel tidak ada di buku`)
  for (const [table, cols] of book) {
    const spec = described[table]
    if (!spec) continue
    for (const [col, info] of cols) {
      const s = spec[col]
      if (s === undefined) {
        diffs.push(`${table}.${col}: kolom tidak ada di TABLES`)
        continue
      }
      const type = s.startsWith('int') ? 'INTEGER' : s.startsWith('text') ? 'TEXT' : s
      if (type !== info.type) diffs.push(`${table}.${col}: ${info.type} di buku, ${s} di TABLES`)
      if (s.includes('?') !== info.nullable)
        diffs.push(`${table}.${col}: ${info.nullable ? 'boleh' : 'tidak boleh'} NULL di buku, ${s} di TABLES`)
      if ((s.split(' ')[1] ?? '') !== info.values)
        diffs.push(`${table}.${col}: CHECK IN (${info.values}), ${s} di TABLES`)
    }
    for (const col of Object.keys(spec)) if (!cols.has(col)) diffs.push(`${table}.${col}: kolom tidak ada di buku`)
  }
  return diffs
}

async function freshBook() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const book = await openBook(join(t.dir, 'buku.sqlite'), { create: true })
  cleanups.unshift(() => book.close())
  return book
}

describe('the DB interface (main/db/tables.ts) and the migrations', () => {
  it('name every table and column of a freshly migrated book, with its type and nullability', async () => {
    const book = await freshBook()
    // When this fails after a new migration: npm run db:tables
    expect(differences(book.sqlite)).toEqual([])
    expect(Object.keys(TABLES).length).toBe(61)
    expect(TABLES.loans.status).toBe('text DIAJUKAN|DISETUJUI|DITOLAK|CAIR|LUNAS|HAPUS_BUKU')
  })

  it('notice a migration that adds a column or a table the interface does not know', async () => {
    const book = await freshBook()
    // What a new migration would do, applied to the migrated book.
    book.sqlite.exec(`ALTER TABLE units ADD COLUMN color TEXT;
      CREATE TABLE scratch (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
      ALTER TABLE members ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE units ADD COLUMN shade TEXT NOT NULL DEFAULT 'x' CHECK (shade IN ('x', 'y'))`)
    expect(differences(book.sqlite).sort()).toEqual([
      'members.rank: kolom tidak ada di TABLES',
      'scratch: tabel tidak ada di TABLES',
      'units.color: kolom tidak ada di TABLES',
      'units.shade: kolom tidak ada di TABLES'
    ])
  })

  it('mark INTEGER PRIMARY KEY and DEFAULT columns as optional in an insert, and only those', async () => {
    const book = await freshBook()
    for (const [table, cols] of Object.entries(TABLES as Record<string, Record<string, string>>)) {
      const info = book.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Info[]
      const pks = info.filter((c) => c.pk > 0)
      for (const c of info) {
        const optional = c.dflt_value !== null || (pks.length === 1 && c.pk === 1 && c.type === 'INTEGER')
        expect(`${table}.${c.name} ${cols[c.name]!.split(' ')[0]!.endsWith('+')}`).toBe(
          `${table}.${c.name} ${optional}`
        )
      }
    }
  })
})

describe('book.q: kysely queries run synchronously on better-sqlite3', () => {
  it('inserts, reads and updates through the builder, and reuses one statement per SQL text', async () => {
    const book = await freshBook()
    const ins = (code: string) =>
      qb
        .insertInto('units')
        .values({ code, name: `Unit ${code}`, description: null, created_at: '2026-01-02T00:00:00Z' })
    book.q.run(ins('A'))
    book.q.run(ins('B'))
    book.q.run(qb.updateTable('units').set({ is_active: 0 }).where('code', '=', 'B'))
    const list = () => qb.selectFrom('units').select(['code', 'is_active']).orderBy('code')
    expect(book.q.all(list())).toEqual([
      { code: 'A', is_active: 1 },
      { code: 'B', is_active: 0 }
    ])
    expect(book.q.first(qb.selectFrom('units').select('name').where('code', '=', 'B'))).toEqual({ name: 'Unit B' })
    expect(book.q.first(qb.selectFrom('units').select('name').where('code', '=', 'Z'))).toBeUndefined()
    const sqlText = list().compile().sql
    expect(book.q.prepare(sqlText)).toBe(book.q.prepare(sqlText))
    expect(book.q.rows<{ n: number }>('SELECT count(*) AS n FROM units WHERE is_active = ?', 1)).toEqual([{ n: 1 }])
  })
})
