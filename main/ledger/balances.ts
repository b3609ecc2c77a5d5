import { addDays, lastDayOfMonth } from '../../shared/dates/format'
import type { Book } from '../db/book'

export interface DebitCredit {
  debit: number
  credit: number
}

export function safeAdd(a: number, b: number): number {
  const s = a + b
  if (!Number.isSafeInteger(s)) throw new RangeError('Jumlah melebihi batas bilangan bulat aman')
  return s
}

/**
 * Σ debit and Σ credit per account over every line dated on or before `date`. Whole months
 * come from account_month_balances; only the days of the last, partial month read lines.
 */
export function cumulativeByAccount(book: Book, date: string): Map<number, DebitCredit> {
  const month = date.slice(0, 7)
  const rows = (date === lastDayOfMonth(month)
    ? book.sqlite
        .prepare(
          `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit
           FROM account_month_balances WHERE month <= ? GROUP BY account_id`
        )
        .all(month)
    : book.sqlite
        .prepare(
          `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM (
             SELECT account_id, debit, credit FROM account_month_balances WHERE month < ?
             UNION ALL
             SELECT account_id, debit, credit FROM journal_lines WHERE date >= ? AND date <= ?
           ) GROUP BY account_id`
        )
        .all(month, `${month}-01`, date)) as ({ account_id: number } & DebitCredit)[]
  const out = new Map<number, DebitCredit>()
  for (const r of rows) {
    if (!Number.isSafeInteger(r.debit) || !Number.isSafeInteger(r.credit)) throw new RangeError('Saldo melebihi batas bilangan bulat aman')
    out.set(r.account_id, { debit: r.debit, credit: r.credit })
  }
  return out
}

export function dayBefore(date: string): string {
  return addDays(date, -1)
}
