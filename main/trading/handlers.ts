import type { DomainCommandName } from '../../shared/commands'
import type { tradingCommands } from '../../shared/commands/trading'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof tradingCommands & DomainCommandName

/** One handler per trading command; spread into the main handler map. */
export const tradingHandlers: { [K in Name]: Handler<K> } = {}
