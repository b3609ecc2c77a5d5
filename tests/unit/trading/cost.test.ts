import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  averageUnitCost,
  EMPTY,
  formatQty,
  issue,
  issueCost,
  lineAmount,
  parseQtyMilli,
  receive,
  returnOut,
  type StockState
} from '../../../shared/trading/cost'

describe('moving-average cost (pure)', () => {
  it('parses quantities to thousandths and formats them in Indonesian', () => {
    expect(parseQtyMilli('1,5')).toBe(1500)
    expect(parseQtyMilli(2.125)).toBe(2125)
    expect(parseQtyMilli('0.0001')).toBeNull()
    expect(parseQtyMilli(-1)).toBeNull()
    expect(parseQtyMilli(1e21)).toBeNull()
    expect(formatQty(1_250_500)).toBe('1.250,5')
  })

  it('averages purchases at different prices and issues at round-half-up(avg × qty)', () => {
    let s: StockState = EMPTY
    s = receive(s, 10_000, lineAmount(10_000, 12_000)) // 10 kg @ 12.000
    s = receive(s, 5_000, lineAmount(5_000, 13_000)) // 5 kg @ 13.000
    expect(s).toEqual({ qty: 15_000, value: 185_000 })
    expect(averageUnitCost(s)).toBe(12_333) // 12.333,33…
    // 4 kg: 185.000 × 4 / 15 = 49.333,33 → 49.333
    expect(issueCost(s, 4_000)).toBe(49_333)
    const r = issue(s, 4_000)
    // The remaining 11 kg take the rest exactly: value reaches 0 with the quantity.
    expect(issue(r.state, 11_000)).toEqual({ state: { qty: 0, value: 0 }, cost: 135_667 })
  })

  it('a return to the supplier goes at purchase cost; an emptied stock leaves no value', () => {
    const s = { qty: 2_000, value: 20_000 }
    expect(returnOut(s, 1_000, 11_000)).toEqual({ state: { qty: 1_000, value: 9_000 }, credit: 11_000, adjustment: 0 })
    expect(returnOut(s, 2_000, 22_000)).toEqual({ state: { qty: 0, value: 0 }, credit: 20_000, adjustment: 2_000 })
  })

  it('properties: value never negative; HPP + remaining value = purchases − returns', () => {
    type Op =
      { k: 'buy'; qty: number; price: number } | { k: 'sell'; frac: number } | { k: 'ret'; frac: number; price: number }
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        k: fc.constant('buy' as const),
        qty: fc.integer({ min: 1, max: 5_000_000 }),
        price: fc.integer({ min: 0, max: 10_000_000 })
      }),
      fc.record({ k: fc.constant('sell' as const), frac: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        k: fc.constant('ret' as const),
        frac: fc.double({ min: 0, max: 1, noNaN: true }),
        price: fc.integer({ min: 0, max: 10_000_000 })
      })
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let s: StockState = EMPTY
        let bought = 0
        let returned = 0
        let hpp = 0
        for (const o of ops) {
          if (o.k === 'buy') {
            const v = lineAmount(o.qty, o.price)
            s = receive(s, o.qty, v)
            bought += v
          } else if (o.k === 'sell') {
            const q = Math.floor(s.qty * o.frac)
            const r = issue(s, q)
            hpp += r.cost
            s = r.state
          } else {
            const q = Math.floor(s.qty * o.frac)
            const r = returnOut(s, q, lineAmount(q, o.price))
            returned += r.credit
            s = r.state
          }
          expect(s.value).toBeGreaterThanOrEqual(0)
          expect(s.qty).toBeGreaterThanOrEqual(0)
          if (s.qty === 0) expect(s.value).toBe(0)
          expect(Number.isInteger(s.value)).toBe(true)
        }
        expect(hpp + s.value).toBe(bought - returned)
      }),
      { numRuns: 300 }
    )
  })
})
