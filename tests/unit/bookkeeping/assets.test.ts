import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createTestBook, type TestBook } from '../../helpers/book'
import { depreciationSchedule, splitEvenly } from '../../../main/bookkeeping/depreciation'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  tb.run('opening.post', {
    date: '2026-01-01',
    lines: [
      { account: '1-1101', debit: 300_000_000 },
      { account: '1-3201', debit: 120_000_000 },
      { account: '1-3209', credit: 36_000_000 },
      { account: '3-2101', credit: 384_000_000 }
    ]
  })
})
afterEach(() => tb.close())

function setup() {
  const gedung = tb.run('assets.create', {
    name: 'Gedung gerai',
    group: 'BANGUNAN',
    acquiredAt: '2020-01-10',
    cost: 120_000_000,
    lifeMonths: 240,
    unit: 'SEMBAKO',
    location: 'Jl. Raya Sukamaju',
    mode: 'SALDO_AWAL',
    openingAccumulated: 36_000_000,
    openingThrough: '2025-12'
  })
  const truk = tb.run('assets.create', {
    name: 'Truk pengangkut',
    group: 'KENDARAAN',
    acquiredAt: '2026-01-15',
    cost: 180_000_000,
    residual: 20_000_000,
    lifeMonths: 48,
    unit: 'LOGISTIK'
  })
  const laptop = tb.run('assets.create', {
    name: 'Laptop bendahara',
    group: 'INVENTARIS',
    acquiredAt: '2026-01-20',
    cost: 12_000_000,
    lifeMonths: 36,
    unit: 'KANTOR'
  })
  const tanah = tb.run('assets.create', {
    name: 'Tanah gudang',
    group: 'TANAH',
    acquiredAt: '2026-01-05',
    cost: 50_000_000,
    creditAccount: '1-1101'
  })
  return { gedung, truk, laptop, tanah }
}

const lines = (id: number) =>
  tb.run('journal.get', { id }).lines.map((l) => [l.accountCode, l.unitCode, l.debit, l.credit])

describe('aset tetap', () => {
  it('registers, posts the purchase, depreciates straight-line (floor, last month takes the remainder) once per month', () => {
    const { gedung, truk, laptop, tanah } = setup()
    expect(truk).toMatchObject({
      assetNo: 'AT-0002',
      startMonth: '2026-02',
      monthlyDepreciation: 3_333_333,
      acquisitionEntry: 'KK-2026-000001'
    })
    expect(lines(tb.run('journal.get', { number: 'KK-2026-000001' }).id)).toEqual([
      ['1-3301', 'LOGISTIK', 180_000_000, 0],
      ['1-1101', null, 0, 180_000_000]
    ])
    expect(gedung).toMatchObject({
      acquisitionEntry: null,
      accumulated: 36_000_000,
      bookValue: 84_000_000,
      monthlyDepreciation: 497_041
    })
    expect(tanah.monthlyDepreciation).toBe(0)

    const s = tb.run('assets.schedule', { assetId: truk.id })
    expect(s.rows).toHaveLength(48)
    expect(s.rows[0]).toMatchObject({ month: '2026-02', amount: 3_333_333 })
    expect(s.rows[47]).toMatchObject({
      month: '2030-01',
      amount: 3_333_349,
      accumulated: 160_000_000,
      bookValue: 20_000_000
    })
    const g = tb.run('assets.schedule', { assetId: gedung.id }).rows
    expect(g).toHaveLength(169)
    expect(g[0]!.month).toBe('2026-01')
    expect(g.at(-1)).toMatchObject({ month: '2040-01', amount: 497_112, bookValue: 0 })

    const jan = tb.run('assets.depreciate', { month: '2026-01' })
    expect(jan.total).toBe(497_041)
    expect(lines(jan.entry!.id)).toEqual([
      ['5-3301', 'SEMBAKO', 497_041, 0],
      ['1-3209', 'SEMBAKO', 0, 497_041]
    ])

    expect(tb.run('assets.depreciationPreview', { month: '2026-02' })).toMatchObject({ total: 4_163_707, entry: null })
    const feb = tb.run('assets.depreciate', { month: '2026-02' })
    expect(feb.date).toBe('2026-02-28')
    expect(tb.run('journal.get', { id: feb.entry!.id }).source).toBe('PENYUSUTAN')
    expect(lines(feb.entry!.id)).toEqual([
      ['5-3301', 'KANTOR', 333_333, 0],
      ['5-3301', 'LOGISTIK', 3_333_333, 0],
      ['5-3301', 'SEMBAKO', 497_041, 0],
      ['1-3209', 'SEMBAKO', 0, 497_041],
      ['1-3309', 'LOGISTIK', 0, 3_333_333],
      ['1-3509', 'KANTOR', 0, 333_333]
    ])
    const before = tb.run('journal.list', { page: 1, pageSize: 1 }).total
    const twice = tb.fail('assets.depreciate', { month: '2026-02' })
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'month' })
    expect(twice.message).toBe(
      `Bulan: penyusutan Februari 2026 sudah diposting dengan jurnal ${feb.entry!.number}; tidak dapat diposting dua kali`
    )
    expect(tb.run('journal.list', { page: 1, pageSize: 1 }).total).toBe(before)
    expect(tb.run('assets.depreciationPreview', { month: '2026-02' }).entry!.number).toBe(feb.entry!.number)

    const reg = tb.run('assets.list', { asOf: '2026-02-28' })
    expect(reg.assets.find((a) => a.id === laptop.id)).toMatchObject({ accumulated: 333_333, bookValue: 11_666_667 })
    expect(reg.assets.find((a) => a.id === gedung.id)).toMatchObject({ accumulated: 36_994_082, bookValue: 83_005_918 })
    for (const gr of reg.byGroup) {
      expect([gr.group, gr.ledgerCost, gr.ledgerAccumulated]).toEqual([gr.group, gr.cost, gr.accumulated])
    }
    expect(reg.totals).toEqual({
      cost: 362_000_000,
      accumulated: 36_994_082 + 3_333_333 + 333_333,
      bookValue: 362_000_000 - (36_994_082 + 3_333_333 + 333_333)
    })
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('refuses locked months and months before the books; a month with nothing to depreciate is a clear zero', () => {
    expect(tb.run('assets.depreciate', { month: '2026-01' })).toEqual({
      month: '2026-01',
      date: '2026-01-31',
      total: 0,
      lines: [],
      entry: null
    })
    setup()
    tb.run('periods.lock', { month: '2026-02' })
    const e = tb.fail('assets.depreciate', { month: '2026-02' })
    expect(e).toMatchObject({ code: 'PERIOD_LOCKED', field: 'month' })
    expect(tb.fail('assets.depreciate', { month: '2025-12' }).field).toBe('month')
  })

  it('a reversed run can be posted again', () => {
    setup()
    tb.run('assets.depreciate', { month: '2026-01' })
    const feb = tb.run('assets.depreciate', { month: '2026-02' })
    tb.run('journal.reverse', { entryId: feb.entry!.id, date: '2026-02-28', reason: 'Salah umur truk' })
    expect(tb.run('assets.depreciationPreview', { month: '2026-02' }).entry).toBeNull()
    const again = tb.run('assets.depreciate', { month: '2026-02' })
    expect(again.total).toBe(feb.total)
    const reg = tb.run('assets.list', { asOf: '2026-02-28' })
    for (const gr of reg.byGroup) expect(gr.ledgerAccumulated).toBe(gr.accumulated)
  })

  it('disposal: sale at a loss and at a gain, after every earlier month is depreciated', () => {
    const { truk, laptop } = setup()
    tb.run('assets.depreciate', { month: '2026-01' })
    tb.run('assets.depreciate', { month: '2026-02' })
    const early = tb.fail('assets.dispose', {
      assetId: laptop.id,
      date: '2026-04-10',
      kind: 'JUAL',
      proceeds: 10_000_000
    })
    expect(early).toMatchObject({
      field: 'date',
      message: 'Tanggal: penyusutan Maret 2026 belum diposting; jalankan penyusutan bulan itu dulu'
    })
    tb.run('assets.depreciate', { month: '2026-03' })
    const sold = tb.run('assets.dispose', {
      assetId: laptop.id,
      date: '2026-04-10',
      kind: 'JUAL',
      proceeds: 10_000_000
    })
    expect(sold.disposal).toMatchObject({ bookValue: 11_333_334, gain: 0, loss: 1_333_334 })
    expect(sold.status).toBe('DIJUAL')
    expect(lines(sold.disposal.entry.id)).toEqual([
      ['1-1101', null, 10_000_000, 0],
      ['1-3509', 'KANTOR', 666_666, 0],
      ['5-4102', 'KANTOR', 1_333_334, 0],
      ['1-3501', 'KANTOR', 0, 12_000_000]
    ])
    const gain = tb.run('assets.dispose', { assetId: truk.id, date: '2026-04-20', kind: 'JUAL', proceeds: 175_000_000 })
    expect(gain.disposal).toMatchObject({ bookValue: 173_333_334, gain: 1_666_666, loss: 0 })
    expect(lines(gain.disposal.entry.id).at(-1)).toEqual(['4-3103', 'LOGISTIK', 0, 1_666_666])
    expect(tb.fail('assets.dispose', { assetId: truk.id, date: '2026-04-21', kind: 'HAPUS' }).code).toBe('CONFLICT')
    // April only depreciates the building now.
    expect(tb.run('assets.depreciate', { month: '2026-04' }).lines.map((l) => l.name)).toEqual(['Gedung gerai'])
    const reg = tb.run('assets.list', { asOf: '2026-04-30' })
    for (const gr of reg.byGroup)
      expect([gr.group, gr.ledgerCost, gr.ledgerAccumulated]).toEqual([gr.group, gr.cost, gr.accumulated])
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('refuses bad registrations in Indonesian naming the field, recording nothing', () => {
    const base = {
      name: 'Motor',
      group: 'KENDARAAN',
      acquiredAt: '2026-02-01',
      cost: 20_000_000,
      lifeMonths: 60
    } as const
    expect(tb.fail('assets.create', { ...base, residual: 20_000_000 }).field).toBe('residual')
    expect(tb.fail('assets.create', { ...base, lifeMonths: 0 }).message).toBe(
      'Umur manfaat: isi paling sedikit 1 bulan'
    )
    expect(tb.fail('assets.create', { ...base, group: 'TANAH' }).field).toBe('lifeMonths')
    expect(tb.fail('assets.create', { ...base, creditAccount: '2-1101' }).field).toBe('creditAccount')
    expect(tb.fail('assets.create', { ...base, mode: 'SALDO_AWAL', openingAccumulated: 1_000_000 }).field).toBe(
      'openingThrough'
    )
    expect(
      tb.fail('assets.create', {
        ...base,
        mode: 'SALDO_AWAL',
        openingAccumulated: 30_000_000,
        openingThrough: '2026-05'
      }).field
    ).toBe('openingAccumulated')
    expect(tb.fail('assets.create', { ...base, openingAccumulated: 1_000 }).field).toBe('openingAccumulated')
    expect(tb.fail('assets.create', { ...base, group: 'PESAWAT' }).field).toBe('group')
    expect(tb.run('assets.list', {}).assets).toHaveLength(0)
  })

  it('the depreciation start is a setting (month after acquisition by default)', () => {
    expect(tb.run('assets.settings', {})).toEqual({ depreciationStart: 'BULAN_BERIKUTNYA' })
    tb.run('assets.setSettings', { depreciationStart: 'BULAN_PEROLEHAN' })
    const a = tb.run('assets.create', {
      name: 'Timbangan',
      group: 'PERALATAN',
      acquiredAt: '2026-03-31',
      cost: 1_000_000,
      lifeMonths: 12
    })
    expect(a.startMonth).toBe('2026-03')
  })
})

describe('depreciation rounding (property)', () => {
  it('splitEvenly sums exactly and only the last month differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 1, max: 1200 }), (base, n) => {
        const parts = splitEvenly(base, n)
        expect(parts).toHaveLength(n)
        expect(parts.reduce((s, x) => s + x, 0)).toBe(base)
        expect(parts.slice(0, -1).every((x) => x === Math.floor(base / n))).toBe(true)
        expect(parts.at(-1)! >= parts[0]!).toBe(true)
      })
    )
  })

  it('over the life the schedule sums to cost − residual − opening accumulated, month after month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 1000 }),
        (cost, residualPermille, life, coveredMonths, openingPermille) => {
          const residual = Math.floor(((cost - 1) * residualPermille) / 1000)
          const base = cost - residual
          const covered = Math.min(coveredMonths, life - 1)
          const opening = covered === 0 ? 0 : Math.floor((base * openingPermille) / 1000)
          const start = '2026-02'
          const [y, m] = [2026, 2 + covered - 1]
          const through =
            covered === 0 ? null : `${y + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`
          const rows = depreciationSchedule({
            cost,
            residual,
            lifeMonths: life,
            startMonth: start,
            openingAccumulated: opening,
            openingThrough: through
          })
          expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(base - opening)
          expect(rows.every((r) => Number.isSafeInteger(r.amount) && r.amount > 0)).toBe(true)
          expect(new Set(rows.map((r) => r.month)).size).toBe(rows.length)
        }
      )
    )
  })
})
