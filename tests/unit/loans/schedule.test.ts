import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveMonthlyRate, lateFeePerDay, loanSchedule } from '../../../shared/loans/schedule'
import { join } from 'node:path'
import { cliBatch } from '../../helpers/cli'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'

const base = { principal: 12_000_000, ratePerMonth: '1.5', tenorMonths: 12 }
const rows = (s: ReturnType<typeof loanSchedule>) =>
  s.installments.map((i) => [i.no, i.pokok, i.jasa, i.angsuran, i.sisa])

describe('DOMAIN.md §4.2 worked example: P = Rp12.000.000, r = 1,5 %/bulan, n = 12', () => {
  it('flat: 1.000.000 + 180.000 = 1.180.000 every month, total jasa 2.160.000', () => {
    const s = loanSchedule({ ...base, method: 'flat' })
    expect(s.installments.every((i) => i.pokok === 1_000_000 && i.jasa === 180_000 && i.angsuran === 1_180_000)).toBe(
      true
    )
    expect(s.installments.map((i) => i.sisa)).toEqual(
      Array.from({ length: 12 }, (_, k) => 12_000_000 - 1_000_000 * (k + 1))
    )
    expect(s.totalJasa).toBe(2_160_000)
  })

  it('efektif: jasa on the declining balance, total 1.170.000', () => {
    const s = loanSchedule({ ...base, method: 'efektif' })
    expect(s.installments.map((i) => i.jasa)).toEqual([
      180_000, 165_000, 150_000, 135_000, 120_000, 105_000, 90_000, 75_000, 60_000, 45_000, 30_000, 15_000
    ])
    expect(s.installments.map((i) => i.angsuran)).toEqual([
      1_180_000, 1_165_000, 1_150_000, 1_135_000, 1_120_000, 1_105_000, 1_090_000, 1_075_000, 1_060_000, 1_045_000,
      1_030_000, 1_015_000
    ])
    expect(s.totalJasa).toBe(1_170_000)
  })

  it('anuitas: A = 1.100.160, the table to the rupiah, total jasa 1.201.920', () => {
    const s = loanSchedule({ ...base, method: 'anuitas' })
    expect(rows(s)).toEqual([
      [1, 920_160, 180_000, 1_100_160, 11_079_840],
      [2, 933_962, 166_198, 1_100_160, 10_145_878],
      [3, 947_972, 152_188, 1_100_160, 9_197_906],
      [4, 962_191, 137_969, 1_100_160, 8_235_715],
      [5, 976_624, 123_536, 1_100_160, 7_259_091],
      [6, 991_274, 108_886, 1_100_160, 6_267_817],
      [7, 1_006_143, 94_017, 1_100_160, 5_261_674],
      [8, 1_021_235, 78_925, 1_100_160, 4_240_439],
      [9, 1_036_553, 63_607, 1_100_160, 3_203_886],
      [10, 1_052_102, 48_058, 1_100_160, 2_151_784],
      [11, 1_067_883, 32_277, 1_100_160, 1_083_901],
      [12, 1_083_901, 16_259, 1_100_160, 0]
    ])
    expect(s.totalJasa).toBe(1_201_920)
    expect(s.totalAngsuran).toBe(13_201_920)
  })

  it('rounding vector: flat, P = 1.000.000, 2 %, 3 months → 333.333 / 333.333 / 333.334, jasa 20.000', () => {
    const s = loanSchedule({ principal: 1_000_000, ratePerMonth: '2', tenorMonths: 3, method: 'flat' })
    expect(s.installments.map((i) => [i.pokok, i.jasa])).toEqual([
      [333_333, 20_000],
      [333_333, 20_000],
      [333_334, 20_000]
    ])
  })

  it('the effective rate of the flat loan is ≈ 2,643 %/bulan', () => {
    expect(effectiveMonthlyRate(12_000_000, loanSchedule({ ...base, method: 'flat' }).installments)).toBe('2.643')
    expect(effectiveMonthlyRate(12_000_000, loanSchedule({ ...base, method: 'anuitas' }).installments)).toBe('1.500')
  })

  it('rounding the installment up to Rp1.000 puts the excess into principal; the last installment absorbs the rest', () => {
    const s = loanSchedule({ ...base, method: 'anuitas', roundUpTo: 1000 })
    expect(s.installments.slice(0, -1).every((i) => i.angsuran % 1000 === 0)).toBe(true)
    expect(s.installments[0]).toMatchObject({ angsuran: 1_101_000, jasa: 180_000, pokok: 921_000 })
    expect(s.totalPokok).toBe(12_000_000)
    expect(s.installments.at(-1)!.sisa).toBe(0)
  })
})

describe('denda, DOMAIN.md §4.3', () => {
  it('installment 1.180.000, 10 days late, grace 3 days, 0,1 %/day → Rp8.260', () => {
    expect(lateFeePerDay(1_180_000, 10, 3, '0.1')).toBe(8_260)
    expect(lateFeePerDay(1_180_000, 3, 3, '0.1')).toBe(0)
    // Half-up at exactly .5: 1.000.005 × 0,05 % × 1 = 500,0025 → 500; 1.001 × 0,05 % × 1 = 0,5005 → 1; 1.000 × 0,05 % = 0,5 → 1.
    expect(lateFeePerDay(1_000_005, 4, 3, '0.05')).toBe(500)
    expect(lateFeePerDay(1_000, 4, 3, '0.05')).toBe(1)
    expect(lateFeePerDay(999, 4, 3, '0.05')).toBe(0)
  })

  it('equals installment × percent ÷ 100 × days past grace, half-up, for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 300_000 }).map((e4) => new Decimal(e4).div(10_000).toString()),
        (installment, late, grace, percent) => {
          const expected = new Decimal(installment)
            .mul(percent)
            .div(100)
            .mul(Math.max(0, late - grace))
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
            .toNumber()
          expect(lateFeePerDay(installment, late, grace, percent)).toBe(expected)
        }
      ),
      { numRuns: 3000 }
    )
  })
})

describe('property: any principal, rate, tenor and method', () => {
  it('Σ pokok = principal, the balance ends at 0, every jasa ≥ 0, balances never rise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 500 }).map((bp) => (bp / 100).toString()),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('flat', 'efektif', 'anuitas'),
        fc.constantFrom(0, 100, 1000),
        (principal, rate, n, method, roundUpTo) => {
          const s = loanSchedule({
            principal,
            ratePerMonth: rate,
            tenorMonths: n,
            method,
            roundUpTo: roundUpTo as 0 | 100 | 1000
          })
          expect(s.totalPokok).toBe(principal)
          expect(s.installments.at(-1)!.sisa).toBe(0)
          expect(s.installments.length).toBeLessThanOrEqual(n)
          let prev = principal
          for (const i of s.installments) {
            expect(i.jasa).toBeGreaterThanOrEqual(0)
            expect(i.pokok).toBeGreaterThanOrEqual(0)
            expect(i.sisa).toBeLessThanOrEqual(prev)
            expect(Number.isSafeInteger(i.angsuran)).toBe(true)
            prev = i.sisa
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('loans.schedulePreview through the CLI', () => {
  it('answers the issue’s example input with whole rupiah', () => {
    const t = tempDir('lumbung-pinjaman-')
    try {
      const file = join(t.dir, 'buku.sqlite')
      // One CLI process for the three calls (batch mode), not one process each.
      const [setup, r, bad] = cliBatch(file, [
        {
          command: 'setup.initialize',
          input: { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' }
        },
        {
          command: 'loans.schedulePreview',
          input: { principal: 12000000, ratePerMonth: '1.5', tenorMonths: 12, method: 'anuitas' }
        },
        {
          command: 'loans.schedulePreview',
          input: { principal: 1.5, ratePerMonth: '1.5', tenorMonths: 12, method: 'anuitas' }
        }
      ]).lines
      expect(setup!.ok).toBe(true)
      expect(r!.ok).toBe(true)
      const out = r!.result as {
        installments: { no: number; pokok: number; jasa: number; angsuran: number; sisa: number }[]
        totalJasa: number
      }
      expect(out.totalJasa).toBe(1_201_920)
      expect(out.installments[0]).toEqual({
        no: 1,
        pokok: 920_160,
        jasa: 180_000,
        angsuran: 1_100_160,
        sisa: 11_079_840
      })
      expect(bad!.ok).toBe(false)
      expect(bad!.error!.field).toBe('principal')
    } finally {
      t.cleanup()
    }
  })
})
