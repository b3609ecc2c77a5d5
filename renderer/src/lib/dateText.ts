// The shared date formatter (shared/dates/format) in the language of this window: the same one format
// rule (`31 Desember 2025`, `31/12/2025`, `Desember 2025`, `31 Desember 2025 14.05 WIB`), with the
// catalogue's month and weekday names (`31 December 2025` in English). Reading a typed date accepts the
// catalogue's names too. Screens import dates from here, never from shared/dates/format directly.
import * as base from '../../../shared/dates/format'
import type { IndonesianTimeZone } from '../../../shared/dates/calendar'
import { t } from '../i18n'

export * from '../../../shared/dates/format'
export * from '../../../shared/dates/calendar'

const toShown = new Map<string, string>()
const toIndonesian = new Map<string, string>()
base.MONTHS_ID.forEach((name, i) => {
  toShown.set(name, t.date.months[i] ?? name)
  toIndonesian.set((t.date.months[i] ?? name).toLowerCase(), name)
})
base.MONTHS_SHORT_ID.forEach((name, i) => toIndonesian.set((t.date.monthsShort[i] ?? name).toLowerCase(), name))
base.DAYS_ID.forEach((name, i) => {
  toShown.set(name, t.date.days[i] ?? name)
  toIndonesian.set((t.date.days[i] ?? name).toLowerCase(), name)
})

/** Indonesian month and weekday names in a formatted date, in the window's language. */
function shown(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => toShown.get(word) ?? word)
}

/** A typed date or month with the window's month/weekday names read back into Indonesian ones. */
function indonesian(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => toIndonesian.get(word.toLowerCase()) ?? word)
}

export function formatDateLong(iso: string): string {
  return shown(base.formatDateLong(iso))
}

export function formatDateWithDay(iso: string): string {
  return shown(base.formatDateWithDay(iso))
}

export function formatMonth(yearMonth: string): string {
  return shown(base.formatMonth(yearMonth))
}

export function formatDateTime(isoUtcTimestamp: string | Date, timeZone?: IndonesianTimeZone): string {
  return shown(base.formatDateTime(isoUtcTimestamp, timeZone))
}

export function formatDateTimeZone(isoUtcTimestamp: string | Date, timeZone: IndonesianTimeZone): string {
  return shown(base.formatDateTimeZone(isoUtcTimestamp, timeZone))
}

export function parseDateId(text: string): string | null {
  return base.parseDateId(indonesian(text))
}

export function parseMonthId(text: string): string | null {
  return base.parseMonthId(indonesian(text))
}
