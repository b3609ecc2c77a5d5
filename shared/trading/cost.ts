import Decimal from 'decimal.js'

/**
 * Moving-average inventory cost (DOMAIN.md §2.1: "perpetual, moving average").
 *
 * Units:
 * - Quantities are INTEGER thousandths of the item's unit of measure ("milli", 1,5 kg = 1500).
 * - Values are INTEGER rupiah. The stock value is the ledger amount itself (the inventory account
 *   moves by exactly these amounts), so it is kept exactly, never as qty × rounded average.
 *
 * Rounding rules (each named):
 * - LINE: a line amount = round-half-up(qty × unit price), e.g. 1,5 kg × Rp12.333 = Rp18.500.
 * - ISSUE: cost of an issue (sale, negative opname) = round-half-up(value × qtyOut / qty), i.e.
 *   the exact average (value/qty, never rounded first) times the quantity, capped at the value;
 *   issuing the whole stock takes the whole remaining value, so value reaches 0 with quantity.
 * - RETURN-OUT (to a supplier) goes at the purchase cost of the line returned; if that is more
 *   than the stock value, or the return empties the stock, the inventory is credited with what is
 *   there and the difference is an adjustment to HPP.
 */

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP })

export const QTY_SCALE = 1000

export interface StockState {
  /** Thousandths of a unit. */
  qty: number
  /** Rupiah. */
  value: number
}

export const EMPTY: StockState = { qty: 0, value: 0 }

/** "1,5" / "1.5" / 1.5 → 1500; null when not a non-negative number with at most 3 decimals. */
export function parseQtyMilli(v: unknown): number | null {
  if (typeof v === 'number' && !Number.isFinite(v)) return null
  if (typeof v !== 'number' && typeof v !== 'string') return null
  const s = String(v).trim().replace(',', '.')
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(s)) return null
  return new D(s).mul(QTY_SCALE).toNumber()
}

/** 1500 → "1.5" (machine form; the screens show "1,5"). */
export function qtyString(milli: number): string {
  return new D(milli).div(QTY_SCALE).toString()
}

/** Indonesian display: 1500 → "1,5", 1250000 → "1.250". */
export function formatQty(milli: number): string {
  const neg = milli < 0
  const s = qtyString(Math.abs(milli))
  const [int, frac] = s.split('.') as [string, string | undefined]
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${neg ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`
}

const roundHalfUp = (d: Decimal) => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()

/** LINE rule: round-half-up(qty × unit price). */
export function lineAmount(qtyMilli: number, unitPrice: number): number {
  return roundHalfUp(new D(qtyMilli).mul(unitPrice).div(QTY_SCALE))
}

/** Average cost per whole unit, for display only (round-half-up); 0 when nothing is in stock. */
export function averageUnitCost(s: StockState): number {
  if (s.qty <= 0) return 0
  return roundHalfUp(new D(s.value).mul(QTY_SCALE).div(s.qty))
}

/** Goods in (purchase, sales return, positive opname): the new average follows by itself. */
export function receive(s: StockState, qty: number, value: number): StockState {
  return { qty: s.qty + qty, value: s.value + value }
}

/** ISSUE rule. Throws RangeError when more is issued than is in stock (callers check first). */
export function issueCost(s: StockState, qtyOut: number): number {
  if (qtyOut > s.qty) throw new RangeError(`issue ${qtyOut} > stock ${s.qty}`)
  if (qtyOut <= 0) return 0
  if (qtyOut === s.qty) return s.value
  const c = roundHalfUp(new D(s.value).mul(qtyOut).div(s.qty))
  return Math.max(0, Math.min(c, s.value))
}

export function issue(s: StockState, qtyOut: number): { state: StockState; cost: number } {
  const cost = issueCost(s, qtyOut)
  return { state: { qty: s.qty - qtyOut, value: s.value - cost }, cost }
}

/**
 * RETURN-OUT rule: goods back to the supplier at their purchase cost. `credit` is what leaves the
 * inventory account; `adjustment` = purchaseValue − credit goes to HPP (positive: Cr HPP).
 */
export function returnOut(
  s: StockState,
  qty: number,
  purchaseValue: number
): { state: StockState; credit: number; adjustment: number } {
  if (qty > s.qty) throw new RangeError(`return ${qty} > stock ${s.qty}`)
  const credit = qty === s.qty ? s.value : Math.max(0, Math.min(purchaseValue, s.value))
  return { state: { qty: s.qty - qty, value: s.value - credit }, credit, adjustment: purchaseValue - credit }
}

/** Share of a recorded line value for part of its quantity: the last part takes the remainder. */
export function proRata(
  lineValue: number,
  lineQty: number,
  alreadyQty: number,
  alreadyValue: number,
  qty: number
): number {
  if (alreadyQty + qty >= lineQty) return lineValue - alreadyValue
  return roundHalfUp(new D(lineValue).mul(qty).div(lineQty))
}

/**
 * Value of goods found at a stock count: at the current average, or at the last purchase unit
 * cost when the stock is empty (LINE rule), or 0 when the item was never bought.
 */
export function foundValue(s: StockState, qty: number, lastUnitCost: number): number {
  if (s.qty > 0) return roundHalfUp(new D(s.value).mul(qty).div(s.qty))
  return lineAmount(qty, lastUnitCost)
}
