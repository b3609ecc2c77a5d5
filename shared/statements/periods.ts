import { formatDateLong } from '../dates/format'
import { lastDayOfMonth } from '../dates/calendar'

/**
 * Periodic statements of a KSP/USP (DOMAIN.md §1.2, Permenkop 2/2024): quarterly (triwulanan) and
 * half-yearly (semesteran), within the calendar financial year.
 */
export const PERIOD_KINDS = ['TRIWULAN', 'SEMESTER'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface ReportingPeriod {
  kind: PeriodKind
  year: number
  /** 1–4 for a quarter, 1–2 for a half year. */
  number: number
  from: string
  to: string
  /** "Triwulan I 2026" */
  name: string
  /** "Triwulan I 2026 (1 Januari – 31 Maret 2026)" */
  label: string
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const
const NAMES: Record<PeriodKind, string> = { TRIWULAN: 'Triwulan', SEMESTER: 'Semester' }

/** How many periods of a kind a year has. */
export const periodsPerYear = (kind: PeriodKind): number => (kind === 'TRIWULAN' ? 4 : 2)

export function reportingPeriod(kind: PeriodKind, year: number, number: number): ReportingPeriod {
  const months = kind === 'TRIWULAN' ? 3 : 6
  if (!Number.isInteger(number) || number < 1 || number > periodsPerYear(kind))
    throw new RangeError(`${NAMES[kind]} ${number} tidak ada`)
  const firstMonth = (number - 1) * months + 1
  const lastMonth = firstMonth + months - 1
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`
  const to = lastDayOfMonth(`${year}-${String(lastMonth).padStart(2, '0')}`)
  const name = `${NAMES[kind]} ${ROMAN[number - 1]} ${year}`
  // The year is said once, at the end of the range: "1 Januari – 31 Maret 2026".
  return {
    kind,
    year,
    number,
    from,
    to,
    name,
    label: `${name} (${formatDateLong(from).replace(/ \d{4}$/, '')} – ${formatDateLong(to)})`
  }
}

/** The period a date falls in. */
export function periodOf(kind: PeriodKind, iso: string): ReportingPeriod {
  const month = Number(iso.slice(5, 7))
  return reportingPeriod(kind, Number(iso.slice(0, 4)), Math.ceil(month / (kind === 'TRIWULAN' ? 3 : 6)))
}

/** The period before (the last of the previous year before the first). */
export function previousPeriod(p: ReportingPeriod): ReportingPeriod {
  return p.number > 1
    ? reportingPeriod(p.kind, p.year, p.number - 1)
    : reportingPeriod(p.kind, p.year - 1, periodsPerYear(p.kind))
}
