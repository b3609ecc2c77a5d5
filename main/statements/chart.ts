import { addDays, lastDayOfMonth } from '../../shared/dates/calendar'
import type { AccountType } from '../../shared/ledger/types'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import type { DebitCredit } from '../ledger/balances'

export interface ChartAccount {
  id: number
  code: string
  name: string
  type: AccountType
  /** The account's group header (T-GG), e.g. 1-11 Kas; a leaf under a leaf keeps its top group. */
  group: { code: string; name: string }
  isHeader: boolean
  isCash: boolean
}

/** Kas dan setara kas: the Kas (1-11) and Bank (1-12) groups. Deposits (1-13) are placements. ASSUMED. */
export const isCashCode = (code: string) => code.startsWith('1-11') || code.startsWith('1-12')

const TYPE_ORDER: AccountType[] = ['ASET', 'LIABILITAS', 'EKUITAS', 'PENDAPATAN', 'BEBAN']

/** Every account with its group header, in code order (which is liquidity order for assets). */
export function chart(book: Book): ChartAccount[] {
  const rows = book.q.all(qb.selectFrom('accounts').select(['id', 'code', 'name', 'type', 'is_header']).orderBy('code'))
  const byCode = new Map(rows.map((r) => [r.code, r]))
  return rows
    .map((r) => {
      const gcode = r.code.length >= 4 ? r.code.slice(0, 4) : r.code
      const g = byCode.get(gcode)
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        type: r.type,
        group: { code: gcode, name: g?.name ?? gcode },
        isHeader: r.is_header === 1,
        isCash: isCashCode(r.code)
      }
    })
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.code.localeCompare(b.code))
}

/** Balance on the side a reader expects for the account's type: debit for assets and expenses. */
export function natural(type: AccountType, dc: DebitCredit | undefined): number {
  if (!dc) return 0
  return type === 'ASET' || type === 'BEBAN' ? dc.debit - dc.credit : dc.credit - dc.debit
}

export const isProfitOrLoss = (t: AccountType) => t === 'PENDAPATAN' || t === 'BEBAN'

/** The day a year before, for the comparative column (29 February falls back to the 28th). */
export function yearBefore(date: string): string {
  const y = Number(date.slice(0, 4)) - 1
  const md = date.slice(5)
  if (md === '02-29') return `${y}-02-28`
  return `${y}${date.slice(4)}`
}

export function booksStart(book: Book): string | null {
  return book.q.first(qb.selectFrom('profile').select('books_start_date as d').where('id', '=', 1))?.d ?? null
}

/**
 * Splits a period into the days of cut months (read from lines) and a run of whole months (read
 * from a monthly table), so that a year reads twelve month rows and not every line.
 */
export function forMonths(
  from: string,
  to: string,
  days: (from: string, to: string) => void,
  months: (fromMonth: string, toMonth: string) => void
): void {
  const fm = from.slice(0, 7)
  const tm = to.slice(0, 7)
  const fromWhole = from.endsWith('-01')
  const toWhole = to === lastDayOfMonth(tm)
  if (fm === tm) {
    if (fromWhole && toWhole) months(fm, fm)
    else days(from, to)
    return
  }
  const firstWhole = fromWhole ? fm : addDays(lastDayOfMonth(fm), 1).slice(0, 7)
  const lastWhole = toWhole ? tm : addDays(`${tm}-01`, -1).slice(0, 7)
  if (!fromWhole) days(from, lastDayOfMonth(fm))
  if (firstWhole <= lastWhole) months(firstWhole, lastWhole)
  if (!toWhole) days(`${tm}-01`, to)
}
