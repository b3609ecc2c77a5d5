import type { DomainCommandName } from '../../shared/commands'
import type { shuCommands } from '../../shared/commands/shu'
import type { Handler } from '../commands/handler'
import {
  allocatePreview,
  explain,
  payables,
  payShu,
  postShu,
  setShuSettings,
  shuPostPreview,
  shuSettings,
  shuTieOut,
  simulateCommand
} from './shu'

type Name = keyof typeof shuCommands & DomainCommandName

/** One handler per shu command; spread into the main handler map. */
export const shuHandlers: { [K in Name]: Handler<K> } = {
  'shu.settings': (ctx, input) => shuSettings(ctx.book, input.year),
  'shu.setSettings': (ctx, input) => setShuSettings(ctx, input),
  'shu.allocatePreview': (_ctx, input) => allocatePreview(input),
  'shu.simulate': (ctx, input) => simulateCommand(ctx, input),
  'shu.explain': (ctx, input) => explain(ctx, input),
  'shu.post': (ctx, input) => postShu(ctx, input),
  'shu.postPreview': (ctx, input) => shuPostPreview(ctx, input),
  'shu.pay': (ctx, input) => payShu(ctx, input),
  'shu.payables': (ctx, input) => payables(ctx.book, input.year, input.status),
  'shu.tieOut': (ctx, input) => shuTieOut(ctx.book, input.asOf)
}
