/**
 * Which automatic backups to keep: every one from the last 24 hours (at most `recent`), the
 * newest of each day for `days` days, and the newest of each month for `months` months. Manual and
 * safety backups (before a migration, a restore or a year-end close) are never pruned.
 */
export interface RetentionPolicy {
  recent: number
  days: number
  months: number
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 12, days: 31, months: 24 }

export interface BackupStamp {
  name: string
  /** UTC ISO timestamp of the backup. */
  at: string
  automatic: boolean
}

export function backupsToPrune(
  backups: BackupStamp[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION
): string[] {
  const auto = backups.filter((b) => b.automatic).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  const keep = new Set<string>(auto.slice(0, 1).map((b) => b.name))
  const dayMs = 24 * 3600_000
  let recentKept = 0
  const seenDays = new Set<string>()
  const seenMonths = new Set<string>()
  for (const b of auto) {
    const t = Date.parse(b.at)
    const age = now.getTime() - t
    if (age < dayMs && recentKept < policy.recent) {
      keep.add(b.name)
      recentKept++
    }
    const day = b.at.slice(0, 10)
    if (age < policy.days * dayMs && !seenDays.has(day)) {
      seenDays.add(day)
      keep.add(b.name)
    }
    const month = b.at.slice(0, 7)
    const monthsAgo =
      (now.getUTCFullYear() - Number(b.at.slice(0, 4))) * 12 + (now.getUTCMonth() + 1 - Number(b.at.slice(5, 7)))
    if (monthsAgo < policy.months && !seenMonths.has(month)) {
      seenMonths.add(month)
      keep.add(b.name)
    }
  }
  return auto.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
