import type { PeriodicStatements } from '../../shared/commands/statements'
import { reportingPeriod, type PeriodKind } from '../../shared/statements/periods'
import type { Book } from '../db/book'
import { balanceSheet } from './balance-sheet'
import { cashFlow } from './cash-flow'
import { incomeStatement } from './income-statement'

export interface PeriodicInput {
  kind: PeriodKind
  year: number
  number: number
  compare: boolean
}

/** The three statements of a quarter or half year: the position on its last day, result and cash flow over it. */
export function periodicStatements(book: Book, i: PeriodicInput): PeriodicStatements {
  const period = reportingPeriod(i.kind, i.year, i.number)
  return {
    period,
    balanceSheet: balanceSheet(book, period.to, i.compare),
    incomeStatement: incomeStatement(book, period.from, period.to, i.compare),
    cashFlow: cashFlow(book, period.from, period.to, i.compare)
  }
}
