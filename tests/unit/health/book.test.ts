import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

/**
 * A small cooperative on 30 June 2026 (books from 1 July 2025): three members, modal penyertaan
 * Rp10.000.000, a sale of sembako, a salary, and two loans: Ali pays every installment, Badu never
 * pays (140 days past due → kurang lancar).
 */
let tb: TestBook
const AS_OF = '2026-06-30'
const post = (
  date: string,
  description: string,
  lines: { account: string; debit?: number; credit?: number; unit?: string; pihak?: 'ANGGOTA' | 'NON_ANGGOTA' }[]
) => tb.run('journal.post', { date, description, lines })

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-07-01' })
  tb.run('savings.setSettings', { effectiveFrom: '2025-07-01', pokokAmount: 100_000, wajibAmount: 50_000 })
  const ali = tb.run('members.create', { name: 'Ali', gender: 'L', joinedAt: '2026-01-05' }).id
  const badu = tb.run('members.create', { name: 'Badu', gender: 'P', joinedAt: '2026-01-05' }).id
  const citra = tb.run('members.create', { name: 'Citra', gender: 'P', joinedAt: '2026-01-05' }).id
  for (const m of [ali, badu, citra])
    tb.run('savings.deposit', { memberId: m, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
  for (const m of [ali, citra])
    for (let k = 1; k <= 6; k++)
      tb.run('savings.deposit', { memberId: m, type: 'WAJIB', amount: 50_000, date: `2026-0${k}-20` })
  tb.run('savings.deposit', { memberId: badu, type: 'WAJIB', amount: 50_000, date: '2026-01-20' })
  post('2025-07-02', 'Modal penyertaan desa', [
    { account: '1-1201', debit: 30_000_000, unit: 'KANTOR' },
    { account: '3-2101', credit: 30_000_000, unit: 'KANTOR' }
  ])
  post('2026-02-01', 'Pembelian sembako', [
    { account: '1-1601', debit: 3_000_000, unit: 'SEMBAKO' },
    { account: '1-1201', credit: 3_000_000, unit: 'SEMBAKO' }
  ])
  post('2026-02-15', 'Penjualan sembako', [
    { account: '1-1101', debit: 3_000_000, unit: 'SEMBAKO' },
    { account: '4-2101', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
    { account: '4-2102', credit: 1_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' },
    { account: '5-1101', debit: 1_800_000, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 1_800_000, unit: 'SEMBAKO' }
  ])
  post('2026-03-31', 'Gaji', [
    { account: '5-3101', debit: 500_000, unit: 'KANTOR' },
    { account: '1-1101', credit: 500_000, unit: 'KANTOR' }
  ])
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
})
afterAll(() => tb.close())

describe('health.assess on a fixture book', () => {
  it('takes the figures from the books, to the rupiah', () => {
    const r = tb.run('health.assess', { asOf: AS_OF, regime: 'PERDEP_2016' })
    const f = r.figures
    const bs = tb.run('statements.balanceSheet', { asOf: AS_OF, compare: false })
    expect(f.totalAset).toBe(bs.totalAssets)
    // Pokok 3 × 100.000 + wajib (6 + 1 + 6) × 50.000 + 50 % × 30.000.000 penyertaan
    expect(f.modalSendiri).toBe(300_000 + 650_000 + 15_000_000)
    expect(f.simpananPokokWajib).toBe(950_000)
    // Ali 12.000.000 − 5 × 1.000.000; Badu 6.000.000 untouched
    expect(f.pinjamanDiberikan).toBe(13_000_000)
    expect(f.pinjamanAnggota).toBe(13_000_000)
    expect(f.pinjamanBermasalah).toBe(6_000_000)
    expect(f.risikoPinjamanBermasalah).toBe(3_000_000) // 50 % × 6.000.000
    expect(f.ppapWajib).toBe(35_000 + 600_000) // 0,5 % × 7.000.000 + 10 % × 6.000.000
    expect(f.ppapDibentuk).toBe(0)
    // Bank: 30.000.000 − 3.000.000 − 18.000.000; kas: sale 3.000.000 − salary 500.000 + installments 5 × 1.180.000 + simpanan 950.000
    const tbal = tb.run('reports.trialBalance', { asOf: AS_OF })
    const dr = (code: string) => {
      const x = tbal.rows.find((y) => y.code === code)
      return x ? x.closingDebit - x.closingCredit : 0
    }
    expect(f.kasBank).toBe(dr('1-11') + dr('1-12'))
    expect(dr('1-12')).toBe(30_000_000 - 3_000_000 - 18_000_000)
    expect(dr('1-11')).toBe(3_000_000 - 500_000 + 5_900_000 + 950_000)
    const is = tb.run('statements.incomeStatement', { from: '2026-01-01', to: AS_OF, compare: false })
    expect(f.pendapatanUsaha).toBe(is.rows.find((x) => x.code === 'PENDAPATAN_USAHA')!.total)
    expect(f.hpp).toBe(1_800_000)
    expect(f.bebanUsaha).toBe(500_000)
    expect(f.bebanKaryawan).toBe(500_000)
    expect(f.shuSetelahPajak).toBe(is.shu.total)
    // Revenue: sembako 3.000.000 + jasa pinjaman Ali 5 × 180.000
    expect(f.pendapatanUsaha).toBe(3_000_000 + 900_000)
    expect(f.hasilUsahaBruto).toBe(3_900_000 - 1_800_000)
    expect(f.shuSebelumPajak).toBe(2_100_000 - 500_000)
  })

  it('scores the ratios of the book', () => {
    const r = tb.run('health.assess', { asOf: AS_OF, regime: 'PERDEP_2016' })
    const by = Object.fromEntries(r.ratios.map((x) => [x.id, x]))
    expect(by.NPL!.percent).toBe('46.15') // 6 ÷ 13
    expect(by.NPL!.score).toBe('1.25') // > 30 % → nilai 25 × 5 %
    expect(by.RISIKO_PINJAMAN_BERMASALAH!.percent).toBe('23.08') // 3 ÷ 13 → 20–30 → 40
    expect(by.RISIKO_PINJAMAN_BERMASALAH!.value).toBe(40)
    expect(by.CADANGAN_RISIKO!.percent).toBe('0.00')
    expect(by.CADANGAN_RISIKO!.value).toBe(0)
    expect(by.MODAL_PINJAMAN_BERISIKO!.percent).toBe('265.83') // 15.950.000 ÷ 6.000.000
    expect(by.PINJAMAN_ANGGOTA!.percent).toBe('100.00')
    expect(by.BEBAN_USAHA_SHU_KOTOR!.percent).toBe('23.81') // 500.000 ÷ 2.100.000
    expect(by.MODAL_ASET!.figures.map((x) => x.amount)).toEqual([15_950_000, r.figures.totalAset])
    expect(r.aspects).toHaveLength(7)
    expect(Number(r.total)).toBeGreaterThan(0)
    const j = tb.run('health.assess', { asOf: AS_OF, regime: 'JUKNIS_2021' })
    expect(j.ratios.find((x) => x.id === 'NPL')!.value).toBe(1) // > 15 %
    expect(j.aspects.map((a) => a.weight)).toEqual([30, 15, 40, 15])
  })

  it('stores checklist answers per year and uses them', () => {
    expect(tb.run('health.answers', { year: 2026 }).savedAt).toBeNull()
    const before = tb.run('health.assess', { year: 2026, asOf: AS_OF, regime: 'JUKNIS_2021' })
    tb.run('health.saveAnswers', { year: 2026, answers: { 'J.PK1.1': true, 'J.PK1.2': true } })
    const after = tb.run('health.assess', { year: 2026, asOf: AS_OF, regime: 'JUKNIS_2021' })
    expect(after.answers).toEqual({ 'J.PK1.1': true, 'J.PK1.2': true })
    expect(after.indicators.find((i) => i.key === 'J.PK1')!.score).toBe('4')
    expect(Number(after.aspects[0]!.score)).toBeGreaterThan(Number(before.aspects[0]!.score))
    expect(tb.run('health.answers', { year: 2025 }).answers).toEqual({})
    expect(tb.fail('health.saveAnswers', { year: 2026, answers: { bogus: true } }).code).toBe('INVALID_INPUT')
    expect(tb.fail('health.assess', { year: 2025, asOf: AS_OF }).code).toBe('INVALID_INPUT')
  })

  it('weights and cut-offs are settings with the DOMAIN defaults', () => {
    const s = tb.run('health.settings', {})
    expect(s.settings.juknis.aspectWeights).toEqual({
      TATA_KELOLA: 30,
      PROFIL_RISIKO: 15,
      KINERJA_KEUANGAN: 40,
      PERMODALAN: 15
    })
    expect(s.settings.perdep.predicate).toEqual({ sehat: 80, cs: 66, dp: 51 })
    tb.run('health.setSettings', { settings: { juknis: { aspectWeights: { KINERJA_KEUANGAN: 35, PERMODALAN: 20 } } } })
    const j = tb.run('health.assess', { asOf: AS_OF, regime: 'JUKNIS_2021' })
    expect(j.aspects.map((a) => a.weight)).toEqual([30, 15, 35, 20])
    tb.run('health.setSettings', { settings: null })
    expect(tb.run('health.settings', {}).settings).toEqual(s.defaults)
  })
})
