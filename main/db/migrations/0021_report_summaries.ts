import type { Migration } from './types'

/**
 * Summaries for the reports that were slow on a big book, each kept by a trigger in the same
 * transaction as the rows it sums (so a posting and its summary land together or not at all), built
 * here from the rows already in the book, and proven equal to them by ledger.check / system.check:
 *
 * - unit_month_balances: Σ debit/credit per unit, account and month, for a unit's trial balance;
 * - pl_day_dims: profit and loss per day, account, unit and party (the daily twin of pl_month_dims,
 *   with the same rule leaving out closing entries), for the cut months of a Hasil Usaha period;
 * - savings_member_totals: each member's running total per kind of simpanan, so a member's paid
 *   wajib on a date is the total less the few later rows (the arrears on the Beranda);
 * - savings_month_totals: Σ per kind of simpanan and month (the months whose jasa is still to post).
 *
 * The loan portfolio reads running loans from covering indexes (no table rows for 15.000 loans).
 */
export const m0021: Migration = {
  version: 21,
  name: 'report summaries',
  up: `
CREATE TABLE unit_month_balances (
  unit_id INTEGER NOT NULL REFERENCES units(id),
  month TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  debit INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, month, account_id)
) WITHOUT ROWID;

CREATE TRIGGER journal_lines_unit_month_balance AFTER INSERT ON journal_lines
WHEN NEW.unit_id IS NOT NULL
BEGIN
  INSERT INTO unit_month_balances (unit_id, month, account_id, debit, credit)
  VALUES (NEW.unit_id, substr(NEW.date, 1, 7), NEW.account_id, NEW.debit, NEW.credit)
  ON CONFLICT (unit_id, month, account_id) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

INSERT INTO unit_month_balances (unit_id, month, account_id, debit, credit)
SELECT unit_id, substr(date, 1, 7), account_id, SUM(debit), SUM(credit)
FROM journal_lines WHERE unit_id IS NOT NULL GROUP BY unit_id, substr(date, 1, 7), account_id;

CREATE TABLE pl_day_dims (
  date TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  unit_id INTEGER NOT NULL,
  pihak TEXT NOT NULL,
  debit INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (date, account_id, unit_id, pihak)
) WITHOUT ROWID;

-- One trigger keeps both profit-or-loss summaries: the account type and the closing-entry rule are
-- looked up once per line.
DROP TRIGGER journal_lines_pl_month_dims;
CREATE TRIGGER journal_lines_pl_month_dims AFTER INSERT ON journal_lines
WHEN (SELECT type FROM accounts WHERE id = NEW.account_id) IN ('PENDAPATAN', 'BEBAN')
  AND NOT EXISTS (SELECT 1 FROM journal_entries e LEFT JOIN journal_entries o ON o.id = e.reversal_of
                  WHERE e.id = NEW.entry_id AND (e.source = 'TUTUP_BUKU' OR o.source = 'TUTUP_BUKU'))
BEGIN
  INSERT INTO pl_month_dims (account_id, month, unit_id, pihak, debit, credit)
  VALUES (NEW.account_id, substr(NEW.date, 1, 7), COALESCE(NEW.unit_id, 0), COALESCE(NEW.pihak, ''), NEW.debit, NEW.credit)
  ON CONFLICT (account_id, month, unit_id, pihak) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit;
  INSERT INTO pl_day_dims (date, account_id, unit_id, pihak, debit, credit)
  VALUES (NEW.date, NEW.account_id, COALESCE(NEW.unit_id, 0), COALESCE(NEW.pihak, ''), NEW.debit, NEW.credit)
  ON CONFLICT (date, account_id, unit_id, pihak) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

INSERT INTO pl_day_dims (date, account_id, unit_id, pihak, debit, credit)
SELECT l.date, l.account_id, COALESCE(l.unit_id, 0), COALESCE(l.pihak, ''), SUM(l.debit), SUM(l.credit)
FROM journal_lines l JOIN accounts a ON a.id = l.account_id
WHERE a.type IN ('PENDAPATAN', 'BEBAN')
  AND NOT EXISTS (SELECT 1 FROM journal_entries e LEFT JOIN journal_entries o ON o.id = e.reversal_of
                  WHERE e.id = l.entry_id AND (e.source = 'TUTUP_BUKU' OR o.source = 'TUTUP_BUKU'))
GROUP BY l.date, l.account_id, COALESCE(l.unit_id, 0), COALESCE(l.pihak, '');

CREATE TABLE savings_member_totals (
  member_id INTEGER NOT NULL REFERENCES members(id),
  type TEXT NOT NULL,
  amount INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (member_id, type)
) WITHOUT ROWID;

CREATE TABLE savings_month_totals (
  type TEXT NOT NULL,
  month TEXT NOT NULL,
  amount INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (type, month)
) WITHOUT ROWID;

CREATE TRIGGER savings_totals AFTER INSERT ON savings_transactions
BEGIN
  INSERT INTO savings_member_totals (member_id, type, amount) VALUES (NEW.member_id, NEW.type, NEW.amount)
  ON CONFLICT (member_id, type) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO savings_month_totals (type, month, amount) VALUES (NEW.type, substr(NEW.date, 1, 7), NEW.amount)
  ON CONFLICT (type, month) DO UPDATE SET amount = amount + excluded.amount;
END;

INSERT INTO savings_member_totals (member_id, type, amount)
SELECT member_id, type, SUM(amount) FROM savings_transactions GROUP BY member_id, type;
INSERT INTO savings_month_totals (type, month, amount)
SELECT type, substr(date, 1, 7), SUM(amount) FROM savings_transactions GROUP BY type, substr(date, 1, 7);

CREATE INDEX loans_running ON loans(status, disbursed_at, last_paid_date, product_code, principal, paid_pokok);
DROP INDEX loans_open_due;
CREATE INDEX loans_open_due ON loans(status, first_open_due, disbursed_at, last_paid_date);
`
}
