import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { auditHead, listAudit, verifyAudit } from '../audit/trail'
import { authStatus, listUsers, logout, setAuthEnabled, updateUser } from './users'

type Name =
  | 'auth.status'
  | 'auth.logout'
  | 'auth.setEnabled'
  | 'users.list'
  | 'users.update'
  | 'audit.list'
  | 'audit.head'
  | 'audit.verify'

/** Login, users and the audit trail: one handler per command, spread into the main handler map. */
export const authHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'auth.status': (ctx) => authStatus(ctx),
  'auth.logout': (ctx) => logout(ctx),
  'auth.setEnabled': (ctx, input) => setAuthEnabled(ctx, input.enabled),
  'users.list': (ctx) => listUsers(ctx.book),
  'users.update': (ctx, input) => updateUser(ctx, input),
  'audit.list': (ctx, input) => listAudit(ctx.book, input),
  'audit.head': (ctx) => auditHead(ctx.book),
  'audit.verify': (ctx, input) =>
    verifyAudit(
      ctx.book,
      (done, total) => ctx.progress?.({ done, total, label: 'Memeriksa rantai audit' }),
      input.anchor
    )
}
