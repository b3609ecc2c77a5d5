import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'
import { daysBetween } from '../../../shared/dates/calendar'
import { monthsBack, oneMonthAfter } from '../../../main/dashboard/summary'

/** Books from July 2025; members, savings, two loans (one never paid), cash movements. */
let tb: TestBook
const AS_OF = '2026-06-30'
let ali = 0
let badu = 0

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-07-01' })
  tb.run('savings.setSettings', { effectiveFrom: '2025-07-01', pokokAmount: 100_000, wajibAmount: 50_000 })
  ali = tb.run('members.create', { name: 'Ali', gender: 'L', joinedAt: '2025-08-05' }).id
  badu = tb.run('members.create', { name: 'Badu', gender: 'P', joinedAt: '2026-01-05' }).id
  const citra = tb.run('members.create', { name: 'Citra', gender: 'P', joinedAt: '2026-03-05' }).id
  for (const m of [ali, badu, citra])
    tb.run('savings.deposit', { memberId: m, type: 'POKOK', amount: 100_000, date: '2026-03-05' })
  // Ali: Aug 2025 – Jun 2026 = 11 months paid; Citra: Mar – Jun = 4 months; Badu 1 of 6.
  tb.run('savings.deposit', { memberId: ali, type: 'WAJIB', amount: 550_000, date: '2026-03-05' })
  tb.run('savings.deposit', { memberId: citra, type: 'WAJIB', amount: 200_000, date: '2026-03-05' })
  tb.run('savings.deposit', { memberId: badu, type: 'WAJIB', amount: 50_000, date: '2026-03-05' })
  tb.run('savings.deposit', { memberId: citra, type: 'SUKARELA', amount: 250_000, date: '2026-04-01' })
  tb.run('journal.post', {
    date: '2025-07-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1201', debit: 30_000_000, unit: 'KANTOR' },
      { account: '3-2101', credit: 30_000_000, unit: 'KANTOR' }
    ]
  })
  tb.run('journal.post', {
    date: '2026-02-15',
    description: 'Penjualan',
    lines: [
      { account: '1-1101', debit: 2_000_000, unit: 'SEMBAKO' },
      { account: '4-2101', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
    ]
  })
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2025-07-01',
    name: 'Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000
  })
  const loan = (m: number, principal: number) => {
    const a = tb.run('loans.apply', {
      memberId: m,
      productCode: 'UMUM',
      principal,
      tenorMonths: 12,
      date: '2026-01-10'
    })
    tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-10' })
    return tb.run('loans.disburse', {
      loanId: a.id,
      date: '2026-01-10',
      firstDueDate: '2026-02-10',
      cashAccount: '1-1201'
    })
  }
  const a = loan(ali, 12_000_000)
  loan(badu, 6_000_000)
  for (const d of ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10'])
    tb.run('loans.pay', { loanId: a.id, amount: 1_180_000, date: d })
  tb.run('periods.lock', { month: '2026-03' })
})
afterAll(() => tb.close())

describe('dashboard.summary', () => {
  it('key figures agree with independent queries', () => {
    const s = tb.run('dashboard.summary', { asOf: AS_OF })
    expect(s.members).toEqual({ active: 3, male: 1, female: 2, unknown: 0 })
    expect(s.savings).toEqual({ pokok: 300_000, wajib: 800_000, sukarela: 250_000, total: 1_350_000 })
    const tie = tb.run('savings.tieOut', { asOf: AS_OF })
    expect(tie.rows.map((r) => r.ledger)).toEqual([s.savings.pokok, s.savings.wajib, s.savings.sukarela])
    const p = tb.run('loans.portfolio', { asOf: AS_OF })
    expect(s.loans).toEqual({ count: 2, outstanding: 13_000_000, nplPercent: '46.15', npl: 6_000_000 })
    expect(s.loans.outstanding).toBe(p.provision.total.bakiDebet)
    const tbal = tb.run('reports.trialBalance', { asOf: AS_OF })
    const dr = (code: string) => {
      const x = tbal.rows.find((y) => y.code === code)
      return x ? x.closingDebit - x.closingCredit : 0
    }
    expect(s.cash).toEqual({ kas: dr('1-11'), bank: dr('1-12'), total: dr('1-11') + dr('1-12') })
    expect(s.cash.bank).toBe(30_000_000 - 18_000_000)
    const is = tb.run('statements.incomeStatement', { from: '2026-01-01', to: AS_OF, compare: false })
    expect(s.shuYtd).toBe(is.shu.total)
    expect(s.shuYtd).toBe(2_000_000 + 5 * 180_000)
  })

  it('series for the charts', () => {
    const s = tb.run('dashboard.summary', { asOf: AS_OF })
    const m = s.series.membersByMonth
    expect(m).toHaveLength(24)
    expect(m[0]!.month).toBe('2024-07')
    expect(m.at(-1)).toEqual({ month: '2026-06', male: 1, female: 2, unknown: 0 })
    expect(m.find((x) => x.month === '2025-08')).toEqual({ month: '2025-08', male: 1, female: 0, unknown: 0 })
    expect(m.find((x) => x.month === '2026-02')).toEqual({ month: '2026-02', male: 1, female: 1, unknown: 0 })
    expect(s.series.savingsByType.map((x) => x.amount)).toEqual([300_000, 800_000, 250_000])
    expect(s.series.loansByClass).toEqual([
      { kolektibilitas: 'LANCAR', count: 1, amount: 7_000_000 },
      { kolektibilitas: 'KURANG_LANCAR', count: 1, amount: 6_000_000 },
      { kolektibilitas: 'DIRAGUKAN', count: 0, amount: 0 },
      { kolektibilitas: 'MACET', count: 0, amount: 0 }
    ])
    const sembako = s.series.byUnit.find((u) => u.unit === 'SEMBAKO')!
    expect(sembako.revenue).toBe(2_000_000)
    expect(s.series.byUnit.reduce((t, u) => t + u.shu, 0)).toBe(s.shuYtd)
    const c = s.series.cashByMonth
    expect(c.map((x) => x.month)).toEqual(monthsBack('2026-06', 12))
    expect(c.at(-1)).toMatchObject({ kas: s.cash.kas, bank: s.cash.bank })
    // Each month end against the trial balance on that day.
    for (const x of c) {
      const [y, mo] = x.month.split('-').map(Number) as [number, number]
      const end = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10)
      const t = tb.run('reports.trialBalance', { asOf: end })
      const d = (code: string) => {
        const r = t.rows.find((z) => z.code === code)
        return r ? r.closingDebit - r.closingCredit : 0
      }
      expect([x.month, x.kas, x.bank]).toEqual([x.month, d('1-11'), d('1-12')])
    }
  })

  it('reminders: RAT, Dinas, arrears, periods, backup', () => {
    let s = tb.run('dashboard.summary', { asOf: AS_OF })
    const r = (k: string) => s.reminders.find((x) => x.key === k)!
    // First financial year 2025 not closed: its RAT is due 30 June 2026 — today.
    expect(r('RAT')).toMatchObject({
      year: 2025,
      due: '2026-06-30',
      daysLeft: 0,
      done: false,
      tone: 'warn',
      route: 'rat/rapat'
    })
    expect(r('DINAS')).toMatchObject({ due: '2026-07-30', daysLeft: 30, route: 'rat/rapat' })
    const wajib = tb.run('savings.arrears', { month: '2026-06' })
    expect(r('WAJIB')).toMatchObject({ count: wajib.rows.length, route: 'simpanan/tunggakan' })
    expect(wajib.rows.map((x) => x.memberId)).toEqual([badu])
    const arrears = tb.run('loans.arrears', { asOf: AS_OF })
    expect(r('PINJAMAN')).toMatchObject({ count: arrears.rows.length, route: 'pinjaman/tunggakan' })
    expect(arrears.rows).toHaveLength(1)
    expect(r('PERIODE')).toMatchObject({ count: 2, months: ['2026-04', '2026-05'], route: 'pengaturan/periode' })
    expect(r('CADANGAN')).toMatchObject({ ageMinutes: null, tone: 'bad', route: 'pengaturan/cadangan' })
    // A RAT held on 20 May 2026: done, and the Dinas report falls due a month later.
    tb.book.sqlite
      .prepare(
        `INSERT INTO rat_meetings (year, number, date, place, quorum_mode, created_at, updated_at) VALUES (2025, 1, '2026-05-20', 'Balai desa', 'MORE_THAN_HALF', 'x', 'x')`
      )
      .run()
    s = tb.run('dashboard.summary', { asOf: AS_OF })
    expect(r('RAT')).toMatchObject({ done: true, due: '2026-05-20', tone: 'ok' })
    expect(r('DINAS')).toMatchObject({ due: '2026-06-20', daysLeft: -10, tone: 'bad' })
  })

  it('date helpers', () => {
    expect(oneMonthAfter('2026-03-31')).toBe('2026-04-30')
    expect(oneMonthAfter('2026-12-15')).toBe('2027-01-15')
    expect(daysBetween('2026-06-01', '2026-06-30')).toBe(29)
    expect(monthsBack('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02'])
  })
})
