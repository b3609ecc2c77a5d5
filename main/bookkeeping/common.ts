import { CommandError } from '../../shared/errors'
import type { Book } from '../db/book'
import { cumulativeByAccount } from '../ledger/balances'

export interface AccountRow {
  id: number
  code: string
  name: string
  type: string
  normal_balance: 'D' | 'K'
  is_header: number
  is_active: number
  control: string | null
}

export function findAccount(book: Book, code: string): AccountRow | undefined {
  return book.q
    .prepare('SELECT id, code, name, type, normal_balance, is_header, is_active, control FROM accounts WHERE code = ?')
    .get(code) as AccountRow | undefined
}

/** The message that sends member control accounts to their own menus. */
export function controlMessage(a: { code: string; name: string; control: string }): string {
  return a.control.startsWith('PINJAMAN')
    ? `akun ${a.code} ${a.name} dikelola menu Pinjaman agar sisa pinjaman tiap anggota tetap cocok`
    : `akun ${a.code} ${a.name} dikelola menu Simpanan agar saldo tiap anggota tetap cocok`
}

/**
 * A postable, non-control account for a line this module writes (the module posts with its own
 * journal source, so the journal's MANUAL control check does not apply and is repeated here).
 */
export function assertPostable(book: Book, code: string, label: string, field: string): AccountRow {
  const a = findAccount(book, code)
  if (!a) throw new CommandError('NOT_FOUND', `${label}: akun ${code} tidak ditemukan`, field)
  if (a.is_header)
    throw new CommandError(
      'INVALID_INPUT',
      `${label}: akun ${a.code} ${a.name} adalah akun induk; pilih salah satu sub-akunnya`,
      field
    )
  if (!a.is_active) throw new CommandError('INVALID_INPUT', `${label}: akun ${a.code} ${a.name} tidak aktif`, field)
  if (a.control)
    throw new CommandError(
      'INVALID_INPUT',
      `${label}: ${controlMessage({ code: a.code, name: a.name, control: a.control })}; catat di menu itu`,
      field
    )
  return a
}

/** Cash and bank accounts: leaves under 1-11 (kas) and 1-12 (bank), as DOMAIN.md §2.1. */
export function isCashCode(code: string): boolean {
  return /^1-1[12]\d\d(-\d+)*$/.test(code)
}

export function assertCashAccount(
  book: Book,
  code: string,
  field = 'cashAccount',
  label = 'Akun kas/bank'
): AccountRow {
  const a = findAccount(book, code)
  if (!a) throw new CommandError('NOT_FOUND', `${label}: akun ${code} tidak ditemukan`, field)
  if (!isCashCode(a.code) || a.type !== 'ASET' || a.control) {
    throw new CommandError(
      'INVALID_INPUT',
      `${label}: akun ${a.code} ${a.name} bukan akun kas atau bank (1-11xx atau 1-12xx)`,
      field
    )
  }
  if (a.is_header)
    throw new CommandError(
      'INVALID_INPUT',
      `${label}: akun ${a.code} ${a.name} adalah akun induk; pilih salah satu sub-akunnya`,
      field
    )
  if (!a.is_active) throw new CommandError('INVALID_INPUT', `${label}: akun ${a.code} ${a.name} tidak aktif`, field)
  return a
}

export function unitId(book: Book, code: string | null, label: string, field: string): number | null {
  if (code === null) return null
  const u = book.q.prepare('SELECT id, is_active FROM units WHERE code = ?').get(code) as
    { id: number; is_active: number } | undefined
  if (!u) throw new CommandError('NOT_FOUND', `${label}: unit usaha ${code} tidak ditemukan`, field)
  if (!u.is_active) throw new CommandError('INVALID_INPUT', `${label}: unit usaha ${code} tidak aktif`, field)
  return u.id
}

/** Net debit − credit of one account over every line on or before `date`. */
export function netAt(book: Book, accountId: number, date: string): number {
  const r = book.q
    .prepare(
      'SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) AS n FROM journal_lines WHERE account_id = ? AND date <= ?'
    )
    .get(accountId, date) as { n: number }
  return r.n
}

/** Net debit − credit per account id on or before `date` (month balances + a partial month). */
export function netByAccount(book: Book, date: string): Map<number, number> {
  const out = new Map<number, number>()
  for (const [id, dc] of cumulativeByAccount(book, date)) out.set(id, dc.debit - dc.credit)
  return out
}

/** An entry counts while it has not been reversed. */
export function isReversed(book: Book, entryId: number): { id: number; number: string } | null {
  return (
    (book.q.prepare('SELECT id, number FROM journal_entries WHERE reversal_of = ?').get(entryId) as
      { id: number; number: string } | undefined) ?? null
  )
}
