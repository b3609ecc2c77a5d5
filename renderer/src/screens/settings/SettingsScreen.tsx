import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { AboutSettings } from './AboutSettings'
import { AccountsSettings } from './AccountsSettings'
import { LedgerCheckPanel } from './LedgerCheckPanel'
import { PeriodsSettings } from './PeriodsSettings'
import { ProfileSettings } from './ProfileSettings'
import { UnitsSettings } from './UnitsSettings'

const TABS = [
  { id: 'profil', label: t.settings.tabs.profile },
  { id: 'akun', label: t.settings.tabs.accounts },
  { id: 'unit', label: t.settings.tabs.units },
  { id: 'periode', label: t.settings.tabs.periods },
  { id: 'pemeriksaan', label: t.settings.tabs.check },
  { id: 'tentang', label: t.settings.tabs.about }
] as const

type TabId = (typeof TABS)[number]['id']

export function SettingsScreen({ sub }: { sub: string | undefined }) {
  const active: TabId = TABS.find((x) => x.id === sub)?.id ?? 'profil'
  return (
    <div className="screen">
      <PageHeader title={t.settings.title} lead={t.settings.lead} />
      <Tabs label={t.settings.title} active={active} items={TABS.map((x) => ({ ...x, href: href(`pengaturan/${x.id}`) }))} />
      {active === 'profil' && <ProfileSettings />}
      {active === 'akun' && <AccountsSettings />}
      {active === 'unit' && <UnitsSettings />}
      {active === 'periode' && <PeriodsSettings />}
      {active === 'pemeriksaan' && <LedgerCheckPanel />}
      {active === 'tentang' && <AboutSettings />}
    </div>
  )
}
