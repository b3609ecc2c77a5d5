import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, allowOverdraft, type TestBook } from '../../helpers/book'
import { ok } from '../../helpers/host'
import type { ClosingResult } from '../../../shared/commands/closing'
import { shuTieOut } from '../../../main/shu/shu'
import { allocateUnitPools, unitPoolAmounts } from '../../../shared/shu/unit-pools'
import { DEFAULT_PERCENTAGES } from '../../../shared/shu/allocate'
import { explainShu } from '../../../shared/panduan/member-sheet'

/**
 * Year 2025 by hand. SEMBAKO: sales A 100 kg + B 50 kg + non-member 200 kg × 12.000 = 4.200.000,
 * HPP 350 × 10.000 = 3.500.000, own expense 50.000 → 650.000 (gross 700.000). APOTEK: C 100 + A 50
 * × 8.000 = 1.200.000, HPP 150 × 5.000 = 750.000 → 450.000 (gross 450.000). KLINIK: expense 100.000
 * → −100.000. Without a unit: salary 230.000 → −230.000. SHU 770.000 (no tax).
 *
 * UNIT_POOL, common costs by gross margin: SEMBAKO 230.000 × 700/1.150 = 140.000, APOTEK 90.000 →
 * SEMBAKO 510.000, APOTEK 360.000, KLINIK −100.000. The loss is borne 510:360: SEMBAKO 58.620,69…,
 * APOTEK 41.379,31… → floors 58.620 + 41.379, the last rupiah to SEMBAKO → pools 451.379, 318.621, 0.
 *
 * SEMBAKO pool, default table: JM = JU = floor(90.275,8) = 90.275; pengurus/karyawan/pendidikan
 * 22.568; sosial/pembangunan 11.284; cadangan 451.379 − 270.822 = 180.557. JMA by S (A 400.000, B
 * 300.000, C 100.000): 45.137,5 / 33.853,125 / 11.284,375 → A 45.138, B 33.853, C 11.284. JUA by
 * sembako purchases (A 1.200.000, B 600.000): 60.183,33 / 30.091,67 → A 60.183, B 30.092.
 * APOTEK pool, its own table 30/10/40/5/5/5/2,5/2,5: JM 31.862, JU 127.448, 15.931 ×3, 7.965 ×2,
 * cadangan 318.621 − 223.033 = 95.588. JMA 15.931 / 11.948,25 / 3.982,75 → A 15.931, B 11.948,
 * C 3.983. JUA by apotek purchases (C 800.000, A 400.000): 84.965,33 / 42.482,67 → C 84.965, A 42.483.
 */
const SHU = 770_000
let tb: TestBook
let host: BookHost
const ids: number[] = []

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  allowOverdraft(tb)
  host = createExecutor(tb.book)
  tb.run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 100_000 })
  const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
  const beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS',
    name: 'Beras',
    uom: 'kg',
    sellPrice: 12_000
  }).id
  const obat = tb.run('trading.saveItem', {
    unit: 'APOTEK',
    code: 'OBT',
    name: 'Obat',
    uom: 'strip',
    sellPrice: 8_000
  }).id
  tb.run('trading.purchase', {
    date: '2025-02-01',
    unit: 'SEMBAKO',
    supplierId: sup,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 1000, unitCost: 10_000 }]
  })
  tb.run('trading.purchase', {
    date: '2025-02-01',
    unit: 'APOTEK',
    supplierId: sup,
    payment: 'TUNAI',
    lines: [{ itemId: obat, qty: 500, unitCost: 5_000 }]
  })
  for (const [i, name] of ['Ani', 'Budi', 'Citra'].entries()) {
    const id = tb.run('members.create', { name, gender: i === 1 ? 'L' : 'P', joinedAt: '2025-01-02' }).id
    ids.push(id)
    tb.run('savings.deposit', { memberId: id, type: 'POKOK', amount: 100_000, date: '2025-01-05' })
    if (i < 2)
      tb.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 300_000 - 100_000 * i, date: '2025-05-01' })
  }
  const [a, b, c] = ids
  tb.run('trading.sell', { date: '2025-03-02', unit: 'SEMBAKO', memberId: a, lines: [{ itemId: beras, qty: 100 }] })
  tb.run('trading.sell', { date: '2025-03-02', unit: 'SEMBAKO', memberId: b, lines: [{ itemId: beras, qty: 50 }] })
  tb.run('trading.sell', { date: '2025-03-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 200 }] })
  tb.run('trading.sell', { date: '2025-04-02', unit: 'APOTEK', memberId: c, lines: [{ itemId: obat, qty: 100 }] })
  tb.run('trading.sell', { date: '2025-04-03', unit: 'APOTEK', memberId: a, lines: [{ itemId: obat, qty: 50 }] })
  const post = (description: string, account: string, amount: number, unit?: string) =>
    tb.run('journal.post', {
      date: '2025-06-30',
      description,
      lines: [
        { account, debit: amount, ...(unit ? { unit } : {}) },
        { account: '1-1101', credit: amount }
      ]
    })
  post('Listrik gerai', '5-3201', 50_000, 'SEMBAKO')
  post('Listrik klinik', '5-3201', 100_000, 'KLINIK')
  post('Gaji kantor', '5-3101', 230_000)
  tb.run('shu.setSettings', {
    year: 2025,
    percentages: {
      cadangan: '40',
      jasaModal: '20',
      jasaUsaha: '20',
      pengurus: '5',
      karyawan: '5',
      pendidikan: '5',
      sosial: '2,5',
      pembangunan: '2,5'
    },
    poolMode: 'UNIT_POOL',
    unitPools: {
      commonCosts: 'GROSS_MARGIN',
      percentages: {
        APOTEK: {
          cadangan: '30',
          jasaModal: '10',
          jasaUsaha: '40',
          pengurus: '5',
          karyawan: '5',
          pendidikan: '5',
          sosial: '2,5',
          pembangunan: '2,5'
        }
      }
    }
  })
})
afterAll(() => tb.close())

describe('closing by business unit and SHU pools per unit', () => {
  it('the closing preview shows SHU per unit; the statements agree', () => {
    const p = tb.run('closing.preview', { year: 2025, tax: { mode: 'NONE' } })
    expect(p.problems).toEqual([])
    expect(p.byUnit).toEqual([
      { unit: 'SEMBAKO', name: 'Gerai Sembako', shu: 650_000 },
      { unit: 'KLINIK', name: 'Klinik Desa', shu: -100_000 },
      { unit: 'APOTEK', name: 'Apotek Desa', shu: 450_000 },
      { unit: null, name: 'Bersama (tanpa unit)', shu: -230_000 }
    ])
    expect(p.shu).toBe(SHU)
    const is = tb.run('statements.incomeStatement', { from: '2025-01-01', to: '2025-12-31', compare: false })
    const shuOf = (code: string) => is.shu.byUnit[is.units.findIndex((u) => u.code === code)]
    expect([shuOf('SEMBAKO'), shuOf('KLINIK'), shuOf('APOTEK'), shuOf('')]).toEqual([
      650_000, -100_000, 450_000, -230_000
    ])
  })

  it('pools: common costs by gross margin, a unit loss borne by the others, largest remainder', () => {
    const units = [
      { unit: 'SEMBAKO', name: 'S', result: 650_000, gross: 700_000, revenue: 4_200_000 },
      { unit: 'KLINIK', name: 'K', result: -100_000, gross: 0, revenue: 0 },
      { unit: 'APOTEK', name: 'A', result: 450_000, gross: 450_000, revenue: 1_200_000 }
    ]
    expect(unitPoolAmounts(units, -230_000, 'GROSS_MARGIN')).toEqual([
      { unit: 'SEMBAKO', result: 650_000, common: -140_000, lossOffset: -58_621, pool: 451_379 },
      { unit: 'KLINIK', result: -100_000, common: 0, lossOffset: 100_000, pool: 0 },
      { unit: 'APOTEK', result: 450_000, common: -90_000, lossOffset: -41_379, pool: 318_621 }
    ])
    // By revenue instead: 230.000 × 4.200/5.400 = 178.888,9 → 178.889; APOTEK 51.111.
    expect(unitPoolAmounts(units, -230_000, 'REVENUE').map((u) => u.common)).toEqual([-178_889, 0, -51_111])
  })

  it('a unit without member transactions: its jasa usaha by all transactions (default) or to cadangan', () => {
    // SEMBAKO pool 100.000: JM = JU = 20.000; KANTOR pool 50.000 (no member transactions): JM = JU = 10.000,
    // cadangan 50.000 − 30.000 = 20.000. A and B have equal S; T at SEMBAKO 300 and 100.
    const input = {
      shuAfterTax: 150_000,
      commonCosts: 'GROSS_MARGIN' as const,
      percentages: DEFAULT_PERCENTAGES,
      units: [
        { unit: 'KANTOR', name: 'K', result: 50_000, gross: 50_000, revenue: 50_000 },
        { unit: 'SEMBAKO', name: 'S', result: 100_000, gross: 100_000, revenue: 100_000 }
      ],
      members: [
        { memberNo: 'A', S: 100, T: { SEMBAKO: 300 } },
        { memberNo: 'B', S: 100, T: { SEMBAKO: 100 } }
      ]
    }
    const all = allocateUnitPools(input)
    expect(all.members.map((m) => [m.JMA, m.JUA])).toEqual([
      [15_000, 15_000 + 7_500],
      [15_000, 5_000 + 2_500]
    ])
    expect(all.components.find((c) => c.key === 'cadangan')!.amount).toBe(40_000 + 20_000)
    const toReserve = allocateUnitPools({ ...input, withoutTransactions: 'CADANGAN' })
    expect(toReserve.members.map((m) => [m.JMA, m.JUA])).toEqual([
      [15_000, 15_000],
      [15_000, 5_000]
    ])
    expect(toReserve.components.find((c) => c.key === 'cadangan')!.amount).toBe(40_000 + 30_000)
    expect(toReserve.components.reduce((t, c) => t + c.amount, 0)).toBe(150_000)
  })

  it("closes by unit; posts the SHU per pool; each unit's SHU Belum Dibagi goes to zero; everything ties", async () => {
    // A unit closed down during the year still has its result closed and its SHU posted.
    tb.run('units.setActive', { code: 'KLINIK', active: false })
    const closed = await ok<ClosingResult>(
      host.execute('closing.close', { year: 2025, date: '2026-01-10', tax: { mode: 'NONE' } })
    )
    expect(closed.byUnit.map((u) => [u.unit, u.shu])).toEqual([
      ['SEMBAKO', 650_000],
      ['KLINIK', -100_000],
      ['APOTEK', 450_000],
      [null, -230_000]
    ])
    const unitBalance = (unit: string, code: string, asOf: string) => {
      const r = tb.run('reports.trialBalance', { asOf, unit, includeZero: true }).rows.find((x) => x.code === code)
      return r ? r.closingCredit - r.closingDebit : 0
    }
    expect(unitBalance('SEMBAKO', '3-5102', '2025-12-31')).toBe(650_000)
    expect(unitBalance('KLINIK', '3-5102', '2025-12-31')).toBe(-100_000)
    for (const code of ['4-2101', '5-1101', '5-3201', '3-9999', '3-5101'])
      expect(unitBalance('SEMBAKO', code, '2025-12-31')).toBe(0)
    // The statements show it too: the CALK note of SHU per unit, with 3-5102 per unit after the closing.
    const note = tb
      .run('statements.calk', { from: '2025-01-01', to: '2025-12-31', compare: false })
      .notes.find((n) => n.key === 'shu-unit')!
    expect(note.table!.rows).toEqual([
      ['Gerai Sembako', 4_200_000, 650_000, 650_000],
      ['Klinik Desa', 0, -100_000, -100_000],
      ['Apotek Desa', 1_200_000, 450_000, 450_000],
      ['Tanpa unit', 0, -230_000, -230_000],
      ['Jumlah', 5_400_000, SHU, SHU]
    ])

    const sim = tb.run('shu.simulate', { year: 2025 })
    expect(sim.poolMode).toBe('UNIT_POOL')
    expect(sim.pools!.map((p) => [p.unit, p.common, p.lossOffset, p.pool, p.JMA, p.JUA])).toEqual([
      ['SEMBAKO', -140_000, -58_621, 451_379, 90_275, 90_275],
      ['KLINIK', 0, 100_000, 0, 0, 0],
      ['APOTEK', -90_000, -41_379, 318_621, 31_862, 127_448]
    ])
    const amount = (key: string) => sim.components.find((c) => c.key === key)!.amount
    expect([
      amount('cadangan'),
      amount('jasaModal'),
      amount('jasaUsaha'),
      amount('pengurus'),
      amount('karyawan'),
      amount('pendidikan'),
      amount('sosial'),
      amount('pembangunan')
    ]).toEqual([276_145, 122_137, 217_723, 38_499, 38_499, 38_499, 19_249, 19_249])
    expect(sim.members.map((m) => [m.memberNo, m.JMA, m.JUA, m.total])).toEqual([
      [expect.any(String), 61_069, 102_666, 163_735],
      [expect.any(String), 45_801, 30_092, 75_893],
      [expect.any(String), 15_267, 84_965, 100_232]
    ])

    const why = tb.run('shu.explain', { year: 2025, memberId: ids[0]! }).paragraphs.join(' ')
    expect(why).toContain('SHU dibagi per unit usaha')
    expect(why).toContain('Gerai Sembako Rp451.379 (dibagi menurut transaksi di unit itu)')
    expect(why).toContain('Jasa usaha Anda adalah jumlah bagian Anda dari jasa usaha tiap pool: Rp102.666')
    // The Lembar Anggota explains the pools in the member's own figures.
    const sheet = tb.run('panduan.memberSheet', { year: 2025, memberId: ids[0]! })
    expect(sheet.shu).toMatchObject({
      JMA: 61_069,
      JUA: 102_666,
      total: 163_735,
      unitPools: [
        { name: 'Gerai Sembako', pool: 451_379 },
        { name: 'Klinik Desa', pool: 0 },
        { name: 'Apotek Desa', pool: 318_621 }
      ]
    })
    const words = explainShu(sheet.shu, 2025, '2025-12-31').join(' ')
    expect(words).toContain('dibagi per unit usaha: Gerai Sembako Rp451.379, Apotek Desa Rp318.621')
    expect(words).toContain('JUA Anda dari semua unit = Rp102.666')
    const preview = tb.run('shu.postPreview', { year: 2025, date: '2026-03-01' })
    expect(preview.problems).toEqual([])
    expect(preview.lines.filter((l) => l.account === '3-5102').map((l) => [l.unit, l.debit, l.credit])).toEqual([
      ['SEMBAKO', 650_000, 0],
      ['KLINIK', 0, 100_000],
      ['APOTEK', 450_000, 0],
      [null, 0, 230_000]
    ])
    tb.run('shu.post', { year: 2025, date: '2026-03-01', decisionRef: 'RAT 2026' })
    for (const u of ['SEMBAKO', 'KLINIK', 'APOTEK']) expect(unitBalance(u, '3-5102', '2026-03-01')).toBe(0)
    const all = tb.run('reports.trialBalance', { asOf: '2026-03-01', includeZero: true }).rows
    const bal = (code: string) => {
      const r = all.find((x) => x.code === code)!
      return r.closingCredit - r.closingDebit
    }
    expect(bal('3-5102')).toBe(0)
    expect(bal('2-1601')).toBe(339_860)
    tb.run('shu.pay', { year: 2025, date: '2026-03-05', method: 'SIMPANAN_SUKARELA' })
    expect(shuTieOut(tb.book)).toMatchObject({ ok: true })
    expect(tb.run('savings.tieOut', {}).ok).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('refuses a per-unit table for a unit that does not exist', () => {
    const e = tb.fail('shu.setSettings', {
      year: 2027,
      percentages: {
        cadangan: '40',
        jasaModal: '20',
        jasaUsaha: '20',
        pengurus: '5',
        karyawan: '5',
        pendidikan: '5',
        sosial: '2,5',
        pembangunan: '2,5'
      },
      poolMode: 'UNIT_POOL',
      unitPools: {
        percentages: {
          TIDAKADA: {
            cadangan: '100',
            jasaModal: '0',
            jasaUsaha: '0',
            pengurus: '0',
            karyawan: '0',
            pendidikan: '0',
            sosial: '0',
            pembangunan: '0'
          }
        }
      }
    })
    expect(e.field).toBe('unitPools.percentages.TIDAKADA')
  })
})
