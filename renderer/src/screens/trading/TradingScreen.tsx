import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { href } from '../../lib/router'
import { UnitsScreen } from '../units/UnitsScreen'
import { T } from './common'
import { ItemsView } from './ItemsView'
import { PurchaseView } from './PurchaseView'
import { SaleView } from './SaleView'
import { DailySalesForm } from './DailySalesForm'
import { ServiceForm } from './ServiceForm'
import { OpnameView } from './OpnameView'
import { ReturnView } from './ReturnView'
import { OpeningStockView } from './OpeningStockView'

const TABS = [
  'ringkasan',
  'barang',
  'pembelian',
  'penjualan',
  'retur',
  'harian',
  'jasa',
  'opname',
  'stok-awal'
] as const

/** Unit Usaha: per-unit results, gerai trading (items, purchases, sales), daily totals, services and stock count. */
export function TradingScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const active = sub && (TABS as readonly string[]).includes(sub) ? sub : 'ringkasan'
  const labels: Record<(typeof TABS)[number], string> = {
    ringkasan: T.tabs.summary,
    barang: T.tabs.items,
    pembelian: T.tabs.purchase,
    penjualan: T.tabs.sale,
    retur: T.tabs.returns,
    'stok-awal': T.tabs.opening,
    harian: T.tabs.daily,
    jasa: T.tabs.service,
    opname: T.tabs.opname
  }
  return (
    <div className="screen trade-screen">
      <div className="no-print">
        {active !== 'ringkasan' && <PageHeader title={T.title} lead={T.lead} />}
        <Tabs
          label={T.title}
          active={active}
          items={TABS.map((id) => ({ id, label: labels[id], href: href(`unit-usaha/${id}`) }))}
        />
      </div>
      {active === 'ringkasan' && <UnitsScreen />}
      {active === 'barang' && <ItemsView unit={query.unit} />}
      {active === 'pembelian' && <PurchaseView />}
      {active === 'penjualan' && <SaleView />}
      {active === 'harian' && <DailySalesForm />}
      {active === 'jasa' && <ServiceForm />}
      {active === 'opname' && <OpnameView />}
      {active === 'retur' && <ReturnView />}
      {active === 'stok-awal' && <OpeningStockView />}
    </div>
  )
}
