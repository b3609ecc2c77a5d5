import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { AssetsView } from './AssetsView'
import { CashBookView } from './CashBookView'
import { OpeningView } from './OpeningView'
import { RecurringView } from './RecurringView'

const T = t.bookkeeping
const TABS = ['buku', 'saldo-awal', 'aset', 'berulang'] as const

/** Kas & Aset: buku kas with vouchers, saldo awal, aset tetap, jurnal berulang. */
export function BookkeepingScreen({ sub }: { sub: string | undefined; query: Record<string, string> }) {
  const active = sub && (TABS as readonly string[]).includes(sub) ? sub : 'buku'
  return (
    <div className="screen bk-screen">
      <div className="no-print">
        <PageHeader title={T.title} lead={T.lead} />
        <Tabs
          label={T.title}
          active={active}
          items={[
            { id: 'buku', label: T.tabs.cash, href: href('kas/buku') },
            { id: 'saldo-awal', label: T.tabs.opening, href: href('kas/saldo-awal') },
            { id: 'aset', label: T.tabs.assets, href: href('kas/aset') },
            { id: 'berulang', label: T.tabs.recurring, href: href('kas/berulang') }
          ]}
        />
      </div>
      {active === 'buku' && <CashBookView />}
      {active === 'saldo-awal' && <OpeningView />}
      {active === 'aset' && <AssetsView />}
      {active === 'berulang' && <RecurringView />}
    </div>
  )
}
