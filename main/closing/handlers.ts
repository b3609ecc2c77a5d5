import type { DomainCommandName } from '../../shared/commands'
import { todayOf } from '../setup/timezone'
import type { closingCommands } from '../../shared/commands/closing'
import type { Handler } from '../commands/handler'
import { closingPreview, closingStatus, closingYears, reopenPreview, reopenYear } from './close'

type Name = keyof typeof closingCommands & DomainCommandName

/** One handler per closing command; spread into the main handler map. closing.close runs at the book host. */
export const closingHandlers: { [K in Name]: Handler<K> } = {
  'closing.preview': (ctx, input) => closingPreview(ctx.book, input.year, input.tax, todayOf(ctx)),
  'closing.status': (ctx, input) => closingStatus(ctx.book, input.year),
  'closing.years': (ctx) => closingYears(ctx.book, todayOf(ctx)),
  'closing.reopenPreview': (ctx, input) => reopenPreview(ctx.book, input.year),
  'closing.reopen': (ctx, input) => reopenYear(ctx, input)
}
