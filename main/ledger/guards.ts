import { CommandError } from '../../shared/errors'
import { formatDateLong } from '../../shared/dates/format'
import { lastDayOfMonth } from '../../shared/dates/calendar'
import { formatRupiah } from '../../shared/money/rupiah'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { todayOf } from '../setup/timezone'

/**
 * A posting dated after today in the cooperative's zone (DOMAIN.md §9.2) needs the caller's
 * explicit `allowFutureDate: true`; the form asks the treasurer first.
 */
export function assertNotFutureDated(ctx: CommandContext, date: string, field = 'allowFutureDate'): void {
  if (ctx.allowFutureDate) return
  const today = todayOf(ctx)
  if (date <= today) return
  throw new CommandError(
    'NEEDS_CONFIRMATION',
    `Tanggal ${formatDateLong(date)} sesudah hari ini (${formatDateLong(today)}). Periksa tanggalnya; bila memang benar, setujui tanggal sesudah hari ini lalu simpan lagi.`,
    field
  )
}

interface CashAccount {
  id: number
  code: string
  name: string
  allow_overdraft: number
}

/** Kas and bank (1-11xx, 1-12xx), as DOMAIN.md §2.1. */
function cashAccounts(book: Book, ids: number[]): Map<number, CashAccount> {
  if (ids.length === 0) return new Map()
  const rows = book.q.rows<CashAccount>(
    `SELECT id, code, name, allow_overdraft FROM accounts
       WHERE id IN (${ids.map(() => '?').join(',')}) AND is_header = 0 AND (code LIKE '1-11%' OR code LIKE '1-12%')`,
    ...ids
  )
  return new Map(rows.map((r) => [r.id, r]))
}

/**
 * Debit − credit of one account over every line dated on or before `date`: the monthly totals
 * through its month, less the lines of that month after it (usually none: postings are made on the
 * latest day), so the lines of a busy kas are not summed again on every posting.
 */
function balanceThrough(book: Book, accountId: number, date: string): number {
  const month = date.slice(0, 7)
  const through = book.q.row<{ b: number }>(
    'SELECT COALESCE(SUM(debit - credit), 0) AS b FROM account_month_balances WHERE account_id = ? AND month <= ?',
    accountId,
    month
  )!
  const after = book.q.row<{ b: number }>(
    'SELECT COALESCE(SUM(debit - credit), 0) AS b FROM journal_lines WHERE account_id = ? AND date > ? AND date <= ?',
    accountId,
    date,
    lastDayOfMonth(month)
  )!
  return through.b - after.b
}

/**
 * Refuses an entry that would take a kas or bank account below zero on its date or on any later
 * date (a back-dated payment can leave a later day short), naming the account, the first day it
 * would be short and by how much; accounts marked as allowing an overdraft are not checked.
 * Only accounts the entry lowers can go short, so receipts are never held up.
 */
export function assertCashNotNegative(
  book: Book,
  date: string,
  lines: readonly { accountId: number; debit: number; credit: number }[],
  fieldOf: (accountId: number) => string | undefined = () => undefined
): void {
  const delta = new Map<number, number>()
  for (const l of lines) delta.set(l.accountId, (delta.get(l.accountId) ?? 0) + l.debit - l.credit)
  const lowered = [...delta].filter(([, d]) => d < 0).map(([id]) => id)
  for (const acc of cashAccounts(book, lowered).values()) {
    if (acc.allow_overdraft) continue
    let running = balanceThrough(book, acc.id, date) + delta.get(acc.id)!
    let shortOn: string | null = running < 0 ? date : null
    const walk = (from: string, to: string) => {
      for (const r of book.q.iterate<{ date: string; d: number }>(
        'SELECT date, SUM(debit - credit) AS d FROM journal_lines WHERE account_id = ? AND date > ? AND date <= ? GROUP BY date ORDER BY date',
        acc.id,
        from,
        to
      )) {
        running += r.d
        if (running < 0) {
          shortOn = r.date
          return
        }
      }
    }
    // The rest of the entry's month day by day; later months by their totals, read day by day only
    // when the month's payments could take the balance below zero (receipts only raise it).
    if (shortOn === null) walk(date, lastDayOfMonth(date))
    if (shortOn === null) {
      const months = book.q.rows<{ month: string; debit: number; credit: number }>(
        'SELECT month, debit, credit FROM account_month_balances WHERE account_id = ? AND month > ? ORDER BY month',
        acc.id,
        date.slice(0, 7)
      )
      for (const m of months) {
        if (running - m.credit >= 0) {
          running += m.debit - m.credit
          continue
        }
        walk(`${m.month}-00`, lastDayOfMonth(m.month))
        if (shortOn !== null) break
      }
    }
    if (shortOn !== null) {
      throw new CommandError(
        'CONFLICT',
        `Saldo ${acc.code} ${acc.name} akan minus pada ${formatDateLong(shortOn)}: kurang ${formatRupiah(-running)}. ` +
          (shortOn === date
            ? 'Periksa jumlah dan akun kas/bank, atau catat dulu penerimaan yang belum dicatat.'
            : 'Pengeluaran sesudah tanggal itu sudah memakai saldonya; periksa tanggal dan jumlah.') +
          ' Bila akun ini memang boleh cerukan (overdraft), tandai di Pengaturan › Bagan akun.',
        fieldOf(acc.id)
      )
    }
  }
}
