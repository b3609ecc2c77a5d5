import type { DomainCommandName } from '../../shared/commands'
import type { closingCommands } from '../../shared/commands/closing'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof closingCommands & DomainCommandName

/** One handler per closing command; spread into the main handler map. */
export const closingHandlers: { [K in Name]: Handler<K> } = {}
