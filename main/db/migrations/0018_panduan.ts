import type { Migration } from './types'

/**
 * Panduan: results of the Tes pemahaman, kept per person (issue 18), and the obligations the
 * treasurer ticks by hand because the book cannot see them (a Dinas report sent, a quarterly
 * statement made). A paper is written when it is started; once handed in it can no longer change,
 * and no attempt is ever deleted.
 */
export const m0018: Migration = {
  version: 18,
  name: 'panduan',
  up: `
CREATE TABLE quiz_attempts (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('PENGURUS','PENGAWAS','ANGGOTA')),
  member_id INTEGER REFERENCES members(id),
  officer_id INTEGER REFERENCES org_officers(id),
  person_name TEXT NOT NULL,
  started_at TEXT NOT NULL,
  started_by TEXT NOT NULL,
  seed INTEGER NOT NULL,
  paper TEXT NOT NULL,
  total INTEGER NOT NULL CHECK (total > 0),
  answers TEXT,
  correct INTEGER,
  passed INTEGER CHECK (passed IN (0,1)),
  submitted_at TEXT,
  taken_on TEXT,
  CHECK ((submitted_at IS NULL) = (correct IS NULL) AND (submitted_at IS NULL) = (taken_on IS NULL))
);
CREATE INDEX quiz_attempts_taken ON quiz_attempts(taken_on, role);
CREATE TRIGGER quiz_attempts_sealed BEFORE UPDATE ON quiz_attempts WHEN OLD.submitted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: hasil tes pemahaman yang sudah dikumpulkan tidak dapat diubah'); END;
CREATE TRIGGER quiz_attempts_no_delete BEFORE DELETE ON quiz_attempts
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: tes pemahaman tidak dapat dihapus'); END;

CREATE TABLE panduan_marks (
  key TEXT PRIMARY KEY,
  done_on TEXT NOT NULL,
  marked_at TEXT NOT NULL,
  marked_by TEXT NOT NULL
) WITHOUT ROWID;
`
}
