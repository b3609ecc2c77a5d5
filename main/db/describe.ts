import type Database from 'better-sqlite3'

/**
 * One column of the book, in the compact form main/db/tables.ts is written in:
 * `int` or `text` (the declared SQLite type), `?` when it may hold NULL, `+` when an INSERT may leave it
 * out (a DEFAULT, or the rowid primary key). A primary key counts as NOT NULL. A TEXT column with a
 * `CHECK (col IN ('A', 'B'))` ends with its values: `text A|B`.
 */
export type ColumnSpec = `${'int' | 'text'}${'' | '?'}${'' | '+'}${'' | ` ${string}`}`

/** The values a `CHECK (col IN ('A', 'B', …))` in a CREATE TABLE allows, by column. */
export function checkedValues(createSql: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const m of createSql.matchAll(/CHECK\s*\(\s*"?(\w+)"?\s+IN\s*\(([^)]*)\)\s*\)/gi)) {
    const values = [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!)
    if (values.length) out.set(m[1]!, values)
  }
  return out
}

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
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[]
  const out: Record<string, Record<string, string>> = {}
  for (const { name: table, sql } of tables) {
    const checked = checkedValues(sql)
    const cols = db.prepare(`PRAGMA table_info("${table}")`).all() as TableInfoRow[]
    const pkCount = cols.filter((c) => c.pk > 0).length
    const spec: Record<string, string> = {}
    for (const c of cols) {
      const base = c.type === 'INTEGER' ? 'int' : c.type === 'TEXT' ? 'text' : `?${c.type}`
      const nullable = c.notnull === 0 && c.pk === 0
      const rowid = c.pk === 1 && pkCount === 1 && c.type === 'INTEGER'
      const values = c.type === 'TEXT' ? checked.get(c.name) : undefined
      spec[c.name] =
        `${base}${nullable ? '?' : ''}${c.dflt_value !== null || rowid ? '+' : ''}` +
        (values ? ` ${values.join('|')}` : '')
    }
    out[table] = spec
  }
  return out
}
