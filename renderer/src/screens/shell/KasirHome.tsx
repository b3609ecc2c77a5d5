import { PageHeader } from '../../components/PageHeader'
import { useSession } from '../../app/session'
import { t } from '../../i18n'

/** Beranda for a role that may not read the book (kasir): a friendly word, nothing to click. */
export function KasirHome() {
  const { user } = useSession()
  return (
    <div className="screen">
      <PageHeader title={t.home.title} />
      <section className="card soon">
        <span className="badge badge--soon">{t.soon.badge}</span>
        <p className="soon__text">
          {t.roles.kasirTitle}
          {user ? `, ${user.fullName}` : ''}. {t.roles.kasirText}
        </p>
        <p className="muted">{t.roles.kasirHint}</p>
      </section>
    </div>
  )
}
