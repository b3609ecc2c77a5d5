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
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'
import { chart } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'
import { ON_REGISTER } from '../members/on-register'
import { membersOn } from './statistics'

interface RatRow {
  id: number
  year: number
  number: number
  date: string
  place: string
  agenda: string | null
  quorum_mode: 'MORE_THAN_HALF' | 'PERCENT'
  quorum_percent: string | null
  work_plan: string | null
}

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
  const r = (
    'ratId' in ref
      ? book.q.prepare('SELECT * FROM rat_meetings WHERE id = ?').get(ref.ratId)
      : book.q.prepare('SELECT * FROM rat_meetings WHERE year = ?').get(ref.year)
  ) as RatRow | undefined
  if (!r)
    throw new CommandError(
      'NOT_FOUND',
      'ratId' in ref ? `RAT dengan id ${ref.ratId} tidak ditemukan` : `RAT tahun buku ${ref.year} belum dicatat`,
      'ratId' in ref ? 'ratId' : 'year'
    )
  return r
}

function eligibleMembers(book: Book, date: string) {
  return book.q
    .prepare(
      `SELECT id, member_no, name, gender, street, rt, rw, dusun FROM members WHERE ${ON_REGISTER} ORDER BY member_no`
    )
    .all(date, date) as {
    id: number
    member_no: string
    name: string
    gender: 'L' | 'P' | null
    street: string | null
    rt: string | null
    rw: string | null
    dusun: string | null
  }[]
}

function quorumFor(book: Book, r: RatRow): Quorum {
  const c = book.q
    .prepare(
      `SELECT count(*) AS eligible,
      COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM rat_attendance a WHERE a.rat_id = ? AND a.member_id = members.id AND a.present = 1) THEN 1 ELSE 0 END), 0) AS present
    FROM members WHERE ${ON_REGISTER}`
    )
    .get(r.id, r.date, r.date) as { eligible: number; present: number }
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

export function getRat(book: Book, ref: { ratId: number } | { year: number }): RatMeeting {
  const r = ratRow(book, ref)
  const guests = book.q.prepare('SELECT name, role FROM rat_guests WHERE rat_id = ? ORDER BY id').all(r.id) as {
    name: string
    role: string | null
  }[]
  const decisions = book.q
    .prepare('SELECT number, text FROM rat_decisions WHERE rat_id = ? ORDER BY number')
    .all(r.id) as RatDecision[]
  const budget = new Map(
    (
      book.q.prepare('SELECT group_code, amount FROM rat_budget WHERE rat_id = ?').all(r.id) as {
        group_code: string
        amount: number
      }[]
    ).map((b) => [b.group_code, b.amount])
  )
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
  return book.q.prepare('SELECT id, year, number, date, place FROM rat_meetings ORDER BY year DESC').all() as {
    id: number
    year: number
    number: number
    date: string
    place: string
  }[]
}

export function saveRat(ctx: CommandContext, input: CommandParsedInput<'rat.save'>): RatMeeting {
  const { book } = ctx
  const at = nowIso(ctx)
  const rule = input.quorumRule
  const existing = book.q.prepare('SELECT id FROM rat_meetings WHERE year = ?').get(input.year) as
    { id: number } | undefined
  const clash = book.q
    .prepare('SELECT year FROM rat_meetings WHERE number = ? AND year != ?')
    .get(input.number, input.year) as { year: number } | undefined
  if (clash)
    throw new CommandError('CONFLICT', `RAT ke-${input.number} sudah dipakai untuk tahun buku ${clash.year}`, 'number')
  let id: number
  if (existing) {
    book.q
      .prepare(
        'UPDATE rat_meetings SET number = ?, date = ?, place = ?, agenda = ?, quorum_mode = ?, quorum_percent = ?, updated_at = ? WHERE id = ?'
      )
      .run(
        input.number,
        input.date,
        input.place,
        input.agenda,
        rule.mode,
        rule.mode === 'PERCENT' ? rule.percent : null,
        at,
        existing.id
      )
    id = existing.id
  } else {
    id = Number(
      book.q
        .prepare(
          'INSERT INTO rat_meetings (year, number, date, place, agenda, quorum_mode, quorum_percent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
        )
        .run(
          input.year,
          input.number,
          input.date,
          input.place,
          input.agenda,
          rule.mode,
          rule.mode === 'PERCENT' ? rule.percent : null,
          at,
          at
        ).lastInsertRowid
    )
  }
  if (input.guests) {
    book.q.prepare('DELETE FROM rat_guests WHERE rat_id = ?').run(id)
    const ins = book.q.prepare('INSERT INTO rat_guests (rat_id, name, role) VALUES (?, ?, ?)')
    for (const g of input.guests) ins.run(id, g.name, g.role)
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
    (
      book.q.prepare('SELECT member_id, present FROM rat_attendance WHERE rat_id = ?').all(r.id) as {
        member_id: number
        present: number
      }[]
    ).map((a) => [a.member_id, a.present === 1])
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
    guests: book.q.prepare('SELECT name, role FROM rat_guests WHERE rat_id = ? ORDER BY id').all(r.id) as {
      name: string
      role: string | null
    }[],
    registeredAtYearEnd: membersOn(book, `${r.year}-12-31`).total,
    quorum: quorumFor(book, r)
  }
}

/** Marks members present or absent. Only members entitled to attend; no proxies (DOMAIN.md §1.3). */
export function recordAttendance(ctx: CommandContext, input: CommandParsedInput<'rat.recordAttendance'>): Quorum {
  const { book } = ctx
  const r = ratRow(book, { ratId: input.ratId })
  const eligible = book.q.prepare(`SELECT 1 FROM members WHERE id = ? AND ${ON_REGISTER}`)
  const up = book.q
    .prepare(`INSERT INTO rat_attendance (rat_id, member_id, present, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (rat_id, member_id) DO UPDATE SET present = excluded.present, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`)
  const at = nowIso(ctx)
  input.memberIds.forEach((id, i) => {
    if (!eligible.get(id, r.date, r.date)) {
      const m = book.q.prepare('SELECT member_no, name FROM members WHERE id = ?').get(id) as
        { member_no: string; name: string } | undefined
      throw new CommandError(
        'INVALID_INPUT',
        m
          ? `Anggota ${m.member_no} ${m.name} bukan anggota aktif pada tanggal RAT`
          : `Anggota dengan id ${id} tidak ditemukan`,
        `memberIds.${i}`
      )
    }
    up.run(r.id, id, input.present ? 1 : 0, at, ctx.actor)
  })
  return quorumFor(book, r)
}

export function saveDecisions(ctx: CommandContext, input: CommandParsedInput<'rat.decisions'>): RatDecision[] {
  const { book } = ctx
  const r = ratRow(book, { ratId: input.ratId })
  book.q.prepare('DELETE FROM rat_decisions WHERE rat_id = ?').run(r.id)
  const ins = book.q.prepare('INSERT INTO rat_decisions (rat_id, number, text) VALUES (?, ?, ?)')
  for (const d of [...input.decisions].sort((a, b) => a.number - b.number)) ins.run(r.id, d.number, d.text)
  return book.q
    .prepare('SELECT number, text FROM rat_decisions WHERE rat_id = ? ORDER BY number')
    .all(r.id) as RatDecision[]
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
  book.q
    .prepare('UPDATE rat_meetings SET work_plan = ?, updated_at = ? WHERE id = ?')
    .run(input.workPlan, nowIso(ctx), r.id)
  book.q.prepare('DELETE FROM rat_budget WHERE rat_id = ?').run(r.id)
  const ins = book.q.prepare('INSERT INTO rat_budget (rat_id, group_code, amount) VALUES (?, ?, ?)')
  for (const l of input.rapb) if (l.amount !== 0) ins.run(r.id, l.groupCode, l.amount)
  return getRat(book, { ratId: r.id })
}

/** The RAPB approved at the RAT of tahun buku year − 1, against the ledger's figures of `year` by group. */
export function rapbRealisation(book: Book, year: number): RapbRealisation {
  const rat = book.q.prepare('SELECT id FROM rat_meetings WHERE year = ?').get(year - 1) as { id: number } | undefined
  const budget = new Map(
    rat
      ? (
          book.q.prepare('SELECT group_code, amount FROM rat_budget WHERE rat_id = ?').all(rat.id) as {
            group_code: string
            amount: number
          }[]
        ).map((b) => [b.group_code, b.amount])
      : []
  )
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
  return { year, ratId: rat?.id ?? null, rows, totals }
}

/** Everything of the RAT for tahun buku `year` that the RAT book prints; null when none is recorded. */
export function ratMeeting(book: Book, year: number): { meeting: RatMeeting; attendance: AttendanceList } | null {
  const r = book.q.prepare('SELECT id FROM rat_meetings WHERE year = ?').get(year) as { id: number } | undefined
  if (!r) return null
  return { meeting: getRat(book, { ratId: r.id }), attendance: attendanceList(book, r.id) }
}
