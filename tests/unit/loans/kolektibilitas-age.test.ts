import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { classify, DEFAULT_PROVISION_POLICY, diragukanSince } from '../../../shared/loans/provisioning'
import { createTestBook, type TestBook } from '../../helpers/book'

/**
 * The age rules of DOMAIN.md §4.4 beyond the day bands: past 270 days a loan whose agunan pengurang
 * covers 75 % of baki debet + jasa tertunggak stays Diragukan, and a loan Diragukan for 21 months
 * (from the day it entered the band, day 181) is Macet. Dates and days below are counted by hand.
 */
describe('kolektibilitas age rules (pure)', () => {
  // First due 1 January 2024 (a leap year): day 181 late is 30 June 2024 (31+29+31+30+31 = 152 → 1 June, +29).
  const standing = (asOf: string, collateral: number, debt: number) => ({ asOf, collateral, debt })

  it('a loan enters Diragukan on day 181 and 21 months later is Macet, at the day', () => {
    expect(diragukanSince('2024-06-30', 181, DEFAULT_PROVISION_POLICY)).toBe('2024-06-30')
    // 30 March 2026: 366 (2024) + 365 (2025) + 31 + 28 + 29 = 819 days after 1 January 2024.
    expect(diragukanSince('2026-03-30', 819, DEFAULT_PROVISION_POLICY)).toBe('2024-06-30')
    expect(classify(818, DEFAULT_PROVISION_POLICY, standing('2026-03-29', 2_000_000, 1_000_000))).toBe('DIRAGUKAN')
    expect(classify(819, DEFAULT_PROVISION_POLICY, standing('2026-03-30', 2_000_000, 1_000_000))).toBe('MACET')
    // With a Diragukan band wider than 21 months the month rule decides even without collateral.
    const wide = { ...DEFAULT_PROVISION_POLICY, maxDays: { LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 3650 } }
    expect(classify(818, wide, standing('2026-03-29', 0, 1_000_000))).toBe('DIRAGUKAN')
    expect(classify(819, wide, standing('2026-03-30', 0, 1_000_000))).toBe('MACET')
    expect(classify(819, { ...wide, macetAfterDiragukanMonths: 24 }, standing('2026-03-30', 0, 1_000_000))).toBe(
      'DIRAGUKAN'
    )
  })

  it('past 270 days the collateral test keeps Diragukan at exactly 75 % and not below', () => {
    expect(classify(270, DEFAULT_PROVISION_POLICY, standing('2024-09-27', 0, 1_000))).toBe('DIRAGUKAN')
    expect(classify(271, DEFAULT_PROVISION_POLICY, standing('2024-09-28', 750, 1_000))).toBe('DIRAGUKAN')
    expect(classify(271, DEFAULT_PROVISION_POLICY, standing('2024-09-28', 749, 1_000))).toBe('MACET')
    expect(
      classify(
        271,
        { ...DEFAULT_PROVISION_POLICY, diragukanCollateralPercent: '100' },
        standing('2024-09-28', 999, 1_000)
      )
    ).toBe('MACET')
    expect(
      classify(
        271,
        { ...DEFAULT_PROVISION_POLICY, diragukanCollateralPercent: null },
        standing('2024-09-28', 5_000, 1_000)
      )
    ).toBe('MACET')
    // Without the standing (no date, no collateral) the day bands alone decide, as before.
    expect(classify(271)).toBe('MACET')
    expect(classify(180, DEFAULT_PROVISION_POLICY, standing('2024-06-29', 5_000, 1_000))).toBe('KURANG_LANCAR')
  })
})

let tb: TestBook
let loanId: number
beforeEach(async () => {
  tb = await createTestBook({ now: new Date('2028-06-01T03:00:00Z') })
  tb.run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  const siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-02' }).id
  // Flat 1.200.000 over 12 months: pokok 100.000 and jasa 18.000 a month, first due 5 February 2026, never paid.
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 50_000_000,
    provisiPercent: '0',
    graceDays: 3,
    dendaMode: 'TETAP',
    dendaValue: '0'
  })
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2026-01-05'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-05' })
  loanId = tb.run('loans.disburse', { loanId: a.id, date: '2026-01-05', firstDueDate: '2026-02-05' }).id
})
afterEach(() => tb.close())

describe('kolektibilitas age rules in the book (arrears, portfolio, write-off)', () => {
  const cls = (asOf: string) => tb.run('loans.arrears', { asOf }).rows.find((r) => r.loanId === loanId)!.kolektibilitas
  const portfolioClass = (asOf: string) => {
    const p = tb.run('loans.portfolio', { asOf }).provision.byClass
    return (['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET'] as const).find((c) => p[c].count === 1)
  }

  it('3 November 2026 (day 271): collateral 75 % of 1.200.000 + 9 × 18.000 = 1.362.000 keeps it Diragukan', () => {
    // 5 Feb → 5 Aug 2026 = 28+31+30+31+30+31 = 181 days; → 3 Nov = +31+30+29 = 271.
    tb.run('loans.setCollateral', { loanId, agunanPengurang: 1_021_500, effectiveFrom: '2026-01-05' })
    expect(cls('2026-11-02')).toBe('DIRAGUKAN') // day 270, within the band
    expect(cls('2026-11-03')).toBe('DIRAGUKAN')
    expect(portfolioClass('2026-11-03')).toBe('DIRAGUKAN')
    // PPAPWD Diragukan: 50 % × (1.200.000 − 1.021.500) = 89.250.
    expect(tb.run('loans.portfolio', { asOf: '2026-11-03' }).provision.byClass.DIRAGUKAN.ppapwd).toBe(89_250)
    expect(tb.run('loans.writeOffPreview', { loanId, date: '2026-11-03' }).kolektibilitas).toBe('DIRAGUKAN')
    // One rupiah less than 75 % (1.021.499): Macet, and PPAPWD 100 % × 178.501.
    tb.run('loans.setCollateral', { loanId, agunanPengurang: 1_021_499, effectiveFrom: '2026-11-01' })
    expect(cls('2026-11-03')).toBe('MACET')
    expect(portfolioClass('2026-11-03')).toBe('MACET')
    expect(tb.run('loans.portfolio', { asOf: '2026-11-03' }).provision.byClass.MACET.ppapwd).toBe(178_501)
    expect(tb.run('loans.writeOffPreview', { loanId, date: '2026-11-03' }).kolektibilitas).toBe('MACET')
  })

  it('Diragukan since 5 August 2026 becomes Macet on 5 May 2028, 21 months later', () => {
    // After maturity (last due 5 January 2027) the debt is 1.200.000 + 12 × 18.000 = 1.416.000; 75 % = 1.062.000.
    tb.run('loans.setCollateral', { loanId, agunanPengurang: 1_100_000, effectiveFrom: '2026-01-05' })
    expect(cls('2028-05-04')).toBe('DIRAGUKAN')
    expect(portfolioClass('2028-05-04')).toBe('DIRAGUKAN')
    expect(cls('2028-05-05')).toBe('MACET')
    expect(portfolioClass('2028-05-05')).toBe('MACET')
    // The months are a setting: with 24 months it stays Diragukan on 5 May 2028.
    const policy = tb.run('loans.policy', {})
    tb.run('loans.setPolicy', {
      provision: { maxDays: policy.provision.maxDays, rates: policy.provision.rates, macetAfterDiragukanMonths: 24 }
    })
    expect(tb.run('loans.policy', {}).provision).toMatchObject({
      macetAfterDiragukanMonths: 24,
      diragukanCollateralPercent: '75'
    })
    expect(cls('2028-05-05')).toBe('DIRAGUKAN')
    // Switching the collateral test off: past 270 days it is Macet by days alone.
    tb.run('loans.setPolicy', {
      provision: { maxDays: policy.provision.maxDays, rates: policy.provision.rates, diragukanCollateralPercent: null }
    })
    expect(cls('2026-11-03')).toBe('MACET')
    expect(
      tb.fail('loans.setPolicy', {
        provision: { maxDays: policy.provision.maxDays, rates: policy.provision.rates, macetAfterDiragukanMonths: 0 }
      }).field
    ).toBe('provision.macetAfterDiragukanMonths')
  })
})
