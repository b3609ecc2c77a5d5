import { isIndonesianTimeZone, todayIso, type IndonesianTimeZone } from '../../shared/dates/calendar'
import { provinceCodeTimeZone, provinceTimeZone } from '../../shared/regions/provinces'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'

const SETTING = 'profile.timeZone'
const FALLBACK: IndonesianTimeZone = 'Asia/Jakarta'

/** The zone chosen in the settings, or null when it follows the province. */
export function timeZoneSetting(book: Book): IndonesianTimeZone | null {
  const v = getSetting(book, SETTING)
  return isIndonesianTimeZone(v) ? v : null
}

export function setTimeZoneSetting(book: Book, zone: IndonesianTimeZone | null): void {
  setSetting(book, SETTING, zone)
}

/** The cooperative's zone: the setting, else its province's zone (by Kemendagri code, else by name), else WIB. */
export function zoneOf(
  setting: IndonesianTimeZone | null,
  province: string | null | undefined,
  provinceCode: string | null = null
): { zone: IndonesianTimeZone; source: 'PENGATURAN' | 'PROVINSI' | 'BAWAAN' } {
  if (setting) return { zone: setting, source: 'PENGATURAN' }
  const p = provinceCodeTimeZone(provinceCode) ?? provinceTimeZone(province)
  return p ? { zone: p, source: 'PROVINSI' } : { zone: FALLBACK, source: 'BAWAAN' }
}

export function cooperativeZone(book: Book): IndonesianTimeZone {
  // SELECT *: a book still at an older schema (set up by the migration tests) has no province_code.
  const r = book.q.prepare('SELECT * FROM profile WHERE id = 1').get() as
    { province: string; province_code: string | null } | undefined
  return zoneOf(timeZoneSetting(book), r?.province, r?.province_code ?? null).zone
}

/** Today's date in the cooperative's zone: what "today" means for every default and check. */
export function todayOf(ctx: { book: Book; now(): Date }): string {
  return todayIn(ctx.book, ctx.now())
}

/** The cooperative's date at the instant `now` (for code given a book and a clock reading rather than a context). */
export function todayIn(book: Book, now: Date): string {
  return todayIso(cooperativeZone(book), now)
}
