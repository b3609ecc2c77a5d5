import { afterEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

/** Issue 14 point 6: values that came out wrong. Expected figures are worked by hand. */
let tb: TestBook | null = null
afterEach(() => {
  tb?.close()
  tb = null
})

describe('the journal list shows what an entry is about', () => {
  it('a sale of 4 kg beras at Rp14.000 lists Rp56.000, not the sale plus its HPP', async () => {
    const t = (tb = await createTestBook({ now: new Date('2026-12-01T03:00:00Z') }))
    t.run('journal.post', {
      date: '2026-01-02',
      description: 'Modal',
      lines: [
        { account: '1-1101', debit: 1_000_000 },
        { account: '3-2101', credit: 1_000_000 }
      ]
    })
    const sup = t.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
    const beras = t.run('trading.saveItem', {
      unit: 'SEMBAKO',
      code: 'BRS5',
      name: 'Beras medium',
      uom: 'kg',
      sellPrice: 14_000
    }).id
    t.run('trading.purchase', {
      date: '2026-02-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: beras, qty: 10, unitCost: 12_000 }]
    })
    t.run('trading.sell', { date: '2026-02-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 4 }] })
    t.run('journal.post', {
      date: '2026-02-04',
      description: 'Koreksi persediaan',
      lines: [
        { account: '5-1101', debit: 12_000 },
        { account: '1-1601', credit: 12_000 }
      ]
    })
    const items = t.run('journal.list', { page: 1, pageSize: 10 }).items
    const amount = (d: string) => items.filter((e) => e.date === d).map((e) => [e.amount, e.total])
    // Sale: Dr kas 56.000 / Cr penjualan 56.000 and Dr HPP 48.000 / Cr persediaan 48.000.
    expect(amount('2026-02-03')).toEqual([[56_000, 104_000]])
    expect(amount('2026-02-01')).toEqual([[120_000, 120_000]])
    // An entry that is only an HPP/persediaan adjustment is its own amount.
    expect(amount('2026-02-04')).toEqual([[12_000, 12_000]])
  })
})

describe('Tutup buku offers the first year not yet closed', () => {
  it('never a year before the books start', async () => {
    const t = (tb = await createTestBook({ booksStartDate: '2026-03-01', now: new Date('2026-12-01T03:00:00Z') }))
    expect(t.run('closing.years', {})).toEqual({
      firstYear: 2026,
      firstOpen: 2026,
      years: [{ year: 2026, closed: false }]
    })
    t.close()
    const u = (tb = await createTestBook({ booksStartDate: '2025-01-01', now: new Date('2027-02-01T03:00:00Z') }))
    expect(u.run('closing.years', {}).firstOpen).toBe(2025)
    expect(u.run('closing.years', {}).years.map((y) => y.year)).toEqual([2025, 2026, 2027])
  })
})

describe('pengurus linked to a member', () => {
  it('by nomor anggota ("A-0001"), and the member register shows the position while the seat is held', async () => {
    const t = (tb = await createTestBook({ now: new Date('2026-06-01T03:00:00Z') }))
    const siti = t.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' })
    expect(siti.memberNo).toBe('A-0001')
    expect(siti.position).toBe('ANGGOTA')
    const seat = t.run('org.save', {
      body: 'PENGURUS',
      position: 'BENDAHARA',
      memberNo: 'A-0001',
      termStart: '2026-02-01'
    })
    expect(seat).toMatchObject({ memberId: siti.id, memberNo: 'A-0001', name: 'Siti Aminah' })
    expect(t.run('members.get', { id: siti.id }).position).toBe('PENGURUS')
    expect(t.run('members.history', { id: siti.id }).map((h) => [h.field, h.oldValue, h.newValue])).toContainEqual([
      'position',
      'ANGGOTA',
      'PENGURUS'
    ])
    expect(
      t.fail('org.save', { body: 'PENGAWAS', position: 'KETUA', memberNo: 'A-0099', termStart: '2026-02-01' })
    ).toMatchObject({ code: 'NOT_FOUND', field: 'memberNo' })
    t.run('org.end', { id: seat.id, date: '2026-05-31', reason: 'Mengundurkan diri' })
    expect(t.run('members.get', { id: siti.id }).position).toBe('ANGGOTA')
  })
})

describe('the Beranda reminds of month-end work not done', () => {
  it('jasa simpanan and depreciation of ended months, in month order, until they are posted', async () => {
    const t = (tb = await createTestBook({ now: new Date('2026-04-10T03:00:00Z') }))
    t.run('journal.post', {
      date: '2026-01-02',
      description: 'Modal',
      lines: [
        { account: '1-1101', debit: 50_000_000 },
        { account: '3-2101', credit: 50_000_000 }
      ]
    })
    t.run('savings.setSettings', {
      effectiveFrom: '2026-01-01',
      pokokAmount: 50_000,
      wajibAmount: 0,
      sukarelaRate: '3'
    })
    const m = t.run('members.create', { name: 'Siti', gender: 'P', joinedAt: '2026-01-05' }).id
    t.run('savings.deposit', { memberId: m, type: 'SUKARELA', amount: 2_000_000, date: '2026-02-10' })
    t.run('assets.create', {
      name: 'Laptop',
      group: 'INVENTARIS',
      acquiredAt: '2026-01-20',
      cost: 12_000_000,
      lifeMonths: 36,
      creditAccount: '1-1101'
    })
    const reminders = () => {
      const r = t.run('dashboard.summary', { asOf: '2026-04-10' }).reminders
      return { jasa: r.find((x) => x.key === 'JASA')!, susut: r.find((x) => x.key === 'PENYUSUTAN')! }
    }
    // Sukarela held from February: February and March ended without jasa; depreciation starts in February.
    expect(reminders().jasa).toMatchObject({
      count: 2,
      months: ['2026-02', '2026-03'],
      tone: 'bad',
      route: 'simpanan/jasa'
    })
    expect(reminders().susut).toMatchObject({
      count: 2,
      months: ['2026-02', '2026-03'],
      tone: 'bad',
      route: 'kas/aset'
    })
    t.run('savings.postInterest', { month: '2026-02', date: '2026-02-28' })
    t.run('assets.depreciate', { month: '2026-02' })
    expect(reminders().jasa).toMatchObject({ count: 1, months: ['2026-03'], tone: 'warn' })
    expect(reminders().susut).toMatchObject({ count: 1, months: ['2026-03'], tone: 'warn' })
    t.run('savings.postInterest', { month: '2026-03', date: '2026-03-31' })
    t.run('assets.depreciate', { month: '2026-03' })
    expect(reminders().jasa).toMatchObject({ count: 0, tone: 'ok' })
    expect(reminders().susut).toMatchObject({ count: 0, tone: 'ok' })
  })
})
