import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import { formatRupiah } from '../../shared/money/rupiah'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { getSetting, setSetting } from '../settings'

/** Modal sendiri (UU 25/1992 Pasal 41): equity less this year's SHU and the closing summary account. */
export function modalSendiri(book: Book, asOf: string): number {
  const r = book.q.row<{ b: number }>(
    `SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id
              WHERE a.type = 'EKUITAS' AND a.code NOT LIKE '3-5%' AND a.code NOT LIKE '3-9%' AND l.date <= ?`,
    asOf
  )!
  return r.b
}

export function lendingLimits(book: Book): { relatedPartyPercent: string; otherPercent: string | null } {
  return {
    relatedPartyPercent: getSetting(book, 'loans.relatedPartyPercent') ?? '10',
    otherPercent: getSetting(book, 'loans.otherPercent')
  }
}

/**
 * BMPP (DOMAIN.md §4.1): a member's outstanding principal plus the new loan may not exceed 10 % of
 * modal sendiri for pengurus and pengawas; for other members a limit applies only when one is set.
 */
export function checkLendingLimit(
  book: Book,
  memberId: number,
  position: string,
  principal: number,
  date: string
): void {
  const limits = lendingLimits(book)
  const related = position === 'PENGURUS' || position === 'PENGAWAS'
  const percent = related ? limits.relatedPartyPercent : limits.otherPercent
  if (percent === null) return
  const modal = modalSendiri(book, date)
  const cap = new Decimal(Math.max(0, modal)).mul(new Decimal(percent).div(100)).floor().toNumber()
  const open = book.q.row<{ b: number }>(
    `SELECT COALESCE(SUM(l.principal), 0) - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p JOIN loans x ON x.id = p.loan_id WHERE x.member_id = ? AND x.status = 'CAIR'), 0) AS b
              FROM loans l WHERE l.member_id = ? AND l.status IN ('CAIR', 'DISETUJUI', 'DIAJUKAN')`,
    memberId,
    memberId
  )!
  if (open.b + principal > cap) {
    throw new CommandError(
      'CONFLICT',
      `Plafon pinjaman: melewati batas maksimum pemberian pinjaman ${related ? 'pihak terkait (pengurus/pengawas)' : 'per anggota'} ${percent} % dari modal sendiri (${formatRupiah(modal)}) = ${formatRupiah(cap)}; pinjaman berjalan ${formatRupiah(open.b)}`,
      'principal'
    )
  }
}

export function setLendingLimits(
  ctx: CommandContext,
  input: { relatedPartyPercent: string; otherPercent: string | null }
) {
  setSetting(ctx.book, 'loans.relatedPartyPercent', input.relatedPartyPercent)
  setSetting(ctx.book, 'loans.otherPercent', input.otherPercent)
  return lendingLimits(ctx.book)
}
