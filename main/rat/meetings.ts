import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type {
  AttendanceList,
  AttendanceRow,
  Quorum,
  QuorumRule,
  RapbLine,
  RapbRealisation,
  RatDecision,
  RatMeeting
} from '../../shared/commands/rat'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'
import { chart } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'
import { ON_REGISTER } from '../members/on-register'
import { membersOn } from './statistics'

type RatRow = Row<'rat_meetings'>

const pct1 = (num: number, den: number) =>
  den === 0 ? '0.0' : new Decimal(num).times(100).dividedBy(den).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)

/**
 * Quorum (DOMAIN.md §1.3): more than half = ⌊n/2⌋ + 1 of the members entitled to attend;
 * a percentage = ⌈n × p / 100⌉ (at least 1). Met when that many are present.
 */
export function quorumOf(rule: QuorumRule, eligible: number, present: number): Quorum {
  const required =
    rule.mode === 'MORE_THAN_HALF'
      ? Math.floor(eligible / 2) + 1
      : Math.max(
          1,
          new Decimal(eligible).times(rule.percent).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber()
        )
  return {
    rule,
    eligible,
    present,
    required,
    met: eligible > 0 && present >= required,
    presentPercent: pct1(present, eligible)
  }
}

const ruleOf = (r: RatRow): QuorumRule =>
  r.quorum_mode === 'PERCENT' ? { mode: 'PERCENT', percent: r.quorum_percent ?? '50' } : { mode: 'MORE_THAN_HALF' }

function ratRow(book: Book, ref: { ratId: number } | { year: number }): RatRow {
  const meetings = qb.selectFrom('rat_meetings').selectAll()
  const r = book.q.first('ratId' in ref ? meetings.where('id', '=', ref.ratId) : meetings.where('year', '=', ref.year))
  if (!r)
    throw new CommandError(
      'NOT_FOUND',
      'ratId' in ref ? `RAT dengan id ${ref.ratId} tidak ditemukan` : `RAT tahun buku ${ref.year} belum dicatat`,
      'ratId' in ref ? 'ratId' : 'year'
    )
  return r
}

function eligibleMembers(book: Book, date: string) {
  return book.q.rows<Pick<Row<'members'>, 'id' | 'member_no' | 'name' | 'gender' | 'street' | 'rt' | 'rw' | 'dusun'>>(
    `SELECT id, member_no, name, gender, street, rt, rw, dusun FROM members WHERE ${ON_REGISTER} ORDER BY member_no`,
    date,
    date
  )
}

function quorumFor(book: Book, r: RatRow): Quorum {
  const c = book.q.row<{ eligible: number; present: number }>(
    `SELECT count(*) AS eligible,
      COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM rat_attendance a WHERE a.rat_id = ? AND a.member_id = members.id AND a.present = 1) THEN 1 ELSE 0 END), 0) AS present
    FROM members WHERE ${ON_REGISTER}`,
    r.id,
    r.date,
    r.date
  )!
  return quorumOf(ruleOf(r), c.eligible, c.present)
}

/** Revenue and expense groups (T-GG) of the chart, with the tahun buku's actual figure. */
function groupsWithActual(
  book: Book,
  year: number
): { groupCode: string; name: string; type: 'PENDAPATAN' | 'BEBAN'; actual: number }[] {
  const is = incomeStatement(book, `${year}-01-01`, `${year}-12-31`, false)
  const actual = new Map(is.rows.filter((r) => r.level === 1).map((r) => [r.code, r.total]))
  const seen = new Map<string, { groupCode: string; name: string; type: 'PENDAPATAN' | 'BEBAN'; actual: number }>()
  for (const a of chart(book)) {
    if ((a.type !== 'PENDAPATAN' && a.type !== 'BEBAN') || a.isHeader || seen.has(a.group.code)) continue
    seen.set(a.group.code, {
      groupCode: a.group.code,
      name: a.group.name,
      type: a.type,
      actual: actual.get(a.group.code) ?? 0
    })
  }
  return [...seen.values()]
}

function decisionsOf(book: Book, ratId: number): RatDecision[] {
  return book.q.all(
    qb.selectFrom('rat_decisions').select(['number', 'text']).where('rat_id', '=', ratId).orderBy('number')
  )
}

function budgetOf(book: Book, ratId: number): Map<string, number> {
  const rows = book.q.all(qb.selectFrom('rat_budget').select(['group_code', 'amount']).where('rat_id', '=', ratId))
  return new Map(rows.map((b) => [b.group_code, b.amount]))
}

function ratIdOfYear(book: Book, year: number): number | undefined {
  return book.q.first(qb.selectFrom('rat_meetings').select('id').where('year', '=', year))?.id
}

export function getRat(book: Book, ref: { ratId: number } | { year: number }): RatMeeting {
  const r = ratRow(book, ref)
  const guests = book.q.all(
    qb.selectFrom('rat_guests').select(['name', 'role']).where('rat_id', '=', r.id).orderBy('id')
  )
  const decisions = decisionsOf(book, r.id)
  const budget = budgetOf(book, r.id)
  const rapb: RapbLine[] = groupsWithActual(book, r.year).map((g) => ({ ...g, amount: budget.get(g.groupCode) ?? 0 }))
  const revenue = rapb.filter((l) => l.type === 'PENDAPATAN').reduce((t, l) => t + l.amount, 0)
  const expense = rapb.filter((l) => l.type === 'BEBAN').reduce((t, l) => t + l.amount, 0)
  return {
    id: r.id,
    year: r.year,
    number: r.number,
    date: r.date,
    place: r.place,
    agenda: r.agenda,
    quorumRule: ruleOf(r),
    workPlan: r.work_plan,
    guests,
    quorum: quorumFor(book, r),
    decisions,
    rapb,
    rapbTotals: { revenue, expense, shu: revenue - expense }
  }
}

export function listRats(book: Book) {
  return book.q.all(
    qb.selectFrom('rat_meetings').select(['id', 'year', 'number', 'date', 'place']).orderBy('year', 'desc')
  )
}

export function saveRat(ctx: CommandContext, input: CommandParsedInput<'rat.save'>): RatMeeting {
  const { book } = ctx
  const at = nowIso(ctx)
  const rule = input.quorumRule
  const existing = ratIdOfYear(book, input.year)
  const clash = book.q.first(
    qb.selectFrom('rat_meetings').select('year').where('number', '=', input.number).where('year', '!=', input.year)
  )
  if (clash)
    throw new CommandError('CONFLICT', `RAT ke-${input.number} sudah dipakai untuk tahun buku ${clash.year}`, 'number')
  const fields = {
    number: input.number,
    date: input.date,
    place: input.place,
    agenda: input.agenda,
    quorum_mode: rule.mode,
    quorum_percent: rule.mode === 'PERCENT' ? rule.percent : null,
    updated_at: at
  }
  let id: number
  if (existing !== undefined) {
    book.q.run(qb.updateTable('rat_meetings').set(fields).where('id', '=', existing))
    id = existing
  } else {
    id = Number(
      book.q.run(qb.insertInto('rat_meetings').values({ year: input.year, ...fields, created_at: at })).lastInsertRowid
    )
  }
  if (input.guests) {
    book.q.run(qb.deleteFrom('rat_guests').where('rat_id', '=', id))
    for (const g of input.guests)
      book.q.run(qb.insertInto('rat_guests').values({ rat_id: id, name: g.name, role: g.role }))
  }
  return getRat(book, { ratId: id })
}

const address = (m: { street: string | null; rt: string | null; rw: string | null; dusun: string | null }) =>
  [m.street, m.rt || m.rw ? `RT ${m.rt ?? '-'}/RW ${m.rw ?? '-'}` : null, m.dusun ? `Dusun ${m.dusun}` : null]
    .filter(Boolean)
    .join(', ')

/** Daftar hadir (DOMAIN.md §6.2): active members on the RAT date by member number, with the footer figures. */
export function attendanceList(book: Book, ratId: number): AttendanceList {
  const r = ratRow(book, { ratId })
  const marks = new Map(
    book.q
      .all(qb.selectFrom('rat_attendance').select(['member_id', 'present']).where('rat_id', '=', r.id))
      .map((a) => [a.member_id, a.present === 1])
  )
  const rows: AttendanceRow[] = eligibleMembers(book, r.date).map((m, i) => ({
    no: i + 1,
    memberId: m.id,
    memberNo: m.member_no,
    name: m.name,
    gender: m.gender,
    address: address(m),
    present: marks.get(m.id) ?? null
  }))
  return {
    ratId: r.id,
    cooperative: requireProfile(book).name,
    year: r.year,
    number: r.number,
    date: r.date,
    place: r.place,
    rows,
    guests: book.q.all(qb.selectFrom('rat_guests').select(['name', 'role']).where('rat_id', '=', r.id).orderBy('id')),
    registeredAtYearEnd: membersOn(book, `${r.year}-12-31`).total,
    quorum: quorumFor(book, r)
  }
}

/** Marks members present or absent. Only members entitled to attend; no proxies (DOMAIN.md §1.3). */
export function recordAttendance(ctx: CommandContext, input: CommandParsedInput<'rat.recordAttendance'>): Quorum {
  const { book } = ctx
  const r = ratRow(book, { ratId: input.ratId })
  const at = nowIso(ctx)
  const mark = { present: input.present ? 1 : 0, recorded_at: at, recorded_by: ctx.actor }
  input.memberIds.forEach((id, i) => {
    if (!book.q.row(`SELECT 1 FROM members WHERE id = ? AND ${ON_REGISTER}`, id, r.date, r.date)) {
      const m = book.q.first(qb.selectFrom('members').select(['member_no', 'name']).where('id', '=', id))
      throw new CommandError(
        'INVALID_INPUT',
        m
          ? `Anggota ${m.member_no} ${m.name} bukan anggota aktif pada tanggal RAT`
          : `Anggota dengan id ${id} tidak ditemukan`,
        `memberIds.${i}`
      )
    }
    book.q.run(
      qb
        .insertInto('rat_attendance')
        .values({ rat_id: r.id, member_id: id, ...mark })
        .onConflict((oc) => oc.columns(['rat_id', 'member_id']).doUpdateSet(mark))
    )
  })
  return quorumFor(book, r)
}

export function saveDecisions(ctx: CommandContext, input: CommandParsedInput<'rat.decisions'>): RatDecision[] {
  const { book } = ctx
  const r = ratRow(book, { ratId: input.ratId })
  book.q.run(qb.deleteFrom('rat_decisions').where('rat_id', '=', r.id))
  for (const d of [...input.decisions].sort((a, b) => a.number - b.number))
    book.q.run(qb.insertInto('rat_decisions').values({ rat_id: r.id, number: d.number, text: d.text }))
  return decisionsOf(book, r.id)
}

export function savePlan(ctx: CommandContext, input: CommandParsedInput<'rat.savePlan'>): RatMeeting {
  const { book } = ctx
  const r = ratRow(book, { ratId: input.ratId })
  const groups = new Set(groupsWithActual(book, r.year).map((g) => g.groupCode))
  input.rapb.forEach((l, i) => {
    if (!groups.has(l.groupCode))
      throw new CommandError(
        'NOT_FOUND',
        `Kelompok akun ${l.groupCode} tidak ada di bagan akun pendapatan/beban`,
        `rapb.${i}.groupCode`
      )
  })
  book.q.run(
    qb
      .updateTable('rat_meetings')
      .set({ work_plan: input.workPlan, updated_at: nowIso(ctx) })
      .where('id', '=', r.id)
  )
  book.q.run(qb.deleteFrom('rat_budget').where('rat_id', '=', r.id))
  for (const l of input.rapb)
    if (l.amount !== 0)
      book.q.run(qb.insertInto('rat_budget').values({ rat_id: r.id, group_code: l.groupCode, amount: l.amount }))
  return getRat(book, { ratId: r.id })
}

/** The RAPB approved at the RAT of tahun buku year − 1, against the ledger's figures of `year` by group. */
export function rapbRealisation(book: Book, year: number): RapbRealisation {
  const ratId = ratIdOfYear(book, year - 1)
  const budget = ratId !== undefined ? budgetOf(book, ratId) : new Map<string, number>()
  const rows = groupsWithActual(book, year)
    .filter((g) => budget.has(g.groupCode) || g.actual !== 0)
    .map((g) => {
      const b = budget.get(g.groupCode) ?? 0
      return {
        groupCode: g.groupCode,
        name: g.name,
        type: g.type,
        budget: b,
        actual: g.actual,
        difference: g.actual - b,
        percent: b === 0 ? null : pct1(g.actual, b)
      }
    })
  const sum = (type: 'PENDAPATAN' | 'BEBAN', k: 'budget' | 'actual') =>
    rows.filter((r) => r.type === type).reduce((t, r) => t + r[k], 0)
  const totals = {
    budgetRevenue: sum('PENDAPATAN', 'budget'),
    actualRevenue: sum('PENDAPATAN', 'actual'),
    budgetExpense: sum('BEBAN', 'budget'),
    actualExpense: sum('BEBAN', 'actual'),
    budgetShu: sum('PENDAPATAN', 'budget') - sum('BEBAN', 'budget'),
    actualShu: sum('PENDAPATAN', 'actual') - sum('BEBAN', 'actual')
  }
  return { year, ratId: ratId ?? null, rows, totals }
}

/** Everything of the RAT for tahun buku `year` that the RAT book prints; null when none is recorded. */
export function ratMeeting(book: Book, year: number): { meeting: RatMeeting; attendance: AttendanceList } | null {
  const id = ratIdOfYear(book, year)
  if (id === undefined) return null
  return { meeting: getRat(book, { ratId: id }), attendance: attendanceList(book, id) }
}
