import type { CommandParsedInput } from '../../shared/commands'
import { effectiveMonthlyRate, loanSchedule } from '../../shared/loans/schedule'
import type { CommandContext } from '../commands/context'
import { assertDesk } from '../till/till'
import { payLoan } from './loans'

/** An installment paid at the desk: the till must be open for the day and the cash account (main/till). */
export function payLoanAtDesk(ctx: CommandContext, input: CommandParsedInput<'loans.pay'>) {
  assertDesk(ctx, { date: input.date, cashAccount: input.cashAccount })
  return payLoan(ctx, input)
}

/** A schedule before any loan exists (the simulation), with its effective monthly rate. */
export function schedulePreview(input: CommandParsedInput<'loans.schedulePreview'>) {
  const s = loanSchedule(input)
  return { ...s, effectiveRatePerMonth: effectiveMonthlyRate(input.principal, s.installments) }
}
