import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, portfolioProvision, requiredProvision } from '../../../shared/loans/provisioning'

describe('kolektibilitas and PPAP, DOMAIN.md §4.4', () => {
  it('classifies days past due by the default bands', () => {
    expect([0, 90, 91, 180, 181, 270, 271, 5000].map((d) => classify(d))).toEqual([
      'LANCAR',
      'LANCAR',
      'KURANG_LANCAR',
      'KURANG_LANCAR',
      'DIRAGUKAN',
      'DIRAGUKAN',
      'MACET',
      'MACET'
    ])
    expect(
      classify(10, {
        maxDays: { LANCAR: 0, KURANG_LANCAR: 120, DIRAGUKAN: 180 },
        rates: { LANCAR: '1', KURANG_LANCAR: '10', DIRAGUKAN: '50', MACET: '100' }
      })
    ).toBe('KURANG_LANCAR')
  })

  it('the PPAPWD test vector: total 4.500.000, NPL 12,28 %, legacy risk 9.000.000', () => {
    expect(requiredProvision('LANCAR', 100_000_000, 50_000_000)).toBe(500_000)
    expect(requiredProvision('KURANG_LANCAR', 8_000_000, 3_000_000)).toBe(500_000)
    expect(requiredProvision('DIRAGUKAN', 4_000_000)).toBe(2_000_000)
    expect(requiredProvision('MACET', 2_000_000, 500_000)).toBe(1_500_000)
    expect(requiredProvision('MACET', 2_000_000, 3_000_000)).toBe(0)
    const p = portfolioProvision([
      { bakiDebet: 100_000_000, kolektibilitas: 'LANCAR' },
      { bakiDebet: 8_000_000, agunanPengurang: 3_000_000, kolektibilitas: 'KURANG_LANCAR' },
      { bakiDebet: 4_000_000, kolektibilitas: 'DIRAGUKAN' },
      { bakiDebet: 2_000_000, agunanPengurang: 500_000, kolektibilitas: 'MACET' }
    ])
    expect(p.total).toEqual({ count: 4, bakiDebet: 114_000_000, ppapwd: 4_500_000 })
    expect(p.nplPercent).toBe('12.28')
    expect(p.riskWeighted).toBe(9_000_000)
  })

  it('rounds every loan half-up to the rupiah, in whole numbers as in decimal arithmetic', () => {
    // The reference: base × rate ÷ 100 in decimal.js, half-up (the rule DOMAIN.md §4.4 names).
    const reference = (base: number, rate: string) =>
      new Decimal(base).mul(rate).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
    expect(requiredProvision('LANCAR', 1_001, 0)).toBe(5) // 5,005 → 5
    expect(requiredProvision('LANCAR', 1_100, 0)).toBe(6) // 5,5 → 6
    expect(
      requiredProvision('KURANG_LANCAR', 12_345, 0, {
        maxDays: { LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 270 },
        rates: { LANCAR: '0.5', KURANG_LANCAR: '12.75', DIRAGUKAN: '50', MACET: '100' }
      })
    ).toBe(1_574) // 1.573,9875
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        (base, digits, scale) => {
          const rate = new Decimal(digits).div(10 ** scale).toFixed(scale)
          const policy = {
            maxDays: { LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 270 },
            rates: { LANCAR: rate, KURANG_LANCAR: rate, DIRAGUKAN: rate, MACET: rate }
          }
          expect(requiredProvision('LANCAR', base, 0, policy)).toBe(reference(base, rate))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
