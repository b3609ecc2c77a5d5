import type { PeriodStatus, TrialBalance } from '../../../../shared/ledger/types'

/**
 * Group codes of the standard chart (DOMAIN.md §2) the home page sums: every Kas and every
 * Bank sub-account sits under these headers.
 */
export const CASH_GROUP = '1-11'
export const BANK_GROUP = '1-12'
export const ASSETS = '1'

/** Closing balance of one row of the trial balance on its debit side (assets). */
export function debitBalance(tb: TrialBalance, code: string): number {
  const row = tb.rows.find((r) => r.code === code)
  return row ? row.closingDebit - row.closingCredit : 0
}

/** The last month up to which every month since the start of the books is locked. */
export function lockedThrough(periods: readonly PeriodStatus[]): string | null {
  let last: string | null = null
  for (const p of [...periods].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    if (!p.locked) break
    last = p.month
  }
  return last
}
