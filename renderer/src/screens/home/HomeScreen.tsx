import type { DashboardReminder, DashboardSummary } from '../../../../shared/commands/dashboard'
import { formatDateLong, formatMonth } from '../../lib/dateText'
import type { Kolektibilitas } from '../../../../shared/loans/provisioning'
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
import { formatAge } from '../../lib/age'
import { KolektibilitasChart } from '../loans/KolektibilitasChart'
import { CASH_GROUP } from './homeFigures'
import { CashChart, HBarChart, MembersChart, UnitsChart } from './DashCharts'
import { compactRupiah } from '../../../../shared/charts/axis'
import { FirstMonthCard, ObligationReminders } from '../panduan/HomeCards'
import { formatPercent } from '../../../../shared/money/decimal-text'
import './dashboard.css'

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

function Tile({
  label,
  value,
  hint,
  to,
  testId,
  negative,
  tone
}: {
  label: string
  value: string
  hint?: string
  to: string
  testId: string
  negative?: boolean
  tone?: string
}) {
  return (
    <a className={`stat card dash-tile${tone ? ` dash-tile--${tone}` : ''}`} href={href(to)} data-testid={testId}>
      <p className="stat__label">{label}</p>
      <p className={`stat__value${negative ? ' is-negative' : ''}`}>{value}</p>
      {hint && <p className="stat__hint">{hint}</p>}
    </a>
  )
}

const n = (x: number) => formatNumberId(x)

function reminderText(r: DashboardReminder): { title: string; text: string } {
  const d = t.dashboard.reminders
  const date = r.due ? formatDateLong(r.due) : ''
  switch (r.key) {
    case 'RAT':
      return {
        title: d.RAT(r.year ?? 0),
        text: r.done
          ? d.ratHeld(date)
          : r.daysLeft === 0
            ? d.ratToday(date)
            : (r.daysLeft ?? 0) < 0
              ? d.ratOverdue(date, n(-(r.daysLeft ?? 0)))
              : d.ratLeft(date, n(r.daysLeft ?? 0))
      }
    case 'DINAS':
      return {
        title: d.DINAS,
        text: (r.daysLeft ?? 0) < 0 ? d.dinasOverdue(date, n(-(r.daysLeft ?? 0))) : d.dinasDue(date, n(r.daysLeft ?? 0))
      }
    case 'WAJIB':
      return { title: d.WAJIB, text: r.count ? d.wajib(n(r.count)) : d.none }
    case 'PINJAMAN':
      return { title: d.PINJAMAN, text: r.count ? d.pinjaman(n(r.count)) : d.none }
    case 'PERIODE':
      return {
        title: d.PERIODE,
        text: r.count ? d.periode(n(r.count), r.months.map(formatMonth).join(', ')) : d.periodeNone
      }
    case 'CADANGAN':
      return { title: d.CADANGAN, text: r.ageMinutes === null ? d.cadanganNone : d.cadangan(formatAge(r.ageMinutes)) }
    case 'JASA':
      return { title: d.JASA, text: r.count ? d.jasa(n(r.count), r.months.map(formatMonth).join(', ')) : d.jasaNone }
    case 'PENYUSUTAN':
      return {
        title: d.PENYUSUTAN,
        text: r.count ? d.penyusutan(n(r.count), r.months.map(formatMonth).join(', ')) : d.penyusutanNone
      }
  }
}

export function Reminders({ items }: { items: DashboardReminder[] }) {
  return (
    <section className="card dash-reminders" aria-label={t.dashboard.remindersTitle}>
      <h2 className="card__title">{t.dashboard.remindersTitle}</h2>
      <ul className="dash-reminders__list">
        {items.map((r) => {
          const { title, text } = reminderText(r)
          return (
            <li key={r.key} className={`dash-reminder dash-reminder--${r.tone}`} data-testid={`reminder-${r.key}`}>
              <a href={href(r.route)}>
                <span className="dash-reminder__title">{title}</span>
                <span className="dash-reminder__text">{text}</span>
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export function Dashboard({ data }: { data: DashboardSummary }) {
  const d = t.dashboard
  const s = data.series
  const savingsCls: Record<string, string> = {
    POKOK: 'dash-fill--pokok',
    WAJIB: 'dash-fill--wajib',
    SUKARELA: 'dash-fill--sukarela'
  }
  return (
    <>
      <section className="stats dash-stats" aria-label={d.figuresLabel}>
        <Tile
          testId="tile-members"
          to="anggota/daftar"
          label={d.members}
          value={n(data.members.active)}
          hint={d.membersHint(n(data.members.male), n(data.members.female), n(data.members.unknown))}
        />
        <Tile
          testId="tile-savings"
          to="simpanan/saldo"
          label={d.savings}
          value={formatRupiah(data.savings.total)}
          hint={d.savingsHint(
            compactRupiah(data.savings.pokok),
            compactRupiah(data.savings.wajib),
            compactRupiah(data.savings.sukarela)
          )}
        />
        <Tile
          testId="tile-loans"
          to="pinjaman/portofolio"
          label={d.loans}
          value={formatRupiah(data.loans.outstanding)}
          hint={d.loansHint(n(data.loans.count))}
        />
        <Tile
          testId="tile-npl"
          to="pinjaman/portofolio"
          label={d.npl}
          value={formatPercent(data.loans.nplPercent)}
          hint={d.nplHint(formatRupiah(data.loans.npl))}
          tone={Number(data.loans.nplPercent) > 5 ? 'warn' : undefined}
        />
        <Tile
          testId="tile-cash"
          to="laporan/posisi-keuangan"
          label={d.cash}
          value={formatRupiah(data.cash.total)}
          hint={d.cashHint(compactRupiah(data.cash.kas), compactRupiah(data.cash.bank))}
          negative={data.cash.total < 0}
        />
        <Tile
          testId="tile-shu"
          to="laporan/hasil-usaha"
          label={d.shu(data.year)}
          value={formatRupiah(data.shuYtd)}
          hint={d.shuHint}
          negative={data.shuYtd < 0}
        />
      </section>
      <div className="dash-grid">
        <MembersChart data={s.membersByMonth} />
        <CashChart data={s.cashByMonth} />
        <HBarChart
          title={d.charts.savings}
          testId="dash-savings-chart"
          rows={s.savingsByType.map((x) => ({
            label: d.charts.savingsTypes[x.type]!,
            value: x.amount,
            cls: savingsCls[x.type]!
          }))}
        />
        <div className="dash-chart card">
          <KolektibilitasChart
            label={d.charts.loans}
            values={
              Object.fromEntries(s.loansByClass.map((x) => [x.kolektibilitas, x.amount])) as Record<
                Kolektibilitas,
                number
              >
            }
          />
        </div>
        <UnitsChart data={s.byUnit} />
        <Reminders items={data.reminders} />
      </div>
    </>
  )
}

export function HomeScreen() {
  const { canRun } = useSession()
  const mayPost = canRun('journal.post')
  const day = today()
  const summary = useCommand('dashboard.summary', { asOf: day })
  const recent = useCommand('journal.list', { page: 1, pageSize: 6 })
  const error = summary.error ?? recent.error

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
      <FirstMonthCard />
      {error && <Notice tone="error">{error.message}</Notice>}
      {summary.data ? (
        <Dashboard data={summary.data} />
      ) : (
        summary.loading && (
          <p className="muted" aria-busy="true">
            {t.common.loading}
          </p>
        )
      )}

      <ObligationReminders />
      <div className="home-grid">
        <section className="card">
          <div className="card__head">
            <h2 className="card__title">{t.home.recent}</h2>
            <a className="btn btn--link" href={href('jurnal/daftar')}>
              {t.home.seeAll} →
            </a>
          </div>
          {recent.data && recent.data.total === 0 ? (
            <div className="empty">
              <p className="empty__title">{t.home.empty}</p>
              {mayPost && <p className="muted">{t.home.emptyHint}</p>}
              {mayPost && (
                <a className="btn btn--primary" href={href('jurnal/catat')}>
                  + {t.home.newJournal}
                </a>
              )}
            </div>
          ) : (
            <DataTable
              rows={recent.data?.items ?? []}
              loading={recent.loading}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'date',
                  header: t.journal.list.colDate,
                  render: (r) => formatDateLong(r.date),
                  width: '10rem',
                  nowrap: true
                },
                {
                  key: 'number',
                  header: t.journal.list.colNumber,
                  render: (r) => (
                    <a href={href('jurnal/daftar', { buka: String(r.id) })} className="mono">
                      {r.number}
                    </a>
                  ),
                  width: '10.5rem',
                  nowrap: true
                },
                { key: 'desc', header: t.journal.list.colDescription, render: (r) => r.description },
                {
                  key: 'amount',
                  header: t.journal.list.colAmount,
                  render: (r) => <Amount value={r.amount} />,
                  align: 'right',
                  width: '9rem',
                  nowrap: true
                }
              ]}
            />
          )}
        </section>
        <section className="card">
          <h2 className="card__title">{t.home.quickActions}</h2>
          <ul className="quick">
            {mayPost && (
              <li>
                <a href={href('jurnal/catat')}>{t.home.newJournal}</a>
              </li>
            )}
            <li>
              <a href={href('jurnal/daftar')}>{t.home.journalList}</a>
            </li>
            <li>
              <a href={href('jurnal/buku-besar', { akun: CASH_GROUP })}>{t.home.ledger}</a>
            </li>
            <li>
              <a href={href('laporan/neraca-saldo')}>{t.home.trialBalance}</a>
            </li>
            <li>
              <a href={href('laporan/kesehatan')}>{t.kesehatan.title}</a>
            </li>
          </ul>
        </section>
      </div>
    </div>
  )
}
