// ISO dates ('YYYY-MM-DD') and months ('YYYY-MM') as the books hold them: what a valid date is, the
// cooperative's time zones and today in them, and calendar arithmetic. No formatting: see format.ts.
// Every computation goes through Date.UTC / getUTC* so the host time zone never matters; the zones are
// fixed offsets (Indonesia has no daylight saving).
// The month helpers below the first block take the strings as they come from the books (no validation).

export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura'

/** UTC offsets in hours: WIB +7, WITA +8, WIT +9. */
export const TIME_ZONE_OFFSET_HOURS: Readonly<Record<IndonesianTimeZone, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9
}

export const TIME_ZONES: readonly IndonesianTimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']

export function isIndonesianTimeZone(v: unknown): v is IndonesianTimeZone {
  return typeof v === 'string' && Object.hasOwn(TIME_ZONE_OFFSET_HOURS, v)
}

export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export interface Ymd {
  year: number
  month: number // 1..12
  day: number
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

export function toIso({ year, month, day }: Ymd): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** Strict `YYYY-MM-DD`, a real calendar date, year 1900–2199. */
export function isValidIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  return isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function parseIso(iso: string): Ymd {
  if (!isValidIsoDate(iso)) throw new RangeError(`Invalid ISO date: ${String(iso)}`)
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }
}

/** Accepts `YYYY-MM` or a full `YYYY-MM-DD`. */
export function parseMonth(value: string): { year: number; month: number } {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})$/.exec(value)
    if (m) {
      const year = Number(m[1])
      const month = Number(m[2])
      if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12) return { year, month }
    } else if (isValidIsoDate(value)) {
      return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)) }
    }
  }
  throw new RangeError(`Invalid month (expected YYYY-MM): ${String(value)}`)
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(hour, minute, second, ms)
  return d.getTime()
}

function ymdFromUtcMs(ms: number): Ymd {
  const d = new Date(ms)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function offsetMs(timeZone: IndonesianTimeZone): number {
  if (!Object.hasOwn(TIME_ZONE_OFFSET_HOURS, timeZone))
    throw new RangeError(`Unsupported time zone: ${String(timeZone)}`)
  return TIME_ZONE_OFFSET_HOURS[timeZone] * HOUR_MS
}

function fromUtcMsChecked(ms: number): string {
  const ymd = ymdFromUtcMs(ms)
  if (!isValidYmd(ymd.year, ymd.month, ymd.day)) {
    throw new RangeError(`Date out of supported range ${MIN_YEAR}–${MAX_YEAR}`)
  }
  return toIso(ymd)
}

/** Calendar arithmetic: addDays('2025-12-31', 1) → '2026-01-01'. */
export function addDays(iso: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day count must be an integer, got ${String(n)}`)
  const { year, month, day } = parseIso(iso)
  return fromUtcMsChecked(utcMs(year, month, day) + n * DAY_MS)
}

/** 'YYYY-MM' of an ISO date. */
/** The same day n months later (or earlier), clamped to the month's last day (31 March + 1 → 30 April). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + n
  const ym = `${Math.floor(total / 12)}-${pad2((((total % 12) + 12) % 12) + 1)}`
  const last = lastDayOfMonth(ym)
  return Number(last.slice(8)) < d ? last : `${ym}-${pad2(d)}`
}

export function monthOf(iso: string): string {
  parseIso(iso)
  return iso.slice(0, 7)
}

/** '2026-02' (or any date in it) → '2026-02-01'. */
export function firstDayOfMonth(yearMonth: string): string {
  const { year, month } = parseMonth(yearMonth)
  return toIso({ year, month, day: 1 })
}

/** '2026-02' (or any date in it) → '2026-02-28'. */
export function lastDayOfMonth(yearMonth: string): string {
  const { year, month } = parseMonth(yearMonth)
  return toIso({ year, month, day: daysInMonth(year, month) })
}

/** Today's calendar date in an Indonesian time zone, as 'YYYY-MM-DD'. */
export function todayIso(timeZone: IndonesianTimeZone = 'Asia/Jakarta', now: Date = new Date()): string {
  const t = now.getTime()
  if (Number.isNaN(t)) throw new RangeError('Invalid Date')
  return toIso(ymdFromUtcMs(t + offsetMs(timeZone)))
}

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
