import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entryCashFlows } from '../../../shared/statements/cash-flow-entry'

describe('what one entry moved through kas and bank', () => {
  it('sums exactly to the net cash movement of any balanced entry', () => {
    const line = fc.record({
      accountId: fc.integer({ min: 1, max: 8 }),
      side: fc.boolean(),
      amount: fc.integer({ min: 1, max: 1_000_000 })
    })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (raw) => {
        const lines = raw.map((l) => ({
          accountId: l.accountId,
          isCash: l.accountId <= 2,
          debit: l.side ? l.amount : 0,
          credit: l.side ? 0 : l.amount
        }))
        // Balance it on a non-cash account.
        const diff = lines.reduce((t, l) => t + l.debit - l.credit, 0)
        if (diff !== 0)
          lines.push({ accountId: 9, isCash: false, debit: diff < 0 ? -diff : 0, credit: diff > 0 ? diff : 0 })
        const cash = lines.filter((l) => l.isCash).reduce((t, l) => t + l.debit - l.credit, 0)
        const flows = [...entryCashFlows(lines).values()].reduce((t, f) => t + f.inflow - f.outflow, 0)
        expect(flows).toBe(lines.some((l) => l.isCash) ? cash : 0)
      }),
      { numRuns: 2000 }
    )
  })

  it('sets aside HPP against stock, keeps a loan disbursement gross', () => {
    const sale = entryCashFlows([
      { accountId: 1, isCash: true, debit: 8_000_000, credit: 0 },
      { accountId: 10, isCash: false, debit: 0, credit: 8_000_000 },
      { accountId: 11, isCash: false, debit: 6_000_000, credit: 0 },
      { accountId: 12, isCash: false, debit: 0, credit: 6_000_000 }
    ])
    expect([...sale.entries()]).toEqual([[10, { inflow: 8_000_000, outflow: 0 }]])
    const loan = entryCashFlows([
      { accountId: 20, isCash: false, debit: 12_000_000, credit: 0 },
      { accountId: 1, isCash: true, debit: 0, credit: 11_880_000 },
      { accountId: 21, isCash: false, debit: 0, credit: 120_000 }
    ])
    expect([...loan.entries()]).toEqual([
      [20, { inflow: 0, outflow: 12_000_000 }],
      [21, { inflow: 120_000, outflow: 0 }]
    ])
  })
})
