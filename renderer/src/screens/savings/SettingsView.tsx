import { useEffect, useState, type FormEvent } from 'react'
import type { SavingsSettings } from '../../../../shared/commands/savings'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { FailureNotice } from '../../components/FailureNotice'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { useFormGuard } from '../../lib/unsaved'
import { formatPercent } from '../../../../shared/money/decimal-text'

const T = t.savings.settings

interface Draft {
  effectiveFrom: string
  pokokAmount: string
  pokokInstallments: string
  wajibAmount: string
  sukarelaRate: string
  sukarelaMethod: 'SALDO_TERENDAH' | 'SALDO_HARIAN'
  taxThreshold: string
  taxRate: string
  decisionRef: string
}

function draftOf(s: SavingsSettings | null): Draft {
  return {
    effectiveFrom: '',
    pokokAmount: s ? moneyFieldText(s.pokokAmount) : '',
    pokokInstallments: String(s?.pokokInstallments ?? 1),
    wajibAmount: s ? moneyFieldText(s.wajibAmount) : '',
    sukarelaRate: s?.sukarelaRate ?? '0',
    sukarelaMethod: s?.sukarelaMethod ?? 'SALDO_TERENDAH',
    taxThreshold: moneyFieldText(s?.taxThreshold ?? 240_000),
    taxRate: s?.taxRate ?? '10',
    decisionRef: s?.decisionRef ?? ''
  }
}

/** Pokok, wajib, jasa sukarela and PPh, effective from a date (admin). */
export function SettingsView() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const settings = useCommand('savings.settings', {})
  const mayEdit = useSession().canRun('savings.setSettings')
  const [draft, setDraft] = useState<Draft>(() => draftOf(null))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const current = settings.data?.current ?? null
  useEffect(() => {
    if (settings.data) setDraft(draftOf(settings.data.current))
  }, [settings.data])

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }))
    setErrors((e) => {
      const n = { ...e }
      delete n[k]
      delete n['']
      return n
    })
    setSaved(false)
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const own: FieldErrors = {}
    const money = (k: 'pokokAmount' | 'wajibAmount' | 'taxThreshold') => {
      const r = readMoney(draft[k])
      if (!r.ok) own[k] = r.message
      return r.ok ? r.value : 0
    }
    const pokokAmount = money('pokokAmount')
    const wajibAmount = money('wajibAmount')
    const taxThreshold = money('taxThreshold')
    if (!draft.effectiveFrom) own.effectiveFrom = t.errors.required
    if (Object.keys(own).length) return setErrors(own)
    setBusy(true)
    try {
      await invoke('savings.setSettings', {
        effectiveFrom: draft.effectiveFrom,
        pokokAmount,
        pokokInstallments: Number(draft.pokokInstallments) || 1,
        wajibAmount,
        sukarelaRate: draft.sukarelaRate.trim().replace(',', '.'),
        sukarelaMethod: draft.sukarelaMethod,
        taxThreshold,
        taxRate: draft.taxRate.trim().replace(',', '.'),
        decisionRef: draft.decisionRef.trim() || null
      })
      guard.saved()
      setSaved(true)
      setErrors({})
      settings.reload()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => f in draft))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="savings-settings">
      <FailureNotice error={settings.error} />
      {settings.data && !current && <Notice tone="warning">{T.none}</Notice>}
      {saved && <Notice tone="success">{T.saved}</Notice>}
      {mayEdit && (
        <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={T.heading}>
          <h2 className="card__title">{T.heading}</h2>
          {errors[''] && <Notice tone="error">{errors['']}</Notice>}
          <div className="form-grid">
            <DateField
              label={T.effectiveFrom}
              value={draft.effectiveFrom}
              onChange={(v) => set('effectiveFrom', v)}
              error={errors.effectiveFrom}
              required
            />
            <MoneyField
              label={T.pokokAmount}
              term="simpanan-pokok"
              value={draft.pokokAmount}
              onChange={(v) => set('pokokAmount', v)}
              error={errors.pokokAmount}
              required
            />
            <TextField
              label={T.pokokInstallments}
              value={draft.pokokInstallments}
              onChange={(v) => set('pokokInstallments', v)}
              error={errors.pokokInstallments}
              inputMode="numeric"
            />
            <MoneyField
              label={T.wajibAmount}
              term="simpanan-wajib"
              value={draft.wajibAmount}
              onChange={(v) => set('wajibAmount', v)}
              error={errors.wajibAmount}
              required
            />
            <TextField
              label={T.sukarelaRate}
              term="jasa-simpanan"
              value={draft.sukarelaRate}
              onChange={(v) => set('sukarelaRate', v)}
              error={errors.sukarelaRate}
              inputMode="decimal"
            />
            <SelectField
              label={T.sukarelaMethod}
              term="saldo-terendah"
              value={draft.sukarelaMethod}
              onChange={(v) => set('sukarelaMethod', v === 'SALDO_HARIAN' ? 'SALDO_HARIAN' : 'SALDO_TERENDAH')}
              options={['SALDO_TERENDAH', 'SALDO_HARIAN'].map((m) => ({ value: m, label: T.methods[m]! }))}
              error={errors.sukarelaMethod}
            />
            <MoneyField
              label={T.taxThreshold}
              term="pph-jasa-simpanan"
              value={draft.taxThreshold}
              onChange={(v) => set('taxThreshold', v)}
              error={errors.taxThreshold}
            />
            <TextField
              label={T.taxRate}
              value={draft.taxRate}
              onChange={(v) => set('taxRate', v)}
              error={errors.taxRate}
              inputMode="decimal"
            />
            <TextField
              label={T.decisionRef}
              value={draft.decisionRef}
              onChange={(v) => set('decisionRef', v)}
              error={errors.decisionRef}
              optional
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {busy ? t.common.saving : t.common.save}
            </button>
          </div>
        </form>
      )}
      {mayEdit && settings.data && <DueDayCard current={settings.data.wajibDueDay} onSaved={() => settings.reload()} />}
      <section className="card">
        <h2 className="card__title">{T.history}</h2>
        <DataTable
          aria-label={T.history}
          rows={settings.data?.history ?? []}
          loading={settings.loading}
          rowKey={(r) => r.effectiveFrom}
          columns={[
            { key: 'from', header: T.effectiveFrom, render: (r) => formatDateLong(r.effectiveFrom), nowrap: true },
            {
              key: 'pokok',
              header: T.pokokAmount,
              render: (r) => formatRupiah(r.pokokAmount),
              align: 'right',
              nowrap: true
            },
            {
              key: 'wajib',
              header: T.wajibAmount,
              render: (r) => formatRupiah(r.wajibAmount),
              align: 'right',
              nowrap: true
            },
            { key: 'rate', header: T.sukarelaRate, render: (r) => formatPercent(r.sukarelaRate), align: 'right' },
            { key: 'ref', header: T.decisionRef, render: (r) => r.decisionRef ?? '' }
          ]}
        />
      </section>
    </div>
  )
}

/** The day each month's wajib falls due (DOMAIN.md §3.2); default the month's last day. */
function DueDayCard({ current, onSaved }: { current: number | null; onSaved: () => void }) {
  const invoke = useInvoke()
  const [value, setValue] = useState(current === null ? '' : String(current))
  const [done, setDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const save = async () => {
    try {
      await invoke('savings.setWajibDueDay', { dueDay: value === '' ? null : Number(value) })
      setDone(true)
      setError(null)
      onSaved()
    } catch (e) {
      setError(toFailure(e).message)
    }
  }
  return (
    <section className="card" aria-label={T.dueDayHeading}>
      <h2 className="card__title">{T.dueDayHeading}</h2>
      {done && <Notice tone="success">{T.dueDaySaved}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-grid">
        <SelectField
          label={T.dueDayLabel}
          value={value}
          onChange={(v) => {
            setValue(v)
            setDone(false)
          }}
          hint={T.dueDayHint}
          options={[
            { value: '', label: T.dueDayEnd },
            ...Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: T.dueDayOption(i + 1) }))
          ]}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={() => void save()}>
          {T.dueDaySave}
        </button>
      </div>
    </section>
  )
}
