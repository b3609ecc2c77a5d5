import type Database from 'better-sqlite3'
import type { Migration } from './types'
import { appendAuditRow } from '../../audit/chain'
import { legacyBaseline } from '../../audit/rederive'

/**
 * Tamper evidence and login protection: every audit record keeps the journal entries its command
 * posted (their lines in full), so the ledger can be re-derived from the audit trail; entries posted
 * before this version are sealed by a baseline record holding a digest per month. Failed logins are
 * counted per user and per source for the back-off.
 */
export const m0017: Migration = {
  version: 17,
  name: 'audit postings, baseline and login throttle',
  up: `
ALTER TABLE audit_log ADD COLUMN postings TEXT;
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL,
  blocked_until TEXT
) WITHOUT ROWID;
`,
  after: (db: Database.Database) => {
    const baseline = legacyBaseline(db)
    if (baseline.entries === 0 && baseline.users.length === 0) return
    appendAuditRow(db, {
      at: new Date().toISOString(),
      actor: 'sistem',
      command: 'audit.baseline',
      input: {},
      after: baseline,
      full: true
    })
  }
}
