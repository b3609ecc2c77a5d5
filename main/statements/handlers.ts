import type { DomainCommandName } from '../../shared/commands'
import type { statementCommands } from '../../shared/commands/statements'
import type { Handler } from '../commands/handler'
import { balanceSheet, setMemberSharesAsLiability } from './balance-sheet'
import { calk, setPolicyText } from './calk'
import { cashFlow } from './cash-flow'
import { statementLines } from './drill'
import { equityChanges } from './equity-changes'
import { incomeStatement } from './income-statement'
import { periodicStatements } from './periodic'

type Name = keyof typeof statementCommands & DomainCommandName

/** One handler per statements command; spread into the main handler map. */
export const statementsHandlers: { [K in Name]: Handler<K> } = {
  'statements.balanceSheet': (ctx, i) => balanceSheet(ctx.book, i.asOf, i.compare),
  'statements.incomeStatement': (ctx, i) => incomeStatement(ctx.book, i.from, i.to, i.compare),
  'statements.equityChanges': (ctx, i) => equityChanges(ctx.book, i.from, i.to),
  'statements.cashFlow': (ctx, i) => cashFlow(ctx.book, i.from, i.to, i.compare),
  'statements.calk': (ctx, i) => calk(ctx.book, i.from, i.to),
  'statements.setPolicyText': (ctx, i) => setPolicyText(ctx, i.key, i.text),
  'statements.setPresentation': (ctx, i) => setMemberSharesAsLiability(ctx.book, i.memberSharesAsLiability),
  'statements.lines': (ctx, i) => statementLines(ctx.book, i),
  'statements.periodic': (ctx, i) => periodicStatements(ctx.book, i)
}
