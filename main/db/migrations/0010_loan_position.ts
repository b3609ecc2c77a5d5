import type { Migration } from './types'

/**
 * Each running loan keeps where it stands (principal and jasa paid, last payment, due date of the
 * oldest unpaid installment), maintained by a trigger on every payment, so the arrears of thousands
 * of loans on today's date visit only the loans that are behind. Products gain the early-payoff rule.
 */
export const m0010: Migration = {
  version: 10,
  name: 'loan position and early payoff',
  up: `
ALTER TABLE loan_products ADD COLUMN early_payoff_jasa TEXT NOT NULL DEFAULT 'BULAN_BERJALAN' CHECK (early_payoff_jasa IN ('BULAN_BERJALAN','SELURUH_SISA','TANPA_JASA'));
ALTER TABLE loan_products ADD COLUMN early_payoff_penalty_months INTEGER NOT NULL DEFAULT 0 CHECK (early_payoff_penalty_months BETWEEN 0 AND 3);
ALTER TABLE loans ADD COLUMN early_payoff_jasa TEXT NOT NULL DEFAULT 'BULAN_BERJALAN' CHECK (early_payoff_jasa IN ('BULAN_BERJALAN','SELURUH_SISA','TANPA_JASA'));
ALTER TABLE loans ADD COLUMN early_payoff_penalty_months INTEGER NOT NULL DEFAULT 0 CHECK (early_payoff_penalty_months BETWEEN 0 AND 3);
ALTER TABLE loans ADD COLUMN paid_pokok INTEGER NOT NULL DEFAULT 0;
ALTER TABLE loans ADD COLUMN paid_jasa INTEGER NOT NULL DEFAULT 0;
ALTER TABLE loans ADD COLUMN last_paid_date TEXT;
ALTER TABLE loans ADD COLUMN first_open_due TEXT;

UPDATE loans SET
  paid_pokok = COALESCE((SELECT SUM(pokok) FROM loan_payments p WHERE p.loan_id = loans.id), 0),
  paid_jasa = COALESCE((SELECT SUM(jasa) FROM loan_payments p WHERE p.loan_id = loans.id), 0),
  last_paid_date = (SELECT MAX(date) FROM loan_payments p WHERE p.loan_id = loans.id);
UPDATE loans SET first_open_due = (
  SELECT MIN(i.due_date) FROM loan_installments i WHERE i.loan_id = loans.id AND (i.cum_pokok > loans.paid_pokok OR i.cum_jasa > loans.paid_jasa)
);

CREATE TRIGGER loan_payments_position AFTER INSERT ON loan_payments
BEGIN
  UPDATE loans SET
    paid_pokok = paid_pokok + NEW.pokok,
    paid_jasa = paid_jasa + NEW.jasa,
    last_paid_date = CASE WHEN last_paid_date IS NULL OR NEW.date > last_paid_date THEN NEW.date ELSE last_paid_date END,
    first_open_due = (SELECT MIN(i.due_date) FROM loan_installments i
                      WHERE i.loan_id = NEW.loan_id AND (i.cum_pokok > loans.paid_pokok + NEW.pokok OR i.cum_jasa > loans.paid_jasa + NEW.jasa))
  WHERE id = NEW.loan_id;
END;
CREATE TRIGGER loan_installments_position AFTER INSERT ON loan_installments
BEGIN
  UPDATE loans SET first_open_due = (SELECT MIN(i.due_date) FROM loan_installments i
                                     WHERE i.loan_id = NEW.loan_id AND (i.cum_pokok > loans.paid_pokok OR i.cum_jasa > loans.paid_jasa))
  WHERE id = NEW.loan_id;
END;

DROP INDEX loan_installments_due;
CREATE INDEX loan_installments_due ON loan_installments(loan_id, due_date, cum_pokok, cum_jasa, pokok, jasa);
CREATE INDEX loans_open_due ON loans(status, first_open_due);
CREATE INDEX loans_last_paid ON loans(last_paid_date);
`
}
