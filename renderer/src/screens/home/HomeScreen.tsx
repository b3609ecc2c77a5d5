import { formatDateLong, formatMonth, lastDayOfMonth, firstDayOfMonth } from '../../../../shared/dates/format'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useHealth } from '../../app/health'
import { useSession } from '../../app/session'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { ASSETS, BANK_GROUP, CASH_GROUP, debitBalance, lockedThrough } from './homeFigures'

function Stat({ label, value, hint, loading, negative }: { label: string; value: string | undefined; hint?: string; loading: boolean; negative?: boolean }) {
  return (
    <div className="stat card">
      <p className="stat__label">{label}</p>
      <p className={`stat__value${negative ? ' is-negative' : ''}`} aria-busy={loading || undefined}>{value ?? (loading ? '…' : t.common.none)}</p>
      {hint && <p className="stat__hint">{hint}</p>}
    </div>
  )
}

/** Red banner on Beranda when the check run at start found problems. */
export function CheckBanner() {
  const { check } = useHealth()
  if (check.state !== 'done' || check.result.ok) return null
  const bad = check.result.sections.filter((x) => !x.ok)
  return (
    <div className="check-banner" data-testid="check-banner">
      <Notice
        tone="error"
        title={t.health.bannerTitle}
        action={
          <a className="btn btn--secondary btn--sm" href={href('pengaturan/pemeriksaan')}>
            {t.health.bannerLink}
          </a>
        }
      >
        <p>{t.health.bannerText}</p>
        <ul className="problems">
          {bad.flatMap((sec) =>
            (sec.problems.length ? sec.problems : [t.settings.check.failed]).slice(0, 5).map((p, i) => (
              <li key={`${sec.name}-${i}`}>
                <strong>{sec.name}:</strong> {p}
              </li>
            ))
          )}
        </ul>
      </Notice>
    </div>
  )
}

export function HomeScreen() {
  const { canRun } = useSession()
  const mayPost = canRun('journal.post')
  const day = today()
  const month = day.slice(0, 7)
  const tb = useCommand('reports.trialBalance', { asOf: day })
  const monthJournals = useCommand('journal.list', { from: firstDayOfMonth(month), to: lastDayOfMonth(month), page: 1, pageSize: 1 })
  const recent = useCommand('journal.list', { page: 1, pageSize: 6 })
  const periods = useCommand('periods.list', {})
  const locked = periods.data ? lockedThrough(periods.data.periods) : undefined
  const error = tb.error ?? monthJournals.error ?? recent.error ?? periods.error

  return (
    <div className="screen">
      <PageHeader
        title={t.home.title}
        lead={t.home.lead(formatDateLong(day))}
        actions={
          mayPost && (
            <a className="btn btn--primary" href={href('jurnal/catat')}>
              + {t.home.newJournal}
            </a>
          )
        }
      />
      <CheckBanner />
      {error && <Notice tone="error">{error.message}</Notice>}

      <section className="stats" aria-label={t.home.title}>
        {[
          { label: t.home.cash, code: CASH_GROUP },
          { label: t.home.bank, code: BANK_GROUP },
          { label: t.home.totalAssets, code: ASSETS }
        ].map(({ label, code }) => {
          const amount = tb.data ? debitBalance(tb.data, code) : undefined
          return (
            <Stat
              key={code}
              label={label}
              value={amount === undefined ? undefined : formatRupiah(amount)}
              negative={amount !== undefined && amount < 0}
              loading={tb.loading}
            />
          )
        })}
        <Stat
          label={t.home.journalsThisMonth(formatMonth(month))}
          value={monthJournals.data ? t.home.journalsCount(formatNumberId(monthJournals.data.total)) : undefined}
          loading={monthJournals.loading}
        />
        <Stat
          label={t.home.lockedThrough}
          value={periods.data ? (locked ? formatMonth(locked) : t.home.lockedNone) : undefined}
          hint={periods.data ? (locked ? t.home.lockedHint : t.home.lockedNoneHint) : undefined}
          loading={periods.loading}
        />
      </section>

      <div className="home-grid">
        <section className="card">
          <div className="card__head">
            <h2 className="card__title">{t.home.recent}</h2>
            <a className="btn btn--link" href={href('jurnal/daftar')}>{t.home.seeAll} →</a>
          </div>
          {recent.data && recent.data.total === 0 ? (
            <div className="empty">
              <p className="empty__title">{t.home.empty}</p>
              {mayPost && <p className="muted">{t.home.emptyHint}</p>}
              {mayPost && <a className="btn btn--primary" href={href('jurnal/catat')}>+ {t.home.newJournal}</a>}
            </div>
          ) : (
            <DataTable
              rows={recent.data?.items ?? []}
              loading={recent.loading}
              rowKey={(r) => r.id}
              columns={[
                { key: 'date', header: t.journal.list.colDate, render: (r) => formatDateLong(r.date), width: '10rem', nowrap: true },
                { key: 'number', header: t.journal.list.colNumber, render: (r) => <a href={href('jurnal/daftar', { buka: String(r.id) })} className="mono">{r.number}</a>, width: '10.5rem', nowrap: true },
                { key: 'desc', header: t.journal.list.colDescription, render: (r) => r.description },
                { key: 'amount', header: t.journal.list.colAmount, render: (r) => <Amount value={r.total} />, align: 'right', width: '9rem', nowrap: true }
              ]}
            />
          )}
        </section>
        <section className="card">
          <h2 className="card__title">{t.home.quickActions}</h2>
          <ul className="quick">
            {mayPost && <li><a href={href('jurnal/catat')}>{t.home.newJournal}</a></li>}
            <li><a href={href('jurnal/daftar')}>{t.home.journalList}</a></li>
            <li><a href={href('jurnal/buku-besar', { akun: CASH_GROUP })}>{t.home.ledger}</a></li>
            <li><a href={href('laporan/neraca-saldo')}>{t.home.trialBalance}</a></li>
          </ul>
        </section>
      </div>
    </div>
  )
}
