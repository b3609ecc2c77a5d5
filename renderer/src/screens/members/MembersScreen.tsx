import { useState } from 'react'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href, navigate } from '../../lib/router'
import { MemberDetail } from './MemberDetail'
import { MemberForm } from './MemberForm'
import { MemberList } from './MemberList'

const T = t.members

export function MembersScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const mayCreate = useSession().canRun('members.create')
  const [created, setCreated] = useState<string | null>(null)
  const openId = query.id && /^\d+$/.test(query.id) ? Number(query.id) : null
  const active = sub === 'tambah' && mayCreate ? 'tambah' : sub === 'detail' && openId !== null ? 'detail' : 'daftar'
  return (
    <div className="screen">
      <PageHeader title={T.title} lead={T.lead} />
      <Tabs
        label={T.title}
        active={active === 'detail' ? 'daftar' : active}
        items={[
          { id: 'daftar', label: T.tabs.list, href: href('anggota/daftar') },
          ...(mayCreate ? [{ id: 'tambah', label: T.tabs.add, href: href('anggota/tambah') }] : [])
        ]}
      />
      {active === 'daftar' && <MemberList onOpen={(id) => navigate('anggota/detail', { id: String(id) })} />}
      {active === 'tambah' && (
        <>
          {created && <Notice tone="success">{created}</Notice>}
          <MemberForm onSaved={(m) => setCreated(T.created(m.memberNo, m.name))} />
        </>
      )}
      {active === 'detail' && openId !== null && <MemberDetail key={openId} id={openId} />}
    </div>
  )
}
