import { useMemo, useState, type FormEvent } from 'react'
import { formatMonth } from '../../lib/dateText'
import type { PeriodStatus } from '../../../../shared/ledger/types'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { DataTable } from '../../components/DataTable'
import { Dialog } from '../../components/Dialog'
import { SelectField, TextAreaField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today, formatStamp } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'

const T = t.settings.periods

type Action = { kind: 'lock'; month: string } | { kind: 'unlock'; month: string } | null

export function PeriodsSettings() {
  const invoke = useInvoke()
  const data = useCommand('periods.list', {})
  const { canRun } = useSession()
  const periods = useMemo(() => data.data?.periods ?? [], [data.data])
  const years = useMemo(() => [...new Set(periods.map((p) => p.month.slice(0, 4)))].sort(), [periods])
  const [year, setYear] = useState<string>('')
  const shownYear =
    year || (years.includes(today().slice(0, 4)) ? today().slice(0, 4) : (years[years.length - 1] ?? ''))
  const months = periods.filter((p) => p.month.startsWith(`${shownYear}-`))
  const [action, setAction] = useState<Action>(null)
  const [message, setMessage] = useState<string | null>(null)

  return (
    <section className="card settings-card" aria-labelledby="periods-heading">
      <div className="card__head">
        <div>
          <h2 id="periods-heading" className="card__title">
            {T.heading}
          </h2>
          <p className="muted small">{T.lead}</p>
        </div>
        {years.length > 1 && (
          <SelectField
            label={T.year}
            value={shownYear}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: y }))}
            className="w-year"
          />
        )}
      </div>
      {message && <Notice tone="success">{message}</Notice>}
      {data.error && <Notice tone="error">{data.error.message}</Notice>}

      <ul className="months" aria-label={T.monthsLabel}>
        {months.map((p) => (
          <MonthCard
            key={p.month}
            p={p}
            mayLock={canRun('periods.lock')}
            mayUnlock={canRun('periods.unlock')}
            onLock={() => setAction({ kind: 'lock', month: p.month })}
            onUnlock={() => setAction({ kind: 'unlock', month: p.month })}
          />
        ))}
      </ul>

      <h3 className="section-title">{T.history}</h3>
      <DataTable
        rows={data.data?.events ?? []}
        rowKey={(e) => e.id}
        empty={T.historyEmpty}
        columns={[
          { key: 'at', header: T.colAt, render: (e) => formatStamp(e.at), width: '12rem', nowrap: true },
          { key: 'month', header: T.colMonth, render: (e) => formatMonth(e.month), width: '10rem', nowrap: true },
          {
            key: 'action',
            header: T.colAction,
            render: (e) => (
              <span className={`badge ${e.action === 'TUTUP' ? 'badge--info' : 'badge--warning'}`}>
                {T.actions[e.action] ?? e.action}
              </span>
            ),
            width: '7rem'
          },
          { key: 'reason', header: T.colReason, render: (e) => e.reason ?? '' },
          { key: 'by', header: T.colBy, render: (e) => e.by, width: '8rem' }
        ]}
      />

      {action?.kind === 'lock' && (
        <LockDialog
          month={action.month}
          onClose={() => setAction(null)}
          onDone={(locked) => {
            setAction(null)
            setMessage(T.lockedOk(locked.length, formatMonth(action.month)))
            data.reload()
          }}
          lock={() => invoke('periods.lock', { month: action.month })}
        />
      )}
      {action?.kind === 'unlock' && (
        <UnlockDialog
          month={action.month}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null)
            setMessage(T.unlockedOk(formatMonth(action.month)))
            data.reload()
          }}
        />
      )}
    </section>
  )
}

function MonthCard({
  p,
  mayLock,
  mayUnlock,
  onLock,
  onUnlock
}: {
  p: PeriodStatus
  mayLock: boolean
  mayUnlock: boolean
  onLock: () => void
  onUnlock: () => void
}) {
  const name = formatMonth(p.month)
  return (
    <li className={`month${p.locked ? ' is-locked' : ''}`}>
      <div className="month__head">
        <span className="month__name">{name}</span>
        <span className={`badge ${p.locked ? 'badge--info' : 'badge--ok'}`}>{p.locked ? T.locked : T.open}</span>
      </div>
      {p.locked && p.lockedAt && (
        <p className="month__info">{T.lockedInfo(formatStamp(p.lockedAt), p.lockedBy ?? '')}</p>
      )}
      <div className="month__actions">
        {p.locked
          ? mayUnlock && (
              <button
                type="button"
                className="btn btn--ghost btn--sm"
                onClick={onUnlock}
                aria-label={T.unlockLabel(name)}
              >
                {T.unlock}
              </button>
            )
          : mayLock && (
              <button
                type="button"
                className="btn btn--secondary btn--sm"
                onClick={onLock}
                aria-label={T.lockThroughLabel(name)}
              >
                {T.lockThrough}
              </button>
            )}
      </div>
    </li>
  )
}

function LockDialog({
  month,
  onClose,
  onDone,
  lock
}: {
  month: string
  onClose: () => void
  onDone: (locked: PeriodStatus[]) => void
  lock: () => Promise<PeriodStatus[]>
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setBusy(true)
    try {
      onDone(await lock())
    } catch (e) {
      setError(toFailure(e).message)
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={T.lockConfirmHeading(formatMonth(month))}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => void confirm()}
            disabled={busy}
            data-autofocus
          >
            {busy ? t.common.processing : T.lockConfirm}
          </button>
        </>
      }
    >
      <p>{T.lockConfirmText(formatMonth(month))}</p>
      {error && <Notice tone="error">{error}</Notice>}
    </Dialog>
  )
}

function UnlockDialog({ month, onClose, onDone }: { month: string; onClose: () => void; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 10) {
      setErrors({ reason: T.reasonTooShort })
      return
    }
    setBusy(true)
    try {
      await invoke('periods.unlock', { month, reason: reason.trim() })
      guard.saved()
      onDone()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f === 'reason'))
      setBusy(false)
    }
  }
  return (
    <Dialog title={T.unlockHeading(formatMonth(month))} onClose={onClose}>
      <form {...guard.props} onSubmit={submit} noValidate>
        <p>{T.unlockText}</p>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <TextAreaField
          label={T.reason}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          hint={T.reasonHint}
          required
          autoFocus
          rows={3}
          maxLength={500}
        />
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn--danger" disabled={busy}>
            {busy ? t.common.processing : T.unlock}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
