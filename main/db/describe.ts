import type Database from 'better-sqlite3'

/**
 * One column of the book, in the compact form main/db/tables.ts is written in:
 * `int` or `text` (the declared SQLite type), `?` when it may hold NULL, `+` when an INSERT may leave it
 * out (a DEFAULT, or the rowid primary key). A primary key counts as NOT NULL.
 */
export type ColumnSpec = `${'int' | 'text'}${'' | '?'}${'' | '+'}`

interface TableInfoRow {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

/** Every table of an open book (SQLite's own and the migration log included), described column by column. */
export function describeBook(db: Database.Database): Record<string, Record<string, string>> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[]
  const out: Record<string, Record<string, string>> = {}
  for (const table of tables) {
    const cols = db.prepare(`PRAGMA table_info("${table}")`).all() as TableInfoRow[]
    const pkCount = cols.filter((c) => c.pk > 0).length
    const spec: Record<string, string> = {}
    for (const c of cols) {
      const base = c.type === 'INTEGER' ? 'int' : c.type === 'TEXT' ? 'text' : `?${c.type}`
      const nullable = c.notnull === 0 && c.pk === 0
      const rowid = c.pk === 1 && pkCount === 1 && c.type === 'INTEGER'
      spec[c.name] = `${base}${nullable ? '?' : ''}${c.dflt_value !== null || rowid ? '+' : ''}`
    }
    out[table] = spec
  }
  return out
}
