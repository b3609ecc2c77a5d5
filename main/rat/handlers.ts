import type { DomainCommandName } from '../../shared/commands'
import { todayOf } from '../setup/timezone'
import type { ratCommands } from '../../shared/commands/rat'
import type { Handler } from '../commands/handler'
import {
  attendanceList,
  getRat,
  listRats,
  rapbRealisation,
  recordAttendance,
  saveDecisions,
  savePlan,
  saveRat
} from './meetings'
import { endOfficer, listOfficers, saveOfficer } from './organisation'
import { memberStatistics } from './statistics'

type Name = keyof typeof ratCommands & DomainCommandName

const today = todayOf

/** One handler per rat command; spread into the main handler map. */
export const ratHandlers: { [K in Name]: Handler<K> } = {
  'org.list': (ctx, input) => listOfficers(ctx.book, input.asOf ?? today(ctx), input.body, input.includeEnded),
  'org.save': (ctx, input) => saveOfficer(ctx, input, today(ctx)),
  'org.end': (ctx, input) => endOfficer(ctx, input, today(ctx)),
  'rat.list': (ctx) => listRats(ctx.book),
  'rat.save': (ctx, input) => saveRat(ctx, input),
  'rat.get': (ctx, input) => getRat(ctx.book, input),
  'rat.attendanceList': (ctx, input) => attendanceList(ctx.book, input.ratId),
  'rat.recordAttendance': (ctx, input) => recordAttendance(ctx, input),
  'rat.decisions': (ctx, input) => saveDecisions(ctx, input),
  'rat.savePlan': (ctx, input) => savePlan(ctx, input),
  'rat.rapbRealisation': (ctx, input) => rapbRealisation(ctx.book, input.year),
  'rat.memberStatistics': (ctx, input) => memberStatistics(ctx.book, input.year)
}
