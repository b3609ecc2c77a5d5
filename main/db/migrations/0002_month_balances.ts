import type { Migration } from './types'

/**
 * Per-account monthly debit/credit totals, maintained by a trigger in the same transaction as
 * the lines, so that a balance at a month end reads a few hundred rows instead of every line.
 * `ledger.check` proves the table equals the lines. Existing lines are folded in on upgrade.
 */
export const m0002: Migration = {
  version: 2,
  name: 'account month balances',
  up: `
CREATE TABLE account_month_balances (
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  month TEXT NOT NULL,
  debit INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, month)
) WITHOUT ROWID;
CREATE INDEX account_month_balances_month ON account_month_balances(month, account_id, debit, credit);

CREATE TRIGGER journal_lines_month_balance AFTER INSERT ON journal_lines
BEGIN
  INSERT INTO account_month_balances (account_id, month, debit, credit)
  VALUES (NEW.account_id, substr(NEW.date, 1, 7), NEW.debit, NEW.credit)
  ON CONFLICT (account_id, month) DO UPDATE SET
    debit = debit + excluded.debit,
    credit = credit + excluded.credit;
END;

INSERT INTO account_month_balances (account_id, month, debit, credit)
SELECT account_id, substr(date, 1, 7), SUM(debit), SUM(credit)
FROM journal_lines GROUP BY account_id, substr(date, 1, 7);
`
}
