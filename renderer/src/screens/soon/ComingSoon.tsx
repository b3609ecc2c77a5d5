import { PageHeader } from '../../components/PageHeader'
import { t } from '../../i18n'
import { href } from '../../lib/router'

type Which = 'members' | 'savings' | 'loans' | 'rat' | 'dinas'

/** An honest placeholder: what this part of Lumbung will do, and no made-up numbers. */
export function ComingSoon({ which }: { which: Which }) {
  const s = t.soon[which]
  return (
    <div className="screen">
      <PageHeader title={s.title} />
      <section className="card soon">
        <span className="badge badge--soon">{t.soon.badge}</span>
        <p className="soon__text">{s.text}</p>
        <ul className="soon__points">
          {s.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p className="muted">{t.soon.meanwhile}</p>
        <a className="btn btn--secondary" href={href('jurnal')}>
          {t.soon.goToJournal}
        </a>
      </section>
    </div>
  )
}
