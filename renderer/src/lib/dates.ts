import { addMonthsToMonth, formatDateTimeZone, todayIso, type IndonesianTimeZone } from './dateText'

let zone: IndonesianTimeZone = 'Asia/Jakarta'

/** Set from the book's profile (its province or the zone chosen in Pengaturan › Profil). */
export function setAppTimeZone(z: IndonesianTimeZone): void {
  zone = z
}

export function appTimeZone(): IndonesianTimeZone {
  return zone
}

/** Today in the cooperative's zone: the books follow its calendar, not the laptop's. */
export function today(): string {
  return todayIso(zone)
}

/** "31 Desember 2025 14.05 WITA": a recorded moment in the cooperative's zone, zone named. */
export function formatStamp(isoUtc: string | Date): string {
  return formatDateTimeZone(isoUtc, zone)
}

/** "4 Desember 2026 14.05 WITA" now: the stamp printed on paper. */
export function printedStamp(now: Date = new Date()): string {
  return formatDateTimeZone(now, zone)
}

/** Whether an ISO date lies after today in the cooperative's zone. */
export function isAfterToday(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && iso > today()
}

/** The last month that has ended ('YYYY-MM'), for month-end work (jasa, depreciation): the previous month. */
export function lastEndedMonth(): string {
  return addMonthsToMonth(today(), -1)
}

export function startOfYear(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b
}
