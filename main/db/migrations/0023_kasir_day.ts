import type { Migration } from './types'

/**
 * Issue 19 (roles and the kasir's day):
 * - the teller role joins the users table's roles (SQLite cannot alter a CHECK: the table is rebuilt
 *   with the same ids; open sessions are kept aside and put back, so nobody is logged out);
 * - a kasir day (sesi kas): the opening float taken from the bendahara's cash, the closing count
 *   (denominations optional) handed over as a setoran kasir, and the bendahara's acceptance with the
 *   entry that moves the cash back and posts any selisih kas;
 * - the two selisih kas accounts join an existing chart under 4-31 and 5-34 (new books get them from
 *   the default chart).
 */
export const m0023: Migration = {
  version: 23,
  name: 'kasir and teller roles, kasir day',
  up: `
CREATE TEMP TABLE sessions_kept AS SELECT * FROM sessions;
DELETE FROM sessions;
CREATE TABLE users_new (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('bendahara','ketua','pengawas','viewer','kasir','teller')),
  password_hash TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO users_new (id, username, full_name, role, password_hash, is_active, created_at, updated_at)
  SELECT id, username, full_name, role, password_hash, is_active, created_at, updated_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
INSERT INTO sessions SELECT * FROM sessions_kept;
DROP TABLE sessions_kept;

CREATE TABLE till_sessions (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE,
  date TEXT NOT NULL,
  unit_id INTEGER REFERENCES units(id),
  cash_account_id INTEGER NOT NULL REFERENCES accounts(id),
  source_account_id INTEGER NOT NULL REFERENCES accounts(id),
  opening_float INTEGER NOT NULL CHECK (typeof(opening_float) = 'integer' AND opening_float >= 0),
  opening_entry_id INTEGER REFERENCES journal_entries(id),
  -- the kasir's own postings through the drawer are the entries after this one, up to last_entry_id
  start_entry_id INTEGER NOT NULL,
  opened_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('BUKA','DISERAHKAN','DITERIMA')),
  last_entry_id INTEGER,
  expected INTEGER CHECK (expected IS NULL OR typeof(expected) = 'integer'),
  counted INTEGER CHECK (counted IS NULL OR (typeof(counted) = 'integer' AND counted >= 0)),
  denominations TEXT,
  closed_at TEXT,
  close_note TEXT,
  accepted_at TEXT,
  accepted_by TEXT,
  accept_date TEXT,
  handover_entry_id INTEGER REFERENCES journal_entries(id),
  -- the bendahara's own recount when it differs from the kasir's (NULL: the kasir's count stands)
  received INTEGER CHECK (received IS NULL OR (typeof(received) = 'integer' AND received >= 0)),
  difference INTEGER CHECK (difference IS NULL OR typeof(difference) = 'integer'),
  accept_note TEXT,
  CHECK (status = 'BUKA' OR (counted IS NOT NULL AND expected IS NOT NULL AND last_entry_id IS NOT NULL)),
  CHECK (status != 'DITERIMA' OR (accepted_at IS NOT NULL AND difference = COALESCE(received, counted) - expected))
);
CREATE UNIQUE INDEX till_sessions_one_open ON till_sessions(username) WHERE status = 'BUKA';
CREATE INDEX till_sessions_date ON till_sessions(date, id);

INSERT INTO accounts (code, name, type, normal_balance, parent_id, is_header, is_active, created_at)
  SELECT '4-3107', 'Selisih Lebih Kas', 'PENDAPATAN', 'K', p.id, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM accounts p WHERE p.code = '4-31' AND NOT EXISTS (SELECT 1 FROM accounts WHERE code = '4-3107');
INSERT INTO accounts (code, name, type, normal_balance, parent_id, is_header, is_active, created_at)
  SELECT '5-3405', 'Selisih Kurang Kas', 'BEBAN', 'D', p.id, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM accounts p WHERE p.code = '5-34' AND NOT EXISTS (SELECT 1 FROM accounts WHERE code = '5-3405');
`
}
