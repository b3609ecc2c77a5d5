import type { AuthUser } from '../../shared/commands/auth'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import type { Progress } from '../commands/context'
import type { ExportDocument } from '../files/deliver'
import { verifyBookFile } from '../backup/backups'
import { readBookId } from '../db/book-identity'
import { openBook } from '../db/book'
import { checkLedger } from '../ledger/check'
import { verifyAudit } from '../audit/trail'

/**
 * Read-only work the book host hands to the worker thread, so the window never freezes: building a
 * document (the host then writes or sends it), or checking a file. Each task runs the same functions
 * the host would otherwise run itself.
 */
export interface TaskContext {
  book: Book
  now: () => Date
  user: AuthUser | null
  progress?: (p: Progress) => void
}

export const TASKS = {
  'statements.document': async (
    c: TaskContext,
    input: CommandParsedInput<'statements.export'>
  ): Promise<ExportDocument> => {
    const { exportStatement } = await import('../statements/export')
    return exportStatement(c.book, input, c.now())
  },
  'statements.periodicDocument': async (
    c: TaskContext,
    input: CommandParsedInput<'statements.periodicExport'>
  ): Promise<ExportDocument> => {
    const { exportPeriodic } = await import('../statements/periodic-export')
    return exportPeriodic(c.book, input)
  },
  'ratbook.document': async (c: TaskContext, input: { year: number }): Promise<ExportDocument & { pages: number }> => {
    const { ratbookPdf } = await import('../ratbook/export')
    return ratbookPdf(
      { book: c.book, actor: c.user?.username ?? 'worker', user: c.user, now: c.now },
      input,
      c.progress
    )
  },
  'dinas.documents': async (c: TaskContext, input: { year: number; format: 'xlsx' | 'csv' | 'pdf' | 'json' }) => {
    const { exportDinas } = await import('../dinas/export')
    return exportDinas(c.book, input, c.now())
  },
  'dinas.periodicDocuments': async (
    c: TaskContext,
    input: { year: number; quarter: number; format: 'xlsx' | 'json' }
  ) => {
    const { exportDinasPeriodic } = await import('../dinas/periodic-export')
    return exportDinasPeriodic(c.book, input, c.now())
  },
  'dinas.periodicRecapDocument': async (c: TaskContext, input: { year: number }): Promise<ExportDocument> => {
    const { exportPeriodicRecap } = await import('../dinas/periodic-export')
    return exportPeriodicRecap(c.book, input.year)
  },
  'dinas.recapDocument': async (
    c: TaskContext,
    input: { year: number; format: 'xlsx' | 'pdf' }
  ): Promise<ExportDocument> => {
    const { exportRecap } = await import('../dinas/export')
    return exportRecap(c.book, input)
  },
  'journal.plainText': async (
    c: TaskContext,
    input: { format: 'ledger' | 'beancount'; from: string | null; to: string | null }
  ): Promise<string> => {
    const { plainTextJournal } = await import('../ledger/plain-text')
    return plainTextJournal(c.book, input.format, input.from, input.to)
  },
  'panduan.memberSheets': async (c: TaskContext, input: { year: number; format: 'pdf' | 'xlsx' }) => {
    const { exportMemberSheets } = await import('../panduan/export')
    return exportMemberSheets({ book: c.book, actor: c.user?.username ?? 'worker', user: c.user, now: c.now }, input)
  },
  'books.document': async (c: TaskContext, input: CommandParsedInput<'books.export'>) => {
    const { exportBook } = await import('../books/export')
    return exportBook({ book: c.book, actor: c.user?.username ?? 'worker', user: c.user, now: c.now }, input)
  },
  'backup.verifyFile': async (c: TaskContext, input: { path: string; scratchDir: string }) =>
    verifyBookFile(input.path, input.scratchDir, readBookId(c.book.sqlite)),
  /** A book copy written as .partial, checked before it replaces anything. */
  'book.checkCopy': async (c: TaskContext, input: { path: string }): Promise<string[]> => {
    const copy = await openBook(input.path, { readonly: true })
    try {
      const ctx = { book: copy, actor: 'pemeriksa', now: c.now }
      return [...checkLedger(ctx).problems.map((p) => p.message), ...verifyAudit(copy).problems.map((p) => p.message)]
    } finally {
      copy.close()
    }
  }
}

export type TaskName = keyof typeof TASKS
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[1]
export type TaskResult<T extends TaskName> = Awaited<ReturnType<(typeof TASKS)[T]>>
