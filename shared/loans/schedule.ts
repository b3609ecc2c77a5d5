import Decimal from 'decimal.js'

/**
 * Loan installment schedules, DOMAIN.md §4.2. Rounding: jasa half-up to the rupiah; principal
 * half-up of P/n (flat, efektif) or rounded annuity − jasa (anuitas); the last installment takes
 * whatever principal is left so the balance ends at exactly 0. Optionally each installment is
 * rounded up to Rp100 or Rp1.000 and the excess goes to principal.
 */
export type LoanMethod = 'flat' | 'efektif' | 'anuitas'

export interface ScheduleInput {
  principal: number
  /** Jasa per month in percent, as a decimal string ("1.5"). */
  ratePerMonth: string
  tenorMonths: number
  method: LoanMethod
  /** Round each installment up to this multiple (0 = no rounding). */
  roundUpTo?: 0 | 100 | 1000
}

export interface Installment {
  no: number
  pokok: number
  jasa: number
  angsuran: number
  sisa: number
}

export interface Schedule {
  installments: Installment[]
  totalPokok: number
  totalJasa: number
  totalAngsuran: number
}

const halfUp = (d: Decimal) => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()

export function loanSchedule(input: ScheduleInput): Schedule {
  const P = input.principal
  const n = input.tenorMonths
  if (!Number.isSafeInteger(P) || P <= 0) throw new RangeError('principal must be a positive whole rupiah')
  if (!Number.isInteger(n) || n < 1) throw new RangeError('tenor must be at least one month')
  const r = new Decimal(input.ratePerMonth).div(100)
  const step = input.roundUpTo ?? 0
  const principalPart = halfUp(new Decimal(P).div(n))
  const annuity = r.isZero()
    ? new Decimal(P).div(n)
    : new Decimal(P).mul(r).div(new Decimal(1).minus(new Decimal(1).plus(r).pow(-n)))
  const A = halfUp(annuity)
  const flatJasa = halfUp(new Decimal(P).mul(r))

  const installments: Installment[] = []
  let sisa = P
  for (let k = 1; k <= n && sisa > 0; k++) {
    const jasa = input.method === 'flat' ? flatJasa : halfUp(new Decimal(sisa).mul(r))
    let pokok = input.method === 'anuitas' ? A - jasa : principalPart
    if (step > 0) {
      const rounded = Math.ceil((pokok + jasa) / step) * step
      pokok = rounded - jasa
    }
    if (k === n || pokok >= sisa) pokok = sisa
    pokok = Math.max(0, pokok)
    sisa -= pokok
    installments.push({ no: k, pokok, jasa, angsuran: pokok + jasa, sisa })
  }
  const totalPokok = installments.reduce((t, i) => t + i.pokok, 0)
  const totalJasa = installments.reduce((t, i) => t + i.jasa, 0)
  return { installments, totalPokok, totalJasa, totalAngsuran: totalPokok + totalJasa }
}

/**
 * The monthly rate that makes the installments' present value equal the principal (IRR), in
 * percent with 3 decimals: what a flat loan really costs the member (DOMAIN.md §4.2 disclosure).
 */
export function effectiveMonthlyRate(principal: number, installments: { angsuran: number }[]): string {
  const pv = (rate: Decimal) =>
    installments.reduce((t, inst, i) => t.plus(new Decimal(inst.angsuran).div(rate.plus(1).pow(i + 1))), new Decimal(0))
  let lo = new Decimal(0)
  let hi = new Decimal(1)
  for (let i = 0; i < 80; i++) {
    const mid = lo.plus(hi).div(2)
    if (pv(mid).gt(principal)) lo = mid
    else hi = mid
  }
  return lo.plus(hi).div(2).mul(100).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3)
}

const percentFractions = new Map<string, { num: bigint; den: bigint }>()

/** "0.125" percent as the exact fraction 125 / 100.000. */
function percentFraction(percent: string): { num: bigint; den: bigint } {
  let f = percentFractions.get(percent)
  if (!f) {
    const [whole, frac = ''] = percent.trim().split('.')
    f = { num: BigInt(`${whole}${frac}`), den: 100n * 10n ** BigInt(frac.length) }
    percentFractions.set(percent, f)
  }
  return f
}

/**
 * Denda per day of an overdue installment after a grace period (DOMAIN.md §4.3), half-up. Exact
 * integer arithmetic: the arrears list computes it for thousands of installments at once.
 */
export function lateFeePerDay(installment: number, daysLate: number, graceDays: number, percentPerDay: string): number {
  const days = Math.max(0, daysLate - graceDays)
  if (days === 0 || installment <= 0) return 0
  const { num, den } = percentFraction(percentPerDay)
  const n = BigInt(installment) * BigInt(days) * num
  return Number((2n * n + den) / (2n * den))
}
