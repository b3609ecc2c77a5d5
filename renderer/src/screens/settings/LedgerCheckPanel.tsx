import { useEffect, useState } from 'react'
import type { ProgressEvent } from '../../../../shared/bridge'
import type { LedgerCheckResult } from '../../../../shared/ledger/types'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { useApi } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { Notice } from '../../components/Notice'
import { ProgressBar } from '../../components/ProgressBar'
import { t } from '../../i18n'

const T = t.settings.check

/** Runs `ledger.check` (a heavy command, off the UI thread) with its progress events. */
export function LedgerCheckPanel() {
  const { invoke, onProgress } = useApi()
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [result, setResult] = useState<LedgerCheckResult | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)

  // Listen from the moment the panel is open, so the first events of a quick check are not missed.
  useEffect(
    () =>
      onProgress((p) => {
        if (p.command === 'ledger.check') setProgress(p)
      }),
    [onProgress]
  )

  const run = async () => {
    setRunning(true)
    setProgress(null)
    setResult(null)
    setError(null)
    try {
      setResult(await invoke('ledger.check', {}))
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setRunning(false)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="check-heading">
      <h2 id="check-heading" className="card__title">{T.heading}</h2>
      <p className="lead">{T.lead}</p>
      <button type="button" className="btn btn--primary" onClick={() => void run()} disabled={running}>
        {running ? T.running : T.run}
      </button>
      {running && <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={progress?.label ?? T.running} />}
      {error && <Notice tone="error">{error.message}</Notice>}
      {result && result.ok && <Notice tone="success" title={T.ok(formatNumberId(result.entriesChecked))} />}
      {result && !result.ok && (
        <Notice tone="error" title={T.problems(result.problems.length, formatNumberId(result.entriesChecked))}>
          <p>{T.problemsHint}</p>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i}>
                <code>{p.code}</code> {p.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  )
}
