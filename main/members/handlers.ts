import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { exitMember, exitSettlement } from './exit'
import { activateMember, checkNik, createMember, getMember, listMembers, memberHistory, updateMember } from './register'

type Name =
  | 'members.checkNik'
  | 'members.create'
  | 'members.update'
  | 'members.activate'
  | 'members.get'
  | 'members.list'
  | 'members.history'
  | 'members.exitPreview'
  | 'members.exit'

/** The member register: one handler per command, spread into the main handler map. */
export const memberHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'members.checkNik': (ctx, input) => checkNik(ctx, input),
  'members.create': (ctx, input) => createMember(ctx, input),
  'members.update': (ctx, input) => updateMember(ctx, input),
  'members.activate': (ctx, input) => activateMember(ctx, input),
  'members.get': (ctx, input) => getMember(ctx.book, input),
  'members.list': (ctx, input) => listMembers(ctx.book, input),
  'members.history': (ctx, input) => memberHistory(ctx.book, input.id),
  'members.exitPreview': (ctx, input) => exitSettlement(ctx.book, input.id, input.date),
  'members.exit': (ctx, input) => exitMember(ctx, input)
}
