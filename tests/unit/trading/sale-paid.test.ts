import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'
import { MIGRATIONS } from '../../../main/db/migrations'

/** Issue 16 point 3: a cash sale keeps what the buyer handed over; the struk shows dibayar and kembalian. */
let tb: TestBook
let beras: number
let siti: number
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  }).id
  const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur' }).id
  tb.run('trading.purchase', {
    date: '2026-02-01',
    unit: 'SEMBAKO',
    supplierId: sup,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 10, unitCost: 12_000 }]
  })
})
afterEach(() => tb.close())

describe('amount paid on a sale (migration 0020)', () => {
  it('keeps dibayar Rp50.000 for a sale of 1,5 kg × Rp14.000 = Rp21.000: kembalian Rp29.000; only the sale goes to the till', () => {
    expect(MIGRATIONS.find((m) => m.version === 20)?.name).toBe('amount paid on a sale')
    const s = tb.run('trading.sell', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      paid: 50_000,
      lines: [{ itemId: beras, qty: '1,5' }]
    })
    expect(s).toMatchObject({ amount: 21_000, paid: 50_000, change: 29_000, cashier: 'penguji' })
    expect(new Date(s.recordedAt).toISOString()).toBe(s.recordedAt)
    expect(tb.run('trading.doc', { id: s.id })).toMatchObject({ paid: 50_000, change: 29_000 })
    const e = tb.run('journal.list', { source: 'USAHA' }).items.find((x) => x.reference === s.docNo)!
    const till = tb.run('journal.get', { id: e.id }).lines.filter((l) => l.accountCode === '1-1110')
    expect(till.map((l) => [l.debit, l.credit])).toEqual([[21_000, 0]])
  })

  it('no amount given: exactly the total, kembalian Rp0', () => {
    const s = tb.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 2 }] })
    expect(s).toMatchObject({ amount: 28_000, paid: 28_000, change: 0 })
  })

  it('refuses less than the total, and a paid amount on a bon, naming the field; nothing is posted', () => {
    const before = tb.run('journal.list', {}).total
    const short = tb.fail('trading.sell', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      paid: 20_000,
      lines: [{ itemId: beras, qty: '1,5' }]
    })
    expect(short).toMatchObject({
      field: 'paid',
      message: 'Dibayar: kurang dari jumlah belanja Rp21.000 (kurang Rp1.000)'
    })
    const bon = tb.fail('trading.sell', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      memberId: siti,
      payment: 'BON',
      paid: 30_000,
      lines: [{ itemId: beras, qty: 1 }]
    })
    expect(bon.field).toBe('paid')
    expect(tb.run('journal.list', {}).total).toBe(before)
    const ok = tb.run('trading.sell', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      memberId: siti,
      payment: 'BON',
      lines: [{ itemId: beras, qty: 1 }]
    })
    expect(ok).toMatchObject({ paid: null, change: null, member: { name: 'Siti Aminah' } })
  })

  it('the book itself refuses a stored paid amount below the sale', () => {
    const s = tb.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 1 }] })
    expect(() =>
      tb.book.sqlite
        .prepare(
          `INSERT INTO trade_docs (doc_no, type, date, unit_id, payment, amount, paid, created_at, created_by) SELECT 'X-1', 'JUAL', date, unit_id, 'TUNAI', 10000, 9999, created_at, created_by FROM trade_docs WHERE id = ?`
        )
        .run(s.id)
    ).toThrow(/CHECK constraint failed/)
  })

  it("the kasir on the struk is the user's full name when users are on", () => {
    tb.book.sqlite
      .prepare(
        `INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('penguji', 'Sari Kasir', 'kasir', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`
      )
      .run()
    const s = tb.run('trading.sell', {
      date: '2026-02-03',
      unit: 'SEMBAKO',
      paid: 20_000,
      lines: [{ itemId: beras, qty: 1 }]
    })
    expect(s).toMatchObject({ cashier: 'Sari Kasir', change: 6_000 })
  })
})
