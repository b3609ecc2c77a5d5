// Indonesian date formatting and pure calendar arithmetic on ISO strings (DOMAIN.md §9.2).
// The one format rule (README "Money, dates, numbers"): a person reads `31 Maret 2026`
// (formatDateLong) in prose, headings, documents and date fields, `31/03/2026` (formatDateShort)
// in dense tables, `Maret 2026` for a month and `31 Maret 2026 14.05 WIB` for a moment. ISO
// `2026-03-31` is the data format only (commands, JSON, SQLite), never shown; parseDateId and
// parseMonthId read what people type.
// Every computation goes through Date.UTC / getUTC* so the host time zone never matters.
// Time zones are fixed offsets (Indonesia has no daylight saving), so Intl is not needed.
import {
  isValidYmd,
  offsetMs,
  pad2,
  parseIso,
  parseMonth,
  toIso,
  utcMs,
  type IndonesianTimeZone,
  type Ymd
} from './calendar'

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember'
] as const

export const MONTHS_SHORT_ID = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des'
] as const

/** Indexed like Date#getDay(): 0 = Minggu. */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const

/** WIB, WITA, WIT: the names Indonesians put after a time ("14.05 WITA"). */
export const TIME_ZONE_ABBREVIATIONS: Readonly<Record<IndonesianTimeZone, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT'
}

function monthName(month: number): string {
  return MONTHS_ID[month - 1] ?? ''
}

function weekday({ year, month, day }: Ymd): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Day of the week of an ISO date, as Date#getDay(): 0 = Minggu … 6 = Sabtu. */
export function dayOfWeek(iso: string): number {
  return weekday(parseIso(iso))
}

/** "31 Desember 2025" */
export function formatDateLong(iso: string): string {
  const d = parseIso(iso)
  return `${d.day} ${monthName(d.month)} ${d.year}`
}

/** "Rabu, 31 Desember 2025" */
export function formatDateWithDay(iso: string): string {
  const d = parseIso(iso)
  return `${DAYS_ID[weekday(d)] ?? ''}, ${formatDateLong(iso)}`
}

/** "31/12/2025" (dd/mm/yyyy — never US order). */
export function formatDateShort(iso: string): string {
  const d = parseIso(iso)
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`
}

/** "Maret 2026" from "2026-03" (a full ISO date is also accepted). */
export function formatMonth(yearMonth: string): string {
  const { year, month } = parseMonth(yearMonth)
  return `${monthName(month)} ${year}`
}

const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/**
 * Parses an ISO timestamp to epoch ms. A timestamp without offset (e.g. SQLite's
 * `datetime('now')` → "2025-12-31 07:05:00") is UTC, never host-local time.
 */
function parseTimestamp(value: string | Date): number {
  if (value instanceof Date) {
    const t = value.getTime()
    if (Number.isNaN(t)) throw new RangeError('Invalid Date')
    return t
  }
  const m = typeof value === 'string' ? TIMESTAMP_PATTERN.exec(value.trim()) : null
  if (!m) throw new RangeError(`Invalid ISO timestamp: ${String(value)}`)
  const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Invalid ISO timestamp: ${value}`)
  }
  const millis = Number(frac.padEnd(3, '0').slice(0, 3))
  let offsetMinutes = 0
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'))
  }
  return utcMs(year, month, day, hour, minute, second, millis) - offsetMinutes * 60_000
}

/** "31 Desember 2025 14.05" in the given zone (Indonesian writes hours.minutes). */
export function formatDateTime(isoUtcTimestamp: string | Date, timeZone: IndonesianTimeZone = 'Asia/Jakarta'): string {
  const local = new Date(parseTimestamp(isoUtcTimestamp) + offsetMs(timeZone))
  const date = `${local.getUTCDate()} ${monthName(local.getUTCMonth() + 1)} ${local.getUTCFullYear()}`
  return `${date} ${pad2(local.getUTCHours())}.${pad2(local.getUTCMinutes())}`
}

/** "31 Desember 2025 14.05 WITA": the moment in the cooperative's zone, with the zone named. */
export function formatDateTimeZone(isoUtcTimestamp: string | Date, timeZone: IndonesianTimeZone): string {
  return `${formatDateTime(isoUtcTimestamp, timeZone)} ${TIME_ZONE_ABBREVIATIONS[timeZone]}`
}

/** "14.05 WITA" */
export function formatTimeZone(isoUtcTimestamp: string | Date, timeZone: IndonesianTimeZone): string {
  return formatDateTimeZone(isoUtcTimestamp, timeZone).split(' ').slice(-2).join(' ')
}

// Lowercase month name/abbreviation → month number. Includes the old spellings
// "Pebruari"/"Nopember" still common in village paperwork.
const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTHS_ID.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...MONTHS_SHORT_ID.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ['agt', 8],
  ['ags', 8],
  ['sept', 9],
  ['pebruari', 2],
  ['peb', 2],
  ['nopember', 11],
  ['nop', 11]
])

const DAY_LOOKUP: ReadonlyMap<string, number> = new Map(
  DAYS_ID.map((name, i): [string, number] => [name.toLowerCase(), i])
)

/**
 * Parses a date as typed by a user: "31/12/2025", "31-12-2025", "2025-12-31", "31 Desember 2025",
 * "31 des 2025", optionally preceded by a weekday ("Rabu, 31 Desember 2025"; it must match).
 * Returns an ISO date or null.
 */
export function parseDateId(text: string): string | null {
  if (typeof text !== 'string') return null
  let s = text.trim().replace(/\s+/g, ' ').toLowerCase()
  if (s === '') return null

  let expectedWeekday: number | undefined
  const dayPrefix = /^([a-z']+),? (?=\d)/.exec(s)
  if (dayPrefix) {
    expectedWeekday = DAY_LOOKUP.get((dayPrefix[1] ?? '').replace("'", ''))
    if (expectedWeekday === undefined) return null
    s = s.slice(dayPrefix[0].length)
  }

  let ymd: Ymd | null = null
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  } else if ((m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(s))) {
    ymd = { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) }
  } else if ((m = /^(\d{1,2})[ -]?([a-z]+)\.?[ -]?(\d{4})$/.exec(s))) {
    const month = MONTH_LOOKUP.get(m[2] ?? '')
    if (month === undefined) return null
    ymd = { year: Number(m[3]), month, day: Number(m[1]) }
  }

  if (!ymd || !isValidYmd(ymd.year, ymd.month, ymd.day)) return null
  if (expectedWeekday !== undefined && weekday(ymd) !== expectedWeekday) return null
  return toIso(ymd)
}

/**
 * Parses a month as typed by a user: "02/2026", "2/2026", "02-2026", "Februari 2026", "feb 2026",
 * "2026-02". Returns 'YYYY-MM' or null.
 */
export function parseMonthId(text: string): string | null {
  if (typeof text !== 'string') return null
  const s = text.trim().replace(/\s+/g, ' ').toLowerCase()
  let m: RegExpExecArray | null
  let year: number | undefined
  let month: number | undefined
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    year = Number(m[1])
    month = Number(m[2])
  } else if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(s))) {
    year = Number(m[2])
    month = Number(m[1])
  } else if ((m = /^([a-z]+)\.?[ -]?(\d{4})$/.exec(s))) {
    month = MONTH_LOOKUP.get(m[1] ?? '')
    year = Number(m[2])
  }
  if (year === undefined || month === undefined || !isValidYmd(year, month, 1)) return null
  return `${year}-${pad2(month)}`
}
