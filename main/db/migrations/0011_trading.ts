import type { Migration } from './types'

/**
 * Unit usaha trading (gerai sembako, apotek) and services: items, suppliers, trading documents
 * (each posted with one journal entry in the same transaction) and stock movements.
 * Quantities are INTEGER thousandths of the unit of measure; money is INTEGER rupiah.
 */
export const m0011: Migration = {
  version: 11,
  name: 'trading',
  up: `
CREATE TABLE trade_items (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  uom TEXT NOT NULL,
  sell_price INTEGER NOT NULL CHECK (typeof(sell_price) = 'integer' AND sell_price >= 0),
  inventory_account_id INTEGER NOT NULL REFERENCES accounts(id),
  revenue_member_account_id INTEGER NOT NULL REFERENCES accounts(id),
  revenue_nonmember_account_id INTEGER NOT NULL REFERENCES accounts(id),
  hpp_account_id INTEGER NOT NULL REFERENCES accounts(id),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX trade_items_unit ON trade_items(unit_id, code);

CREATE TABLE trade_suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  created_at TEXT NOT NULL
);

CREATE TABLE trade_docs (
  id INTEGER PRIMARY KEY,
  doc_no TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('BELI','RETUR_BELI','BAYAR_PEMASOK','JUAL','RETUR_JUAL','BAYAR_BON','HARIAN','JASA','OPNAME')),
  date TEXT NOT NULL,
  unit_id INTEGER REFERENCES units(id),
  supplier_id INTEGER REFERENCES trade_suppliers(id),
  member_id INTEGER REFERENCES members(id),
  payment TEXT CHECK (payment IN ('TUNAI','KREDIT')),
  cash_account TEXT,
  amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
  hpp INTEGER NOT NULL DEFAULT 0 CHECK (typeof(hpp) = 'integer'),
  member_amount INTEGER NOT NULL DEFAULT 0,
  nonmember_amount INTEGER NOT NULL DEFAULT 0,
  ap_delta INTEGER NOT NULL DEFAULT 0,
  ar_delta INTEGER NOT NULL DEFAULT 0,
  inventory_account_id INTEGER REFERENCES accounts(id),
  original_id INTEGER REFERENCES trade_docs(id),
  entry_id INTEGER REFERENCES journal_entries(id),
  reference TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX trade_docs_type_date ON trade_docs(type, date);
CREATE INDEX trade_docs_member ON trade_docs(member_id, date) WHERE member_id IS NOT NULL;
CREATE INDEX trade_docs_supplier ON trade_docs(supplier_id, date) WHERE supplier_id IS NOT NULL;
CREATE INDEX trade_docs_original ON trade_docs(original_id) WHERE original_id IS NOT NULL;

CREATE TABLE trade_moves (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES trade_docs(id),
  item_id INTEGER NOT NULL REFERENCES trade_items(id),
  date TEXT NOT NULL,
  qty INTEGER NOT NULL CHECK (typeof(qty) = 'integer'),
  value INTEGER NOT NULL CHECK (typeof(value) = 'integer'),
  price INTEGER NOT NULL DEFAULT 0,
  amount INTEGER NOT NULL DEFAULT 0,
  adjustment INTEGER NOT NULL DEFAULT 0,
  counted INTEGER,
  orig_move_id INTEGER REFERENCES trade_moves(id)
);
CREATE INDEX trade_moves_item ON trade_moves(item_id, date, id);
CREATE INDEX trade_moves_doc ON trade_moves(doc_id);
CREATE INDEX trade_moves_orig ON trade_moves(orig_move_id) WHERE orig_move_id IS NOT NULL;

CREATE TRIGGER trade_docs_no_update BEFORE UPDATE ON trade_docs
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: transaksi usaha tidak dapat diubah; gunakan retur'); END;
CREATE TRIGGER trade_docs_no_delete BEFORE DELETE ON trade_docs
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: transaksi usaha tidak dapat dihapus; gunakan retur'); END;
CREATE TRIGGER trade_moves_no_update BEFORE UPDATE ON trade_moves
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: mutasi stok tidak dapat diubah; gunakan retur atau stok opname'); END;
CREATE TRIGGER trade_moves_no_delete BEFORE DELETE ON trade_moves
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: mutasi stok tidak dapat dihapus; gunakan retur atau stok opname'); END;
`
}
