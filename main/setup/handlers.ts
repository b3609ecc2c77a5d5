import { COMMAND_NAMES, type DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { COOPERATIVE_TYPES } from '../../shared/commands/setup'
import { APP_VERSION } from '../../shared/version'
import { authEnabled } from '../auth/users'
import { defaultChart } from '../ledger/default-chart'
import { DEFAULT_UNITS } from '../units/default-units'
import { initialize, setupStatus } from './initialize'
import { findProfile, requireProfile, updateProfile } from './profile'
import { resolveProfileRegions } from '../regions/profile-regions'

type Name = 'setup.status' | 'setup.defaults' | 'setup.initialize' | 'system.info' | 'profile.get' | 'profile.update'

/** Setup, the cooperative's profile and system.info: one handler per command, spread into the main handler map. */
export const setupHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'setup.status': (ctx) => setupStatus(ctx.book, !ctx.user && authEnabled(ctx.book)),
  'setup.defaults': () => ({ accounts: defaultChart(), units: DEFAULT_UNITS, cooperativeTypes: COOPERATIVE_TYPES }),
  'setup.initialize': (ctx, input) =>
    initialize(ctx, { ...input, profile: resolveProfileRegions(input.profile, null) }),
  'system.info': (ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: ctx.book.schemaVersion(),
    file: ctx.book.file,
    commands: COMMAND_NAMES.length
  }),
  'profile.get': (ctx) => requireProfile(ctx.book),
  'profile.update': (ctx, input) => updateProfile(ctx, resolveProfileRegions(input, findProfile(ctx.book)))
}
