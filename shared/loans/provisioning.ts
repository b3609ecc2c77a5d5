import Decimal from 'decimal.js'
import { addDays, addMonths } from '../dates/calendar'

/**
 * Kolektibilitas and PPAP (DOMAIN.md §4.4). Day bands and rates are ASSUMED defaults from the
 * BPR-style table cooperative practice mirrors; a cooperative can replace them.
 */
export type Kolektibilitas = 'LANCAR' | 'KURANG_LANCAR' | 'DIRAGUKAN' | 'MACET'

export const KOLEKTIBILITAS_LABELS: Record<Kolektibilitas, string> = {
  LANCAR: 'Lancar',
  KURANG_LANCAR: 'Kurang lancar',
  DIRAGUKAN: 'Diragukan',
  MACET: 'Macet'
}

export interface ProvisionPolicy {
  /** Highest days past due still in the class; MACET is everything above DIRAGUKAN. */
  maxDays: { LANCAR: number; KURANG_LANCAR: number; DIRAGUKAN: number }
  /** Percent of the base: baki debet for Lancar, baki debet − agunan pengurang for the others. */
  rates: Record<Kolektibilitas, string>
  /**
   * Legacy rule (§4.4): past the Diragukan days a loan stays Diragukan while its agunan pengurang
   * covers at least this percent of the debt (baki debet + jasa tertunggak); null switches the test
   * off. ASSUMED default 75 (the "can still be saved" branch; 100 is the "cannot be saved" one).
   */
  diragukanCollateralPercent?: string | null
  /** §4.4: a loan still Diragukan this many months after it became Diragukan is Macet (VERIFIED 21). */
  macetAfterDiragukanMonths?: number
}

const MACET_AFTER_DIRAGUKAN_MONTHS = 21

export const DEFAULT_PROVISION_POLICY: ProvisionPolicy = {
  maxDays: { LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 270 },
  rates: { LANCAR: '0.5', KURANG_LANCAR: '10', DIRAGUKAN: '50', MACET: '100' },
  diragukanCollateralPercent: '75',
  macetAfterDiragukanMonths: MACET_AFTER_DIRAGUKAN_MONTHS
}

/** A stored or partial policy over the defaults (policies saved before the age rules lack them). */
export function withProvisionDefaults(p: Partial<ProvisionPolicy> | null | undefined): Required<ProvisionPolicy> {
  return { ...(DEFAULT_PROVISION_POLICY as Required<ProvisionPolicy>), ...(p ?? {}) }
}

/** What the age rules need besides the days: the date, the agunan pengurang and the debt incl. jasa tertunggak. */
export interface LoanStanding {
  asOf: string
  collateral: number
  debt: number
}

/**
 * The day a run of arrears reached the Diragukan band: the loan is `daysPastDue` days late on
 * `asOf`, so it was (maxDays.KURANG_LANCAR + 1) days late on this date.
 */
export function diragukanSince(asOf: string, daysPastDue: number, policy: ProvisionPolicy): string {
  return addDays(asOf, policy.maxDays.KURANG_LANCAR + 1 - daysPastDue)
}

/**
 * Kolektibilitas by days past due (§4.4 bands), with the age rules when the standing is known: past
 * the Diragukan days a loan whose collateral covers the set percent of its debt stays Diragukan;
 * Diragukan for `macetAfterDiragukanMonths` months (from the day it entered the band) is Macet.
 */
export function classify(
  daysPastDue: number,
  policy: ProvisionPolicy = DEFAULT_PROVISION_POLICY,
  standing?: LoanStanding
): Kolektibilitas {
  if (daysPastDue <= policy.maxDays.LANCAR) return 'LANCAR'
  if (daysPastDue <= policy.maxDays.KURANG_LANCAR) return 'KURANG_LANCAR'
  const months = policy.macetAfterDiragukanMonths ?? MACET_AFTER_DIRAGUKAN_MONTHS
  if (standing && addMonths(diragukanSince(standing.asOf, daysPastDue, policy), months) <= standing.asOf) return 'MACET'
  if (daysPastDue <= policy.maxDays.DIRAGUKAN) return 'DIRAGUKAN'
  return standing && collateralKeepsDiragukan(standing, policy) ? 'DIRAGUKAN' : 'MACET'
}

/** collateral ≥ percent × debt, exactly (collateral × 100 ≥ percent × debt); an omitted setting takes the default. */
function collateralKeepsDiragukan(s: LoanStanding, policy: ProvisionPolicy): boolean {
  const pct =
    policy.diragukanCollateralPercent === undefined
      ? DEFAULT_PROVISION_POLICY.diragukanCollateralPercent!
      : policy.diragukanCollateralPercent
  if (pct === null || s.collateral <= 0) return false
  return new Decimal(s.collateral).mul(100).gte(new Decimal(pct).mul(s.debt))
}

/** A percent rate as an integer fraction: '12.75' → 1275 / 10000 of the base. */
const rateFractions = new Map<string, { num: number; den: number } | null>()
function rateFraction(rate: string): { num: number; den: number } | null {
  let f = rateFractions.get(rate)
  if (f === undefined) {
    const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(rate)
    f = m ? { num: Number(`${m[1]}${m[2] ?? ''}`), den: 100 * 10 ** (m[2]?.length ?? 0) } : null
    rateFractions.set(rate, f)
  }
  return f
}

/** PPAPWD of one loan, half-up to the rupiah; collateral is not deducted for Lancar, and a negative base is 0. */
export function requiredProvision(
  cls: Kolektibilitas,
  bakiDebet: number,
  agunanPengurang = 0,
  policy: ProvisionPolicy = DEFAULT_PROVISION_POLICY
): number {
  const base = cls === 'LANCAR' ? bakiDebet : Math.max(0, bakiDebet - agunanPengurang)
  // Half-up of base × num / den in whole numbers: ⌊(2·base·num + den) / 2·den⌋, exact while the
  // products are safe integers (thousands of loans per report); otherwise the same rule in decimal.js.
  const f = rateFraction(policy.rates[cls])
  if (f && base >= 0) {
    const twice = 2 * base * f.num + f.den
    const d = 2 * f.den
    if (Number.isSafeInteger(twice) && Number.isSafeInteger(d)) return (twice - (twice % d)) / d
  }
  return new Decimal(base)
    .mul(new Decimal(policy.rates[cls]).div(100))
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber()
}

export interface PortfolioLoan {
  bakiDebet: number
  agunanPengurang?: number
  kolektibilitas: Kolektibilitas
}

export interface PortfolioProvision {
  byClass: Record<Kolektibilitas, { count: number; bakiDebet: number; ppapwd: number }>
  total: { count: number; bakiDebet: number; ppapwd: number }
  /** (kurang lancar + diragukan + macet) ÷ total, percent with 2 decimals. */
  nplPercent: string
  /** Legacy worksheet: 50 % KL + 75 % D + 100 % M of baki debet. */
  riskWeighted: number
}

export function portfolioProvision(
  loans: PortfolioLoan[],
  policy: ProvisionPolicy = DEFAULT_PROVISION_POLICY
): PortfolioProvision {
  const byClass = Object.fromEntries(
    (['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET'] as const).map((c) => [c, { count: 0, bakiDebet: 0, ppapwd: 0 }])
  ) as PortfolioProvision['byClass']
  for (const l of loans) {
    const c = byClass[l.kolektibilitas]
    c.count++
    c.bakiDebet += l.bakiDebet
    c.ppapwd += requiredProvision(l.kolektibilitas, l.bakiDebet, l.agunanPengurang ?? 0, policy)
  }
  const total = Object.values(byClass).reduce(
    (t, c) => ({ count: t.count + c.count, bakiDebet: t.bakiDebet + c.bakiDebet, ppapwd: t.ppapwd + c.ppapwd }),
    { count: 0, bakiDebet: 0, ppapwd: 0 }
  )
  const bad = byClass.KURANG_LANCAR.bakiDebet + byClass.DIRAGUKAN.bakiDebet + byClass.MACET.bakiDebet
  const nplPercent =
    total.bakiDebet === 0
      ? '0.00'
      : new Decimal(bad).div(total.bakiDebet).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
  const riskWeighted = new Decimal(byClass.KURANG_LANCAR.bakiDebet)
    .mul('0.5')
    .plus(new Decimal(byClass.DIRAGUKAN.bakiDebet).mul('0.75'))
    .plus(byClass.MACET.bakiDebet)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber()
  return { byClass, total, nplPercent, riskWeighted }
}
