import { useState } from 'react'
import type { FirstMonthChecklist } from '../../../../shared/panduan/calendar'
import { formatMonth } from '../../../../shared/dates/format'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'

const K = () => t.panduan.checklist

/** The steps with their ticks, as on the Beranda card and the Panduan tab. */
export function ChecklistView({
  data,
  onChanged,
  compact
}: {
  data: FirstMonthChecklist
  onChanged: () => void
  compact?: boolean
}) {
  const invoke = useInvoke()
  const { canRun } = useSession()
  const [error, setError] = useState<CommandFailure | null>(null)
  const mark = async (key: 'SALDO_AWAL' | 'CHECKLIST_HIDDEN', done: boolean) => {
    setError(null)
    try {
      await invoke('panduan.mark', { key, done })
      onChanged()
    } catch (e) {
      setError(toFailure(e))
    }
  }
  const mayMark = canRun('panduan.mark')
  return (
    <div className="checklist" data-testid="first-month-checklist">
      <p className="checklist__progress">
        <progress max={data.total} value={data.done} /> {K().progress(data.done, data.total)} ·{' '}
        {formatMonth(data.firstMonth)}
      </p>
      <ol className="checklist__items">
        {data.items.map((i) => (
          <li
            key={i.key}
            className={`checklist__item${i.done ? ' is-done' : ''}`}
            data-testid={`check-${i.key}`}
            data-done={i.done}
          >
            <span className="checklist__mark" aria-hidden="true">
              {i.done ? K().doneIcon : K().notDoneIcon}
            </span>
            <span className="sr-only">{i.done ? K().doneMark : K().notDoneMark}</span>
            <a href={href(i.route)}>{K().items[i.key]}</a>
            {i.count !== null && <span className="muted"> · {K().count(i.count, i.total)}</span>}
            {i.notNeeded && <span className="muted"> · {K().notNeeded}</span>}
            {i.key === 'SALDO_AWAL' && mayMark && !compact && (
              <button type="button" className="btn btn--link btn--sm" onClick={() => void mark('SALDO_AWAL', !i.done)}>
                {i.done ? K().undoNoOpening : K().noOpening}
              </button>
            )}
          </li>
        ))}
      </ol>
      <FailureNotice error={error} />
      {mayMark && (
        <button
          type="button"
          className="btn btn--secondary btn--sm"
          onClick={() => void mark('CHECKLIST_HIDDEN', !data.hidden)}
        >
          {data.hidden ? K().show : K().hide}
        </button>
      )}
    </div>
  )
}

export function ChecklistTab() {
  const list = useCommand('panduan.checklist', { asOf: today() })
  return (
    <section className="card">
      <h2 className="card__title">{K().title}</h2>
      <p className="panduan-intro">{K().intro}</p>
      <FailureNotice error={list.error} />
      {list.data && <ChecklistView data={list.data} onChanged={list.reload} />}
    </section>
  )
}
