import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { incomeStatementShu, shuAfterTaxOf, shuTieOut } from '../../../main/shu/shu'

let tb: TestBook
let host: BookHost
const ids: number[] = []
beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  allowOverdraft(tb)
  host = createExecutor(tb.book)
  tb.run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 25_000 })
  const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
  const beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras',
    uom: 'kg',
    sellPrice: 14_000
  }).id
  tb.run('trading.purchase', {
    date: '2025-02-01',
    unit: 'SEMBAKO',
    supplierId: sup,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 1000, unitCost: 12_000 }]
  })
  for (const [i, name] of ['Ani', 'Budi', 'Citra'].entries()) {
    const id = tb.run('members.create', { name, gender: i === 1 ? 'L' : 'P', joinedAt: '2025-01-02' }).id
    ids.push(id)
    tb.run('savings.deposit', { memberId: id, type: 'POKOK', amount: 100_000, date: '2025-01-05' })
    tb.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 25_000 * (i + 3), date: '2025-05-01' })
    tb.run('trading.sell', {
      date: '2025-03-02',
      unit: 'SEMBAKO',
      memberId: id,
      lines: [{ itemId: beras, qty: 20 * (i + 1) }]
    })
  }
  tb.run('trading.sell', { date: '2025-03-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 300 }] })
})
afterAll(() => tb.close())

describe('with the closing module (closing.close at the book host)', () => {
  it('SHU of the year survives closing; post after closing; refuses twice', async () => {
    expect(shuAfterTaxOf(tb.book, 2025)).toBe(incomeStatementShu(tb.book, 2025))
    expect(tb.fail('shu.post', { year: 2025, date: '2026-03-01' }).message).toMatch(/harus ditutup lebih dahulu/)
    const r = await host.execute('closing.close', { year: 2025, date: '2026-01-15', tax: { mode: 'PPH_FINAL' } })
    if (!r.ok) throw new Error(r.error.message)
    const closed = r.result as { shu: number }
    const sim = tb.run('shu.simulate', { year: 2025 })
    expect(sim.shuAfterTax).toBe(closed.shu)
    const posted = tb.run('shu.post', { year: 2025, date: '2026-03-01', decisionRef: 'RAT 2026' })
    expect(posted.components.reduce((s, c) => s + c.amount, 0)).toBe(closed.shu)
    const row = tb.run('reports.trialBalance', { asOf: '2026-03-01' }).rows.find((x) => x.code === '3-5102')!
    expect(row.closingCredit - row.closingDebit).toBe(0)
    expect(tb.fail('shu.post', { year: 2025, date: '2026-03-02' }).code).toBe('CONFLICT')
    tb.run('shu.pay', { year: 2025, date: '2026-03-05', method: 'SIMPANAN_SUKARELA' })
    expect(shuTieOut(tb.book)).toMatchObject({ ok: true, ledger: 0 })
    expect(tb.run('savings.tieOut', {}).ok).toBe(true)
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
  })
})
