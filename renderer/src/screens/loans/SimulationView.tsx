import { useState, type FormEvent } from 'react'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { percentId, percentInput } from './ScheduleTable'
import { SimulationSheet, type SimulationTerms } from './SimulationSheet'
import type { SchedulePreview } from './results'
import type { LoanProduct } from '../../../../shared/commands/loans'

const T = t.loans
type Method = 'flat' | 'efektif' | 'anuitas'
export type Preview = SchedulePreview

/** The effective-rate line and the printable simulation (terms, installment, schedule) of a preview. */
export function PreviewResult({
  preview,
  terms,
  product,
  member
}: {
  preview: Preview
  terms: SimulationTerms
  product?: LoanProduct | undefined
  member?: { memberNo: string; name: string } | null
}) {
  return (
    <div className="loan-preview" data-testid="preview">
      {terms.method === 'flat' && (
        <Notice
          tone="info"
          title={<span data-testid="effective-rate">{T.effectiveRate(percentId(preview.effectiveRatePerMonth))}</span>}
        >
          {T.effectiveHint}
        </Notice>
      )}
      <SimulationSheet preview={preview} terms={terms} product={product} member={member ?? null} />
    </div>
  )
}

/** Simulasi: try a loan's terms and see the schedule, without saving anything. */
export function SimulationView() {
  const invoke = useInvoke()
  const [principal, setPrincipal] = useState('')
  const [rate, setRate] = useState('1,5')
  const [tenor, setTenor] = useState('12')
  const [method, setMethod] = useState<Method>('flat')
  const [roundUpTo, setRoundUpTo] = useState<'0' | '100' | '1000'>('0')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [preview, setPreview] = useState<{ p: Preview; terms: SimulationTerms } | null>(null)
  const [busy, setBusy] = useState(false)
  const clear = (k: string) => setErrors((e) => withoutError(withoutError(e, k), ''))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const p = readMoney(principal)
    const own: FieldErrors = {}
    if (!p.ok) own.principal = p.message
    else if (p.value <= 0) own.principal = T.needPrincipal
    if (!/^\d{1,2}([.,]\d{1,4})?$/.test(rate.trim())) own.ratePerMonth = T.needRate
    const n = Number(tenor)
    if (!Number.isInteger(n) || n < 1 || n > 360) own.tenorMonths = T.needTenor
    if (Object.keys(own).length > 0 || !p.ok) {
      setErrors(own)
      return
    }
    setBusy(true)
    try {
      const terms = { principal: p.value, ratePerMonth: percentInput(rate), tenorMonths: n, method }
      const r = await invoke('loans.schedulePreview', { ...terms, roundUpTo: Number(roundUpTo) as 0 | 100 | 1000 })
      setPreview({ p: r, terms })
      setErrors({})
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="loan-sim">
      <form className="card no-print" onSubmit={submit} noValidate aria-label={T.tabs.sim}>
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        <div className="form-grid">
          <MoneyField
            label={T.principal}
            value={principal}
            onChange={(v) => {
              setPrincipal(v)
              clear('principal')
            }}
            error={errors.principal}
            required
          />
          <TextField
            label={T.rate}
            term="jasa-pinjaman"
            value={rate}
            onChange={(v) => {
              setRate(v)
              clear('ratePerMonth')
            }}
            error={errors.ratePerMonth}
            inputMode="decimal"
            required
          />
          <TextField
            label={T.tenor}
            value={tenor}
            onChange={(v) => {
              setTenor(v)
              clear('tenorMonths')
            }}
            error={errors.tenorMonths}
            inputMode="numeric"
            required
          />
          <SelectField
            label={T.method}
            term="metode-anuitas"
            value={method}
            onChange={(v) => setMethod(v as Method)}
            options={(['flat', 'efektif', 'anuitas'] as const).map((m) => ({ value: m, label: T.methods[m]! }))}
          />
          <SelectField
            label={T.rounding}
            term="angsuran"
            value={roundUpTo}
            onChange={(v) => setRoundUpTo(v as '0' | '100' | '1000')}
            options={(['0', '100', '1000'] as const).map((m) => ({ value: m, label: T.roundings[m]! }))}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {T.preview}
          </button>
        </div>
      </form>
      {preview && <PreviewResult preview={preview.p} terms={preview.terms} />}
    </div>
  )
}
