import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { CloseTab } from '../closing/CloseTab'
import { BookTab } from '../ratbook/BookTab'
import { ShuTab } from '../shu/ShuTab'
import { MeetingTab } from './MeetingTab'
import { OrganisationTab } from './OrganisationTab'

type Sub = 'tutup-buku' | 'shu' | 'organisasi' | 'rapat' | 'buku-rat'
const SUBS: Sub[] = ['tutup-buku', 'shu', 'organisasi', 'rapat', 'buku-rat']
const LABELS = (): Record<Sub, string> => t.rat.screenTabs

/** RAT: year-end close, SHU, the organisation's registers, the meeting, and the accountability book. */
export function RatScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const active: Sub = SUBS.includes(sub as Sub) ? (sub as Sub) : 'tutup-buku'
  return (
    <div className="screen rat-screen">
      <div className="no-print">
        <PageHeader title={t.nav.rat} lead={t.rat.screenLead} />
        <Tabs
          label={t.nav.rat}
          active={active}
          items={SUBS.map((id) => ({ id, label: LABELS()[id], href: href(`rat/${id}`) }))}
        />
      </div>
      {active === 'tutup-buku' && <CloseTab query={query} />}
      {active === 'shu' && <ShuTab query={query} />}
      {active === 'organisasi' && <OrganisationTab query={query} />}
      {active === 'rapat' && <MeetingTab query={query} />}
      {active === 'buku-rat' && <BookTab query={query} />}
    </div>
  )
}
