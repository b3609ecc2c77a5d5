import { useSession } from '../../app/session'
import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href, navigate } from '../../lib/router'
import { AccountLedgerView } from './AccountLedgerView'
import { JournalEntryForm } from './JournalEntryForm'
import { JournalList } from './JournalList'

type Sub = 'catat' | 'daftar' | 'buku-besar'

export function JournalScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  // A role that may not post (pengawas, peninjau, ketua) sees the list and the ledger only.
  const mayPost = useSession().canRun('journal.post')
  const active: Sub = sub === 'daftar' || sub === 'buku-besar' ? sub : mayPost ? 'catat' : 'daftar'
  const openId = query.buka && /^\d+$/.test(query.buka) ? Number(query.buka) : null
  return (
    <div className="screen">
      <PageHeader title={t.journal.title} lead={t.journal.lead} />
      <Tabs
        label={t.journal.title}
        active={active}
        items={[
          ...(mayPost ? [{ id: 'catat', label: t.journal.tabs.entry, href: href('jurnal/catat') }] : []),
          { id: 'daftar', label: t.journal.tabs.list, href: href('jurnal/daftar') },
          { id: 'buku-besar', label: t.journal.tabs.ledger, href: href('jurnal/buku-besar') }
        ]}
      />
      {/* The entry form stays mounted (hidden) so a half-typed journal survives a look at the list or ledger. */}
      {mayPost && <JournalEntryForm hidden={active !== 'catat'} />}
      {active === 'daftar' && (
        <JournalList
          openId={openId}
          onOpenChange={(id) => navigate('jurnal/daftar', { buka: id === null ? undefined : String(id) })}
        />
      )}
      {active === 'buku-besar' && (
        <AccountLedgerView
          key={`${query.akun ?? ''}|${query.dari ?? ''}|${query.sampai ?? ''}`}
          initial={{
            ...(query.akun ? { account: query.akun } : {}),
            ...(query.dari ? { from: query.dari } : {}),
            ...(query.sampai ? { to: query.sampai } : {})
          }}
        />
      )}
    </div>
  )
}
