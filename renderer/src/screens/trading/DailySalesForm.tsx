import { useState, type FormEvent } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { DateField } from '../../components/DateInput'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { CashSelect, T, UnitSelect } from './common'
import { useFormGuard } from '../../lib/unsaved'

const D = T.daily

/** Penjualan harian: one total per day and unit, member and non-member apart; optional HPP total. */
export function DailySalesForm() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [unit, setUnit] = useState('SEMBAKO')
  const [date, setDate] = useState(today())
  const [member, setMember] = useState('')
  const [nonMember, setNonMember] = useState('')
  const [hpp, setHpp] = useState('')
  const [cash, setCash] = useState('1-1110')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<TradeDoc | null>(null)
  const read = (s: string) => (s.trim() ? readMoney(s) : ({ ok: true, value: 0 } as const))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const m = read(member)
    const n = read(nonMember)
    const h = read(hpp)
    const own: FieldErrors = {}
    if (!m.ok) own.memberAmount = m.message
    if (!n.ok) own.nonMemberAmount = n.message
    if (!h.ok) own.hppAmount = h.message
    if (m.ok && n.ok && m.value + n.value <= 0) own.memberAmount = D.needTotal
    if (Object.keys(own).length || !m.ok || !n.ok || !h.ok) return setErrors(own)
    setBusy(true)
    try {
      setDone(
        await invoke('trading.dailySales', {
          date,
          unit,
          memberAmount: m.value,
          nonMemberAmount: n.value,
          hppAmount: h.value,
          cashAccount: cash
        })
      )
      guard.saved()
      setMember('')
      setNonMember('')
      setHpp('')
      setErrors({})
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card trade-daily" onSubmit={submit} noValidate aria-label={T.tabs.daily}>
      <p className="field__hint">{D.hint}</p>
      {done && (
        <Notice tone="success">
          {T.posted(done.docNo, done.entryNumber)} {T.total}: {formatRupiah(done.amount)}
        </Notice>
      )}
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <UnitSelect value={unit} onChange={setUnit} error={errors.unit} />
        <DateField posting label={T.date} value={date} onChange={setDate} error={errors.date} required />
        <MoneyField
          label={D.memberAmount}
          value={member}
          onChange={setMember}
          error={errors.memberAmount ?? errors.revenueMemberAccount}
        />
        <MoneyField
          label={D.nonMemberAmount}
          value={nonMember}
          onChange={setNonMember}
          error={errors.nonMemberAmount ?? errors.revenueNonMemberAccount}
        />
        <MoneyField
          label={D.hppAmount}
          value={hpp}
          onChange={setHpp}
          error={errors.hppAmount ?? errors.hppAccount ?? errors.inventoryAccount}
          optional
        />
        <CashSelect value={cash} onChange={setCash} error={errors.cashAccount} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : D.submit}
        </button>
      </div>
    </form>
  )
}
