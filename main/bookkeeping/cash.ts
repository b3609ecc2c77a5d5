import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { CashBook, CashVoucher } from '../../shared/commands/bookkeeping'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { addDays } from '../../shared/dates/calendar'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { requireProfile } from '../setup/profile'
import { assertCashAccount, assertPostable, isReversed, netAt, unitId } from './common'

type VoucherInput = CommandParsedInput<'cash.receipt'>

/**
 * Bukti Kas Masuk (MASUK) posts Dr cash / Cr each counter line in series KM; Bukti Kas Keluar
 * (KELUAR) posts Dr each counter line / Cr cash in series KK. The voucher number is the journal
 * number (KM-2026-000001), numbered per series and year by the journal itself.
 */
export function postVoucher(ctx: CommandContext, kind: 'MASUK' | 'KELUAR', input: VoucherInput): CashVoucher {
  const { book } = ctx
  const cash = assertCashAccount(book, input.cashAccount)
  input.lines.forEach((l, i) => {
    const label = `Baris ${i + 1}`
    const a = assertPostable(book, l.account, label, `lines.${i}.account`)
    if (a.id === cash.id)
      throw new CommandError(
        'INVALID_INPUT',
        `${label}: akun lawan tidak boleh sama dengan akun kas/bank ${cash.code}`,
        `lines.${i}.account`
      )
    unitId(book, l.unit, label, `lines.${i}.unit`)
  })
  const total = input.lines.reduce((s, l) => s + l.amount, 0)
  if (!Number.isSafeInteger(total)) throw new CommandError('INVALID_INPUT', 'Baris: jumlah terlalu besar', 'lines')
  const counter = input.lines.map((l) => ({
    account: l.account,
    debit: kind === 'KELUAR' ? l.amount : 0,
    credit: kind === 'MASUK' ? l.amount : 0,
    memberId: null,
    unit: l.unit,
    pihak: null,
    memo: l.memo
  }))
  const cashLine = {
    account: cash.code,
    debit: kind === 'MASUK' ? total : 0,
    credit: kind === 'KELUAR' ? total : 0,
    memberId: null,
    unit: null,
    pihak: null,
    memo: input.partyName
  }
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: input.description,
      reference: input.reference,
      series: kind === 'MASUK' ? 'KM' : 'KK',
      lines: kind === 'MASUK' ? [cashLine, ...counter] : [...counter, cashLine]
    },
    { source: 'BUKTI_KAS' }
  )
  book.q
    .prepare(
      'INSERT INTO cash_vouchers (entry_id, kind, cash_account_id, party_name, created_at) VALUES (?, ?, ?, ?, ?)'
    )
    .run(entry.id, kind, cash.id, input.partyName, nowIso(ctx))
  return getVoucher(book, entry.id)
}

export function getVoucher(book: Book, entryId: number): CashVoucher {
  const v = book.q
    .prepare(
      `SELECT v.kind, v.party_name, a.id AS cash_id, a.code AS cash_code, a.name AS cash_name,
              e.id, e.number, e.date, e.description, e.reference, e.total, e.created_by
       FROM cash_vouchers v JOIN journal_entries e ON e.id = v.entry_id JOIN accounts a ON a.id = v.cash_account_id
       WHERE v.entry_id = ?`
    )
    .get(entryId) as
    | {
        kind: 'MASUK' | 'KELUAR'
        party_name: string
        cash_id: number
        cash_code: string
        cash_name: string
        id: number
        number: string
        date: string
        description: string
        reference: string | null
        total: number
        created_by: string
      }
    | undefined
  if (!v)
    throw new CommandError(
      'NOT_FOUND',
      `Bukti kas: jurnal dengan id ${entryId} bukan bukti kas masuk/keluar`,
      'entryId'
    )
  const lines = book.q
    .prepare(
      `SELECT a.code, a.name, u.code AS unit_code, l.memo, l.debit, l.credit FROM journal_lines l
       JOIN accounts a ON a.id = l.account_id LEFT JOIN units u ON u.id = l.unit_id
       WHERE l.entry_id = ? AND NOT (l.account_id = ? AND ${v.kind === 'MASUK' ? 'l.debit' : 'l.credit'} > 0)
       ORDER BY l.line_no`
    )
    .all(entryId, v.cash_id) as {
    code: string
    name: string
    unit_code: string | null
    memo: string | null
    debit: number
    credit: number
  }[]
  return {
    entryId: v.id,
    number: v.number,
    kind: v.kind,
    date: v.date,
    cashAccount: { code: v.cash_code, name: v.cash_name },
    partyName: v.party_name,
    description: v.description,
    reference: v.reference,
    lines: lines.map((l) => ({
      accountCode: l.code,
      accountName: l.name,
      unitCode: l.unit_code,
      memo: l.memo,
      amount: l.debit + l.credit
    })),
    total: v.total,
    amountInWords: terbilangRupiah(v.total),
    cooperativeName: requireProfile(book).name,
    createdBy: v.created_by,
    reversedBy: isReversed(book, v.id)
  }
}

/**
 * Buku kas: every journal line on the cash account (vouchers, savings, loans, manual journals,
 * reversals) in the period, one row per entry (its debits and credits to the account summed),
 * in date and posting order, with the running balance. Opening = balance at the day before `from`.
 */
export function cashBook(book: Book, input: CommandParsedInput<'cash.book'>): CashBook {
  if (input.from > input.to)
    throw new CommandError('INVALID_INPUT', 'Dari tanggal: tidak boleh setelah "sampai tanggal"', 'from')
  const a = assertCashAccount(book, input.account, 'account')
  const opening = netAt(book, a.id, addDays(input.from, -1))
  const rows = book.q
    .prepare(
      `SELECT e.id, e.date, e.number, e.description, e.source, SUM(l.debit) AS d, SUM(l.credit) AS c,
              EXISTS (SELECT 1 FROM cash_vouchers v WHERE v.entry_id = e.id) AS has_voucher
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.account_id = ? AND l.date >= ? AND l.date <= ?
       GROUP BY e.id ORDER BY e.date, e.id`
    )
    .all(a.id, input.from, input.to) as {
    id: number
    date: string
    number: string
    description: string
    source: string
    d: number
    c: number
    has_voucher: number
  }[]
  let balance = opening
  let totalIn = 0
  let totalOut = 0
  const out = rows.map((r) => {
    balance += r.d - r.c
    totalIn += r.d
    totalOut += r.c
    return {
      entryId: r.id,
      date: r.date,
      number: r.number,
      description: r.description,
      source: r.source,
      in: r.d,
      out: r.c,
      balance,
      hasVoucher: r.has_voucher === 1
    }
  })
  return {
    account: { code: a.code, name: a.name },
    from: input.from,
    to: input.to,
    opening,
    totalIn,
    totalOut,
    closing: balance,
    rows: out
  }
}
