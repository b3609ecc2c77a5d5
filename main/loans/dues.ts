import { CommandError } from '../../shared/errors'
import type { AllocationStep, Loan, LoanDues } from '../../shared/commands/loans'
import { DEFAULT_ALLOCATION_ORDER } from '../../shared/commands/loans'
import { lateFeePerDay } from '../../shared/loans/schedule'
import type { Book } from '../db/book'

export interface LoanRow {
  id: number; loan_no: string; member_id: number; product_code: string; method: string; rate_per_month: string; tenor: number; principal: number
  round_up_to: number; provisi: number; admin_fee: number; fee_deducted: number; denda_mode: string; denda_value: string; grace_days: number
  receivable: string; status: Loan['status']; purpose: string | null; applied_at: string; decided_at: string | null; decided_by: string | null
  decision_note: string | null; disbursed_at: string | null; disbursement_entry_id: number | null; closed_at: string | null
  agunan_pengurang: number; written_off_at: string | null; written_off_amount: number; recovered: number
  early_payoff_jasa: string; early_payoff_penalty_months: number
  paid_pokok: number; paid_jasa: number; last_paid_date: string | null; first_open_due: string | null
}

export function loanRow(book: Book, id: number, field = 'loanId'): LoanRow {
  const r = book.q.prepare('SELECT * FROM loans WHERE id = ?').get(id) as LoanRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Pinjaman dengan id ${id} tidak ditemukan`, field)
  return r
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

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
 * What a disbursed loan owes on a date. Payments settle installments oldest first; denda runs on
 * each overdue installment's unpaid part from its due date, or from the last payment if later.
 * The payoff follows the loan's early-payoff rule: the jasa of this month, of every remaining
 * month or none, plus a penalty of some months of this month's jasa.
 */
export function loanDues(book: Book, loan: LoanRow, asOf: string): LoanDues {
  const schedule = book.q.prepare('SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no').all(loan.id) as { no: number; due_date: string; pokok: number; jasa: number }[]
  const paid = book.q.prepare('SELECT COALESCE(SUM(pokok),0) AS pokok, COALESCE(SUM(jasa),0) AS jasa, MAX(date) AS last FROM loan_payments WHERE loan_id = ? AND date <= ?').get(loan.id, asOf) as { pokok: number; jasa: number; last: string | null }
  let pokokLeft = paid.pokok
  let jasaLeft = paid.jasa
  let overduePokok = 0
  let overdueJasa = 0
  let denda = 0
  let daysPastDue = 0
  let current: { pokok: number; jasa: number; scheduledJasa: number } | null = null
  let laterJasa = 0
  for (const i of schedule) {
    const pPaid = Math.min(i.pokok, pokokLeft)
    const jPaid = Math.min(i.jasa, jasaLeft)
    pokokLeft -= pPaid
    jasaLeft -= jPaid
    const unpaidPokok = i.pokok - pPaid
    const unpaidJasa = i.jasa - jPaid
    if (i.due_date <= asOf) {
      overduePokok += unpaidPokok
      overdueJasa += unpaidJasa
      const unpaid = unpaidPokok + unpaidJasa
      if (unpaid > 0) {
        daysPastDue = Math.max(daysPastDue, daysBetween(i.due_date, asOf))
        denda += installmentDenda(loan, unpaid, i.due_date, paid.last, asOf)
      }
    } else if (!current) {
      current = { pokok: unpaidPokok, jasa: unpaidJasa, scheduledJasa: i.jasa }
    } else {
      laterJasa += unpaidJasa
    }
  }
  const outstanding = loan.principal - paid.pokok
  const currentJasa = current?.jasa ?? 0
  const currentPokok = current?.pokok ?? 0
  // Paying off while installments are still to come is early; otherwise the payoff is simply what is due.
  const early = current !== null && outstanding > 0
  const payoffJasa = !early ? 0 : loan.early_payoff_jasa === 'TANPA_JASA' ? 0 : loan.early_payoff_jasa === 'SELURUH_SISA' ? currentJasa + laterJasa : currentJasa
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
 * Splits a payment over what is owed in the configured order (default denda → jasa tertunggak →
 * pokok tertunggak → jasa berjalan → pokok berjalan), the rest to the remaining principal. The
 * exact payoff amount settles the loan by the payoff split.
 */
export function allocatePayment(d: LoanDues, amount: number, order: readonly AllocationStep[] = DEFAULT_ALLOCATION_ORDER): Allocation {
  if (amount === d.payoff) return payoffAllocation(d)
  let left = amount
  const take = (n: number) => {
    const t = Math.min(n, left)
    left -= t
    return t
  }
  const a: Allocation = { denda: 0, jasa: 0, pokok: 0 }
  for (const step of order) {
    if (step === 'DENDA') a.denda += take(d.denda)
    else if (step === 'JASA_TERTUNGGAK') a.jasa += take(d.overdueJasa)
    else if (step === 'POKOK_TERTUNGGAK') a.pokok += take(d.overduePokok)
    else if (step === 'JASA_BERJALAN') a.jasa += take(d.currentJasa)
    else a.pokok += take(d.currentPokok)
  }
  a.pokok += take(d.outstandingPokok - d.overduePokok - d.currentPokok)
  return a
}
