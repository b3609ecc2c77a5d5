import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { authEnabled } from '../auth/users'
import { setupStatus } from './initialize'
import { requireProfile } from './profile'
import { changeProfile, initializeBook, setupDefaults, systemInfo } from './system'

type Name = 'setup.status' | 'setup.defaults' | 'setup.initialize' | 'system.info' | 'profile.get' | 'profile.update'

/** Setup, the cooperative's profile and system.info: one handler per command, spread into the main handler map. */
export const setupHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'setup.status': (ctx) => setupStatus(ctx.book, !ctx.user && authEnabled(ctx.book)),
  'setup.defaults': () => setupDefaults(),
  'setup.initialize': (ctx, input) => initializeBook(ctx, input),
  'system.info': (ctx) => systemInfo(ctx.book),
  'profile.get': (ctx) => requireProfile(ctx.book),
  'profile.update': (ctx, input) => changeProfile(ctx, input)
}
