import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { useSession } from '../../app/session'
import { ApplyForm } from './ApplyForm'
import { LoanDetail } from './LoanDetail'
import { LoanList } from './LoanList'
import { ProductsView } from './ProductsView'
import { SimulationView } from './SimulationView'

const T = t.loans

export function LoansScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const mayApply = useSession().canRun('loans.apply')
  const detailId = sub === 'detail' && query.id && /^\d+$/.test(query.id) ? Number(query.id) : null
  const active = detailId !== null ? 'daftar' : sub === 'daftar' || sub === 'produk' || (sub === 'pengajuan' && mayApply) ? sub : 'simulasi'
  return (
    <div className="screen loans-screen">
      <div className="no-print">
        <PageHeader title={T.title} lead={T.lead} />
        <Tabs
          label={T.title}
          active={active}
          items={[
            { id: 'simulasi', label: T.tabs.sim, href: href('pinjaman/simulasi') },
            { id: 'daftar', label: T.tabs.list, href: href('pinjaman/daftar') },
            ...(mayApply ? [{ id: 'pengajuan', label: T.tabs.apply, href: href('pinjaman/pengajuan') }] : []),
            { id: 'produk', label: T.tabs.products, href: href('pinjaman/produk') }
          ]}
        />
      </div>
      {detailId !== null ? (
        <LoanDetail key={detailId} loanId={detailId} />
      ) : (
        <>
          {active === 'simulasi' && <SimulationView />}
          {active === 'daftar' && <LoanList />}
          {active === 'pengajuan' && <ApplyForm />}
          {active === 'produk' && <ProductsView />}
        </>
      )}
    </div>
  )
}
