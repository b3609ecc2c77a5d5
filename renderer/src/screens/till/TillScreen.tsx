import { PageHeader } from '../../components/PageHeader'
import { useSession } from '../../app/session'
import { t } from '../../i18n'
import { KasirDesk } from './KasirDesk'
import { SetoranList } from './SetoranList'
import './till.css'

/**
 * Meja Kasir. A kasir or teller (who may not post elsewhere) gets their own day; whoever reads the
 * book gets the setoran kasir list, and the bendahara accepts from it.
 */
export function TillScreen({ sub }: { sub: string | undefined }) {
  const { can } = useSession()
  const desk = can('till') && !can('post')
  return (
    <div className="screen till-screen">
      <div className="no-print">
        <PageHeader title={t.till.title} lead={desk ? t.till.leadDesk : t.till.leadOffice} />
      </div>
      {desk ? <KasirDesk sub={sub} /> : <SetoranList />}
    </div>
  )
}
