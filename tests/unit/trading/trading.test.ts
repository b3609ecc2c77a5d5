import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { memberPurchases } from '../../../main/trading/trading'

let tb: TestBook
let siti: number
let beras: number
let gula: number
let sup: number
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  }).id
  gula = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'GULA',
    name: 'Gula pasir',
    uom: 'kg',
    sellPrice: 18_000
  }).id
  sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
})
afterEach(() => tb.close())

const lines = (docNo: string) => {
  const e = tb.run('journal.list', { source: 'USAHA' }).items.find((x) => x.reference === docNo)!
  return tb.run('journal.get', { id: e.id }).lines.map((l) => [l.accountCode, l.debit, l.credit])
}
const balance = (code: string) => {
  const r = tb.run('reports.trialBalance', { asOf: '2026-12-31' }).rows.find((x) => x.code === code)!
  return r.closingDebit - r.closingCredit
}
const healthy = () => {
  expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
  expect(tb.run('system.check', {}).ok).toBe(true)
  expect(tb.run('trading.tieOut', {}).ok).toBe(true)
}

describe('gerai sembako: moving average to the rupiah', () => {
  it('items get the unit default accounts', () => {
    const it = tb.run('trading.items', { unit: 'SEMBAKO' }).find((i) => i.id === beras)!
    expect(it).toMatchObject({
      inventoryAccount: '1-1601',
      revenueMemberAccount: '4-2101',
      revenueNonMemberAccount: '4-2102',
      hppAccount: '5-1101',
      stock: { qty: '0', value: 0 }
    })
    const obat = tb.run('trading.saveItem', {
      unit: 'APOTEK',
      code: 'PCT',
      name: 'Parasetamol',
      uom: 'strip',
      sellPrice: 5_000
    })
    expect(obat).toMatchObject({
      inventoryAccount: '1-1602',
      revenueMemberAccount: '4-2201',
      revenueNonMemberAccount: '4-2202',
      hppAccount: '5-1102'
    })
    const e = tb.fail('trading.saveItem', { unit: 'GUDANG', code: 'X', name: 'X', uom: 'pcs', sellPrice: 1 })
    expect(e.field).toBe('inventoryAccount')
    expect(
      tb.fail('trading.saveItem', { unit: 'SEMBAKO', code: 'GULA', name: 'Gula lagi', uom: 'kg', sellPrice: 1 }).message
    ).toMatch(/Kode barang: GULA sudah dipakai/)
  })

  it('purchases at two prices, cash and credit sales, returns, opname and payments', () => {
    // 10 kg @ 12.000 cash, then 5 kg @ 13.000 on credit.
    const p1 = tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: beras, qty: 10, unitCost: 12_000 }]
    })
    expect(lines(p1.docNo)).toEqual([
      ['1-1601', 120_000, 0],
      ['1-1101', 0, 120_000]
    ])
    const p2 = tb.run('trading.purchase', {
      date: '2026-02-02',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: beras, qty: '5', unitCost: 13_000 }]
    })
    expect(lines(p2.docNo)).toEqual([
      ['1-1601', 65_000, 0],
      ['2-1301', 0, 65_000]
    ])
    expect(tb.run('trading.suppliers', {})[0]!.payable).toBe(65_000)
    expect(tb.run('trading.items', {}).find((i) => i.id === beras)!.stock).toEqual({
      qty: '15',
      value: 185_000,
      avgCost: 12_333
    })

    // Non-member cash sale 4 kg at 14.000: HPP 185.000 × 4/15 = 49.333,33 → 49.333.
    const s1 = tb.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 4 }] })
    expect(s1).toMatchObject({ amount: 56_000, hpp: 49_333, payment: 'TUNAI', member: null })
    expect(lines(s1.docNo)).toEqual([
      ['1-1110', 56_000, 0],
      ['4-2102', 0, 56_000],
      ['5-1101', 49_333, 0],
      ['1-1601', 0, 49_333]
    ])
    const rev = tb.run('journal.get', { number: s1.entryNumber! }).lines.find((l) => l.accountCode === '4-2102')!
    expect(rev).toMatchObject({ pihak: 'NON_ANGGOTA', unitCode: 'SEMBAKO' })

    // Member buys 2,5 kg on bon at a special price 13.500: 33.750; HPP 135.667 × 2,5/11 = 30.833,4 → 30.833.
    const s2 = tb.run('trading.sell', {
      date: '2026-02-04',
      unit: 'SEMBAKO',
      memberId: siti,
      payment: 'BON',
      lines: [{ itemId: beras, qty: '2,5', price: 13_500 }]
    })
    expect(s2).toMatchObject({ amount: 33_750, hpp: 30_833 })
    expect(lines(s2.docNo)).toEqual([
      ['1-1501', 33_750, 0],
      ['4-2101', 0, 33_750],
      ['5-1101', 30_833, 0],
      ['1-1601', 0, 30_833]
    ])
    expect(
      tb.run('journal.get', { number: s2.entryNumber! }).lines.find((l) => l.accountCode === '4-2101')
    ).toMatchObject({ pihak: 'ANGGOTA', memberId: siti })

    // Refusals change nothing.
    const before = tb.run('trading.items', {})
    const over = tb.fail('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 9 }] })
    expect(over.message).toBe('Baris 1: stok Beras medium tidak cukup; tersedia 8,5 kg, diminta 9 kg')
    expect(over.field).toBe('lines.0.qty')
    expect(
      tb.fail('trading.sell', {
        date: '2026-02-05',
        unit: 'SEMBAKO',
        payment: 'BON',
        lines: [{ itemId: beras, qty: 1 }]
      }).field
    ).toBe('payment')
    // Back-dated to 1 February, 9 kg fit on that day but leave the sale of 4 February short (10 + 5 − 9 − 4 = 2 < 2,5).
    expect(
      tb.fail('trading.sell', { date: '2026-02-01', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 9 }] }).message
    ).toBe(
      'Stok Beras medium tidak cukup untuk JL-2026-00002 tanggal 4 Februari 2026 bila mutasi ini dicatat: tersedia 2 kg, keluar 2,5 kg'
    )
    expect(
      tb.fail('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: '0,0001' }] }).field
    ).toBe('lines.0.qty')
    expect(tb.fail('trading.paySupplier', { date: '2026-02-05', supplierId: sup, amount: 65_001 }).message).toBe(
      'Jumlah: sisa utang kepada UD Makmur Rp65.000'
    )
    expect(tb.fail('trading.payBon', { date: '2026-02-05', memberId: siti, amount: 40_000 }).field).toBe('amount')
    expect(tb.run('trading.items', {})).toEqual(before)

    // Sales return of 1 kg of the member's bon sale: at the sale line's cost 30.833 × 1/2,5 = 12.333,2 → 12.333.
    const r1 = tb.run('trading.saleReturn', { date: '2026-02-06', saleId: s2.id, lines: [{ itemId: beras, qty: 1 }] })
    expect(r1).toMatchObject({ amount: 13_500, hpp: 12_333, payment: 'KREDIT' })
    expect(lines(r1.docNo)).toEqual([
      ['4-2109', 13_500, 0],
      ['1-1501', 0, 13_500],
      ['1-1601', 12_333, 0],
      ['5-1101', 0, 12_333]
    ])
    expect(
      tb.fail('trading.saleReturn', { date: '2026-02-06', saleId: s2.id, lines: [{ itemId: beras, qty: 2 }] }).message
    ).toMatch(/paling banyak 1,5 kg/)

    // Bon payment and supplier payment.
    tb.run('trading.payBon', { date: '2026-02-07', memberId: siti, amount: 20_250 })
    expect(tb.run('trading.parties', {}).members).toEqual([])
    const ps = tb.run('trading.paySupplier', { date: '2026-02-07', supplierId: sup, amount: 30_000 })
    expect(lines(ps.docNo)).toEqual([
      ['2-1301', 30_000, 0],
      ['1-1101', 0, 30_000]
    ])

    // Purchase return of 2 kg from the credit purchase at 13.000 each, reducing the payable.
    const rb = tb.run('trading.purchaseReturn', {
      date: '2026-02-08',
      purchaseId: p2.id,
      lines: [{ itemId: beras, qty: 2 }]
    })
    expect(lines(rb.docNo)).toEqual([
      ['2-1301', 26_000, 0],
      ['1-1601', 0, 26_000]
    ])
    expect(tb.run('trading.suppliers', {})[0]!.payable).toBe(9_000)

    // Stock now 15 − 4 − 2,5 + 1 − 2 = 7,5 kg; value 185.000 − 49.333 − 30.833 + 12.333 − 26.000 = 91.167.
    expect(tb.run('trading.items', {}).find((i) => i.id === beras)!.stock).toEqual({
      qty: '7.5',
      value: 91_167,
      avgCost: 12_156
    })
    // Count finds 7 kg: 0,5 kg short at 91.167 × 0,5/7,5 = 6.077,8 → 6.078.
    const so = tb.run('trading.opname', {
      date: '2026-02-28',
      unit: 'SEMBAKO',
      lines: [
        { itemId: beras, countedQty: 7 },
        { itemId: gula, countedQty: 0 }
      ]
    })
    expect(lines(so.docNo)).toEqual([
      ['1-1601', 0, 6_078],
      ['5-1109', 6_078, 0]
    ])
    expect(balance('1-1601')).toBe(85_089)

    const card = tb.run('trading.stockCard', { itemId: beras })
    expect(card.rows.map((r) => [r.type, r.qtyIn, r.qtyOut, r.balanceQty, r.balanceValue])).toEqual([
      ['BELI', '10', '0', '10', 120_000],
      ['BELI', '5', '0', '15', 185_000],
      ['JUAL', '0', '4', '11', 135_667],
      ['JUAL', '0', '2.5', '8.5', 104_834],
      ['RETUR_JUAL', '1', '0', '9.5', 117_167],
      ['RETUR_BELI', '0', '2', '7.5', 91_167],
      ['OPNAME', '0', '0.5', '7', 85_089]
    ])
    // Selling everything empties the value exactly.
    const s3 = tb.run('trading.sell', { date: '2026-03-01', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 7 }] })
    expect(s3.hpp).toBe(85_089)
    expect(balance('1-1601')).toBe(0)

    expect(memberPurchases(tb.book, 2026)).toEqual([
      { memberId: siti, memberNo: expect.any(String), name: 'Siti Aminah', amount: 20_250 }
    ])
    const split = tb.run('trading.revenueSplit', { from: '2026-01-01', to: '2026-12-31' })
    const sembako = split.rows.filter((r) => r.unit === 'SEMBAKO')
    expect(sembako.find((r) => r.account === '4-2101')!.member).toBe(33_750)
    expect(sembako.find((r) => r.account === '4-2102')!.nonMember).toBe(56_000 + 98_000)
    expect(sembako.find((r) => r.account === '4-2109')!.member).toBe(-13_500)
    healthy()
  })

  it('daily totals, services and a purchase return beyond the average', () => {
    const d = tb.run('trading.dailySales', {
      date: '2026-03-02',
      unit: 'SEMBAKO',
      memberAmount: 150_000,
      nonMemberAmount: 350_000,
      hppAmount: 0
    })
    expect(lines(d.docNo)).toEqual([
      ['1-1110', 500_000, 0],
      ['4-2101', 0, 150_000],
      ['4-2102', 0, 350_000]
    ])
    const j = tb.run('trading.service', {
      date: '2026-03-02',
      unit: 'KLINIK',
      amount: 75_000,
      memberId: siti,
      payment: 'BON',
      description: 'Pemeriksaan umum'
    })
    expect(lines(j.docNo)).toEqual([
      ['1-1501', 75_000, 0],
      ['4-2301', 0, 75_000]
    ])
    const g = tb.run('trading.service', {
      date: '2026-03-02',
      unit: 'GUDANG',
      amount: 200_000,
      description: 'Sewa cold storage'
    })
    expect(lines(g.docNo)).toEqual([
      ['1-1101', 200_000, 0],
      ['4-2401', 0, 200_000]
    ])
    expect(tb.fail('trading.service', { date: '2026-03-02', unit: 'USP', amount: 1, description: 'x' }).field).toBe(
      'revenueAccount'
    )
    expect(tb.run('trading.parties', {}).members).toEqual([
      { memberId: siti, memberNo: expect.any(String), name: 'Siti Aminah', bon: 75_000 }
    ])
    // Buy 3 @ 10.000 and 1 @ 16.000 (avg 11.500), sell 3, return the last 1 to the supplier at 16.000:
    // the stock holds only 11.500 of value, so the 4.500 difference reduces HPP.
    tb.run('trading.purchase', {
      date: '2026-03-03',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 3, unitCost: 10_000 }]
    })
    const p = tb.run('trading.purchase', {
      date: '2026-03-03',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 1, unitCost: 16_000 }]
    })
    tb.run('trading.sell', { date: '2026-03-04', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 3 }] })
    const rb = tb.run('trading.purchaseReturn', {
      date: '2026-03-05',
      purchaseId: p.id,
      lines: [{ itemId: gula, qty: 1 }]
    })
    expect(lines(rb.docNo)).toEqual([
      ['2-1301', 16_000, 0],
      ['1-1601', 0, 11_500],
      ['5-1101', 0, 4_500]
    ])
    expect(tb.run('trading.items', {}).find((i) => i.id === gula)!.stock).toEqual({ qty: '0', value: 0, avgCost: 0 })
    // Daily HPP leaves the inventory account without an item; the tie-out counts it.
    tb.run('trading.purchase', {
      date: '2026-03-06',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 10_000 }]
    })
    tb.run('trading.dailySales', {
      date: '2026-03-06',
      unit: 'SEMBAKO',
      memberAmount: 0,
      nonMemberAmount: 50_000,
      hppAmount: 40_000
    })
    expect(tb.run('trading.tieOut', {}).inventory).toEqual([
      { account: '1-1601', ledger: 60_000, subledger: 60_000, difference: 0 }
    ])
    healthy()
  })

  it('count sheet and refusals of unknown things, in Indonesian', () => {
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 2, unitCost: 15_000 }]
    })
    const sheet = tb.run('trading.countSheet', { unit: 'SEMBAKO', asOf: '2026-02-28' })
    expect(sheet.rows.find((r) => r.itemId === gula)).toMatchObject({ qty: '2', value: 30_000, avgCost: 15_000 })
    expect(
      tb.fail('trading.purchase', {
        date: '2026-02-01',
        unit: 'SEMBAKO',
        supplierId: 999,
        payment: 'TUNAI',
        lines: [{ itemId: gula, qty: 1, unitCost: 1 }]
      }).message
    ).toMatch(/^Pemasok:/)
    expect(
      tb.fail('trading.purchase', {
        date: '2026-02-01',
        unit: 'SEMBAKO',
        supplierId: sup,
        payment: 'TUNAI',
        cashAccount: '1-1601',
        lines: [{ itemId: gula, qty: 1, unitCost: 1 }]
      }).field
    ).toBe('cashAccount')
    expect(
      tb.fail('trading.purchase', { date: '2026-02-01', unit: 'SEMBAKO', supplierId: sup, payment: 'TUNAI', lines: [] })
        .field
    ).toBe('lines')
    expect(
      tb.fail('trading.sell', {
        date: '2026-02-01',
        unit: 'SEMBAKO',
        lines: [
          { itemId: gula, qty: 1 },
          { itemId: gula, qty: 1 }
        ]
      }).message
    ).toMatch(/sudah ada di baris 1/)
    expect(tb.run('journal.list', { source: 'USAHA' }).items).toHaveLength(1)
    healthy()
  })
})
