import type { Migration } from './types'

const OLD_TYPES = `'HARIAN','JASA','OPNAME'))`
const NEW_TYPES = `'HARIAN','JASA','OPNAME','AWAL'))`

/**
 * Issue 20 point 2: opening stock per item and stock movements entered in any date order.
 *
 * - A trading document may be an opening stock ('AWAL'). SQLite cannot alter a CHECK constraint;
 *   the list of document types is widened in place with the procedure SQLite documents for
 *   loosening a constraint (lang_altertable.html, "other kinds of table schema changes":
 *   writable_schema, bump schema_version, check). No stored row changes, every existing row still
 *   satisfies the wider check, and columns other migrations add to trade_docs are kept.
 * - trade_cost_corrections: when a movement is dated before later ones, the moving-average cost of
 *   the later issues is recomputed; each change is one row here (the recorded movement itself is
 *   never changed), dated as the movement it corrects and posted by its own journal entry.
 * - trade_stock: every movement with its value as corrected, the one source of stock sums.
 */
export const m0024: Migration = {
  version: 24,
  name: 'opening stock and back-dated stock movements',
  up: `
CREATE TABLE trade_cost_corrections (
  id INTEGER PRIMARY KEY,
  move_id INTEGER NOT NULL REFERENCES trade_moves(id),
  item_id INTEGER NOT NULL REFERENCES trade_items(id),
  doc_id INTEGER NOT NULL REFERENCES trade_docs(id),
  cause_doc_id INTEGER NOT NULL REFERENCES trade_docs(id),
  date TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value != 0),
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  created_at TEXT NOT NULL
);
CREATE INDEX trade_cost_corrections_item ON trade_cost_corrections(item_id, date);
CREATE INDEX trade_cost_corrections_move ON trade_cost_corrections(move_id);
CREATE INDEX trade_cost_corrections_doc ON trade_cost_corrections(doc_id);
CREATE INDEX trade_cost_corrections_cause ON trade_cost_corrections(cause_doc_id);
CREATE TRIGGER trade_cost_corrections_no_update BEFORE UPDATE ON trade_cost_corrections
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: koreksi harga pokok tidak dapat diubah'); END;
CREATE TRIGGER trade_cost_corrections_no_delete BEFORE DELETE ON trade_cost_corrections
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: koreksi harga pokok tidak dapat dihapus'); END;

CREATE VIEW trade_stock AS
  SELECT item_id, date, qty, value FROM trade_moves
  UNION ALL SELECT item_id, date, 0, value FROM trade_cost_corrections;
`,
  after: (db) => {
    const sql = (
      db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'trade_docs'`).get() as { sql: string }
    ).sql
    if (sql.includes(NEW_TYPES)) return
    if (!sql.includes(OLD_TYPES))
      throw new Error('trade_docs: daftar jenis transaksi tidak dikenali; migrasi stok awal dihentikan')
    const version = db.pragma('schema_version', { simple: true }) as number
    db.unsafeMode(true)
    try {
      db.pragma('writable_schema = ON')
      db.prepare(`UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'trade_docs'`).run(
        sql.replace(OLD_TYPES, NEW_TYPES)
      )
      db.pragma(`schema_version = ${version + 1}`)
      db.pragma('writable_schema = OFF')
    } finally {
      db.unsafeMode(false)
    }
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`trade_docs: pemeriksaan sesudah migrasi gagal (${String(check)})`)
  }
}
