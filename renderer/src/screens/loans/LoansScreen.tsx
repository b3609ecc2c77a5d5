import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { useSession } from '../../app/session'
import { AgreementView } from './AgreementView'
import { ApplyForm } from './ApplyForm'
import { ArrearsView } from './ArrearsView'
import { LoanDetail } from './LoanDetail'
import { LoanList } from './LoanList'
import { MemberStatement } from './MemberStatement'
import { PolicyView } from './PolicyView'
import { PortfolioView } from './PortfolioView'
import { ProductsView } from './ProductsView'
import { SimulationView } from './SimulationView'

const T = t.loans

function idOf(s: string | undefined): number | null {
  return s && /^\d+$/.test(s) ? Number(s) : null
}

export function LoansScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const session = useSession()
  const mayApply = session.canRun('loans.apply')
  const mayPolicy = session.canRun('loans.setPolicy')
  const detailId = sub === 'detail' ? idOf(query.id) : null
  const agreementId = sub === 'perjanjian' ? idOf(query.id) : null
  const statementMember = sub === 'rekening' ? idOf(query.member) : null
  const tabs = ['daftar', 'produk', 'tunggakan', 'portofolio']
  const active =
    detailId !== null || agreementId !== null || statementMember !== null
      ? 'daftar'
      : (sub && tabs.includes(sub)) || (sub === 'pengajuan' && mayApply) || (sub === 'kebijakan' && mayPolicy)
        ? sub!
        : 'simulasi'
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
            { id: 'tunggakan', label: T.tabs.arrears, href: href('pinjaman/tunggakan') },
            { id: 'portofolio', label: T.tabs.portfolio, href: href('pinjaman/portofolio') },
            { id: 'produk', label: T.tabs.products, href: href('pinjaman/produk') },
            ...(mayPolicy ? [{ id: 'kebijakan', label: T.tabs.policy, href: href('pinjaman/kebijakan') }] : [])
          ]}
        />
      </div>
      {detailId !== null ? (
        <LoanDetail key={detailId} loanId={detailId} />
      ) : agreementId !== null ? (
        <AgreementView key={agreementId} loanId={agreementId} />
      ) : statementMember !== null ? (
        <MemberStatement key={statementMember} memberId={statementMember} />
      ) : (
        <>
          {active === 'simulasi' && <SimulationView />}
          {active === 'daftar' && <LoanList />}
          {active === 'pengajuan' && <ApplyForm />}
          {active === 'tunggakan' && <ArrearsView />}
          {active === 'portofolio' && <PortfolioView />}
          {active === 'produk' && <ProductsView />}
          {active === 'kebijakan' && <PolicyView />}
        </>
      )}
    </div>
  )
}
