import { useState, type FormEvent } from 'react'
import type { CashVoucher } from '../../../../shared/commands/bookkeeping'
import type { Account } from '../../../../shared/ledger/types'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { AccountPicker } from '../../components/AccountPicker'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, type FieldErrors } from '../../lib/fieldErrors'
import { readMoney } from '../../lib/money'
import { useFormGuard } from '../../lib/unsaved'
import { ScrollRegion } from '../../components/ScrollRegion'

const C = t.bookkeeping.common
const V = t.bookkeeping.voucher

interface Line {
  account: string
  amount: string
  unit: string
  memo: string
}
const emptyLine = (): Line => ({ account: '', amount: '', unit: '', memo: '' })

/** Bukti kas masuk (MASUK) or keluar (KELUAR): one cash account against one or more counter lines. */
export function VoucherForm({
  kind,
  cashAccounts,
  defaultCash,
  onCancel,
  onSaved
}: {
  kind: 'MASUK' | 'KELUAR'
  cashAccounts: Account[]
  defaultCash: string
  onCancel: () => void
  onSaved: (v: CashVoucher) => void
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const accounts = useCommand('accounts.list', { includeInactive: false, postableOnly: true })
  const units = useCommand('units.list', { includeInactive: false })
  const [date, setDate] = useState(today())
  const [cash, setCash] = useState(defaultCash)
  const [party, setParty] = useState('')
  const [description, setDescription] = useState('')
  const [reference, setReference] = useState('')
  const [lines, setLines] = useState<Line[]>([emptyLine()])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const counterAccounts = (accounts.data ?? []).filter((a) => !a.control && a.code !== cash)
  const amounts = lines.map((l) => readMoney(l.amount))
  const total = amounts.reduce((s, a) => s + (a.ok ? a.value : 0), 0)
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    if (!date) own.date = C.needDate
    if (!party.trim()) own.partyName = C.needText
    if (!description.trim()) own.description = C.needText
    lines.forEach((l, i) => {
      if (!l.account) own[`lines.${i}.account`] = C.needAccount
      const a = amounts[i]!
      if (!a.ok) own[`lines.${i}.amount`] = a.message
      else if (a.value <= 0) own[`lines.${i}.amount`] = C.needAmount
    })
    if (Object.keys(own).length > 0) {
      setErrors(own)
      return
    }
    setBusy(true)
    try {
      const input = {
        date,
        cashAccount: cash,
        partyName: party.trim(),
        description: description.trim(),
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        lines: lines.map((l, i) => ({
          account: l.account,
          amount: (amounts[i] as { value: number }).value,
          unit: l.unit || null,
          memo: l.memo.trim() || null
        }))
      }
      const v = await invoke(kind === 'MASUK' ? 'cash.receipt' : 'cash.payment', input)
      guard.saved()
      onSaved(v)
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }

  const lineError = (i: number) =>
    errors[`lines.${i}.account`] ?? errors[`lines.${i}.amount`] ?? errors[`lines.${i}.unit`]
  return (
    <form
      {...guard.props}
      className="card bk-voucher-form"
      onSubmit={submit}
      noValidate
      aria-label={kind === 'MASUK' ? V.receiptTitle : V.paymentTitle}
    >
      <h2>{kind === 'MASUK' ? V.receiptTitle : V.paymentTitle}</h2>
      {(errors[''] || errors.lines) && <Notice tone="error">{errors[''] ?? errors.lines}</Notice>}
      <div className="form-grid">
        <DateField posting label={V.date} value={date} onChange={setDate} error={errors.date} required />
        <SelectField
          label={V.cashAccount}
          value={cash}
          onChange={setCash}
          error={errors.cashAccount}
          options={cashAccounts.map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` }))}
        />
        <TextField
          label={kind === 'MASUK' ? V.partyIn : V.partyOut}
          value={party}
          onChange={setParty}
          error={errors.partyName}
          required
        />
        <TextField
          label={V.description}
          value={description}
          onChange={setDescription}
          error={errors.description}
          required
        />
        <TextField label={V.reference} value={reference} onChange={setReference} error={errors.reference} optional />
      </div>
      <h3>{V.lines}</h3>
      <ScrollRegion>
        <table className="table bk-lines">
          <thead>
            <tr>
              <th>{C.account}</th>
              <th>{C.amount}</th>
              <th>{C.unit}</th>
              <th>{C.memo}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>
                  <AccountPicker
                    accounts={counterAccounts}
                    value={l.account}
                    onChange={(code) => setLine(i, { account: code })}
                    aria-label={C.accountOfLine(i + 1)}
                    aria-invalid={Boolean(errors[`lines.${i}.account`])}
                  />
                </td>
                <td>
                  <MoneyInput
                    value={l.amount}
                    onChange={(v) => setLine(i, { amount: v })}
                    aria-label={C.amountOfLine(i + 1)}
                    showOwnError={false}
                  />
                </td>
                <td>
                  <select
                    className="input select"
                    aria-label={C.unitOfLine(i + 1)}
                    value={l.unit}
                    onChange={(e) => setLine(i, { unit: e.target.value })}
                  >
                    <option value="">{C.noUnit}</option>
                    {(units.data ?? []).map((u) => (
                      <option key={u.code} value={u.code}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    className="input"
                    aria-label={C.memoOfLine(i + 1)}
                    value={l.memo}
                    onChange={(e) => setLine(i, { memo: e.target.value })}
                  />
                </td>
                <td>
                  {lines.length > 1 && (
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      aria-label={C.removeLine(i + 1)}
                      onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  )}
                  {lineError(i) && (
                    <span className="field__error" role="alert">
                      {lineError(i)}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{C.total}</td>
              <td className="bk-num" data-testid="voucher-form-total">
                {formatRupiah(total)}
              </td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={() => setLines((ls) => [...ls, emptyLine()])}>
          {C.addLine}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : kind === 'MASUK' ? V.submitIn : V.submitOut}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {C.cancel}
        </button>
      </div>
    </form>
  )
}
