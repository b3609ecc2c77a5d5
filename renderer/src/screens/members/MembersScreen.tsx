import { useState } from 'react'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href, navigate } from '../../lib/router'
import { MemberDetail } from './MemberDetail'
import { MemberForm } from './MemberForm'
import { MemberImport } from './MemberImport'
import { MemberList } from './MemberList'
import { MemberPrint } from './MemberPrint'

const T = t.members

export function MembersScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const session = useSession()
  const mayCreate = session.canRun('members.create')
  const mayImport = session.canRun('members.import')
  const [created, setCreated] = useState<string | null>(null)
  const openId = query.id && /^\d+$/.test(query.id) ? Number(query.id) : null
  const active =
    sub === 'tambah' && mayCreate
      ? 'tambah'
      : sub === 'impor' && mayImport
        ? 'impor'
        : sub === 'cetak'
          ? 'cetak'
          : sub === 'detail' && openId !== null
            ? 'detail'
            : 'daftar'
  const cardId = query.kartu && /^\d+$/.test(query.kartu) ? Number(query.kartu) : null
  return (
    <div className="screen">
      <div className="no-print">
        <PageHeader title={T.title} lead={T.lead} />
        <Tabs
          label={T.title}
          active={active === 'detail' ? 'daftar' : active}
          items={[
            { id: 'daftar', label: T.tabs.list, href: href('anggota/daftar') },
            ...(mayCreate ? [{ id: 'tambah', label: T.tabs.add, href: href('anggota/tambah') }] : []),
            ...(mayImport ? [{ id: 'impor', label: t.memberImport.tab, href: href('anggota/impor') }] : []),
            { id: 'cetak', label: t.registerPrint.tab, href: href('anggota/cetak') }
          ]}
        />
      </div>
      {active === 'daftar' && <MemberList onOpen={(id) => navigate('anggota/detail', { id: String(id) })} />}
      {active === 'tambah' && (
        <>
          {created && <Notice tone="success">{created}</Notice>}
          <MemberForm onSaved={(m) => setCreated(T.created(m.memberNo, m.name))} />
        </>
      )}
      {active === 'impor' && <MemberImport />}
      {active === 'cetak' && <MemberPrint key={cardId ?? 'all'} cardId={cardId} />}
      {active === 'detail' && openId !== null && <MemberDetail key={openId} id={openId} />}
    </div>
  )
}
