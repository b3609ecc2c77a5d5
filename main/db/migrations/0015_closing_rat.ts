import type { Migration } from './types'

/**
 * Year-end closing (DOMAIN.md §2.6, §9.3), the organisation's registers (pengurus, pengawas,
 * karyawan) and the RAT (§1.3, §6). The closing entries (source TUTUP_BUKU) and their reversals
 * move the P&L balances into equity; they are not part of the year's results, so the
 * profit-or-loss months the income statement reads leave them out.
 */
export const m0015: Migration = {
  version: 15,
  name: 'year-end closing, organisation and RAT',
  up: `
DROP TRIGGER journal_lines_pl_month_dims;
CREATE TRIGGER journal_lines_pl_month_dims AFTER INSERT ON journal_lines
WHEN (SELECT type FROM accounts WHERE id = NEW.account_id) IN ('PENDAPATAN', 'BEBAN')
  AND NOT EXISTS (SELECT 1 FROM journal_entries e LEFT JOIN journal_entries o ON o.id = e.reversal_of
                  WHERE e.id = NEW.entry_id AND (e.source = 'TUTUP_BUKU' OR o.source = 'TUTUP_BUKU'))
BEGIN
  INSERT INTO pl_month_dims (account_id, month, unit_id, pihak, debit, credit)
  VALUES (NEW.account_id, substr(NEW.date, 1, 7), COALESCE(NEW.unit_id, 0), COALESCE(NEW.pihak, ''), NEW.debit, NEW.credit)
  ON CONFLICT (account_id, month, unit_id, pihak) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

-- One row per closing of a year; a reopened closing keeps its row (reopened_at set) and a new
-- closing adds another. The open closing of a year is the row without reopened_at.
CREATE TABLE year_closings (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  closing_date TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  tax_mode TEXT NOT NULL CHECK (tax_mode IN ('NONE','PPH_FINAL','MANUAL')),
  tax_rate TEXT,
  turnover INTEGER NOT NULL,
  tax_amount INTEGER NOT NULL,
  shu_before_tax INTEGER NOT NULL,
  shu INTEGER NOT NULL,
  tax_entry_id INTEGER REFERENCES journal_entries(id),
  close_entry_id INTEGER REFERENCES journal_entries(id),
  summary_entry_id INTEGER REFERENCES journal_entries(id),
  reclass_entry_id INTEGER REFERENCES journal_entries(id),
  backup_file TEXT,
  reopened_at TEXT,
  reopened_by TEXT,
  reopen_reason TEXT
);
CREATE UNIQUE INDEX year_closings_open ON year_closings(year) WHERE reopened_at IS NULL;

-- Susunan pengurus, pengawas and manajer/karyawan (DOMAIN.md §6.1 BAB II).
CREATE TABLE org_officers (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL CHECK (body IN ('PENGURUS','PENGAWAS','KARYAWAN')),
  position TEXT NOT NULL CHECK (position IN ('KETUA','WAKIL_KETUA','SEKRETARIS','BENDAHARA','ANGGOTA','MANAJER','KARYAWAN')),
  title TEXT,
  member_id INTEGER REFERENCES members(id),
  name TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('L','P')),
  phone TEXT,
  decree TEXT,
  term_start TEXT NOT NULL,
  term_end TEXT,
  ended_at TEXT,
  end_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX org_officers_body ON org_officers(body, position, term_start);

-- Rapat Anggota Tahunan per tahun buku (DOMAIN.md §1.3, §6).
CREATE TABLE rat_meetings (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  date TEXT NOT NULL,
  place TEXT NOT NULL,
  agenda TEXT,
  quorum_mode TEXT NOT NULL CHECK (quorum_mode IN ('MORE_THAN_HALF','PERCENT')),
  quorum_percent TEXT,
  work_plan TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE rat_attendance (
  rat_id INTEGER NOT NULL REFERENCES rat_meetings(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  present INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (rat_id, member_id)
) WITHOUT ROWID;
CREATE TABLE rat_guests (
  id INTEGER PRIMARY KEY,
  rat_id INTEGER NOT NULL REFERENCES rat_meetings(id),
  name TEXT NOT NULL,
  role TEXT
);
CREATE TABLE rat_decisions (
  id INTEGER PRIMARY KEY,
  rat_id INTEGER NOT NULL REFERENCES rat_meetings(id),
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (rat_id, number)
);
-- RAPB for the year after the tahun buku, by account group (T-GG) of revenue and expense.
CREATE TABLE rat_budget (
  rat_id INTEGER NOT NULL REFERENCES rat_meetings(id),
  group_code TEXT NOT NULL,
  amount INTEGER NOT NULL,
  PRIMARY KEY (rat_id, group_code)
) WITHOUT ROWID;
`
}
