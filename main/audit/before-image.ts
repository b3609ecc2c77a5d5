import type Database from 'better-sqlite3'
import { SyncRunner } from '../db/query'

/*
 * The before image of an edit: every row the command changed or deleted, as it was before the
 * command (GnuCash's .log idea: a changed record is written with its old and its new state). Temporary
 * triggers on every table of the book note a row's old state the first time the command changes it;
 * rows the command itself inserted are not "before" anything and are left out. The triggers live in
 * the connection's temp schema only for the length of the one edit (created and dropped inside its
 * transaction), so postings and queries pay nothing.
 */

/** Tables whose rows are not state an edit changes: the audit trail itself and the kept answers of retried writes. */
const NOT_STATE = new Set(['audit_log', 'idempotency_keys'])
/** The chain head is written by the audit record itself, after the command. */
const NOT_STATE_SETTINGS = `'audit.head'`

const CAPTURE_TABLE = 'temp.lumbung_before_image'
const TRIGGER_PREFIX = 'lumbung_before_'

/** The old rows per table, each row as the table's column names to values (BLOBs as hex text). */
export type BeforeImage = Record<string, Record<string, unknown>[]>

export interface BeforeCapture {
  /** The rows changed since the capture began, as they were; stops capturing. */
  finish(): BeforeImage
  /** Stops capturing without reading (the command failed). */
  abort(): void
}

interface TableInfo {
  name: string
  columns: string[]
  withoutRowid: boolean
  primaryKey: string[]
}

const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`
const quoteText = (s: string) => `'${s.replace(/'/g, "''")}'`

function tables(db: Database.Database): TableInfo[] {
  const rows = new SyncRunner(db).rows<{ name: string; wr: number }>(
    `SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`
  )
  return rows
    .filter((t) => !NOT_STATE.has(t.name))
    .map((t) => {
      const cols = new SyncRunner(db).rows<{ name: string; pk: number }>(
        'SELECT name, pk FROM pragma_table_info(?)',
        t.name
      )
      return {
        name: t.name,
        columns: cols.map((c) => c.name),
        withoutRowid: t.wr === 1,
        primaryKey: cols
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name)
      }
    })
}

/** json_object of a row (OLD or NEW), BLOBs as hex so JSON can hold them. */
function rowJson(t: TableInfo, ref: 'OLD' | 'NEW'): string {
  const parts = t.columns.map((c) => {
    const v = `${ref}.${quoteId(c)}`
    return `${quoteText(c)}, CASE WHEN typeof(${v}) = 'blob' THEN hex(${v}) ELSE ${v} END`
  })
  // json_object takes at most 127 arguments: wide rows are merged from pieces.
  const pieces: string[] = []
  for (let i = 0; i < parts.length; i += 60) pieces.push(`json_object(${parts.slice(i, i + 60).join(', ')})`)
  return pieces.length === 1 ? pieces[0]! : pieces.reduce((a, b) => `json_patch(${a}, ${b})`)
}

function rowKey(t: TableInfo, ref: 'OLD' | 'NEW'): string {
  if (!t.withoutRowid) return `${ref}.rowid`
  return `json_array(${t.primaryKey.map((c) => `${ref}.${quoteId(c)}`).join(', ')})`
}

/** Starts noting the old state of every row changed from now on, on this connection. */
export function captureBefore(db: Database.Database): BeforeCapture {
  const list = tables(db)
  // No UNIQUE constraint: an outer statement's conflict clause (INSERT OR REPLACE …) would override the trigger's own.
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS lumbung_before_image (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, k TEXT NOT NULL, row TEXT)`
  )
  db.exec(`CREATE INDEX IF NOT EXISTS temp.lumbung_before_image_key ON lumbung_before_image (tbl, k)`)
  db.exec(`DELETE FROM ${CAPTURE_TABLE}`)
  const names: string[] = []
  for (const t of list) {
    const name = quoteText(t.name)
    const skip = t.name === 'settings' ? ` AND OLD.key <> ${NOT_STATE_SETTINGS}` : ''
    const skipNew = t.name === 'settings' ? ` WHEN NEW.key <> ${NOT_STATE_SETTINGS}` : ''
    // Only the first time a row is touched counts: its state before the command (or that the command made it).
    const note = (ref: 'OLD' | 'NEW', row: string) =>
      `INSERT INTO ${CAPTURE_TABLE} (tbl, k, row) SELECT ${name}, ${rowKey(t, ref)}, ${row} WHERE NOT EXISTS (SELECT 1 FROM ${CAPTURE_TABLE} WHERE tbl = ${name} AND k = ${rowKey(t, ref)});`
    const base = `${TRIGGER_PREFIX}${names.length}`
    names.push(`${base}_i`, `${base}_u`, `${base}_d`)
    db.exec(
      [
        // A row the command inserts was not there before: noted as new, so its later changes are not "before".
        `CREATE TEMP TRIGGER ${base}_i AFTER INSERT ON main.${quoteId(t.name)}${skipNew} BEGIN ${note('NEW', 'NULL')} END;`,
        `CREATE TEMP TRIGGER ${base}_u AFTER UPDATE ON main.${quoteId(t.name)} WHEN ${rowJson(t, 'OLD')} IS NOT ${rowJson(t, 'NEW')}${skip} BEGIN ${note('OLD', rowJson(t, 'OLD'))} END;`,
        `CREATE TEMP TRIGGER ${base}_d AFTER DELETE ON main.${quoteId(t.name)}${skip ? ` WHEN 1${skip}` : ''} BEGIN ${note('OLD', rowJson(t, 'OLD'))} END;`
      ].join('\n')
    )
  }
  const stop = () => {
    for (const n of names) db.exec(`DROP TRIGGER IF EXISTS temp.${n}`)
  }
  return {
    finish() {
      const rows = new SyncRunner(db).rows<{
        tbl: string
        row: string
      }>(`SELECT tbl, row FROM ${CAPTURE_TABLE} WHERE row IS NOT NULL ORDER BY seq`)
      stop()
      db.exec(`DELETE FROM ${CAPTURE_TABLE}`)
      const image: BeforeImage = {}
      for (const r of rows) (image[r.tbl] ??= []).push(JSON.parse(r.row) as Record<string, unknown>)
      return image
    },
    abort: stop
  }
}
