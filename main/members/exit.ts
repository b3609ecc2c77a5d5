import { CommandError } from '../../shared/errors'
import { formatDateLong } from '../../shared/dates/format'
import type { CommandParsedInput } from '../../shared/commands'
import type { ExitSettlement } from '../../shared/commands/members'
import { SAVINGS_TYPES } from '../../shared/savings/types'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { assertCashAccount, controlAccount, insertSavingsRow, memberBalance } from '../savings/ledger'
import { getMember } from './register'
import { allocatePayment } from '../loans/dues'
import { memberLoanDues, receivableCode, settleLoanFromExit } from '../loans/loans'

export const MEMBER_RECEIVABLE_ACCOUNT = '1-1501'
export const EX_MEMBER_PAYABLE_ACCOUNT = '2-1701'

/** What a member's book balance on an account is (debit-normal), from the member-tagged lines. */
function memberDebitBalance(book: Book, memberId: number, code: string, asOf: string): number {
  const r = book.q
    .prepare(
      `SELECT COALESCE(SUM(l.debit) - SUM(l.credit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND l.member_id = ? AND l.date <= ?`
    )
    .get(code, memberId, asOf) as { b: number }
  return r.b
}

/**
 * DOMAIN.md §3.4: hak = pokok + wajib + sukarela; kewajiban = what the member still owes (bon
 * gerai today; loans join when the loan module arrives); netto = hak − kewajiban.
 */
export function exitSettlement(book: Book, memberId: number, date: string): ExitSettlement {
  const m = getMember(book, { id: memberId })
  const rights = {
    pokok: memberBalance(book, m.id, 'POKOK', date),
    wajib: memberBalance(book, m.id, 'WAJIB', date),
    sukarela: memberBalance(book, m.id, 'SUKARELA', date)
  }
  const receivable = Math.max(0, memberDebitBalance(book, m.id, MEMBER_RECEIVABLE_ACCOUNT, date))
  // DOMAIN.md §3.4: sisa pokok + jasa tertunggak + denda, with the jasa the loan's early-payoff rule
  // charges on settling it that day; every row adds up to its own payoff.
  const loans = memberLoanDues(book, m.id, date).map(({ loan, dues }) => {
    const jasaPelunasan = dues.payoffJasa + dues.payoffPenalty
    return {
      loanNo: loan.loan_no,
      outstandingPokok: dues.outstandingPokok,
      jasa: dues.overdueJasa + jasaPelunasan,
      jasaTertunggak: dues.overdueJasa,
      jasaPelunasan,
      denda: dues.denda,
      payoff: dues.payoff
    }
  })
  const loansTotal = loans.reduce((t, l) => t + l.payoff, 0)
  const hak = rights.pokok + rights.wajib + rights.sukarela
  const kewajiban = receivable + loansTotal
  return {
    member: { id: m.id, memberNo: m.memberNo, name: m.name, status: m.status },
    date,
    rights: { ...rights, total: hak },
    obligations: { receivable, loans, total: kewajiban },
    net: hak - kewajiban
  }
}

export function exitMember(ctx: CommandContext, input: CommandParsedInput<'members.exit'>) {
  const { book } = ctx
  const m = getMember(book, { id: input.id })
  if (m.status === 'KELUAR')
    throw new CommandError(
      'CONFLICT',
      `${m.name} (${m.memberNo}) sudah keluar sejak ${m.exitDate ? formatDateLong(m.exitDate) : '-'}`,
      'id'
    )
  const later = book.q.prepare('SELECT max(date) AS d FROM savings_transactions WHERE member_id = ?').get(m.id) as {
    d: string | null
  }
  if (later.d && later.d > input.date) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: ada transaksi simpanan sesudah tanggal keluar (${formatDateLong(later.d)})`,
      'date'
    )
  }
  if (input.payout === 'TUNAI') assertCashAccount(book, input.cashAccount)
  const s = exitSettlement(book, m.id, input.date)
  const lines: {
    account: string
    debit: number
    credit: number
    memberId: number | null
    unit: null
    pihak: null
    memo: string | null
  }[] = []
  for (const type of SAVINGS_TYPES) {
    const amount = s.rights[type.toLowerCase() as 'pokok']
    if (amount > 0)
      lines.push({
        account: controlAccount(book, type).code,
        debit: amount,
        credit: 0,
        memberId: m.id,
        unit: null,
        pihak: null,
        memo: null
      })
  }
  // Offset what is owed against the rights, loans first; anything owed beyond them stays owed.
  let available = s.rights.total
  const loanParts = memberLoanDues(book, m.id, input.date).map(({ loan, dues }) => {
    const part = allocatePayment(dues, Math.min(available, dues.payoff))
    available -= part.denda + part.jasa + part.pokok
    if (part.denda)
      lines.push({
        account: '4-1301',
        debit: 0,
        credit: part.denda,
        memberId: m.id,
        unit: null,
        pihak: null,
        memo: loan.loan_no
      })
    if (part.jasa)
      lines.push({
        account: '4-1101',
        debit: 0,
        credit: part.jasa,
        memberId: m.id,
        unit: null,
        pihak: null,
        memo: loan.loan_no
      })
    if (part.pokok)
      lines.push({
        account: receivableCode(book, loan.receivable),
        debit: 0,
        credit: part.pokok,
        memberId: m.id,
        unit: null,
        pihak: null,
        memo: loan.loan_no
      })
    return { loanId: loan.id, part, payoff: dues.payoff }
  })
  const offset = Math.min(s.obligations.receivable, available)
  available -= offset
  if (offset > 0)
    lines.push({
      account: MEMBER_RECEIVABLE_ACCOUNT,
      debit: 0,
      credit: offset,
      memberId: m.id,
      unit: null,
      pihak: null,
      memo: 'Dikompensasi dengan simpanan'
    })
  const payout = available
  if (payout > 0) {
    const account = input.payout === 'TUNAI' ? input.cashAccount : EX_MEMBER_PAYABLE_ACCOUNT
    lines.push({
      account,
      debit: 0,
      credit: payout,
      memberId: m.id,
      unit: null,
      pihak: null,
      memo: input.payout === 'TUNAI' ? 'Dibayar tunai' : 'Utang kepada eks-anggota'
    })
  }
  let entry: { id: number; number: string } | null = null
  if (lines.length >= 2) {
    entry = postEntryId(
      ctx,
      {
        date: input.date,
        description: `Pengembalian simpanan ${m.memberNo} ${m.name} (keluar)`,
        reference: input.reference,
        series: input.payout === 'TUNAI' ? 'KK' : 'JU',
        lines
      },
      { source: 'SIMPANAN' }
    )
    for (const lp of loanParts) settleLoanFromExit(ctx, lp.loanId, input.date, lp.part, lp.payoff, entry.id)
    for (const type of SAVINGS_TYPES) {
      const amount = s.rights[type.toLowerCase() as 'pokok']
      if (amount !== 0)
        insertSavingsRow(ctx, {
          memberId: m.id,
          type,
          kind: 'PENGEMBALIAN',
          date: input.date,
          amount: -amount,
          entryId: entry.id,
          note: 'Keluar dari keanggotaan'
        })
    }
  }
  const at = nowIso(ctx)
  book.q
    .prepare(
      `UPDATE members SET status = 'KELUAR', exit_date = ?, exit_reason = ?, exit_note = ?, updated_at = ? WHERE id = ?`
    )
    .run(input.date, input.reason, input.note, at, m.id)
  const hist = book.q.prepare(
    'INSERT INTO member_history (member_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)'
  )
  hist.run(m.id, at, ctx.actor, 'status', m.status, 'KELUAR')
  hist.run(m.id, at, ctx.actor, 'exit_reason', null, input.reason)
  const loansLeft =
    s.obligations.loans.reduce((t, l) => t + l.payoff, 0) -
    loanParts.reduce((t, lp) => t + lp.part.denda + lp.part.jasa + lp.part.pokok, 0)
  return {
    settlement: s,
    entry,
    paidOut: input.payout === 'TUNAI' ? payout : 0,
    payable: input.payout === 'TUNAI' ? 0 : payout,
    remainingReceivable: s.obligations.receivable - offset + loansLeft,
    member: getMember(book, { id: m.id })
  }
}
