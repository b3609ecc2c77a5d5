import type { DomainCommandName } from '../../shared/commands'
import type { dinasCommands } from '../../shared/commands/dinas'
import type { Handler } from '../commands/handler'
import { requireProfile } from '../setup/profile'
import { dinasRecap, expectedCooperatives, removeSubmission, setExpectedCooperatives } from './consolidation'
import { dinasPeriodicRecap, dinasPeriodicReport, removePeriodic } from './periodic'
import { dinasProfile, dinasReport, dinasTemplate, setDinasProfile, setDinasTemplate } from './report'

type Name = keyof typeof dinasCommands & DomainCommandName

export const dinasHandlers: { [K in Name]: Handler<K> } = {
  'dinas.report': (ctx, i) => dinasReport(ctx.book, i.year, ctx.now()),
  'dinas.profile': (ctx) => (requireProfile(ctx.book), dinasProfile(ctx.book)),
  'dinas.setProfile': (ctx, i) => (requireProfile(ctx.book), setDinasProfile(ctx.book, i)),
  'dinas.template': (ctx) => dinasTemplate(ctx.book),
  'dinas.setTemplate': (ctx, i) => setDinasTemplate(ctx.book, i.columns),
  'dinas.recap': (ctx, i) => dinasRecap(ctx.book, i.year),
  'dinas.removeSubmission': (ctx, i) => removeSubmission(ctx.book, i.year, i.key),
  'dinas.expected': (ctx) => expectedCooperatives(ctx.book),
  'dinas.setExpected': (ctx, i) => setExpectedCooperatives(ctx.book, i.cooperatives),
  'dinas.periodic': (ctx, i) => (requireProfile(ctx.book), dinasPeriodicReport(ctx.book, i.year, i.quarter, ctx.now())),
  'dinas.periodicRecap': (ctx, i) => dinasPeriodicRecap(ctx.book, i.year),
  'dinas.removePeriodic': (ctx, i) => removePeriodic(ctx.book, i.year, i.quarter, i.key)
}
