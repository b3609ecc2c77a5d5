import { useEffect, useState, type FormEvent } from 'react'
import type { Loan } from '../../../../shared/commands/loans'
import { formatDateLong, formatDateShort } from '../../../../shared/dates/format'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { CheckboxField, TextField } from '../../components/Field'
import { CashAccountField } from '../../components/CashAccountField'
import { disbursementCash } from '../../../../shared/loans/disbursement'
import { MoneyField } from '../../components/MoneyInput'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { failureToErrors, withoutError, type FieldErrors } from '../../lib/fieldErrors'
import { moneyFieldText, readMoney } from '../../lib/money'
import { href } from '../../lib/router'
import { CollateralPanel, RecoverPanel, WriteOffPanel } from './LoanAdminPanels'
import { LoanReceipt } from './LoanReceipt'
import type { PayResult } from './results'
import { ScheduleTable, percentId } from './ScheduleTable'
import { StatusBadge } from './LoanList'
import { BookExport } from '../../components/BookExport'
import { useFormGuard } from '../../lib/unsaved'

const T = t.loans
const D = T.detail
export type { PayResult }

/** One loan: its data, the action its status allows to this role, and the kartu angsuran. */
export function LoanDetail({ loanId }: { loanId: number }) {
  const [payDate, setPayDate] = useState(today())
  const [version, setVersion] = useState(0)
  const [receipt, setReceipt] = useState<PayResult | null>(null)
  const [message, setMessage] = useState('')
  const got = useCommand('loans.get', { loanId, asOf: payDate })
  useEffect(() => {
    if (version) got.reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version])
  const changed = (msg: string) => {
    setMessage(msg)
    setVersion((v) => v + 1)
  }

  if (receipt)
    return (
      <LoanReceipt
        result={receipt}
        onBack={() => {
          setReceipt(null)
          setVersion((v) => v + 1)
        }}
      />
    )
  const loan = got.data
  return (
    <div className="loan-detail">
      <p className="no-print">
        <a href={href('pinjaman/daftar')}>{D.back}</a>
      </p>
      {got.error && <FailureNotice error={got.error} />}
      {!loan && !got.error && <p>{t.common.loading}</p>}
      {loan && (
        <>
          {message && (
            <div className="no-print">
              <Notice tone="success">{message}</Notice>
            </div>
          )}
          <p className="no-print loan-links">
            {loan.status !== 'DITOLAK' && (
              <a className="btn btn--secondary btn--sm" href={href('pinjaman/perjanjian', { id: String(loan.id) })}>
                {T.links.agreement}
              </a>
            )}
            <a className="btn btn--ghost btn--sm" href={href('pinjaman/rekening', { member: String(loan.member.id) })}>
              {T.links.statement}
            </a>
          </p>
          <LoanActions
            loan={loan}
            payDate={payDate}
            setPayDate={setPayDate}
            onChanged={changed}
            onPaid={(r) => {
              setMessage('')
              setReceipt(r)
            }}
          />
          <LoanCard loan={loan} />
        </>
      )}
    </div>
  )
}

function LoanActions({
  loan,
  payDate,
  setPayDate,
  onChanged,
  onPaid
}: {
  loan: Loan
  payDate: string
  setPayDate: (d: string) => void
  onChanged: (msg: string) => void
  onPaid: (r: PayResult) => void
}) {
  const session = useSession()
  if (loan.status === 'DIAJUKAN') {
    return session.canRun('loans.decide') ? (
      <DecidePanel loan={loan} onDone={() => onChanged(D.decidedOk)} />
    ) : (
      <div className="no-print">
        <Notice tone="info">{D.waitApproval}</Notice>
      </div>
    )
  }
  if (loan.status === 'DISETUJUI' && session.canRun('loans.disburse'))
    return <DisbursePanel loan={loan} onDone={() => onChanged(D.disbursedOk)} />
  if (loan.status === 'CAIR') {
    return (
      <>
        {session.canRun('loans.pay') && <PayPanel loan={loan} date={payDate} setDate={setPayDate} onPaid={onPaid} />}
        {session.canRun('loans.setCollateral') && (
          <CollateralPanel loan={loan} onDone={() => onChanged(T.collateral.done)} />
        )}
        {session.canRun('loans.writeOff') && <WriteOffPanel loan={loan} onDone={() => onChanged(T.writeOff.done)} />}
      </>
    )
  }
  if (loan.status === 'HAPUS_BUKU' && session.canRun('loans.recover'))
    return <RecoverPanel loan={loan} onDone={() => onChanged(T.recover.done)} />
  return null
}

function DecidePanel({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const decide = async (approve: boolean) => {
    if (busy) return
    setBusy(true)
    try {
      await invoke('loans.decide', { loanId: loan.id, approve, date, ...(note.trim() ? { note: note.trim() } : {}) })
      guard.saved()
      setErrors({})
      onDone()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      {...guard.props}
      className="card no-print"
      aria-label={D.decided}
      onSubmit={(e) => {
        e.preventDefault()
        void decide(true)
      }}
      noValidate
    >
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <DateField
          label={D.decideDate}
          value={date}
          onChange={(v) => {
            setDate(v)
            setErrors((e) => withoutError(e, 'date'))
          }}
          error={errors.date}
          required
        />
        <TextField label={D.decideNote} value={note} onChange={setNote} error={errors.note} optional />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {D.approve}
        </button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void decide(false)}>
          {D.reject}
        </button>
      </div>
    </form>
  )
}

function DisbursePanel({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [date, setDate] = useState(today())
  const [firstDue, setFirstDue] = useState('')
  const [cash, setCash] = useState('1-1101')
  const money = disbursementCash(loan)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await invoke('loans.disburse', {
        loanId: loan.id,
        date,
        cashAccount: cash.trim(),
        ...(firstDue ? { firstDueDate: firstDue } : {})
      })
      guard.saved()
      setErrors({})
      onDone()
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form {...guard.props} className="card no-print" aria-label={D.disburse} onSubmit={submit} noValidate>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      <div className="form-grid">
        <DateField posting label={D.disburseDate} value={date} onChange={setDate} error={errors.date} required />
        <DateField
          label={D.firstDue}
          value={firstDue}
          onChange={setFirstDue}
          error={errors.firstDueDate}
          hint={D.firstDueHint}
          optional
        />
        <CashAccountField label={D.cashOutAccount} value={cash} onChange={setCash} error={errors.cashAccount} />
      </div>
      <dl className="kv loan-disburse-cash" aria-label={D.cashFigures}>
        <div className="kv__row">
          <dt>{D.principal}</dt>
          <dd>{formatRupiah(loan.principal)}</dd>
        </div>
        <div className="kv__row">
          <dt>
            {D.provisi}
            {loan.feeDeducted ? ` (${D.feesDeducted})` : ''}
          </dt>
          <dd>{formatRupiah(loan.provisi)}</dd>
        </div>
        <div className="kv__row">
          <dt>
            {D.adminFee}
            {loan.feeDeducted ? ` (${D.feesDeducted})` : ''}
          </dt>
          <dd>{formatRupiah(loan.adminFee)}</dd>
        </div>
        <div className="kv__row kv__row--total">
          <dt>{D.handedOver}</dt>
          <dd data-testid="disburse-handed-over">
            <strong>{formatRupiah(money.handedOver)}</strong>
          </dd>
        </div>
        {money.feesPaidInCash > 0 && (
          <div className="kv__row">
            <dt>{D.feesInCash}</dt>
            <dd data-testid="disburse-fees-in-cash">{formatRupiah(money.feesPaidInCash)}</dd>
          </div>
        )}
        {money.feesPaidInCash > 0 && (
          <div className="kv__row">
            <dt>{D.netCashOut}</dt>
            <dd data-testid="disburse-net-cash">{formatRupiah(money.netCashOut)}</dd>
          </div>
        )}
      </dl>
      {loan.feeDeducted && money.handedOver !== loan.principal && (
        <p className="field__hint" data-testid="disburse-sum">
          {D.handedOverSum(
            formatRupiah(loan.principal),
            formatRupiah(loan.provisi),
            formatRupiah(loan.adminFee),
            formatRupiah(money.handedOver)
          )}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {D.disburse}
        </button>
      </div>
    </form>
  )
}

/**
 * What a member normally brings: the denda and whatever has fallen due (an installment due on the
 * day counts as due); when nothing is due yet, the next installment.
 */
export function defaultPayment(d: NonNullable<Loan['dues']>): number {
  const due = d.overdueJasa + d.overduePokok
  return Math.min(d.payoff, d.denda + (due > 0 ? due : d.currentJasa + d.currentPokok))
}

/** The instalment form; `cashAccount`: at the Meja Kasir the teller's drawer and today, nothing to choose. */
export function PayPanel({
  loan,
  date,
  setDate,
  onPaid,
  cashAccount
}: {
  loan: Loan
  date: string
  setDate: (d: string) => void
  onPaid: (r: PayResult) => void
  cashAccount?: string
}) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const dues = loan.dues
  const [amount, setAmount] = useState('')
  const [cash, setCash] = useState(cashAccount ?? '1-1101')
  const [payoff, setPayoff] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const duesKey = dues ? `${dues.asOf}-${dues.payoff}` : ''
  useEffect(() => {
    if (dues) setAmount(moneyFieldText(defaultPayment(dues)))
    setPayoff(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [duesKey])
  const typed = readMoney(amount)
  const plan = useCommand(
    'loans.payPreview',
    typed.ok && typed.value > 0 && date ? { loanId: loan.id, amount: typed.value, date } : null
  )

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
      const r = await invoke('loans.pay', {
        loanId: loan.id,
        amount: parsed.value,
        date,
        cashAccount: cash.trim(),
        ...(payoff ? { payoff: true } : {})
      })
      guard.saved()
      setErrors({})
      onPaid(r)
    } catch (err) {
      setErrors(failureToErrors(toFailure(err)))
    } finally {
      setBusy(false)
    }
  }
  const row = (label: string, value: number, id: string) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd data-testid={`dues-${id}`}>{formatRupiah(value)}</dd>
    </div>
  )
  return (
    <form {...guard.props} className="card no-print" aria-label={D.pay} onSubmit={submit} noValidate>
      <h2 className="card__title">{D.pay}</h2>
      {errors[''] && <Notice tone="error">{errors['']}</Notice>}
      {cashAccount === undefined && (
        <div className="form-grid">
          <DateField
            posting
            label={D.payDate}
            value={date}
            onChange={(v) => {
              if (v) setDate(v)
              setErrors({})
            }}
            error={errors.date}
            required
          />
          <CashAccountField label={D.cashAccount} value={cash} onChange={setCash} error={errors.cashAccount} />
        </div>
      )}
      {cashAccount !== undefined && (errors.date || errors.cashAccount) && (
        <Notice tone="error">{errors.date ?? errors.cashAccount}</Notice>
      )}
      {dues && (
        <dl className="kv loan-dues" aria-label={D.dues}>
          {row(D.denda, dues.denda, 'denda')}
          {row(D.overdueJasa, dues.overdueJasa, 'overdueJasa')}
          {row(D.overduePokok, dues.overduePokok, 'overduePokok')}
          {row(D.currentJasa, dues.currentJasa, 'currentJasa')}
          {row(D.currentPokok, dues.currentPokok, 'currentPokok')}
          {row(D.payoff, dues.payoff, 'payoff')}
          <div className="kv__row">
            <dt>{D.daysPastDue}</dt>
            <dd data-testid="dues-dpd">{dues.daysPastDue}</dd>
          </div>
        </dl>
      )}
      <div className="form-grid">
        <MoneyField
          label={D.payAmount}
          value={amount}
          onChange={(v) => {
            setAmount(v)
            setErrors((e) => withoutError(withoutError(e, 'amount'), ''))
          }}
          error={errors.amount}
          required
        />
        <CheckboxField
          label={D.payoffCheck}
          checked={payoff}
          onChange={(v) => {
            setPayoff(v)
            if (v && dues) setAmount(moneyFieldText(dues.payoff))
            setErrors({})
          }}
        />
      </div>
      {plan.data && (
        <div className="loan-plan" aria-label={D.planTitle} data-testid="pay-plan">
          <p className="small">
            <strong>{D.planTitle}</strong>
          </p>
          <dl className="kv">
            {plan.data.steps.map((st) => (
              <div className="kv__row" key={st.step}>
                <dt>{D.planSteps[st.step]}</dt>
                <dd data-testid={`plan-${st.step}`}>{formatRupiah(st.amount)}</dd>
              </div>
            ))}
          </dl>
          {plan.data.excess > 0 ? (
            <Notice tone="error">
              {D.planExcess(formatRupiah(plan.data.excess), formatRupiah(plan.data.dues.payoff))}
            </Notice>
          ) : plan.data.isPayoff ? (
            <Notice tone="success">
              <span data-testid="plan-closes">{D.planCloses}</span>
            </Notice>
          ) : (
            <Notice tone="info">
              <span data-testid="plan-remaining">
                {D.planRemaining(
                  formatRupiah(plan.data.remaining.total),
                  formatRupiah(plan.data.remaining.outstandingPokok)
                )}
              </span>
              {payoff && <> {D.planNotPayoff(formatRupiah(plan.data.dues.payoff))}</>}
            </Notice>
          )}
        </div>
      )}
      <div className="form-actions">
        {dues && (
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setAmount(moneyFieldText(dues.payoff))
              setPayoff(true)
              setErrors({})
            }}
          >
            {D.payoffButton}
          </button>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.common.saving : D.submitPay}
        </button>
      </div>
    </form>
  )
}

/** Loan data, the schedule with due dates, and the payments: the kartu angsuran, printable on A4. */
function LoanCard({ loan }: { loan: Loan }) {
  const kv = (label: string, value: React.ReactNode, id?: string) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd data-testid={id}>{value}</dd>
    </div>
  )
  return (
    <section className="card loan-card" aria-label={D.card}>
      <h2 className="card__title">
        {D.card} · <span className="mono">{loan.loanNo}</span> <StatusBadge status={loan.status} />
      </h2>
      <BookExport input={{ book: 'KARTU_PINJAMAN', loanId: loan.id, asOf: today() }} what={loan.loanNo} />
      <dl className="kv">
        {kv(D.member, `${loan.member.memberNo} · ${loan.member.name}`)}
        {kv(D.product, loan.productCode)}
        {kv(D.principal, formatRupiah(loan.principal))}
        {kv(D.rate, D.ratePerMonth(percentId(loan.ratePerMonth), T.methods[loan.method] ?? loan.method))}
        {kv(D.tenor, D.months(loan.tenor))}
        {loan.provisi > 0 && kv(D.provisi, formatRupiah(loan.provisi))}
        {loan.adminFee > 0 && kv(D.adminFee, formatRupiah(loan.adminFee))}
        {loan.purpose && kv(D.purpose, loan.purpose)}
        {kv(D.applied, formatDateLong(loan.appliedAt))}
        {loan.decidedAt &&
          kv(
            D.decided,
            `${T.status[loan.status === 'DITOLAK' ? 'DITOLAK' : 'DISETUJUI']} · ${D.approvedBy(loan.decidedBy ?? '', formatDateLong(loan.decidedAt))}${loan.decisionNote ? ` · ${loan.decisionNote}` : ''}`
          )}
        {loan.disbursedAt && kv(D.disbursed, formatDateLong(loan.disbursedAt))}
        {loan.closedAt && kv(D.closed, formatDateLong(loan.closedAt))}
        {(loan.agunanPengurang ?? 0) > 0 &&
          kv(T.collateral.title, formatRupiah(loan.agunanPengurang), 'loan-collateral')}
        {loan.writtenOffAt &&
          kv(
            T.writeOff.writtenOff,
            T.writeOff.writtenOffValue(formatRupiah(loan.writtenOffAmount), formatDateLong(loan.writtenOffAt)),
            'loan-written-off'
          )}
        {loan.status === 'HAPUS_BUKU' && kv(T.writeOff.recovered, formatRupiah(loan.recovered ?? 0), 'loan-recovered')}
        {loan.dues && kv(D.outstanding, formatRupiah(loan.dues.outstandingPokok), 'loan-outstanding')}
      </dl>
      {loan.schedule.length > 0 && <ScheduleTable rows={loan.schedule} caption={T.scheduleTitle} />}
      {loan.schedule.length > 0 && (
        <DataTable<Loan['payments'][number]>
          aria-label={D.payments}
          caption={D.payments}
          rows={loan.payments}
          rowKey={(p) => p.id}
          empty={D.noPayments}
          columns={[
            { key: 'date', header: D.paidOn, render: (p) => formatDateShort(p.date), nowrap: true },
            { key: 'amount', header: D.payAmount, render: (p) => <Amount value={p.amount} />, align: 'right' },
            { key: 'denda', header: D.denda, render: (p) => <Amount value={p.denda} />, align: 'right' },
            { key: 'jasa', header: T.col.jasa, render: (p) => <Amount value={p.jasa} />, align: 'right' },
            { key: 'pokok', header: T.col.pokok, render: (p) => <Amount value={p.pokok} />, align: 'right' },
            { key: 'entry', header: D.entry, render: (p) => <span className="mono">{p.entryNumber}</span> }
          ]}
        />
      )}
      {loan.schedule.length > 0 && (
        <div className="form-actions no-print">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
            {D.printCard}
          </button>
        </div>
      )}
    </section>
  )
}
