import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { PeriodicRecapTab, PeriodicTab } from './PeriodicTab'
import { RecapTab } from './RecapTab'
import { ReportTab } from './ReportTab'

type Sub = 'laporan' | 'rekap' | 'triwulan' | 'rekap-triwulan'
const SUBS: Sub[] = ['laporan', 'rekap', 'triwulan', 'rekap-triwulan']

/** Dinas: the cooperative's annual report for the Dinas, and the Dinas officer's recap of many. */
export function DinasScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const D = t.dinas
  const active: Sub = SUBS.includes(sub as Sub) ? (sub as Sub) : 'laporan'
  return (
    <div className="screen dinas-screen">
      <div className="no-print">
        <PageHeader title={D.title} lead={D.lead} />
        <Tabs
          label={D.title}
          active={active}
          items={[
            { id: 'laporan', label: D.tabs.report, href: href('dinas/laporan') },
            { id: 'triwulan', label: D.tabs.periodic, href: href('dinas/triwulan') },
            { id: 'rekap', label: D.tabs.recap, href: href('dinas/rekap') },
            { id: 'rekap-triwulan', label: D.tabs.periodicRecap, href: href('dinas/rekap-triwulan') }
          ]}
        />
      </div>
      {active === 'laporan' && <ReportTab query={query} />}
      {active === 'triwulan' && <PeriodicTab query={query} />}
      {active === 'rekap' && <RecapTab query={query} />}
      {active === 'rekap-triwulan' && <PeriodicRecapTab query={query} />}
    </div>
  )
}
