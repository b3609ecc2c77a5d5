import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { MemberPicker } from '../savings/MemberPicker'
import { CashSelect, T, UnitSelect } from './common'
import { useFormGuard } from '../../lib/unsaved'

const J = T.service
const S = T.sale

/** Pendapatan jasa (klinik, gudang, logistik, …): member or non-member, cash or bon. */
export function ServiceForm() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [unit, setUnit] = useState('KLINIK')
  const [date, setDate] = useState(today())
  const [description, setDescription] = useState('')
  const [amount, setAmount] = useState('')
  const [buyer, setBuyer] = useState<'NON' | 'MEMBER'>('NON')
  const [memberId, setMemberId] = useState<number | null>(null)
  const [payment, setPayment] = useState<'TUNAI' | 'BON'>('TUNAI')
  const [cash, setCash] = useState('1-1101')
  const [revenue, setRevenue] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const a = readMoney(amount)
    const own: FieldErrors = {}
    if (!description.trim()) own.description = J.needDescription
    if (!a.ok) own.amount = a.message
    else if (a.value <= 0) own.amount = T.needAmount
    if (buyer === 'MEMBER' && memberId === null) own.memberId = S.needMember
    if (Object.keys(own).length || !a.ok) return setErrors(own)
    setBusy(true)
    try {
      setDone(
        await invoke('trading.service', {
          date,
          unit,
          description,
          amount: a.value,
          memberId: buyer === 'MEMBER' ? memberId : null,
          payment: buyer === 'MEMBER' ? payment : 'TUNAI',
          cashAccount: cash,
          ...(revenue.trim() ? { revenueAccount: revenue.trim() } : {})
        })
      )
      guard.saved()
      setAmount('')
      setDescription('')
      setErrors({})
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card trade-service" onSubmit={submit} noValidate aria-label={T.tabs.service}>
      {done && (
        <Notice tone="success">
          {T.posted(done.docNo, done.entryNumber)} {T.total}: {formatRupiah(done.amount)}
        </Notice>
      )}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <UnitSelect value={unit} onChange={setUnit} error={errors.unit} />
        <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />
        <TextField
          label={J.description}
          value={description}
          onChange={setDescription}
          error={errors.description}
          required
        />
        <MoneyField label={J.amount} value={amount} onChange={setAmount} error={errors.amount} required />
        <SelectField
          label={S.buyer}
          value={buyer}
          onChange={(v) => setBuyer(v as 'NON' | 'MEMBER')}
          options={[
            { value: 'NON', label: S.nonMember },
            { value: 'MEMBER', label: S.member }
          ]}
        />
        {buyer === 'MEMBER' && (
          <SelectField
            label={S.payment}
            value={payment}
            onChange={(v) => setPayment(v as 'TUNAI' | 'BON')}
            options={[
              { value: 'TUNAI', label: S.cash },
              { value: 'BON', label: S.bon }
            ]}
            error={errors.payment}
          />
        )}
        {(buyer === 'NON' || payment === 'TUNAI') && (
          <CashSelect value={cash} onChange={setCash} error={errors.cashAccount} />
        )}
        <TextField
          label={J.revenueAccount}
          value={revenue}
          onChange={setRevenue}
          error={errors.revenueAccount}
          optional
          hint={J.revenueHint}
        />
      </div>
      {buyer === 'MEMBER' && <MemberPicker value={memberId} onChange={setMemberId} error={errors.memberId} />}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : J.submit}
        </button>
      </div>
    </form>
  )
}
