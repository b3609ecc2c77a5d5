import type {
  CommandName,
  CommandParsedInput,
  CommandResult,
  DomainCommandName,
  HostCommandName
} from '../../shared/commands'
import type { CommandContext } from './context'
import type { HostContext } from './host-context'

/**
 * The context a command's handler gets, as its declaration says: a command declared with
 * `hostCommand` (shared/commands/define.ts) runs at the book host and gets the host context (a
 * subtype of the command context); every other command runs inside the dispatcher's transaction.
 */
export type ContextFor<K extends CommandName> = K extends HostCommandName ? HostContext : CommandContext

/** What a handler returns: host commands wait for files, threads and password hashes. */
export type ResultFor<K extends CommandName> = K extends HostCommandName ? Promise<CommandResult<K>> : CommandResult<K>

/** One handler signature for every command: `(ctx, input) => result`. */
export type Handler<K extends CommandName> = (ctx: ContextFor<K>, input: CommandParsedInput<K>) => ResultFor<K>

/** The one registry's type: an entry per declared command, nothing beside it. */
export type Handlers = { [K in CommandName]: Handler<K> }

/** The same map as the dispatcher sees it per kind of context (each key's type resolved). */
export type DomainHandlers = {
  [K in DomainCommandName]: (ctx: CommandContext, input: CommandParsedInput<K>) => CommandResult<K>
}
export type HostHandlers = {
  [K in HostCommandName]: (ctx: HostContext, input: CommandParsedInput<K>) => Promise<CommandResult<K>>
}
