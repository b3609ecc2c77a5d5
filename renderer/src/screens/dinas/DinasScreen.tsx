import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { RecapTab } from './RecapTab'
import { ReportTab } from './ReportTab'

type Sub = 'laporan' | 'rekap'
const SUBS: Sub[] = ['laporan', 'rekap']

/** Dinas: the cooperative's annual report for the Dinas, and the Dinas officer's recap of many. */
export function DinasScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const D = t.dinas
  const active: Sub = SUBS.includes(sub as Sub) ? (sub as Sub) : 'laporan'
  return (
    <div className="screen dinas-screen">
      <div className="no-print">
        <PageHeader title={D.title} lead={D.lead} />
        <Tabs label={D.title} active={active} items={[{ id: 'laporan', label: D.tabs.report, href: href('dinas/laporan') }, { id: 'rekap', label: D.tabs.recap, href: href('dinas/rekap') }]} />
      </div>
      {active === 'laporan' ? <ReportTab query={query} /> : <RecapTab query={query} />}
    </div>
  )
}
