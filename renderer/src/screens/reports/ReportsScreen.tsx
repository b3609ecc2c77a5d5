import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { TrialBalanceReport } from './TrialBalanceReport'

export function ReportsScreen({ query }: { sub: string | undefined; query: Record<string, string> }) {
  return (
    <div className="screen">
      <PageHeader title={t.reports.title} lead={t.reports.lead} />
      <div className="reports-layout">
        <div className="no-print">
          <Tabs label={t.reports.list} active="neraca-saldo" items={[{ id: 'neraca-saldo', label: t.reports.trialBalance, href: href('laporan/neraca-saldo') }]} />
          <p className="muted small report-note-text">{t.reports.comingLater}</p>
        </div>
        <TrialBalanceReport query={query} />
      </div>
    </div>
  )
}
