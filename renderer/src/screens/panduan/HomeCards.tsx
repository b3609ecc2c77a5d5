import { useCommand } from '../../api/useCommand'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { ObligationRow } from './CalendarTab'
import { ChecklistView } from './ChecklistTab'

/** Beranda: the first-month checklist while the books are young and it is not done or hidden. */
export function FirstMonthCard() {
  const list = useCommand('panduan.checklist', { asOf: today() })
  if (!list.data?.showOnHome) return null
  return (
    <section className="card first-month" aria-label={t.panduan.checklist.title}>
      <div className="card__head">
        <h2 className="card__title">{t.panduan.checklist.title}</h2>
        <a className="btn btn--link" href={href('panduan/langkah-awal')}>{t.panduan.checklist.open} →</a>
      </div>
      <ChecklistView data={list.data} onChanged={list.reload} compact />
    </section>
  )
}

/** Beranda: obligations that are late or coming soon, from the Kalender kewajiban. */
export function ObligationReminders() {
  const r = useCommand('panduan.reminders', { asOf: today() })
  const C = t.panduan.calendar
  if (!r.data) return null
  const items = [...r.data.late, ...r.data.soon]
  return (
    <section className="card obligation-reminders" aria-label={C.remindersTitle} data-testid="obligation-reminders">
      <div className="card__head">
        <h2 className="card__title">{C.remindersTitle}</h2>
        <a className="btn btn--link" href={href('panduan/kalender')}>{C.seeAll} →</a>
      </div>
      {items.length === 0 ? (
        <p className="muted">{C.remindersNone}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <tbody>{items.slice(0, 12).map((o) => <ObligationRow key={o.key} o={o} onChanged={r.reload} />)}</tbody>
          </table>
        </div>
      )}
    </section>
  )
}
