import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
let siti: number
beforeEach(async () => {
  tb = await createTestBook()
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-01' }).id
  // Savings already brought in for the members (as Simpanan › Impor does): Dr kas / Cr control.
  tb.run('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 500_000, date: '2026-01-01' })
})
afterEach(() => tb.close())

const SHEET = [
  { account: '1-1101', debit: 20_000_000 },
  { account: '1-1201', debit: 5_000_000 },
  { account: '1-3201', debit: 100_000_000 },
  { account: '1-3209', credit: 20_000_000 },
  { account: '2-2101', credit: 30_000_000 },
  { account: '3-4101', credit: 10_000_000 }
]

function balances(asOf: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const r of tb.run('reports.trialBalance', { asOf }).rows)
    if (!r.isHeader) out[r.code] = r.closingDebit - r.closingCredit
  return out
}

describe('saldo awal', () => {
  it('shows the control balances already posted, refuses an unbalanced sheet naming the difference, posts it once', () => {
    const s = tb.run('opening.status', { date: '2026-01-01' })
    expect(s.posted).toBeNull()
    expect(s.controlTotals).toEqual({ debit: 0, credit: 500_000 })
    expect(s.accounts.find((a) => a.code === '2-1101')).toMatchObject({
      control: 'SIMPANAN_SUKARELA',
      existingCredit: 500_000
    })
    expect(s.accounts.find((a) => a.code === '1-1101')).toMatchObject({ control: null, existingDebit: 500_000 })
    expect(s.accounts.every((a) => ['ASET', 'LIABILITAS', 'EKUITAS'].includes(a.type))).toBe(true)

    const before = tb.run('journal.list', { page: 1, pageSize: 1 }).total
    const e = tb.fail('opening.post', { date: '2026-01-01', lines: SHEET })
    expect(e.code).toBe('UNBALANCED')
    expect(e.field).toBe('lines')
    expect(e.message).toBe(
      'Saldo awal tidak seimbang: total debit Rp125.000.000, total kredit Rp60.500.000, selisih Rp64.500.000 (termasuk saldo akun kontrol simpanan/pinjaman: debit Rp0, kredit Rp500.000)'
    )
    expect(tb.run('journal.list', { page: 1, pageSize: 1 }).total).toBe(before)

    const r = tb.run('opening.post', {
      date: '2026-01-01',
      lines: [...SHEET, { account: '3-2101', credit: 64_500_000 }]
    })
    expect(r).toMatchObject({ date: '2026-01-01', totalDebit: 125_000_000, totalCredit: 125_000_000 })
    const entry = tb.run('journal.get', { id: r.entry.id })
    expect(entry.source).toBe('SALDO_AWAL')
    // Kas had Rp500.000 from the savings already: only the rest is posted.
    expect(entry.lines.find((l) => l.accountCode === '1-1101')!.debit).toBe(19_500_000)
    expect(balances('2026-01-01')).toMatchObject({
      '1-1101': 20_000_000,
      '1-1201': 5_000_000,
      '1-3201': 100_000_000,
      '1-3209': -20_000_000,
      '2-2101': -30_000_000,
      '3-4101': -10_000_000,
      '3-2101': -64_500_000,
      '2-1101': -500_000
    })
    expect(tb.run('reports.trialBalance', { asOf: '2026-01-01' }).balanced).toBe(true)
    expect(tb.run('opening.status', {}).posted).toEqual({
      entryId: r.entry.id,
      number: r.entry.number,
      date: '2026-01-01'
    })

    const again = tb.fail('opening.post', {
      date: '2026-01-01',
      lines: [...SHEET, { account: '3-2101', credit: 64_500_000 }]
    })
    expect(again.code).toBe('CONFLICT')
    expect(again.message).toContain(r.entry.number)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('after a reversal it can be posted again', () => {
    const lines = [...SHEET, { account: '3-2101', credit: 64_500_000 }]
    const r = tb.run('opening.post', { date: '2026-01-01', lines })
    tb.run('journal.reverse', { entryId: r.entry.id, date: '2026-01-01', reason: 'Salah angka kas' })
    const fixed = lines.map((l) =>
      l.account === '1-1101'
        ? { account: '1-1101', debit: 21_000_000 }
        : l.account === '3-2101'
          ? { account: '3-2101', credit: 65_500_000 }
          : l
    )
    const r2 = tb.run('opening.post', { date: '2026-01-01', lines: fixed })
    expect(r2.entry.number).not.toBe(r.entry.number)
    expect(balances('2026-01-01')['1-1101']).toBe(21_000_000)
    expect(tb.run('reports.trialBalance', { asOf: '2026-01-01' }).balanced).toBe(true)
  })

  it('refuses member control accounts, pointing to their menus, and non balance-sheet accounts', () => {
    let e = tb.fail('opening.post', {
      date: '2026-01-01',
      lines: [
        { account: '3-1102', credit: 1000 },
        { account: '1-1101', debit: 1000 }
      ]
    })
    expect(e.field).toBe('lines.0.account')
    expect(e.message).toContain('Simpanan › Impor')
    e = tb.fail('opening.post', {
      date: '2026-01-01',
      lines: [
        { account: '1-1101', credit: 1000 },
        { account: '1-1401', debit: 1000 }
      ]
    })
    expect(e.field).toBe('lines.1.account')
    expect(e.message).toContain('menu Pinjaman')
    e = tb.fail('opening.post', { date: '2026-01-01', lines: [{ account: '5-3201', debit: 1000 }] })
    expect(e.message).toContain('bukan akun neraca')
    e = tb.fail('opening.post', {
      date: '2026-01-01',
      lines: [
        { account: '1-1101', debit: 1000 },
        { account: '1-1101', debit: 1000 }
      ]
    })
    expect(e.message).toContain('lebih dari sekali')
    e = tb.fail('opening.post', {
      date: '2025-12-31',
      lines: [
        { account: '1-1101', debit: 1000 },
        { account: '3-2101', credit: 1000 }
      ]
    })
    expect(e.field).toBe('date')
  })

  it('refuses a date on or after income/expense postings', () => {
    tb.run('cash.payment', {
      date: '2026-01-01',
      partyName: 'PLN',
      description: 'Listrik',
      lines: [{ account: '5-3201', amount: 100_000 }]
    })
    const e = tb.fail('opening.post', {
      date: '2026-01-01',
      lines: [
        { account: '1-1101', debit: 1_000_000 },
        { account: '3-2101', credit: 1_500_000 }
      ]
    })
    expect(e.field).toBe('date')
    expect(e.message).toContain('pendapatan/beban')
  })
})
