import { useEffect, useRef, useState, type FormEvent } from 'react'
import { DEFAULT_ALLOCATION_ORDER, type AllocationStep, type LoanPolicy } from '../../../../shared/commands/loans'
import { DEFAULT_PROVISION_POLICY, KOLEKTIBILITAS_LABELS } from '../../../../shared/loans/provisioning'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { TextField } from '../../components/Field'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { draftOfPolicy, moveStep, readPolicy, type PolicyDraft } from './allocationOrder'
import { useFormGuard } from '../../lib/unsaved'

const P = t.loans.policy
const MESSAGES = {
  days: P.needDays,
  order: P.daysOrder,
  rate: P.needRate,
  collateral: P.needCollateral,
  months: P.needMonths
} as const

/** Kebijakan: allocation order of payments, kolektibilitas day bands and PPAP percents (admin). */
export function PolicyView() {
  const got = useCommand('loans.policy', {})
  return (
    <div className="loan-policy">
      <FailureNotice error={got.error} />
      {!got.data && got.loading && <p className="muted">{t.common.loading}</p>}
      {got.data && <PolicyForm initial={got.data} onSaved={got.reload} />}
    </div>
  )
}

function PolicyForm({ initial, onSaved }: { initial: LoanPolicy; onSaved: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [order, setOrder] = useState<AllocationStep[]>(() =>
    initial.allocationOrder?.length ? [...initial.allocationOrder] : [...DEFAULT_ALLOCATION_ORDER]
  )
  const [d, setD] = useState<PolicyDraft>(() => draftOfPolicy(initial.provision ?? DEFAULT_PROVISION_POLICY))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState('')
  const [busy, setBusy] = useState(false)
  const setDays = (k: keyof PolicyDraft['maxDays'], v: string) => {
    setD((x) => ({ ...x, maxDays: { ...x.maxDays, [k]: v } }))
    setErrors((e) => withoutError(withoutError(withoutError(e, `provision.maxDays.${k}`), 'provision.maxDays'), ''))
    setSaved('')
  }
  const setRate = (k: keyof PolicyDraft['rates'], v: string) => {
    setD((x) => ({ ...x, rates: { ...x.rates, [k]: v } }))
    setErrors((e) => withoutError(withoutError(e, `provision.rates.${k}`), ''))
    setSaved('')
  }

  const setAge = (k: 'collateralPercent' | 'macetMonths', v: string) => {
    setD((x) => ({ ...x, [k]: v }))
    setErrors((e) =>
      withoutError(
        e,
        k === 'collateralPercent' ? 'provision.diragukanCollateralPercent' : 'provision.macetAfterDiragukanMonths'
      )
    )
    setSaved('')
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const read = readPolicy(d)
    if (!read.ok) {
      setErrors(Object.fromEntries(Object.entries(read.errors).map(([k, v]) => [k, MESSAGES[v]])))
      return
    }
    setBusy(true)
    try {
      await invoke('loans.setPolicy', { allocationOrder: order, provision: read.policy })
      guard.saved()
      setErrors({})
      setSaved(P.saved)
      onSaved()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  // The refine on maxDays reports on the group, not one field: show it under Diragukan.
  const daysGroupError = errors['provision.maxDays']
  const orderError = errors.allocationOrder
  const known = new Set([
    'provision.maxDays',
    'allocationOrder',
    ...Object.keys(errors).filter((k) => k.startsWith('provision.'))
  ])
  const banner = errors[''] ?? Object.entries(errors).find(([k]) => k !== '' && !known.has(k))?.[1]
  return (
    <form {...guard.props} className="card" onSubmit={submit} noValidate aria-label={P.heading}>
      {saved && <Notice tone="success">{saved}</Notice>}
      {banner && <Notice tone="error">{banner}</Notice>}
      <fieldset className="loan-fieldset">
        <legend>{P.order}</legend>
        <p className="field__hint">{P.orderHint}</p>
        <AllocationOrderEditor
          order={order}
          onChange={(o) => {
            setOrder(o)
            setSaved('')
            setErrors((e) => withoutError(e, 'allocationOrder'))
          }}
        />
        {orderError && <p className="field__error">{orderError}</p>}
      </fieldset>
      <fieldset className="loan-fieldset">
        <legend>{P.bands}</legend>
        <p className="field__hint">{P.bandsHint}</p>
        <div className="form-grid">
          {(['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN'] as const).map((k) => (
            <TextField
              key={k}
              label={P.maxDays(KOLEKTIBILITAS_LABELS[k])}
              term="kolektibilitas"
              value={d.maxDays[k]}
              onChange={(v) => setDays(k, v)}
              error={errors[`provision.maxDays.${k}`] ?? (k === 'DIRAGUKAN' ? daysGroupError : undefined)}
              inputMode="numeric"
              required
            />
          ))}
          <p className="loan-policy__macet" data-testid="macet-days">
            {P.macetDays(d.maxDays.DIRAGUKAN.trim() || '…', d.collateralPercent.trim(), d.macetMonths.trim() || '…')}
          </p>
        </div>
        <div className="form-grid">
          {(['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET'] as const).map((k) => (
            <TextField
              key={k}
              label={P.rate(KOLEKTIBILITAS_LABELS[k])}
              term="ppap"
              value={d.rates[k]}
              onChange={(v) => setRate(k, v)}
              error={errors[`provision.rates.${k}`]}
              inputMode="decimal"
              required
            />
          ))}
        </div>
        <p className="field__hint">{P.ageRulesHint}</p>
        <div className="form-grid" role="group" aria-label={P.ageRules}>
          <TextField
            label={P.collateralPercent}
            term="kolektibilitas"
            value={d.collateralPercent}
            onChange={(v) => setAge('collateralPercent', v)}
            error={errors['provision.diragukanCollateralPercent']}
            inputMode="decimal"
          />
          <TextField
            label={P.macetMonths}
            term="kolektibilitas"
            value={d.macetMonths}
            onChange={(v) => setAge('macetMonths', v)}
            error={errors['provision.macetAfterDiragukanMonths']}
            inputMode="numeric"
            required
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setD(draftOfPolicy(DEFAULT_PROVISION_POLICY))
              setErrors({})
              setSaved('')
            }}
          >
            {P.preset}
          </button>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : P.save}
        </button>
      </div>
    </form>
  )
}

/** The five steps as an ordered list with up/down buttons; focus follows the moved step. */
export function AllocationOrderEditor({
  order,
  onChange
}: {
  order: readonly AllocationStep[]
  onChange: (o: AllocationStep[]) => void
}) {
  const [focus, setFocus] = useState<{ step: AllocationStep; dir: 'up' | 'down' } | null>(null)
  const [said, setSaid] = useState('')
  const refs = useRef(new Map<string, HTMLButtonElement | null>())
  useEffect(() => {
    if (!focus) return
    const i = order.indexOf(focus.step)
    // At an end the pressed button is disabled: move focus to the other one.
    const dir =
      focus.dir === 'up' && i === 0 ? 'down' : focus.dir === 'down' && i === order.length - 1 ? 'up' : focus.dir
    refs.current.get(`${focus.step}-${dir}`)?.focus()
  }, [focus, order])
  const move = (i: number, delta: -1 | 1) => {
    const step = order[i]!
    onChange(moveStep(order, i, delta))
    setFocus({ step, dir: delta < 0 ? 'up' : 'down' })
    setSaid(P.moved(P.steps[step] ?? step, i + delta + 1))
  }
  return (
    <>
      <ol className="loan-order" data-testid="allocation-order">
        {order.map((s, i) => {
          const label = P.steps[s] ?? s
          return (
            <li key={s} className="loan-order__item" data-testid={`step-${s}`}>
              <span className="loan-order__label">{label}</span>
              <button
                type="button"
                className="btn btn--ghost btn--sm"
                aria-label={P.up(label)}
                disabled={i === 0}
                ref={(el) => {
                  refs.current.set(`${s}-up`, el)
                }}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--sm"
                aria-label={P.down(label)}
                disabled={i === order.length - 1}
                ref={(el) => {
                  refs.current.set(`${s}-down`, el)
                }}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </li>
          )
        })}
        <li className="loan-order__item loan-order__item--fixed">
          <span className="loan-order__label">{P.lastStep}</span>
        </li>
      </ol>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </>
  )
}
