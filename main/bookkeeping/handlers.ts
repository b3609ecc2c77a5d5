import type { DomainCommandName } from '../../shared/commands'
import type { bookkeepingCommands } from '../../shared/commands/bookkeeping'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof bookkeepingCommands & DomainCommandName

/** One handler per bookkeeping command; spread into the main handler map. */
export const bookkeepingHandlers: { [K in Name]: Handler<K> } = {}
