import { formatNumberId } from '../../../shared/money/rupiah'
import { t } from '../i18n'

const HOUR = 60
const DAY = 24 * HOUR

/** "12 menit yang lalu", "3 jam yang lalu", "3 hari yang lalu" (short: "12 menit lalu"). */
export function formatAge(minutes: number, opts: { short?: boolean } = {}): string {
  const m = Math.max(0, Math.floor(minutes))
  const a = t.age
  if (m < 1) return a.justNow
  if (m < HOUR) return opts.short ? a.minutesShort(m) : a.minutes(m)
  if (m < DAY) return opts.short ? a.hoursShort(Math.floor(m / HOUR)) : a.hours(Math.floor(m / HOUR))
  const d = Math.floor(m / DAY)
  return opts.short ? a.daysShort(d) : a.days(d)
}

export type BackupTone = 'ok' | 'old' | 'none'

/** Red when there is no backup at all, amber when the last one is older than a day. */
export function backupTone(ageMinutes: number | null): BackupTone {
  if (ageMinutes === null) return 'none'
  return ageMinutes > DAY ? 'old' : 'ok'
}

/** Minutes between an ISO timestamp and now. */
export function minutesSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000))
}

function decimal(n: number): string {
  // Indonesian decimal comma, one decimal below 10 ("1,2 MB"), none above ("168 KB").
  return n < 10 ? n.toFixed(1).replace('.', ',').replace(/,0$/, '') : formatNumberId(Math.round(n))
}

/** File size in KB/MB (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t.size.bytes(formatNumberId(bytes))
  if (bytes < 1024 * 1024) return t.size.kb(decimal(bytes / 1024))
  if (bytes < 1024 * 1024 * 1024) return t.size.mb(decimal(bytes / (1024 * 1024)))
  return t.size.gb(decimal(bytes / (1024 * 1024 * 1024)))
}
