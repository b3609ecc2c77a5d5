import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { systemCheck } from '../check/system-check'
import { allBackups, backupStatus, configureBackups } from './settings'

type Name = 'backup.status' | 'backup.list' | 'backup.configure' | 'system.check'

/** Backup settings and the system check: one handler per command, spread into the main handler map. */
export const backupHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'backup.status': (ctx) => backupStatus(ctx.book, ctx.now()),
  'backup.list': (ctx) => allBackups(ctx.book),
  'backup.configure': (ctx, input) => configureBackups(ctx.book, input, ctx.now()),
  'system.check': (ctx) => systemCheck(ctx)
}
