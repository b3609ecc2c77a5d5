import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { PeriodEvent, PeriodStatus } from '../../shared/ledger/types'
import { monthRange } from '../../shared/dates/calendar'
import { formatMonth } from '../../shared/dates/format'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'

export function isMonthLocked(book: Book, month: string): boolean {
  return book.q.first(qb.selectFrom('period_locks').select('month').where('month', '=', month)) !== undefined
}

export function assertMonthOpen(book: Book, date: string, field: string): void {
  const month = date.slice(0, 7)
  if (isMonthLocked(book, month)) {
    throw new CommandError(
      'PERIOD_LOCKED',
      `Periode ${formatMonth(month)} sudah ditutup (dikunci). Pilih tanggal di periode yang masih terbuka, atau buka kunci periode dengan alasan.`,
      field
    )
  }
}

function status(book: Book, month: string): PeriodStatus {
  const r = book.q.first(qb.selectFrom('period_locks').select(['locked_at', 'locked_by']).where('month', '=', month))
  return { month, locked: r !== undefined, lockedAt: r?.locked_at ?? null, lockedBy: r?.locked_by ?? null }
}

/** Closing a month closes every earlier open month too: books are closed in order. */
export function lockPeriod(ctx: CommandContext, input: CommandParsedInput<'periods.lock'>): PeriodStatus[] {
  const { book } = ctx
  const startMonth = requireProfile(book).booksStartDate.slice(0, 7)
  if (input.month < startMonth) {
    throw new CommandError(
      'INVALID_INPUT',
      `Bulan: ${formatMonth(input.month)} sebelum mulai pembukuan (${formatMonth(startMonth)})`,
      'month'
    )
  }
  const at = nowIso(ctx)
  const locked: PeriodStatus[] = []
  for (const month of monthRange(startMonth, input.month)) {
    if (isMonthLocked(book, month)) continue
    book.q.run(qb.insertInto('period_locks').values({ month, locked_at: at, locked_by: ctx.actor }))
    book.q.run(qb.insertInto('period_lock_events').values({ month, action: 'TUTUP', reason: null, at, by: ctx.actor }))
    locked.push(status(book, month))
  }
  if (locked.length === 0) {
    throw new CommandError('CONFLICT', `Periode ${formatMonth(input.month)} sudah ditutup`, 'month')
  }
  return locked
}

export function unlockPeriod(ctx: CommandContext, input: CommandParsedInput<'periods.unlock'>): PeriodStatus {
  const { book } = ctx
  if (!isMonthLocked(book, input.month)) {
    throw new CommandError('CONFLICT', `Periode ${formatMonth(input.month)} tidak sedang dikunci`, 'month')
  }
  book.q.run(qb.deleteFrom('period_locks').where('month', '=', input.month))
  book.q.run(
    qb
      .insertInto('period_lock_events')
      .values({ month: input.month, action: 'BUKA', reason: input.reason, at: nowIso(ctx), by: ctx.actor })
  )
  return status(book, input.month)
}

export function listPeriods(
  book: Book,
  year: number | undefined,
  today: string
): { periods: PeriodStatus[]; events: PeriodEvent[] } {
  const startMonth = requireProfile(book).booksStartDate.slice(0, 7)
  const lastLocked = book.q.first(
    qb.selectFrom('period_locks').select((eb) => eb.fn.max<string | null>('month').as('m'))
  )!.m
  const lastPosted = book.q.first(
    qb.selectFrom('journal_entries').select((eb) => eb.fn.max<string | null>('date').as('d'))
  )!.d
  const end = [today.slice(0, 7), lastLocked ?? '', lastPosted?.slice(0, 7) ?? ''].sort().at(-1)!
  let months = monthRange(startMonth, end < startMonth ? startMonth : end)
  if (year !== undefined) months = months.filter((m) => m.startsWith(`${year}-`))
  let events = qb
    .selectFrom('period_lock_events')
    .select(['id', 'month', 'action', 'reason', 'at', 'by'])
    .orderBy('id', 'desc')
    .limit(500)
  if (year !== undefined) events = events.where('month', 'like', `${year}-%`)
  return { periods: months.map((m) => status(book, m)), events: book.q.all(events) }
}
