import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

/**
 * A fixture cooperative with two known years. 2025: modal penyertaan, stock bought, a sale, one
 * expense (SHU 100.000). 2026: simpanan pokok and wajib, a credit purchase, a sale with HPP, a
 * supplier payment, klinik revenue, equipment, salary, a transfer kas gerai → bank, a bank loan,
 * depreciation, and a member loan with one installment (SHU 625.000). Every figure is by hand.
 */
let tb: TestBook
const post = (
  date: string,
  description: string,
  lines: { account: string; debit?: number; credit?: number; unit?: string; pihak?: 'ANGGOTA' | 'NON_ANGGOTA' }[]
) => tb.run('journal.post', { date, description, lines, allowFutureDate: true })

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  post('2025-01-02', 'Modal penyertaan desa', [
    { account: '1-1201', debit: 50_000_000, unit: 'KANTOR' },
    { account: '3-2101', credit: 50_000_000, unit: 'KANTOR' }
  ])
  post('2025-03-01', 'Pembelian sembako', [
    { account: '1-1601', debit: 5_000_000, unit: 'SEMBAKO' },
    { account: '1-1201', credit: 5_000_000, unit: 'SEMBAKO' }
  ])
  post('2025-03-10', 'Penjualan sembako', [
    { account: '1-1101', debit: 3_000_000, unit: 'SEMBAKO' },
    { account: '4-2101', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
    { account: '4-2102', credit: 1_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' },
    { account: '5-1101', debit: 2_400_000, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 2_400_000, unit: 'SEMBAKO' }
  ])
  post('2025-06-30', 'Listrik', [
    { account: '5-3201', debit: 500_000, unit: 'KANTOR' },
    { account: '1-1101', credit: 500_000, unit: 'KANTOR' }
  ])

  const siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 50_000 })
  tb.run('savings.deposit', { memberId: siti, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
  tb.run('savings.deposit', { memberId: siti, type: 'WAJIB', amount: 50_000, date: '2026-01-05' })
  post('2026-02-01', 'Pembelian sembako kredit', [
    { account: '1-1601', debit: 10_000_000, unit: 'SEMBAKO' },
    { account: '2-1301', credit: 10_000_000, unit: 'SEMBAKO' }
  ])
  post('2026-02-15', 'Penjualan sembako', [
    { account: '1-1110', debit: 8_000_000, unit: 'SEMBAKO' },
    { account: '4-2101', credit: 5_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
    { account: '4-2102', credit: 3_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' },
    { account: '5-1101', debit: 6_000_000, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 6_000_000, unit: 'SEMBAKO' }
  ])
  post('2026-03-01', 'Bayar pemasok', [
    { account: '2-1301', debit: 6_000_000, unit: 'SEMBAKO' },
    { account: '1-1201', credit: 6_000_000, unit: 'SEMBAKO' }
  ])
  post('2026-04-10', 'Jasa klinik', [
    { account: '1-1101', debit: 1_500_000, unit: 'KLINIK' },
    { account: '4-2301', credit: 1_000_000, unit: 'KLINIK', pihak: 'ANGGOTA' },
    { account: '4-2302', credit: 500_000, unit: 'KLINIK', pihak: 'NON_ANGGOTA' }
  ])
  post('2026-05-01', 'Beli peralatan', [
    { account: '1-3401', debit: 12_000_000, unit: 'KANTOR' },
    { account: '1-1201', credit: 12_000_000, unit: 'KANTOR' }
  ])
  post('2026-06-30', 'Gaji', [
    { account: '5-3101', debit: 2_000_000, unit: 'KANTOR' },
    { account: '1-1201', credit: 2_000_000, unit: 'KANTOR' }
  ])
  post('2026-07-01', 'Setor kas gerai ke bank', [
    { account: '1-1201', debit: 5_000_000 },
    { account: '1-1110', credit: 5_000_000 }
  ])
  post('2026-08-01', 'Pinjaman bank', [
    { account: '1-1201', debit: 20_000_000, unit: 'KANTOR' },
    { account: '2-2101', credit: 20_000_000, unit: 'KANTOR' }
  ])
  post('2026-12-31', 'Penyusutan', [
    { account: '5-3301', debit: 1_000_000, unit: 'KANTOR' },
    { account: '1-3409', credit: 1_000_000, unit: 'KANTOR' }
  ])
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '1'
  })
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal: 5_000_000,
    tenorMonths: 10,
    date: '2026-03-01'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-03-01' })
  tb.run('loans.disburse', { loanId: a.id, date: '2026-03-01', cashAccount: '1-1201' })
  tb.run('loans.pay', { loanId: a.id, amount: 575_000, date: '2026-04-01' })
})
afterAll(() => tb.close())

const line = (lines: { code: string; amount: number; compare: number | null }[], code: string) =>
  lines.find((l) => l.code === code)

describe('statements of the fixture cooperative, to the rupiah', () => {
  it('Laporan Posisi Keuangan balances, with 2025 beside 2026', () => {
    const bs = tb.run('statements.balanceSheet', { asOf: '2026-12-31' })
    expect(bs.compareAsOf).toBe('2025-12-31')
    const [aset, liab, ekuitas] = bs.sections
    expect(line(aset!.lines, '1-11')).toMatchObject({ amount: 4_725_000 + 3_000_000, compare: 2_500_000 })
    expect(line(aset!.lines, '1-1201')).toMatchObject({ amount: 45_050_000, compare: 45_000_000 })
    expect(line(aset!.lines, '1-1601')).toMatchObject({ amount: 6_600_000, compare: 2_600_000 })
    expect(line(aset!.lines, '1-1401')).toMatchObject({ amount: 4_500_000, compare: 0 })
    expect(line(aset!.lines, '1-3409')).toMatchObject({ amount: -1_000_000 })
    expect(aset!.total).toBe(7_725_000 + 45_050_000 + 6_600_000 + 4_500_000 + 12_000_000 - 1_000_000)
    expect(liab!.total).toBe(4_000_000 + 20_000_000)
    expect(line(ekuitas!.lines, '3-1101')).toMatchObject({ amount: 100_000, compare: 0 })
    expect(line(ekuitas!.lines, 'SHU-LALU')).toMatchObject({ amount: 100_000 })
    expect(line(ekuitas!.lines, 'SHU-BERJALAN')).toMatchObject({ amount: 625_000, compare: 100_000 })
    expect(ekuitas!.total).toBe(50_000_000 + 100_000 + 50_000 + 100_000 + 625_000)
    expect(bs.totalAssets).toBe(bs.totalLiabilitiesAndEquity)
    expect(bs.compareTotalAssets).toBe(bs.compareTotalLiabilitiesAndEquity)
    expect(bs.balanced).toBe(true)
  })

  it('Laporan Perhitungan Hasil Usaha per unit, member and non-member: SHU 625.000', () => {
    const is = tb.run('statements.incomeStatement', { from: '2026-01-01', to: '2026-12-31' })
    expect(is.shu.total).toBe(625_000)
    expect(is.shu.compare).toBe(100_000)
    const units = is.units.map((u) => u.code)
    const at = (code: string) => is.shu.byUnit[units.indexOf(code)]
    expect(at('SEMBAKO')).toBe(2_000_000)
    expect(at('KLINIK')).toBe(1_500_000)
    expect(at('USP')).toBe(125_000)
    expect(at('KANTOR')).toBe(-3_000_000)
    for (const r of is.rows)
      expect(
        r.byUnit.reduce((t, v) => t + v, 0),
        r.code
      ).toBe(r.total)
    expect(is.rows.find((r) => r.code === 'HASIL_USAHA_BRUTO')!.total).toBe(9_625_000 - 6_000_000)
    expect(is.revenueTotal).toEqual({ anggota: 6_125_000, nonAnggota: 3_500_000, tanpa: 0, total: 9_625_000 })
    expect(is.revenueTotal.anggota + is.revenueTotal.nonAnggota + is.revenueTotal.tanpa).toBe(
      is.rows.find((r) => r.code === 'PENDAPATAN_USAHA')!.total
    )
  })

  it('Laporan Perubahan Ekuitas: SHU equals the change in equity from operations; closing equals the balance sheet', () => {
    const e = tb.run('statements.equityChanges', { from: '2026-01-01', to: '2026-12-31' })
    const row = (k: string) => e.rows.find((r) => r.key === k)!
    expect(e.shu).toBe(625_000)
    expect(row('SHU').total).toBe(625_000)
    expect(row('SALDO_AWAL').total).toBe(50_100_000)
    expect(row('PENAMBAHAN').total).toBe(150_000)
    expect(row('SALDO_AKHIR').total).toBe(50_875_000)
    const bs = tb.run('statements.balanceSheet', { asOf: '2026-12-31' })
    expect(row('SALDO_AKHIR').total).toBe(bs.sections[2]!.total)
  })

  it('Laporan Arus Kas (direct): HPP against stock carries no cash; closing cash equals kas and bank', () => {
    const c = tb.run('statements.cashFlow', { from: '2026-01-01', to: '2026-12-31' })
    expect(c.openingCash).toBe(47_500_000)
    expect(c.netChange).toBe(5_275_000)
    expect(c.closingCash).toBe(52_775_000)
    expect(c.cashAccountsBalance).toBe(c.closingCash)
    const [op, inv, fin] = c.sections
    // HPP never shows as a payment: it offsets the stock it took, inside the sale.
    expect(op!.lines.filter((l) => /Harga Pokok|HPP/i.test(l.label))).toEqual([])
    // Stock bought for cash in 2025 is a payment of that year; this year's stock came on credit.
    expect(op!.lines.find((l) => l.label === 'Pembayaran — Persediaan')).toMatchObject({
      amount: 0,
      compare: -5_000_000
    })
    expect(op!.lines.find((l) => l.label === 'Penerimaan — Penjualan Sembako')).toMatchObject({
      amount: 8_000_000,
      compare: 3_000_000
    })
    expect(op!.net).toBe(8_000_000 - 6_000_000 + 1_500_000 - 2_000_000 - 5_000_000 + 50_000 + 500_000 + 75_000)
    expect(inv!.net).toBe(-12_000_000)
    expect(fin!.net).toBe(150_000 + 20_000_000)
    // A partial period reads the entries themselves and agrees with the whole months.
    const h1 = tb.run('statements.cashFlow', { from: '2026-01-01', to: '2026-06-15', compare: false })
    const h2 = tb.run('statements.cashFlow', { from: '2026-06-16', to: '2026-12-31', compare: false })
    expect(h1.netChange + h2.netChange).toBe(c.netChange)
    expect(h2.closingCash).toBe(c.closingCash)
  })

  it('every figure drills down to the journal lines behind it', () => {
    const is = tb.run('statements.incomeStatement', { from: '2026-01-01', to: '2026-12-31' })
    const rev = is.rows.find((r) => r.code === '4-2101')!
    const d = tb.run('statements.lines', { ...rev.drill!, unit: 'SEMBAKO', pihak: 'ANGGOTA' })
    expect(d.totalCredit - d.totalDebit).toBe(5_000_000)
    const bs = tb.run('statements.balanceSheet', { asOf: '2026-12-31' })
    const bank = bs.sections[0]!.lines.find((l) => l.code === '1-1201')!
    const b = tb.run('statements.lines', { ...bank.drill!, pageSize: 1000 })
    expect(b.totalDebit - b.totalCredit).toBe(45_050_000)
  })

  it('CALK tables come from the books; policy text is editable; the ledger check proves the cash-flow summary', () => {
    tb.run('statements.setPolicyText', { key: 'persediaan', text: 'Persediaan dinilai dengan rata-rata bergerak.' })
    const k = tb.run('statements.calk', { from: '2026-01-01', to: '2026-12-31' })
    expect(k.notes.find((n) => n.key === 'persediaan')!.text).toBe('Persediaan dinilai dengan rata-rata bergerak.')
    expect(k.notes.find((n) => n.key === 'pendapatan-pihak')!.table!.rows.at(-1)).toEqual([
      'Jumlah',
      6_125_000,
      3_500_000,
      0,
      9_625_000
    ])
    expect(tb.fail('statements.setPolicyText', { key: 'tidak-ada', text: 'x' }).field).toBe('key')
    expect(tb.run('ledger.check', {}).ok).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('member shares can be presented as liabilities', () => {
    tb.run('statements.setPresentation', { memberSharesAsLiability: true })
    const bs = tb.run('statements.balanceSheet', { asOf: '2026-12-31' })
    expect(bs.sections[1]!.lines.some((l) => l.code === '3-1101')).toBe(true)
    expect(bs.balanced).toBe(true)
    tb.run('statements.setPresentation', { memberSharesAsLiability: false })
  })
})

describe('a unit’s own trial balance', () => {
  it('reads only the lines marked with the unit: SEMBAKO balances on its own', () => {
    const all = tb.run('reports.trialBalance', { asOf: '2026-12-31' })
    const sembako = tb.run('reports.trialBalance', { asOf: '2026-12-31', unit: 'SEMBAKO' })
    expect(sembako.balanced).toBe(true)
    const row = (t: typeof all, code: string) => t.rows.find((r) => r.code === code)
    expect(row(sembako, '4-2101')!.closingCredit).toBe(7_000_000)
    expect(row(sembako, '1-1601')!.closingDebit).toBe(6_600_000)
    expect(row(sembako, '3-2101')).toBeUndefined()
    expect(row(all, '3-2101')!.closingCredit).toBe(50_000_000)
    expect(tb.fail('reports.trialBalance', { asOf: '2026-12-31', unit: 'TIDAKADA' }).field).toBe('unit')
  })
})
