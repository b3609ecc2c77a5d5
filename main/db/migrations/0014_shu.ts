import type { Migration } from './types'

/** SHU: settings effective by financial year, the posted RAT allocation per year, member payables and payouts. */
export const m0014: Migration = {
  version: 14,
  name: 'shu',
  up: `
CREATE TABLE shu_settings (
  year INTEGER PRIMARY KEY,
  settings TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);

CREATE TABLE shu_allocations (
  year INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  decision_ref TEXT,
  shu_after_tax INTEGER NOT NULL,
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  snapshot TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT
);

CREATE TABLE shu_member_shares (
  year INTEGER NOT NULL REFERENCES shu_allocations(year),
  member_id INTEGER NOT NULL REFERENCES members(id),
  s INTEGER NOT NULL,
  t INTEGER NOT NULL,
  jma INTEGER NOT NULL CHECK (jma >= 0),
  jua INTEGER NOT NULL CHECK (jua >= 0),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (year, member_id)
) WITHOUT ROWID;

CREATE TABLE shu_payments (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members(id),
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  method TEXT NOT NULL CHECK (method IN ('TUNAI','SIMPANAN_SUKARELA')),
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  created_at TEXT NOT NULL,
  FOREIGN KEY (year, member_id) REFERENCES shu_member_shares(year, member_id)
);
CREATE UNIQUE INDEX shu_payments_once ON shu_payments(year, member_id);
CREATE TRIGGER shu_member_shares_no_update BEFORE UPDATE ON shu_member_shares
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: SHU anggota yang sudah dibukukan tidak dapat diubah'); END;
CREATE TRIGGER shu_payments_no_update BEFORE UPDATE ON shu_payments
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: pembayaran SHU tidak dapat diubah'); END;
`
}
