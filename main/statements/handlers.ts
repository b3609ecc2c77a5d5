import type { DomainCommandName } from '../../shared/commands'
import type { statementCommands } from '../../shared/commands/statements'
import type { Handler } from '../commands/handlers'

type Name = keyof typeof statementCommands & DomainCommandName

/** One handler per statements command; spread into the main handler map. */
export const statementsHandlers: { [K in Name]: Handler<K> } = {}
