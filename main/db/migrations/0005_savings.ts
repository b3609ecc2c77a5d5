import type { Migration } from './types'

/**
 * Members' savings: settings effective from a date (a RAT decision can change them), per-member
 * wajib overrides, the savings sub-ledger posted with its journal entry, and the control flag
 * that keeps the savings accounts out of manual journals.
 */
export const m0005: Migration = {
  version: 5,
  name: 'savings',
  up: `
ALTER TABLE accounts ADD COLUMN control TEXT;
UPDATE accounts SET control = 'SIMPANAN_POKOK' WHERE code = '3-1101';
UPDATE accounts SET control = 'SIMPANAN_WAJIB' WHERE code = '3-1102';
UPDATE accounts SET control = 'SIMPANAN_SUKARELA' WHERE code = '2-1101';
CREATE UNIQUE INDEX accounts_control ON accounts(control) WHERE control IS NOT NULL;

CREATE TABLE savings_settings (
  id INTEGER PRIMARY KEY,
  effective_from TEXT NOT NULL UNIQUE,
  pokok_amount INTEGER NOT NULL CHECK (pokok_amount >= 0),
  pokok_installments INTEGER NOT NULL CHECK (pokok_installments >= 1),
  wajib_amount INTEGER NOT NULL CHECK (wajib_amount >= 0),
  sukarela_rate TEXT NOT NULL,
  sukarela_method TEXT NOT NULL CHECK (sukarela_method IN ('SALDO_TERENDAH','SALDO_HARIAN')),
  tax_threshold INTEGER NOT NULL,
  tax_rate TEXT NOT NULL,
  decision_ref TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE member_wajib_overrides (
  member_id INTEGER NOT NULL REFERENCES members(id),
  effective_from TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (member_id, effective_from)
) WITHOUT ROWID;

CREATE TABLE savings_transactions (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  type TEXT NOT NULL CHECK (type IN ('POKOK','WAJIB','SUKARELA')),
  kind TEXT NOT NULL CHECK (kind IN ('SETOR','TARIK','JASA','PAJAK','SALDO_AWAL','PENGEMBALIAN','KOREKSI')),
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount != 0),
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  note TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX savings_member ON savings_transactions(member_id, type, date, id);
CREATE INDEX savings_type_date ON savings_transactions(type, date, member_id, amount);
CREATE INDEX savings_entry ON savings_transactions(entry_id);
CREATE TRIGGER savings_no_update BEFORE UPDATE ON savings_transactions
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: transaksi simpanan tidak dapat diubah; gunakan pembalikan'); END;
CREATE TRIGGER savings_no_delete BEFORE DELETE ON savings_transactions
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: transaksi simpanan tidak dapat dihapus; gunakan pembalikan'); END;

CREATE TABLE savings_interest_runs (
  month TEXT PRIMARY KEY,
  entry_id INTEGER REFERENCES journal_entries(id),
  members INTEGER NOT NULL,
  gross INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  posted_at TEXT NOT NULL,
  posted_by TEXT NOT NULL
) WITHOUT ROWID;
`
}
