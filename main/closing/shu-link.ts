import type { Book } from '../db/book'
import { formatDateLong } from '../../shared/dates/format'

/**
 * Whether the RAT's SHU allocation for a year is posted (migration 0014's shu_allocations): then
 * the year may not be reopened. null = not allocated.
 */
export function shuAllocatedFor(book: Book, year: number): string | null {
  const exists = book.q.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shu_allocations'`).get()
  if (!exists) return null
  const r = book.q
    .prepare(
      'SELECT a.date, e.number FROM shu_allocations a LEFT JOIN journal_entries e ON e.id = a.entry_id WHERE a.year = ?'
    )
    .get(year) as { date: string; number: string | null } | undefined
  return r ? `jurnal pembagian ${r.number ?? '-'} tanggal ${formatDateLong(r.date)}` : null
}
