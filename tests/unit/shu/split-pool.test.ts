import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { grossMargins } from '../../../main/shu/shu'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
})
afterEach(() => tb.close())

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

describe('SPLIT_POOL from the books', () => {
  it('member and non-member SHU by gross margin; common costs half-up; only the member part to members', () => {
    const a = tb.run('members.create', { name: 'Ani', gender: 'P', joinedAt: '2026-01-02' }).id
    tb.run('members.create', { name: 'Budi', gender: 'L', joinedAt: '2026-01-02' })
    const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
    const beras = tb.run('trading.saveItem', {
      unit: 'SEMBAKO',
      code: 'BRS5',
      name: 'Beras',
      uom: 'kg',
      sellPrice: 10_000
    }).id
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: beras, qty: 1000, unitCost: 8_500 }]
    })
    tb.run('trading.sell', { date: '2026-02-02', unit: 'SEMBAKO', memberId: a, lines: [{ itemId: beras, qty: 300 }] })
    tb.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 200 }] })
    tb.run('journal.post', {
      date: '2026-06-30',
      description: 'Beban bunga bank',
      lines: [
        { account: '5-2103', debit: 123_457 },
        { account: '1-1101', credit: 123_457 }
      ]
    } as never)
    // Revenue 3.000.000 member + 2.000.000 non-member; HPP 85 %: gross 450.000 + 300.000; costs 123.457.
    expect(grossMargins(tb.book, 2026)).toEqual({ memberGross: 450_000, nonMemberGross: 300_000 })
    tb.run('shu.setSettings', { year: 2026, percentages: P, poolMode: 'SPLIT_POOL' })
    const sim = tb.run('shu.simulate', { year: 2026 })
    expect(sim.shuAfterTax).toBe(750_000 - 123_457)
    // Member costs = 123.457 × 450.000 / 750.000 = 74.074,2 → 74.074 (half-up).
    expect(sim.split).toMatchObject({
      memberGross: 450_000,
      nonMemberGross: 300_000,
      commonCosts: 123_457,
      memberCosts: 74_074,
      member: 375_926,
      nonMember: 250_617
    })
    const c = Object.fromEntries(sim.components.map((x) => [x.key, x.amount]))
    expect(c.jasaModal).toBe(0) // nobody has savings: the JM pool goes to cadangan
    expect(sim.totals.JUA).toBe(Math.floor(375_926 * 0.2))
    expect(sim.members.find((m) => m.memberId === a)!.JUA).toBe(Math.floor(375_926 * 0.2))
    expect(sim.components.reduce((s, x) => s + x.amount, 0)).toBe(sim.shuAfterTax)
    expect(c.pengurus).toBe(Math.floor(375_926 * 0.05) + Math.floor(250_617 * 0.05))
  })

  it('a loss year distributes nothing and cannot be posted', () => {
    tb.run('journal.post', {
      date: '2026-06-30',
      description: 'Beban bunga bank',
      lines: [
        { account: '5-2103', debit: 10_000 },
        { account: '1-1101', credit: 10_000 }
      ]
    } as never)
    const sim = tb.run('shu.simulate', { year: 2026 })
    expect(sim).toMatchObject({ shuAfterTax: -10_000, loss: true })
    expect(sim.message).toMatch(/^Tahun ini rugi Rp10\.000: tidak ada SHU yang dibagi/)
    expect(sim.components.every((x) => x.amount === 0)).toBe(true)
    expect(tb.fail('shu.post', { year: 2026, date: '2027-03-01' })).toMatchObject({ code: 'CONFLICT', field: 'year' })
  })
})

describe('S basis and eligibility settings', () => {
  it('AVERAGE_MONTHLY S = Σ month-end pokok + wajib / 12 (half-up); members with wajib arrears can be left out', () => {
    tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 25_000 })
    const a = tb.run('members.create', { name: 'Ani', gender: 'P', joinedAt: '2026-01-02' }).id
    const b = tb.run('members.create', { name: 'Budi', gender: 'L', joinedAt: '2026-01-02' }).id
    for (const id of [a, b])
      tb.run('savings.deposit', { memberId: id, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
    tb.run('savings.deposit', { memberId: a, type: 'WAJIB', amount: 300_000, date: '2026-07-01' })
    tb.run('savings.deposit', { memberId: a, type: 'SUKARELA', amount: 5_000_000, date: '2026-01-10' })
    tb.run('journal.post', {
      date: '2026-06-30',
      description: 'Pendapatan lain',
      lines: [
        { account: '1-1101', debit: 1_000_000 },
        { account: '4-2401', credit: 1_000_000 }
      ]
    } as never)
    tb.run('journal.post', {
      date: '2026-06-30',
      description: 'Jasa pinjaman non-anggota',
      lines: [
        { account: '1-1101', debit: 50_000 },
        { account: '4-1102', credit: 50_000 }
      ]
    } as never)
    // Lines without a pihak: by the account name, else member business.
    expect(grossMargins(tb.book, 2026)).toEqual({ memberGross: 1_000_000, nonMemberGross: 50_000 })
    let sim = tb.run('shu.simulate', { year: 2026 })
    // Year end: sukarela does not count.
    expect(sim.members.map((m) => [m.memberId, m.S])).toEqual([
      [a, 400_000],
      [b, 100_000]
    ])
    tb.run('shu.setSettings', {
      year: 2026,
      percentages: P,
      sBasis: 'AVERAGE_MONTHLY',
      eligibility: { excludeWajibArrears: true }
    })
    sim = tb.run('shu.simulate', { year: 2026 })
    // 6 month-ends at 100.000 and 6 at 400.000: 3.000.000 / 12 = 250.000.
    expect(sim.members.map((m) => [m.memberId, m.S])).toEqual([[a, 250_000]])
    expect(sim.excluded).toEqual([
      {
        memberId: b,
        memberNo: expect.any(String),
        name: 'Budi',
        reason: 'Menunggak simpanan wajib pada akhir tahun buku'
      }
    ])
    expect(sim.totals.JMA).toBe(sim.components.find((c) => c.key === 'jasaModal')!.amount)
  })
})
