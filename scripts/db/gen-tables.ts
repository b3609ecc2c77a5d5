/**
 * Writes main/db/tables.ts from a book migrated to the latest schema: `npm run db:tables` after adding a
 * migration. tests/unit/db/tables.test.ts fails while the file and the migrations disagree.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { MIGRATIONS } from '../../main/db/migrations'
import { describeBook } from '../../main/db/describe'

const db = new Database(':memory:')
db.exec(`CREATE TABLE schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL)`)
for (const m of MIGRATIONS) {
  db.exec(m.up)
  m.after?.(db)
}
const tables = describeBook(db)
db.close()

const bad = Object.entries(tables).flatMap(([t, cols]) =>
  Object.entries(cols)
    .filter(([, s]) => s.startsWith('?'))
    .map(([c, s]) => `${t}.${c} ${s}`)
)
if (bad.length) throw new Error(`Jenis kolom di luar INTEGER/TEXT: ${bad.join(', ')}`)

const body = Object.entries(tables)
  .map(
    ([t, cols]) =>
      `  ${t}: {\n${Object.entries(cols)
        .map(([c, s]) => `    ${c}: '${s}'`)
        .join(',\n')}\n  }`
  )
  .join(',\n')
const text = `// Written by scripts/db/gen-tables.ts from the migrations (npm run db:tables); do not edit by hand.
import type { ColumnSpec } from './describe'

/** Every table of the book: column → \`int\`|\`text\`, \`?\` nullable, \`+\` may be left out of an INSERT. */
export const TABLES = {
${body}
} as const satisfies Record<string, Record<string, ColumnSpec>>
`
const out = join(import.meta.dirname, '../../main/db/tables.ts')
writeFileSync(out, text)
console.log(`${Object.keys(tables).length} tabel → ${out}`)
