import { CommandError } from '../../shared/errors'
import type { AllocationStep, LoanDues, PaymentPlan } from '../../shared/commands/loans'
import { DEFAULT_ALLOCATION_ORDER } from '../../shared/commands/loans'
import { lateFeePerDay } from '../../shared/loans/schedule'
import { daysBetween } from '../../shared/dates/calendar'
import type { Book } from '../db/book'
import type { Row } from '../db/query'

/** A loan as SELECT * returns it. */
export type LoanRow = Row<'loans'>

export function loanRow(book: Book, id: number, field = 'loanId'): LoanRow {
  const r = book.q.row<LoanRow>('SELECT * FROM loans WHERE id = ?', id)
  if (!r) throw new CommandError('NOT_FOUND', `Pinjaman dengan id ${id} tidak ditemukan`, field)
  return r
}

/**
 * Denda on one overdue installment's unpaid part (DOMAIN.md §4.3): per day after the grace period,
 * counted from the due date or, when a payment came later, from that payment; or a fixed amount
 * once per late installment.
 */
export function installmentDenda(
  loan: { denda_mode: string; denda_value: string; grace_days: number },
  unpaid: number,
  dueDate: string,
  lastPayment: string | null,
  asOf: string,
  late = daysBetween(dueDate, asOf)
): number {
  if (late <= loan.grace_days) return 0
  const paidSince = lastPayment !== null && lastPayment > dueDate
  if (loan.denda_mode === 'TETAP') return paidSince ? 0 : Number(loan.denda_value)
  const counted = paidSince ? daysBetween(lastPayment, asOf) + loan.grace_days : late
  return lateFeePerDay(unpaid, counted, loan.grace_days, loan.denda_value)
}

/**
 * What a disbursed loan owes on a date (DOMAIN.md §4.3). Installment k falls due on D_k; its period
 * is (D_{k-1}, D_k]. On a date d, the installments with D_k < d are overdue (settled oldest first by
 * the payments made by then, with denda on each overdue part from its due date, or from the last
 * payment if later); the installment with D_{k-1} < d ≤ D_k is the current one. So a payoff on the
 * due date D_k costs jasa_k and not jasa_{k+1}; one day later installment k is overdue and jasa_{k+1}
 * is the current jasa. The payoff follows the loan's early-payoff rule: the current period's jasa,
 * every remaining jasa or none, plus a penalty of some months of the current jasa.
 */
export function loanDues(book: Book, loan: LoanRow, asOf: string): LoanDues {
  const schedule = book.q.rows<{ no: number; due_date: string; pokok: number; jasa: number }>(
    'SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no',
    loan.id
  )
  const paid = book.q.row<{ pokok: number; jasa: number; last: string | null }>(
    'SELECT COALESCE(SUM(pokok),0) AS pokok, COALESCE(SUM(jasa),0) AS jasa, MAX(date) AS last FROM loan_payments WHERE loan_id = ? AND date <= ?',
    loan.id,
    asOf
  )!
  let pokokLeft = paid.pokok
  let jasaLeft = paid.jasa
  let overduePokok = 0
  let overdueJasa = 0
  let denda = 0
  let daysPastDue = 0
  let current: { pokok: number; jasa: number; scheduledJasa: number; dueDate: string } | null = null
  let laterJasa = 0
  let later = false
  for (const i of schedule) {
    const pPaid = Math.min(i.pokok, pokokLeft)
    const jPaid = Math.min(i.jasa, jasaLeft)
    pokokLeft -= pPaid
    jasaLeft -= jPaid
    const unpaidPokok = i.pokok - pPaid
    const unpaidJasa = i.jasa - jPaid
    if (i.due_date < asOf) {
      overduePokok += unpaidPokok
      overdueJasa += unpaidJasa
      const unpaid = unpaidPokok + unpaidJasa
      if (unpaid > 0) {
        daysPastDue = Math.max(daysPastDue, daysBetween(i.due_date, asOf))
        denda += installmentDenda(loan, unpaid, i.due_date, paid.last, asOf)
      }
    } else if (!current) {
      current = { pokok: unpaidPokok, jasa: unpaidJasa, scheduledJasa: i.jasa, dueDate: i.due_date }
    } else {
      laterJasa += unpaidJasa
      later = true
    }
  }
  const outstanding = loan.principal - paid.pokok
  const currentJasa = current?.jasa ?? 0
  const currentPokok = current?.pokok ?? 0
  // Paying off is early while installments after the current one remain, or before the current
  // one's own due date; on the last due date the payoff is simply what is due.
  const early = current !== null && outstanding > 0 && (later || current.dueDate > asOf)
  const payoffJasa = !early
    ? currentJasa
    : loan.early_payoff_jasa === 'TANPA_JASA'
      ? 0
      : loan.early_payoff_jasa === 'SELURUH_SISA'
        ? currentJasa + laterJasa
        : currentJasa
  const payoffPenalty = early ? loan.early_payoff_penalty_months * current!.scheduledJasa : 0
  return {
    asOf,
    outstandingPokok: outstanding,
    overdueJasa,
    overduePokok,
    denda,
    currentJasa,
    currentPokok,
    payoff: denda + overdueJasa + payoffJasa + payoffPenalty + outstanding,
    payoffJasa,
    payoffPenalty,
    daysPastDue
  }
}

/** Dues of a loan that is paid off or written off on the date: nothing is owed. */
export function settledDues(asOf: string): LoanDues {
  return {
    asOf,
    outstandingPokok: 0,
    overdueJasa: 0,
    overduePokok: 0,
    denda: 0,
    currentJasa: 0,
    currentPokok: 0,
    payoff: 0,
    payoffJasa: 0,
    payoffPenalty: 0,
    daysPastDue: 0
  }
}

export interface Allocation {
  denda: number
  jasa: number
  pokok: number
}

/** The payoff split: it settles everything, with the early-payoff jasa and penalty taken as jasa. */
export function payoffAllocation(d: LoanDues): Allocation {
  return { denda: d.denda, jasa: d.overdueJasa + d.payoffJasa + d.payoffPenalty, pokok: d.outstandingPokok }
}

/**
 * How a payment is split, step by step, and what stays owed after it. The exact payoff amount
 * settles the loan by the payoff split; any other amount goes over what is owed in the configured
 * order (default denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan), the
 * rest to the remaining principal.
 */
export function planPayment(
  d: LoanDues,
  amount: number,
  order: readonly AllocationStep[] = DEFAULT_ALLOCATION_ORDER
): PaymentPlan {
  if (amount === d.payoff) {
    const a = payoffAllocation(d)
    const steps: PaymentPlan['steps'] = [
      { step: 'DENDA', amount: d.denda },
      { step: 'JASA_TERTUNGGAK', amount: d.overdueJasa },
      { step: 'JASA_PELUNASAN', amount: d.payoffJasa + d.payoffPenalty },
      { step: 'SISA_POKOK', amount: d.outstandingPokok }
    ]
    return {
      amount,
      isPayoff: true,
      allocation: a,
      steps: steps.filter((x) => x.amount > 0),
      remaining: { denda: 0, overdueJasa: 0, overduePokok: 0, currentJasa: 0, outstandingPokok: 0, total: 0 },
      closes: true
    }
  }
  let left = amount
  const take = (n: number) => {
    const t = Math.min(n, left)
    left -= t
    return t
  }
  const got: Record<AllocationStep, number> = {
    DENDA: 0,
    JASA_TERTUNGGAK: 0,
    POKOK_TERTUNGGAK: 0,
    JASA_BERJALAN: 0,
    POKOK_BERJALAN: 0
  }
  const owed: Record<AllocationStep, number> = {
    DENDA: d.denda,
    JASA_TERTUNGGAK: d.overdueJasa,
    POKOK_TERTUNGGAK: d.overduePokok,
    JASA_BERJALAN: d.currentJasa,
    POKOK_BERJALAN: d.currentPokok
  }
  for (const step of order) got[step] = take(owed[step])
  const rest = take(d.outstandingPokok - d.overduePokok - d.currentPokok)
  const a: Allocation = {
    denda: got.DENDA,
    jasa: got.JASA_TERTUNGGAK + got.JASA_BERJALAN,
    pokok: got.POKOK_TERTUNGGAK + got.POKOK_BERJALAN + rest
  }
  const steps: PaymentPlan['steps'] = [
    ...order.map((step) => ({ step, amount: got[step] })),
    { step: 'SISA_POKOK' as const, amount: rest }
  ].filter((x) => x.amount > 0)
  const remaining = {
    denda: d.denda - got.DENDA,
    overdueJasa: d.overdueJasa - got.JASA_TERTUNGGAK,
    overduePokok: d.overduePokok - got.POKOK_TERTUNGGAK,
    currentJasa: d.currentJasa - got.JASA_BERJALAN,
    outstandingPokok: d.outstandingPokok - a.pokok,
    total: 0
  }
  remaining.total = remaining.denda + remaining.overdueJasa + remaining.currentJasa + remaining.outstandingPokok
  return { amount, isPayoff: false, allocation: a, steps, remaining, closes: false }
}

/** The allocation of a payment (see planPayment). */
export function allocatePayment(
  d: LoanDues,
  amount: number,
  order: readonly AllocationStep[] = DEFAULT_ALLOCATION_ORDER
): Allocation {
  return planPayment(d, amount, order).allocation
}
