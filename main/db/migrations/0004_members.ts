import type { Migration } from './types'

/** The Buku Daftar Anggota (DOMAIN.md §1.5) on the members table, with an edit history. */
export const m0004: Migration = {
  version: 4,
  name: 'member register',
  up: `
ALTER TABLE members ADD COLUMN nik TEXT;
ALTER TABLE members ADD COLUMN kk_number TEXT;
ALTER TABLE members ADD COLUMN birth_place TEXT;
ALTER TABLE members ADD COLUMN birth_date TEXT;
ALTER TABLE members ADD COLUMN gender TEXT CHECK (gender IN ('L','P'));
ALTER TABLE members ADD COLUMN occupation TEXT;
ALTER TABLE members ADD COLUMN street TEXT;
ALTER TABLE members ADD COLUMN rt TEXT;
ALTER TABLE members ADD COLUMN rw TEXT;
ALTER TABLE members ADD COLUMN dusun TEXT;
ALTER TABLE members ADD COLUMN village TEXT;
ALTER TABLE members ADD COLUMN phone TEXT;
ALTER TABLE members ADD COLUMN joined_at TEXT;
ALTER TABLE members ADD COLUMN exit_date TEXT;
ALTER TABLE members ADD COLUMN exit_reason TEXT CHECK (exit_reason IN ('PERMINTAAN_SENDIRI','MENINGGAL','DIBERHENTIKAN','PINDAH'));
ALTER TABLE members ADD COLUMN exit_note TEXT;
ALTER TABLE members ADD COLUMN note TEXT;
ALTER TABLE members ADD COLUMN signed_register INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN updated_at TEXT;
CREATE UNIQUE INDEX members_nik ON members(nik) WHERE nik IS NOT NULL;
CREATE INDEX members_name ON members(name COLLATE NOCASE);
CREATE INDEX members_status ON members(status, village, rt);

CREATE TABLE member_history (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX member_history_member ON member_history(member_id, id);
CREATE TRIGGER member_history_no_update BEFORE UPDATE ON member_history
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: riwayat anggota tidak dapat diubah'); END;
CREATE TRIGGER member_history_no_delete BEFORE DELETE ON member_history
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: riwayat anggota tidak dapat dihapus'); END;
CREATE TRIGGER members_no_delete BEFORE DELETE ON members
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: anggota tidak dapat dihapus; catat tanggal dan sebab berhenti'); END;
`
}
