import { useEffect, useState, type FormEvent } from 'react'
import type { Loan } from '../../../../shared/commands/loans'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { href } from '../../lib/router'
import { MemberPicker } from '../savings/MemberPicker'
import { PreviewResult, type Preview } from './SimulationView'
import { percentId } from './ScheduleTable'
import { useFormGuard } from '../../lib/unsaved'

const T = t.loans
const A = T.apply

/** Pengajuan pinjaman, with the schedule the product would give next to it. */
export function ApplyForm() {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const products = useCommand('loans.products', {})
  const [memberId, setMemberId] = useState<number | null>(null)
  const [productCode, setProductCode] = useState('')
  const [principal, setPrincipal] = useState('')
  const [tenor, setTenor] = useState('12')
  const [date, setDate] = useState(today())
  const [purpose, setPurpose] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Loan | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const clear = (k: string) => setErrors((e) => withoutError(withoutError(e, k), ''))

  const product = products.data?.find((p) => p.code === productCode)
  const member = useCommand('members.get', memberId !== null ? { id: memberId } : null).data
  const amount = readMoney(principal)
  const n = Number(tenor)
  const previewKey =
    product && amount.ok && amount.value > 0 && Number.isInteger(n) && n >= 1 && n <= 360
      ? JSON.stringify([product.code, product.ratePerMonth, product.method, product.roundUpTo, amount.value, n])
      : null

  useEffect(() => {
    if (!previewKey || !product || !amount.ok) {
      setPreview(null)
      return
    }
    let live = true
    invoke('loans.schedulePreview', {
      principal: amount.value,
      ratePerMonth: product.ratePerMonth,
      tenorMonths: n,
      method: product.method,
      roundUpTo: product.roundUpTo
    }).then(
      (r) => live && setPreview(r),
      () => live && setPreview(null)
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewKey, invoke])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    if (memberId === null) own.memberId = A.needMember
    if (!productCode) own.productCode = A.needProduct
    if (!amount.ok) own.principal = amount.message
    else if (amount.value <= 0) own.principal = T.needPrincipal
    if (!Number.isInteger(n) || n < 1 || n > 360) own.tenorMonths = T.needTenor
    if (!date) own.date = t.savings.needDate
    if (Object.keys(own).length > 0 || memberId === null || !amount.ok) {
      setErrors(own)
      return
    }
    setBusy(true)
    try {
      const loan = await invoke('loans.apply', {
        memberId,
        productCode,
        principal: amount.value,
        tenorMonths: n,
        date,
        ...(purpose.trim() ? { purpose: purpose.trim() } : {})
      })
      guard.saved()
      setDone(loan)
      setErrors({})
      setPrincipal('')
      setPurpose('')
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="loan-apply">
      <form {...guard.props} className="card no-print" onSubmit={submit} noValidate aria-label={T.tabs.apply}>
        {done && (
          <Notice
            tone="success"
            action={
              <a className="btn btn--secondary" href={href('pinjaman/detail', { id: String(done.id) })}>
                {A.open}
              </a>
            }
          >
            {A.done(done.loanNo)}
          </Notice>
        )}
        {errors[''] && <Notice tone="error">{errors['']}</Notice>}
        {products.data && products.data.length === 0 && <Notice tone="warning">{A.noProduct}</Notice>}
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
            label={A.product}
            value={productCode}
            onChange={(v) => {
              setProductCode(v)
              clear('productCode')
            }}
            options={(products.data ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
            placeholder={A.chooseProduct}
            required
            error={errors.productCode}
            hint={
              product
                ? A.limits(
                    product.maxTenor,
                    formatRupiah(product.maxAmount),
                    percentId(product.ratePerMonth),
                    T.methods[product.method]!
                  )
                : undefined
            }
          />
          <MoneyField
            label={T.principal}
            term="plafon"
            value={principal}
            onChange={(v) => {
              setPrincipal(v)
              clear('principal')
            }}
            error={errors.principal}
            required
          />
          <TextField
            label={T.tenor}
            term="tenor"
            value={tenor}
            onChange={(v) => {
              setTenor(v)
              clear('tenorMonths')
            }}
            error={errors.tenorMonths}
            inputMode="numeric"
            required
          />
          <DateField
            label={A.date}
            value={date}
            onChange={(v) => {
              setDate(v)
              clear('date')
            }}
            error={errors.date}
            required
          />
          <TextField
            label={A.purpose}
            value={purpose}
            onChange={(v) => {
              setPurpose(v)
              clear('purpose')
            }}
            error={errors.purpose}
            optional
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t.common.saving : A.submit}
          </button>
        </div>
      </form>
      {preview && product && amount.ok && (
        <PreviewResult
          preview={preview}
          terms={{
            principal: amount.value,
            ratePerMonth: product.ratePerMonth,
            tenorMonths: n,
            method: product.method
          }}
          product={product}
          member={member && member.id === memberId ? member : null}
        />
      )}
    </div>
  )
}
