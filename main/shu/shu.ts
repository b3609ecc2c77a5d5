import { dayBefore, lastDayOfMonth } from '../../shared/dates/calendar'
import { todayOf } from '../setup/timezone'
import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type {
  ShuExplanation,
  ShuMemberRow,
  ShuPayable,
  ShuPostPreview,
  ShuReceipt,
  ShuSettings,
  ShuSimulation,
  ShuTieOut
} from '../../shared/commands/shu'
import {
  allocate,
  allocateSplit,
  compareMemberNo,
  DEFAULT_PERCENTAGES,
  formatPercentId,
  normalizePercent,
  ShuValidationError,
  STANDARD_KEYS,
  validatePercentages,
  type Allocation,
  type MemberInput,
  type PercentTable
} from '../../shared/shu/allocate'
import { allocateUnitPools, type UnitResult } from '../../shared/shu/unit-pools'
import { formatRupiah } from '../../shared/money/rupiah'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { formatDateLong } from '../../shared/dates/format'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { incomeStatement } from '../statements/income-statement'
import { assertCashAccount, controlAccount, insertSavingsRow } from '../savings/ledger'
import { asOfForMonth, wajibArrears } from '../savings/wajib'

export const SHU_PAYABLE_ACCOUNT = '2-1601'
export const SHU_UNDISTRIBUTED_ACCOUNT = '3-5102'

const yearEnd = (y: number) => `${y}-12-31`

/** Percentages from a command (strings as typed) to the engine's normalized table; refuses with the engine's message and field. */
function checkedTable(p: PercentTable, field = 'percentages', requireMemberJasa = true): PercentTable {
  const issues = validatePercentages(p, requireMemberJasa)
  if (issues.length) {
    const i = issues[0]!
    throw new CommandError('INVALID_INPUT', i.message, i.field.replace(/^percentages/, field))
  }
  const out = { ...p } as PercentTable
  for (const k of STANDARD_KEYS) out[k] = normalizePercent(p[k])!
  if (p.others?.length)
    out.others = p.others.map((o) => ({ ...o, name: o.name.trim(), percent: normalizePercent(o.percent)! }))
  else delete out.others
  return out
}

/** Runs the engine; its validation errors become command errors. */
function run<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof ShuValidationError)
      throw new CommandError('INVALID_INPUT', e.issues[0]!.message, e.issues[0]!.field)
    throw e
  }
}

// ---------------------------------------------------------------- settings

function defaults(year: number): ShuSettings {
  return {
    year,
    isDefault: true,
    percentages: { ...DEFAULT_PERCENTAGES },
    nonMemberPercentages: null,
    poolMode: 'SINGLE_POOL',
    unitPools: { commonCosts: 'GROSS_MARGIN', withoutTransactions: 'ALL_TRANSACTIONS', percentages: {} },
    sBasis: 'YEAR_END',
    tBasis: { purchases: true, jasaPinjaman: true, services: true },
    eligibility: { excludeWajibArrears: false },
    rounding: 'LARGEST_REMAINDER',
    payoutRoundTo: 0,
    payoutRemainderTo: 'cadangan',
    decisionRef: null
  }
}

const parseSettings = (r: { year: number; settings: string }): ShuSettings => {
  const base = defaults(r.year)
  const saved = JSON.parse(r.settings) as Partial<ShuSettings>
  // Settings saved before a field existed take its default.
  return { ...base, ...saved, unitPools: { ...base.unitPools, ...saved.unitPools }, year: r.year, isDefault: false }
}

/** The settings in force for a financial year: the latest saved for that year or before, else the §5.3 template. */
export function shuSettingsFor(book: Book, year: number): ShuSettings {
  const r = book.q.first(
    qb
      .selectFrom('shu_settings')
      .select(['year', 'settings'])
      .where('year', '<=', year)
      .orderBy('year', 'desc')
      .limit(1)
  )
  return r ? parseSettings(r) : defaults(year)
}

export function shuSettings(book: Book, year: number): { current: ShuSettings; history: ShuSettings[] } {
  const history = book.q
    .all(qb.selectFrom('shu_settings').select(['year', 'settings']).orderBy('year'))
    .map(parseSettings)
  return { current: shuSettingsFor(book, year), history }
}

export function setShuSettings(ctx: CommandContext, input: CommandParsedInput<'shu.setSettings'>): ShuSettings {
  const { book } = ctx
  if (book.q.first(qb.selectFrom('shu_allocations').select('year').where('year', '>=', input.year).limit(1))) {
    throw new CommandError(
      'CONFLICT',
      `Tahun: pembagian SHU tahun ${input.year} atau sesudahnya sudah dibukukan; pengaturan tahun itu tidak dapat diubah`,
      'year'
    )
  }
  const percentages = checkedTable(input.percentages as PercentTable)
  const nonMemberPercentages = input.nonMemberPercentages
    ? checkedTable(input.nonMemberPercentages as PercentTable, 'nonMemberPercentages', false)
    : null
  const unitTables: Record<string, PercentTable> = {}
  for (const [code, t] of Object.entries(input.unitPools.percentages)) {
    if (!book.q.first(qb.selectFrom('units').select('id').where('code', '=', code)))
      throw new CommandError('NOT_FOUND', `Unit usaha ${code} tidak ditemukan`, `unitPools.percentages.${code}`)
    unitTables[code] = checkedTable(t as PercentTable, `unitPools.percentages.${code}`)
  }
  const s: ShuSettings = {
    year: input.year,
    isDefault: false,
    percentages,
    nonMemberPercentages,
    poolMode: input.poolMode,
    unitPools: {
      commonCosts: input.unitPools.commonCosts,
      withoutTransactions: input.unitPools.withoutTransactions,
      percentages: unitTables
    },
    sBasis: input.sBasis,
    tBasis: input.tBasis,
    eligibility: input.eligibility,
    rounding: input.rounding,
    payoutRoundTo: input.payoutRoundTo,
    payoutRemainderTo: input.payoutRemainderTo,
    decisionRef: input.decisionRef
  }
  const { year: _y, isDefault: _d, ...stored } = s
  const values = { settings: JSON.stringify(stored), updated_at: nowIso(ctx), updated_by: ctx.actor }
  book.q.run(
    qb
      .insertInto('shu_settings')
      .values({ year: input.year, ...values })
      .onConflict((oc) => oc.column('year').doUpdateSet(values))
  )
  return s
}

// ---------------------------------------------------------------- preview (pure)

export function allocatePreview(input: CommandParsedInput<'shu.allocatePreview'>) {
  const table = checkedTable(input.percentages as PercentTable)
  const a = run(() => allocate({ shuAfterTax: input.shuAfterTax, percentages: table, members: input.members }))
  return {
    components: a.components.map((c) => ({ key: c.key, name: c.name, percent: c.percent, amount: c.amount })),
    members: a.members.map((m) => ({ memberNo: m.memberNo, JMA: m.JMA, JUA: m.JUA, total: m.total })),
    ...(a.message ? { message: a.message } : {})
  }
}

// ---------------------------------------------------------------- from the books

/** Entries that close a year (series JP, the closing module's TUTUP_BUKU) and their reversals: not part of the year's result. */
const NOT_CLOSING = `NOT (e.series = 'JP' OR e.source = 'TUTUP_BUKU' OR COALESCE(o.series, '') = 'JP' OR COALESCE(o.source, '') = 'TUTUP_BUKU')`

/**
 * SHU after tax of a financial year: Σ revenues − Σ expenses (tax included) of the year, as the
 * income statement reports it, leaving out the closing entries — after closing the P&L accounts
 * are zero, but the year's SHU is what was closed. Works with the closing module (source
 * TUTUP_BUKU) or a hand-made closing journal in series JP.
 */
export function shuAfterTaxOf(book: Book, year: number): number {
  const r = book.q.row<{ v: number }>(
    `SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS v FROM journal_lines l JOIN accounts a ON a.id = l.account_id
              JOIN journal_entries e ON e.id = l.entry_id LEFT JOIN journal_entries o ON o.id = e.reversal_of
              WHERE a.type IN ('PENDAPATAN','BEBAN') AND l.date >= ? AND l.date <= ? AND ${NOT_CLOSING}`,
    `${year}-01-01`,
    yearEnd(year)
  )!
  return r.v
}

/** The income statement's SHU for the year (for a cross-check in tests; equals shuAfterTaxOf before closing). */
export function incomeStatementShu(book: Book, year: number): number {
  return incomeStatement(book, `${year}-01-01`, yearEnd(year), false).shu.total
}

/**
 * Gross margin from members and from non-members (SPLIT_POOL): revenue usaha (4-1, 4-2) by the
 * line's pihak — lines without one follow the account ("… – Non-Anggota"), else count as member
 * business (USP lends to members only) — less
 * HPP (5-1) of the same unit split by that unit's member share of revenue, rounded half-up.
 */
export function grossMargins(book: Book, year: number): { memberGross: number; nonMemberGross: number } {
  const rows = book.q.rows<{ unit: number; mrev: number; nrev: number; hpp: number }>(
    `SELECT COALESCE(l.unit_id, 0) AS unit,
                SUM(CASE WHEN (a.code LIKE '4-1%' OR a.code LIKE '4-2%') AND NOT (COALESCE(l.pihak, '') = 'NON_ANGGOTA' OR (l.pihak IS NULL AND a.name LIKE '%Non-Anggota%')) THEN l.credit - l.debit ELSE 0 END) AS mrev,
                SUM(CASE WHEN (a.code LIKE '4-1%' OR a.code LIKE '4-2%') AND (COALESCE(l.pihak, '') = 'NON_ANGGOTA' OR (l.pihak IS NULL AND a.name LIKE '%Non-Anggota%')) THEN l.credit - l.debit ELSE 0 END) AS nrev,
                SUM(CASE WHEN a.code LIKE '5-1%' THEN l.debit - l.credit ELSE 0 END) AS hpp
              FROM journal_lines l JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id = l.entry_id LEFT JOIN journal_entries o ON o.id = e.reversal_of
              WHERE l.date >= ? AND l.date <= ? AND ${NOT_CLOSING} AND a.type IN ('PENDAPATAN','BEBAN')
              GROUP BY COALESCE(l.unit_id, 0)`,
    `${year}-01-01`,
    yearEnd(year)
  )
  let memberGross = 0
  let total = 0
  for (const r of rows) {
    const rev = r.mrev + r.nrev
    const mh =
      rev === 0 ? 0 : new Decimal(r.hpp).mul(r.mrev).div(rev).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
    memberGross += r.mrev - mh
    total += rev - r.hpp
  }
  return { memberGross, nonMemberGross: total - memberGross }
}

/** Each business unit's own result of the year (its lines only), gross margin and revenue, for UNIT_POOL. */
export function unitResults(book: Book, year: number): UnitResult[] {
  const is = incomeStatement(book, `${year}-01-01`, yearEnd(year), false)
  const row = (code: string) => is.rows.find((r) => r.level === 0 && r.code === code)
  const gross = row('HASIL_USAHA_BRUTO')
  const revenue = row('PENDAPATAN_USAHA')
  return is.units.flatMap((u, i) =>
    u.code === ''
      ? []
      : [
          {
            unit: u.code,
            name: u.name,
            result: is.shu.byUnit[i]!,
            gross: gross?.byUnit[i] ?? 0,
            revenue: revenue?.byUnit[i] ?? 0
          }
        ]
  )
}

interface Participant {
  memberId: number
  memberNo: string
  name: string
  S: number
  T: number
  sWeight: number
  tByUnit: Record<string, number>
}

/** Eligible members with S (pokok + wajib) and T (transactions) per the settings; and who is left out, why. */
export function participants(
  ctx: CommandContext,
  year: number,
  s: ShuSettings
): { list: Participant[]; excluded: ShuSimulation['excluded'] } {
  const { book } = ctx
  const end = yearEnd(year)
  const start = `${year}-01-01`
  // Not ON_REGISTER (members/on-register.ts): SHU also counts members without a join date, and reads those who exited to list them as excluded.
  const all = book.q.rows<{
    id: number
    member_no: string
    name: string
    status: string
    joined_at: string | null
    exit_date: string | null
  }>(
    `SELECT id, member_no, name, status, joined_at, exit_date FROM members WHERE status != 'CALON' AND (joined_at IS NULL OR joined_at <= ?)`,
    end
  )
  const excluded: ShuSimulation['excluded'] = []
  const arrears = s.eligibility.excludeWajibArrears
    ? new Set(wajibArrears(book, asOfForMonth(`${year}-12`, todayOf(ctx))).rows.map((r) => r.memberId))
    : new Set<number>()
  const eligible = all.filter((m) => {
    if (m.status === 'KELUAR' && (m.exit_date === null || m.exit_date <= end)) {
      if (m.exit_date !== null && m.exit_date >= start)
        excluded.push({
          memberId: m.id,
          memberNo: m.member_no,
          name: m.name,
          reason: `Keluar pada ${formatDateLong(m.exit_date)}, sebelum akhir tahun buku`
        })
      return false
    }
    if (arrears.has(m.id)) {
      excluded.push({
        memberId: m.id,
        memberNo: m.member_no,
        name: m.name,
        reason: 'Menunggak simpanan wajib pada akhir tahun buku'
      })
      return false
    }
    return true
  })
  const map = <T extends { member_id: number; v: number }>(rows: T[]) => new Map(rows.map((r) => [r.member_id, r.v]))
  let sMap: Map<number, number>
  let weightMap: Map<number, number>
  if (s.sBasis === 'YEAR_END') {
    sMap = map(
      book.q.rows<{ member_id: number; v: number }>(
        `SELECT member_id, SUM(amount) AS v FROM savings_transactions WHERE type IN ('POKOK','WAJIB') AND date <= ? GROUP BY member_id`,
        end
      )
    )
    weightMap = sMap
  } else {
    // Σ of the 12 month-end balances is the weight (exact); S shown is that Σ / 12, rounded half-up.
    weightMap = new Map()
    for (let m = 1; m <= 12; m++) {
      const me = lastDayOfMonth(`${year}-${String(m).padStart(2, '0')}`)
      for (const r of book.q.rows<{ member_id: number; v: number }>(
        `SELECT member_id, SUM(amount) AS v FROM savings_transactions WHERE type IN ('POKOK','WAJIB') AND date <= ? GROUP BY member_id`,
        me
      )) {
        weightMap.set(r.member_id, (weightMap.get(r.member_id) ?? 0) + r.v)
      }
    }
    sMap = new Map(
      [...weightMap].map(([k, v]) => [k, new Decimal(v).div(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()])
    )
  }
  const t = new Map<number, number>()
  // The same transactions by business unit ('' = none), for UNIT_POOL: loans belong to the USP unit.
  const tu = new Map<number, Record<string, number>>()
  const addT = (rows: { member_id: number; v: number; unit: string | null }[]) => {
    for (const r of rows) {
      t.set(r.member_id, (t.get(r.member_id) ?? 0) + r.v)
      const u = tu.get(r.member_id) ?? {}
      u[r.unit ?? ''] = (u[r.unit ?? ''] ?? 0) + r.v
      tu.set(r.member_id, u)
    }
  }
  type TRow = { member_id: number; v: number; unit: string | null }
  if (s.tBasis.purchases) {
    addT(
      book.q.rows<TRow>(
        `SELECT d.member_id, u.code AS unit, SUM(CASE WHEN d.type = 'RETUR_JUAL' THEN -d.amount ELSE d.amount END) AS v FROM trade_docs d LEFT JOIN units u ON u.id = d.unit_id
                         WHERE d.member_id IS NOT NULL AND d.type IN ('JUAL','RETUR_JUAL') AND d.date >= ? AND d.date <= ? GROUP BY d.member_id, d.unit_id`,
        start,
        end
      )
    )
  }
  if (s.tBasis.services) {
    addT(
      book.q.rows<TRow>(
        `SELECT d.member_id, u.code AS unit, SUM(d.amount) AS v FROM trade_docs d LEFT JOIN units u ON u.id = d.unit_id
                         WHERE d.member_id IS NOT NULL AND d.type = 'JASA' AND d.date >= ? AND d.date <= ? GROUP BY d.member_id, d.unit_id`,
        start,
        end
      )
    )
  }
  if (s.tBasis.jasaPinjaman) {
    addT(
      book.q.rows<TRow>(
        `SELECT l.member_id, (SELECT code FROM units WHERE code = 'USP') AS unit, SUM(p.jasa) AS v FROM loan_payments p JOIN loans l ON l.id = p.loan_id WHERE p.date >= ? AND p.date <= ? GROUP BY l.member_id`,
        start,
        end
      )
    )
  }
  const list = eligible
    .map((m) => ({
      memberId: m.id,
      memberNo: m.member_no,
      name: m.name,
      S: Math.max(sMap.get(m.id) ?? 0, 0),
      T: Math.max(t.get(m.id) ?? 0, 0),
      sWeight: Math.max(weightMap.get(m.id) ?? 0, 0),
      tByUnit: tu.get(m.id) ?? {}
    }))
    .sort((a, b) => compareMemberNo(a.memberNo, b.memberNo))
  return { list, excluded }
}

function postedInfo(book: Book, year: number): ShuSimulation['posted'] {
  const r = book.q.first(
    qb
      .selectFrom('shu_allocations as a')
      .innerJoin('journal_entries as e', 'e.id', 'a.entry_id')
      .select(['a.date', 'a.decision_ref', 'e.number'])
      .where('a.year', '=', year)
  )
  return r ? { date: r.date, entryNumber: r.number, decisionRef: r.decision_ref } : null
}

export function simulate(
  ctx: CommandContext,
  year: number,
  override?: PercentTable
): ShuSimulation & { allocation: Allocation } {
  const { book } = ctx
  const settings = shuSettingsFor(book, year)
  const table = override ? checkedTable(override) : settings.percentages
  const shu = shuAfterTaxOf(book, year)
  const { list, excluded } = participants(ctx, year, settings)
  const members: MemberInput[] = list.map((p) => ({ memberNo: p.memberNo, S: p.S, T: p.T, sWeight: p.sWeight }))
  const opts = {
    rounding: settings.rounding,
    payoutRoundTo: settings.payoutRoundTo,
    payoutRemainderTo: settings.payoutRemainderTo
  }
  let split: ShuSimulation['split'] = null
  let pools: ShuSimulation['pools'] = null
  let a: Allocation
  if (settings.poolMode === 'UNIT_POOL') {
    const r = run(() =>
      allocateUnitPools(
        {
          shuAfterTax: shu,
          units: unitResults(book, year),
          commonCosts: settings.unitPools.commonCosts,
          withoutTransactions: settings.unitPools.withoutTransactions,
          percentages: table,
          unitPercentages: override ? undefined : settings.unitPools.percentages,
          members: list.map((p) => ({
            memberNo: p.memberNo,
            S: p.S,
            sWeight: p.sWeight,
            T: Object.fromEntries(Object.entries(p.tByUnit).map(([k, v]) => [k, Math.max(v, 0)]))
          }))
        },
        opts
      )
    )
    pools = r.pools.map((p) => ({
      ...p,
      components: p.components.map((c) => ({ key: c.key, name: c.name, percent: c.percent, amount: c.amount }))
    }))
    a = r
  } else if (settings.poolMode === 'SPLIT_POOL') {
    const g = grossMargins(book, year)
    const nm = settings.nonMemberPercentages
      ? checkedTable(settings.nonMemberPercentages, 'nonMemberPercentages', false)
      : undefined
    const r = run(() =>
      allocateSplit(
        {
          shuAfterTax: shu,
          percentages: table,
          members,
          memberGross: g.memberGross,
          nonMemberGross: g.nonMemberGross,
          nonMemberPercentages: nm
        },
        opts
      )
    )
    split = {
      ...g,
      commonCosts: r.split.commonCosts,
      memberCosts: r.split.memberCosts,
      member: r.split.member,
      nonMember: r.split.nonMember
    }
    a = r
  } else {
    a = run(() => allocate({ shuAfterTax: shu, percentages: table, members }, opts))
  }
  const byNo = new Map(list.map((p) => [p.memberNo, p]))
  const rows: ShuMemberRow[] = a.members.map((m) => {
    const p = byNo.get(m.memberNo)!
    return {
      memberId: p.memberId,
      memberNo: m.memberNo,
      name: p.name,
      S: m.S,
      T: m.T,
      JMA: m.JMA,
      JUA: m.JUA,
      total: m.total,
      payout: m.payout
    }
  })
  return {
    year,
    settings: override ? { ...settings, percentages: table } : settings,
    shuAfterTax: shu,
    loss: a.loss,
    message: a.message,
    poolMode: settings.poolMode,
    split,
    pools,
    components: a.components.map((c) => ({
      key: c.key,
      name: c.name,
      percent: c.percent,
      account: c.account,
      nominal: c.nominal,
      amount: c.amount
    })),
    members: rows,
    totals: { ...a.totals, members: rows.length },
    adjustments: a.adjustments,
    excluded,
    posted: postedInfo(book, year),
    allocation: a
  }
}

/**
 * shu.simulate: a fresh computation from the books; once the RAT's allocation is posted (and no
 * other percentages are asked for) the booked figures instead, so later entries cannot change
 * what was decided.
 */
export function simulateCommand(ctx: CommandContext, input: CommandParsedInput<'shu.simulate'>): ShuSimulation {
  if (!input.percentages) {
    const booked = bookedSimulation(ctx.book, input.year)
    if (booked) return booked
  }
  const { allocation: _a, ...rest } = simulate(ctx, input.year, input.percentages as PercentTable | undefined)
  return rest
}

function bookedSimulation(book: Book, year: number): ShuSimulation | null {
  const r = book.q.first(qb.selectFrom('shu_allocations').select('snapshot').where('year', '=', year))
  if (!r) return null
  const snap = JSON.parse(r.snapshot) as Omit<ShuSimulation, 'members'>
  const members = book.q
    .all(
      qb
        .selectFrom('shu_member_shares as s')
        .innerJoin('members as m', 'm.id', 's.member_id')
        .select(['s.member_id', 'm.member_no', 'm.name', 's.s', 's.t', 's.jma', 's.jua', 's.amount'])
        .where('s.year', '=', year)
    )
    .map((x): ShuMemberRow => ({
      memberId: x.member_id,
      memberNo: x.member_no,
      name: x.name,
      S: x.s,
      T: x.t,
      JMA: x.jma,
      JUA: x.jua,
      total: x.jma + x.jua,
      payout: x.amount
    }))
    .sort((a, b) => compareMemberNo(a.memberNo, b.memberNo))
  return { ...snap, pools: snap.pools ?? null, members, posted: postedInfo(book, year) }
}

// ---------------------------------------------------------------- explanation

const rp = (n: number) => formatRupiah(n)
/** "464508.444444" → "464.508,444…" (exact share shown to 3 decimals, cut off, as in DOMAIN §5.5). */
const dec = (s: string) => {
  const [i, f = ''] = s.split('.')
  const cut = f.slice(0, 3)
  const rest = /[1-9]/.test(f.slice(3))
  return `${Number(i).toLocaleString('id-ID')}${/[1-9]/.test(f) ? `,${cut}${rest ? '…' : ''}` : ''}`
}

export function explain(ctx: CommandContext, input: CommandParsedInput<'shu.explain'>): ShuExplanation {
  const m = ctx.book.q.first(
    qb.selectFrom('members').select(['id', 'member_no', 'name']).where('id', '=', input.memberId)
  )
  if (!m) throw new CommandError('NOT_FOUND', `Anggota dengan id ${input.memberId} tidak ditemukan`, 'memberId')
  const sim = simulate(ctx, input.year, input.percentages as PercentTable | undefined)
  const member = { id: m.id, memberNo: m.member_no, name: m.name }
  const p: string[] = []
  const year = input.year
  if (sim.loss) {
    p.push(sim.message ?? 'Tidak ada SHU yang dibagi tahun ini.')
    return { year, member, eligible: false, row: null, paragraphs: p }
  }
  const row = sim.members.find((r) => r.memberId === m.id) ?? null
  if (!row) {
    const ex = sim.excluded.find((e) => e.memberId === m.id)
    p.push(
      `${m.name} (${m.member_no}) tidak ikut pembagian SHU tahun buku ${year}${ex ? `: ${ex.reason.toLowerCase()}` : ': belum menjadi anggota aktif pada 31 Desember ' + year}.`
    )
    return { year, member, eligible: false, row: null, paragraphs: p }
  }
  const a = sim.allocation
  const share = a.members.find((x) => x.memberNo === m.member_no)!
  const jm = sim.components.find((c) => c.key === 'jasaModal')!
  const ju = sim.components.find((c) => c.key === 'jasaUsaha')!
  const shuBase = sim.split ? sim.split.member : sim.shuAfterTax
  p.push(
    `SHU setelah pajak tahun buku ${year} adalah ${rp(sim.shuAfterTax)}.${sim.split ? ` Dengan pembagian terpisah, bagian dari usaha dengan anggota ${rp(sim.split.member)} dan dari non-anggota ${rp(sim.split.nonMember)}; hanya bagian anggota yang dibagikan sebagai jasa anggota.` : ''}`
  )
  p.push(
    `Jasa modal = ${formatPercentId(jm.percent)} × ${rp(shuBase)} = ${rp(jm.nominal)}; jasa usaha = ${formatPercentId(ju.percent)} × ${rp(shuBase)} = ${rp(ju.nominal)} (dibulatkan ke bawah ke rupiah penuh).`
  )
  const sLabel =
    sim.settings.sBasis === 'YEAR_END'
      ? `saldo simpanan pokok + wajib Anda pada 31 Desember ${year}`
      : `rata-rata saldo akhir bulan simpanan pokok + wajib Anda tahun ${year}`
  p.push(`Modal Anda (S) adalah ${sLabel}: ${rp(row.S)}, dari jumlah seluruh anggota ${rp(sim.totals.S)}.`)
  const tParts = [
    sim.settings.tBasis.purchases && 'belanja di gerai (dikurangi retur)',
    sim.settings.tBasis.jasaPinjaman && 'jasa pinjaman yang dibayar',
    sim.settings.tBasis.services && 'biaya layanan'
  ]
    .filter(Boolean)
    .join(', ')
  p.push(
    `Transaksi Anda (T) tahun ${year} — ${tParts} — adalah ${rp(row.T)}, dari jumlah seluruh anggota ${rp(sim.totals.T)}.`
  )
  p.push(
    sim.totals.S > 0
      ? `Jasa modal Anda (JMA) = S ÷ ΣS × jasa modal = ${rp(row.S)} ÷ ${rp(sim.totals.S)} × ${rp(jm.nominal)} = ${dec(share.jmaExact)} → ${rp(row.JMA)}.`
      : 'Belum ada simpanan pokok + wajib anggota yang tercatat, sehingga jasa modal tidak dibagikan kepada anggota dan masuk ke dana cadangan.'
  )
  if (sim.pools) {
    const mine = sim.pools
      .filter((x) => x.pool > 0)
      .map(
        (x) =>
          `${x.name} ${rp(x.pool)}${x.unitT > 0 ? ' (dibagi menurut transaksi di unit itu)' : sim.settings.unitPools.withoutTransactions === 'CADANGAN' ? ' (unit tanpa transaksi anggota: jasa usahanya ke dana cadangan)' : ' (unit tanpa transaksi anggota: dibagi menurut seluruh transaksi)'}`
      )
    p.push(
      `SHU dibagi per unit usaha: hasil tiap unit, dikurangi biaya bersama (menurut ${sim.settings.unitPools.commonCosts === 'GROSS_MARGIN' ? 'laba kotor' : 'pendapatan'}) dan kerugian unit lain, menjadi pool ${mine.join('; ')}. Jasa usaha Anda adalah jumlah bagian Anda dari jasa usaha tiap pool: ${rp(row.JUA)}.`
    )
  } else
    p.push(
      sim.totals.T > 0
        ? `Jasa usaha Anda (JUA) = T ÷ ΣT × jasa usaha = ${rp(row.T)} ÷ ${rp(sim.totals.T)} × ${rp(ju.nominal)} = ${dec(share.juaExact)} → ${rp(row.JUA)}.`
        : 'Belum ada transaksi anggota yang tercatat, sehingga jasa usaha tidak dibagikan kepada anggota dan masuk ke dana cadangan.'
    )
  p.push(
    a.rounding === 'LARGEST_REMAINDER'
      ? `Pembulatan: setiap bagian dibulatkan ke bawah ke rupiah penuh; sisa rupiah dari pembulatan diberikan satu per satu kepada anggota dengan pecahan terbesar (metode sisa terbesar), bila sama kepada nomor anggota yang lebih kecil.${share.jmaBonus || share.juaBonus ? ` Anda mendapat tambahan Rp1 pada ${[share.jmaBonus && 'jasa modal', share.juaBonus && 'jasa usaha'].filter(Boolean).join(' dan ')}.` : ''}`
      : 'Pembulatan: setiap bagian dibulatkan ke bawah ke rupiah penuh; sisa pembulatan masuk ke dana cadangan.'
  )
  p.push(
    `SHU Anda tahun ${year} = JMA + JUA = ${rp(row.JMA)} + ${rp(row.JUA)} = ${rp(row.total)} (${terbilangRupiah(row.total)}).`
  )
  if (row.payout !== row.total)
    p.push(
      `Yang dibayarkan dibulatkan ke bawah ke kelipatan Rp${sim.settings.payoutRoundTo.toLocaleString('id-ID')}: ${rp(row.payout)}.`
    )
  return { year, member, eligible: true, row, paragraphs: p }
}

// ---------------------------------------------------------------- posting after the RAT

const ledgerCredit = (book: Book, code: string, asOf: string) =>
  book.q.row<{ b: number }>(
    'SELECT COALESCE(SUM(l.credit) - SUM(l.debit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND l.date <= ?',
    code,
    asOf
  )!.b

/**
 * How 3-5102 is debited: by business unit as the year's closing credited it (so each unit's SHU
 * Belum Dibagi goes to zero), or in one line when there is no such closing or it does not add up
 * to the SHU (a hand-made closing journal).
 */
function undistributedByUnit(book: Book, year: number, shu: number): { unit: string | null; amount: number }[] {
  const rows = book.q.rows<{ unit: string | null; amount: number }>(
    `SELECT u.code AS unit, SUM(l.credit) - SUM(l.debit) AS amount FROM year_closings c JOIN journal_lines l ON l.entry_id = c.reclass_entry_id
     JOIN accounts a ON a.id = l.account_id LEFT JOIN units u ON u.id = l.unit_id
     WHERE c.year = ? AND c.reopened_at IS NULL AND a.code = ? GROUP BY l.unit_id ORDER BY l.unit_id IS NULL, u.sort_order, u.code`,
    year,
    SHU_UNDISTRIBUTED_ACCOUNT
  )
  const split = rows.filter((r) => r.amount !== 0)
  return split.length > 1 && split.reduce((t, r) => t + r.amount, 0) === shu ? split : [{ unit: null, amount: shu }]
}

/** Why the allocation cannot be posted on `date` (empty: it can), and the simulation it would post. */
function shuPostPlan(ctx: CommandContext, year: number, date: string) {
  const { book } = ctx
  const problems: { message: string; field: 'year' | 'date' }[] = []
  const posted = postedInfo(book, year)
  if (posted)
    problems.push({
      field: 'year',
      message: `Tahun: pembagian SHU tahun buku ${year} sudah dibukukan (${posted.entryNumber}, ${formatDateLong(posted.date)}); tidak dapat dibukukan dua kali`
    })
  if (date <= yearEnd(year))
    problems.push({
      field: 'date',
      message: `Tanggal: pembagian SHU dibukukan pada tanggal RAT, sesudah tahun buku ${year} berakhir`
    })
  const sim = simulate(ctx, year)
  if (sim.loss) problems.push({ field: 'year', message: `Tahun: ${sim.message}` })
  const available = ledgerCredit(book, SHU_UNDISTRIBUTED_ACCOUNT, date)
  if (!sim.loss && available < sim.shuAfterTax) {
    problems.push({
      field: 'year',
      message: `Tahun: tahun buku ${year} harus ditutup lebih dahulu — saldo ${SHU_UNDISTRIBUTED_ACCOUNT} SHU Belum Dibagi pada ${formatDateLong(date)} ${rp(available)}, sedangkan SHU setelah pajak ${rp(sim.shuAfterTax)}`
    })
  }
  const byAccount = new Map<string, number>()
  for (const c of sim.components) if (c.amount > 0) byAccount.set(c.account, (byAccount.get(c.account) ?? 0) + c.amount)
  const names = new Map(
    sim.components.map((c) => [
      c.account,
      c.account === SHU_PAYABLE_ACCOUNT ? 'SHU bagian anggota (jasa modal + jasa usaha)' : c.name
    ])
  )
  const accountName = (code: string) =>
    book.q.first(qb.selectFrom('accounts').select('name').where('code', '=', code))?.name ?? code
  const undistributed = undistributedByUnit(book, year, sim.shuAfterTax)
  const lines: ShuPostPreview['lines'] = [
    ...undistributed.map((u) => ({
      account: SHU_UNDISTRIBUTED_ACCOUNT,
      name: accountName(SHU_UNDISTRIBUTED_ACCOUNT),
      unit: u.unit,
      memo: `SHU tahun buku ${year}`,
      debit: Math.max(u.amount, 0),
      credit: Math.max(-u.amount, 0)
    })),
    ...[...byAccount].map(([account, v]) => ({
      account,
      name: accountName(account),
      memo: names.get(account) ?? null,
      debit: 0,
      credit: v
    }))
  ]
  return { sim, problems, lines, available }
}

/** What posting the SHU allocation on `date` will do: the journal, the members' shares, and what stops it. */
export function shuPostPreview(ctx: CommandContext, input: CommandParsedInput<'shu.postPreview'>): ShuPostPreview {
  const { sim, problems, lines, available } = shuPostPlan(ctx, input.year, input.date)
  const members = sim.members.filter((m) => m.payout > 0)
  return {
    year: input.year,
    date: input.date,
    shuAfterTax: sim.shuAfterTax,
    available,
    lines: sim.loss ? [] : lines,
    members: { count: members.length, total: members.reduce((t, m) => t + m.payout, 0), excluded: sim.excluded.length },
    problems: problems.map((p) => p.message)
  }
}

export function postShu(
  ctx: CommandContext,
  input: CommandParsedInput<'shu.post'>
): ShuSimulation & { entry: { id: number; number: string } } {
  const { book } = ctx
  const { year, date } = input
  const { sim, problems, lines } = shuPostPlan(ctx, year, date)
  const first = problems[0]
  if (first)
    throw new CommandError(
      first.message.startsWith('Tanggal') ? 'INVALID_INPUT' : 'CONFLICT',
      first.message,
      first.field
    )
  const ref = input.decisionRef ?? `SHU-${year}`
  const entry = postEntryId(
    ctx,
    {
      date,
      description: `Pembagian SHU tahun buku ${year} sesuai keputusan RAT${input.decisionRef ? ` ${input.decisionRef}` : ''}`,
      reference: ref.slice(0, 100),
      series: 'JU',
      lines: lines.map((l) => ({
        account: l.account,
        debit: l.debit,
        credit: l.credit,
        memberId: null,
        unit: l.unit ?? null,
        pihak: null,
        memo: l.memo
      }))
    },
    { source: 'SHU', allowInactiveUnits: true }
  )
  const { allocation: _a, ...snapshot } = sim
  book.q.run(
    qb.insertInto('shu_allocations').values({
      year,
      date,
      decision_ref: input.decisionRef,
      shu_after_tax: sim.shuAfterTax,
      entry_id: entry.id,
      snapshot: JSON.stringify({ ...snapshot, members: undefined }),
      created_at: nowIso(ctx),
      created_by: ctx.actor
    })
  )
  // Raw: one row per member, thousands on a large book, without compiling a builder query for each.
  for (const r of sim.members)
    book.q.exec(
      'INSERT INTO shu_member_shares (year, member_id, s, t, jma, jua, amount) VALUES (?, ?, ?, ?, ?, ?, ?)',
      year,
      r.memberId,
      r.S,
      r.T,
      r.JMA,
      r.JUA,
      r.payout
    )
  return { ...snapshot, posted: postedInfo(book, year), entry }
}

// ---------------------------------------------------------------- payables and payout

export function payables(book: Book, year: number, status: 'SEMUA' | 'BELUM' | 'SUDAH' = 'SEMUA') {
  const rows = book.q
    .rows<{
      member_id: number
      member_no: string
      name: string
      amount: number
      paid: number
      date: string | null
      method: ShuPayable['method']
      number: string | null
    }>(
      `SELECT s.member_id, m.member_no, m.name, s.amount, COALESCE(p.amount, 0) AS paid, p.date, p.method, e.number
              FROM shu_member_shares s JOIN members m ON m.id = s.member_id
              LEFT JOIN shu_payments p ON p.year = s.year AND p.member_id = s.member_id LEFT JOIN journal_entries e ON e.id = p.entry_id
              WHERE s.year = ? AND s.amount > 0`,
      year
    )
    .map((r): ShuPayable => ({
      memberId: r.member_id,
      memberNo: r.member_no,
      name: r.name,
      amount: r.amount,
      paid: r.paid,
      unpaid: r.amount - r.paid,
      paidAt: r.date,
      method: r.method,
      entryNumber: r.number
    }))
    .sort((a, b) => compareMemberNo(a.memberNo, b.memberNo))
  const list = rows.filter((r) => status === 'SEMUA' || (status === 'BELUM' ? r.unpaid > 0 : r.unpaid === 0))
  return {
    year,
    rows: list,
    total: rows.reduce((s, r) => s + r.amount, 0),
    paid: rows.reduce((s, r) => s + r.paid, 0),
    unpaid: rows.reduce((s, r) => s + r.unpaid, 0)
  }
}

export function payShu(
  ctx: CommandContext,
  input: CommandParsedInput<'shu.pay'>
): { year: number; date: string; count: number; total: number; receipts: ShuReceipt[] } {
  const { book } = ctx
  const { year, date } = input
  const alloc = postedInfo(book, year)
  if (!alloc)
    throw new CommandError(
      'CONFLICT',
      `Tahun: pembagian SHU tahun buku ${year} belum dibukukan; bukukan keputusan RAT terlebih dahulu`,
      'year'
    )
  if (date < alloc.date)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: pembayaran tidak boleh sebelum pembukuan pembagian SHU (${formatDateLong(alloc.date)})`,
      'date'
    )
  const all = payables(book, year).rows
  let targets: ShuPayable[]
  if (input.memberIds === 'all') {
    targets = all.filter((r) => r.unpaid > 0)
    if (targets.length === 0)
      throw new CommandError('CONFLICT', `Anggota: semua SHU bagian anggota tahun ${year} sudah dibayar`, 'memberIds')
  } else {
    const byId = new Map(all.map((r) => [r.memberId, r]))
    targets = input.memberIds.map((id, i) => {
      const r = byId.get(id)
      if (!r)
        throw new CommandError(
          'NOT_FOUND',
          `Anggota ke-${i + 1}: tidak mempunyai SHU bagian anggota tahun ${year}`,
          `memberIds.${i}`
        )
      if (r.unpaid === 0)
        throw new CommandError(
          'CONFLICT',
          `Anggota ke-${i + 1}: SHU ${r.name} (${r.memberNo}) tahun ${year} sudah dibayar`,
          `memberIds.${i}`
        )
      return r
    })
    if (new Set(input.memberIds).size !== input.memberIds.length)
      throw new CommandError('INVALID_INPUT', 'Anggota: ada anggota yang dipilih dua kali', 'memberIds')
  }
  const sukarela = input.method === 'SIMPANAN_SUKARELA' ? controlAccount(book, 'SUKARELA') : null
  if (!sukarela) assertCashAccount(book, input.cashAccount)
  const receipts: ShuReceipt[] = []
  for (const r of targets) {
    const lines = [
      {
        account: SHU_PAYABLE_ACCOUNT,
        debit: r.unpaid,
        credit: 0,
        memberId: r.memberId,
        unit: null,
        pihak: null,
        memo: `SHU tahun buku ${year}`
      }
    ]
    let entry: { id: number; number: string }
    if (sukarela) {
      const st = book.q.first(qb.selectFrom('members').select(['status', 'exit_date']).where('id', '=', r.memberId))!
      if (st.status === 'KELUAR')
        throw new CommandError(
          'CONFLICT',
          `Metode: ${r.name} (${r.memberNo}) sudah keluar; SHU-nya dibayar tunai`,
          'method'
        )
      entry = postEntryId(
        ctx,
        {
          date,
          description: `SHU tahun buku ${year} ke simpanan sukarela ${r.memberNo} ${r.name}`,
          reference: `SHU-${year}`,
          series: 'JU',
          lines: [
            ...lines,
            {
              account: sukarela.code,
              debit: 0,
              credit: r.unpaid,
              memberId: r.memberId,
              unit: null,
              pihak: null,
              memo: `SHU tahun buku ${year}`
            }
          ]
        },
        { source: 'SIMPANAN' }
      )
      insertSavingsRow(ctx, {
        memberId: r.memberId,
        type: 'SUKARELA',
        kind: 'SETOR',
        date,
        amount: r.unpaid,
        entryId: entry.id,
        note: `SHU tahun buku ${year}`
      })
    } else {
      entry = postEntryId(
        ctx,
        {
          date,
          description: `Pembayaran SHU tahun buku ${year} ${r.memberNo} ${r.name}`,
          reference: `SHU-${year}`,
          series: 'KK',
          lines: [
            ...lines,
            {
              account: input.cashAccount,
              debit: 0,
              credit: r.unpaid,
              memberId: r.memberId,
              unit: null,
              pihak: null,
              memo: null
            }
          ]
        },
        { source: 'SHU' }
      )
    }
    book.q.run(
      qb.insertInto('shu_payments').values({
        year,
        member_id: r.memberId,
        date,
        amount: r.unpaid,
        method: input.method,
        entry_id: entry.id,
        created_at: nowIso(ctx)
      })
    )
    receipts.push({
      memberId: r.memberId,
      memberNo: r.memberNo,
      name: r.name,
      year,
      date,
      amount: r.unpaid,
      amountInWords: terbilangRupiah(r.unpaid),
      method: input.method,
      entryNumber: entry.number
    })
  }
  return { year, date, count: receipts.length, total: receipts.reduce((s, x) => s + x.amount, 0), receipts }
}

/** 2-1601 SHU Bagian Anggota (credit balance) against Σ decided member SHU − Σ paid (for system.check). */
/**
 * 2-1601 against the members' decided-but-unpaid SHU. Whatever stood on 2-1601 before the first
 * allocation recorded here (an opening balance of earlier years' unpaid SHU) is outside the sub-ledger
 * and is left out of the comparison.
 */
export function shuTieOut(book: Book, asOf = '9999-12-31'): ShuTieOut {
  const first = book.q.row<{ d: string | null }>('SELECT MIN(date) AS d FROM shu_allocations')!.d
  const before = first
    ? ledgerCredit(book, SHU_PAYABLE_ACCOUNT, dayBefore(first))
    : ledgerCredit(book, SHU_PAYABLE_ACCOUNT, asOf)
  const ledger = ledgerCredit(book, SHU_PAYABLE_ACCOUNT, asOf) - before
  const decided = book.q.row<{ v: number }>(
    'SELECT COALESCE(SUM(s.amount), 0) AS v FROM shu_member_shares s JOIN shu_allocations a ON a.year = s.year WHERE a.date <= ?',
    asOf
  )!.v
  const paid = book.q.row<{ v: number }>(
    'SELECT COALESCE(SUM(amount), 0) AS v FROM shu_payments WHERE date <= ?',
    asOf
  )!.v
  const subledger = decided - paid
  return { account: SHU_PAYABLE_ACCOUNT, ledger, subledger, difference: ledger - subledger, ok: ledger === subledger }
}

export const shuToday = (ctx: CommandContext) => todayOf(ctx)
