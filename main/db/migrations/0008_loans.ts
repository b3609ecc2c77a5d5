import type { Migration } from './types'

/** Loan products (versioned by effective date), loans with their schedule, and payments. */
export const m0008: Migration = {
  version: 8,
  name: 'loans',
  up: `
UPDATE accounts SET control = 'PINJAMAN_KONSUMTIF' WHERE code = '1-1401';
UPDATE accounts SET control = 'PINJAMAN_PRODUKTIF' WHERE code = '1-1402';

CREATE TABLE loan_products (
  code TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  name TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('flat','efektif','anuitas')),
  rate_per_month TEXT NOT NULL,
  max_tenor INTEGER NOT NULL CHECK (max_tenor >= 1),
  max_amount INTEGER NOT NULL CHECK (max_amount > 0),
  provisi_percent TEXT NOT NULL,
  admin_fee INTEGER NOT NULL CHECK (admin_fee >= 0),
  fee_deducted INTEGER NOT NULL CHECK (fee_deducted IN (0,1)),
  denda_mode TEXT NOT NULL CHECK (denda_mode IN ('PER_HARI','TETAP')),
  denda_value TEXT NOT NULL,
  grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
  round_up_to INTEGER NOT NULL CHECK (round_up_to IN (0,100,1000)),
  receivable TEXT NOT NULL CHECK (receivable IN ('PINJAMAN_KONSUMTIF','PINJAMAN_PRODUKTIF')),
  is_active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  PRIMARY KEY (code, effective_from)
) WITHOUT ROWID;

CREATE TABLE loans (
  id INTEGER PRIMARY KEY,
  loan_no TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members(id),
  product_code TEXT NOT NULL,
  method TEXT NOT NULL,
  rate_per_month TEXT NOT NULL,
  tenor INTEGER NOT NULL,
  principal INTEGER NOT NULL CHECK (principal > 0),
  round_up_to INTEGER NOT NULL,
  provisi INTEGER NOT NULL,
  admin_fee INTEGER NOT NULL,
  fee_deducted INTEGER NOT NULL,
  denda_mode TEXT NOT NULL,
  denda_value TEXT NOT NULL,
  grace_days INTEGER NOT NULL,
  receivable TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('DIAJUKAN','DISETUJUI','DITOLAK','CAIR','LUNAS','HAPUS_BUKU')),
  purpose TEXT,
  applied_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by TEXT,
  decision_note TEXT,
  disbursed_at TEXT,
  disbursement_entry_id INTEGER REFERENCES journal_entries(id),
  closed_at TEXT,
  agunan_pengurang INTEGER NOT NULL DEFAULT 0,
  written_off_at TEXT,
  written_off_amount INTEGER NOT NULL DEFAULT 0,
  recovered INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX loans_member ON loans(member_id, status);
CREATE INDEX loans_status ON loans(status);

CREATE TABLE loan_installments (
  loan_id INTEGER NOT NULL REFERENCES loans(id),
  no INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  pokok INTEGER NOT NULL,
  jasa INTEGER NOT NULL,
  cum_pokok INTEGER NOT NULL,
  cum_jasa INTEGER NOT NULL,
  PRIMARY KEY (loan_id, no)
) WITHOUT ROWID;

CREATE TABLE loan_payments (
  id INTEGER PRIMARY KEY,
  loan_id INTEGER NOT NULL REFERENCES loans(id),
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  denda INTEGER NOT NULL,
  jasa INTEGER NOT NULL,
  pokok INTEGER NOT NULL,
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  created_at TEXT NOT NULL,
  CHECK (denda + jasa + pokok = amount)
);
CREATE INDEX loan_payments_loan ON loan_payments(loan_id, date, pokok, jasa);
CREATE INDEX loan_installments_due ON loan_installments(loan_id, due_date, cum_pokok, cum_jasa);
CREATE TRIGGER loan_payments_no_update BEFORE UPDATE ON loan_payments
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: pembayaran angsuran tidak dapat diubah; gunakan pembalikan'); END;
CREATE TRIGGER loan_payments_no_delete BEFORE DELETE ON loan_payments
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: pembayaran angsuran tidak dapat dihapus; gunakan pembalikan'); END;
`
}
