import type { Migration } from './types'

/**
 * Fewer pages per posting: the audit hash needs no unique index (the chain itself proves each
 * row, and random hash keys touch a new index page every time), and audit.list filters by
 * command with a scan, which is fine for a screen read now and then.
 */
export const m0007: Migration = {
  version: 7,
  name: 'lean audit table',
  up: `
CREATE TABLE audit_log_new (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  input TEXT NOT NULL,
  before TEXT,
  after TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_log_new SELECT id, at, actor, command, input, before, after, prev_hash, hash FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: jejak audit tidak dapat diubah'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'LUMBUNG_IMMUTABLE: jejak audit tidak dapat dihapus'); END;
`
}
