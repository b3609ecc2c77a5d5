import type { BackupStatus } from '../../../../shared/commands/backup'
import { formatStamp } from '../../lib/dates'
import { useHealth, type CheckState } from '../../app/health'
import { useSession } from '../../app/session'
import { t } from '../../i18n'
import { backupTone, formatAge } from '../../lib/age'
import { href } from '../../lib/router'

/** "Cadangan: 12 menit lalu": green, amber after a day, red when there is none. */
export function BackupChip({ status }: { status: BackupStatus | null }) {
  if (!status) return null
  const tone = backupTone(status.ageMinutes)
  const text =
    status.ageMinutes === null ? t.health.backupNone : t.health.backup(formatAge(status.ageMinutes, { short: true }))
  const title = status.lastBackupAt
    ? `${t.settings.backup.last}: ${formatStamp(status.lastBackupAt)}`
    : t.settings.backup.none
  return (
    <a
      className={`health-chip health-chip--${tone}`}
      href={href('pengaturan/cadangan')}
      title={title}
      data-testid="backup-age"
      data-tone={tone}
    >
      <span className="health-chip__dot" aria-hidden="true" />
      <span>{text}</span>
    </a>
  )
}

/** The background check at start: a quiet line when fine, a warning link when not. */
export function CheckLine({ check }: { check: CheckState }) {
  if (check.state === 'idle') return null
  if (check.state === 'running') return <p className="health-line is-running">{t.health.checking}</p>
  if (check.state === 'failed') {
    return (
      <a className="health-line is-bad" href={href('pengaturan/pemeriksaan')} title={check.error.message}>
        {t.health.checkFailed}
      </a>
    )
  }
  return check.result.ok ? (
    <p className="health-line is-ok" title={formatStamp(check.result.checkedAt)} data-testid="check-ok">
      ✓ {t.health.checkOk}
    </p>
  ) : (
    <a className="health-line is-bad" href={href('pengaturan/pemeriksaan')}>
      ✗ {t.health.checkBad}
    </a>
  )
}

export function HealthStatus() {
  const { backup, check } = useHealth()
  const { can } = useSession()
  if (!can('read')) return null
  return (
    <div className="health" aria-label={t.health.backupLabel} role="group">
      <BackupChip status={backup} />
      <CheckLine check={check} />
    </div>
  )
}
