import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { CalendarTab } from './CalendarTab'
import { ChecklistTab } from './ChecklistTab'
import { GlossaryBrowser } from './GlossaryDialog'
import { MemberSheetTab } from './MemberSheetTab'
import { QuizTab } from './QuizTab'
import { isGlossaryId } from '../../../../shared/panduan/glossary'

type Sub = 'glosarium' | 'tes' | 'lembar-anggota' | 'kalender' | 'langkah-awal'
const SUBS: Sub[] = ['glosarium', 'tes', 'lembar-anggota', 'kalender', 'langkah-awal']

/** Panduan: the glossary, Tes pemahaman, Lembar Anggota, Kalender kewajiban and the first-month checklist. */
export function PanduanScreen({ sub, query }: { sub: string | undefined; query: Record<string, string> }) {
  const active: Sub = SUBS.includes(sub as Sub) ? (sub as Sub) : 'glosarium'
  const P = t.panduan
  return (
    <div className="screen panduan-screen">
      <div className="no-print">
        <PageHeader title={P.title} lead={P.lead} />
        <Tabs
          label={P.title}
          active={active}
          items={SUBS.map((id) => ({ id, label: P.tabs[id]!, href: href(`panduan/${id}`) }))}
        />
      </div>
      {active === 'glosarium' && (
        <section className="card">
          <GlossaryBrowser initial={query.istilah && isGlossaryId(query.istilah) ? query.istilah : undefined} />
        </section>
      )}
      {active === 'tes' && <QuizTab query={query} />}
      {active === 'lembar-anggota' && <MemberSheetTab query={query} />}
      {active === 'kalender' && <CalendarTab query={query} />}
      {active === 'langkah-awal' && <ChecklistTab />}
    </div>
  )
}
