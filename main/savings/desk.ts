import type { CommandParsedInput } from '../../shared/commands'
import type { CommandContext } from '../commands/context'
import { assertDesk } from '../till/till'
import { deposit, withdraw } from './ledger'

/*
 * Deposits and withdrawals in cash, as the desk takes them: the till must be open for the day and
 * the cash account (main/till `assertDesk`), then the savings ledger posts.
 */

export function depositAtDesk(ctx: CommandContext, input: CommandParsedInput<'savings.deposit'>) {
  assertDesk(ctx, { date: input.date, cashAccount: input.cashAccount })
  return deposit(ctx, input)
}

export function withdrawAtDesk(ctx: CommandContext, input: CommandParsedInput<'savings.withdraw'>) {
  assertDesk(ctx, { date: input.date, cashAccount: input.cashAccount, withdrawal: input.amount })
  return withdraw(ctx, input)
}
