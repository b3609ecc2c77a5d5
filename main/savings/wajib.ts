import { nextMonth, firstDayOfMonth, lastDayOfMonth, monthOf } from '../../shared/dates/calendar'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { getSetting, setSetting } from '../settings'

/**
 * Simpanan wajib due and in arrears (DOMAIN.md §3.2), one rule for every screen that counts it
 * (Beranda, penagihan, daftar tunggakan, reminders, SHU eligibility in the RAT tables):
 * - the wajib of month m falls due on the due day of m (a setting; default the month's last day)
 *   and is tunggakan only from the day after, so the month in progress is "belum jatuh tempo"
 *   until its due day has passed;
 * - a month whose due day is before the member joined is never owed;
 * - the amount of a month is the one in force on its due day (a change effective 7 January
 *   applies to January when the due day is the month's end);
 * - payments settle the oldest months first.
 */

const DUE_DAY_SETTING = 'savings.wajibDueDay'

/** Day of the month the wajib falls due (1–28), or null for the month's last day (the default). */
export function wajibDueDay(book: Book): number | null {
  const v = Number(getSetting(book, DUE_DAY_SETTING))
  return Number.isInteger(v) && v >= 1 && v <= 28 ? v : null
}

export function setWajibDueDay(book: Book, day: number | null): void {
  setSetting(book, DUE_DAY_SETTING, day === null ? null : String(day))
}

export function wajibDueDate(month: string, dueDay: number | null): string {
  return dueDay === null ? lastDayOfMonth(month) : `${month}-${String(dueDay).padStart(2, '0')}`
}

export interface WajibPosition {
  memberId: number
  memberNo: string
  name: string
  /** Σ of the months whose due day is before `asOf` (what should have been paid by then). */
  expected: number
  /** Wajib paid by `asOf` (net of refunds and corrections). */
  paid: number
  /** Unpaid part of the months already due: the tunggakan. */
  shortfall: number
  /** Months already due that are not fully paid. */
  months: number
  /** Unpaid part of the months through `through` whose due day has not passed: belum jatuh tempo. */
  notYetDue: number
}

interface Member {
  id: number
  member_no: string
  name: string
  joined_at: string
}

/**
 * Every member's wajib position on `asOf`, billing the months up to `through` (default the month of
 * `asOf`). Members counted: active ones (and those who left after `asOf`), joined by the last billed
 * day. Amounts of months come from the general setting or the member's own amount in force on the
 * month's due day.
 */
export function wajibPositions(book: Book, asOf: string, through: string = monthOf(asOf)): WajibPosition[] {
  const dueDay = wajibDueDay(book)
  const lastDay = lastDayOfMonth(through)
  // Not ON_REGISTER (members/on-register.ts): joined by the end of `through` but not exited by `asOf`, and only AKTIF/KELUAR members are billed.
  const members = book.q.rows<Member>(
    `SELECT id, member_no, name, joined_at FROM members
       WHERE joined_at IS NOT NULL AND joined_at <= ? AND (status = 'AKTIF' OR (status = 'KELUAR' AND exit_date > ?))
       ORDER BY id`,
    lastDay,
    asOf
  )
  if (members.length === 0) return []
  const general = book.q.all(
    qb.selectFrom('savings_settings').select(['effective_from', 'wajib_amount']).orderBy('effective_from')
  )
  const own = new Map<number, { from: string; amount: number }[]>()
  for (const o of book.q.all(
    qb.selectFrom('member_wajib_overrides').select(['member_id', 'effective_from', 'amount']).orderBy('effective_from')
  )) {
    const list = own.get(o.member_id) ?? []
    list.push({ from: o.effective_from, amount: o.amount })
    own.set(o.member_id, list)
  }
  const inForce = <T extends { amount: number }>(
    list: readonly (T & { from: string })[],
    date: string
  ): number | undefined => {
    let v: number | undefined
    for (const x of list) if (x.from <= date) v = x.amount
    return v
  }
  const generalList = general.map((g) => ({ from: g.effective_from, amount: g.wajib_amount }))

  // The billed months of the earliest member, with their due dates and general amounts.
  const firstMonth = members.reduce((a, m) => (m.joined_at.slice(0, 7) < a ? m.joined_at.slice(0, 7) : a), through)
  const months: { month: string; due: string; amount: number }[] = []
  for (let m = firstMonth; m <= through; m = nextMonth(m)) {
    const due = wajibDueDate(m, dueDay)
    months.push({ month: m, due, amount: inForce(generalList, due) ?? 0 })
  }
  const paidBy = wajibPaidBy(book, asOf)
  // For the members on the general amount (nearly all), the same answer as the month-by-month walk
  // below from running sums over the months: sum[k] = Σ amounts of months before k, nonZero[k] = how
  // many of them bill something; payments cover the oldest months first.
  const sum = [0]
  const nonZero = [0]
  for (const x of months) {
    sum.push(sum[sum.length - 1]! + x.amount)
    nonZero.push(nonZero[nonZero.length - 1]! + (x.amount > 0 ? 1 : 0))
  }
  const firstAtOrAfter = (pred: (i: number) => boolean) => {
    let lo = 0
    let hi = months.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pred(mid)) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const due = firstAtOrAfter((i) => months[i]!.due >= asOf)

  return members.map((m) => {
    const overrides = own.get(m.id)
    const paid = paidBy.get(m.id) ?? 0
    if (!overrides) {
      const j = firstAtOrAfter((i) => months[i]!.due >= m.joined_at)
      const d = Math.max(j, due)
      const cover = Math.max(0, paid)
      const expected = sum[d]! - sum[j]!
      // The first month not fully covered, then the months from it to the due ones that bill something.
      const k = Math.min(
        d,
        firstAtOrAfter((i) => i >= j && sum[i + 1]! - sum[j]! > cover)
      )
      return {
        memberId: m.id,
        memberNo: m.member_no,
        name: m.name,
        expected,
        paid,
        shortfall: Math.max(0, expected - cover),
        months: nonZero[d]! - nonZero[k]!,
        notYetDue: Math.max(0, sum[months.length]! - sum[d]! - Math.max(0, cover - expected))
      }
    }
    let left = Math.max(0, paid)
    let expected = 0
    let shortfall = 0
    let count = 0
    let notYetDue = 0
    for (const x of months) {
      if (x.due < m.joined_at) continue
      const amount = overrides ? (inForce(overrides, x.due) ?? x.amount) : x.amount
      const covered = Math.min(left, amount)
      left -= covered
      const unpaid = amount - covered
      if (x.due < asOf) {
        expected += amount
        shortfall += unpaid
        if (unpaid > 0) count++
      } else {
        notYetDue += unpaid
      }
    }
    return { memberId: m.id, memberNo: m.member_no, name: m.name, expected, paid, shortfall, months: count, notYetDue }
  })
}

/**
 * Σ wajib per member on a date: each member's running total (savings_member_totals, kept by a
 * trigger and proven by system.check) less the rows dated after it, which for today's date are few.
 */
function wajibPaidBy(book: Book, asOf: string): Map<number, number> {
  const paid = new Map(
    book.q.tuples<[number, number]>(`SELECT member_id, amount FROM savings_member_totals WHERE type = 'WAJIB'`)
  )
  for (const [member, later] of book.q.tuples<[number, number]>(
    `SELECT member_id, SUM(amount) FROM savings_transactions WHERE type = 'WAJIB' AND date > ? GROUP BY member_id`,
    asOf
  )) {
    paid.set(member, (paid.get(member) ?? 0) - later)
  }
  return paid
}

/** The date a month's list is read on: today inside the month, its first day before, its last day after. */
export function asOfForMonth(month: string, today: string): string {
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  return today < first ? first : today > last ? last : today
}

/** A member's wajib amount in force on a date: their own amount when set, else the general one. */
export function wajibAmountOn(book: Book, memberId: number, date: string): number {
  const own = book.q.first(
    qb
      .selectFrom('member_wajib_overrides')
      .select('amount')
      .where('member_id', '=', memberId)
      .where('effective_from', '<=', date)
      .orderBy('effective_from', 'desc')
      .limit(1)
  )
  if (own) return own.amount
  const g = book.q.first(
    qb
      .selectFrom('savings_settings')
      .select('wajib_amount')
      .where('effective_from', '<=', date)
      .orderBy('effective_from', 'desc')
      .limit(1)
  )
  return g?.wajib_amount ?? 0
}

/** Members in arrears on `asOf` (the daftar tunggakan), with what is not yet due beside it. */
export function wajibArrears(book: Book, asOf: string, through: string = monthOf(asOf)) {
  const all = wajibPositions(book, asOf, through)
  const rows = all.filter((r) => r.shortfall > 0)
  return {
    asOf,
    month: through,
    dueDay: wajibDueDay(book),
    rows,
    total: rows.reduce((t, r) => t + r.shortfall, 0),
    notYetDue: all.reduce((t, r) => t + r.notYetDue, 0)
  }
}

/** How many members are in arrears on `asOf` (the Beranda tile and reminder). */
export function wajibArrearsCount(book: Book, asOf: string): number {
  return wajibPositions(book, asOf).filter((r) => r.shortfall > 0).length
}

/** Sets the day of the month simpanan wajib falls due, and answers the day now in force. */
export function changeWajibDueDay(book: Book, day: number | null): { wajibDueDay: number | null } {
  setWajibDueDay(book, day)
  return { wajibDueDay: wajibDueDay(book) }
}
