import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, type TestBook } from '../../helpers/book'
import { ok } from '../../helpers/host'

/**
 * Issue 14 point 10: posting the SHU, closing a year, reopening and writing off a loan each have a
 * command that says beforehand what will happen (amounts, accounts, members), and the action then
 * does exactly that. Figures are worked by hand from the fixture:
 * 2026: modal 10.000.000 in kas; sales 1.500.000 (4-2101); salary 500.000 (5-3101) → SHU 1.000.000.
 * Members Ani (pokok 100.000) and Budi (pokok 300.000), no transactions (T = 0).
 */
let tb: TestBook
let host: BookHost
const NOW = new Date('2027-04-01T03:00:00Z')
const P = {
  cadangan: '40',
  jasaModal: '20',
  jasaUsaha: '20',
  pengurus: '5',
  karyawan: '5',
  pendidikan: '5',
  sosial: '2,5',
  pembangunan: '2,5'
}
let ani = 0
let budi = 0

beforeAll(async () => {
  tb = await createTestBook({ now: NOW })
  host = createExecutor(tb.book, { now: () => NOW })
  tb.run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 10_000_000 },
      { account: '3-2101', credit: 10_000_000 }
    ]
  })
  tb.run('journal.post', {
    date: '2026-06-10',
    description: 'Penjualan',
    lines: [
      { account: '1-1101', debit: 1_500_000 },
      { account: '4-2101', credit: 1_500_000, pihak: 'ANGGOTA' }
    ]
  })
  tb.run('journal.post', {
    date: '2026-06-30',
    description: 'Gaji',
    lines: [
      { account: '5-3101', debit: 500_000 },
      { account: '1-1101', credit: 500_000 }
    ]
  })
  tb.run('savings.setSettings', {
    effectiveFrom: '2026-01-01',
    pokokAmount: 300_000,
    pokokInstallments: 3,
    wajibAmount: 0
  })
  ani = tb.run('members.create', { name: 'Ani', gender: 'P', joinedAt: '2026-01-05' }).id
  budi = tb.run('members.create', { name: 'Budi', gender: 'L', joinedAt: '2026-01-05' }).id
  tb.run('savings.deposit', { memberId: ani, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
  tb.run('savings.deposit', { memberId: budi, type: 'POKOK', amount: 300_000, date: '2026-01-05' })
  tb.run('shu.setSettings', { year: 2026, percentages: P })
})
afterAll(() => tb.close())

describe('closing a year: preview, then exactly that', () => {
  it('closing.preview names the SHU, the accounts it closes and the months it locks', () => {
    const p = tb.run('closing.preview', { year: 2026, tax: { mode: 'NONE' } })
    expect(p.problems).toEqual([])
    expect(p.shu).toBe(1_000_000)
    expect(p.lines).toEqual([
      { code: '4-2101', name: expect.any(String), unit: null, debit: 1_500_000, credit: 0 },
      { code: '5-3101', name: expect.any(String), unit: null, debit: 0, credit: 500_000 },
      { code: '3-9999', name: 'Ikhtisar Hasil Usaha', unit: null, debit: 0, credit: 1_000_000 }
    ])
    expect(p.monthsToLock).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`))
  })

  it('closes, and the reopen preview lists the reversals it will post and the months it unlocks', async () => {
    const closed = await ok(host.execute('closing.close', { year: 2026, tax: { mode: 'NONE' } }))
    expect(closed.shu).toBe(1_000_000)
    const rp = tb.run('closing.reopenPreview', { year: 2026 })
    expect(rp.problems).toEqual([])
    expect(rp).toMatchObject({ year: 2026, shu: 1_000_000, reversalDate: '2026-12-31' })
    expect(rp.entries.map((e) => [e.kind, e.total])).toEqual([
      ['REKLASIFIKASI', 1_000_000],
      ['IKHTISAR', 1_000_000],
      ['PENUTUP', 1_500_000]
    ])
    // The reversal of the closing entry debits 3-9999 and 5-3101 back, credits 4-2101.
    expect(rp.entries[2]!.lines.map((l) => [l.code, l.debit, l.credit])).toEqual([
      ['4-2101', 0, 1_500_000],
      ['5-3101', 500_000, 0],
      ['3-9999', 1_000_000, 0]
    ])
    expect(rp.monthsToUnlock).toHaveLength(12)
    // Reopening then posts exactly those reversals.
    tb.run('closing.reopen', { year: 2026, reason: 'Ada penjualan Desember yang belum dicatat' })
    const reversals = tb.run('journal.list', { search: 'Pembalikan', page: 1, pageSize: 10 }).items
    expect(reversals.map((r) => r.total).sort((a, b) => a - b)).toEqual([1_000_000, 1_000_000, 1_500_000])
    const closing = reversals.find((r) => r.total === 1_500_000)!
    expect(tb.run('journal.get', { id: closing.id }).lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual(
      rp.entries[2]!.lines.map((l) => [l.code, l.debit, l.credit])
    )
    expect(tb.run('closing.reopenPreview', { year: 2026 }).problems).toEqual(['Tahun 2026 belum ditutup'])
    await ok(host.execute('closing.close', { year: 2026, tax: { mode: 'NONE' } }))
  })
})

describe('posting the SHU: preview, then exactly that', () => {
  it('shows the journal, the members who receive a share and their total', () => {
    expect(tb.run('shu.postPreview', { year: 2026, date: '2026-12-31' }).problems[0]).toMatch(
      /sesudah tahun buku 2026 berakhir/
    )
    const p = tb.run('shu.postPreview', { year: 2026, date: '2027-03-15' })
    expect(p.problems).toEqual([])
    expect(p.shuAfterTax).toBe(1_000_000)
    expect(p.available).toBe(1_000_000)
    expect(p.lines[0]).toMatchObject({ account: '3-5102', debit: 1_000_000, credit: 0 })
    expect(p.lines.reduce((t, l) => t + l.credit, 0)).toBe(1_000_000)
    // Jasa modal 200.000 over S: Ani 100.000 / 400.000 → 50.000, Budi 150.000; no transactions → no jasa usaha.
    expect(p.members).toEqual({ count: 2, total: 200_000, excluded: 0 })
    expect(p.lines.find((l) => l.account === '2-1601')).toMatchObject({ credit: 200_000 })
    const posted = tb.run('shu.post', { year: 2026, date: '2027-03-15', decisionRef: 'RAT 2027' })
    expect(tb.run('journal.get', { id: posted.entry.id }).lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual(
      p.lines.map((l) => [l.account, l.debit, l.credit])
    )
    expect(tb.run('shu.payables', { year: 2026 }).rows.map((r) => [r.memberId, r.amount])).toEqual([
      [ani, 50_000],
      [budi, 150_000]
    ])
    expect(tb.run('shu.postPreview', { year: 2026, date: '2027-03-16' }).problems[0]).toMatch(/sudah dibukukan/)
  })
})

describe('writing off a loan: preview, then exactly that', () => {
  it('names the loan, the member, the principal, the accounts and the PPAP before and after', () => {
    tb.run('loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 20_000_000,
      provisiPercent: '0'
    })
    const a = tb.run('loans.apply', {
      memberId: ani,
      productCode: 'UMUM',
      principal: 2_000_000,
      tenorMonths: 10,
      date: '2027-01-05'
    })
    tb.run('loans.decide', { loanId: a.id, approve: true, date: '2027-01-05' })
    tb.run('loans.disburse', { loanId: a.id, date: '2027-01-05', firstDueDate: '2027-02-05' })
    const early = tb.run('loans.writeOffPreview', { loanId: a.id, date: '2027-03-01' })
    expect(early.problems).toEqual([expect.stringMatching(/Hanya pinjaman macet/)])
    // Never paid: on 1 December 2027 the 5 February installment is 299 days late → macet.
    const p = tb.run('loans.writeOffPreview', { loanId: a.id, date: '2027-12-01' })
    expect(p).toMatchObject({
      loanNo: a.loanNo,
      member: { id: ani, name: 'Ani' },
      outstandingPokok: 2_000_000,
      daysPastDue: 299,
      kolektibilitas: 'MACET',
      problems: []
    })
    expect(p.lines).toEqual([
      { code: '1-1490', name: expect.any(String), debit: 2_000_000, credit: 0 },
      { code: '1-1401', name: expect.any(String), debit: 0, credit: 2_000_000 }
    ])
    expect([p.ppapBefore, p.ppapAfter]).toEqual([0, -2_000_000])
    // With the PPAP formed first (macet: 100 % of 2.000.000), the write-off uses it up exactly.
    tb.run('loans.provision', { date: '2027-12-01', allowFutureDate: true })
    const q = tb.run('loans.writeOffPreview', { loanId: a.id, date: '2027-12-01' })
    expect([q.ppapBefore, q.ppapAfter]).toEqual([2_000_000, 0])
    tb.run('loans.writeOff', {
      loanId: a.id,
      date: '2027-12-01',
      reason: 'Pindah, tidak dapat ditagih',
      allowFutureDate: true
    })
    const e = tb.run('journal.list', { search: 'Hapus buku pinjaman', page: 1, pageSize: 5 }).items[0]!
    expect(tb.run('journal.get', { id: e.id }).lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual(
      q.lines.map((l) => [l.code, l.debit, l.credit])
    )
    expect(tb.run('loans.writeOffPreview', { loanId: a.id, date: '2027-12-02' }).problems[0]).toMatch(/HAPUS_BUKU/)
  })
})
