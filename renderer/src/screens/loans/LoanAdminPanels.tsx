import { useState, type FormEvent } from 'react'
import type { Loan } from '../../../../shared/commands/loans'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { DateField } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { JournalLinesPreview } from '../../components/JournalLinesPreview'
import { useCommand } from '../../api/useCommand'
import { TextField } from '../../components/Field'
import { CashAccountField } from '../../components/CashAccountField'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { useFormGuard } from '../../lib/unsaved'

const T = t.loans
const W = T.writeOff
const R = T.recover
const C = T.collateral

/** A refusal on a field the form shows goes under it; anything else to the banner. */
function errorsOf(err: unknown, fields: readonly string[]): FieldErrors {
  return failureToErrors(toFailure(err), (f) => fields.includes(f))
}

/** Hapus buku of a CAIR loan: the book refuses anything not Macet, with its own message. */
export function WriteOffPanel({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const preview = useCommand('loans.writeOffPreview', confirming && date ? { loanId: loan.id, date } : null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const own: FieldErrors = {}
    if (!reason.trim()) own.reason = W.needReason
    if (!date) own.date = t.savings.needDate
    if (Object.keys(own).length > 0) {
      setErrors(own)
      return
    }
    setConfirming(true)
  }
  const writeOff = async () => {
    setConfirming(false)
    setBusy(true)
    try {
      await invoke('loans.writeOff', { loanId: loan.id, date, reason: reason.trim() })
      guard.saved()
      setErrors({})
      onDone()
    } catch (err) {
      setErrors(errorsOf(err, ['date', 'reason']))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card no-print" aria-label={W.title} onSubmit={submit} noValidate>
      <h2 className="card__title">{W.title}</h2>
      <p className="field__hint">{W.hint}</p>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <DateField
          posting
          label={W.date}
          value={date}
          onChange={(v) => {
            setDate(v)
            setErrors((x) => withoutError(withoutError(x, 'date'), ''))
          }}
          error={errors.date}
          required
        />
        <TextField
          label={W.reason}
          value={reason}
          onChange={(v) => {
            setReason(v)
            setErrors((x) => withoutError(withoutError(x, 'reason'), ''))
          }}
          error={errors.reason}
          maxLength={300}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--danger" disabled={busy}>
          {busy ? t.common.saving : W.submit}
        </button>
      </div>
      {confirming && (
        <Dialog
          title={W.confirmTitle(loan.loanNo)}
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" className="btn btn--ghost" onClick={() => setConfirming(false)}>
                {t.common.cancel}
              </button>
              <button
                type="button"
                className="btn btn--danger"
                onClick={() => void writeOff()}
                disabled={!preview.data || preview.data.problems.length > 0}
              >
                {W.confirm}
              </button>
            </>
          }
        >
          <FailureNotice error={preview.error} />
          {!preview.data && !preview.error && <p>{t.confirmations.loading}</p>}
          {preview.data && (
            <div data-testid="writeoff-preview">
              <p>
                {W.confirmLead(
                  `${preview.data.member.memberNo} · ${preview.data.member.name}`,
                  formatDateLong(preview.data.date),
                  String(preview.data.daysPastDue)
                )}
              </p>
              <dl className="kv">
                <div className="kv__row">
                  <dt>{W.confirmPokok}</dt>
                  <dd data-testid="writeoff-pokok">{formatRupiah(preview.data.outstandingPokok)}</dd>
                </div>
                <div className="kv__row">
                  <dt>{W.confirmJasa}</dt>
                  <dd>{formatRupiah(preview.data.overdueJasa + preview.data.denda)}</dd>
                </div>
              </dl>
              <JournalLinesPreview label={t.confirmations.journal} lines={preview.data.lines} />
              <p className="small" data-testid="writeoff-ppap">
                {W.confirmPpap(formatRupiah(preview.data.ppapBefore), formatRupiah(preview.data.ppapAfter))}
              </p>
              {preview.data.ppapAfter < 0 && <Notice tone="warning">{W.confirmPpapShort}</Notice>}
              {preview.data.problems.length > 0 && (
                <Notice tone="warning" title={t.confirmations.problems}>
                  <ul>
                    {preview.data.problems.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </Notice>
              )}
            </div>
          )}
        </Dialog>
      )}
    </form>
  )
}

/** Penerimaan kembali of a written-off loan. */
export function RecoverPanel({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [amount, setAmount] = useState('')
  const [cash, setCash] = useState('1-1101')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const parsed = readMoney(amount)
    if (!parsed.ok || parsed.value <= 0) {
      setErrors({ amount: parsed.ok ? t.savings.needAmount : parsed.message })
      return
    }
    setBusy(true)
    try {
      await invoke('loans.recover', { loanId: loan.id, amount: parsed.value, date, cashAccount: cash.trim() })
      guard.saved()
      setErrors({})
      setAmount('')
      onDone()
    } catch (err) {
      setErrors(errorsOf(err, ['date', 'amount', 'cashAccount']))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card no-print" aria-label={R.title} onSubmit={submit} noValidate>
      <h2 className="card__title">{R.title}</h2>
      <p className="field__hint">{R.hint}</p>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <DateField
          posting
          label={R.date}
          value={date}
          onChange={(v) => {
            setDate(v)
            setErrors((x) => withoutError(x, 'date'))
          }}
          error={errors.date}
          required
        />
        <MoneyField
          label={R.amount}
          value={amount}
          onChange={(v) => {
            setAmount(v)
            setErrors((x) => withoutError(withoutError(x, 'amount'), ''))
          }}
          error={errors.amount}
          required
        />
        <CashAccountField label={T.detail.cashAccount} value={cash} onChange={setCash} error={errors.cashAccount} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : R.submit}
        </button>
      </div>
    </form>
  )
}

/** Agunan pengurang: the collateral value that lowers the PPAP base of this loan. */
export function CollateralPanel({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const current = loan.agunanPengurang as number | undefined
  const [amount, setAmount] = useState(current !== undefined && current !== null ? moneyFieldText(current) : '')
  const [from, setFrom] = useState(today())
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    const parsed = readMoney(amount)
    if (!parsed.ok) {
      setErrors({ agunanPengurang: parsed.message })
      return
    }
    setBusy(true)
    try {
      await invoke('loans.setCollateral', {
        loanId: loan.id,
        agunanPengurang: parsed.value,
        ...(from ? { effectiveFrom: from } : {})
      })
      guard.saved()
      setErrors({})
      onDone()
    } catch (err) {
      setErrors(errorsOf(err, ['agunanPengurang', 'effectiveFrom']))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card no-print" aria-label={C.title} onSubmit={submit} noValidate>
      <h2 className="card__title">{C.title}</h2>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <MoneyField
          label={C.amount}
          value={amount}
          onChange={(v) => {
            setAmount(v)
            setErrors({})
          }}
          error={errors.agunanPengurang}
          hint={C.hint}
        />
        <DateField
          label={C.from}
          value={from}
          onChange={(v) => {
            setFrom(v)
            setErrors({})
          }}
          error={errors.effectiveFrom}
          hint={C.fromHint}
          required
        />
      </div>
      {(loan.collateralHistory ?? []).length > 0 && (
        <ul className="small muted" aria-label={C.history} data-testid="collateral-history">
          {loan.collateralHistory!.map((h) => (
            <li key={h.effectiveFrom}>{C.historyItem(formatDateLong(h.effectiveFrom), formatRupiah(h.amount))}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {busy ? t.common.saving : C.submit}
        </button>
      </div>
    </form>
  )
}
