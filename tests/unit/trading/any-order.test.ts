import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { salesByDay } from '../../../main/trading/trading'
import { buildBook } from '../../../main/books/build'

// Issue 20 point 2: opening stock, and movements entered with an earlier date than later ones.
// Every expected figure below is worked out by hand in the comments (moving average, ISSUE rule
// round-half-up of value × qtyOut / qty), never taken from the app.

let tb: TestBook
let siti: number
let gula: number
let beras: number
let minyak: number
let sup: number
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  gula = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'GULA',
    name: 'Gula pasir',
    uom: 'kg',
    sellPrice: 18_000
  }).id
  beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  }).id
  minyak = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'MYK',
    name: 'Minyak goreng',
    uom: 'liter',
    sellPrice: 20_000
  }).id
  sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
})
afterEach(() => tb.close())

const entryLines = (number: string) =>
  tb.run('journal.get', { number }).lines.map((l) => [l.accountCode, l.debit, l.credit])
const balance = (code: string, asOf = '2026-12-31') => {
  const r = tb.run('reports.trialBalance', { asOf }).rows.find((x) => x.code === code)
  return r ? r.closingDebit - r.closingCredit : 0
}
const healthy = () => {
  expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
  expect(tb.run('system.check', {}).ok).toBe(true)
  expect(tb.run('trading.tieOut', {}).ok).toBe(true)
}
const stock = (id: number, asOf?: string) =>
  tb.run('trading.items', asOf ? { asOf } : {}).find((i) => i.id === id)!.stock

describe('a purchase entered with an earlier date', () => {
  it('recomputes the moving average forward and corrects later HPP on their own dates', () => {
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 10_000 }]
    })
    // 02-05 non-member 4 kg: 100.000 × 4/10 = 40.000. Left 6 kg, 60.000.
    const s1 = tb.run('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 4 }] })
    expect(s1.hpp).toBe(40_000)
    // 02-10 Siti 3 kg on bon: 60.000 × 3/6 = 30.000. Left 3 kg, 30.000.
    const s2 = tb.run('trading.sell', {
      date: '2026-02-10',
      unit: 'SEMBAKO',
      memberId: siti,
      payment: 'BON',
      lines: [{ itemId: gula, qty: 3 }]
    })
    expect(s2.hpp).toBe(30_000)
    // 02-12 Siti returns 1 kg of it at the sale line's cost 30.000 × 1/3 = 10.000. 4 kg, 40.000.
    const r1 = tb.run('trading.saleReturn', { date: '2026-02-12', saleId: s2.id, lines: [{ itemId: gula, qty: 1 }] })
    expect(r1.hpp).toBe(10_000)
    expect(stock(gula)).toEqual({ qty: '4', value: 40_000, avgCost: 10_000 })

    // Now the nota of 3 February turns up: 5 kg @ 12.500 = 62.500, on credit.
    const p2 = tb.run('trading.purchase', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 5, unitCost: 12_500 }]
    })
    expect(entryLines(p2.entryNumber!)).toEqual([
      ['1-1601', 62_500, 0],
      ['2-1301', 0, 62_500]
    ])
    // Replayed by hand:
    //   03-02  15 kg, 162.500
    //   05-02  sell 4: 162.500 × 4/15 = 43.333,33 → 43.333 (was 40.000: +3.333 HPP)   11 kg, 119.167
    //   10-02  sell 3: 119.167 × 3/11 = 32.500,09 → 32.500 (was 30.000: +2.500 HPP)    8 kg,  86.667
    //   12-02  return 1 of that sale: 32.500 × 1/3 = 10.833,33 → 10.833 (was 10.000)   9 kg,  97.500
    const cs = tb.run('trading.costCorrections', { causeDocId: p2.id })
    expect(cs.map((c) => [c.date, c.docNo, c.value, c.causeDocNo])).toEqual([
      ['2026-02-05', s1.docNo, -3_333, p2.docNo],
      ['2026-02-10', s2.docNo, -2_500, p2.docNo],
      ['2026-02-12', r1.docNo, 833, p2.docNo]
    ])
    expect(entryLines(cs[0]!.entryNumber)).toEqual([
      ['1-1601', 0, 3_333],
      ['5-1101', 3_333, 0]
    ])
    expect(entryLines(cs[1]!.entryNumber)).toEqual([
      ['1-1601', 0, 2_500],
      ['5-1101', 2_500, 0]
    ])
    expect(entryLines(cs[2]!.entryNumber)).toEqual([
      ['1-1601', 833, 0],
      ['5-1101', 0, 833]
    ])
    // Each correction is dated on the corrected sale's day and keeps its buyer (member vs non-member).
    const e2 = tb.run('journal.get', { number: cs[1]!.entryNumber })
    expect(e2.date).toBe('2026-02-10')
    expect(e2.lines.find((l) => l.accountCode === '5-1101')).toMatchObject({
      pihak: 'ANGGOTA',
      memberId: siti,
      unitCode: 'SEMBAKO'
    })
    expect(
      tb.run('journal.get', { number: cs[0]!.entryNumber }).lines.find((l) => l.accountCode === '5-1101')
    ).toMatchObject({ pihak: 'NON_ANGGOTA', memberId: null })

    // The posted sales stay as they were; the documents tell the later change.
    expect(tb.run('trading.doc', { id: s1.id })).toMatchObject({ hpp: 40_000, hppCorrection: 3_333 })
    expect(tb.run('trading.doc', { id: r1.id })).toMatchObject({ hpp: 10_000, hppCorrection: -833 })
    expect(entryLines(s1.entryNumber!)).toEqual([
      ['1-1110', 72_000, 0],
      ['4-2102', 0, 72_000],
      ['5-1101', 40_000, 0],
      ['1-1601', 0, 40_000]
    ])

    expect(stock(gula)).toEqual({ qty: '9', value: 97_500, avgCost: 10_833 })
    // Ledger: 100.000 + 62.500 − 43.333 − 32.500 + 10.833 = 97.500; HPP 43.333 + 32.500 − 10.833 = 65.000.
    expect(balance('1-1601')).toBe(97_500)
    expect(balance('5-1101')).toBe(65_000)
    // On 10 February the stock and the ledger already agree (corrections are dated there).
    expect(stock(gula, '2026-02-10')).toMatchObject({ qty: '8', value: 86_667 })
    expect(balance('1-1601', '2026-02-10')).toBe(86_667)

    const card = tb.run('trading.stockCard', { itemId: gula })
    expect(
      card.rows.map((r) => [r.date, r.type, r.qtyIn, r.qtyOut, r.value, r.correction, r.balanceQty, r.balanceValue])
    ).toEqual([
      ['2026-02-01', 'BELI', '10', '0', 100_000, 0, '10', 100_000],
      ['2026-02-03', 'BELI', '5', '0', 62_500, 0, '15', 162_500],
      ['2026-02-05', 'JUAL', '0', '4', -43_333, -3_333, '11', 119_167],
      ['2026-02-10', 'JUAL', '0', '3', -32_500, -2_500, '8', 86_667],
      ['2026-02-12', 'RETUR_JUAL', '1', '0', 10_833, 833, '9', 97_500]
    ])
    // The printed kartu stok (books.export KARTU_STOK) says which values were recomputed.
    const printed = buildBook(
      tb.ctx,
      { book: 'KARTU_STOK', itemId: gula, from: '2026-02-01', to: '2026-02-28' } as never,
      '2026-12-05'
    )
    expect(printed.tables[0]!.rows.slice(1, 6).map((r) => r.cells.slice(1, 3))).toEqual([
      ['BL-2026-00001', 'Pembelian'],
      [p2.docNo, 'Pembelian'],
      [s1.docNo, 'Penjualan (koreksi HPP +Rp3.333)'],
      [s2.docNo, 'Penjualan (koreksi HPP +Rp2.500)'],
      [r1.docNo, 'Retur penjualan (koreksi HPP -Rp833)']
    ])
    // The sales book by day carries the corrected HPP.
    expect(salesByDay(tb.book, '2026-02-01', '2026-02-28').map((d) => [d.date, d.hpp])).toEqual([
      ['2026-02-05', 43_333],
      ['2026-02-10', 32_500],
      ['2026-02-12', -10_833]
    ])

    // A further return of the same sale line now goes back at the corrected cost: 1 more kg of the
    // 3 sold: 32.500 × 1/3 = 10.833,33 → 10.833; the last kg would take the remainder 32.500 − 21.666 = 10.834.
    const r2 = tb.run('trading.saleReturn', { date: '2026-02-14', saleId: s2.id, lines: [{ itemId: gula, qty: 1 }] })
    expect(r2.hpp).toBe(10_833)
    const r3 = tb.run('trading.saleReturn', { date: '2026-02-15', saleId: s2.id, lines: [{ itemId: gula, qty: 1 }] })
    expect(r3.hpp).toBe(10_834)
    healthy()
  })

  it('a back-dated sale is refused when a later sale would run short; one that fits corrects nothing when the average holds', () => {
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 10_000 }]
    })
    tb.run('trading.purchase', {
      date: '2026-02-02',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 3, unitCost: 11_000 }]
    })
    // 13 kg, 133.000. 02-10 sell 8: 133.000 × 8/13 = 81.846,15 → 81.846. Left 5 kg, 51.154.
    const s1 = tb.run('trading.sell', { date: '2026-02-10', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 8 }] })
    expect(s1.hpp).toBe(81_846)
    const before = tb.run('journal.list', { source: 'USAHA' }).items.length
    const e = tb.fail('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 6 }] })
    expect(e.message).toBe(
      `Stok Gula pasir tidak cukup untuk ${s1.docNo} tanggal 10 Februari 2026 bila mutasi ini dicatat: tersedia 7 kg, keluar 8 kg`
    )
    expect(e.field).toBe('lines.0.qty')
    expect(tb.run('journal.list', { source: 'USAHA' }).items).toHaveLength(before)
    // 02-05 sell 2: 133.000 × 2/13 = 20.461,5 → 20.462. 11 kg, 112.538; then 02-10's 8 kg:
    // 112.538 × 8/11 = 81.845,8 → 81.846, as posted: no correction.
    const s0 = tb.run('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 2 }] })
    expect(s0.hpp).toBe(20_462)
    expect(tb.run('trading.costCorrections', {})).toEqual([])
    expect(stock(gula)).toMatchObject({ qty: '3', value: 133_000 - 20_462 - 81_846 })
    healthy()
  })

  it('a back-dated purchase return recomputes a later return beyond the average', () => {
    // 02-01 buy 3 @ 10.000; 02-03 buy 1 @ 16.000 (4 kg, 46.000); 02-04 sell 3: 46.000 × 3/4 = 34.500.
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 3, unitCost: 10_000 }]
    })
    const p = tb.run('trading.purchase', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 1, unitCost: 16_000 }]
    })
    const s = tb.run('trading.sell', { date: '2026-02-04', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 3 }] })
    expect(s.hpp).toBe(34_500)
    // A purchase of 02-02 entered late: 2 kg @ 13.000 = 26.000.
    // 02-02: 5 kg, 56.000; 02-03: 6 kg, 72.000; 02-04 sell 3: 72.000 × 3/6 = 36.000 (+1.500 HPP). 3 kg, 36.000.
    const late = tb.run('trading.purchase', {
      date: '2026-02-02',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'KREDIT',
      lines: [{ itemId: gula, qty: 2, unitCost: 13_000 }]
    })
    expect(tb.run('trading.costCorrections', { causeDocId: late.id }).map((c) => [c.docNo, c.value])).toEqual([
      [s.docNo, -1_500]
    ])
    // Return the 16.000 kg to the supplier on 02-05: within the 36.000 of value, credit 16.000, no HPP adjustment.
    const rb = tb.run('trading.purchaseReturn', {
      date: '2026-02-05',
      purchaseId: p.id,
      lines: [{ itemId: gula, qty: 1 }]
    })
    expect(entryLines(rb.entryNumber!)).toEqual([
      ['2-1301', 16_000, 0],
      ['1-1601', 0, 16_000]
    ])
    expect(stock(gula)).toEqual({ qty: '2', value: 20_000, avgCost: 10_000 })
    healthy()
  })
})

describe('a stock count entered late', () => {
  it('values the shortage at the average of its own date and corrects the sale after it', () => {
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 10_000 }]
    })
    tb.run('trading.purchase', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 13_000 }]
    })
    // 20 kg, 230.000; 02-05 sell 5: 230.000 × 5/20 = 57.500.
    const s = tb.run('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 5 }] })
    expect(s.hpp).toBe(57_500)
    // The count of 2 February (9 kg found, 10 in the book) is entered now: 1 kg short at 100.000 × 1/10 = 10.000.
    const so = tb.run('trading.opname', {
      date: '2026-02-02',
      unit: 'SEMBAKO',
      lines: [{ itemId: gula, countedQty: 9 }]
    })
    expect(entryLines(so.entryNumber!)).toEqual([
      ['1-1601', 0, 10_000],
      ['5-1109', 10_000, 0]
    ])
    // 02-03: 19 kg, 220.000; the sale: 220.000 × 5/19 = 57.894,7 → 57.895 (+395 HPP). 14 kg, 162.105.
    expect(tb.run('trading.costCorrections', { causeDocId: so.id }).map((c) => [c.docNo, c.value])).toEqual([
      [s.docNo, -395]
    ])
    expect(stock(gula)).toEqual({ qty: '14', value: 162_105, avgCost: 11_579 })
    healthy()
  })
})

describe('refusals with the reason', () => {
  it('a locked month, a correction falling in a locked month, and a date before the last stock count', () => {
    tb.run('trading.purchase', {
      date: '2026-01-10',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 10, unitCost: 10_000 }]
    })
    const s = tb.run('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: gula, qty: 5 }] })
    tb.run('periods.lock', { month: '2026-02' })
    const locked = tb.fail('trading.purchase', {
      date: '2026-01-20',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 2, unitCost: 13_000 }]
    })
    expect(locked.code).toBe('PERIOD_LOCKED')
    expect(locked.message).toMatch(/^Periode Januari 2026 sudah ditutup/)
    // January reopened with a reason; February stays closed, and the sale of 5 February would change.
    tb.run('periods.unlock', { month: '2026-01', reason: 'Nota pembelian terlambat' })
    const later = tb.fail('trading.purchase', {
      date: '2026-01-20',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 2, unitCost: 13_000 }]
    })
    expect(later).toMatchObject({ code: 'PERIOD_LOCKED', field: 'date' })
    expect(later.message).toBe(
      `Tanggal: mutasi bertanggal 20 Januari 2026 ini mengubah HPP ${s.docNo} (5 Februari 2026) di periode Februari 2026 yang sudah ditutup; buka kunci periode itu dengan alasan, atau catat mutasi ini sesudah 5 Februari 2026`
    )
    expect(stock(gula)).toEqual({ qty: '5', value: 50_000, avgCost: 10_000 })

    tb.run('trading.opname', { date: '2026-03-31', unit: 'SEMBAKO', lines: [{ itemId: gula, countedQty: 5 }] })
    const afterCount = tb.fail('trading.purchase', {
      date: '2026-03-30',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: gula, qty: 1, unitCost: 1 }]
    })
    expect(afterCount.message).toMatch(
      /^Tanggal: stok Gula pasir sudah dihitung pada 31 Maret 2026 \(SO-2026-00001\); mutasi tidak boleh bertanggal sebelum stok opname terakhir$/
    )
    healthy()
  })
})

describe('opening stock', () => {
  it('details the saldo awal persediaan without a second entry, and posts only what is beyond it against the named account', () => {
    // Last balance sheet: kas 350.000, persediaan sembako 150.000 = modal penyertaan 500.000.
    tb.run('opening.post', {
      date: '2026-01-01',
      lines: [
        { account: '1-1101', debit: 350_000 },
        { account: '1-1601', debit: 150_000 },
        { account: '3-2101', credit: 500_000 }
      ]
    })
    expect(tb.run('trading.tieOut', {}).ok).toBe(true)
    // Beras 10 kg @ 12.000 = 120.000: details part of the 150.000, no entry.
    const a1 = tb.run('trading.openingStock', {
      date: '2026-01-01',
      unit: 'SEMBAKO',
      lines: [{ itemId: beras, qty: 10, unitCost: 12_000 }]
    })
    expect(a1).toMatchObject({
      type: 'AWAL',
      amount: 120_000,
      entryNumber: null,
      opening: { itemized: 120_000, posted: 0, offsetAccount: null }
    })
    expect(a1.docNo).toMatch(/^SA-2026-00001$/)
    expect(tb.run('trading.tieOut', {}).inventory).toEqual([
      { account: '1-1601', ledger: 150_000, subledger: 120_000, difference: 30_000 }
    ])
    // Gula 2 kg @ 15.000 = 30.000 and minyak 1,5 liter @ 20.000 = 30.000: 30.000 left to detail, 30.000 beyond.
    expect(
      tb.fail('trading.openingStock', {
        date: '2026-01-01',
        unit: 'SEMBAKO',
        lines: [
          { itemId: gula, qty: 2, unitCost: 15_000 },
          { itemId: minyak, qty: '1,5', unitCost: 20_000 }
        ]
      })
    ).toMatchObject({
      field: 'offsetAccount',
      message: expect.stringMatching(
        /^Akun lawan: Rp30\.000 dari stok awal ini belum ada di saldo persediaan buku besar per 1 Januari 2026/
      )
    })
    expect(
      tb.fail('trading.openingStock', {
        date: '2026-01-01',
        unit: 'SEMBAKO',
        offsetAccount: '2-1301',
        lines: [
          { itemId: gula, qty: 2, unitCost: 15_000 },
          { itemId: minyak, qty: 1, unitCost: 40_000 }
        ]
      }).message
    ).toBe('Akun lawan: 2-1301 Utang Usaha diisi oleh buku pembantunya; barang dari pemasok dicatat sebagai pembelian')
    expect(
      tb.fail('trading.openingStock', {
        date: '2026-01-01',
        unit: 'SEMBAKO',
        offsetAccount: '4-3106',
        lines: [
          { itemId: gula, qty: 2, unitCost: 15_000 },
          { itemId: minyak, qty: 1, unitCost: 40_000 }
        ]
      }).message
    ).toBe('Akun lawan: 4-3106 Pendapatan Hibah Operasional bukan akun ekuitas atau liabilitas')
    const a2 = tb.run('trading.openingStock', {
      date: '2026-01-01',
      unit: 'SEMBAKO',
      offsetAccount: '3-3101',
      lines: [
        { itemId: gula, qty: 2, unitCost: 15_000 },
        { itemId: minyak, qty: '1,5', unitCost: 20_000 }
      ]
    })
    expect(a2).toMatchObject({ amount: 60_000, opening: { itemized: 30_000, posted: 30_000, offsetAccount: '3-3101' } })
    expect(entryLines(a2.entryNumber!)).toEqual([
      ['1-1601', 30_000, 0],
      ['3-3101', 0, 30_000]
    ])
    expect(balance('1-1601')).toBe(180_000)
    expect(stock(minyak)).toEqual({ qty: '1.5', value: 30_000, avgCost: 20_000 })

    // Once per item, never before the books' start, and nothing dated before it afterwards.
    expect(
      tb.fail('trading.openingStock', {
        date: '2026-01-01',
        unit: 'SEMBAKO',
        lines: [{ itemId: beras, qty: 1, unitCost: 1 }]
      }).message
    ).toBe('Baris 1: Beras medium sudah punya stok awal (SA-2026-00001); tambahan barang dicatat sebagai pembelian')
    expect(
      tb.fail('trading.openingStock', {
        date: '2025-12-31',
        unit: 'SEMBAKO',
        lines: [{ itemId: beras, qty: 1, unitCost: 1 }]
      }).field
    ).toBe('date')
    healthy()
  })

  it('a unit starting later: opening stock dated before movements already entered corrects their HPP', () => {
    // Minyak bought 02-01 4 @ 10.000 = 40.000 and 2 sold 02-03: 20.000.
    tb.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: minyak, qty: 4, unitCost: 10_000 }]
    })
    const s = tb.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: minyak, qty: 2 }] })
    expect(s.hpp).toBe(20_000)
    // Opening stock after the first movement is refused; on 15 January (the gerai's start), 6 @ 7.000 = 42.000
    // from the village's modal penyertaan.
    expect(
      tb.fail('trading.openingStock', {
        date: '2026-02-02',
        unit: 'SEMBAKO',
        offsetAccount: '3-2101',
        lines: [{ itemId: minyak, qty: 6, unitCost: 7_000 }]
      }).message
    ).toBe(
      'Baris 1: Minyak goreng sudah punya mutasi sejak 1 Februari 2026; stok awal harus bertanggal pada atau sebelum mutasi pertama'
    )
    const a = tb.run('trading.openingStock', {
      date: '2026-01-15',
      unit: 'SEMBAKO',
      offsetAccount: '3-2101',
      lines: [{ itemId: minyak, qty: 6, unitCost: 7_000 }]
    })
    expect(entryLines(a.entryNumber!)).toEqual([
      ['1-1601', 42_000, 0],
      ['3-2101', 0, 42_000]
    ])
    // 01-15: 6, 42.000; 02-01: 10, 82.000; 02-03 sell 2: 82.000 × 2/10 = 16.400 (was 20.000: HPP −3.600). 8, 65.600.
    const cs = tb.run('trading.costCorrections', { itemId: minyak })
    expect(cs.map((c) => [c.date, c.docNo, c.value, c.causeDocNo])).toEqual([['2026-02-03', s.docNo, 3_600, a.docNo]])
    expect(entryLines(cs[0]!.entryNumber)).toEqual([
      ['1-1601', 3_600, 0],
      ['5-1101', 0, 3_600]
    ])
    expect(stock(minyak)).toEqual({ qty: '8', value: 65_600, avgCost: 8_200 })
    // Nothing may be dated before the opening stock.
    expect(
      tb.fail('trading.purchase', {
        date: '2026-01-10',
        unit: 'SEMBAKO',
        supplierId: sup,
        payment: 'TUNAI',
        lines: [{ itemId: minyak, qty: 1, unitCost: 1 }]
      }).message
    ).toBe(
      `Tanggal: stok awal Minyak goreng bertanggal 15 Januari 2026 (${a.docNo}); mutasi tidak boleh bertanggal sebelum stok awal`
    )
    healthy()
  })
})
