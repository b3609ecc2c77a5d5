import type { DomainCommandName } from '../../shared/commands'
import type { shuCommands } from '../../shared/commands/shu'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof shuCommands & DomainCommandName

/** One handler per shu command; spread into the main handler map. */
export const shuHandlers: { [K in Name]: Handler<K> } = {}
