import { useEffect, useState, type FormEvent } from 'react'
import type { ShuSettings } from '../../../../shared/commands/shu'
import {
  normalizePercent,
  percentSum,
  STANDARD_KEYS,
  validatePercentages,
  type PercentTable,
  type StandardKey
} from '../../../../shared/shu/allocate'
import type { GlossaryId } from '../../../../shared/panduan/glossary'
import { useInvoke } from '../../api/context'
import { useCommand } from '../../api/useCommand'
import { toFailure } from '../../api/invoke'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { useFormGuard } from '../../lib/unsaved'
import { formatDecimal } from '../../../../shared/money/decimal-text'

/** The glossary entry each SHU component's "?" opens. */
const SHU_COMPONENT_TERMS: Record<StandardKey, GlossaryId> = {
  cadangan: 'dana-cadangan',
  jasaModal: 'jasa-modal',
  jasaUsaha: 'jasa-usaha',
  pengurus: 'dana-pengurus',
  karyawan: 'dana-karyawan',
  pendidikan: 'dana-pendidikan',
  sosial: 'dana-sosial',
  pembangunan: 'dana-pembangunan'
}

const T = t.shu
const comma = (p: string) => formatDecimal(p)

interface Draft {
  pct: Record<string, string>
  poolMode: ShuSettings['poolMode']
  commonCosts: ShuSettings['unitPools']['commonCosts']
  withoutTransactions: ShuSettings['unitPools']['withoutTransactions']
  /** UNIT_POOL: a unit's own table as typed, by unit code (absent = the table above). */
  unitPct: Record<string, Record<string, string>>
  sBasis: ShuSettings['sBasis']
  tBasis: ShuSettings['tBasis']
  excludeWajibArrears: boolean
  rounding: ShuSettings['rounding']
  payoutRoundTo: string
  payoutRemainderTo: ShuSettings['payoutRemainderTo']
  decisionRef: string
}

const draftOf = (s: ShuSettings): Draft => ({
  pct: Object.fromEntries(STANDARD_KEYS.map((k) => [k, comma(s.percentages[k])])),
  poolMode: s.poolMode,
  commonCosts: s.unitPools.commonCosts,
  withoutTransactions: s.unitPools.withoutTransactions,
  unitPct: Object.fromEntries(
    Object.entries(s.unitPools.percentages).map(([u, p]) => [
      u,
      Object.fromEntries(STANDARD_KEYS.map((k) => [k, comma(p[k])]))
    ])
  ),
  sBasis: s.sBasis,
  tBasis: s.tBasis,
  excludeWajibArrears: s.eligibility.excludeWajibArrears,
  rounding: s.rounding,
  payoutRoundTo: String(s.payoutRoundTo),
  payoutRemainderTo: s.payoutRemainderTo,
  decisionRef: s.decisionRef ?? ''
})

const asTable = (pct: Record<string, string>) =>
  Object.fromEntries(
    STANDARD_KEYS.map((k) => [k, (normalizePercent(pct[k]) ?? pct[k] ?? '').toString()])
  ) as unknown as PercentTable

/** UNIT_POOL: the units' own tables as the commands take them, when that mode is chosen. */
const unitTablesOf = (d: Draft): Record<string, PercentTable> =>
  d.poolMode === 'UNIT_POOL' ? Object.fromEntries(Object.entries(d.unitPct).map(([u, p]) => [u, asTable(p)])) : {}

/** The form's percentages as the commands take them ("2.5"), with any extra components kept. */
export function tableOf(d: Draft, base: ShuSettings): PercentTable {
  const p = asTable(d.pct)
  return base.percentages.others?.length ? { ...p, others: base.percentages.others } : p
}

/** Pengaturan SHU: percentages with a live Σ and the §5.3 checks, pool mode, S and T bases, rounding. */
export function ShuSettingsForm({
  year,
  settings,
  onSaved,
  onSimulate
}: {
  year: number
  settings: ShuSettings
  onSaved: () => void
  onSimulate: (p: PercentTable) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [d, setD] = useState<Draft>(() => draftOf(settings))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    setD(draftOf(settings))
    setErrors({})
    setSaved('')
  }, [settings])
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD((x) => ({ ...x, [k]: v }))
    setSaved('')
  }
  const table = tableOf(d, settings)
  const sum = percentSum(table)
  const unitTables = unitTablesOf(d)
  const unitIssues = Object.entries(unitTables).flatMap(([u, p]) =>
    validatePercentages(p).map((i) => ({
      field: i.field.replace(/^percentages/, `unitPools.percentages.${u}`),
      message: i.message
    }))
  )
  const issues = [...validatePercentages(table), ...unitIssues]
  const fieldError = (k: string) =>
    errors[`percentages.${k}`] ?? issues.find((i) => i.field === `percentages.${k}`)?.message
  // Refusals not tied to a percentage field (year, pool mode, …) show as a banner.
  const banner = Object.entries(errors).find(
    ([k]) => !k.startsWith('percentages') && !k.startsWith('unitPools.percentages')
  )?.[1]
  const sumIssue = issues.find((i) => i.field === 'percentages')?.message

  const check = (): boolean => {
    if (issues.length) {
      setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])))
      return false
    }
    return true
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy || !check()) return
    setBusy(true)
    try {
      await invoke('shu.setSettings', {
        year,
        percentages: table,
        poolMode: d.poolMode,
        unitPools: { commonCosts: d.commonCosts, withoutTransactions: d.withoutTransactions, percentages: unitTables },
        sBasis: d.sBasis,
        tBasis: d.tBasis,
        eligibility: { excludeWajibArrears: d.excludeWajibArrears },
        rounding: d.rounding,
        payoutRoundTo: Number(d.payoutRoundTo) as 0 | 100 | 1000,
        payoutRemainderTo: d.payoutRemainderTo,
        decisionRef: d.decisionRef.trim() || null
      })
      guard.saved()
      setSaved(T.saved(year))
      setErrors({})
      onSaved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form {...guard.props} className="card shu-settings" onSubmit={submit} noValidate aria-label={T.sections.settings}>
      <h3>{T.sections.settings}</h3>
      <p className="muted">{settings.isDefault ? T.isDefault : T.effectiveFrom(settings.year)}</p>
      {banner && <Notice tone="error">{banner}</Notice>}
      {saved && <Notice tone="success">{saved}</Notice>}
      <div className="form-grid shu-percent-grid">
        {STANDARD_KEYS.map((k) => (
          <TextField
            key={k}
            label={`${T.components[k]} (%)`}
            term={SHU_COMPONENT_TERMS[k]}
            value={d.pct[k] ?? ''}
            inputMode="decimal"
            error={fieldError(k)}
            onChange={(v) => {
              set('pct', { ...d.pct, [k]: v })
              setErrors({})
            }}
          />
        ))}
      </div>
      <p className={`shu-sum${sumIssue ? ' shu-sum--bad' : ''}`} data-testid="shu-sum" role="status">
        {T.percentSum(comma(sum))} — {sumIssue ?? (issues.length === 0 ? T.percentSumOk : '')}
      </p>
      {errors.percentages && <Notice tone="error">{errors.percentages}</Notice>}
      <div className="form-grid">
        <SelectField
          label={T.poolMode}
          term="pihak-anggota"
          value={d.poolMode}
          onChange={(v) => set('poolMode', v as Draft['poolMode'])}
          options={Object.entries(T.poolModes).map(([value, label]) => ({ value, label }))}
        />
        {d.poolMode === 'UNIT_POOL' && (
          <SelectField
            label={T.commonCosts}
            value={d.commonCosts}
            onChange={(v) => set('commonCosts', v as Draft['commonCosts'])}
            options={Object.entries(T.commonCostBases).map(([value, label]) => ({ value, label }))}
          />
        )}
        {d.poolMode === 'UNIT_POOL' && (
          <SelectField
            label={T.withoutTransactions}
            value={d.withoutTransactions}
            onChange={(v) => set('withoutTransactions', v as Draft['withoutTransactions'])}
            options={Object.entries(T.withoutTransactionsOptions).map(([value, label]) => ({ value, label }))}
          />
        )}
        <SelectField
          label={T.sBasis}
          term="jma"
          value={d.sBasis}
          onChange={(v) => set('sBasis', v as Draft['sBasis'])}
          options={Object.entries(T.sBases).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label={T.rounding}
          term="sisa-terbesar"
          value={d.rounding}
          onChange={(v) => set('rounding', v as Draft['rounding'])}
          options={Object.entries(T.roundings).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label={T.payoutRoundTo}
          value={d.payoutRoundTo}
          onChange={(v) => set('payoutRoundTo', v)}
          options={Object.entries(T.payoutRounds).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label={T.payoutRemainderTo}
          term="dana-cadangan"
          value={d.payoutRemainderTo}
          onChange={(v) => set('payoutRemainderTo', v as Draft['payoutRemainderTo'])}
          options={Object.entries(T.funds).map(([value, label]) => ({ value, label }))}
        />
        <TextField label={T.decisionRef} value={d.decisionRef} onChange={(v) => set('decisionRef', v)} optional />
      </div>
      {d.poolMode === 'UNIT_POOL' && (
        <UnitTables
          draft={d}
          onChange={(unitPct) => {
            set('unitPct', unitPct)
            setErrors({})
          }}
          error={(u, k) => {
            const f = k ? `unitPools.percentages.${u}.${k}` : `unitPools.percentages.${u}`
            return errors[f] ?? unitIssues.find((i) => i.field === f)?.message
          }}
        />
      )}
      <fieldset className="shu-tbasis">
        <legend>{T.tBasis}</legend>
        <TermHelp term="partisipasi" />
        <CheckboxField
          label={T.tPurchases}
          checked={d.tBasis.purchases}
          onChange={(c) => set('tBasis', { ...d.tBasis, purchases: c })}
        />
        <CheckboxField
          label={T.tJasaPinjaman}
          checked={d.tBasis.jasaPinjaman}
          onChange={(c) => set('tBasis', { ...d.tBasis, jasaPinjaman: c })}
        />
        <CheckboxField
          label={T.tServices}
          checked={d.tBasis.services}
          onChange={(c) => set('tBasis', { ...d.tBasis, services: c })}
        />
      </fieldset>
      <CheckboxField
        label={T.excludeArrears}
        checked={d.excludeWajibArrears}
        onChange={(c) => set('excludeWajibArrears', c)}
      />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() => {
            // A simulation is the what-if use of these fields: nothing was meant to be saved.
            if (check()) {
              guard.saved()
              onSimulate(table)
            }
          }}
        >
          {T.simulate}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {T.saveSettings}
        </button>
      </div>
      <p className="field__hint">{T.simulateHint}</p>
    </form>
  )
}

/**
 * UNIT_POOL: where the AD gives a business unit its own allocation table, it is set here; a unit
 * without one uses the table above.
 */
function UnitTables({
  draft,
  onChange,
  error
}: {
  draft: Draft
  onChange: (u: Draft['unitPct']) => void
  error: (unit: string, key: string) => string | undefined
}) {
  const units = useCommand('units.list', { includeInactive: false })
  return (
    <fieldset className="shu-unit-tables" data-testid="shu-unit-tables">
      <legend>{T.unitTables}</legend>
      <p className="field__hint">{T.unitTablesHint}</p>
      {(units.data ?? []).map((u) => {
        const own = draft.unitPct[u.code]
        return (
          <div key={u.code} className="shu-unit-table">
            <CheckboxField
              label={T.unitOwnTable(u.name)}
              checked={own !== undefined}
              onChange={(c) => {
                const next = { ...draft.unitPct }
                if (c) next[u.code] = { ...draft.pct }
                else delete next[u.code]
                onChange(next)
              }}
            />
            {own && (
              <>
                <div className="form-grid shu-percent-grid">
                  {STANDARD_KEYS.map((k) => (
                    <TextField
                      key={k}
                      label={`${u.name}: ${T.components[k]} (%)`}
                      value={own[k] ?? ''}
                      inputMode="decimal"
                      error={error(u.code, k)}
                      onChange={(v) => onChange({ ...draft.unitPct, [u.code]: { ...own, [k]: v } })}
                    />
                  ))}
                </div>
                <p className="shu-sum" role="status">
                  {T.percentSum(comma(percentSum(asTable(own))))}
                  {error(u.code, '') ? ` — ${error(u.code, '')}` : ''}
                </p>
              </>
            )}
          </div>
        )
      })}
    </fieldset>
  )
}
