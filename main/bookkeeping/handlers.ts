import type { DomainCommandName } from '../../shared/commands'
import { todayOf } from '../setup/timezone'
import type { bookkeepingCommands } from '../../shared/commands/bookkeeping'
import type { Handler } from '../commands/handler'
import { cashBook, getVoucher, postVoucher } from './cash'
import { openingStatus, postOpening } from './opening'
import {
  assetRegister,
  assetSchedule,
  assetSettings,
  createAsset,
  depreciate,
  depreciationPreview,
  disposeAsset,
  setAssetSettings
} from './assets'
import { createTemplate, listTemplates, postRecurring, recurringDue, updateTemplate } from './recurring'

type Name = keyof typeof bookkeepingCommands & DomainCommandName

/** One handler per bookkeeping command; spread into the main handler map. */
export const bookkeepingHandlers: { [K in Name]: Handler<K> } = {
  'cash.book': (ctx, input) => cashBook(ctx.book, input),
  'cash.receipt': (ctx, input) => postVoucher(ctx, 'MASUK', input),
  'cash.payment': (ctx, input) => postVoucher(ctx, 'KELUAR', input),
  'cash.voucher': (ctx, input) => getVoucher(ctx.book, input.entryId),

  'opening.status': (ctx, input) => openingStatus(ctx.book, input),
  'opening.post': (ctx, input) => postOpening(ctx, input),

  'assets.list': (ctx, input) => assetRegister(ctx.book, input, todayOf(ctx)),
  'assets.create': (ctx, input) => createAsset(ctx, input),
  'assets.schedule': (ctx, input) => assetSchedule(ctx.book, input),
  'assets.depreciationPreview': (ctx, input) => depreciationPreview(ctx.book, input),
  'assets.depreciate': (ctx, input) => depreciate(ctx, input),
  'assets.dispose': (ctx, input) => disposeAsset(ctx, input),
  'assets.settings': (ctx) => assetSettings(ctx.book),
  'assets.setSettings': (ctx, input) => setAssetSettings(ctx, input),

  'recurring.list': (ctx, input) => listTemplates(ctx.book, input),
  'recurring.create': (ctx, input) => createTemplate(ctx, input),
  'recurring.update': (ctx, input) => updateTemplate(ctx, input),
  'recurring.due': (ctx, input) => recurringDue(ctx.book, input),
  'recurring.post': (ctx, input) => postRecurring(ctx, input)
}
