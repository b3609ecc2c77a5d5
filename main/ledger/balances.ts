import { addDays, lastDayOfMonth } from '../../shared/dates/calendar'
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
 * Σ debit and Σ credit per account over every line dated on or before `date` (of one unit's lines
 * when `unitId` is given). Whole months come from account_month_balances (unit_month_balances for a
 * unit); of the last, partial month only the shorter side is read from the lines: the days up to
 * `date` are added, or the days after it are taken off the month's total.
 */
export function cumulativeByAccount(book: Book, date: string, unitId: number | null = null): Map<number, DebitCredit> {
  const month = date.slice(0, 7)
  const monthEnd = lastDayOfMonth(month)
  const day = Number(date.slice(8, 10))
  const daysInMonth = Number(monthEnd.slice(8, 10))
  const out = new Map<number, DebitCredit>()
  const add = (rows: ({ account_id: number } & DebitCredit)[], sign: 1 | -1) => {
    for (const r of rows) {
      const prev = out.get(r.account_id) ?? { debit: 0, credit: 0 }
      out.set(r.account_id, {
        debit: safeAdd(prev.debit, sign * r.debit),
        credit: safeAdd(prev.credit, sign * r.credit)
      })
    }
  }
  const unit = unitId === null ? '' : ' AND l.unit_id = ?'
  const unitArg = unitId === null ? [] : [unitId]
  // Accounts drive the loop so that each one reads its own slice of the covering (account, date) index.
  const linesBetween = (from: string, to: string) =>
    book.q.rows<{ account_id: number } & DebitCredit>(
      `SELECT a.id AS account_id, SUM(l.debit) AS debit, SUM(l.credit) AS credit
         FROM accounts a CROSS JOIN journal_lines l ON l.account_id = a.id AND l.date >= ? AND l.date <= ?${unit}
         GROUP BY a.id`,
      from,
      to,
      ...unitArg
    )
  const monthsThrough = (lastMonth: string, inclusive: boolean) =>
    unitId === null
      ? book.q.rows<{ account_id: number } & DebitCredit>(
          `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM account_month_balances WHERE month ${inclusive ? '<=' : '<'} ? GROUP BY account_id`,
          lastMonth
        )
      : book.q.rows<{ account_id: number } & DebitCredit>(
          `SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM unit_month_balances WHERE unit_id = ? AND month ${inclusive ? '<=' : '<'} ? GROUP BY account_id`,
          unitId,
          lastMonth
        )

  if (date === monthEnd) {
    add(monthsThrough(month, true), 1)
  } else if (day * 2 > daysInMonth) {
    add(monthsThrough(month, true), 1)
    add(linesBetween(addDays(date, 1), monthEnd), -1)
  } else {
    add(monthsThrough(month, false), 1)
    add(linesBetween(`${month}-01`, date), 1)
  }
  return out
}
