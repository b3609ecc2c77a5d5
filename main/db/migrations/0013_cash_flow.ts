import type { Migration } from './types'
import { rebuildCashFlowDays } from '../../statements/cash-flow-days'

/**
 * Cash flow by counter account and day, for the direct-method Laporan Arus Kas: kept by the
 * posting code (main/ledger/journal.ts) and proven by ledger.check; built here for the entries
 * already in the book. Profit and loss by month, unit and party serves the income statement; the
 * lines index also covers unit and party for the part of a month a period cuts.
 */
export const m0013: Migration = {
  version: 13,
  name: 'cash flow days and profit-or-loss months',
  up: `
CREATE TABLE cash_flow_days (
  date TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  inflow INTEGER NOT NULL DEFAULT 0,
  outflow INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (date, account_id)
) WITHOUT ROWID;

-- Profit and loss by account, month, unit and party (0 = no unit, '' = no party): the income
-- statement per unit and member/non-member reads months, not lines. Kept by a trigger.
CREATE TABLE pl_month_dims (
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  month TEXT NOT NULL,
  unit_id INTEGER NOT NULL,
  pihak TEXT NOT NULL,
  debit INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, month, unit_id, pihak)
) WITHOUT ROWID;

CREATE TRIGGER journal_lines_pl_month_dims AFTER INSERT ON journal_lines
WHEN (SELECT type FROM accounts WHERE id = NEW.account_id) IN ('PENDAPATAN', 'BEBAN')
BEGIN
  INSERT INTO pl_month_dims (account_id, month, unit_id, pihak, debit, credit)
  VALUES (NEW.account_id, substr(NEW.date, 1, 7), COALESCE(NEW.unit_id, 0), COALESCE(NEW.pihak, ''), NEW.debit, NEW.credit)
  ON CONFLICT (account_id, month, unit_id, pihak) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

INSERT INTO pl_month_dims (account_id, month, unit_id, pihak, debit, credit)
SELECT l.account_id, substr(l.date, 1, 7), COALESCE(l.unit_id, 0), COALESCE(l.pihak, ''), SUM(l.debit), SUM(l.credit)
FROM journal_lines l JOIN accounts a ON a.id = l.account_id
WHERE a.type IN ('PENDAPATAN', 'BEBAN')
GROUP BY l.account_id, substr(l.date, 1, 7), COALESCE(l.unit_id, 0), COALESCE(l.pihak, '');

DROP INDEX journal_lines_account_date;
CREATE INDEX journal_lines_account_date ON journal_lines(account_id, date, debit, credit, unit_id, pihak);
`,
  after: (db) => rebuildCashFlowDays(db)
}
