import { useEffect, useState } from 'react'
import { formatStamp } from '../../lib/dates'
import type { ProgressEvent } from '../../../../shared/bridge'
import type { SystemCheck } from '../../../../shared/commands/backup'
import { useApi } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useHealth } from '../../app/health'
import { Notice } from '../../components/Notice'
import { ProgressBar } from '../../components/ProgressBar'
import { t } from '../../i18n'

const T = t.settings.check

/** The sections of a system.check with ✓/✗ and their problems. */
export function SystemCheckResult({ result }: { result: SystemCheck }) {
  const problems = result.sections.reduce((n, s) => n + Math.max(s.problems.length, s.ok ? 0 : 1), 0)
  return (
    <div className="check-result">
      {result.ok ? (
        <Notice tone="success" title={T.ok}>
          {T.checkedAt(formatStamp(result.checkedAt))}
        </Notice>
      ) : (
        <Notice tone="error" title={T.problems(problems)}>
          <p>{T.problemsHint}</p>
          <p className="small">{T.checkedAt(formatStamp(result.checkedAt))}</p>
        </Notice>
      )}
      <ul className="check-sections">
        {result.sections.map((s) => (
          <li key={s.name} className={`check-section ${s.ok ? 'is-ok' : 'is-bad'}`}>
            <div className="check-section__head">
              <span className="check-section__mark" aria-hidden="true">
                {s.ok ? '✓' : '✗'}
              </span>
              <span className="check-section__name">{s.name}</span>
              <span className={`badge ${s.ok ? 'badge--ok' : 'badge--bad'}`}>{s.ok ? T.passed : T.failed}</span>
            </div>
            {s.problems.length > 0 && (
              <ul className="problems">
                {s.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Runs `system.check` (heavy, off the UI thread) with its progress; shows the start-up result first. */
export function SystemCheckPanel() {
  const { invoke, onProgress } = useApi()
  const health = useHealth()
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [result, setResult] = useState<SystemCheck | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)

  // Listen from the moment the panel is open, so the first events of a quick check are not missed.
  useEffect(
    () =>
      onProgress((p) => {
        if (p.command === 'system.check') setProgress(p)
      }),
    [onProgress]
  )

  const run = async () => {
    setRunning(true)
    setProgress(null)
    setResult(null)
    setError(null)
    try {
      const r = await invoke('system.check', {})
      setResult(r)
      health.setCheck({ state: 'done', result: r })
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setRunning(false)
    }
  }

  const shown = result ?? (!running && !error && health.check.state === 'done' ? health.check.result : null)
  const startupRunning = !running && !result && health.check.state === 'running'

  return (
    <section className="card settings-card" aria-labelledby="check-heading">
      <h2 id="check-heading" className="card__title">
        {T.heading}
      </h2>
      <p className="lead">{T.lead}</p>
      <button type="button" className="btn btn--primary" onClick={() => void run()} disabled={running}>
        {running ? T.running : T.run}
      </button>
      {running && (
        <ProgressBar
          done={progress?.done ?? 0}
          total={progress?.total ?? 0}
          label={progress?.label ?? T.running}
          command="system.check"
        />
      )}
      {startupRunning && <p className="muted">{t.health.checking}</p>}
      {error && <Notice tone="error">{error.message}</Notice>}
      {shown && <SystemCheckResult result={shown} />}
    </section>
  )
}
