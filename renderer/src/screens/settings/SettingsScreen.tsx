import type { CommandName } from '../../../../shared/commands'
import { useSession } from '../../app/session'
import { PageHeader } from '../../components/PageHeader'
import { Tabs } from '../../components/Tabs'
import { t } from '../../i18n'
import { href } from '../../lib/router'
import { AboutSettings } from './AboutSettings'
import { AccountsSettings } from './AccountsSettings'
import { AuditSettings } from './AuditSettings'
import { DevicesSettings } from './DevicesSettings'
import { BackupSettings } from './BackupSettings'
import { HealthSettingsPanel } from './HealthSettingsForm'
import { NetworkSettings } from './NetworkSettings'
import { PeriodsSettings } from './PeriodsSettings'
import { ProfileSettings } from './ProfileSettings'
import { SystemCheckPanel } from './SystemCheckPanel'
import { UnitsSettings } from './UnitsSettings'
import { UsersSettings } from './UsersSettings'

/** Each tab with the command whose permission decides whether the user sees it. */
const TABS = [
  { id: 'profil', label: t.settings.tabs.profile, needs: 'profile.get' },
  { id: 'akun', label: t.settings.tabs.accounts, needs: 'accounts.list' },
  { id: 'unit', label: t.settings.tabs.units, needs: 'units.list' },
  { id: 'periode', label: t.settings.tabs.periods, needs: 'periods.list' },
  { id: 'pengguna', label: t.settings.tabs.users, needs: 'users.list' },
  { id: 'cadangan', label: t.settings.tabs.backup, needs: 'backup.status' },
  { id: 'pemeriksaan', label: t.settings.tabs.check, needs: 'system.check' },
  { id: 'audit', label: t.settings.tabs.audit, needs: 'audit.list' },
  { id: 'kesehatan', label: t.settings.tabs.health, needs: 'health.settings' },
  { id: 'perangkat', label: t.settings.tabs.devices, needs: 'devices.list' },
  { id: 'jaringan', label: t.settings.tabs.network, needs: 'network.status' },
  { id: 'tentang', label: t.settings.tabs.about, needs: 'system.info' }
] as const satisfies readonly { id: string; label: string; needs: CommandName }[]

type TabId = (typeof TABS)[number]['id']

export function SettingsScreen({ sub }: { sub: string | undefined }) {
  const { canRun } = useSession()
  const tabs = TABS.filter((x) => canRun(x.needs))
  const active: TabId = tabs.find((x) => x.id === sub)?.id ?? tabs[0]?.id ?? 'tentang'
  return (
    <div className="screen">
      <PageHeader title={t.settings.title} lead={t.settings.lead} />
      <Tabs
        label={t.settings.title}
        active={active}
        items={tabs.map((x) => ({ id: x.id, label: x.label, href: href(`pengaturan/${x.id}`) }))}
      />
      {active === 'profil' && <ProfileSettings />}
      {active === 'akun' && <AccountsSettings />}
      {active === 'unit' && <UnitsSettings />}
      {active === 'periode' && <PeriodsSettings />}
      {active === 'pengguna' && <UsersSettings />}
      {active === 'cadangan' && <BackupSettings />}
      {active === 'pemeriksaan' && <SystemCheckPanel />}
      {active === 'audit' && <AuditSettings />}
      {active === 'kesehatan' && <HealthSettingsPanel />}
      {active === 'perangkat' && <DevicesSettings />}
      {active === 'jaringan' && <NetworkSettings />}
      {active === 'tentang' && <AboutSettings />}
    </div>
  )
}
