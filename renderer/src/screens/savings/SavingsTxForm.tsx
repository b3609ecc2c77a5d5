import { useState, type FormEvent } from 'react'
import type { SavingsReceipt, SavingsType } from '../../../../shared/commands/savings'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { MemberPicker } from './MemberPicker'
import { Receipt } from './Receipt'
import { useCommand } from '../../api/useCommand'
import { href } from '../../lib/router'
import { useFormGuard } from '../../lib/unsaved'

const T = t.savings
const KNOWN = new Set(['memberId', 'type', 'amount', 'date', 'reference', 'note'])

/** Setoran / penarikan simpanan; shows the kwitansi after the book accepted it. `cashAccount`: the kasir's drawer at the Meja Kasir. */
export function SavingsTxForm({ onPosted, cashAccount }: { onPosted: () => void; cashAccount?: string }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [memberId, setMemberId] = useState<number | null>(null)
  const [type, setType] = useState<SavingsType>('POKOK')
  const [direction, setDirection] = useState<'SETOR' | 'TARIK'>('SETOR')
  const [amount, setAmount] = useState('')
  const [date, setDate] = useState(today())
  const [reference, setReference] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [receipt, setReceipt] = useState<SavingsReceipt | null>(null)
  const settings = useCommand('savings.settings', {})
  const noSettings = settings.data !== null && settings.data !== undefined && settings.data.current === null

  const clear = (k: string) => setErrors((e) => withoutError(withoutError(e, k), ''))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const parsed = readMoney(amount)
    const own: FieldErrors = {}
    if (memberId === null) own.memberId = T.needMember
    if (!parsed.ok) own.amount = parsed.message
    else if (parsed.value <= 0) own.amount = T.needAmount
    if (!date) own.date = T.needDate
    if (Object.keys(own).length > 0 || memberId === null || !parsed.ok) {
      setErrors(own)
      return
    }
    setBusy(true)
    try {
      const input = {
        memberId,
        type,
        amount: parsed.value,
        date,
        ...(cashAccount ? { cashAccount } : {}),
        ...(reference.trim() ? { reference: reference.trim() } : {})
      }
      const r = direction === 'SETOR' ? await invoke('savings.deposit', input) : await invoke('savings.withdraw', input)
      guard.saved()
      setReceipt(r)
      setErrors({})
      setAmount('')
      setReference('')
      onPosted()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err), (f) => KNOWN.has(f)))
    } finally {
      setBusy(false)
    }
  }

  if (receipt) return <Receipt receipt={receipt} onNew={() => setReceipt(null)} />

  return (
    <form {...guard.props} className="card savings-form" onSubmit={submit} noValidate aria-label={T.tabs.tx}>
      {noSettings && (
        <Notice
          tone="warning"
          action={
            <a
              className="btn btn--secondary btn--sm"
              href={href('simpanan/pengaturan')}
              data-testid="open-savings-settings"
            >
              {T.settings.open}
            </a>
          }
        >
          {T.settings.none}
        </Notice>
      )}
      {errors[''] && (
        <Notice
          tone="error"
          action={
            /Simpanan › Pengaturan/.test(errors['']) ? (
              <a className="btn btn--secondary btn--sm" href={href('simpanan/pengaturan')}>
                {T.settings.open}
              </a>
            ) : undefined
          }
        >
          {errors['']}
        </Notice>
      )}
      <MemberPicker
        value={memberId}
        onChange={(id) => {
          setMemberId(id)
          clear('memberId')
        }}
        error={errors.memberId}
      />
      <div className="form-grid">
        <SelectField
          label={T.type}
          term={type === 'POKOK' ? 'simpanan-pokok' : type === 'WAJIB' ? 'simpanan-wajib' : 'simpanan-sukarela'}
          value={type}
          onChange={(v) => {
            setType(v as SavingsType)
            clear('type')
          }}
          options={(['POKOK', 'WAJIB', 'SUKARELA'] as const).map((s) => ({ value: s, label: T.types[s]! }))}
          error={errors.type}
        />
        <fieldset className="plain-fieldset segmented" aria-label={T.direction}>
          <legend className="field__label">{T.direction}</legend>
          {(['SETOR', 'TARIK'] as const).map((d) => (
            <label key={d} className="check">
              <input
                type="radio"
                name="direction"
                value={d}
                checked={direction === d}
                onChange={() => {
                  setDirection(d)
                  clear('amount')
                }}
              />
              {d === 'SETOR' ? T.deposit : T.withdraw}
            </label>
          ))}
        </fieldset>
        <MoneyField
          label={T.amount}
          value={amount}
          onChange={(v) => {
            setAmount(v)
            clear('amount')
          }}
          error={errors.amount}
          required
        />
        <DateField
          posting
          label={T.date}
          value={date}
          onChange={(v) => {
            setDate(v)
            clear('date')
          }}
          error={errors.date}
          required
        />
        <TextField
          label={T.reference}
          value={reference}
          onChange={(v) => {
            setReference(v)
            clear('reference')
          }}
          error={errors.reference}
          optional
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : direction === 'SETOR' ? T.submitDeposit : T.submitWithdraw}
        </button>
      </div>
    </form>
  )
}
