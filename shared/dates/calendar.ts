// Calendar arithmetic on 'YYYY-MM' months and 'YYYY-MM-DD' dates (no formatting: see format.ts).
// These take the strings as they come from the books (no validation), like the local copies they replace.
import { addDays } from './format'

/** The month n months after (n < 0: before) a 'YYYY-MM' month (or a 'YYYY-MM-DD' date's month). */
export function addMonthsToMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const t = y * 12 + (m - 1) + n
  return `${Math.floor(t / 12)}-${String((((t % 12) + 12) % 12) + 1).padStart(2, '0')}`
}

/** The month after a 'YYYY-MM' month: nextMonth('2025-12') → '2026-01'. */
export function nextMonth(month: string): string {
  return addMonthsToMonth(month, 1)
}

/** Months from a to b: monthsBetween('2026-01', '2026-03') = 2. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split('-').map(Number) as [number, number]
  const [by, bm] = b.split('-').map(Number) as [number, number]
  return (by - ay) * 12 + (bm - am)
}

/** The months from `first` to `last`, both included ([] when last < first). */
export function monthRange(first: string, last: string): string[] {
  const n = monthsBetween(first, last)
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonthsToMonth(first, i))
}

/** Whole days from a to b (b − a), ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** The day before an ISO date: dayBefore('2026-01-01') → '2025-12-31'. */
export function dayBefore(date: string): string {
  return addDays(date, -1)
}

/** Whole years from `from` to `to` (ISO dates), as an age: completedYears('2000-06-15', '2026-06-14') = 25. */
export function completedYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0)
}
