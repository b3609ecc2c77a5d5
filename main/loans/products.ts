import type { CommandParsedInput } from '../../shared/commands'
import type { EarlyPayoffJasa, LoanProduct } from '../../shared/commands/loans'
import type { LoanMethod } from '../../shared/loans/schedule'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'

interface ProductRow {
  code: string
  effective_from: string
  name: string
  method: string
  rate_per_month: string
  max_tenor: number
  max_amount: number
  provisi_percent: string
  admin_fee: number
  fee_deducted: number
  denda_mode: string
  denda_value: string
  grace_days: number
  round_up_to: number
  receivable: string
  early_payoff_jasa: string
  early_payoff_penalty_months: number
}

const toProduct = (r: ProductRow): LoanProduct => ({
  code: r.code,
  effectiveFrom: r.effective_from,
  name: r.name,
  method: r.method as LoanMethod,
  ratePerMonth: r.rate_per_month,
  maxTenor: r.max_tenor,
  maxAmount: r.max_amount,
  provisiPercent: r.provisi_percent,
  adminFee: r.admin_fee,
  feeDeducted: r.fee_deducted === 1,
  dendaMode: r.denda_mode as LoanProduct['dendaMode'],
  dendaValue: r.denda_value,
  graceDays: r.grace_days,
  roundUpTo: r.round_up_to as 0 | 100 | 1000,
  receivable: r.receivable as LoanProduct['receivable'],
  earlyPayoffJasa: r.early_payoff_jasa as EarlyPayoffJasa,
  earlyPayoffPenaltyMonths: r.early_payoff_penalty_months
})

/** A product version: the same code and effective date replaces it; a later date starts a new version. */
export function setProduct(ctx: CommandContext, p: CommandParsedInput<'loans.setProduct'>): LoanProduct {
  ctx.book.q
    .prepare(
      `INSERT INTO loan_products (code, effective_from, name, method, rate_per_month, max_tenor, max_amount, provisi_percent, admin_fee, fee_deducted,
         denda_mode, denda_value, grace_days, round_up_to, receivable, early_payoff_jasa, early_payoff_penalty_months, is_active, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT (code, effective_from) DO UPDATE SET name = excluded.name, method = excluded.method, rate_per_month = excluded.rate_per_month,
         max_tenor = excluded.max_tenor, max_amount = excluded.max_amount, provisi_percent = excluded.provisi_percent, admin_fee = excluded.admin_fee,
         fee_deducted = excluded.fee_deducted, denda_mode = excluded.denda_mode, denda_value = excluded.denda_value, grace_days = excluded.grace_days,
         round_up_to = excluded.round_up_to, receivable = excluded.receivable, early_payoff_jasa = excluded.early_payoff_jasa,
         early_payoff_penalty_months = excluded.early_payoff_penalty_months`
    )
    .run(
      p.code,
      p.effectiveFrom,
      p.name,
      p.method,
      p.ratePerMonth,
      p.maxTenor,
      p.maxAmount,
      p.provisiPercent,
      p.adminFee,
      p.feeDeducted ? 1 : 0,
      p.dendaMode,
      p.dendaValue,
      p.graceDays,
      p.roundUpTo,
      p.receivable,
      p.earlyPayoffJasa,
      p.earlyPayoffPenaltyMonths,
      nowIso(ctx)
    )
  return productAt(ctx.book, p.code, p.effectiveFrom)!
}

export function productAt(book: Book, code: string, date: string): LoanProduct | null {
  const r = book.q
    .prepare('SELECT * FROM loan_products WHERE code = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1')
    .get(code, date) as ProductRow | undefined
  return r ? toProduct(r) : null
}

export function productsAt(book: Book, date: string): LoanProduct[] {
  const codes = book.q.prepare('SELECT DISTINCT code FROM loan_products ORDER BY code').all() as { code: string }[]
  return codes.map((c) => productAt(book, c.code, date)).filter((p): p is LoanProduct => p !== null)
}

/** The product's name as it stood on a date, else its latest name, else the code. */
export function productName(book: Book, code: string, date: string): string {
  const r = (book.q
    .prepare(
      'SELECT name FROM loan_products WHERE code = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1'
    )
    .get(code, date) ??
    book.q.prepare('SELECT name FROM loan_products WHERE code = ? ORDER BY effective_from DESC LIMIT 1').get(code)) as
    { name: string } | undefined
  return r?.name ?? code
}
