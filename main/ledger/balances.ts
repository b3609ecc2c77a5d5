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
 * Σ debit and Σ credit per account over every line dated on or before `date`. Whole months come
 * from account_month_balances; of the last, partial month only the shorter side is read from the
 * lines: the days up to `date` are added, or the days after it are taken off the month's total.
 */
export function cumulativeByAccount(book: Book, date: string): Map<number, DebitCredit> {
  const month = date.slice(0, 7)
  const monthEnd = lastDayOfMonth(month)
  const day = Number(date.slice(8, 10))
  const daysInMonth = Number(monthEnd.slice(8, 10))
  let rows: ({ account_id: number } & DebitCredit)[]
  if (date === monthEnd) {
    rows = book.sqlite
      .prepare(`SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM account_month_balances WHERE month <= ? GROUP BY account_id`)
      .all(month) as typeof rows
  } else if (day * 2 > daysInMonth) {
    rows = book.sqlite
      .prepare(
        `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM (
           SELECT account_id, debit, credit FROM account_month_balances WHERE month <= ?
           UNION ALL
           SELECT account_id, -debit, -credit FROM journal_lines WHERE date > ? AND date <= ?
         ) GROUP BY account_id`
      )
      .all(month, date, monthEnd) as typeof rows
  } else {
    rows = book.sqlite
      .prepare(
        `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM (
           SELECT account_id, debit, credit FROM account_month_balances WHERE month < ?
           UNION ALL
           SELECT account_id, debit, credit FROM journal_lines WHERE date >= ? AND date <= ?
         ) GROUP BY account_id`
      )
      .all(month, `${month}-01`, date) as typeof rows
  }
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
