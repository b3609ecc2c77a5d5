import type { Handlers } from './handler'
import { hostHandlers } from './host-handlers'
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

/**
 * The one registry: a handler per declared command, host commands included, and nothing dispatched
 * beside it; its type comes from the declarations (shared/commands), so the compiler refuses a missing
 * or mistyped handler. Each domain's handlers live in main/<domain>/handlers.ts, the book host's in
 * ./host-handlers.ts; the compiled CLI loads only the module a call needs (scripts/build-cli.mjs
 * replaces this map there with one that loads on first use).
 */
export const handlers: Handlers = {
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
  ...regionHandlers,
  ...hostHandlers
}
