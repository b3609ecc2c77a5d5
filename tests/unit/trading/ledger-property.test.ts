import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createTestBook, type TestBook } from '../../helpers/book'
import { runCommand } from '../../../main/commands/dispatch'

let tb: TestBook
let items: number[]
let sup: number
let member: number
beforeAll(async () => {
  tb = await createTestBook()
  member = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  sup = tb.run('trading.saveSupplier', { name: 'UD Makmur' }).id
  items = ['A', 'B', 'C'].map(
    (c) =>
      tb.run('trading.saveItem', { unit: 'SEMBAKO', code: c, name: `Barang ${c}`, uom: 'kg', sellPrice: 10_000 }).id
  )
})
afterAll(() => tb.close())

describe('through the ledger: inventory account = Σ item stock values, whatever happens', () => {
  it('random purchases, sales (member/bon), returns and counts keep the tie-out and the trial balance', () => {
    const op = fc.record({
      k: fc.constantFrom('buy', 'buy', 'sell', 'sell', 'sret', 'pret', 'count'),
      item: fc.integer({ min: 0, max: 2 }),
      qty: fc.integer({ min: 1, max: 20_000 }),
      price: fc.integer({ min: 1, max: 50_000 }),
      member: fc.boolean()
    })
    let day = 0
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 25 }), (ops) => {
        for (const o of ops) {
          day = Math.min(day + 1, 330)
          const date = new Date(Date.UTC(2026, 0, 1 + Math.floor(day / 1))).toISOString().slice(0, 10)
          const itemId = items[o.item]!
          const qty = (o.qty / 1000).toString()
          if (o.k === 'buy')
            runCommand(tb.ctx, 'trading.purchase', {
              date,
              unit: 'SEMBAKO',
              supplierId: sup,
              payment: o.member ? 'KREDIT' : 'TUNAI',
              lines: [{ itemId, qty, unitCost: o.price }]
            })
          else if (o.k === 'sell')
            runCommand(tb.ctx, 'trading.sell', {
              date,
              unit: 'SEMBAKO',
              memberId: o.member ? member : null,
              payment: o.member ? 'BON' : 'TUNAI',
              lines: [{ itemId, qty, price: o.price }]
            })
          else if (o.k === 'count')
            runCommand(tb.ctx, 'trading.opname', { date, unit: 'SEMBAKO', lines: [{ itemId, countedQty: qty }] })
          else {
            const docs = tb.run('trading.docs', { type: o.k === 'sret' ? 'JUAL' : 'BELI', limit: 5 })
            const d = docs[0]
            if (d)
              runCommand(tb.ctx, o.k === 'sret' ? 'trading.saleReturn' : 'trading.purchaseReturn', {
                date,
                [o.k === 'sret' ? 'saleId' : 'purchaseId']: d.id,
                lines: [{ itemId: d.lines[0]!.itemId, qty }]
              } as never)
          }
        }
        const tie = tb.run('trading.tieOut', {})
        expect(tie.inventory.every((i) => i.difference === 0)).toBe(true)
        expect(tie.ok).toBe(true)
        for (const it of tb.run('trading.items', {})) {
          expect(it.stock.value).toBeGreaterThanOrEqual(0)
          if (it.stock.qty === '0') expect(it.stock.value).toBe(0)
        }
        expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
      }),
      { numRuns: 12 }
    )
    const kinds = new Set(tb.run('trading.docs', { limit: 5000 }).map((d) => d.type))
    expect([...kinds].sort()).toEqual(['BELI', 'JUAL', 'OPNAME', 'RETUR_BELI', 'RETUR_JUAL'])
    expect(tb.run('system.check', {}).ok).toBe(true)
  })
})
