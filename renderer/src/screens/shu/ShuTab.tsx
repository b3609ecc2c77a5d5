import { useState } from 'react'
import type { PercentTable } from '../../../../shared/shu/allocate'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { TextField } from '../../components/Field'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { ShuAfterRat } from './ShuAfterRat'
import { ShuSettingsForm } from './ShuSettingsForm'
import { ShuSimulationView } from './ShuSimulation'

const T = t.shu

/** RAT › SHU: settings by year, simulation (with unsaved percentages), explanation, posting and payout. */
export function ShuTab({ query }: { query: Record<string, string> }) {
  const [yearText, setYearText] = useState(query.tahun ?? String(Number(today().slice(0, 4)) - 1))
  const year = /^(19|20|21)\d\d$/.test(yearText.trim()) ? Number(yearText.trim()) : null
  const settings = useCommand('shu.settings', year ? { year } : null)
  const [override, setOverride] = useState<{ year: number; p: PercentTable } | null>(null)
  const percentages = override && override.year === year ? override.p : undefined
  const sim = useCommand('shu.simulate', year ? { year, ...(percentages ? { percentages } : {}) } : null)
  return (
    <div className="shu-tab">
      <div className="shu-year no-print">
        <TextField
          label={T.year}
          value={yearText}
          onChange={(v) => {
            setYearText(v)
            setOverride(null)
          }}
          inputMode="numeric"
          error={year ? undefined : T.needYear}
        />
      </div>
      <FailureNotice error={settings.error} />
      {year && settings.data && (
        <ShuSettingsForm
          year={year}
          settings={settings.data.current}
          onSaved={() => {
            settings.reload()
            setOverride(null)
            sim.reload()
          }}
          onSimulate={(p) => {
            setOverride({ year, p })
            sim.reload()
          }}
        />
      )}
      <h3>{T.sections.simulation}</h3>
      <FailureNotice error={sim.error} />
      {sim.data && <ShuSimulationView sim={sim.data} percentages={percentages} />}
      {year && (
        <>
          <h3>{T.sections.afterRat}</h3>
          <ShuAfterRat year={year} sim={sim.data} onChanged={sim.reload} />
        </>
      )}
    </div>
  )
}
