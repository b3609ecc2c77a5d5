import { t } from '../i18n'

/** Determinate when `total` > 0, otherwise an indeterminate "busy" bar. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label?: string }) {
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
      </div>
    </div>
  )
}
