import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { BalanceSheetView } from '../statements/BalanceSheetView'
import { CalkView } from '../statements/CalkView'
import { CashFlowView } from '../statements/CashFlowView'
import { EquityChangesView } from '../statements/EquityChangesView'
import { IncomeStatementView } from '../statements/IncomeStatementView'
import { PeriodicView } from '../statements/PeriodicView'
import { TrialBalanceReport } from './TrialBalanceReport'
import { HealthView } from '../health/HealthView'

const TABS = [
  { id: 'neraca-saldo', label: t.reports.trialBalance },
  { id: 'posisi-keuangan', label: t.statements.tabs.balanceSheet },
  { id: 'hasil-usaha', label: t.statements.tabs.incomeStatement },
  { id: 'perubahan-ekuitas', label: t.statements.tabs.equityChanges },
  { id: 'arus-kas', label: t.statements.tabs.cashFlow },
  { id: 'calk', label: t.statements.tabs.calk },
  { id: 'periodik', label: t.statements.tabs.periodic },
  { id: 'kesehatan', label: t.kesehatan.tab }
] as const

export function ReportsScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const active = TABS.find((x) => x.id === sub)?.id ?? 'neraca-saldo'
  // Dates travel between statements: the period (or as-of date) chosen on one tab stays on the next.
  const keep = { dari: query.dari, sampai: query.sampai, per: query.per, banding: query.banding }
  return (
    <div className="screen">
      <PageHeader title={t.reports.title} lead={t.reports.lead} />
      <div className="reports-layout">
        <div className="no-print">
          <Tabs
            label={t.reports.list}
            active={active}
            items={TABS.map((x) => ({ id: x.id, label: x.label, href: href(`laporan/${x.id}`, keep) }))}
          />
        </div>
        {active === 'neraca-saldo' && <TrialBalanceReport query={query} />}
        {active === 'posisi-keuangan' && <BalanceSheetView query={query} />}
        {active === 'hasil-usaha' && <IncomeStatementView query={query} />}
        {active === 'perubahan-ekuitas' && <EquityChangesView query={query} />}
        {active === 'arus-kas' && <CashFlowView query={query} />}
        {active === 'calk' && <CalkView query={query} />}
        {active === 'periodik' && <PeriodicView query={query} />}
        {active === 'kesehatan' && <HealthView query={query} />}
      </div>
    </div>
  )
}
