import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { createUnit, listUnits, setUnitActive, updateUnit } from './units'

type Name = 'units.list' | 'units.create' | 'units.update' | 'units.setActive'

/** Business units: one handler per command, spread into the main handler map. */
export const unitHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'units.list': (ctx, input) => listUnits(ctx.book, input.includeInactive),
  'units.create': (ctx, input) => createUnit(ctx, input),
  'units.update': (ctx, input) => updateUnit(ctx, input),
  'units.setActive': (ctx, input) => setUnitActive(ctx, input)
}
