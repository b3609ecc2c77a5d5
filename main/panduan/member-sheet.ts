import { CommandError } from '../../shared/errors'
import type {
  MemberSheet,
  MemberSheetSet,
  MemberSheetTotals,
  SavingsKind,
  SheetLoan,
  SheetSavings,
  SheetShu
} from '../../shared/panduan/member-sheet'
import { compareMemberNo } from '../../shared/shu/allocate'
import type { CommandContext } from '../commands/context'
import { qb, type Row } from '../db/query'
import { loanArrears } from '../loans/portfolio'
import { productName } from '../loans/products'
import { settingsAt } from '../savings/settings'
import { wajibAmountOn, wajibArrears, wajibDueDate, wajibDueDay } from '../savings/wajib'
import { todayOf } from '../setup/timezone'
import { simulateCommand } from '../shu/shu'

/**
 * The figures of every member's Lembar Anggota for a financial year, read in a few grouped queries
 * (savings by member, type and kind; payments by loan) so that 5.000 members take well under a
 * second. Savings come from the savings sub-ledger (the passbooks), loans from the loan register
 * and its payments with kolektibilitas from the arrears, SHU from the SHU engine (`shu.simulate`:
 * the booked allocation once the RAT's decision is posted, an estimate before).
 */

const KINDS: SavingsKind[] = ['POKOK', 'WAJIB', 'SUKARELA']

const MEMBER_COLUMNS = [
  'id',
  'member_no',
  'name',
  'gender',
  'street',
  'rt',
  'rw',
  'dusun',
  'village',
  'joined_at',
  'exit_date',
  'status'
] as const
type MemberRow = Pick<Row<'members'>, (typeof MEMBER_COLUMNS)[number]>

const emptySavings = (type: SavingsKind): SheetSavings => ({
  type,
  opening: 0,
  deposits: 0,
  withdrawals: 0,
  jasa: 0,
  pph: 0,
  corrections: 0,
  closing: 0
})

function address(m: MemberRow): string {
  return [
    m.street,
    m.rt || m.rw ? `RT ${m.rt ?? '-'}/RW ${m.rw ?? '-'}` : null,
    m.dusun ? `Dusun ${m.dusun}` : null,
    m.village
  ]
    .filter(Boolean)
    .join(', ')
}

/** Members with a year to report: on the register at some point of the year (not calon). */
function membersOfYear(ctx: CommandContext, start: string, end: string, memberId?: number): MemberRow[] {
  let query = qb
    .selectFrom('members')
    .select(MEMBER_COLUMNS)
    .where('status', '!=', 'CALON')
    .where('joined_at', 'is not', null)
    .where('joined_at', '<=', end)
    .where((eb) => eb.or([eb('exit_date', 'is', null), eb('exit_date', '>=', start)]))
  if (memberId !== undefined) query = query.where('id', '=', memberId)
  const rows: MemberRow[] = ctx.book.q.all(query)
  return rows.sort((a, b) => compareMemberNo(a.member_no, b.member_no))
}

function savingsOf(
  ctx: CommandContext,
  start: string,
  end: string,
  memberId?: number
): Map<number, Record<SavingsKind, SheetSavings>> {
  const rows = ctx.book.q.tuples<[number, SavingsKind, string, number]>(
    `SELECT member_id, type, CASE WHEN date < ? THEN 'AWAL' ELSE kind END AS k, SUM(amount) AS v FROM savings_transactions
              WHERE date <= ? ${memberId !== undefined ? 'AND member_id = ?' : ''} GROUP BY 1, 2, 3`,
    start,
    end,
    ...(memberId !== undefined ? [memberId] : [])
  )
  const out = new Map<number, Record<SavingsKind, SheetSavings>>()
  for (const [id, type, k, v] of rows) {
    let rec = out.get(id)
    if (!rec)
      out.set(
        id,
        (rec = { POKOK: emptySavings('POKOK'), WAJIB: emptySavings('WAJIB'), SUKARELA: emptySavings('SUKARELA') })
      )
    const s = rec[type]
    switch (k) {
      case 'AWAL':
        s.opening += v
        break
      case 'SETOR':
      case 'SALDO_AWAL':
        s.deposits += v
        break
      case 'TARIK':
      case 'PENGEMBALIAN':
        s.withdrawals -= v
        break
      case 'JASA':
        s.jasa += v
        break
      case 'PAJAK':
        s.pph -= v
        break
      default:
        s.corrections += v
    }
    s.closing += v
  }
  return out
}

function loansOf(ctx: CommandContext, start: string, end: string, memberId?: number): Map<number, SheetLoan[]> {
  const { book } = ctx
  const rows = book.q.rows<{
    id: number
    member_id: number
    loan_no: string
    product_code: string
    disbursed_at: string
    principal: number
    status: string
    written_off_at: string | null
    before_pokok: number
    pokok: number
    jasa: number
    denda: number
  }>(
    `SELECT l.id, l.member_id, l.loan_no, l.product_code, l.disbursed_at, l.principal, l.status, l.written_off_at,
                COALESCE(SUM(CASE WHEN p.date < :start THEN p.pokok END), 0) AS before_pokok,
                COALESCE(SUM(CASE WHEN p.date >= :start THEN p.pokok END), 0) AS pokok,
                COALESCE(SUM(CASE WHEN p.date >= :start THEN p.jasa END), 0) AS jasa,
                COALESCE(SUM(CASE WHEN p.date >= :start THEN p.denda END), 0) AS denda
              FROM loans l LEFT JOIN loan_payments p ON p.loan_id = l.id AND p.date <= :end
              WHERE l.disbursed_at IS NOT NULL AND l.disbursed_at <= :end ${memberId !== undefined ? 'AND l.member_id = :member' : ''}
              GROUP BY l.id ORDER BY l.disbursed_at, l.id`,
    { start, end, ...(memberId !== undefined ? { member: memberId } : {}) }
  )
  if (rows.length === 0) return new Map()
  const arrears = new Map(loanArrears(book, end).rows.map((r) => [r.loanId, r]))
  const names = new Map<string, string>()
  const out = new Map<number, SheetLoan[]>()
  for (const r of rows) {
    const opening = r.disbursed_at < start ? r.principal - r.before_pokok : 0
    const outstanding = r.principal - r.before_pokok - r.pokok
    const writtenOff = r.status === 'HAPUS_BUKU' && r.written_off_at !== null && r.written_off_at <= end
    if (writtenOff && r.written_off_at! < start) continue
    // Paid off before the year and untouched in it: not part of this year.
    if (r.disbursed_at < start && opening === 0 && r.pokok + r.jasa + r.denda === 0) continue
    let name = names.get(r.product_code)
    if (name === undefined) names.set(r.product_code, (name = productName(book, r.product_code, end)))
    const a = arrears.get(r.id)
    const list = out.get(r.member_id) ?? []
    list.push({
      loanNo: r.loan_no,
      product: name,
      disbursedAt: r.disbursed_at,
      principal: r.principal,
      openingOutstanding: opening,
      paidPokok: r.pokok,
      paidJasa: r.jasa,
      paidDenda: r.denda,
      outstanding,
      kolektibilitas: writtenOff ? 'HAPUS_BUKU' : outstanding === 0 ? 'LUNAS' : (a?.kolektibilitas ?? 'LANCAR'),
      daysPastDue: outstanding > 0 && !writtenOff ? (a?.daysPastDue ?? 0) : 0
    })
    out.set(r.member_id, list)
  }
  return out
}

/** The SHU engine's figures for the year, per member, with what a sheet needs around them. */
function shuOf(ctx: CommandContext, year: number) {
  const sim = simulateCommand(ctx, { year })
  const jm = sim.components.find((c) => c.key === 'jasaModal')
  const ju = sim.components.find((c) => c.key === 'jasaUsaha')
  const base = {
    shuAfterTax: sim.shuAfterTax,
    shuBase: sim.split ? sim.split.member : sim.shuAfterTax,
    splitPool: sim.split !== null,
    unitPools: sim.pools ? sim.pools.map((x) => ({ name: x.name, pool: x.pool })) : null,
    jmPercent: jm?.percent ?? sim.settings.percentages.jasaModal,
    juPercent: ju?.percent ?? sim.settings.percentages.jasaUsaha,
    jmPool: jm?.nominal ?? 0,
    juPool: ju?.nominal ?? 0,
    totalS: sim.totals.S,
    totalT: sim.totals.T,
    sBasis: sim.settings.sBasis,
    postedOn: sim.posted?.date ?? null,
    postedEntry: sim.posted?.entryNumber ?? null
  }
  const status: SheetShu['status'] = sim.loss ? 'RUGI' : sim.posted ? 'DIBUKUKAN' : 'PERKIRAAN'
  return {
    sim,
    status,
    rows: new Map(sim.members.map((m) => [m.memberId, m])),
    excluded: new Map(sim.excluded.map((e) => [e.memberId, e.reason])),
    sheetFor(memberId: number): SheetShu {
      const zero = { S: 0, T: 0, JMA: 0, JUA: 0, total: 0, payout: 0 }
      if (sim.loss) return { ...base, ...zero, status: 'RUGI', reason: sim.message }
      const m = this.rows.get(memberId)
      if (!m) {
        const why = this.excluded.get(memberId)
        return {
          ...base,
          ...zero,
          status: 'TIDAK_IKUT',
          reason: why ? why.charAt(0).toLowerCase() + why.slice(1) : `bukan anggota aktif pada 31 Desember ${year}`
        }
      }
      return { ...base, status, reason: null, S: m.S, T: m.T, JMA: m.JMA, JUA: m.JUA, total: m.total, payout: m.payout }
    }
  }
}

function totalsOf(sheets: MemberSheet[]): MemberSheetTotals {
  const savings = Object.fromEntries(
    KINDS.map((k) => [k, { opening: 0, deposits: 0, withdrawals: 0, jasa: 0, pph: 0, corrections: 0, closing: 0 }])
  ) as MemberSheetTotals['savings']
  const loans = { count: 0, principal: 0, outstanding: 0, paidPokok: 0, paidJasa: 0, paidDenda: 0 }
  const t = { S: 0, T: 0, JMA: 0, JUA: 0, total: 0, payout: 0 }
  let closing = 0
  for (const s of sheets) {
    for (const v of s.savings) {
      const a = savings[v.type]
      a.opening += v.opening
      a.deposits += v.deposits
      a.withdrawals += v.withdrawals
      a.jasa += v.jasa
      a.pph += v.pph
      a.corrections += v.corrections
      a.closing += v.closing
      closing += v.closing
    }
    for (const l of s.loans) {
      loans.count++
      loans.principal += l.principal
      if (l.kolektibilitas !== 'HAPUS_BUKU') loans.outstanding += l.outstanding
      loans.paidPokok += l.paidPokok
      loans.paidJasa += l.paidJasa
      loans.paidDenda += l.paidDenda
    }
    t.S += s.shu.S
    t.T += s.shu.T
    t.JMA += s.shu.JMA
    t.JUA += s.shu.JUA
    t.total += s.shu.total
    t.payout += s.shu.payout
  }
  return { members: sheets.length, savings, savingsClosing: closing, loans, shu: t }
}

/**
 * Every member's sheet for `year`, sorted by member number. Balances are read on 31 December, or
 * today while the year runs; `memberId` limits it to one member (the screen's preview).
 */
export function memberSheets(ctx: CommandContext, year: number, memberId?: number): MemberSheetSet {
  const { book } = ctx
  const start = `${year}-01-01`
  const today = todayOf(ctx)
  const end = `${year}-12-31` < today ? `${year}-12-31` : today < start ? `${year}-12-31` : today
  const members = membersOfYear(ctx, start, end, memberId)
  const savings = savingsOf(ctx, start, end, memberId)
  const loans = loansOf(ctx, start, end, memberId)
  const shu = shuOf(ctx, year)
  const lastMonth = end.slice(0, 7)
  const arrears = new Map(wajibArrears(book, end, lastMonth).rows.map((r) => [r.memberId, r]))
  const dueOfLast = wajibDueDate(lastMonth, wajibDueDay(book))
  const pokokAmount = settingsAt(book, end)?.pokokAmount ?? 0
  const sheets: MemberSheet[] = members.map((m) => {
    const s = savings.get(m.id)
    const list = KINDS.map((k) => s?.[k] ?? emptySavings(k))
    const a = arrears.get(m.id)
    return {
      year,
      member: {
        id: m.id,
        memberNo: m.member_no,
        name: m.name,
        gender: m.gender,
        address: address(m),
        joinedAt: m.joined_at,
        exitDate: m.exit_date && m.exit_date <= end ? m.exit_date : null,
        status: m.status
      },
      savings: list,
      savingsClosingTotal: list.reduce((t, x) => t + x.closing, 0),
      loans: loans.get(m.id) ?? [],
      wajibPerMonth: m.exit_date && m.exit_date <= end ? 0 : wajibAmountOn(book, m.id, dueOfLast),
      wajibArrears: a?.shortfall ?? 0,
      wajibArrearsMonths: a?.months ?? 0,
      pokokAmount,
      shu: shu.sheetFor(m.id)
    }
  })
  return { year, asOf: end, sheets, totals: totalsOf(sheets), shuStatus: shu.status === 'RUGI' ? 'RUGI' : shu.status }
}

export function memberSheet(ctx: CommandContext, year: number, memberId: number): MemberSheet {
  const set = memberSheets(ctx, year, memberId)
  const sheet = set.sheets[0]
  if (!sheet) {
    const exists = ctx.book.q.first(qb.selectFrom('members').select('status').where('id', '=', memberId))
    throw new CommandError(
      'NOT_FOUND',
      exists
        ? `Anggota ini tidak tercatat sebagai anggota pada tahun ${year}`
        : `Anggota dengan id ${memberId} tidak ditemukan`,
      'memberId'
    )
  }
  return sheet
}

/** The Lembar Anggota of a year without the sheets themselves: who gets one, and the year's figures. */
export function memberSheetList(ctx: CommandContext, year: number) {
  const { sheets, ...rest } = memberSheets(ctx, year)
  return {
    ...rest,
    members: sheets.map((s) => ({ id: s.member.id, memberNo: s.member.memberNo, name: s.member.name }))
  }
}
