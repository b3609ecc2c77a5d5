import type { CommandParsedInput } from '../../shared/commands'
import type { LoanProduct } from '../../shared/commands/loans'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'

type ProductRow = Row<'loan_products'>

const toProduct = (r: ProductRow): LoanProduct => ({
  code: r.code,
  effectiveFrom: r.effective_from,
  name: r.name,
  method: r.method,
  ratePerMonth: r.rate_per_month,
  maxTenor: r.max_tenor,
  maxAmount: r.max_amount,
  provisiPercent: r.provisi_percent,
  adminFee: r.admin_fee,
  feeDeducted: r.fee_deducted === 1,
  dendaMode: r.denda_mode,
  dendaValue: r.denda_value,
  graceDays: r.grace_days,
  roundUpTo: r.round_up_to as 0 | 100 | 1000,
  receivable: r.receivable,
  earlyPayoffJasa: r.early_payoff_jasa,
  earlyPayoffPenaltyMonths: r.early_payoff_penalty_months
})

/** A product version: the same code and effective date replaces it; a later date starts a new version. */
export function setProduct(ctx: CommandContext, p: CommandParsedInput<'loans.setProduct'>): LoanProduct {
  const terms = {
    name: p.name,
    method: p.method,
    rate_per_month: p.ratePerMonth,
    max_tenor: p.maxTenor,
    max_amount: p.maxAmount,
    provisi_percent: p.provisiPercent,
    admin_fee: p.adminFee,
    fee_deducted: p.feeDeducted ? 1 : 0,
    denda_mode: p.dendaMode,
    denda_value: p.dendaValue,
    grace_days: p.graceDays,
    round_up_to: p.roundUpTo,
    receivable: p.receivable,
    early_payoff_jasa: p.earlyPayoffJasa,
    early_payoff_penalty_months: p.earlyPayoffPenaltyMonths
  }
  ctx.book.q.run(
    qb
      .insertInto('loan_products')
      .values({ code: p.code, effective_from: p.effectiveFrom, ...terms, is_active: 1, created_at: nowIso(ctx) })
      .onConflict((oc) => oc.columns(['code', 'effective_from']).doUpdateSet(terms))
  )
  return productAt(ctx.book, p.code, p.effectiveFrom)!
}

export function productAt(book: Book, code: string, date: string): LoanProduct | null {
  const r = book.q.first(
    qb
      .selectFrom('loan_products')
      .selectAll()
      .where('code', '=', code)
      .where('effective_from', '<=', date)
      .orderBy('effective_from', 'desc')
      .limit(1)
  )
  return r ? toProduct(r) : null
}

export function productsAt(book: Book, date: string): LoanProduct[] {
  const codes = book.q.all(qb.selectFrom('loan_products').select('code').distinct().orderBy('code'))
  return codes.map((c) => productAt(book, c.code, date)).filter((p): p is LoanProduct => p !== null)
}

/** The product's name as it stood on a date, else its latest name, else the code. */
export function productName(book: Book, code: string, date: string): string {
  const latest = qb
    .selectFrom('loan_products')
    .select('name')
    .where('code', '=', code)
    .orderBy('effective_from', 'desc')
  const r = book.q.first(latest.where('effective_from', '<=', date).limit(1)) ?? book.q.first(latest.limit(1))
  return r?.name ?? code
}
