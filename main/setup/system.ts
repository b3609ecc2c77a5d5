import { COMMAND_NAMES, type CommandParsedInput } from '../../shared/commands'
import { COOPERATIVE_TYPES } from '../../shared/commands/setup'
import { APP_VERSION } from '../../shared/version'
import type { CommandContext } from '../commands/context'
import type { Book } from '../db/book'
import { defaultChart } from '../ledger/default-chart'
import { resolveProfileRegions } from '../regions/profile-regions'
import { DEFAULT_UNITS } from '../units/default-units'
import { initialize } from './initialize'
import { findProfile, updateProfile } from './profile'

/** What the setup wizard starts from: the default chart of accounts, units and cooperative types. */
export function setupDefaults() {
  return { accounts: defaultChart(), units: DEFAULT_UNITS, cooperativeTypes: COOPERATIVE_TYPES }
}

/** The program's and the book's versions, the book's file, and how many commands there are. */
export function systemInfo(book: Book) {
  return {
    appVersion: APP_VERSION,
    schemaVersion: book.schemaVersion(),
    file: book.file,
    commands: COMMAND_NAMES.length
  }
}

/** Sets up the book, the profile's regions resolved against the Kemendagri list. */
export function initializeBook(ctx: CommandContext, input: CommandParsedInput<'setup.initialize'>) {
  return initialize(ctx, { ...input, profile: resolveProfileRegions(input.profile, null) })
}

/** Changes the profile, its regions resolved against the Kemendagri list (and the profile as it was). */
export function changeProfile(ctx: CommandContext, input: CommandParsedInput<'profile.update'>) {
  return updateProfile(ctx, resolveProfileRegions(input, findProfile(ctx.book)))
}
