import type { CommandName, CommandParsedInput, CommandResult, DomainCommandName } from '../../shared/commands'
import type { CommandContext } from './context'
import { setupHandlers } from '../setup/handlers'
import { ledgerHandlers } from '../ledger/handlers'
import { unitHandlers } from '../units/handlers'
import { authHandlers } from '../auth/handlers'
import { backupHandlers } from '../backup/handlers'
import { memberHandlers } from '../members/handlers'
import { savingsHandlers } from '../savings/handlers'
import { loanHandlers } from '../loans/handlers'
import { tradingHandlers } from '../trading/handlers'
import { bookkeepingHandlers } from '../bookkeeping/handlers'
import { statementsHandlers } from '../statements/handlers'
import { shuHandlers } from '../shu/handlers'
import { closingHandlers } from '../closing/handlers'
import { ratHandlers } from '../rat/handlers'
import { ratbookHandlers } from '../ratbook/handlers'
import { healthHandlers } from '../health/handlers'
import { dashboardHandlers } from '../dashboard/handlers'
import { dinasHandlers } from '../dinas/handlers'
import { panduanHandlers } from '../panduan/handlers'
import { tillHandlers } from '../till/handlers'
import { regionHandlers } from '../regions/handlers'

export type Handler<K extends CommandName> = (ctx: CommandContext, input: CommandParsedInput<K>) => CommandResult<K>

/**
 * One handler per declared command; the compiler refuses a missing or mistyped one. Each domain's
 * handlers live in main/<domain>/handlers.ts; the compiled CLI loads only the domain a call needs
 * (scripts/build-cli.mjs replaces this map there with one that loads on first use).
 */
export const handlers: { [K in DomainCommandName]: Handler<K> } = {
  ...setupHandlers,
  ...ledgerHandlers,
  ...unitHandlers,
  ...authHandlers,
  ...backupHandlers,
  ...memberHandlers,
  ...savingsHandlers,
  ...loanHandlers,
  ...tradingHandlers,
  ...bookkeepingHandlers,
  ...statementsHandlers,
  ...shuHandlers,
  ...closingHandlers,
  ...ratHandlers,
  ...ratbookHandlers,
  ...healthHandlers,
  ...dashboardHandlers,
  ...dinasHandlers,
  ...panduanHandlers,
  ...tillHandlers,
  ...regionHandlers
}
