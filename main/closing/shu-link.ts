import type { Book } from '../db/book'
import { qb } from '../db/query'
import { formatDateLong } from '../../shared/dates/format'

/**
 * Whether the RAT's SHU allocation for a year is posted (migration 0014's shu_allocations): then
 * the year may not be reopened. null = not allocated.
 */
export function shuAllocatedFor(book: Book, year: number): string | null {
  const exists = book.q.row(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shu_allocations'`)
  if (!exists) return null
  const r = book.q.first(
    qb
      .selectFrom('shu_allocations as a')
      .leftJoin('journal_entries as e', 'e.id', 'a.entry_id')
      .select(['a.date', 'e.number'])
      .where('a.year', '=', year)
  )
  return r ? `jurnal pembagian ${r.number ?? '-'} tanggal ${formatDateLong(r.date)}` : null
}
