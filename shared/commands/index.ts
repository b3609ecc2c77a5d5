import type { z } from 'zod'
import { setupCommands } from './setup'
import { accountCommands } from './accounts'
import { unitCommands } from './units'
import { journalCommands } from './journal'
import { reportCommands } from './reports'
import { deviceCommands } from './devices'
import { authCommands } from './auth'
import { backupCommands } from './backup'
import { memberCommands } from './members'
import { savingsCommands } from './savings'
import { importCommands } from './imports'
import { loanCommands } from './loans'
import { tradingCommands } from './trading'
import { bookkeepingCommands } from './bookkeeping'
import { statementCommands } from './statements'
import { shuCommands } from './shu'
import { closingCommands } from './closing'
import { ratCommands } from './rat'
import { ratbookCommands } from './ratbook'
import type { CommandDef } from './define'
import { healthCommands } from './health'
import { dashboardCommands } from './dashboard'
import { dinasCommands } from './dinas'
import { panduanCommands } from './panduan'
import { bookCommands } from './books'
import { tillCommands } from './till'
import { regionCommands } from './regions'
import { networkCommands } from './network'

/** The spine: every operation any door can perform, declared once. */
export const commands = {
  ...healthCommands,
  ...dashboardCommands,
  ...setupCommands,
  ...accountCommands,
  ...unitCommands,
  ...journalCommands,
  ...reportCommands,
  ...authCommands,
  ...deviceCommands,
  ...backupCommands,
  ...memberCommands,
  ...savingsCommands,
  ...importCommands,
  ...loanCommands,
  ...tradingCommands,
  ...bookkeepingCommands,
  ...statementCommands,
  ...shuCommands,
  ...closingCommands,
  ...ratCommands,
  ...ratbookCommands,
  ...dinasCommands,
  ...panduanCommands,
  ...bookCommands,
  ...tillCommands,
  ...regionCommands,
  ...networkCommands
}

export type Commands = typeof commands
export type CommandName = keyof Commands
type DefOf<K extends CommandName> = Commands[K]
export type CommandInput<K extends CommandName> = DefOf<K> extends CommandDef<infer I, unknown> ? z.input<I> : never
export type CommandParsedInput<K extends CommandName> =
  DefOf<K> extends CommandDef<infer I, unknown> ? z.output<I> : never
export type CommandResult<K extends CommandName> = DefOf<K> extends CommandDef<z.ZodType, infer R> ? R : never

/** Commands the book host runs (backup, restore, export): not inside a domain transaction. */
export type HostCommandName = { [K in CommandName]: Commands[K] extends { host: true } ? K : never }[CommandName]
export type DomainCommandName = Exclude<CommandName, HostCommandName>

export const COMMAND_NAMES = Object.keys(commands) as CommandName[]

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name)
}
