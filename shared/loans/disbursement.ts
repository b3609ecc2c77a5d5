import Decimal from 'decimal.js'

/** Provisi: plafon × percent, rounded half up to the rupiah (DOMAIN.md §4). */
export function provisiOf(principal: number, provisiPercent: string): number {
  return new Decimal(principal)
    .mul(new Decimal(provisiPercent).div(100))
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber()
}

/**
 * The cash side of a disbursement: when the product deducts the fees, the member is handed
 * plafon − provisi − administrasi; otherwise the whole plafon, and the member pays the fees in cash.
 * Either way the cash account goes down by plafon − fees.
 */
export function disbursementCash(l: { principal: number; provisi: number; adminFee: number; feeDeducted: boolean }): {
  handedOver: number
  feesPaidInCash: number
  netCashOut: number
} {
  const fees = l.provisi + l.adminFee
  return l.feeDeducted
    ? { handedOver: l.principal - fees, feesPaidInCash: 0, netCashOut: l.principal - fees }
    : { handedOver: l.principal, feesPaidInCash: fees, netCashOut: l.principal - fees }
}
