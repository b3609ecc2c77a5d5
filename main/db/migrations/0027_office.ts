import type { Migration } from './types'

/**
 * Several desks on one book (office network mode):
 * - `idempotency_keys`: the answer to a write, kept under the key the browser sent with it, written
 *   in the same transaction as the write itself, so a retry after a lost answer (or a crash of the
 *   host) gets the stored answer and never posts twice. Pruned after a week.
 * - the device a login session was opened from (a long-lived id from an HttpOnly cookie, kept here
 *   only as its hash; a label read from the browser's User-Agent; the remote address).
 * - the device a write over HTTP came from, on its audit record (joins the row hash only when present,
 *   so older rows keep theirs).
 */
export const m0027: Migration = {
  version: 27,
  name: 'office network: idempotency keys and devices',
  up: `
CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  username TEXT,
  command TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  response TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
ALTER TABLE sessions ADD COLUMN device_id TEXT;
ALTER TABLE sessions ADD COLUMN device_label TEXT;
ALTER TABLE sessions ADD COLUMN device_address TEXT;
ALTER TABLE audit_log ADD COLUMN device TEXT;
`
}
