import { addMonthsToMonth, monthsBetween } from '../../shared/dates/calendar'

/**
 * Straight-line monthly depreciation, in whole rupiah.
 *
 * Rounding rule (FLOOR_LAST_TAKES_REMAINDER): every month gets ⌊base / months⌋ and the last month
 * gets base − ⌊base / months⌋ × (months − 1), so the months sum to the base exactly and no month
 * is ever smaller than the others.
 *
 * `base` is cost − residual for a new asset. An asset registered as existing carries an opening
 * accumulated depreciation through a month; the months of its life after that month spread the
 * rest (cost − residual − opening) by the same rule (a change in estimate, applied forward).
 */
export interface ScheduleInput {
  cost: number
  residual: number
  lifeMonths: number
  /** First month of the life (the month after acquisition by default). */
  startMonth: string
  openingAccumulated: number
  /** Last month included in openingAccumulated; null for a new asset. */
  openingThrough: string | null
}

export interface ScheduleMonth {
  month: string
  amount: number
}

export function splitEvenly(base: number, months: number): number[] {
  if (months <= 0) return []
  const each = Math.floor(base / months)
  const out = Array.from({ length: months }, () => each)
  out[months - 1] = base - each * (months - 1)
  return out
}

/** The months still to depreciate (after any opening accumulated); the amounts sum to cost − residual − opening. */
export function depreciationSchedule(a: ScheduleInput): ScheduleMonth[] {
  if (a.lifeMonths <= 0) return []
  const lastMonth = addMonthsToMonth(a.startMonth, a.lifeMonths - 1)
  const first =
    a.openingThrough === null || a.openingThrough < a.startMonth ? a.startMonth : addMonthsToMonth(a.openingThrough, 1)
  if (first > lastMonth) return []
  const count = monthsBetween(first, lastMonth) + 1
  const base = a.cost - a.residual - a.openingAccumulated
  return splitEvenly(base, count)
    .map((amount, i) => ({ month: addMonthsToMonth(first, i), amount }))
    .filter((r) => r.amount > 0)
}

/** Whether an opening accumulated amount fits the schedule; null when it does, else the reason. */
export function openingProblem(a: ScheduleInput): string | null {
  const base = a.cost - a.residual
  if (a.openingAccumulated > base) return `tidak boleh lebih dari harga perolehan dikurangi nilai residu`
  if (a.lifeMonths === 0)
    return a.openingAccumulated > 0 ? 'aset yang tidak disusutkan tidak punya akumulasi penyusutan' : null
  const lastMonth = addMonthsToMonth(a.startMonth, a.lifeMonths - 1)
  if (a.openingThrough !== null && a.openingThrough >= lastMonth && a.openingAccumulated !== base) {
    return `umur manfaat sudah habis, akumulasi harus sama dengan harga perolehan dikurangi nilai residu`
  }
  return null
}
