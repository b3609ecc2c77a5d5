import type { CommandParsedInput } from '../../shared/commands'
import type { CommandContext } from '../commands/context'
import { assertDesk } from '../till/till'
import { sell } from './trading'

/** A sale at the desk: paid in cash, the till must be open for the day and the cash account (main/till). */
export function sellAtDesk(ctx: CommandContext, input: CommandParsedInput<'trading.sell'>) {
  assertDesk(ctx, { date: input.date, cashAccount: input.payment === 'TUNAI' ? input.cashAccount : null })
  return sell(ctx, input)
}
