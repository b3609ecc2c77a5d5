import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { SavingsReceipt, SavingsTransaction } from '../../shared/commands/savings'
import { SAVINGS_TYPE_LABELS, type SavingsType } from '../../shared/savings/types'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { formatRupiah } from '../../shared/money/rupiah'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { getMember } from '../members/register'
import { requireSettingsAt } from './settings'

export const CONTROL_BY_TYPE: Record<SavingsType, string> = {
  POKOK: 'SIMPANAN_POKOK',
  WAJIB: 'SIMPANAN_WAJIB',
  SUKARELA: 'SIMPANAN_SUKARELA'
}

export function controlAccount(book: Book, type: SavingsType): { id: number; code: string; name: string } {
  const a = book.q.row<{ id: number; code: string; name: string }>(
    'SELECT id, code, name FROM accounts WHERE control = ?',
    CONTROL_BY_TYPE[type]
  )
  if (!a)
    throw new CommandError(
      'NOT_FOUND',
      `Akun kontrol ${SAVINGS_TYPE_LABELS[type].toLowerCase()} tidak ada di bagan akun`
    )
  return a
}

export function memberBalance(book: Book, memberId: number, type: SavingsType, asOf?: string): number {
  const r = book.q.row<{ b: number }>(
    `SELECT COALESCE(SUM(amount), 0) AS b FROM savings_transactions WHERE member_id = ? AND type = ? ${asOf ? 'AND date <= ?' : ''}`,
    memberId,
    type,
    ...(asOf ? [asOf] : [])
  )!
  return r.b
}

/** The lowest balance a member's savings of a type reaches from `from` on (checks a back-dated withdrawal). */
function lowestBalanceFrom(book: Book, memberId: number, type: SavingsType, from: string): number {
  const rows = book.q.rows<{ date: string; amount: number }>(
    'SELECT date, amount FROM savings_transactions WHERE member_id = ? AND type = ? ORDER BY date, id',
    memberId,
    type
  )
  let balance = 0
  let lowest = Number.POSITIVE_INFINITY
  for (const r of rows) {
    balance += r.amount
    if (r.date >= from) lowest = Math.min(lowest, balance)
  }
  return Math.min(
    lowest,
    rows.filter((r) => r.date <= from).reduce((s, r) => s + r.amount, 0)
  )
}

export function assertCashAccount(book: Book, code: string): void {
  const a = book.q.row<Pick<Row<'accounts'>, 'code' | 'type' | 'is_header' | 'is_active' | 'control'>>(
    'SELECT code, type, is_header, is_active, control FROM accounts WHERE code = ?',
    code
  )
  if (!a) throw new CommandError('NOT_FOUND', `Akun kas/bank ${code} tidak ditemukan`, 'cashAccount')
  if (a.type !== 'ASET' || a.is_header || !a.is_active || a.control) {
    throw new CommandError('INVALID_INPUT', `Akun ${code} bukan akun kas atau bank yang dapat dipakai`, 'cashAccount')
  }
}

export function insertSavingsRow(
  ctx: CommandContext,
  row: {
    memberId: number
    type: SavingsType
    kind: string
    date: string
    amount: number
    entryId: number
    note: string | null
  }
): number {
  const r = ctx.book.q.exec(
    'INSERT INTO savings_transactions (member_id, type, kind, date, amount, entry_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    row.memberId,
    row.type,
    row.kind,
    row.date,
    row.amount,
    row.entryId,
    row.note,
    nowIso(ctx)
  )
  return Number(r.lastInsertRowid)
}

export function getSavingsTransaction(book: Book, id: number): SavingsTransaction {
  const r = book.q.row<Row<'savings_transactions'> & { entry_number: string }>(
    `SELECT s.*, e.number AS entry_number FROM savings_transactions s JOIN journal_entries e ON e.id = s.entry_id WHERE s.id = ?`,
    id
  )!
  return {
    id: r.id,
    memberId: r.member_id,
    type: r.type,
    kind: r.kind,
    date: r.date,
    amount: r.amount,
    entryId: r.entry_id,
    entryNumber: r.entry_number,
    note: r.note,
    recordedAt: r.created_at
  }
}

type MoveInput = CommandParsedInput<'savings.deposit'>

export function deposit(ctx: CommandContext, input: MoveInput): SavingsReceipt {
  const { book } = ctx
  const member = getMember(book, { id: input.memberId }, 'memberId')
  if (member.status === 'KELUAR')
    throw new CommandError('CONFLICT', `${member.name} (${member.memberNo}) sudah keluar dari keanggotaan`, 'memberId')
  if (member.status === 'CALON' && input.type !== 'POKOK') {
    throw new CommandError(
      'CONFLICT',
      `${member.name} masih calon anggota: setoran pertama adalah simpanan pokok`,
      'type'
    )
  }
  if (input.type === 'POKOK') {
    const s = requireSettingsAt(book, input.date)
    const paid = memberBalance(book, member.id, 'POKOK')
    const remaining = s.pokokAmount - paid
    if (remaining <= 0)
      throw new CommandError('CONFLICT', `Simpanan pokok ${member.name} sudah lunas (${formatRupiah(paid)})`, 'amount')
    if (input.amount > remaining) {
      throw new CommandError(
        'INVALID_INPUT',
        `Jumlah: simpanan pokok tinggal ${formatRupiah(remaining)}, tidak boleh lebih`,
        'amount'
      )
    }
    if (s.pokokInstallments === 1 && input.amount !== remaining) {
      throw new CommandError(
        'INVALID_INPUT',
        `Jumlah: simpanan pokok dibayar sekaligus sebesar ${formatRupiah(remaining)}`,
        'amount'
      )
    }
  }
  assertCashAccount(book, input.cashAccount)
  const control = controlAccount(book, input.type)
  const label = SAVINGS_TYPE_LABELS[input.type]
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `Setoran ${label.toLowerCase()} ${member.memberNo} ${member.name}`,
      reference: input.reference,
      series: 'KM',
      lines: [
        {
          account: input.cashAccount,
          debit: input.amount,
          credit: 0,
          memberId: member.id,
          unit: null,
          pihak: null,
          memo: input.note
        },
        {
          account: control.code,
          debit: 0,
          credit: input.amount,
          memberId: member.id,
          unit: null,
          pihak: null,
          memo: input.note
        }
      ]
    },
    { source: 'SIMPANAN' }
  )
  const id = insertSavingsRow(ctx, {
    memberId: member.id,
    type: input.type,
    kind: 'SETOR',
    date: input.date,
    amount: input.amount,
    entryId: entry.id,
    note: input.note
  })
  return receipt(book, id, member)
}

export function withdraw(ctx: CommandContext, input: MoveInput): SavingsReceipt {
  const { book } = ctx
  const member = getMember(book, { id: input.memberId }, 'memberId')
  if (input.type !== 'SUKARELA') {
    throw new CommandError(
      'CONFLICT',
      `${SAVINGS_TYPE_LABELS[input.type]} tidak dapat ditarik selama masih menjadi anggota; dikembalikan saat keluar`,
      'type'
    )
  }
  const lowest = lowestBalanceFrom(book, member.id, 'SUKARELA', input.date)
  if (input.amount > lowest) {
    throw new CommandError(
      'CONFLICT',
      `Jumlah: saldo simpanan sukarela ${member.name} ${lowest < memberBalance(book, member.id, 'SUKARELA', input.date) ? 'setelah tanggal itu paling rendah' : 'pada tanggal itu'} ${formatRupiah(lowest)}; penarikan ${formatRupiah(input.amount)} akan membuat saldo minus`,
      'amount'
    )
  }
  assertCashAccount(book, input.cashAccount)
  const control = controlAccount(book, 'SUKARELA')
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `Penarikan simpanan sukarela ${member.memberNo} ${member.name}`,
      reference: input.reference,
      series: 'KK',
      lines: [
        {
          account: control.code,
          debit: input.amount,
          credit: 0,
          memberId: member.id,
          unit: null,
          pihak: null,
          memo: input.note
        },
        {
          account: input.cashAccount,
          debit: 0,
          credit: input.amount,
          memberId: member.id,
          unit: null,
          pihak: null,
          memo: input.note
        }
      ]
    },
    { source: 'SIMPANAN' }
  )
  const id = insertSavingsRow(ctx, {
    memberId: member.id,
    type: 'SUKARELA',
    kind: 'TARIK',
    date: input.date,
    amount: -input.amount,
    entryId: entry.id,
    note: input.note
  })
  return receipt(book, id, member)
}

function receipt(book: Book, id: number, member: { id: number; memberNo: string; name: string }): SavingsReceipt {
  const t = getSavingsTransaction(book, id)
  return {
    transaction: t,
    entry: { id: t.entryId, number: t.entryNumber },
    member: { id: member.id, memberNo: member.memberNo, name: member.name },
    balanceAfter: memberBalance(book, member.id, t.type, t.date),
    amountInWords: terbilangRupiah(Math.abs(t.amount))
  }
}

/**
 * When a journal that moved savings is reversed, the member's savings rows are reversed with it,
 * in the same transaction; a reversal that would leave sukarela below zero is refused.
 */
export function reverseSavingsOf(
  ctx: CommandContext,
  originalEntryId: number,
  reversal: { id: number; date: string }
): void {
  const rows = ctx.book.q.all(
    qb
      .selectFrom('savings_transactions')
      .select(['member_id', 'type', 'amount'])
      .where('entry_id', '=', originalEntryId)
      .orderBy('id')
  )
  for (const r of rows) {
    insertSavingsRow(ctx, {
      memberId: r.member_id,
      type: r.type,
      kind: 'KOREKSI',
      date: reversal.date,
      amount: -r.amount,
      entryId: reversal.id,
      note: 'Pembalikan jurnal'
    })
  }
  for (const r of rows) {
    if (lowestBalanceFrom(ctx.book, r.member_id, r.type, '0000-01-01') < 0) {
      throw new CommandError(
        'CONFLICT',
        `Pembalikan ini membuat saldo ${SAVINGS_TYPE_LABELS[r.type].toLowerCase()} anggota menjadi minus`,
        'entryId'
      )
    }
  }
}
