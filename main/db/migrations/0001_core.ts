import type { Migration } from './types'

/** Profile, chart of accounts, units, members (minimal), the journal and period locks. */
export const m0001: Migration = {
  version: 1,
  name: 'core ledger',
  up: `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  legal_entity_number TEXT,
  legal_entity_date TEXT,
  nik_koperasi TEXT,
  street TEXT,
  village TEXT NOT NULL,
  district TEXT NOT NULL,
  regency TEXT NOT NULL,
  province TEXT NOT NULL,
  postal_code TEXT,
  phone TEXT,
  email TEXT,
  cooperative_type TEXT NOT NULL,
  first_financial_year INTEGER NOT NULL,
  books_start_date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('ASET','LIABILITAS','EKUITAS','PENDAPATAN','BEBAN')),
  normal_balance TEXT NOT NULL CHECK (normal_balance IN ('D','K')),
  parent_id INTEGER REFERENCES accounts(id),
  is_header INTEGER NOT NULL DEFAULT 0 CHECK (is_header IN (0,1)),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  note TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX accounts_parent ON accounts(parent_id);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE members (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  member_no TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'AKTIF',
  created_at TEXT NOT NULL
);

CREATE TABLE journal_series (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  is_system INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE journal_counters (
  series TEXT NOT NULL REFERENCES journal_series(code),
  year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (series, year)
) WITHOUT ROWID;

CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  series TEXT NOT NULL REFERENCES journal_series(code),
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  date TEXT NOT NULL,
  description TEXT NOT NULL,
  reference TEXT,
  source TEXT NOT NULL DEFAULT 'MANUAL',
  reversal_of INTEGER UNIQUE REFERENCES journal_entries(id),
  total INTEGER NOT NULL CHECK (typeof(total) = 'integer' AND total > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (series, year, seq)
);
CREATE INDEX journal_entries_date ON journal_entries(date, id);

CREATE TABLE journal_lines (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  line_no INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  date TEXT NOT NULL,
  debit INTEGER NOT NULL DEFAULT 0 CHECK (typeof(debit) = 'integer' AND debit >= 0),
  credit INTEGER NOT NULL DEFAULT 0 CHECK (typeof(credit) = 'integer' AND credit >= 0),
  member_id INTEGER REFERENCES members(id),
  unit_id INTEGER REFERENCES units(id),
  pihak TEXT CHECK (pihak IN ('ANGGOTA','NON_ANGGOTA')),
  memo TEXT,
  CHECK ((debit > 0 AND credit = 0) OR (credit > 0 AND debit = 0)),
  UNIQUE (entry_id, line_no)
);
CREATE INDEX journal_lines_account_date ON journal_lines(account_id, date, debit, credit);
CREATE INDEX journal_lines_date_account ON journal_lines(date, account_id, debit, credit);
CREATE INDEX journal_lines_member ON journal_lines(member_id) WHERE member_id IS NOT NULL;
CREATE INDEX journal_lines_unit ON journal_lines(unit_id, date) WHERE unit_id IS NOT NULL;

-- Posted entries are never edited or deleted: corrections are reversals.
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: jurnal yang sudah diposting tidak dapat diubah'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: jurnal yang sudah diposting tidak dapat dihapus'); END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: baris jurnal yang sudah diposting tidak dapat diubah'); END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: baris jurnal yang sudah diposting tidak dapat dihapus'); END;

CREATE TABLE period_locks (
  month TEXT PRIMARY KEY,
  locked_at TEXT NOT NULL,
  locked_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE period_lock_events (
  id INTEGER PRIMARY KEY,
  month TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('TUTUP','BUKA')),
  reason TEXT,
  at TEXT NOT NULL,
  by TEXT NOT NULL
);
CREATE TRIGGER period_lock_events_no_update BEFORE UPDATE ON period_lock_events
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: riwayat kunci periode tidak dapat diubah'); END;
CREATE TRIGGER period_lock_events_no_delete BEFORE DELETE ON period_lock_events
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: riwayat kunci periode tidak dapat dihapus'); END;

-- Last line of defence: even a bug in the posting code cannot write into a closed month.
CREATE TRIGGER journal_lines_locked_period BEFORE INSERT ON journal_lines
WHEN EXISTS (SELECT 1 FROM period_locks WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_PERIOD_LOCKED: periode sudah dikunci'); END;
`
}
