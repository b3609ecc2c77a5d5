import type { Kolektibilitas } from '../../shared/loans/provisioning'
import Decimal from 'decimal.js'
import type { LoanPortfolio } from '../../shared/commands/loans'
import type { CommandContext } from '../commands/context'
import type { Book } from '../db/book'
import { onRegisterSql } from '../members/on-register'
import { loanArrears, loanPortfolio } from '../loans/portfolio'
import { balanceSheet } from '../statements/balance-sheet'
import { incomeStatement } from '../statements/income-statement'
import { simulateCommand } from '../shu/shu'
import * as rat from '../rat'
import { formatPercent } from '../../shared/money/decimal-text'

/*
 * One function per data source of the RAT book. Where another module owns the figures (SHU per
 * member: main/shu `shu.simulate`; meeting, attendance, RAPB, signatories, member statistics:
 * main/rat), the function here adapts that module's result to the book's tables.
 */

const yearEnd = (y: number) => `${y}-12-31`
const yearStart = (y: number) => `${y}-01-01`

// ---------------------------------------------------------------- members (DOMAIN.md §6.3)

export interface GenderCount {
  L: number
  P: number
  total: number
}
export interface MemberStatistics {
  year: number
  rows: { label: string; count: GenderCount; emphasis?: boolean; indent?: boolean }[]
  endOfYear: GenderCount
}

const EXIT_REASONS: Record<string, string> = {
  PERMINTAAN_SENDIRI: 'permintaan sendiri',
  MENINGGAL: 'meninggal dunia',
  DIBERHENTIKAN: 'diberhentikan',
  PINDAH: 'pindah domisili'
}

/** Members on a date: joined by then, not exited by then, not a candidate. */
const MEMBER_ON = onRegisterSql(':d')

function countBy(book: Book, where: string, params: Record<string, unknown>): GenderCount {
  const rows = book.q
    .prepare(`SELECT gender, count(*) AS n FROM members WHERE ${where} GROUP BY gender`)
    .all(params) as { gender: string | null; n: number }[]
  const c: GenderCount = { L: 0, P: 0, total: 0 }
  for (const r of rows) {
    if (r.gender === 'L') c.L += r.n
    else if (r.gender === 'P') c.P += r.n
    c.total += r.n
  }
  return c
}

/** Member statistics by gender (§6.3), from main/rat `memberStatistics`, as the book's table rows. */
export function memberStatistics(book: Book, year: number): MemberStatistics {
  const st = rat.memberStatistics(book, year)
  const g = (c: { L: number; P: number; total: number }): GenderCount => ({ L: c.L, P: c.P, total: c.total })
  return {
    year,
    endOfYear: g(st.end),
    rows: [
      { label: `Anggota awal tahun (1 Januari ${year})`, count: g(st.start), emphasis: true },
      { label: '+ Masuk', count: g(st.joined) },
      { label: '− Keluar', count: g(st.left) },
      ...st.leftByReason
        .filter((r) => r.count.total > 0)
        .map((r) => ({ label: r.label, count: g(r.count), indent: true })),
      { label: `Anggota akhir tahun (31 Desember ${year})`, count: g(st.end), emphasis: true },
      { label: 'Calon anggota', count: g(st.calon) },
      { label: 'Pengurus', count: g(st.officers.pengurus) },
      { label: 'Pengawas', count: g(st.officers.pengawas) },
      { label: 'Manajer', count: g(st.officers.manajer) },
      { label: 'Karyawan', count: g(st.officers.karyawan) }
    ]
  }
}

/**
 * The same table counted by this module from the member register (its own implementation from
 * before main/rat existed; officers by the register's `position`). Not used while main/rat is there.
 */
export function memberStatisticsFromRegister(book: Book, year: number): MemberStatistics {
  const start = countBy(book, MEMBER_ON, { d: `${year - 1}-12-31` })
  const joined = countBy(book, `status <> 'CALON' AND joined_at BETWEEN :a AND :b`, {
    a: yearStart(year),
    b: yearEnd(year)
  })
  const exits = book.q
    .prepare(
      `SELECT COALESCE(exit_reason, '') AS reason, gender, count(*) AS n FROM members WHERE exit_date BETWEEN :a AND :b AND joined_at <= :b GROUP BY 1, 2`
    )
    .all({ a: yearStart(year), b: yearEnd(year) }) as { reason: string; gender: string | null; n: number }[]
  const byReason = new Map<string, GenderCount>()
  const exitTotal: GenderCount = { L: 0, P: 0, total: 0 }
  for (const e of exits) {
    const c = byReason.get(e.reason) ?? { L: 0, P: 0, total: 0 }
    for (const t of [c, exitTotal]) {
      if (e.gender === 'L') t.L += e.n
      else if (e.gender === 'P') t.P += e.n
      t.total += e.n
    }
    byReason.set(e.reason, c)
  }
  const end = countBy(book, MEMBER_ON, { d: yearEnd(year) })
  const calon = countBy(book, `status = 'CALON' AND (joined_at IS NULL OR joined_at <= :d)`, { d: yearEnd(year) })
  const pos = (p: string) => countBy(book, `position = :p AND ${MEMBER_ON}`, { p, d: yearEnd(year) })
  return {
    year,
    endOfYear: end,
    rows: [
      { label: `Anggota awal tahun (1 Januari ${year})`, count: start, emphasis: true },
      { label: '+ Masuk', count: joined },
      { label: '− Keluar', count: exitTotal },
      ...[...byReason.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([reason, count]) => ({ label: `karena ${EXIT_REASONS[reason] ?? 'sebab lain'}`, count, indent: true })),
      { label: `Anggota akhir tahun (31 Desember ${year})`, count: end, emphasis: true },
      { label: 'Calon anggota', count: calon },
      { label: 'Pengurus', count: pos('PENGURUS') },
      { label: 'Pengawas', count: pos('PENGAWAS') },
      { label: 'Karyawan', count: pos('KARYAWAN') }
    ]
  }
}

/** Members at each year end by gender, for the chart. */
export function membersOverYears(book: Book, years: number[]): { year: number; count: GenderCount }[] {
  return years.map((y) => ({ year: y, count: countBy(book, MEMBER_ON, { d: yearEnd(y) }) }))
}

// ---------------------------------------------------------------- organisation (main/rat seams)

export interface Signatory {
  role: string
  name: string | null
}

/**
 * Ketua, Sekretaris, Bendahara, Ketua Pengawas from main/rat `signatories(book, date)`, plus every
 * pengurus and pengawas serving then (the laporan tahunan is signed by all pengurus, §1.3). A seat
 * without a name prints a dotted line to sign by hand.
 */
export function signatories(
  book: Book,
  date: string
): { main: Signatory[]; pengurus: Signatory[]; pengawas: Signatory[] } {
  const s = rat.signatories(book, date)
  const officer = (o: { positionLabel: string; name: string }) => ({ role: o.positionLabel, name: o.name })
  const main = s.signatories.map((x) => ({ role: x.label, name: x.name }))
  const pick = (label: string) => main.find((m) => m.role === label) ?? { role: label, name: null }
  return {
    main,
    pengurus: s.pengurus.length ? s.pengurus.map(officer) : [pick('Ketua'), pick('Sekretaris'), pick('Bendahara')],
    pengawas: s.pengawas.length
      ? s.pengawas.map(officer)
      : [pick('Ketua Pengawas'), { role: 'Anggota Pengawas', name: null }]
  }
}

/** Pengurus, pengawas and karyawan serving at the year end (BAB II susunan). */
export function officers(book: Book, year: number) {
  return rat.listOfficers(book, yearEnd(year))
}

export interface AttendanceRow {
  memberNo: string
  name: string
  gender: string | null
  address: string
  present?: boolean | null
}
export interface Attendance {
  rows: AttendanceRow[]
  /** The recorded RAT (date, place, quorum), when main/rat has one for the year. */
  meeting: {
    number: number
    date: string
    place: string
    registered: number
    present: number
    presentPercent: string
    required: number
    met: boolean
    guests: { name: string; role: string | null }[]
  } | null
}

/**
 * The daftar hadir (DOMAIN.md §6.2): from the RAT recorded in main/rat (`ratMeeting`) when there is
 * one, otherwise the pre-printed list of members active at the year end, by member number.
 */
export function attendanceList(book: Book, year: number): Attendance {
  const m = rat.ratMeeting(book, year)
  if (m) {
    const a = m.attendance
    return {
      rows: a.rows.map((r) => ({
        memberNo: r.memberNo,
        name: r.name,
        gender: r.gender,
        address: r.address,
        present: r.present
      })),
      meeting: {
        number: a.number,
        date: a.date,
        place: a.place,
        registered: a.registeredAtYearEnd,
        present: a.quorum.present,
        presentPercent: a.quorum.presentPercent,
        required: a.quorum.required,
        met: a.quorum.met,
        guests: a.guests
      }
    }
  }
  return { ...preprintedAttendance(book, year), meeting: null }
}

/** Members active at the year end, by member number, for signing at the meeting. */
export function preprintedAttendance(book: Book, year: number): { rows: AttendanceRow[] } {
  const rows = book.q
    .prepare(
      `SELECT member_no, name, gender, street, rt, rw, dusun FROM members WHERE status = 'AKTIF' AND ${MEMBER_ON} ORDER BY member_no`
    )
    .all({ d: yearEnd(year) }) as {
    member_no: string
    name: string
    gender: string | null
    street: string | null
    rt: string | null
    rw: string | null
    dusun: string | null
  }[]
  return {
    rows: rows.map((r) => ({
      memberNo: r.member_no,
      name: r.name,
      gender: r.gender,
      address: [
        r.street,
        r.rt || r.rw ? `RT ${r.rt ?? '-'}/RW ${r.rw ?? '-'}` : null,
        r.dusun ? `Dusun ${r.dusun}` : null
      ]
        .filter(Boolean)
        .join(', ')
    }))
  }
}

/** RAPB realisation (budget approved at the previous RAT vs the year's ledger) from main/rat; null without a budget. */
export function rapbRealisation(
  book: Book,
  year: number
): { rows: { label: string; budget: number; actual: number; percent: string | null; bold?: boolean }[] } | null {
  const r = rat.rapbRealisation(book, year)
  if (r.ratId === null || r.rows.every((x) => x.budget === 0)) return null
  const t = r.totals
  const p = (a: number, b: number) => (b === 0 ? null : ((a / b) * 100).toFixed(1))
  return {
    rows: [
      ...r.rows
        .filter((x) => x.type === 'PENDAPATAN')
        .map((x) => ({ label: x.name, budget: x.budget, actual: x.actual, percent: x.percent })),
      {
        label: 'Jumlah pendapatan',
        budget: t.budgetRevenue,
        actual: t.actualRevenue,
        percent: p(t.actualRevenue, t.budgetRevenue),
        bold: true
      },
      ...r.rows
        .filter((x) => x.type === 'BEBAN')
        .map((x) => ({ label: x.name, budget: x.budget, actual: x.actual, percent: x.percent })),
      {
        label: 'Jumlah beban',
        budget: t.budgetExpense,
        actual: t.actualExpense,
        percent: p(t.actualExpense, t.budgetExpense),
        bold: true
      },
      {
        label: 'Sisa hasil usaha',
        budget: t.budgetShu,
        actual: t.actualShu,
        percent: p(t.actualShu, t.budgetShu),
        bold: true
      }
    ]
  }
}

/** The RAPB for next year approved (or proposed) at this year's RAT, for the lampiran; null when none. */
export function nextRapb(book: Book, year: number) {
  const m = rat.ratMeeting(book, year)
  if (!m || m.meeting.rapb.every((l) => l.amount === 0)) return null
  return {
    lines: m.meeting.rapb.filter((l) => l.amount !== 0),
    totals: m.meeting.rapbTotals,
    workPlan: m.meeting.workPlan,
    decisions: m.meeting.decisions
  }
}

// ---------------------------------------------------------------- business units

export interface UnitResult {
  code: string
  name: string
  revenue: number
  hpp: number
  expenses: number
  shu: number
}

export function unitResults(
  book: Book,
  year: number
): { units: UnitResult[]; total: UnitResult; compareShu: number | null } {
  const is = incomeStatement(book, yearStart(year), yearEnd(year), true)
  const row = (code: string) => is.rows.find((r) => r.code === code)
  const rev = row('PENDAPATAN_USAHA')
  const hpp = row('HPP')
  const exp = row('BEBAN_USAHA')
  const units = is.units.map((u, i) => ({
    code: u.code,
    name: u.name || 'Tanpa unit',
    revenue: rev?.byUnit[i] ?? 0,
    hpp: hpp?.byUnit[i] ?? 0,
    expenses: exp?.byUnit[i] ?? 0,
    shu: is.shu.byUnit[i] ?? 0
  }))
  return {
    units,
    total: {
      code: '',
      name: 'Jumlah',
      revenue: rev?.total ?? 0,
      hpp: hpp?.total ?? 0,
      expenses: exp?.total ?? 0,
      shu: is.shu.total
    },
    compareShu: is.shu.compare
  }
}

// ---------------------------------------------------------------- loans

export interface LoanSummary {
  portfolio: LoanPortfolio
  borrowers: number
  disbursedCount: number
  disbursedAmount: number
}

export function loanSummary(book: Book, year: number): LoanSummary {
  const portfolio = loanPortfolio(book, yearEnd(year))
  const d = book.q
    .prepare(`SELECT count(*) AS n, COALESCE(SUM(principal), 0) AS amt FROM loans WHERE disbursed_at BETWEEN ? AND ?`)
    .get(yearStart(year), yearEnd(year)) as { n: number; amt: number }
  const borrowers = (
    book.q
      .prepare(
        `SELECT count(DISTINCT l.member_id) AS n FROM loans l
              WHERE l.disbursed_at <= :d AND l.principal - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p WHERE p.loan_id = l.id AND p.date <= :d), 0) > 0
                AND NOT (l.status = 'HAPUS_BUKU' AND l.written_off_at <= :d)`
      )
      .get({ d: yearEnd(year) }) as { n: number }
  ).n
  return { portfolio, borrowers, disbursedCount: d.n, disbursedAmount: d.amt }
}

export interface MemberLoanRow {
  memberNo: string
  name: string
  loanNo: string
  disbursedAt: string
  principal: number
  outstanding: number
  kolektibilitas: Kolektibilitas
}

/** Loans outstanding at the year end, one row per loan, with kolektibilitas from the arrears. */
export function loansPerMember(book: Book, year: number): MemberLoanRow[] {
  const asOf = yearEnd(year)
  const cls = new Map(loanArrears(book, asOf).rows.map((r) => [r.loanId, r.kolektibilitas]))
  const rows = book.q
    .prepare(
      `SELECT l.id, l.loan_no, l.disbursed_at, l.principal, m.member_no, m.name,
                l.principal - COALESCE((SELECT SUM(p.pokok) FROM loan_payments p WHERE p.loan_id = l.id AND p.date <= :d), 0) AS out
              FROM loans l JOIN members m ON m.id = l.member_id
              WHERE l.disbursed_at <= :d AND NOT (l.status = 'HAPUS_BUKU' AND l.written_off_at <= :d)
              ORDER BY m.member_no, l.loan_no`
    )
    .all({ d: asOf }) as {
    id: number
    loan_no: string
    disbursed_at: string
    principal: number
    member_no: string
    name: string
    out: number
  }[]
  return rows
    .filter((r) => r.out > 0)
    .map((r) => ({
      memberNo: r.member_no,
      name: r.name,
      loanNo: r.loan_no,
      disbursedAt: r.disbursed_at,
      principal: r.principal,
      outstanding: r.out,
      kolektibilitas: cls.get(r.id) ?? 'LANCAR'
    }))
}

// ---------------------------------------------------------------- savings

export interface MemberSavingsRow {
  memberNo: string
  name: string
  pokok: number
  wajib: number
  sukarela: number
  total: number
}

/** Savings per member at the year end (members with a balance or still a member). */
export function savingsPerMember(
  book: Book,
  year: number
): { rows: MemberSavingsRow[]; totals: Omit<MemberSavingsRow, 'memberNo' | 'name'> } {
  // Not ON_REGISTER (members/on-register.ts): members who exited are listed too, with their exit date.
  const rows = book.q
    .prepare(
      `SELECT m.member_no, m.name, m.exit_date,
                COALESCE(SUM(CASE WHEN s.type = 'POKOK' THEN s.amount END), 0) AS pokok,
                COALESCE(SUM(CASE WHEN s.type = 'WAJIB' THEN s.amount END), 0) AS wajib,
                COALESCE(SUM(CASE WHEN s.type = 'SUKARELA' THEN s.amount END), 0) AS sukarela
              FROM members m LEFT JOIN savings_transactions s ON s.member_id = m.id AND s.date <= :d
              WHERE m.joined_at IS NOT NULL AND m.joined_at <= :d
              GROUP BY m.id ORDER BY m.member_no`
    )
    .raw(true)
    .all({ d: yearEnd(year) }) as [string, string, string | null, number, number, number][]
  const out: MemberSavingsRow[] = []
  const totals = { pokok: 0, wajib: 0, sukarela: 0, total: 0 }
  for (const [memberNo, name, exit, pokok, wajib, sukarela] of rows) {
    const total = pokok + wajib + sukarela
    if (total === 0 && exit !== null && exit <= yearEnd(year)) continue
    out.push({ memberNo, name, pokok, wajib, sukarela, total })
    totals.pokok += pokok
    totals.wajib += wajib
    totals.sukarela += sukarela
    totals.total += total
  }
  return { rows: out, totals }
}

// ---------------------------------------------------------------- capital

export interface Capital {
  pokok: number
  wajib: number
  khusus: number
  cadangan: number
  hibah: number
  penyertaan: number
  shu: number
  modalSendiri: number
  modalLuar: number
  totalAssets: number
  ratios: { label: string; value: string }[]
}

const pct = (a: number, b: number) => (b === 0 ? '–' : formatPercent(new Decimal(a).mul(100).div(b), { decimals: 2 }))

export function capital(book: Book, year: number, shuYear: number, volume: number, npl: string): Capital {
  const bs = balanceSheet(book, yearEnd(year), false)
  const sum = (prefix: string) => {
    let t = 0
    for (const s of bs.sections) for (const l of s.lines) if (l.level === 2 && l.code.startsWith(prefix)) t += l.amount
    return t
  }
  // Simpanan pokok and wajib are equity unless the book shows them as a liability (setting).
  const pokok = sum('3-1101') + sum('2-1104')
  const wajib = sum('3-1102') + sum('2-1105')
  const equity = bs.sections.find((s) => s.key === 'EKUITAS')?.total ?? 0
  const liabilities = bs.sections.find((s) => s.key === 'LIABILITAS')?.total ?? 0
  const memberShares = bs.memberSharesAsLiability ? pokok + wajib : 0
  const modalSendiri = equity + memberShares
  const modalLuar = liabilities - memberShares
  return {
    pokok,
    wajib,
    khusus: sum('3-1103'),
    cadangan: sum('3-41'),
    hibah: sum('3-31'),
    penyertaan: sum('3-21'),
    // SHU accounts plus the statement's own lines for SHU not yet closed (codes outside the chart).
    shu:
      sum('3-51') +
      (bs.sections.find((x) => x.key === 'EKUITAS')?.lines ?? [])
        .filter((l) => !l.code.startsWith('3-'))
        .reduce((t, l) => t + l.amount, 0),
    modalSendiri,
    modalLuar,
    totalAssets: bs.totalAssets,
    ratios: [
      { label: 'Rasio modal sendiri terhadap total aset', value: pct(modalSendiri, bs.totalAssets) },
      { label: 'Rasio modal luar terhadap modal sendiri', value: pct(modalLuar, modalSendiri) },
      { label: 'Rentabilitas modal sendiri (SHU ÷ modal sendiri)', value: pct(shuYear, modalSendiri) },
      { label: 'Rentabilitas aset (SHU ÷ total aset)', value: pct(shuYear, bs.totalAssets) },
      { label: 'Volume usaha (pendapatan usaha) terhadap total aset', value: pct(volume, bs.totalAssets) },
      { label: 'Rasio pinjaman bermasalah (NPL)', value: formatPercent(npl) }
    ]
  }
}

/** Total assets and SHU at each year end, from the ledger. */
export function financialHistory(book: Book, years: number[]): { year: number; assets: number; shu: number }[] {
  return years.map((y) => ({
    year: y,
    assets: balanceSheet(book, yearEnd(y), false).totalAssets,
    shu: incomeStatement(book, yearStart(y), yearEnd(y), false).shu.total
  }))
}

// ---------------------------------------------------------------- SHU per member (main/shu seam)

export interface ShuMemberRow {
  memberNo: string
  name: string
  jma: number
  jua: number
  total: number
}

/** SHU per member from the SHU engine (main/shu `simulateCommand`, what `shu.simulate` answers). */
export function shuPerMember(
  ctx: CommandContext,
  year: number
): {
  rows: ShuMemberRow[]
  totals: { jma: number; jua: number; total: number }
  message: string | null
  shuAfterTax: number
} {
  const r = simulateCommand(ctx, { year })
  const rows = r.members.map((m) => ({ memberNo: m.memberNo, name: m.name, jma: m.JMA, jua: m.JUA, total: m.total }))
  return {
    rows,
    totals: { jma: r.totals.JMA, jua: r.totals.JUA, total: r.totals.total },
    message: r.message,
    shuAfterTax: r.shuAfterTax
  }
}
