import type { Migration } from './types'

/**
 * Issue 14: cash and bank accounts may be marked as allowed to run an overdraft (otherwise a posting
 * that takes them below zero is refused), and a loan's agunan pengurang is dated: PPAP on a date
 * deducts the collateral valid then. Existing undated values take effect from the disbursement.
 */
export const m0019: Migration = {
  version: 19,
  name: 'overdraft flag and dated collateral',
  up: `
ALTER TABLE accounts ADD COLUMN allow_overdraft INTEGER NOT NULL DEFAULT 0 CHECK (allow_overdraft IN (0, 1));

CREATE TABLE loan_collateral (
  loan_id INTEGER NOT NULL REFERENCES loans(id),
  effective_from TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (loan_id, effective_from)
) WITHOUT ROWID;

INSERT INTO loan_collateral (loan_id, effective_from, amount, created_at, created_by)
  SELECT id, COALESCE(disbursed_at, applied_at), agunan_pengurang, created_at, 'migrasi'
  FROM loans WHERE agunan_pengurang > 0;
`
}
