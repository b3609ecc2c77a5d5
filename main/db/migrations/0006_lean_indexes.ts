import type { Migration } from './types'

/**
 * Fewer pages written per posting (measured by the benchmark): balances read the partial month
 * per account through journal_lines_account_date, so the date-first copy of it is not needed, and
 * the month-first index on the monthly table was never used.
 */
export const m0006: Migration = {
  version: 6,
  name: 'lean indexes',
  up: `
DROP INDEX IF EXISTS journal_lines_date_account;
DROP INDEX IF EXISTS account_month_balances_month;
`
}
