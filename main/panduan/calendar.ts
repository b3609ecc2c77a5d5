import { addMonthsToMonth, nextMonth, addDays, lastDayOfMonth } from '../../shared/dates/calendar'
import {
  annualReportDeadline,
  DEFAULT_CALENDAR_SETTINGS,
  dinasDeadline,
  ratDeadline,
  statusOf,
  type CalendarSettings,
  type Obligation,
  type ObligationCalendar,
  type ObligationKind,
  type Reminders
} from '../../shared/panduan/calendar'
import { CommandError } from '../../shared/errors'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { depreciationPreview } from '../bookkeeping/assets'
import { openClosing } from '../closing/close'
import { isMonthLocked } from '../ledger/periods'
import { productsAt } from '../loans/products'
import { listOfficers } from '../rat'
import { listRats } from '../rat/meetings'
import { wajibArrears, wajibDueDate, wajibDueDay } from '../savings/wajib'
import { settingsAt } from '../savings/settings'
import { getSetting, setSetting } from '../settings'
import { todayOf } from '../setup/timezone'
import { requireProfile } from '../setup/profile'

/**
 * Kalender kewajiban from the book: for a year, every obligation with its due date and whether the
 * book shows it done — wajib collected (no member behind for that month), jasa and PPh posted,
 * depreciation posted, the month locked, the year closed, the RAT held; what the book cannot see
 * (Dinas report sent, laporan tahunan ready, quarterly statements) is ticked by hand.
 *
 * Due dates: wajib on its due day, the month's last day (§3.2); month-end jasa and depreciation by
 * the 10th of the next month and the month locked by the end of the next month (ASSUMED, §9.3; the
 * Beranda warns from one open month); the RAT `ratMonths` after the year end (§1.3, default 6),
 * the laporan tahunan and year-end closing one month before it (Pasal 35), the Dinas report one
 * month after it (§1.3); quarterly statements of a KSP/USP (§1.2) by the end of the month after the
 * quarter (ASSUMED: the source gives no deadline).
 */

const SETTINGS_KEY = 'panduan.calendar'

export function calendarSettings(book: Book): CalendarSettings {
  const raw = getSetting(book, SETTINGS_KEY)
  return { ...DEFAULT_CALENDAR_SETTINGS, ...(raw ? (JSON.parse(raw) as Partial<CalendarSettings>) : {}) }
}

export function setCalendarSettings(book: Book, s: CalendarSettings): CalendarSettings {
  setSetting(book, SETTINGS_KEY, JSON.stringify(s))
  return calendarSettings(book)
}

// ---------------------------------------------------------------- marks (what the book cannot see)

export function marks(book: Book): Map<string, string> {
  return new Map(book.q.all(qb.selectFrom('panduan_marks').select(['key', 'done_on'])).map((r) => [r.key, r.done_on]))
}

export function setMark(
  ctx: CommandContext,
  input: { key: string; done: boolean; date?: string | undefined }
): { key: string; done: boolean; doneOn: string | null } {
  const { book } = ctx
  if (!input.done) {
    const r = book.q.run(qb.deleteFrom('panduan_marks').where('key', '=', input.key))
    if (r.changes === 0) throw new CommandError('CONFLICT', 'Kewajiban ini belum ditandai selesai', 'key')
    return { key: input.key, done: false, doneOn: null }
  }
  const on = input.date ?? todayOf(ctx)
  const mark = { done_on: on, marked_at: nowIso(ctx), marked_by: ctx.actor }
  book.q.run(
    qb
      .insertInto('panduan_marks')
      .values({ key: input.key, ...mark })
      .onConflict((oc) => oc.column('key').doUpdateSet(mark))
  )
  return { key: input.key, done: true, doneOn: on }
}

// ---------------------------------------------------------------- the calendar

const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
const day10 = (month: string) => `${nextMonth(month)}-10`

function monthDistance(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7))
}

/** What several calendars of one request share: the arrears of the last due month. */
interface Shared {
  behind?: { month: string; months: number[] } | null
}

/** Members behind on wajib for each month up to the last month whose due day has passed. */
function wajibBehind(ctx: CommandContext, asOf: string, shared: Shared): { month: string; months: number[] } | null {
  if (shared.behind !== undefined) return shared.behind
  // The last month whose due day (the setting; the month's last day by default) is before asOf.
  const dueDay = wajibDueDay(ctx.book)
  let last = asOf.slice(0, 7)
  if (wajibDueDate(last, dueDay) >= asOf) last = addMonthsToMonth(last, -1)
  const start = requireProfile(ctx.book).booksStartDate.slice(0, 7)
  shared.behind =
    last < start
      ? null
      : { month: last, months: wajibArrears(ctx.book, asOf, last).rows.map((r) => Math.max(1, r.months)) }
  return shared.behind
}

function interestPostedOn(book: Book, month: string): string | null {
  // postInterest keeps one row per posted month (main/savings/interest.ts).
  const r = book.q.first(
    qb
      .selectFrom('savings_interest_runs as r')
      .innerJoin('journal_entries as e', 'e.id', 'r.entry_id')
      .select('e.date')
      .where('r.month', '=', month)
  )
  if (r) return r.date
  const any = book.q.first(qb.selectFrom('savings_interest_runs').select('posted_at').where('month', '=', month))
  return any ? any.posted_at.slice(0, 10) : null
}

function hasSukarelaBy(book: Book, date: string): boolean {
  return (
    book.q.first(
      qb
        .selectFrom('savings_transactions')
        .select('id')
        .where('type', '=', 'SUKARELA')
        .where('date', '<=', date)
        .limit(1)
    ) !== undefined
  )
}

const KIND_ORDER: ObligationKind[] = [
  'WAJIB',
  'JASA',
  'PENYUSUTAN',
  'TUTUP_BULAN',
  'LAPORAN_TRIWULAN',
  'TUTUP_TAHUN',
  'LAPORAN_TAHUNAN',
  'RAT',
  'DINAS',
  'MASA_JABATAN'
]

function buildCalendar(ctx: CommandContext, year: number, asOf: string, shared: Shared): ObligationCalendar {
  const { book } = ctx
  const settings = calendarSettings(book)
  const profile = requireProfile(book)
  const start = profile.booksStartDate.slice(0, 7)
  const marked = marks(book)
  const items: Obligation[] = []
  const add = (
    o: Omit<Obligation, 'status' | 'manual' | 'name' | 'count'> & {
      done: boolean
      manual?: boolean
      name?: string | null
      count?: number | null
    }
  ) => {
    const { done, ...rest } = o
    items.push({
      manual: false,
      name: null,
      count: null,
      ...rest,
      status: statusOf(done, o.due, asOf, settings.reminderDays)
    })
  }

  const behind = wajibBehind(ctx, asOf, shared)
  for (const m of monthsOf(year)) {
    if (m < start) continue
    const s = settingsAt(book, `${m}-01`)
    const end = lastDayOfMonth(m)
    if (s && s.wajibAmount > 0) {
      let count: number | null = null
      if (behind && m <= behind.month) {
        const d = monthDistance(m, behind.month)
        count = behind.months.filter((n) => n > d).length
      }
      add({
        key: `WAJIB:${m}`,
        kind: 'WAJIB',
        period: m,
        due: end,
        done: count === 0,
        doneOn: null,
        count,
        route: 'simpanan/penagihan',
        basis: '§3.2'
      })
    }
    if (s && Number(s.sukarelaRate) > 0 && hasSukarelaBy(book, end)) {
      const on = interestPostedOn(book, m)
      add({
        key: `JASA:${m}`,
        kind: 'JASA',
        period: m,
        due: day10(m),
        done: on !== null,
        doneOn: on,
        route: 'simpanan/jasa',
        basis: '§3.3, §9.6'
      })
    }
    const dep = depreciationPreview(book, { month: m })
    if (dep.entry || dep.total > 0) {
      add({
        key: `PENYUSUTAN:${m}`,
        kind: 'PENYUSUTAN',
        period: m,
        due: day10(m),
        done: dep.entry !== null,
        doneOn: dep.entry ? dep.date : null,
        route: 'kas/aset',
        basis: '§2.5, §9.8'
      })
    }
    add({
      key: `TUTUP_BULAN:${m}`,
      kind: 'TUTUP_BULAN',
      period: m,
      due: lastDayOfMonth(nextMonth(m)),
      done: isMonthLocked(book, m),
      doneOn: null,
      route: 'pengaturan/periode',
      basis: '§9.3'
    })
  }

  // Quarterly statements of a cooperative with a savings-and-loan unit (§1.2).
  const hasUsp =
    productsAt(book, `${year}-12-31`).length > 0 ||
    book.q.first(qb.selectFrom('loans').select('id').limit(1)) !== undefined
  if (hasUsp) {
    for (let q = 1; q <= 4; q++) {
      const qEnd = `${year}-${String(q * 3).padStart(2, '0')}`
      if (qEnd < start) continue
      const key = `LAPORAN_TRIWULAN:${year}-Q${q}`
      add({
        key,
        kind: 'LAPORAN_TRIWULAN',
        period: `${year}-Q${q}`,
        due: lastDayOfMonth(nextMonth(qEnd)),
        done: marked.has(key),
        doneOn: marked.get(key) ?? null,
        manual: true,
        route: 'laporan/periodik',
        basis: '§1.2'
      })
    }
  }

  // The financial year before: closing, laporan tahunan, RAT, Dinas report, all due in this year.
  const fy = year - 1
  if (fy >= profile.firstFinancialYear) {
    const deadline = ratDeadline(fy, settings.ratMonths)
    const meeting = listRats(book).find((r) => r.year === fy)
    const held = meeting !== undefined && meeting.date <= asOf
    const ratDate = meeting?.date ?? deadline
    const closing = openClosing(book, fy)
    add({
      key: `TUTUP_TAHUN:${fy}`,
      kind: 'TUTUP_TAHUN',
      period: String(fy),
      due: annualReportDeadline(ratDate),
      done: closing !== undefined,
      doneOn: closing ? closing.closing_date : null,
      route: 'rat/tutup-buku',
      basis: '§9.3, §1.3'
    })
    const lk = `LAPORAN_TAHUNAN:${fy}`
    add({
      key: lk,
      kind: 'LAPORAN_TAHUNAN',
      period: String(fy),
      due: annualReportDeadline(ratDate),
      done: marked.has(lk),
      doneOn: marked.get(lk) ?? null,
      manual: true,
      route: 'rat/buku-rat',
      basis: '§1.3'
    })
    add({
      key: `RAT:${fy}`,
      kind: 'RAT',
      period: String(fy),
      due: meeting && meeting.date < deadline ? meeting.date : deadline,
      done: held,
      doneOn: held ? meeting!.date : null,
      route: 'rat/rapat',
      basis: '§1.3'
    })
    const dk = `DINAS:${fy}`
    add({
      key: dk,
      kind: 'DINAS',
      period: String(fy),
      due: dinasDeadline(ratDate),
      done: marked.has(dk),
      doneOn: marked.get(dk) ?? null,
      manual: true,
      route: 'dinas/laporan',
      basis: '§1.3, §7.1'
    })
  }

  // Terms of pengurus and pengawas that end in the year: elections at the RAT.
  for (const body of ['PENGURUS', 'PENGAWAS'] as const) {
    for (const o of listOfficers(book, asOf, body, true)) {
      if (!o.termEnd || o.termEnd.slice(0, 4) !== String(year)) continue
      const ended = o.endedAt !== null && o.endedAt <= asOf
      add({
        key: `MASA_JABATAN:${o.id}`,
        kind: 'MASA_JABATAN',
        period: String(year),
        due: o.termEnd,
        done: ended,
        doneOn: ended ? o.endedAt : null,
        name: `${o.name} (${o.positionLabel})`,
        route: 'rat/organisasi',
        basis: '§6.1'
      })
    }
  }

  items.sort((a, b) =>
    a.due < b.due
      ? -1
      : a.due > b.due
        ? 1
        : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.key.localeCompare(b.key)
  )
  return { year, asOf, settings, items }
}

export function obligationCalendar(ctx: CommandContext, year: number, asOf: string): ObligationCalendar {
  return buildCalendar(ctx, year, asOf, {})
}

/** Late obligations of last year and this year, and those due within the reminder window. */
export function reminders(ctx: CommandContext, asOf: string): Reminders {
  const shared: Shared = {}
  const y = Number(asOf.slice(0, 4))
  const { reminderDays } = calendarSettings(ctx.book)
  const horizon = addDays(asOf, reminderDays)
  const years = Number(horizon.slice(0, 4)) > y ? [y - 1, y, y + 1] : [y - 1, y]
  const all = years
    .flatMap((x) => buildCalendar(ctx, x, asOf, shared).items)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return { asOf, late: all.filter((i) => i.status === 'TERLAMBAT'), soon: all.filter((i) => i.status === 'SEGERA') }
}
