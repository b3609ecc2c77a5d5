import { todayOf } from '../setup/timezone'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { EarlyPayoffJasa, Loan, WriteOffPreview } from '../../shared/commands/loans'
import { loanSchedule, type LoanMethod } from '../../shared/loans/schedule'
import { formatRupiah } from '../../shared/money/rupiah'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { formatDateLong } from '../../shared/dates/format'
import { addMonths } from '../../shared/dates/calendar'
import { classify } from '../../shared/loans/provisioning'
import { provisiOf } from '../../shared/loans/disbursement'
import type { Book } from '../db/book'
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
  book.q.prepare(`SELECT 1 FROM units WHERE code = 'USP' AND is_active = 1`).get() !== undefined ? 'USP' : null

/** Disbursed by the date and not yet paid off or written off on it. */
const runningOn = (r: LoanRow, asOf: string) =>
  r.disbursed_at !== null &&
  r.disbursed_at <= asOf &&
  (r.status === 'CAIR' || (r.closed_at !== null && r.closed_at > asOf))

export function getLoan(book: Book, id: number, asOf: string, field = 'loanId'): Loan {
  const r = loanRow(book, id, field)
  const m = getMember(book, { id: r.member_id })
  const schedule = book.q
    .prepare('SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no')
    .all(r.id) as { no: number; due_date: string; pokok: number; jasa: number }[]
  let sisa = r.principal
  const entry = r.disbursement_entry_id
    ? (
        book.q.prepare('SELECT number FROM journal_entries WHERE id = ?').get(r.disbursement_entry_id) as {
          number: string
        }
      ).number
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
    earlyPayoffJasa: r.early_payoff_jasa as EarlyPayoffJasa,
    earlyPayoffPenaltyMonths: r.early_payoff_penalty_months,
    schedule: schedule.map((i) => {
      sisa -= i.pokok
      return { no: i.no, dueDate: i.due_date, pokok: i.pokok, jasa: i.jasa, angsuran: i.pokok + i.jasa, sisa }
    }),
    payments: (
      book.q
        .prepare(
          'SELECT p.id, p.date, p.amount, p.denda, p.jasa, p.pokok, e.number, p.created_at FROM loan_payments p JOIN journal_entries e ON e.id = p.entry_id WHERE p.loan_id = ? ORDER BY p.id'
        )
        .all(r.id) as {
        id: number
        date: string
        amount: number
        denda: number
        jasa: number
        pokok: number
        number: string
        created_at: string
      }[]
    ).map((p) => ({
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
  const r = book.q
    .prepare(
      `INSERT INTO loans (loan_no, member_id, product_code, method, rate_per_month, tenor, principal, round_up_to, provisi, admin_fee, fee_deducted,
         denda_mode, denda_value, grace_days, receivable, early_payoff_jasa, early_payoff_penalty_months, status, purpose, applied_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DIAJUKAN', ?, ?, ?)`
    )
    .run(
      loanNo,
      m.id,
      p.code,
      p.method,
      p.ratePerMonth,
      input.tenorMonths,
      input.principal,
      p.roundUpTo,
      provisi,
      p.adminFee,
      p.feeDeducted ? 1 : 0,
      p.dendaMode,
      p.dendaValue,
      p.graceDays,
      p.receivable,
      p.earlyPayoffJasa,
      p.earlyPayoffPenaltyMonths,
      input.purpose,
      input.date,
      nowIso(ctx)
    )
  return getLoan(book, Number(r.lastInsertRowid), input.date)
}

export function decideLoan(ctx: CommandContext, input: CommandParsedInput<'loans.decide'>): Loan {
  const l = loanRow(ctx.book, input.loanId)
  if (l.status !== 'DIAJUKAN')
    throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} berstatus ${l.status}, bukan pengajuan`, 'loanId')
  if (input.date < l.applied_at)
    throw new CommandError('INVALID_INPUT', 'Tanggal: keputusan tidak boleh sebelum tanggal pengajuan', 'date')
  ctx.book.q
    .prepare('UPDATE loans SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?')
    .run(input.approve ? 'DISETUJUI' : 'DITOLAK', input.date, ctx.actor, input.note, l.id)
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
  const receivable = (
    book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(l.receivable) as { code: string } | undefined
  )?.code
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
  const ins = book.q.prepare(
    'INSERT INTO loan_installments (loan_id, no, due_date, pokok, jasa, cum_pokok, cum_jasa) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  let cumPokok = 0
  let cumJasa = 0
  s.installments.forEach((i, k) => {
    cumPokok += i.pokok
    cumJasa += i.jasa
    ins.run(l.id, i.no, addMonths(firstDue, k), i.pokok, i.jasa, cumPokok, cumJasa)
  })
  book.q
    .prepare(`UPDATE loans SET status = 'CAIR', disbursed_at = ?, disbursement_entry_id = ? WHERE id = ?`)
    .run(input.date, entry.id, l.id)
  return getLoan(book, l.id, input.date)
}

/** Loans still running for a member, with what each owes on a date (for the exit settlement). */
export function memberLoanDues(book: Book, memberId: number, asOf: string) {
  const rows = book.q
    .prepare(`SELECT * FROM loans WHERE member_id = ? AND status = 'CAIR' ORDER BY id`)
    .all(memberId) as LoanRow[]
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
  ctx.book.q
    .prepare(
      'INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    .run(loanId, date, amount, part.denda, part.jasa, part.pokok, entryId, nowIso(ctx))
  if (amount === payoff)
    ctx.book.q.prepare(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`).run(date, loanId)
}

export function receivableCode(book: Book, control: string): string {
  return (book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(control) as { code: string }).code
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
  const receivable = (
    book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(l.receivable) as { code: string }
  ).code
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
  book.q
    .prepare(
      'INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    .run(l.id, input.date, input.amount, denda, totalJasa, pokok, entry.id, nowIso(ctx))
  if (plan.isPayoff)
    book.q.prepare(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`).run(input.date, l.id)
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
  const where: string[] = []
  const params: unknown[] = []
  if (f.memberId) {
    where.push('member_id = ?')
    params.push(f.memberId)
  }
  if (f.status) {
    where.push('status = ?')
    params.push(f.status)
  }
  const ids = book.q
    .prepare(`SELECT id FROM loans ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`)
    .all(...params, limit) as { id: number }[]
  return ids.map((r) => getLoan(book, r.id, f.asOf ?? today))
}

/** Loan receivable control accounts against the principal still owed on every loan. */
export function loansTieOut(book: Book, asOf: string) {
  return (['PINJAMAN_KONSUMTIF', 'PINJAMAN_PRODUKTIF'] as const).map((control) => {
    const acc = book.q.prepare('SELECT id, code FROM accounts WHERE control = ?').get(control) as
      { id: number; code: string } | undefined
    if (!acc) return { control, account: null, ledger: 0, loans: 0, difference: 0 }
    const ledger = book.q
      .prepare(
        'SELECT COALESCE(SUM(debit) - SUM(credit), 0) AS b FROM journal_lines WHERE account_id = ? AND date <= ?'
      )
      .get(acc.id, asOf) as { b: number }
    const loans = book.q
      .prepare(
        `SELECT COALESCE(SUM(l.principal - CASE WHEN l.written_off_at <= ? THEN l.written_off_amount ELSE 0 END), 0)
                  - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p JOIN loans x ON x.id = p.loan_id WHERE x.receivable = ? AND p.date <= ?), 0) AS b
                FROM loans l WHERE l.receivable = ? AND l.disbursed_at <= ?`
      )
      .get(asOf, control, asOf, control, asOf) as { b: number }
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
  const receivable = book.q.prepare('SELECT code, name FROM accounts WHERE control = ?').get(l.receivable) as {
    code: string
    name: string
  }
  const ppap = book.q.prepare('SELECT code, name FROM accounts WHERE code = ?').get(PPAP_ACCOUNT) as {
    code: string
    name: string
  }
  const formed = (
    book.q
      .prepare(
        'SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND l.date <= ?'
      )
      .get(PPAP_ACCOUNT, input.date) as { b: number }
  ).b
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
  book.q
    .prepare(
      `UPDATE loans SET status = 'HAPUS_BUKU', written_off_at = ?, written_off_amount = ?, closed_at = ?, decision_note = ? WHERE id = ?`
    )
    .run(input.date, preview.outstandingPokok, input.date, input.reason, l.id)
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
  book.q.prepare('UPDATE loans SET recovered = recovered + ? WHERE id = ?').run(input.amount, l.id)
  return getLoan(book, l.id, input.date)
}

/** The agunan pengurang of a loan valid on a date (DOMAIN.md §4.4): the latest value effective by then. */
export function collateralAt(book: Book, loanId: number, asOf: string): number {
  const r = book.q
    .prepare(
      'SELECT amount FROM loan_collateral WHERE loan_id = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1'
    )
    .get(loanId, asOf) as { amount: number } | undefined
  return r?.amount ?? 0
}

function collateralHistory(book: Book, loanId: number): { effectiveFrom: string; amount: number }[] {
  return (
    book.q
      .prepare('SELECT effective_from, amount FROM loan_collateral WHERE loan_id = ? ORDER BY effective_from')
      .all(loanId) as { effective_from: string; amount: number }[]
  ).map((r) => ({ effectiveFrom: r.effective_from, amount: r.amount }))
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
  ctx.book.q
    .prepare(
      `INSERT INTO loan_collateral (loan_id, effective_from, amount, created_at, created_by) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (loan_id, effective_from) DO UPDATE SET amount = excluded.amount, created_at = excluded.created_at, created_by = excluded.created_by`
    )
    .run(l.id, from, input.agunanPengurang, nowIso(ctx), ctx.actor)
  // The column keeps the latest value for older readers; PPAP reads the dated table.
  const latest = ctx.book.q
    .prepare('SELECT amount FROM loan_collateral WHERE loan_id = ? ORDER BY effective_from DESC LIMIT 1')
    .get(l.id) as { amount: number }
  ctx.book.q.prepare('UPDATE loans SET agunan_pengurang = ? WHERE id = ?').run(latest.amount, l.id)
  return getLoan(ctx.book, l.id, from > todayOf(ctx) ? from : todayOf(ctx))
}
