import type { DomainCommandName } from '../../shared/commands'
import type { ratCommands } from '../../shared/commands/rat'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof ratCommands & DomainCommandName

/** One handler per rat command; spread into the main handler map. */
export const ratHandlers: { [K in Name]: Handler<K> } = {}
