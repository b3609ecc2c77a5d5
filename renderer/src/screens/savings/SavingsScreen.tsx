import { useState } from 'react'
import { useSession } from '../../app/session'
import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { ArrearsView } from './ArrearsView'
import { BalancesView } from './BalancesView'
import { BillingView } from './BillingView'
import { InterestView } from './InterestView'
import { PassbookView } from './PassbookView'
import { SavingsTxForm } from './SavingsTxForm'
import { SettingsView } from './SettingsView'
import { TieOutBanner } from './TieOutBanner'

const T = t.savings

export function SavingsScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const session = useSession()
  const mayPost = session.canRun('savings.deposit')
  const [version, setVersion] = useState(0)
  const active =
    sub === 'buku' ||
    sub === 'saldo' ||
    sub === 'tunggakan' ||
    sub === 'pengaturan' ||
    sub === 'jasa' ||
    (sub === 'penagihan' && mayPost)
      ? sub
      : mayPost
        ? 'transaksi'
        : 'saldo'
  const memberId = query.anggota && /^\d+$/.test(query.anggota) ? Number(query.anggota) : null
  return (
    <div className="screen savings-screen">
      <div className="no-print">
        <PageHeader title={T.title} lead={T.lead} />
      </div>
      <TieOutBanner key={version} />
      <div className="no-print">
        <Tabs
          label={T.title}
          active={active}
          items={[
            ...(mayPost ? [{ id: 'transaksi', label: T.tabs.tx, href: href('simpanan/transaksi') }] : []),
            { id: 'buku', label: T.tabs.passbook, href: href('simpanan/buku') },
            { id: 'saldo', label: T.tabs.balances, href: href('simpanan/saldo') },
            ...(mayPost ? [{ id: 'penagihan', label: t.billing.tab, href: href('simpanan/penagihan') }] : []),
            { id: 'tunggakan', label: T.arrears.tab, href: href('simpanan/tunggakan') },
            { id: 'jasa', label: t.interest.tab, href: href('simpanan/jasa') },
            { id: 'pengaturan', label: T.tabs.settings, href: href('simpanan/pengaturan') }
          ]}
        />
      </div>
      {active === 'transaksi' && <SavingsTxForm onPosted={() => setVersion((v) => v + 1)} />}
      {active === 'buku' && <PassbookView key={`${memberId}-${version}`} memberId={memberId} />}
      {active === 'saldo' && <BalancesView key={version} />}
      {active === 'tunggakan' && <ArrearsView />}
      {active === 'penagihan' && <BillingView onPosted={() => setVersion((v) => v + 1)} />}
      {active === 'jasa' && <InterestView onPosted={() => setVersion((v) => v + 1)} />}
      {active === 'pengaturan' && <SettingsView />}
    </div>
  )
}
