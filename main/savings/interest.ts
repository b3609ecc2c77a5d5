import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import type { InterestLine, SavingsSettings } from '../../shared/commands/savings'
import { formatDateLong, formatMonth } from '../../shared/dates/format'
import { addDays, lastDayOfMonth } from '../../shared/dates/calendar'
import { todayOf } from '../setup/timezone'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { controlAccount, insertSavingsRow } from './ledger'
import { requireSettingsAt } from './settings'

export const INTEREST_EXPENSE_ACCOUNT = '5-2101'
export const INTEREST_TAX_ACCOUNT = '2-1402'

/**
 * Jasa simpanan sukarela for one member and month (DOMAIN.md §3.3), floored to the rupiah:
 * SALDO_TERENDAH = floor(lowest balance × r / 12); SALDO_HARIAN = floor(Σ daily balances × r / 365).
 * Tax (PP 15/2009): 0 up to the threshold, otherwise the rate on the whole gross, half-up.
 */
export function interestFor(
  rows: { date: string; amount: number }[],
  month: string,
  s: Pick<SavingsSettings, 'sukarelaRate' | 'sukarelaMethod' | 'taxThreshold' | 'taxRate'>
): { base: number; gross: number; tax: number } {
  const first = `${month}-01`
  const last = lastDayOfMonth(month)
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let balance = sorted.filter((r) => r.date < first).reduce((t, r) => t + r.amount, 0)
  const inMonth = sorted.filter((r) => r.date >= first && r.date <= last)
  const rate = new Decimal(s.sukarelaRate).div(100)
  let base: number
  let gross: Decimal
  if (s.sukarelaMethod === 'SALDO_TERENDAH') {
    let lowest = balance
    for (const r of inMonth) {
      balance += r.amount
      lowest = Math.min(lowest, balance)
    }
    base = Math.max(0, lowest)
    gross = new Decimal(base).mul(rate).div(12)
  } else {
    let sum = 0
    let i = 0
    for (let d = first; d <= last; d = addDays(d, 1)) {
      while (i < inMonth.length && inMonth[i]!.date === d) balance += inMonth[i++]!.amount
      sum += Math.max(0, balance)
    }
    base = sum
    gross = new Decimal(base).mul(rate).div(365)
  }
  const g = gross.floor().toNumber()
  const tax =
    g > s.taxThreshold
      ? new Decimal(g).mul(new Decimal(s.taxRate).div(100)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
      : 0
  return { base, gross: g, tax }
}

export function computeInterest(book: Book, month: string): { settings: SavingsSettings; lines: InterestLine[] } {
  const settings = requireSettingsAt(book, `${month}-01`, 'month')
  const last = lastDayOfMonth(month)
  const members = book.q.all(
    qb
      .selectFrom('members as m')
      .innerJoin('savings_transactions as s', (join) =>
        join.onRef('s.member_id', '=', 'm.id').on('s.type', '=', 'SUKARELA').on('s.date', '<=', last)
      )
      .select(['m.id', 'm.member_no', 'm.name'])
      .distinct()
      .orderBy('m.id')
  )
  const lines: InterestLine[] = []
  for (const m of members) {
    const { base, gross, tax } = interestFor(
      book.q.rows<{ date: string; amount: number }>(
        `SELECT date, amount FROM savings_transactions WHERE member_id = ? AND type = 'SUKARELA' AND date <= ?`,
        m.id,
        last
      ),
      month,
      settings
    )
    if (gross > 0)
      lines.push({ memberId: m.id, memberNo: m.member_no, name: m.name, base, gross, tax, net: gross - tax })
  }
  return { settings, lines }
}

/** Posts a month's jasa once: expense, each member's net credit, the tax withheld; never twice. */
export function postInterest(ctx: CommandContext, month: string, date: string) {
  const { book } = ctx
  const today = todayOf(ctx)
  if (lastDayOfMonth(month) > today) {
    throw new CommandError(
      'INVALID_INPUT',
      `Bulan: ${formatMonth(month)} belum berakhir (hari ini ${formatDateLong(today)}); jasa simpanan dihitung dari saldo sebulan penuh dan dibukukan paling cepat ${formatDateLong(lastDayOfMonth(month))}`,
      'month'
    )
  }
  if (date < lastDayOfMonth(month))
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: jasa ${formatMonth(month)} dibukukan paling cepat di akhir bulan itu`,
      'date'
    )
  const done = book.q.first(qb.selectFrom('savings_interest_runs').select('posted_at').where('month', '=', month))
  if (done) throw new CommandError('CONFLICT', `Jasa simpanan sukarela ${formatMonth(month)} sudah dibukukan`, 'month')
  const { lines } = computeInterest(book, month)
  const gross = lines.reduce((t, l) => t + l.gross, 0)
  const tax = lines.reduce((t, l) => t + l.tax, 0)
  let entry: { id: number; number: string } | null = null
  if (gross > 0) {
    const control = controlAccount(book, 'SUKARELA')
    const journalLines = [
      {
        account: INTEREST_EXPENSE_ACCOUNT,
        debit: gross,
        credit: 0,
        memberId: null,
        unit: null,
        pihak: null,
        memo: null
      },
      ...lines
        .filter((l) => l.net > 0)
        .map((l) => ({
          account: control.code,
          debit: 0,
          credit: l.net,
          memberId: l.memberId,
          unit: null,
          pihak: null,
          memo: null
        })),
      ...(tax > 0
        ? [
            {
              account: INTEREST_TAX_ACCOUNT,
              debit: 0,
              credit: tax,
              memberId: null,
              unit: null,
              pihak: null,
              memo: 'PPh final 10% atas jasa simpanan'
            }
          ]
        : [])
    ]
    entry = postEntryId(
      ctx,
      {
        date,
        description: `Jasa simpanan sukarela ${formatMonth(month)}`,
        reference: null,
        series: 'JU',
        lines: journalLines
      },
      { source: 'SIMPANAN' }
    )
    for (const l of lines) {
      insertSavingsRow(ctx, {
        memberId: l.memberId,
        type: 'SUKARELA',
        kind: 'JASA',
        date,
        amount: l.gross,
        entryId: entry.id,
        note: `Jasa ${formatMonth(month)}`
      })
      if (l.tax > 0)
        insertSavingsRow(ctx, {
          memberId: l.memberId,
          type: 'SUKARELA',
          kind: 'PAJAK',
          date,
          amount: -l.tax,
          entryId: entry.id,
          note: `PPh jasa ${formatMonth(month)}`
        })
    }
  }
  book.q.run(
    qb.insertInto('savings_interest_runs').values({
      month,
      entry_id: entry?.id ?? null,
      members: lines.length,
      gross,
      tax,
      posted_at: nowIso(ctx),
      posted_by: ctx.actor
    })
  )
  return { month, date, entry, members: lines.length, gross, tax, net: gross - tax, lines }
}

/** What posting a month's interest would post, per member and in total. */
export function interestPreview(book: Book, month: string) {
  const { lines } = computeInterest(book, month)
  const gross = lines.reduce((t, l) => t + l.gross, 0)
  const tax = lines.reduce((t, l) => t + l.tax, 0)
  return { month, members: lines.length, gross, tax, net: gross - tax, lines }
}
