import { useEffect, useState, type FormEvent } from 'react'
import { formatStamp } from '../../lib/dates'
import type { BackupInfo, BackupStatus, BookVerification } from '../../../../shared/commands/backup'
import { formatDateLong } from '../../lib/dateText'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { useFiles, useInvoke } from '../../api/context'
import { BOOK_ACCEPT, BOOK_FILTERS, type FileSource } from '../../api/files'
import { useExportFile } from '../../lib/exportFile'
import { SavedFileNotice } from '../../components/SavedFileNotice'
import type { SavedFile } from '../../api/files'
import { useBook } from '../../app/BookContext'
import { exportFileName } from '../../../../shared/files/document-name'
import { today } from '../../lib/dates'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useAppControl } from '../../app/appControl'
import { useHealth } from '../../app/health'
import { useSession } from '../../app/session'
import { DataTable } from '../../components/DataTable'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { backupTone, formatAge, formatSize } from '../../lib/age'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'

const T = t.settings.backup

export function reasonLabel(reason: string): string {
  return T.reasons[reason] ?? (reason.startsWith('sebelum-migrasi') ? T.reasons['sebelum-migrasi']! : reason)
}

/** "12 menit yang lalu · 28 November 2026 14.05", or that there is none. */
export function LastBackup({ status }: { status: BackupStatus }) {
  const tone = backupTone(status.ageMinutes)
  if (status.lastBackupAt === null || status.ageMinutes === null) {
    return (
      <span className="backup-age backup-age--none" data-tone="none">
        <strong>{T.none}</strong>
      </span>
    )
  }
  return (
    <span className={`backup-age backup-age--${tone}`} data-tone={tone}>
      <strong>{formatAge(status.ageMinutes)}</strong>
      <span className="muted"> · {formatStamp(status.lastBackupAt)}</span>
    </span>
  )
}

export function BackupSettings() {
  const invoke = useInvoke()
  const health = useHealth()
  const { canRun } = useSession()
  const status = useCommand('backup.status', {})
  const list = useCommand('backup.list', {})
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<{ backups: BackupInfo[]; warnings: string[] } | null>(null)
  const [createError, setCreateError] = useState<CommandFailure | null>(null)
  const [verifying, setVerifying] = useState<string | null>(null)
  const [restoring, setRestoring] = useState<{ backup: string | null; label?: string } | null>(null)

  const reload = () => {
    status.reload()
    list.reload()
    health.refreshBackup()
  }

  const createNow = async () => {
    setCreating(true)
    setCreated(null)
    setCreateError(null)
    try {
      setCreated(await invoke('backup.create', {}))
      reload()
    } catch (e) {
      setCreateError(toFailure(e))
    } finally {
      setCreating(false)
    }
  }

  const s = status.data
  const mayCreate = canRun('backup.create')
  const mayRestore = canRun('backup.restore')

  return (
    <>
      <section className="card settings-card" aria-labelledby="backup-heading">
        <div className="card__head">
          <div>
            <h2 id="backup-heading" className="card__title">
              {T.heading}
            </h2>
            <p className="muted small">{T.lead}</p>
          </div>
          {mayCreate && (
            <button type="button" className="btn btn--primary" onClick={() => void createNow()} disabled={creating}>
              {creating ? T.creating : T.createNow}
            </button>
          )}
        </div>
        <FailureNotice error={status.error} />
        {createError && <FailureNotice error={createError} />}
        {created && (
          <Notice tone="success" title={T.created}>
            {created.backups.map((b) => (
              <p key={b.file} className="small">
                {T.createdIn(b.file)}
              </p>
            ))}
          </Notice>
        )}
        {created && created.warnings.length > 0 && (
          <Notice tone="warning">
            {created.warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </Notice>
        )}
        {s && (
          <>
            {s.ageMinutes === null && <Notice tone="error">{`${T.none}. ${T.noneHint}`}</Notice>}
            {s.ageMinutes !== null && backupTone(s.ageMinutes) === 'old' && <Notice tone="warning">{T.oldHint}</Notice>}
            <dl className="summary__list backup-status">
              <dt>{T.last}</dt>
              <dd data-testid="backup-last">
                <LastBackup status={s} />
              </dd>
              <dt>{T.folder}</dt>
              <dd>
                <code className="path">{s.folder}</code>
              </dd>
              <dt>{T.extraFolder}</dt>
              <dd>
                {s.extraFolder === null ? (
                  <span className="muted">{T.extraNone}</span>
                ) : (
                  <>
                    <code className="path">{s.extraFolder}</code>{' '}
                    {s.extraFolderAvailable ? (
                      <span className="badge badge--ok">✓ {T.extraAvailable}</span>
                    ) : (
                      <span className="badge badge--warning">{T.extraMissing}</span>
                    )}
                  </>
                )}
              </dd>
              <dt>{T.interval}</dt>
              <dd>{T.intervalValue(s.intervalMinutes)}</dd>
              <dt>{T.count}</dt>
              <dd>{formatNumberId(s.count)}</dd>
            </dl>
          </>
        )}
      </section>

      {s && canRun('backup.configure') && (
        <BackupConfigForm key={`${s.extraFolder ?? ''}|${s.intervalMinutes}`} status={s} onSaved={reload} />
      )}

      <section className="card settings-card" aria-labelledby="backup-list-heading">
        <div className="card__head">
          <h2 id="backup-list-heading" className="card__title">
            {T.listHeading}
          </h2>
          {mayRestore && (
            <button type="button" className="btn btn--secondary" onClick={() => setRestoring({ backup: null })}>
              {T.restoreOther}
            </button>
          )}
        </div>
        <FailureNotice error={list.error} />
        <DataTable
          aria-label={T.listHeading}
          rows={list.data ?? []}
          loading={list.loading && !list.data}
          rowKey={(b) => b.file}
          empty={T.listEmpty}
          columns={[
            {
              key: 'at',
              header: T.colAt,
              nowrap: true,
              width: '13rem',
              render: (b) => formatStamp(b.at)
            },
            { key: 'reason', header: T.colReason, render: (b) => reasonLabel(b.reason), width: '14rem' },
            {
              key: 'size',
              header: T.colSize,
              render: (b) => formatSize(b.size),
              align: 'right',
              width: '6.5rem',
              nowrap: true
            },
            {
              key: 'folder',
              header: T.colFolder,
              render: (b) => (
                <span className="backup-folder">
                  <span className={`badge ${b.folder === s?.folder ? 'badge--muted' : 'badge--info'}`}>
                    {b.folder === s?.folder ? T.folderDefault : T.folderExtra}
                  </span>{' '}
                  <code className="path small" title={b.file}>
                    {b.folder}
                  </code>
                </span>
              )
            },
            {
              key: 'actions',
              header: <span className="sr-only">{t.common.actions}</span>,
              align: 'right',
              width: '11rem',
              nowrap: true,
              render: (b) => (
                <span className="row-actions">
                  <button
                    type="button"
                    className="btn btn--link btn--sm"
                    aria-label={T.verifyLabel(formatStamp(b.at))}
                    onClick={() => setVerifying(b.name)}
                  >
                    {T.verify}
                  </button>
                  {mayRestore && (
                    <button
                      type="button"
                      className="btn btn--link btn--sm btn--danger-link"
                      aria-label={T.restoreLabel(formatStamp(b.at))}
                      onClick={() =>
                        setRestoring({ backup: b.name, label: `${formatStamp(b.at)} · ${reasonLabel(b.reason)}` })
                      }
                    >
                      {T.restore}
                    </button>
                  )}
                </span>
              )
            }
          ]}
        />
      </section>

      {canRun('book.export') && <ExportBook onDone={reload} />}

      {verifying && <VerifyDialog backup={verifying} onClose={() => setVerifying(null)} />}
      {restoring && (
        <RestoreDialog
          backup={restoring.backup}
          label={restoring.label}
          onClose={() => setRestoring(null)}
          onFailed={reload}
        />
      )}
    </>
  )
}

function BackupConfigForm({ status, onSaved }: { status: BackupStatus; onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const files = useFiles()
  const [extra, setExtra] = useState<string | null>(status.extraFolder)
  const [interval, setIntervalText] = useState(String(status.intervalMinutes))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)

  const chooseFolder = async () => {
    const folder = await files.chooseFolder(t.files.titles.backupFolder)
    if (folder) {
      setExtra(folder)
      setSaved(false)
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const n = Number(interval.trim())
    if (!/^\d{1,4}$/.test(interval.trim()) || n < 5 || n > 1440) {
      setErrors({ intervalMinutes: T.intervalInvalid })
      return
    }
    setBusy(true)
    setSaved(false)
    setErrors({})
    try {
      // Only what changed: over the browser a folder on this computer cannot be named at all.
      await invoke('backup.configure', {
        intervalMinutes: n,
        ...(extra !== status.extraFolder ? { extraFolder: extra } : {})
      })
      guard.saved()
      setSaved(true)
      onSaved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'extraFolder' || f === 'intervalMinutes'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      {...guard.props}
      className="card settings-card"
      onSubmit={submit}
      noValidate
      aria-labelledby="backup-config-heading"
    >
      <h2 id="backup-config-heading" className="card__title">
        {T.settingsHeading}
      </h2>
      {saved && <Notice tone="success">{T.saved}</Notice>}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-row">
        <div className="field grow-2">
          <span className="field__label">{T.extraFolderLabel}</span>
          <p data-testid="backup-extra-folder">
            {extra === null ? <span className="muted">{T.extraNone}</span> : <code className="path">{extra}</code>}
          </p>
          <p className="field__hint">{files.kind === 'electron' ? T.extraFolderHint : t.files.folderOnlyDesktop}</p>
          {errors.extraFolder && (
            <p className="field__error" role="alert">
              {errors.extraFolder}
            </p>
          )}
          <div className="form-actions">
            {files.kind === 'electron' && (
              <button type="button" className="btn btn--secondary btn--sm" onClick={() => void chooseFolder()}>
                {T.extraFolderChoose}
              </button>
            )}
            {extra !== null && (
              <button
                type="button"
                className="btn btn--link btn--sm"
                onClick={() => {
                  setExtra(null)
                  setSaved(false)
                }}
              >
                {T.extraFolderClear}
              </button>
            )}
          </div>
        </div>
        <TextField
          label={T.intervalLabel}
          value={interval}
          onChange={(v) => {
            setIntervalText(v.replace(/\D/g, ''))
            setSaved(false)
          }}
          error={errors.intervalMinutes}
          hint={T.intervalHint}
          inputMode="numeric"
          className="w-interval"
          required
        />
        <div className="form-row__button">
          <button type="submit" className="btn btn--secondary" disabled={busy}>
            {busy ? t.common.saving : t.common.save}
          </button>
        </div>
      </div>
    </form>
  )
}

function VerificationSummary({ v }: { v: BookVerification }) {
  return (
    <>
      {v.ok ? (
        <Notice tone="success">{T.verifyOk}</Notice>
      ) : (
        <Notice tone="error" title={T.verifyBad}>
          <ul className="problems">
            {v.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {v.ok && !v.sameBook && <Notice tone="warning">{T.verifyOtherBook}</Notice>}
      {v.current && (
        <p data-testid="restore-current">
          {T.currentBook(
            formatNumberId(v.current.entries),
            v.current.lastEntryDate ? formatDateLong(v.current.lastEntryDate) : null
          )}
        </p>
      )}
      <dl className="summary__list">
        <dt>{T.verifyFile}</dt>
        <dd>
          <code className="path">{v.file}</code>
        </dd>
        {v.cooperative && (
          <>
            <dt>{T.verifyCoop}</dt>
            <dd>{v.cooperative}</dd>
          </>
        )}
        <dt>{T.verifyEntries}</dt>
        <dd>{formatNumberId(v.entries)}</dd>
        {v.lastEntryDate && (
          <>
            <dt>{T.verifyLastEntry}</dt>
            <dd>{formatDateLong(v.lastEntryDate)}</dd>
          </>
        )}
        {v.schemaVersion !== null && (
          <>
            <dt>{T.verifySchema}</dt>
            <dd>{v.schemaVersion}</dd>
          </>
        )}
      </dl>
    </>
  )
}

function VerifyDialog({ backup, onClose }: { backup: string; onClose: () => void }) {
  const invoke = useInvoke()
  const [result, setResult] = useState<BookVerification | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)
  useEffect(() => {
    let live = true
    invoke('backup.verify', { backup }).then(
      (r) => live && setResult(r),
      (e: unknown) => live && setError(toFailure(e))
    )
    return () => {
      live = false
    }
  }, [invoke, backup])
  return (
    <Dialog
      title={T.verifyHeading}
      onClose={onClose}
      focusFirstField={false}
      footer={
        <button type="button" className="btn btn--primary" onClick={onClose}>
          {t.common.close}
        </button>
      }
    >
      {!result && !error && <p className="muted">{T.verifying}</p>}
      <FailureNotice error={error} />
      {result && <VerificationSummary v={result} />}
    </Dialog>
  )
}

/**
 * Restore from a listed backup (`backup`, by name) or from a file the treasurer chooses (`backup`
 * null: also how a book comes over from another laptop). The file is checked first and the dialog
 * shows what will happen; the book saves the current book before replacing it, and after success
 * every screen reads the book again.
 */
export function RestoreDialog({
  backup,
  label,
  onClose,
  onFailed
}: {
  backup: string | null
  label?: string | undefined
  onClose: () => void
  onFailed?: () => void
}) {
  const invoke = useInvoke()
  const files = useFiles()
  const { reloadApp } = useAppControl()
  const [chosen, setChosen] = useState<{ source: FileSource; name: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [checked, setChecked] = useState<BookVerification | null>(null)
  const [checking, setChecking] = useState(false)
  const [done, setDone] = useState<{
    restoredFrom: string
    safetyBackup: string
    verification: BookVerification
  } | null>(null)

  const source: FileSource | { backup: string } | null = backup !== null ? { backup } : (chosen?.source ?? null)

  const verify = async (s: FileSource | { backup: string }) => {
    setChecking(true)
    setChecked(null)
    setErrors({})
    try {
      setChecked(await invoke('backup.verify', s))
    } catch (e) {
      setErrors(failureToErrors(toFailure(e), () => false))
    } finally {
      setChecking(false)
    }
  }

  useEffect(() => {
    if (backup !== null) void verify({ backup })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backup])

  const choose = async () => {
    setErrors({})
    try {
      const c = await files.chooseSource(t.files.titles.restore, BOOK_FILTERS, BOOK_ACCEPT)
      if (!c) return
      setChosen(c)
      await verify(c.source)
    } catch (e) {
      setErrors(failureToErrors(toFailure(e), () => false))
    }
  }

  const restore = async () => {
    if (!source) return
    setBusy(true)
    setErrors({})
    try {
      setDone(await invoke('backup.restore', source))
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), () => false))
      onFailed?.()
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    // Whatever way the dialog closes, the app then reads the restored book afresh.
    return (
      <Dialog
        title={T.restoredHeading}
        onClose={reloadApp}
        wide
        footer={
          <button type="button" className="btn btn--primary" onClick={reloadApp} data-autofocus>
            {T.reloadNow}
          </button>
        }
      >
        <Notice tone="success">{T.restoredEntries(formatNumberId(done.verification.entries))}</Notice>
        <dl className="summary__list">
          <dt>{T.restoredFrom}</dt>
          <dd>
            <code className="path">{done.restoredFrom}</code>
          </dd>
          <dt>{T.safetyBackup}</dt>
          <dd>
            <code className="path" data-testid="safety-backup">
              {done.safetyBackup}
            </code>
            <p className="muted small">{T.safetyHint}</p>
          </dd>
        </dl>
      </Dialog>
    )
  }

  return (
    <Dialog
      title={backup === null ? T.restoreOtherHeading : T.restoreHeading}
      onClose={onClose}
      wide
      focusFirstField={false}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose} disabled={busy}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => void restore()}
            disabled={busy || checking || !checked?.ok}
            data-autofocus={backup !== null || undefined}
          >
            {busy ? T.restoring : T.restoreConfirm}
          </button>
        </>
      }
    >
      {backup === null ? (
        <>
          <p>{T.restoreOtherLead}</p>
          <p>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void choose()}
              disabled={busy || checking}
              data-testid="restore-choose"
              data-autofocus
            >
              {t.files.choose}
            </button>{' '}
            <span data-testid="restore-chosen">
              {chosen ? t.files.chosen(chosen.name) : <span className="muted">{t.files.none}</span>}
            </span>
          </p>
        </>
      ) : (
        <p>
          <strong>{T.restoreFrom(label ?? backup)}</strong>
        </p>
      )}
      <ol className="restore-steps">
        {T.restoreSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {checking && <p className="muted">{T.verifying}</p>}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      {checked && <VerificationSummary v={checked} />}
    </Dialog>
  )
}

function ExportBook({ onDone }: { onDone: () => void }) {
  const invoke = useInvoke()
  const exportFile = useExportFile()
  const { profile } = useBook()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<SavedFile | null>(null)

  const run = async () => {
    setBusy(true)
    setErrors({})
    setDone(null)
    try {
      const r = await exportFile(
        t.files.titles.save,
        exportFileName(profile.name, { command: 'book.export', today: today() }),
        (target) => invoke('book.export', target)
      )
      if (r) {
        setDone(r.saved)
        onDone()
      }
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), () => false))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="export-heading">
      <h2 id="export-heading" className="card__title">
        {T.exportHeading}
      </h2>
      <p className="muted small">{T.exportLead}</p>
      {done && <SavedFileNotice saved={done} title={T.exportedTitle} />}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() => void run()}
          data-testid="book-export"
        >
          {busy ? T.exporting : T.export}
        </button>
      </div>
    </section>
  )
}
