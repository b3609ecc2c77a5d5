import { todayOf } from '../setup/timezone'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { Loan, WriteOffPreview } from '../../shared/commands/loans'
import { loanSchedule, type LoanMethod } from '../../shared/loans/schedule'
import { formatRupiah } from '../../shared/money/rupiah'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { formatDateLong } from '../../shared/dates/format'
import { addMonths } from '../../shared/dates/calendar'
import { classify } from '../../shared/loans/provisioning'
import { provisiOf } from '../../shared/loans/disbursement'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { getMember } from '../members/register'
import { assertCashAccount } from '../savings/ledger'
import { getSetting, setSetting } from '../settings'
import { loanDues, loanRow, planPayment, settledDues, type LoanRow } from './dues'
import { checkLendingLimit } from './limits'
import { loanPolicy, provisionPolicy } from './policy'
import { PPAP_ACCOUNT } from './portfolio'
import { productAt } from './products'

const JASA_ACCOUNT = '4-1101'
const FEE_ACCOUNT = '4-1201'
const DENDA_ACCOUNT = '4-1301'

/** Loan postings carry the simpan pinjam unit when the book has it active. */
const uspUnit = (book: Book): string | null =>
  book.q.row(`SELECT 1 FROM units WHERE code = 'USP' AND is_active = 1`) !== undefined ? 'USP' : null

/** Disbursed by the date and not yet paid off or written off on it. */
const runningOn = (r: LoanRow, asOf: string) =>
  r.disbursed_at !== null &&
  r.disbursed_at <= asOf &&
  (r.status === 'CAIR' || (r.closed_at !== null && r.closed_at > asOf))

export function getLoan(book: Book, id: number, asOf: string, field = 'loanId'): Loan {
  const r = loanRow(book, id, field)
  const m = getMember(book, { id: r.member_id })
  const schedule = book.q.rows<{ no: number; due_date: string; pokok: number; jasa: number }>(
    'SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no',
    r.id
  )
  let sisa = r.principal
  const entry = r.disbursement_entry_id
    ? book.q.row<{ number: string }>('SELECT number FROM journal_entries WHERE id = ?', r.disbursement_entry_id)!.number
    : null
  return {
    id: r.id,
    loanNo: r.loan_no,
    member: { id: m.id, memberNo: m.memberNo, name: m.name },
    productCode: r.product_code,
    method: r.method,
    ratePerMonth: r.rate_per_month,
    tenor: r.tenor,
    principal: r.principal,
    provisi: r.provisi,
    adminFee: r.admin_fee,
    status: r.status,
    purpose: r.purpose,
    appliedAt: r.applied_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
    disbursedAt: r.disbursed_at,
    disbursementEntry: entry,
    closedAt: r.closed_at,
    writtenOffAt: r.written_off_at,
    writtenOffAmount: r.written_off_amount,
    recovered: r.recovered,
    agunanPengurang: collateralAt(book, r.id, asOf),
    collateralHistory: collateralHistory(book, r.id),
    dendaMode: r.denda_mode as Loan['dendaMode'],
    dendaValue: r.denda_value,
    graceDays: r.grace_days,
    feeDeducted: r.fee_deducted === 1,
    earlyPayoffJasa: r.early_payoff_jasa,
    earlyPayoffPenaltyMonths: r.early_payoff_penalty_months,
    schedule: schedule.map((i) => {
      sisa -= i.pokok
      return { no: i.no, dueDate: i.due_date, pokok: i.pokok, jasa: i.jasa, angsuran: i.pokok + i.jasa, sisa }
    }),
    payments: book.q
      .rows<{
        id: number
        date: string
        amount: number
        denda: number
        jasa: number
        pokok: number
        number: string
        created_at: string
      }>(
        'SELECT p.id, p.date, p.amount, p.denda, p.jasa, p.pokok, e.number, p.created_at FROM loan_payments p JOIN journal_entries e ON e.id = p.entry_id WHERE p.loan_id = ? ORDER BY p.id',
        r.id
      )
      .map((p) => ({
        id: p.id,
        date: p.date,
        amount: p.amount,
        denda: p.denda,
        jasa: p.jasa,
        pokok: p.pokok,
        entryNumber: p.number,
        recordedAt: p.created_at
      })),
    dues: runningOn(r, asOf)
      ? loanDues(book, r, asOf)
      : r.disbursed_at !== null && r.disbursed_at <= asOf
        ? settledDues(asOf)
        : null
  }
}

export function applyLoan(ctx: CommandContext, input: CommandParsedInput<'loans.apply'>): Loan {
  const { book } = ctx
  const m = getMember(book, { id: input.memberId }, 'memberId')
  if (m.status !== 'AKTIF')
    throw new CommandError(
      'CONFLICT',
      `Pinjaman hanya untuk anggota aktif; ${m.name} berstatus ${m.status}`,
      'memberId'
    )
  const p = productAt(book, input.productCode, input.date)
  if (!p)
    throw new CommandError(
      'NOT_FOUND',
      `Produk pinjaman ${input.productCode} tidak berlaku pada tanggal itu`,
      'productCode'
    )
  if (input.principal > p.maxAmount)
    throw new CommandError(
      'INVALID_INPUT',
      `Plafon pinjaman: paling besar ${formatRupiah(p.maxAmount)} untuk produk ${p.name}`,
      'principal'
    )
  if (input.tenorMonths > p.maxTenor)
    throw new CommandError(
      'INVALID_INPUT',
      `Jangka waktu: paling lama ${p.maxTenor} bulan untuk produk ${p.name}`,
      'tenorMonths'
    )
  checkLendingLimit(book, m.id, m.position, input.principal, input.date)
  const provisi = provisiOf(input.principal, p.provisiPercent)
  const n = Number(getSetting(book, 'loans.lastNumber') ?? '0') + 1
  setSetting(book, 'loans.lastNumber', String(n))
  const loanNo = `PJ-${input.date.slice(0, 4)}-${String(n).padStart(5, '0')}`
  const r = book.q.run(
    qb.insertInto('loans').values({
      loan_no: loanNo,
      member_id: m.id,
      product_code: p.code,
      method: p.method,
      rate_per_month: p.ratePerMonth,
      tenor: input.tenorMonths,
      principal: input.principal,
      round_up_to: p.roundUpTo,
      provisi,
      admin_fee: p.adminFee,
      fee_deducted: p.feeDeducted ? 1 : 0,
      denda_mode: p.dendaMode,
      denda_value: p.dendaValue,
      grace_days: p.graceDays,
      receivable: p.receivable,
      early_payoff_jasa: p.earlyPayoffJasa,
      early_payoff_penalty_months: p.earlyPayoffPenaltyMonths,
      status: 'DIAJUKAN',
      purpose: input.purpose,
      applied_at: input.date,
      created_at: nowIso(ctx)
    })
  )
  return getLoan(book, Number(r.lastInsertRowid), input.date)
}

export function decideLoan(ctx: CommandContext, input: CommandParsedInput<'loans.decide'>): Loan {
  const l = loanRow(ctx.book, input.loanId)
  if (l.status !== 'DIAJUKAN')
    throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} berstatus ${l.status}, bukan pengajuan`, 'loanId')
  if (input.date < l.applied_at)
    throw new CommandError('INVALID_INPUT', 'Tanggal: keputusan tidak boleh sebelum tanggal pengajuan', 'date')
  ctx.book.q.run(
    qb
      .updateTable('loans')
      .set({
        status: input.approve ? 'DISETUJUI' : 'DITOLAK',
        decided_at: input.date,
        decided_by: ctx.actor,
        decision_note: input.note
      })
      .where('id', '=', l.id)
  )
  return getLoan(ctx.book, l.id, input.date)
}

export function disburseLoan(ctx: CommandContext, input: CommandParsedInput<'loans.disburse'>): Loan {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'DISETUJUI')
    throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} belum disetujui (status ${l.status})`, 'loanId')
  if (input.date < (l.decided_at ?? l.applied_at))
    throw new CommandError('INVALID_INPUT', 'Tanggal: pencairan tidak boleh sebelum persetujuan', 'date')
  assertCashAccount(book, input.cashAccount)
  const firstDue = input.firstDueDate ?? addMonths(input.date, 1)
  if (firstDue <= input.date)
    throw new CommandError('INVALID_INPUT', 'Tanggal angsuran pertama harus sesudah tanggal pencairan', 'firstDueDate')
  const receivable = book.q.row<{ code: string }>('SELECT code FROM accounts WHERE control = ?', l.receivable)?.code
  if (!receivable) throw new CommandError('NOT_FOUND', 'Akun piutang pinjaman tidak ada di bagan akun')
  const fees = l.provisi + l.admin_fee
  const m = getMember(book, { id: l.member_id })
  const lines = [
    {
      account: receivable,
      debit: l.principal,
      credit: 0,
      memberId: l.member_id,
      unit: 'USP' as string | null,
      pihak: null as 'ANGGOTA' | null,
      memo: l.loan_no
    },
    {
      account: input.cashAccount,
      debit: 0,
      credit: l.fee_deducted ? l.principal - fees : l.principal,
      memberId: l.member_id,
      unit: 'USP',
      pihak: null,
      memo: null
    }
  ]
  if (fees > 0) {
    if (!l.fee_deducted)
      lines.push({
        account: input.cashAccount,
        debit: fees,
        credit: 0,
        memberId: l.member_id,
        unit: 'USP',
        pihak: null,
        memo: 'Provisi dan administrasi dibayar tunai'
      })
    lines.push({
      account: FEE_ACCOUNT,
      debit: 0,
      credit: fees,
      memberId: l.member_id,
      unit: 'USP',
      pihak: 'ANGGOTA' as const,
      memo: 'Provisi dan administrasi'
    })
  }
  const unitOk = uspUnit(book) !== null
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `Pencairan pinjaman ${l.loan_no} ${m.memberNo} ${m.name}`,
      reference: l.loan_no,
      series: 'KK',
      lines: lines.map((x) => ({ ...x, unit: unitOk ? x.unit : null }))
    },
    { source: 'PINJAMAN' }
  )
  const s = loanSchedule({
    principal: l.principal,
    ratePerMonth: l.rate_per_month,
    tenorMonths: l.tenor,
    method: l.method as LoanMethod,
    roundUpTo: l.round_up_to as 0 | 100 | 1000
  })
  let cumPokok = 0
  let cumJasa = 0
  s.installments.forEach((i, k) => {
    cumPokok += i.pokok
    cumJasa += i.jasa
    book.q.run(
      qb.insertInto('loan_installments').values({
        loan_id: l.id,
        no: i.no,
        due_date: addMonths(firstDue, k),
        pokok: i.pokok,
        jasa: i.jasa,
        cum_pokok: cumPokok,
        cum_jasa: cumJasa
      })
    )
  })
  book.q.run(
    qb
      .updateTable('loans')
      .set({ status: 'CAIR', disbursed_at: input.date, disbursement_entry_id: entry.id })
      .where('id', '=', l.id)
  )
  return getLoan(book, l.id, input.date)
}

/** Loans still running for a member, with what each owes on a date (for the exit settlement). */
export function memberLoanDues(book: Book, memberId: number, asOf: string) {
  const rows = book.q.all(
    qb.selectFrom('loans').selectAll().where('member_id', '=', memberId).where('status', '=', 'CAIR').orderBy('id')
  )
  return rows.map((l) => ({ loan: l, dues: loanDues(book, l, asOf) }))
}

/** Records part of an exit settlement as a payment on the loan, in the exit's own journal entry. */
export function settleLoanFromExit(
  ctx: CommandContext,
  loanId: number,
  date: string,
  part: { denda: number; jasa: number; pokok: number },
  payoff: number,
  entryId: number
): void {
  const amount = part.denda + part.jasa + part.pokok
  if (amount <= 0) return
  ctx.book.q.run(
    qb.insertInto('loan_payments').values({
      loan_id: loanId,
      date,
      amount,
      denda: part.denda,
      jasa: part.jasa,
      pokok: part.pokok,
      entry_id: entryId,
      created_at: nowIso(ctx)
    })
  )
  if (amount === payoff)
    ctx.book.q.run(qb.updateTable('loans').set({ status: 'LUNAS', closed_at: date }).where('id', '=', loanId))
}

export function receivableCode(book: Book, control: string): string {
  return book.q.row<{ code: string }>('SELECT code FROM accounts WHERE control = ?', control)!.code
}

/** What a payment on a date would settle and leave owed, before it is posted (the form shows it). */
export function paymentPreview(book: Book, input: { loanId: number; amount: number; date: string }) {
  const l = loanRow(book, input.loanId)
  if (l.status !== 'CAIR')
    throw new CommandError(
      'CONFLICT',
      `Pinjaman ${l.loan_no} berstatus ${l.status}; tidak ada angsuran yang dapat dibayar`,
      'loanId'
    )
  if (input.date < l.disbursed_at!)
    throw new CommandError('INVALID_INPUT', 'Tanggal: pembayaran tidak boleh sebelum pencairan', 'date')
  const dues = loanDues(book, l, input.date)
  return {
    ...planPayment(dues, Math.min(input.amount, dues.payoff), loanPolicy(book).allocationOrder),
    amount: input.amount,
    excess: Math.max(0, input.amount - dues.payoff),
    dues
  }
}

/** One payment, allocated in the configured order (default denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan → sisa pokok). */
export function payLoan(ctx: CommandContext, input: CommandParsedInput<'loans.pay'>) {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'CAIR')
    throw new CommandError(
      'CONFLICT',
      `Pinjaman ${l.loan_no} berstatus ${l.status}; tidak ada angsuran yang dapat dibayar`,
      'loanId'
    )
  if (input.date < l.disbursed_at!)
    throw new CommandError('INVALID_INPUT', 'Tanggal: pembayaran tidak boleh sebelum pencairan', 'date')
  if (l.last_paid_date && input.date < l.last_paid_date)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: sudah ada pembayaran tanggal ${formatDateLong(l.last_paid_date)}; catat pembayaran berurutan`,
      'date'
    )
  assertCashAccount(book, input.cashAccount)
  const d = loanDues(book, l, input.date)
  const payoffParts = () => {
    const parts = [`sisa pokok ${formatRupiah(d.outstandingPokok)}`]
    if (d.overdueJasa + d.payoffJasa) parts.push(`jasa ${formatRupiah(d.overdueJasa + d.payoffJasa)}`)
    if (d.payoffPenalty) parts.push(`penalti ${formatRupiah(d.payoffPenalty)}`)
    if (d.denda) parts.push(`denda ${formatRupiah(d.denda)}`)
    return parts.join(' + ')
  }
  if (input.payoff && input.amount !== d.payoff) {
    throw new CommandError(
      'INVALID_INPUT',
      `Jumlah: pelunasan pada ${formatDateLong(input.date)} adalah ${formatRupiah(d.payoff)} (${payoffParts()}), bukan ${formatRupiah(input.amount)}`,
      'amount'
    )
  }
  if (input.amount > d.payoff) {
    throw new CommandError(
      'INVALID_INPUT',
      `Jumlah: melebihi yang harus dibayar; pelunasan pada tanggal ini ${formatRupiah(d.payoff)}`,
      'amount'
    )
  }
  const plan = planPayment(d, input.amount, loanPolicy(book).allocationOrder)
  const { denda, jasa: totalJasa, pokok } = plan.allocation
  if (pokok === d.outstandingPokok && !plan.isPayoff) {
    const extra =
      d.payoffJasa + d.payoffPenalty > 0
        ? ` (termasuk jasa ${formatRupiah(d.payoffJasa)}${d.payoffPenalty ? ` dan penalti ${formatRupiah(d.payoffPenalty)}` : ''} menurut aturan pelunasan dipercepat)`
        : ''
    throw new CommandError(
      'INVALID_INPUT',
      `Jumlah: pembayaran ini melunasi seluruh pokok; pelunasan pada tanggal ini ${formatRupiah(d.payoff)}${extra}`,
      'amount'
    )
  }
  const receivable = book.q.row<{ code: string }>('SELECT code FROM accounts WHERE control = ?', l.receivable)!.code
  const m = getMember(book, { id: l.member_id })
  const unit = uspUnit(book)
  type Line = {
    account: string
    debit: number
    credit: number
    memberId: number
    unit: string | null
    pihak: 'ANGGOTA' | null
    memo: string | null
  }
  const lines: Line[] = [
    { account: input.cashAccount, debit: input.amount, credit: 0, memberId: l.member_id, unit, pihak: null, memo: null }
  ]
  if (denda)
    lines.push({
      account: DENDA_ACCOUNT,
      debit: 0,
      credit: denda,
      memberId: l.member_id,
      unit,
      pihak: 'ANGGOTA',
      memo: null
    })
  if (totalJasa)
    lines.push({
      account: JASA_ACCOUNT,
      debit: 0,
      credit: totalJasa,
      memberId: l.member_id,
      unit,
      pihak: 'ANGGOTA',
      memo: null
    })
  if (pokok)
    lines.push({
      account: receivable,
      debit: 0,
      credit: pokok,
      memberId: l.member_id,
      unit,
      pihak: null,
      memo: l.loan_no
    })
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `${plan.isPayoff ? 'Pelunasan' : 'Angsuran'} pinjaman ${l.loan_no} ${m.memberNo} ${m.name}`,
      reference: l.loan_no,
      series: 'KM',
      lines
    },
    { source: 'PINJAMAN' }
  )
  book.q.exec(
    'INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    l.id,
    input.date,
    input.amount,
    denda,
    totalJasa,
    pokok,
    entry.id,
    nowIso(ctx)
  )
  if (plan.isPayoff) book.q.exec(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`, input.date, l.id)
  return {
    ...getLoan(book, l.id, input.date),
    payment: {
      amount: input.amount,
      denda,
      jasa: totalJasa,
      pokok,
      entryNumber: entry.number,
      amountInWords: terbilangRupiah(input.amount),
      plan
    }
  }
}

export function listLoans(book: Book, f: CommandParsedInput<'loans.list'>, today: string, limit = 1000): Loan[] {
  let query = qb.selectFrom('loans').select('id')
  if (f.memberId) query = query.where('member_id', '=', f.memberId)
  if (f.status) query = query.where('status', '=', f.status)
  const ids = book.q.all(query.orderBy('id').limit(limit))
  return ids.map((r) => getLoan(book, r.id, f.asOf ?? today))
}

/** Loan receivable control accounts against the principal still owed on every loan. */
export function loansTieOut(book: Book, asOf: string) {
  return (['PINJAMAN_KONSUMTIF', 'PINJAMAN_PRODUKTIF'] as const).map((control) => {
    const acc = book.q.row<{ id: number; code: string }>('SELECT id, code FROM accounts WHERE control = ?', control)
    if (!acc) return { control, account: null, ledger: 0, loans: 0, difference: 0 }
    const ledger = book.q.row<{ b: number }>(
      'SELECT COALESCE(SUM(debit) - SUM(credit), 0) AS b FROM journal_lines WHERE account_id = ? AND date <= ?',
      acc.id,
      asOf
    )!
    const loans = book.q.row<{ b: number }>(
      `SELECT COALESCE(SUM(l.principal - CASE WHEN l.written_off_at <= ? THEN l.written_off_amount ELSE 0 END), 0)
                  - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p JOIN loans x ON x.id = p.loan_id WHERE x.receivable = ? AND p.date <= ?), 0) AS b
                FROM loans l WHERE l.receivable = ? AND l.disbursed_at <= ?`,
      asOf,
      control,
      asOf,
      control,
      asOf
    )!
    return { control, account: acc.code, ledger: ledger.b, loans: loans.b, difference: ledger.b - loans.b }
  })
}

/** What writing a loan off on `date` will do: the journal, the PPAP before and after, and what stops it. */
export function writeOffPreview(book: Book, input: { loanId: number; date: string }): WriteOffPreview {
  const l = loanRow(book, input.loanId)
  const m = getMember(book, { id: l.member_id })
  const problems: string[] = []
  if (l.status !== 'CAIR')
    problems.push(`Pinjaman ${l.loan_no} berstatus ${l.status}; hanya pinjaman berjalan yang dapat dihapus buku`)
  const running = l.status === 'CAIR' && l.disbursed_at !== null && input.date >= l.disbursed_at
  const d = running ? loanDues(book, l, input.date) : settledDues(input.date)
  const kolektibilitas = classify(d.daysPastDue, provisionPolicy(book), {
    asOf: input.date,
    collateral: collateralAt(book, l.id, input.date),
    debt: d.outstandingPokok + d.overdueJasa
  })
  if (l.status === 'CAIR' && kolektibilitas !== 'MACET')
    problems.push(`Hanya pinjaman macet yang dapat dihapus buku; ${l.loan_no} menunggak ${d.daysPastDue} hari`)
  const receivable = book.q.row<{ code: string; name: string }>(
    'SELECT code, name FROM accounts WHERE control = ?',
    l.receivable
  )!
  const ppap = book.q.row<{ code: string; name: string }>(
    'SELECT code, name FROM accounts WHERE code = ?',
    PPAP_ACCOUNT
  )!
  const formed = book.q.row<{ b: number }>(
    'SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND l.date <= ?',
    PPAP_ACCOUNT,
    input.date
  )!.b
  return {
    loanId: l.id,
    loanNo: l.loan_no,
    member: { id: m.id, memberNo: m.memberNo, name: m.name },
    date: input.date,
    outstandingPokok: d.outstandingPokok,
    overdueJasa: d.overdueJasa,
    denda: d.denda,
    daysPastDue: d.daysPastDue,
    kolektibilitas,
    lines: [
      { code: ppap.code, name: ppap.name, debit: d.outstandingPokok, credit: 0 },
      { code: receivable.code, name: receivable.name, debit: 0, credit: d.outstandingPokok }
    ],
    ppapBefore: formed,
    ppapAfter: formed - d.outstandingPokok,
    problems
  }
}

export function writeOffLoan(ctx: CommandContext, input: { loanId: number; date: string; reason: string }): Loan {
  const { book } = ctx
  const preview = writeOffPreview(book, input)
  const l = loanRow(book, input.loanId)
  const problem = preview.problems[0]
  if (problem) throw new CommandError('CONFLICT', problem, 'loanId')
  postEntryId(
    ctx,
    {
      date: input.date,
      description: `Hapus buku pinjaman ${l.loan_no}: ${input.reason}`,
      reference: l.loan_no,
      series: 'JU',
      lines: preview.lines.map((x) => ({
        account: x.code,
        debit: x.debit,
        credit: x.credit,
        memberId: l.member_id,
        unit: null,
        pihak: null,
        memo: x.credit ? l.loan_no : null
      }))
    },
    { source: 'PINJAMAN' }
  )
  book.q.run(
    qb
      .updateTable('loans')
      .set({
        status: 'HAPUS_BUKU',
        written_off_at: input.date,
        written_off_amount: preview.outstandingPokok,
        closed_at: input.date,
        decision_note: input.reason
      })
      .where('id', '=', l.id)
  )
  return getLoan(book, l.id, input.date)
}

export function recoverLoan(
  ctx: CommandContext,
  input: { loanId: number; amount: number; date: string; cashAccount: string }
): Loan {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'HAPUS_BUKU')
    throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} belum dihapus buku`, 'loanId')
  const left = l.written_off_amount - l.recovered
  if (input.amount > left)
    throw new CommandError('INVALID_INPUT', `Jumlah: sisa yang dapat ditagih ${formatRupiah(left)}`, 'amount')
  assertCashAccount(book, input.cashAccount)
  postEntryId(
    ctx,
    {
      date: input.date,
      description: `Penerimaan pinjaman hapus buku ${l.loan_no}`,
      reference: l.loan_no,
      series: 'KM',
      lines: [
        {
          account: input.cashAccount,
          debit: input.amount,
          credit: 0,
          memberId: l.member_id,
          unit: null,
          pihak: null,
          memo: null
        },
        {
          account: PPAP_ACCOUNT,
          debit: 0,
          credit: input.amount,
          memberId: l.member_id,
          unit: null,
          pihak: null,
          memo: 'Pemulihan PPAP'
        }
      ]
    },
    { source: 'PINJAMAN' }
  )
  book.q.run(
    qb
      .updateTable('loans')
      .set((eb) => ({ recovered: eb('recovered', '+', input.amount) }))
      .where('id', '=', l.id)
  )
  return getLoan(book, l.id, input.date)
}

/** The agunan pengurang of a loan valid on a date (DOMAIN.md §4.4): the latest value effective by then. */
export function collateralAt(book: Book, loanId: number, asOf: string): number {
  const r = book.q.row<{ amount: number }>(
    'SELECT amount FROM loan_collateral WHERE loan_id = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1',
    loanId,
    asOf
  )
  return r?.amount ?? 0
}

function collateralHistory(book: Book, loanId: number): { effectiveFrom: string; amount: number }[] {
  return book.q
    .rows<{ effective_from: string; amount: number }>(
      'SELECT effective_from, amount FROM loan_collateral WHERE loan_id = ? ORDER BY effective_from',
      loanId
    )
    .map((r) => ({ effectiveFrom: r.effective_from, amount: r.amount }))
}

/**
 * Records the agunan pengurang valid from a date (default today in the cooperative's zone): PPAP
 * on an earlier date keeps deducting the value valid then. A second value on the same date replaces it.
 */
export function setCollateral(
  ctx: CommandContext,
  input: { loanId: number; agunanPengurang: number; effectiveFrom?: string | undefined }
): Loan {
  const l = loanRow(ctx.book, input.loanId)
  const from = input.effectiveFrom ?? todayOf(ctx)
  if (l.disbursed_at !== null && from < l.disbursed_at) {
    throw new CommandError(
      'INVALID_INPUT',
      `Berlaku mulai: tidak boleh sebelum pencairan pinjaman (${formatDateLong(l.disbursed_at)})`,
      'effectiveFrom'
    )
  }
  const values = { amount: input.agunanPengurang, created_at: nowIso(ctx), created_by: ctx.actor }
  ctx.book.q.run(
    qb
      .insertInto('loan_collateral')
      .values({ loan_id: l.id, effective_from: from, ...values })
      .onConflict((oc) => oc.columns(['loan_id', 'effective_from']).doUpdateSet(values))
  )
  // The column keeps the latest value for older readers; PPAP reads the dated table.
  const latest = ctx.book.q.first(
    qb
      .selectFrom('loan_collateral')
      .select('amount')
      .where('loan_id', '=', l.id)
      .orderBy('effective_from', 'desc')
      .limit(1)
  )!
  ctx.book.q.run(qb.updateTable('loans').set({ agunan_pengurang: latest.amount }).where('id', '=', l.id))
  return getLoan(ctx.book, l.id, from > todayOf(ctx) ? from : todayOf(ctx))
}
