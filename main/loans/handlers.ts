import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { todayOf } from '../setup/timezone'
import { setLendingLimits } from './limits'
import {
  applyLoan,
  decideLoan,
  disburseLoan,
  getLoan,
  listLoans,
  paymentPreview,
  recoverLoan,
  setCollateral,
  writeOffLoan,
  writeOffPreview
} from './loans'
import { loanPolicy, setLoanPolicy } from './policy'
import { loanArrears, loanPortfolio, postProvision } from './portfolio'
import { productsAt, setProduct } from './products'
import { payLoanAtDesk, schedulePreview } from './desk'

type Name =
  | 'loans.setProduct'
  | 'loans.products'
  | 'loans.apply'
  | 'loans.decide'
  | 'loans.disburse'
  | 'loans.pay'
  | 'loans.payPreview'
  | 'loans.get'
  | 'loans.list'
  | 'loans.setLimits'
  | 'loans.policy'
  | 'loans.setPolicy'
  | 'loans.setCollateral'
  | 'loans.arrears'
  | 'loans.portfolio'
  | 'loans.provision'
  | 'loans.writeOff'
  | 'loans.writeOffPreview'
  | 'loans.recover'
  | 'loans.schedulePreview'

/** Pinjaman: one handler per command, spread into the main handler map. */
export const loanHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'loans.setProduct': (ctx, input) => setProduct(ctx, input),
  'loans.products': (ctx, input) => productsAt(ctx.book, input.asOf ?? todayOf(ctx)),
  'loans.apply': (ctx, input) => applyLoan(ctx, input),
  'loans.decide': (ctx, input) => decideLoan(ctx, input),
  'loans.disburse': (ctx, input) => disburseLoan(ctx, input),
  'loans.pay': (ctx, input) => payLoanAtDesk(ctx, input),
  'loans.payPreview': (ctx, input) => paymentPreview(ctx.book, input),
  'loans.get': (ctx, input) => getLoan(ctx.book, input.loanId, input.asOf ?? todayOf(ctx)),
  'loans.list': (ctx, input) => listLoans(ctx.book, input, todayOf(ctx)),
  'loans.setLimits': (ctx, input) => setLendingLimits(ctx, input),
  'loans.policy': (ctx) => loanPolicy(ctx.book),
  'loans.setPolicy': (ctx, input) => setLoanPolicy(ctx, input),
  'loans.setCollateral': (ctx, input) => setCollateral(ctx, input),
  'loans.arrears': (ctx, input) => loanArrears(ctx.book, input.asOf),
  'loans.portfolio': (ctx, input) => loanPortfolio(ctx.book, input.asOf),
  'loans.provision': (ctx, input) => postProvision(ctx, input.date),
  'loans.writeOff': (ctx, input) => writeOffLoan(ctx, input),
  'loans.writeOffPreview': (ctx, input) => writeOffPreview(ctx.book, input),
  'loans.recover': (ctx, input) => recoverLoan(ctx, input),
  'loans.schedulePreview': (_ctx, input) => schedulePreview(input)
}
