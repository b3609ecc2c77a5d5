import { formatDateLong } from '../../lib/dateText'
import type { Obligation, ObligationKind } from '../../../../shared/panduan/calendar'
import { useCommand } from '../../api/useCommand'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { ObligationRow, obligationTitle } from './CalendarTab'
import { ChecklistView } from './ChecklistTab'
import { ScrollRegion } from '../../components/ScrollRegion'

/** Beranda: the first-month checklist while the books are young and it is not done or hidden. */
export function FirstMonthCard() {
  const list = useCommand('panduan.checklist', { asOf: today() })
  if (!list.data?.showOnHome) return null
  return (
    <section className="card first-month" aria-label={t.panduan.checklist.title}>
      <div className="card__head">
        <h2 className="card__title">{t.panduan.checklist.title}</h2>
        <a className="btn btn--link" href={href('panduan/langkah-awal')}>
          {t.panduan.checklist.open} →
        </a>
      </div>
      <ChecklistView data={list.data} onChanged={list.reload} compact />
    </section>
  )
}

/** One line for all late obligations of a kind: "Tutup (kunci) buku bulan — 5 kewajiban sejak …". */
function LateGroup({ kind, items }: { kind: ObligationKind; items: Obligation[] }) {
  const C = t.panduan.calendar
  const first = items[0]!
  return (
    <tr data-testid={`late-${kind}`} className="obligation obligation--terlambat">
      <td className="nowrap">{formatDateLong(first.due)}</td>
      <td>
        <a href={href(first.route)}>
          {items.length === 1
            ? obligationTitle(first)
            : C.lateGroup(C.kinds[kind], items.length, obligationTitle(first).split(' — ')[1] ?? '')}
        </a>
      </td>
      <td>
        <span className="badge badge--bad">{C.status.TERLAMBAT}</span>
      </td>
    </tr>
  )
}

/** Beranda: obligations that are late (one line per kind) or coming soon, from the Kalender kewajiban. */
export function ObligationReminders() {
  const r = useCommand('panduan.reminders', { asOf: today() })
  const C = t.panduan.calendar
  if (!r.data) return null
  const byKind = new Map<ObligationKind, Obligation[]>()
  for (const o of r.data.late) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o])
  const items = r.data.soon.slice(0, 8)
  return (
    <section className="card obligation-reminders" aria-label={C.remindersTitle} data-testid="obligation-reminders">
      <div className="card__head">
        <h2 className="card__title">{C.remindersTitle}</h2>
        <a className="btn btn--link" href={href('panduan/kalender')}>
          {C.seeAll} →
        </a>
      </div>
      {byKind.size === 0 && items.length === 0 ? (
        <p className="muted">{C.remindersNone}</p>
      ) : (
        <ScrollRegion className="table-wrap">
          <table className="table">
            <tbody>
              {[...byKind].map(([kind, list]) => (
                <LateGroup key={kind} kind={kind} items={list} />
              ))}
              {items.map((o) => (
                <ObligationRow key={o.key} o={o} onChanged={r.reload} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  )
}
