import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  allocate,
  allocateComponents,
  allocateSplit,
  compareMemberNo,
  DEFAULT_PERCENTAGES,
  splitPool,
  validatePercentages,
  type PercentTable
} from '../../../shared/shu/allocate'

/** DOMAIN.md §5.5 worked example. */
const SHU = 6_532_150
const MEMBERS = [
  { memberNo: 'A', S: 1_600_000, T: 19_170_000 },
  { memberNo: 'B', S: 2_350_000, T: 9_410_000 },
  { memberNo: 'C', S: 550_000, T: 3_333_000 }
]
const amounts = (cs: { key: string; amount: number }[]) => Object.fromEntries(cs.map((c) => [c.key, c.amount]))

describe('DOMAIN §5.5 fixture to the rupiah', () => {
  it('components: floor each, cadangan takes the rest', () => {
    const cs = allocateComponents(SHU, DEFAULT_PERCENTAGES)
    expect(amounts(cs)).toEqual({
      cadangan: 2_612_863,
      jasaModal: 1_306_430,
      jasaUsaha: 1_306_430,
      pengurus: 326_607,
      karyawan: 326_607,
      pendidikan: 326_607,
      sosial: 163_303,
      pembangunan: 163_303
    })
    expect(cs.reduce((s, c) => s + c.amount, 0)).toBe(SHU)
    expect(cs.find((c) => c.key === 'sosial')).toMatchObject({ percent: '2.5', account: '2-1605', name: 'Dana Sosial' })
  })

  it('members by largest remainder: A/B/C JMA, JUA, total', () => {
    const a = allocate({ shuAfterTax: SHU, percentages: DEFAULT_PERCENTAGES, members: MEMBERS })
    expect(a.members.map((m) => [m.memberNo, m.JMA, m.JUA, m.total])).toEqual([
      ['A', 464_508, 784_767, 1_249_275],
      ['B', 682_247, 385_219, 1_067_466],
      ['C', 159_675, 136_444, 296_119]
    ])
    expect(a.totals).toMatchObject({ S: 4_500_000, T: 31_913_000, JMA: 1_306_430, JUA: 1_306_430, total: 2_612_860 })
    expect(a.members[0]!.jmaExact).toBe('464508.444444')
    expect(a.adjustments).toEqual([])
  })

  it('FLOOR_TO_RESERVE: members floored, Rp4 to cadangan', () => {
    const a = allocate(
      { shuAfterTax: SHU, percentages: DEFAULT_PERCENTAGES, members: MEMBERS },
      { rounding: 'FLOOR_TO_RESERVE' }
    )
    expect(a.members.map((m) => m.total)).toEqual([1_249_274, 1_067_465, 296_117])
    expect(a.totals.total).toBe(2_612_856)
    const c = amounts(a.components)
    expect(c.cadangan).toBe(2_612_867)
    expect(c.jasaModal! + c.jasaUsaha!).toBe(2_612_856)
    expect(a.components.reduce((s, x) => s + x.amount, 0)).toBe(SHU)
  })

  it('cash rounding down to Rp100, difference to dana sosial', () => {
    const a = allocate(
      { shuAfterTax: SHU, percentages: DEFAULT_PERCENTAGES, members: MEMBERS },
      { payoutRoundTo: 100, payoutRemainderTo: 'sosial' }
    )
    expect(a.members.map((m) => m.payout)).toEqual([1_249_200, 1_067_400, 296_100])
    const c = amounts(a.components)
    expect(c.sosial).toBe(163_303 + 75 + 66 + 19)
    expect(c.jasaModal! + c.jasaUsaha!).toBe(a.totals.payout)
    expect(a.components.reduce((s, x) => s + x.amount, 0)).toBe(SHU)
  })

  it('SPLIT_POOL: 4.636.499 from members, 1.895.651 from non-members', () => {
    expect(
      splitPool({ memberGross: 7_857_450, nonMemberGross: 11_070_000 - 7_857_450, shuAfterTax: SHU })
    ).toMatchObject({ member: 4_636_499, nonMember: 1_895_651, commonCosts: 4_537_850 })
    const a = allocateSplit({
      shuAfterTax: SHU,
      percentages: DEFAULT_PERCENTAGES,
      members: MEMBERS,
      memberGross: 7_857_450,
      nonMemberGross: 3_212_550
    })
    const c = amounts(a.components)
    // Member part: JM = JU = floor(4.636.499 × 20 %) = 927.299; non-member JM/JU go to cadangan.
    expect(c.jasaModal).toBe(927_299)
    expect(c.jasaUsaha).toBe(927_299)
    expect(a.totals.total).toBe(927_299 * 2)
    expect(a.parts.nonMember.components.find((x) => x.key === 'cadangan')!.amount).toBe(
      1_895_651 - 3 * Math.floor(1_895_651 * 0.05) - 2 * Math.floor(1_895_651 * 0.025)
    )
    expect(a.components.reduce((s, x) => s + x.amount, 0)).toBe(SHU)
  })

  it('loss year: nothing distributed', () => {
    for (const shu of [0, -1_250_000]) {
      const a = allocate({ shuAfterTax: shu, percentages: DEFAULT_PERCENTAGES, members: MEMBERS })
      expect(a.loss).toBe(true)
      expect(a.components.every((c) => c.amount === 0)).toBe(true)
      expect(a.members.every((m) => m.total === 0)).toBe(true)
      expect(a.message).toMatch(/tidak ada SHU yang dibagi/)
    }
  })
})

describe('validation §5.3', () => {
  const t = (p: Partial<PercentTable>) => validatePercentages({ ...DEFAULT_PERCENTAGES, ...p })
  it('refuses Σ ≠ 100, cadangan 0, JM + JU 0, bad values', () => {
    expect(t({})).toEqual([])
    expect(t({ sosial: '2,5', pembangunan: '2,5' })).toEqual([])
    expect(t({ sosial: '3' })).toEqual([
      { field: 'percentages', message: 'Jumlah persentase: harus tepat 100 %, sekarang 100,5 %' }
    ])
    expect(t({ cadangan: '0', pengurus: '45' })[0]).toMatchObject({
      field: 'percentages.cadangan',
      message: expect.stringMatching(/^Dana cadangan: harus lebih dari 0 %/)
    })
    expect(t({ jasaModal: '0', jasaUsaha: '0', cadangan: '80' })[0]).toMatchObject({
      field: 'percentages.jasaModal',
      message: expect.stringMatching(/^Jasa modal \+ jasa usaha/)
    })
    expect(t({ pendidikan: 'lima' })[0]).toMatchObject({
      field: 'percentages.pendidikan',
      message: expect.stringMatching(/^Dana pendidikan: harus berupa persen/)
    })
  })
  it('custom extra components', () => {
    const p: PercentTable = { ...DEFAULT_PERCENTAGES, cadangan: '35', others: [{ name: 'Dana Audit', percent: '5' }] }
    expect(validatePercentages(p)).toEqual([])
    const cs = allocateComponents(SHU, p)
    expect(cs.find((c) => c.name === 'Dana Audit')).toMatchObject({ account: '2-1607', amount: 326_607 })
    expect(cs.reduce((s, c) => s + c.amount, 0)).toBe(SHU)
    expect(() => allocateComponents(SHU, { ...DEFAULT_PERCENTAGES, cadangan: '0' })).toThrow(/Dana cadangan/)
  })
})

describe('properties', () => {
  const pctArb = fc
    .tuple(
      fc.integer({ min: 1, max: 600 }),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 300 }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 })
    )
    .filter(([, jm, ju, rest]) => jm + ju > 0 && rest.reduce((s, v) => s + v, 0) + jm + ju < 1000)
    .map(([, jm, ju, rest]): PercentTable => {
      const used = jm + ju + rest.reduce((s, v) => s + v, 0)
      const f = (n: number) => (n / 10).toString()
      return {
        cadangan: f(1000 - used),
        jasaModal: f(jm),
        jasaUsaha: f(ju),
        pengurus: f(rest[0]!),
        karyawan: f(rest[1]!),
        pendidikan: f(rest[2]!),
        sosial: f(rest[3]!),
        pembangunan: f(rest[4]!)
      }
    })
  const membersArb = fc.uniqueArray(
    fc.record({
      memberNo: fc.stringMatching(/^[A-C]-[0-9]{1,4}$/),
      S: fc.integer({ min: 0, max: 50_000_000 }),
      T: fc.integer({ min: 0, max: 200_000_000 })
    }),
    { selector: (m) => m.memberNo, maxLength: 60 }
  )

  it('Σ components = SHU, Σ JMA = JM, Σ JUA = JU, every share ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000_000 }),
        pctArb,
        membersArb,
        fc.constantFrom('LARGEST_REMAINDER', 'FLOOR_TO_RESERVE' as const),
        (shu, p, members, rounding) => {
          const a = allocate({ shuAfterTax: shu, percentages: p, members }, { rounding })
          expect(a.components.reduce((s, c) => s + c.amount, 0)).toBe(shu)
          const jm = a.components.find((c) => c.key === 'jasaModal')!
          const ju = a.components.find((c) => c.key === 'jasaUsaha')!
          expect(a.totals.JMA).toBe(jm.amount)
          expect(a.totals.JUA).toBe(ju.amount)
          if (rounding === 'LARGEST_REMAINDER' && a.totals.S > 0) expect(a.totals.JMA).toBe(jm.nominal)
          if (rounding === 'LARGEST_REMAINDER' && a.totals.T > 0) expect(a.totals.JUA).toBe(ju.nominal)
          for (const m of a.members) {
            expect(m.JMA).toBeGreaterThanOrEqual(0)
            expect(m.JUA).toBeGreaterThanOrEqual(0)
            expect(m.total).toBe(m.JMA + m.JUA)
            // Never more than one rupiah from the exact share.
            expect(Math.abs(m.JMA - Number(m.jmaExact))).toBeLessThan(1)
          }
          expect(a.components.every((c) => c.amount >= 0)).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('tie-break: deterministic, independent of input order, to the lower member number', () => {
    fc.assert(
      fc.property(membersArb, fc.integer({ min: 1, max: 10_000_000 }), (members, shu) => {
        const a = allocate({ shuAfterTax: shu, percentages: DEFAULT_PERCENTAGES, members })
        const b = allocate({ shuAfterTax: shu, percentages: DEFAULT_PERCENTAGES, members: [...members].reverse() })
        expect(b.members).toEqual(a.members)
      }),
      { numRuns: 200 }
    )
    // Three equal members, pool 100 each 33,33…: the extra rupiah goes to A-2 (natural order before A-10).
    const eq = allocate({
      shuAfterTax: 500,
      percentages: DEFAULT_PERCENTAGES,
      members: [
        { memberNo: 'A-10', S: 1, T: 1 },
        { memberNo: 'A-2', S: 1, T: 1 },
        { memberNo: 'A-3', S: 1, T: 1 }
      ]
    })
    expect(eq.members.map((m) => [m.memberNo, m.JMA])).toEqual([
      ['A-2', 34],
      ['A-3', 33],
      ['A-10', 33]
    ])
    expect(compareMemberNo('A-2', 'A-10')).toBeLessThan(0)
  })
})

describe('SPLIT_POOL edge: member part without SHU', () => {
  it('a profit made only with non-members goes to the funds, not to members', () => {
    const a = allocateSplit({
      shuAfterTax: 1_000_000,
      percentages: DEFAULT_PERCENTAGES,
      members: MEMBERS,
      memberGross: 0,
      nonMemberGross: 1_500_000
    })
    expect(a.loss).toBe(false)
    expect(a.totals.total).toBe(0)
    expect(a.components.reduce((s, c) => s + c.amount, 0)).toBe(1_000_000)
    expect(a.message).toMatch(/tidak ada jasa anggota/)
  })
})
