import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { PeriodEvent, PeriodStatus } from '../../shared/ledger/types'
import { monthRange } from '../../shared/dates/calendar'
import { formatMonth } from '../../shared/dates/format'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'

export function isMonthLocked(book: Book, month: string): boolean {
  return book.q.prepare('SELECT 1 FROM period_locks WHERE month = ?').get(month) !== undefined
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
  const r = book.q.prepare('SELECT locked_at, locked_by FROM period_locks WHERE month = ?').get(month) as
    { locked_at: string; locked_by: string } | undefined
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
    book.q.prepare('INSERT INTO period_locks (month, locked_at, locked_by) VALUES (?, ?, ?)').run(month, at, ctx.actor)
    book.q
      .prepare(`INSERT INTO period_lock_events (month, action, reason, at, by) VALUES (?, 'TUTUP', NULL, ?, ?)`)
      .run(month, at, ctx.actor)
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
  book.q.prepare('DELETE FROM period_locks WHERE month = ?').run(input.month)
  book.q
    .prepare(`INSERT INTO period_lock_events (month, action, reason, at, by) VALUES (?, 'BUKA', ?, ?, ?)`)
    .run(input.month, input.reason, nowIso(ctx), ctx.actor)
  return status(book, input.month)
}

export function listPeriods(
  book: Book,
  year: number | undefined,
  today: string
): { periods: PeriodStatus[]; events: PeriodEvent[] } {
  const startMonth = requireProfile(book).booksStartDate.slice(0, 7)
  const lastLocked = (book.q.prepare('SELECT MAX(month) AS m FROM period_locks').get() as { m: string | null }).m
  const lastPosted = (book.q.prepare('SELECT MAX(date) AS d FROM journal_entries').get() as { d: string | null }).d
  const end = [today.slice(0, 7), lastLocked ?? '', lastPosted?.slice(0, 7) ?? ''].sort().at(-1)!
  let months = monthRange(startMonth, end < startMonth ? startMonth : end)
  if (year !== undefined) months = months.filter((m) => m.startsWith(`${year}-`))
  const events = book.q
    .prepare(
      `SELECT id, month, action, reason, at, by FROM period_lock_events ${year !== undefined ? 'WHERE month LIKE ?' : ''} ORDER BY id DESC LIMIT 500`
    )
    .all(...(year !== undefined ? [`${year}-%`] : [])) as PeriodEvent[]
  return { periods: months.map((m) => status(book, m)), events }
}
