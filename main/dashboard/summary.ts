import type { DashboardReminder, DashboardSummary } from '../../shared/commands/dashboard'
import { addMonthsToMonth, daysBetween, monthRange, nextMonth, lastDayOfMonth } from '../../shared/dates/calendar'
import type { Kolektibilitas } from '../../shared/loans/provisioning'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { ON_REGISTER } from '../members/on-register'
import type { CommandContext } from '../commands/context'
import { backupStatus } from '../backup/settings'
import { cumulativeByAccount } from '../ledger/balances'
import { loanPortfolio, loansInArrearsCount } from '../loans/portfolio'
import { CONTROL_BY_TYPE } from '../savings/ledger'
import { wajibArrearsCount } from '../savings/wajib'
import { settingsAt } from '../savings/settings'
import { unpostedMonths } from '../bookkeeping/assets'
import { booksStart, chart, natural } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'

const CLASSES: Kolektibilitas[] = ['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET']

/** The n months ending with `month`, oldest first. */
export function monthsBack(month: string, n: number): string[] {
  return monthRange(addMonthsToMonth(month, 1 - n), month)
}

/** One month after a date, clamped to the month's last day (31 March → 30 April). */
export function oneMonthAfter(date: string): string {
  const month = nextMonth(date.slice(0, 7))
  const last = lastDayOfMonth(month)
  const day = `${month}-${date.slice(8, 10)}`
  return day > last ? last : day
}

const hasTable = (book: Book, name: string) =>
  book.q.row<{ 1: number }>(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`, name) !== undefined

/** Active members on a date: joined by then, not a candidate, not exited by then. */
function activeMembers(book: Book, asOf: string) {
  const rows = book.q.rows<{ gender: string | null; n: number }>(
    `SELECT gender, COUNT(*) AS n FROM members WHERE ${ON_REGISTER} GROUP BY gender`,
    asOf,
    asOf
  )
  const g = (x: string | null) => rows.filter((r) => r.gender === x).reduce((t, r) => t + r.n, 0)
  const male = g('L')
  const female = g('P')
  const active = rows.reduce((t, r) => t + r.n, 0)
  return { active, male, female, unknown: active - male - female }
}

/** Active members at each month end, from joins and exits counted per month (one pass each). */
function membersByMonth(book: Book, months: string[], asOf: string) {
  const first = months[0]!
  const per = (col: 'joined_at' | 'exit_date') =>
    book.q.rows<{ m: string; gender: string | null; n: number }>(
      `SELECT CASE WHEN substr(${col}, 1, 7) < ? THEN '' ELSE substr(${col}, 1, 7) END AS m, gender, COUNT(*) AS n FROM members
                WHERE status <> 'CALON' AND joined_at IS NOT NULL AND ${col} IS NOT NULL AND ${col} <= ? GROUP BY 1, 2`,
      first,
      asOf
    )
  const joins = per('joined_at')
  const exits = per('exit_date')
  const acc = { L: 0, P: 0, X: 0 }
  const key = (g: string | null) => (g === 'L' ? 'L' : g === 'P' ? 'P' : 'X') as keyof typeof acc
  const apply = (rows: typeof joins, m: string, s: 1 | -1) => {
    for (const r of rows) if (r.m === m) acc[key(r.gender)] += s * r.n
  }
  apply(joins, '', 1)
  apply(exits, '', -1)
  return months.map((m) => {
    apply(joins, m, 1)
    apply(exits, m, -1)
    return { month: m, male: acc.L, female: acc.P, unknown: acc.X }
  })
}

/**
 * Ended months (from `from` up to, not including, `before`) in which members held simpanan
 * sukarela at a rate above zero and whose jasa has not been posted (not even as a zero run).
 */
function interestNotPosted(book: Book, from: string, before: string): string[] {
  const posted = new Set(book.q.all(qb.selectFrom('savings_interest_runs').select('month')).map((r) => r.month))
  // Month totals kept by a trigger (savings_month_totals, proven by system.check), not the rows.
  const flows = new Map(
    book.q.tuples<[string, number]>(
      `SELECT month, amount FROM savings_month_totals WHERE type = 'SUKARELA' AND month < ?`,
      before
    )
  )
  let balance = book.q.row<{ a: number }>(
    `SELECT COALESCE(SUM(amount), 0) AS a FROM savings_month_totals WHERE type = 'SUKARELA' AND month < ?`,
    from
  )!.a
  const out: string[] = []
  for (let m = from; m < before; m = nextMonth(m)) {
    const opening = balance
    balance += flows.get(m) ?? 0
    const rate = settingsAt(book, `${m}-01`)?.sukarelaRate ?? '0'
    if (!posted.has(m) && Number(rate) > 0 && Math.max(opening, balance) > 0) out.push(m)
  }
  return out
}

/** The Beranda in one call: key figures, chart series and reminders on `asOf`. */
export function dashboardSummary(ctx: CommandContext, asOf: string): DashboardSummary {
  const { book } = ctx
  const year = Number(asOf.slice(0, 4))
  const month = asOf.slice(0, 7)
  const accounts = chart(book).filter((a) => !a.isHeader)
  const bal = cumulativeByAccount(book, asOf)
  const sumOf = (prefix: string, m: Map<number, { debit: number; credit: number }>) =>
    accounts.reduce((t, a) => (a.code.startsWith(prefix) ? t + natural(a.type, m.get(a.id)) : t), 0)
  const kas = sumOf('1-11', bal)
  const bank = sumOf('1-12', bal)

  // Savings per type: balances of the control accounts (savings.tieOut holds them equal to the passbooks).
  const control = (type: 'POKOK' | 'WAJIB' | 'SUKARELA') => {
    const id = book.q.first(qb.selectFrom('accounts').select('id').where('control', '=', CONTROL_BY_TYPE[type]))?.id
    const b = id === undefined ? undefined : bal.get(id)
    return b ? b.credit - b.debit : 0
  }
  const savings = { pokok: control('POKOK'), wajib: control('WAJIB'), sukarela: control('SUKARELA'), total: 0 }
  savings.total = savings.pokok + savings.wajib + savings.sukarela

  const portfolio = loanPortfolio(book, asOf)
  const p = portfolio.provision
  const npl = p.byClass.KURANG_LANCAR.bakiDebet + p.byClass.DIRAGUKAN.bakiDebet + p.byClass.MACET.bakiDebet
  const pastDue = loansInArrearsCount(book, asOf)

  const start = booksStart(book)
  const jan1 = `${year}-01-01`
  const from = start && start > jan1 ? start : jan1
  const is = from <= asOf ? incomeStatement(book, from, asOf, false) : null
  const usaha = is?.rows.find((r) => r.code === 'PENDAPATAN_USAHA')
  const byUnit = (is?.units ?? []).map((u, i) => ({
    unit: u.code,
    name: u.name,
    revenue: usaha?.byUnit[i] ?? 0,
    shu: is!.shu.byUnit[i] ?? 0
  }))

  // Cash at each of the last 12 month ends from the monthly balances; the current month to the day.
  const cashMonths = monthsBack(month, 12)
  const cashIds = accounts.filter((a) => a.code.startsWith('1-11') || a.code.startsWith('1-12'))
  const isBank = new Map(cashIds.map((a) => [a.id, a.code.startsWith('1-12')]))
  const monthly = cashIds.length
    ? book.q.rows<{ account_id: number; month: string; d: number }>(
        `SELECT account_id, month, debit - credit AS d FROM account_month_balances WHERE month < ? AND account_id IN (${cashIds.map(() => '?').join(',')}) ORDER BY month`,
        month,
        ...cashIds.map((a) => a.id)
      )
    : []
  let runKas = 0
  let runBank = 0
  let j = 0
  const cashByMonth = cashMonths.map((m) => {
    if (m === month) return { month: m, kas, bank }
    while (j < monthly.length && monthly[j]!.month <= m) {
      const r = monthly[j++]!
      if (isBank.get(r.account_id)) runBank += r.d
      else runKas += r.d
    }
    return { month: m, kas: runKas, bank: runBank }
  })

  const reminders: DashboardReminder[] = []
  const none = {
    due: null,
    daysLeft: null,
    count: null,
    year: null,
    months: [] as string[],
    ageMinutes: null,
    done: false
  }
  // RAT for the last closed financial year (or the year before, when none is closed yet).
  const closed = hasTable(book, 'year_closings')
    ? book.q.first(
        qb
          .selectFrom('year_closings')
          .select((eb) => eb.fn.max<number | null>('year').as('y'))
          .where('reopened_at', 'is', null)
      )!.y
    : null
  const firstYear =
    book.q.first(qb.selectFrom('profile').select('first_financial_year as y').where('id', '=', 1))?.y ?? year
  const ratYear = closed ?? (year - 1 >= firstYear ? year - 1 : null)
  if (ratYear !== null) {
    const due = `${ratYear + 1}-06-30`
    const meeting = hasTable(book, 'rat_meetings')
      ? book.q.first(qb.selectFrom('rat_meetings').select('date').where('year', '=', ratYear))
      : undefined
    const held = meeting !== undefined && meeting.date <= asOf
    const daysLeft = daysBetween(asOf, due)
    reminders.push({
      ...none,
      key: 'RAT',
      year: ratYear,
      due: held ? meeting.date : due,
      daysLeft: held ? null : daysLeft,
      done: held,
      tone: held ? 'ok' : daysLeft < 0 ? 'bad' : daysLeft <= 60 ? 'warn' : 'ok',
      route: 'rat/rapat'
    })
    const dinasDue = oneMonthAfter(held ? meeting.date : due)
    const dl = daysBetween(asOf, dinasDue)
    reminders.push({
      ...none,
      key: 'DINAS',
      year: ratYear,
      due: dinasDue,
      daysLeft: dl,
      tone: dl < 0 ? 'bad' : held ? 'warn' : 'ok',
      route: 'rat/rapat'
    })
  }
  const wajib = wajibArrearsCount(book, asOf)
  reminders.push({ ...none, key: 'WAJIB', count: wajib, tone: wajib > 0 ? 'warn' : 'ok', route: 'simpanan/tunggakan' })
  reminders.push({
    ...none,
    key: 'PINJAMAN',
    count: pastDue,
    tone: pastDue > 0 ? 'warn' : 'ok',
    route: 'pinjaman/tunggakan'
  })
  // Month-end work of months that have ended: jasa simpanan sukarela and depreciation not yet posted.
  const startOfBooks = start?.slice(0, 7) ?? month
  const jasa = interestNotPosted(book, startOfBooks, month)
  reminders.push({
    ...none,
    key: 'JASA',
    count: jasa.length,
    months: jasa.slice(-12),
    tone: jasa.length > 1 ? 'bad' : jasa.length === 1 ? 'warn' : 'ok',
    route: 'simpanan/jasa'
  })
  const depreciation = hasTable(book, 'asset_depreciation_runs') ? unpostedMonths(book, startOfBooks, month) : []
  reminders.push({
    ...none,
    key: 'PENYUSUTAN',
    count: depreciation.length,
    months: depreciation.slice(-12),
    tone: depreciation.length > 1 ? 'bad' : depreciation.length === 1 ? 'warn' : 'ok',
    route: 'kas/aset'
  })
  // Months before the current one that are not locked yet.
  const startMonth = start?.slice(0, 7) ?? month
  const locked = new Set(
    book.q.all(qb.selectFrom('period_locks').select('month').where('month', '<', month)).map((r) => r.month)
  )
  const open: string[] = []
  for (let m = startMonth; m < month; m = nextMonth(m)) if (!locked.has(m)) open.push(m)
  reminders.push({
    ...none,
    key: 'PERIODE',
    count: open.length,
    months: open.slice(-12),
    tone: open.length > 1 ? 'bad' : open.length === 1 ? 'warn' : 'ok',
    route: 'pengaturan/periode'
  })
  const backup = backupStatus(book, ctx.now())
  reminders.push({
    ...none,
    key: 'CADANGAN',
    ageMinutes: backup.ageMinutes,
    due: backup.lastBackupAt ? backup.lastBackupAt.slice(0, 10) : null,
    tone:
      backup.ageMinutes === null || backup.ageMinutes > 7 * 24 * 60
        ? 'bad'
        : backup.ageMinutes > 24 * 60
          ? 'warn'
          : 'ok',
    route: 'pengaturan/cadangan'
  })

  return {
    asOf,
    year,
    members: activeMembers(book, asOf),
    savings,
    loans: { count: p.total.count, outstanding: p.total.bakiDebet, nplPercent: p.nplPercent, npl },
    cash: { kas, bank, total: kas + bank },
    shuYtd: is?.shu.total ?? 0,
    series: {
      membersByMonth: membersByMonth(book, monthsBack(month, 24), asOf),
      savingsByType: [
        { type: 'POKOK', amount: savings.pokok },
        { type: 'WAJIB', amount: savings.wajib },
        { type: 'SUKARELA', amount: savings.sukarela }
      ],
      loansByClass: CLASSES.map((c) => ({
        kolektibilitas: c,
        count: p.byClass[c].count,
        amount: p.byClass[c].bakiDebet
      })),
      byUnit,
      cashByMonth
    },
    reminders
  }
}
