import type { DomainCommandName } from '../../shared/commands'
import type { panduanCommands } from '../../shared/commands/panduan'
import type { Handler } from '../commands/handler'
import { calendarSettings, obligationCalendar, reminders, setCalendarSettings, setMark } from './calendar'
import { firstMonthChecklist } from './checklist'
import { memberSheet, memberSheetList } from './member-sheet'
import { quizResult, quizResults, quizSummary, startQuiz, submitQuiz } from './quiz'

type Name = keyof typeof panduanCommands & DomainCommandName

/** Panduan: tes pemahaman, Lembar Anggota, kalender kewajiban, langkah bulan pertama. The PDF/XLSX export is a host command. */
export const panduanHandlers: { [K in Name]: Handler<K> } = {
  'panduan.quizStart': (ctx, i) => startQuiz(ctx, i),
  'panduan.quizSubmit': (ctx, i) => submitQuiz(ctx, i),
  'panduan.quizResult': (ctx, i) => quizResult(ctx.book, i.attemptId),
  'panduan.quizResults': (ctx, i) => quizResults(ctx.book, i),
  'panduan.quizSummary': (ctx, i) => quizSummary(ctx.book, i.year, ctx.now()),
  'panduan.memberSheet': (ctx, i) => memberSheet(ctx, i.year, i.memberId),
  'panduan.memberSheets': (ctx, i) => memberSheetList(ctx, i.year),
  'panduan.calendar': (ctx, i) => obligationCalendar(ctx, i.year, i.asOf),
  'panduan.reminders': (ctx, i) => reminders(ctx, i.asOf),
  'panduan.calendarSettings': (ctx) => calendarSettings(ctx.book),
  'panduan.setCalendarSettings': (ctx, i) => setCalendarSettings(ctx.book, i),
  'panduan.mark': (ctx, i) => setMark(ctx, i),
  'panduan.checklist': (ctx, i) => firstMonthChecklist(ctx, i.asOf)
}
