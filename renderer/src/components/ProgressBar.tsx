import { useState } from 'react'
import { t } from '../i18n'
import { useInvoke } from '../api/context'

/**
 * Determinate when `total` > 0, otherwise an indeterminate "busy" bar. With `command`, a "Batalkan"
 * button stops that background work (the book is not changed by it).
 */
export function ProgressBar({
  done,
  total,
  label,
  command
}: {
  done: number
  total: number
  label?: string
  command?: string
}) {
  const pct = total > 0 ? Math.min(100, Math.max(0, Math.round((done / total) * 100))) : undefined
  return (
    <div className="progress">
      <div
        className={`progress__track${pct === undefined ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={label ?? t.progress.running}
        aria-label={label ?? t.progress.running}
      >
        <div className="progress__bar" style={pct === undefined ? undefined : { width: `${pct}%` }} />
      </div>
      <div className="progress__label">
        <span>{label ?? t.progress.running}</span>
        {pct !== undefined && <span className="progress__pct">{pct}%</span>}
        {command && <CancelButton command={command} />}
      </div>
    </div>
  )
}

function CancelButton({ command }: { command: string }) {
  const invoke = useInvoke()
  const [asked, setAsked] = useState(false)
  return (
    <button
      type="button"
      className="btn btn--link btn--sm"
      disabled={asked}
      onClick={() => {
        setAsked(true)
        void invoke('jobs.cancel', { command }).catch(() => setAsked(false))
      }}
    >
      {asked ? t.progress.cancelling : t.progress.cancel}
    </button>
  )
}
