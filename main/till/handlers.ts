import type { DomainCommandName } from '../../shared/commands'
import type { tillCommands } from '../../shared/commands/till'
import type { Handler } from '../commands/handler'
import {
  acceptTill,
  closeTill,
  currentTill,
  listTills,
  openTill,
  setTillSettings,
  tillReport,
  tillSettings
} from './till'

type Name = keyof typeof tillCommands & DomainCommandName

/** Meja kasir: one handler per command; spread into the main handler map. */
export const tillHandlers: { [K in Name]: Handler<K> } = {
  'till.settings': (ctx) => tillSettings(ctx.book),
  'till.setSettings': (ctx, input) => setTillSettings(ctx, input),
  'till.open': (ctx, input) => openTill(ctx, input),
  'till.current': (ctx) => currentTill(ctx),
  'till.close': (ctx, input) => closeTill(ctx, input),
  'till.accept': (ctx, input) => acceptTill(ctx, input),
  'till.report': (ctx, input) => tillReport(ctx, input.sessionId),
  'till.list': (ctx, input) => listTills(ctx.book, input)
}
