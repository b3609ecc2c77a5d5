import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { ArrearsRow, Loan, LoanDues, LoanPortfolio, LoanProduct } from '../../shared/commands/loans'
import { lateFeePerDay, loanSchedule, type LoanMethod } from '../../shared/loans/schedule'
import { formatRupiah } from '../../shared/money/rupiah'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { lastDayOfMonth, todayIso } from '../../shared/dates/format'
import { classify, DEFAULT_PROVISION_POLICY, portfolioProvision, type PortfolioLoan } from '../../shared/loans/provisioning'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { getMember } from '../members/register'
import { assertCashAccount } from '../savings/ledger'
import { getSetting, setSetting } from '../settings'

const JASA_ACCOUNT = '4-1101'
const FEE_ACCOUNT = '4-1201'
const DENDA_ACCOUNT = '4-1301'

interface ProductRow {
  code: string; effective_from: string; name: string; method: string; rate_per_month: string; max_tenor: number; max_amount: number
  provisi_percent: string; admin_fee: number; fee_deducted: number; denda_mode: string; denda_value: string; grace_days: number
  round_up_to: number; receivable: string
}

const toProduct = (r: ProductRow): LoanProduct => ({
  code: r.code, effectiveFrom: r.effective_from, name: r.name, method: r.method as LoanMethod, ratePerMonth: r.rate_per_month,
  maxTenor: r.max_tenor, maxAmount: r.max_amount, provisiPercent: r.provisi_percent, adminFee: r.admin_fee, feeDeducted: r.fee_deducted === 1,
  dendaMode: r.denda_mode as LoanProduct['dendaMode'], dendaValue: r.denda_value, graceDays: r.grace_days,
  roundUpTo: r.round_up_to as 0 | 100 | 1000, receivable: r.receivable as LoanProduct['receivable']
})

export function setProduct(ctx: CommandContext, p: CommandParsedInput<'loans.setProduct'>): LoanProduct {
  ctx.book.q
    .prepare(
      `INSERT INTO loan_products (code, effective_from, name, method, rate_per_month, max_tenor, max_amount, provisi_percent, admin_fee, fee_deducted,
         denda_mode, denda_value, grace_days, round_up_to, receivable, is_active, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT (code, effective_from) DO UPDATE SET name = excluded.name, method = excluded.method, rate_per_month = excluded.rate_per_month,
         max_tenor = excluded.max_tenor, max_amount = excluded.max_amount, provisi_percent = excluded.provisi_percent, admin_fee = excluded.admin_fee,
         fee_deducted = excluded.fee_deducted, denda_mode = excluded.denda_mode, denda_value = excluded.denda_value, grace_days = excluded.grace_days,
         round_up_to = excluded.round_up_to, receivable = excluded.receivable`
    )
    .run(p.code, p.effectiveFrom, p.name, p.method, p.ratePerMonth, p.maxTenor, p.maxAmount, p.provisiPercent, p.adminFee, p.feeDeducted ? 1 : 0,
      p.dendaMode, p.dendaValue, p.graceDays, p.roundUpTo, p.receivable, nowIso(ctx))
  return productAt(ctx.book, p.code, p.effectiveFrom)!
}

export function productAt(book: Book, code: string, date: string): LoanProduct | null {
  const r = book.q.prepare('SELECT * FROM loan_products WHERE code = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1').get(code, date) as ProductRow | undefined
  return r ? toProduct(r) : null
}

export function productsAt(book: Book, date: string): LoanProduct[] {
  const codes = book.q.prepare('SELECT DISTINCT code FROM loan_products ORDER BY code').all() as { code: string }[]
  return codes.map((c) => productAt(book, c.code, date)).filter((p): p is LoanProduct => p !== null)
}

interface LoanRow {
  id: number; loan_no: string; member_id: number; product_code: string; method: string; rate_per_month: string; tenor: number; principal: number
  round_up_to: number; provisi: number; admin_fee: number; fee_deducted: number; denda_mode: string; denda_value: string; grace_days: number
  receivable: string; status: Loan['status']; purpose: string | null; applied_at: string; decided_at: string | null; decided_by: string | null
  decision_note: string | null; disbursed_at: string | null; disbursement_entry_id: number | null; closed_at: string | null
  agunan_pengurang: number; written_off_at: string | null; written_off_amount: number; recovered: number
}

function loanRow(book: Book, id: number, field = 'loanId'): LoanRow {
  const r = book.q.prepare('SELECT * FROM loans WHERE id = ?').get(id) as LoanRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Pinjaman dengan id ${id} tidak ditemukan`, field)
  return r
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const ym = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  const last = lastDayOfMonth(ym)
  return Number(last.slice(8)) < d ? last : `${ym}-${String(d).padStart(2, '0')}`
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * Denda on one overdue installment's unpaid part (DOMAIN.md §4.3): per day after the grace period,
 * counted from the due date or, when a payment came later, from that payment; or a fixed amount
 * once per late installment.
 */
function installmentDenda(
  loan: { denda_mode: string; denda_value: string; grace_days: number },
  unpaid: number,
  dueDate: string,
  lastPayment: string | null,
  asOf: string
): number {
  const late = days(dueDate, asOf)
  if (late <= loan.grace_days) return 0
  const paidSince = lastPayment !== null && lastPayment > dueDate
  if (loan.denda_mode === 'TETAP') return paidSince ? 0 : Number(loan.denda_value)
  const counted = paidSince ? days(lastPayment, asOf) + loan.grace_days : late
  return lateFeePerDay(unpaid, counted, loan.grace_days, loan.denda_value)
}

/**
 * What a disbursed loan owes on a date. Payments settle installments oldest first; denda runs on
 * each overdue installment's unpaid part from its due date, or from the last payment if later.
 */
export function loanDues(book: Book, loan: LoanRow, asOf: string): LoanDues {
  const schedule = book.q.prepare('SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no').all(loan.id) as { no: number; due_date: string; pokok: number; jasa: number }[]
  const paid = book.q.prepare('SELECT COALESCE(SUM(pokok),0) AS pokok, COALESCE(SUM(jasa),0) AS jasa, MAX(date) AS last FROM loan_payments WHERE loan_id = ? AND date <= ?').get(loan.id, asOf) as { pokok: number; jasa: number; last: string | null }
  let pokokLeft = paid.pokok
  let jasaLeft = paid.jasa
  let overduePokok = 0
  let overdueJasa = 0
  let denda = 0
  let daysPastDue = 0
  let current: { pokok: number; jasa: number } | null = null
  for (const i of schedule) {
    const pPaid = Math.min(i.pokok, pokokLeft)
    const jPaid = Math.min(i.jasa, jasaLeft)
    pokokLeft -= pPaid
    jasaLeft -= jPaid
    const unpaidPokok = i.pokok - pPaid
    const unpaidJasa = i.jasa - jPaid
    if (i.due_date <= asOf) {
      overduePokok += unpaidPokok
      overdueJasa += unpaidJasa
      const unpaid = unpaidPokok + unpaidJasa
      if (unpaid > 0) {
        const late = days(i.due_date, asOf)
        daysPastDue = Math.max(daysPastDue, late)
        denda += installmentDenda(loan, unpaid, i.due_date, paid.last, asOf)
      }
    } else if (!current) {
      current = { pokok: unpaidPokok, jasa: unpaidJasa }
    }
  }
  const outstanding = loan.principal - paid.pokok
  const currentJasa = current?.jasa ?? 0
  const currentPokok = current?.pokok ?? 0
  return {
    asOf,
    outstandingPokok: outstanding,
    overdueJasa,
    overduePokok,
    denda,
    currentJasa,
    currentPokok,
    payoff: denda + overdueJasa + currentJasa + outstanding,
    daysPastDue
  }
}

export function getLoan(book: Book, id: number, asOf: string, field = 'loanId'): Loan {
  const r = loanRow(book, id, field)
  const m = getMember(book, { id: r.member_id })
  const schedule = (book.q.prepare('SELECT no, due_date, pokok, jasa FROM loan_installments WHERE loan_id = ? ORDER BY no').all(r.id) as { no: number; due_date: string; pokok: number; jasa: number }[])
  let sisa = r.principal
  const entry = r.disbursement_entry_id ? (book.q.prepare('SELECT number FROM journal_entries WHERE id = ?').get(r.disbursement_entry_id) as { number: string }).number : null
  return {
    id: r.id, loanNo: r.loan_no, member: { id: m.id, memberNo: m.memberNo, name: m.name }, productCode: r.product_code, method: r.method,
    ratePerMonth: r.rate_per_month, tenor: r.tenor, principal: r.principal, provisi: r.provisi, adminFee: r.admin_fee, status: r.status,
    purpose: r.purpose, appliedAt: r.applied_at, decidedAt: r.decided_at, decidedBy: r.decided_by, decisionNote: r.decision_note,
    disbursedAt: r.disbursed_at, disbursementEntry: entry, closedAt: r.closed_at,
    writtenOffAt: r.written_off_at, writtenOffAmount: r.written_off_amount, recovered: r.recovered,
    schedule: schedule.map((i) => {
      sisa -= i.pokok
      return { no: i.no, dueDate: i.due_date, pokok: i.pokok, jasa: i.jasa, angsuran: i.pokok + i.jasa, sisa }
    }),
    payments: (book.q.prepare('SELECT p.id, p.date, p.amount, p.denda, p.jasa, p.pokok, e.number FROM loan_payments p JOIN journal_entries e ON e.id = p.entry_id WHERE p.loan_id = ? ORDER BY p.id').all(r.id) as { id: number; date: string; amount: number; denda: number; jasa: number; pokok: number; number: string }[])
      .map((p) => ({ id: p.id, date: p.date, amount: p.amount, denda: p.denda, jasa: p.jasa, pokok: p.pokok, entryNumber: p.number })),
    dues: r.status === 'CAIR' ? loanDues(book, r, asOf) : null
  }
}

export function applyLoan(ctx: CommandContext, input: CommandParsedInput<'loans.apply'>): Loan {
  const { book } = ctx
  const m = getMember(book, { id: input.memberId }, 'memberId')
  if (m.status !== 'AKTIF') throw new CommandError('CONFLICT', `Pinjaman hanya untuk anggota aktif; ${m.name} berstatus ${m.status}`, 'memberId')
  const p = productAt(book, input.productCode, input.date)
  if (!p) throw new CommandError('NOT_FOUND', `Produk pinjaman ${input.productCode} tidak berlaku pada tanggal itu`, 'productCode')
  if (input.principal > p.maxAmount) throw new CommandError('INVALID_INPUT', `Plafon pinjaman: paling besar ${formatRupiah(p.maxAmount)} untuk produk ${p.name}`, 'principal')
  if (input.tenorMonths > p.maxTenor) throw new CommandError('INVALID_INPUT', `Jangka waktu: paling lama ${p.maxTenor} bulan untuk produk ${p.name}`, 'tenorMonths')
  checkLendingLimit(book, m.id, m.position, input.principal, input.date)
  const provisi = new Decimal(input.principal).mul(new Decimal(p.provisiPercent).div(100)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
  const n = Number(getSetting(book, 'loans.lastNumber') ?? '0') + 1
  setSetting(book, 'loans.lastNumber', String(n))
  const loanNo = `PJ-${input.date.slice(0, 4)}-${String(n).padStart(5, '0')}`
  const r = book.q
    .prepare(
      `INSERT INTO loans (loan_no, member_id, product_code, method, rate_per_month, tenor, principal, round_up_to, provisi, admin_fee, fee_deducted,
         denda_mode, denda_value, grace_days, receivable, status, purpose, applied_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DIAJUKAN', ?, ?, ?)`
    )
    .run(loanNo, m.id, p.code, p.method, p.ratePerMonth, input.tenorMonths, input.principal, p.roundUpTo, provisi, p.adminFee, p.feeDeducted ? 1 : 0,
      p.dendaMode, p.dendaValue, p.graceDays, p.receivable, input.purpose, input.date, nowIso(ctx))
  return getLoan(book, Number(r.lastInsertRowid), input.date)
}

export function decideLoan(ctx: CommandContext, input: CommandParsedInput<'loans.decide'>): Loan {
  const l = loanRow(ctx.book, input.loanId)
  if (l.status !== 'DIAJUKAN') throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} berstatus ${l.status}, bukan pengajuan`, 'loanId')
  if (input.date < l.applied_at) throw new CommandError('INVALID_INPUT', 'Tanggal: keputusan tidak boleh sebelum tanggal pengajuan', 'date')
  ctx.book.q.prepare('UPDATE loans SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?')
    .run(input.approve ? 'DISETUJUI' : 'DITOLAK', input.date, ctx.actor, input.note, l.id)
  return getLoan(ctx.book, l.id, input.date)
}

export function disburseLoan(ctx: CommandContext, input: CommandParsedInput<'loans.disburse'>): Loan {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'DISETUJUI') throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} belum disetujui (status ${l.status})`, 'loanId')
  if (input.date < (l.decided_at ?? l.applied_at)) throw new CommandError('INVALID_INPUT', 'Tanggal: pencairan tidak boleh sebelum persetujuan', 'date')
  assertCashAccount(book, input.cashAccount)
  const firstDue = input.firstDueDate ?? addMonths(input.date, 1)
  if (firstDue <= input.date) throw new CommandError('INVALID_INPUT', 'Tanggal angsuran pertama harus sesudah tanggal pencairan', 'firstDueDate')
  const receivable = (book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(l.receivable) as { code: string } | undefined)?.code
  if (!receivable) throw new CommandError('NOT_FOUND', 'Akun piutang pinjaman tidak ada di bagan akun')
  const fees = l.provisi + l.admin_fee
  const m = getMember(book, { id: l.member_id })
  const lines = [
    { account: receivable, debit: l.principal, credit: 0, memberId: l.member_id, unit: 'USP' as string | null, pihak: null, memo: l.loan_no },
    { account: input.cashAccount, debit: 0, credit: l.fee_deducted ? l.principal - fees : l.principal, memberId: l.member_id, unit: 'USP', pihak: null, memo: null }
  ]
  if (fees > 0) {
    if (!l.fee_deducted) lines.push({ account: input.cashAccount, debit: fees, credit: 0, memberId: l.member_id, unit: 'USP', pihak: null, memo: 'Provisi dan administrasi dibayar tunai' })
    lines.push({ account: FEE_ACCOUNT, debit: 0, credit: fees, memberId: l.member_id, unit: 'USP', pihak: null, memo: 'Provisi dan administrasi' })
  }
  const unitOk = book.q.prepare(`SELECT 1 FROM units WHERE code = 'USP' AND is_active = 1`).get() !== undefined
  const entry = postEntryId(
    ctx,
    { date: input.date, description: `Pencairan pinjaman ${l.loan_no} ${m.memberNo} ${m.name}`, reference: l.loan_no, series: 'KK', lines: lines.map((x) => ({ ...x, unit: unitOk ? x.unit : null })) },
    { source: 'PINJAMAN' }
  )
  const s = loanSchedule({ principal: l.principal, ratePerMonth: l.rate_per_month, tenorMonths: l.tenor, method: l.method as LoanMethod, roundUpTo: l.round_up_to as 0 | 100 | 1000 })
  const ins = book.q.prepare('INSERT INTO loan_installments (loan_id, no, due_date, pokok, jasa, cum_pokok, cum_jasa) VALUES (?, ?, ?, ?, ?, ?, ?)')
  let cumPokok = 0
  let cumJasa = 0
  s.installments.forEach((i, k) => {
    cumPokok += i.pokok
    cumJasa += i.jasa
    ins.run(l.id, i.no, addMonths(firstDue, k), i.pokok, i.jasa, cumPokok, cumJasa)
  })
  book.q.prepare(`UPDATE loans SET status = 'CAIR', disbursed_at = ?, disbursement_entry_id = ? WHERE id = ?`).run(input.date, entry.id, l.id)
  return getLoan(book, l.id, input.date)
}

/** Splits an amount over what is owed: denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan → sisa pokok. */
export function allocatePayment(d: LoanDues, amount: number): { denda: number; jasa: number; pokok: number } {
  let left = amount
  const take = (n: number) => {
    const t = Math.min(n, left)
    left -= t
    return t
  }
  const denda = take(d.denda)
  const jasa = take(d.overdueJasa)
  let pokok = take(d.overduePokok)
  const jasa2 = take(d.currentJasa)
  pokok += take(d.currentPokok)
  pokok += take(d.outstandingPokok - d.overduePokok - d.currentPokok)
  return { denda, jasa: jasa + jasa2, pokok }
}

/** Loans still running for a member, with what each owes on a date (for the exit settlement). */
export function memberLoanDues(book: Book, memberId: number, asOf: string) {
  const rows = book.q.prepare(`SELECT * FROM loans WHERE member_id = ? AND status = 'CAIR' ORDER BY id`).all(memberId) as LoanRow[]
  return rows.map((l) => ({ loan: l, dues: loanDues(book, l, asOf) }))
}

/** Records part of an exit settlement as a payment on the loan, in the exit's own journal entry. */
export function settleLoanFromExit(ctx: CommandContext, loanId: number, date: string, part: { denda: number; jasa: number; pokok: number }, payoff: number, entryId: number): void {
  const amount = part.denda + part.jasa + part.pokok
  if (amount <= 0) return
  ctx.book.q.prepare('INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(loanId, date, amount, part.denda, part.jasa, part.pokok, entryId, nowIso(ctx))
  if (amount === payoff) ctx.book.q.prepare(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`).run(date, loanId)
}

export function receivableCode(book: Book, control: string): string {
  return (book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(control) as { code: string }).code
}

/** One payment, allocated denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan → sisa pokok. */
export function payLoan(ctx: CommandContext, input: CommandParsedInput<'loans.pay'>) {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'CAIR') throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} berstatus ${l.status}; tidak ada angsuran yang dapat dibayar`, 'loanId')
  if (input.date < l.disbursed_at!) throw new CommandError('INVALID_INPUT', 'Tanggal: pembayaran tidak boleh sebelum pencairan', 'date')
  const last = book.q.prepare('SELECT MAX(date) AS d FROM loan_payments WHERE loan_id = ?').get(l.id) as { d: string | null }
  if (last.d && input.date < last.d) throw new CommandError('INVALID_INPUT', `Tanggal: sudah ada pembayaran tanggal ${last.d}; catat pembayaran berurutan`, 'date')
  assertCashAccount(book, input.cashAccount)
  const d = loanDues(book, l, input.date)
  if (input.amount > d.payoff) {
    throw new CommandError('INVALID_INPUT', `Jumlah: melebihi yang harus dibayar; pelunasan pada tanggal ini ${formatRupiah(d.payoff)}`, 'amount')
  }
  const { denda, jasa: totalJasa, pokok } = allocatePayment(d, input.amount)
  const receivable = (book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(l.receivable) as { code: string }).code
  const m = getMember(book, { id: l.member_id })
  type Line = { account: string; debit: number; credit: number; memberId: number; unit: null; pihak: 'ANGGOTA' | null; memo: string | null }
  const lines: Line[] = [{ account: input.cashAccount, debit: input.amount, credit: 0, memberId: l.member_id, unit: null, pihak: null, memo: null }]
  if (denda) lines.push({ account: DENDA_ACCOUNT, debit: 0, credit: denda, memberId: l.member_id, unit: null, pihak: 'ANGGOTA', memo: null })
  if (totalJasa) lines.push({ account: JASA_ACCOUNT, debit: 0, credit: totalJasa, memberId: l.member_id, unit: null, pihak: 'ANGGOTA', memo: null })
  if (pokok) lines.push({ account: receivable, debit: 0, credit: pokok, memberId: l.member_id, unit: null, pihak: null, memo: l.loan_no })
  const entry = postEntryId(ctx, { date: input.date, description: `Angsuran pinjaman ${l.loan_no} ${m.memberNo} ${m.name}`, reference: l.loan_no, series: 'KM', lines }, { source: 'PINJAMAN' })
  book.q.prepare('INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(l.id, input.date, input.amount, denda, totalJasa, pokok, entry.id, nowIso(ctx))
  if (input.amount === d.payoff) book.q.prepare(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`).run(input.date, l.id)
  return {
    ...getLoan(book, l.id, input.date),
    payment: { amount: input.amount, denda, jasa: totalJasa, pokok, entryNumber: entry.number, amountInWords: terbilangRupiah(input.amount) }
  }
}

export function listLoans(book: Book, f: CommandParsedInput<'loans.list'>, today: string): Loan[] {
  const where: string[] = []
  const params: unknown[] = []
  if (f.memberId) { where.push('member_id = ?'); params.push(f.memberId) }
  if (f.status) { where.push('status = ?'); params.push(f.status) }
  const ids = book.q.prepare(`SELECT id FROM loans ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT 1000`).all(...params) as { id: number }[]
  return ids.map((r) => getLoan(book, r.id, f.asOf ?? today))
}

/** Loan receivable control accounts against the principal still owed on every loan. */
export function loansTieOut(book: Book, asOf: string) {
  return (['PINJAMAN_KONSUMTIF', 'PINJAMAN_PRODUKTIF'] as const).map((control) => {
    const acc = book.q.prepare('SELECT id, code FROM accounts WHERE control = ?').get(control) as { id: number; code: string } | undefined
    if (!acc) return { control, account: null, ledger: 0, loans: 0, difference: 0 }
    const ledger = book.q.prepare('SELECT COALESCE(SUM(debit) - SUM(credit), 0) AS b FROM journal_lines WHERE account_id = ? AND date <= ?').get(acc.id, asOf) as { b: number }
    const loans = book.q
      .prepare(`SELECT COALESCE(SUM(l.principal - CASE WHEN l.written_off_at <= ? THEN l.written_off_amount ELSE 0 END), 0)
                  - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p JOIN loans x ON x.id = p.loan_id WHERE x.receivable = ? AND p.date <= ?), 0) AS b
                FROM loans l WHERE l.receivable = ? AND l.disbursed_at <= ?`)
      .get(asOf, control, asOf, control, asOf) as { b: number }
    return { control, account: acc.code, ledger: ledger.b, loans: loans.b, difference: ledger.b - loans.b }
  })
}



const PPAP_ACCOUNT = '1-1490'
const PPAP_EXPENSE = '5-2104'

/**
 * Arrears of every running loan on a date, set-based: one query finds the installments that are due
 * and not yet covered (payments settle the oldest first, pokok and jasa each), so 15.000 loans do
 * not mean 15.000 round trips. Denda uses the same rule as loanDues.
 */
export function loanArrears(book: Book, asOf: string, policy = DEFAULT_PROVISION_POLICY) {
  const rows = book.q
    .prepare(
      `WITH paid AS (
         SELECT loan_id, SUM(pokok) AS pp, SUM(jasa) AS pj, MAX(date) AS last FROM loan_payments WHERE date <= ? GROUP BY loan_id
       ),
       open AS (
         SELECT l.id, l.loan_no, l.principal, l.denda_mode, l.denda_value, l.grace_days, l.member_id,
                COALESCE(p.pp, 0) AS pp, COALESCE(p.pj, 0) AS pj, p.last
         FROM loans l LEFT JOIN paid p ON p.loan_id = l.id
         WHERE l.status = 'CAIR' AND l.disbursed_at <= ?
       )
       SELECT o.id AS loan_id, i.due_date, i.pokok, i.jasa, i.cum_pokok AS cp, i.cum_jasa AS cj, o.pp, o.pj, o.last,
              o.loan_no, o.principal, o.denda_mode, o.denda_value, o.grace_days, m.member_no, m.name, m.phone
       FROM open o
       JOIN loan_installments i ON i.loan_id = o.id AND i.due_date <= ? AND (i.cum_pokok > o.pp OR i.cum_jasa > o.pj)
       JOIN members m ON m.id = o.member_id
       ORDER BY o.id, i.no`
    )
    .all(asOf, asOf, asOf) as {
      loan_id: number; due_date: string; pokok: number; jasa: number; cp: number; cj: number; pp: number; pj: number; last: string | null
      loan_no: string; principal: number; denda_mode: string; denda_value: string; grace_days: number; member_no: string; name: string; phone: string | null
    }[]
  const byLoan = new Map<number, ArrearsRow>()
  for (const r of rows) {
    const unpaidPokok = Math.min(r.pokok, r.cp - r.pp)
    const unpaidJasa = Math.max(0, Math.min(r.jasa, r.cj - r.pj))
    const unpaidP = Math.max(0, unpaidPokok)
    const late = days(r.due_date, asOf)
    let row = byLoan.get(r.loan_id)
    if (!row) {
      row = { loanId: r.loan_id, loanNo: r.loan_no, memberNo: r.member_no, name: r.name, phone: r.phone, outstandingPokok: r.principal - r.pp,
        overduePokok: 0, overdueJasa: 0, denda: 0, daysPastDue: late, kolektibilitas: classify(late, policy) }
      byLoan.set(r.loan_id, row)
    }
    row.overduePokok += unpaidP
    row.overdueJasa += unpaidJasa
    const unpaid = unpaidP + unpaidJasa
    if (unpaid > 0) row.denda += installmentDenda(r, unpaid, r.due_date, r.last, asOf)
  }
  const list = [...byLoan.values()].filter((r) => r.daysPastDue > 0).sort((a, b) => b.daysPastDue - a.daysPastDue || a.loanId - b.loanId)
  const total = list.reduce((t, r) => ({ overduePokok: t.overduePokok + r.overduePokok, overdueJasa: t.overdueJasa + r.overdueJasa, denda: t.denda + r.denda }), { overduePokok: 0, overdueJasa: 0, denda: 0 })
  return { asOf, rows: list, total }
}

export function loanPortfolio(book: Book, asOf: string, policy = DEFAULT_PROVISION_POLICY): LoanPortfolio {
  const loans = book.q.prepare(`SELECT * FROM loans WHERE disbursed_at <= ? AND status IN ('CAIR', 'LUNAS') AND (closed_at IS NULL OR closed_at > ?) ORDER BY id`).all(asOf, asOf) as LoanRow[]
  const byProduct = new Map<string, { count: number; outstanding: number }>()
  const portfolio: PortfolioLoan[] = []
  for (const l of loans) {
    const d = loanDues(book, l, asOf)
    if (d.outstandingPokok <= 0) continue
    const p = byProduct.get(l.product_code) ?? { count: 0, outstanding: 0 }
    byProduct.set(l.product_code, { count: p.count + 1, outstanding: p.outstanding + d.outstandingPokok })
    portfolio.push({ bakiDebet: d.outstandingPokok, agunanPengurang: l.agunan_pengurang, kolektibilitas: classify(d.daysPastDue, policy) })
  }
  const provision = portfolioProvision(portfolio, policy)
  const acc = book.q.prepare('SELECT id FROM accounts WHERE code = ?').get(PPAP_ACCOUNT) as { id: number } | undefined
  const formed = acc ? (book.q.prepare('SELECT COALESCE(SUM(credit) - SUM(debit), 0) AS b FROM journal_lines WHERE account_id = ? AND date <= ?').get(acc.id, asOf) as { b: number }).b : 0
  return {
    asOf,
    byProduct: [...byProduct.entries()].map(([productCode, v]) => ({ productCode, ...v })),
    provision,
    formed,
    difference: provision.total.ppapwd - formed
  }
}

/** Tops PPAP up (or releases it) so that what is formed equals what is required on the date. */
export function postProvision(ctx: CommandContext, date: string) {
  const p = loanPortfolio(ctx.book, date)
  if (p.difference === 0) throw new CommandError('CONFLICT', `PPAP yang dibentuk sudah sama dengan PPAP wajib dibentuk (${formatRupiah(p.formed)})`, 'date')
  const up = p.difference > 0
  const amount = Math.abs(p.difference)
  const entry = postEntryId(ctx, {
    date,
    description: up ? 'Penambahan PPAP (cadangan kerugian pinjaman)' : 'Pengurangan PPAP (cadangan kerugian pinjaman)',
    reference: null,
    series: 'JU',
    lines: [
      { account: up ? PPAP_EXPENSE : PPAP_ACCOUNT, debit: amount, credit: 0, memberId: null, unit: null, pihak: null, memo: null },
      { account: up ? PPAP_ACCOUNT : PPAP_EXPENSE, debit: 0, credit: amount, memberId: null, unit: null, pihak: null, memo: null }
    ]
  }, { source: 'PINJAMAN' })
  return { ...loanPortfolio(ctx.book, date), entry }
}

export function writeOffLoan(ctx: CommandContext, input: { loanId: number; date: string; reason: string }): Loan {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'CAIR') throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} berstatus ${l.status}; hanya pinjaman berjalan yang dapat dihapus buku`, 'loanId')
  const d = loanDues(book, l, input.date)
  if (classify(d.daysPastDue) !== 'MACET') {
    throw new CommandError('CONFLICT', `Hanya pinjaman macet yang dapat dihapus buku; ${l.loan_no} menunggak ${d.daysPastDue} hari`, 'loanId')
  }
  const receivable = (book.q.prepare('SELECT code FROM accounts WHERE control = ?').get(l.receivable) as { code: string }).code
  postEntryId(ctx, {
    date: input.date,
    description: `Hapus buku pinjaman ${l.loan_no}: ${input.reason}`,
    reference: l.loan_no,
    series: 'JU',
    lines: [
      { account: PPAP_ACCOUNT, debit: d.outstandingPokok, credit: 0, memberId: l.member_id, unit: null, pihak: null, memo: null },
      { account: receivable, debit: 0, credit: d.outstandingPokok, memberId: l.member_id, unit: null, pihak: null, memo: l.loan_no }
    ]
  }, { source: 'PINJAMAN' })
  book.q.prepare(`UPDATE loans SET status = 'HAPUS_BUKU', written_off_at = ?, written_off_amount = ?, closed_at = ?, decision_note = ? WHERE id = ?`)
    .run(input.date, d.outstandingPokok, input.date, input.reason, l.id)
  return getLoan(book, l.id, input.date)
}

export function recoverLoan(ctx: CommandContext, input: { loanId: number; amount: number; date: string; cashAccount: string }): Loan {
  const { book } = ctx
  const l = loanRow(book, input.loanId)
  if (l.status !== 'HAPUS_BUKU') throw new CommandError('CONFLICT', `Pinjaman ${l.loan_no} belum dihapus buku`, 'loanId')
  const left = l.written_off_amount - l.recovered
  if (input.amount > left) throw new CommandError('INVALID_INPUT', `Jumlah: sisa yang dapat ditagih ${formatRupiah(left)}`, 'amount')
  assertCashAccount(book, input.cashAccount)
  postEntryId(ctx, {
    date: input.date,
    description: `Penerimaan pinjaman hapus buku ${l.loan_no}`,
    reference: l.loan_no,
    series: 'KM',
    lines: [
      { account: input.cashAccount, debit: input.amount, credit: 0, memberId: l.member_id, unit: null, pihak: null, memo: null },
      { account: PPAP_ACCOUNT, debit: 0, credit: input.amount, memberId: l.member_id, unit: null, pihak: null, memo: 'Pemulihan PPAP' }
    ]
  }, { source: 'PINJAMAN' })
  book.q.prepare('UPDATE loans SET recovered = recovered + ? WHERE id = ?').run(input.amount, l.id)
  return getLoan(book, l.id, input.date)
}

export function setCollateral(ctx: CommandContext, loanId: number, amount: number): Loan {
  const l = loanRow(ctx.book, loanId)
  ctx.book.q.prepare('UPDATE loans SET agunan_pengurang = ? WHERE id = ?').run(amount, l.id)
  return getLoan(ctx.book, l.id, todayIso('Asia/Jakarta', ctx.now()))
}

/** Modal sendiri (UU 25/1992 Pasal 41): equity less this year's SHU and the closing summary account. */
export function modalSendiri(book: Book, asOf: string): number {
  const r = book.q
    .prepare(`SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id
              WHERE a.type = 'EKUITAS' AND a.code NOT LIKE '3-5%' AND a.code NOT LIKE '3-9%' AND l.date <= ?`)
    .get(asOf) as { b: number }
  return r.b
}

export function lendingLimits(book: Book): { relatedPartyPercent: string; otherPercent: string | null } {
  return { relatedPartyPercent: getSetting(book, 'loans.relatedPartyPercent') ?? '10', otherPercent: getSetting(book, 'loans.otherPercent') }
}

/**
 * BMPP (DOMAIN.md §4.1): a member's outstanding principal plus the new loan may not exceed 10 % of
 * modal sendiri for pengurus and pengawas; for other members a limit applies only when one is set.
 */
function checkLendingLimit(book: Book, memberId: number, position: string, principal: number, date: string): void {
  const limits = lendingLimits(book)
  const related = position === 'PENGURUS' || position === 'PENGAWAS'
  const percent = related ? limits.relatedPartyPercent : limits.otherPercent
  if (percent === null) return
  const modal = modalSendiri(book, date)
  const cap = new Decimal(Math.max(0, modal)).mul(new Decimal(percent).div(100)).floor().toNumber()
  const open = book.q
    .prepare(`SELECT COALESCE(SUM(l.principal), 0) - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p JOIN loans x ON x.id = p.loan_id WHERE x.member_id = ? AND x.status = 'CAIR'), 0) AS b
              FROM loans l WHERE l.member_id = ? AND l.status IN ('CAIR', 'DISETUJUI', 'DIAJUKAN')`)
    .get(memberId, memberId) as { b: number }
  if (open.b + principal > cap) {
    throw new CommandError(
      'CONFLICT',
      `Plafon pinjaman: melewati batas maksimum pemberian pinjaman ${related ? 'pihak terkait (pengurus/pengawas)' : 'per anggota'} ${percent} % dari modal sendiri (${formatRupiah(modal)}) = ${formatRupiah(cap)}; pinjaman berjalan ${formatRupiah(open.b)}`,
      'principal'
    )
  }
}

export function setLendingLimits(ctx: CommandContext, input: { relatedPartyPercent: string; otherPercent: string | null }) {
  setSetting(ctx.book, 'loans.relatedPartyPercent', input.relatedPartyPercent)
  setSetting(ctx.book, 'loans.otherPercent', input.otherPercent)
  return lendingLimits(ctx.book)
}
