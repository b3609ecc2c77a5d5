import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'
import type { TrialBalance } from '../../../shared/ledger/types'

let tb: TestBook
const post = (
  date: string,
  description: string,
  lines: { account: string; debit?: number; credit?: number; unit?: string }[]
) => tb.run('journal.post', { date, description, lines })

beforeAll(async () => {
  tb = await createTestBook()
  post('2026-01-02', 'Simpanan pokok 10 anggota', [
    { account: '1-1101', debit: 500_000 },
    { account: '3-2101', credit: 500_000 }
  ])
  post('2026-01-15', 'Simpanan wajib Januari', [
    { account: '1-1101', debit: 200_000 },
    { account: '3-3101', credit: 200_000 }
  ])
  post('2026-01-31', 'Beli stok sembako', [
    { account: '1-1601', debit: 300_000, unit: 'SEMBAKO' },
    { account: '1-1101', credit: 300_000, unit: 'SEMBAKO' }
  ])
  post('2026-02-03', 'Penjualan tunai', [
    { account: '1-1110', debit: 120_000, unit: 'SEMBAKO' },
    { account: '5-1101', debit: 90_000, unit: 'SEMBAKO' },
    { account: '4-2102', credit: 120_000, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 90_000, unit: 'SEMBAKO' }
  ])
  post('2026-02-20', 'Bayar listrik', [
    { account: '5-3201', debit: 75_000, unit: 'KANTOR' },
    { account: '1-1101', credit: 75_000 }
  ])
  post('2026-03-01', 'Simpanan wajib Maret', [
    { account: '1-1101', debit: 200_000 },
    { account: '3-3101', credit: 200_000 }
  ])
})
afterAll(() => tb.close())

const row = (t: TrialBalance, code: string) => t.rows.find((r) => r.code === code)

describe('reports.trialBalance', () => {
  it('at a date: closing balances by side, headers roll up, totals balance', () => {
    const t = tb.run('reports.trialBalance', { asOf: '2026-02-10' })
    expect(t.balanced).toBe(true)
    expect(row(t, '1-1101')).toMatchObject({ closingDebit: 400_000, closingCredit: 0 })
    expect(row(t, '1-1110')).toMatchObject({ closingDebit: 120_000 })
    expect(row(t, '1-1601')).toMatchObject({ closingDebit: 210_000 })
    expect(row(t, '1-11')).toMatchObject({ isHeader: true, closingDebit: 520_000 })
    expect(row(t, '1')).toMatchObject({ closingDebit: 730_000 })
    expect(row(t, '3-3101')).toMatchObject({ closingDebit: 0, closingCredit: 200_000 })
    expect(row(t, '4-2102')).toMatchObject({ closingCredit: 120_000 })
    expect(row(t, '5-3201')).toBeUndefined()
    expect(t.totals.closingDebit).toBe(400_000 + 120_000 + 210_000 + 90_000)
    expect(t.totals.closingCredit).toBe(t.totals.closingDebit)
  })

  it('month end and mid-month agree with a plain sum over the lines for every day', () => {
    const db = tb.book.sqlite
    for (const d of [
      '2026-01-01',
      '2026-01-02',
      '2026-01-14',
      '2026-01-31',
      '2026-02-01',
      '2026-02-19',
      '2026-02-28',
      '2026-03-01',
      '2026-12-31'
    ]) {
      const t = tb.run('reports.trialBalance', { asOf: d })
      const expected = db
        .prepare(
          `SELECT a.code, SUM(l.debit) - SUM(l.credit) AS net FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.date <= ? GROUP BY a.code`
        )
        .all(d) as { code: string; net: number }[]
      for (const e of expected) {
        const r = row(t, e.code)!
        expect(r.closingDebit - r.closingCredit, `${d} ${e.code}`).toBe(e.net)
      }
      expect(t.balanced).toBe(true)
    }
  })

  it('for a period: opening, movements and closing', () => {
    const t = tb.run('reports.trialBalance', { from: '2026-02-01', to: '2026-02-28' })
    expect(row(t, '1-1101')).toMatchObject({
      openingDebit: 400_000,
      movementDebit: 0,
      movementCredit: 75_000,
      closingDebit: 325_000
    })
    expect(row(t, '3-2101')).toMatchObject({
      openingCredit: 500_000,
      movementDebit: 0,
      movementCredit: 0,
      closingCredit: 500_000
    })
    expect(row(t, '4-2102')).toMatchObject({ openingCredit: 0, movementCredit: 120_000, closingCredit: 120_000 })
    expect(t.totals.movementDebit).toBe(120_000 + 90_000 + 75_000)
    expect(t.totals.movementCredit).toBe(t.totals.movementDebit)
    expect(t.totals.openingDebit).toBe(t.totals.openingCredit)
    expect(t.balanced).toBe(true)
    expect(tb.fail('reports.trialBalance', { from: '2026-03-01', to: '2026-02-01' }).field).toBe('from')
    expect(tb.fail('reports.trialBalance', {}).code).toBe('INVALID_INPUT')
  })

  it('includeZero lists every account', () => {
    const t = tb.run('reports.trialBalance', { asOf: '2026-12-31', includeZero: true })
    expect(t.rows.length).toBe(tb.run('accounts.list', {}).length)
  })
})

describe('ledger.account (buku besar)', () => {
  it('shows opening balance, lines in order with running balance, and closing', () => {
    const l = tb.run('ledger.account', { account: '1-1101', from: '2026-01-15', to: '2026-02-28' })
    expect(l.openingBalance).toBe(500_000)
    expect(l.lines.map((x) => [x.date, x.debit, x.credit, x.balance])).toEqual([
      ['2026-01-15', 200_000, 0, 700_000],
      ['2026-01-31', 0, 300_000, 400_000],
      ['2026-02-20', 0, 75_000, 325_000]
    ])
    expect(l.closingBalance).toBe(325_000)
    expect([l.totalDebit, l.totalCredit, l.totalLines]).toEqual([200_000, 375_000, 3])
  })

  it('credit-normal accounts run on the credit side; headers cover sub-accounts; paging keeps the running balance', () => {
    const w = tb.run('ledger.account', { account: '3-3101', from: '2026-01-01', to: '2026-12-31' })
    expect(w.lines.map((x) => x.balance)).toEqual([200_000, 400_000])
    const kas = tb.run('ledger.account', {
      account: '1-11',
      from: '2026-01-01',
      to: '2026-12-31',
      pageSize: 2,
      page: 2
    })
    expect(kas.totalLines).toBe(6)
    expect(kas.lines.map((x) => x.balance)).toEqual([400_000, 520_000])
    const last = tb.run('ledger.account', {
      account: '1-11',
      from: '2026-01-01',
      to: '2026-12-31',
      pageSize: 2,
      page: 3
    })
    expect(last.lines.at(-1)!.balance).toBe(last.closingBalance)
    expect(last.closingBalance).toBe(645_000)
  })

  it('filters by unit', () => {
    const s = tb.run('ledger.account', { account: '1-1101', from: '2026-01-01', to: '2026-12-31', unit: 'SEMBAKO' })
    expect(s.lines.map((x) => x.credit)).toEqual([300_000])
    expect(s.closingBalance).toBe(-300_000)
    expect(
      tb.fail('ledger.account', { account: '1-1101', from: '2026-01-01', to: '2026-12-31', unit: 'NOPE' }).field
    ).toBe('unit')
    expect(tb.fail('ledger.account', { account: '9-9', from: '2026-01-01', to: '2026-12-31' }).field).toBe('account')
  })
})

describe('ledger.check', () => {
  it('detects a monthly balance that no longer matches the lines', async () => {
    const t = await createTestBook()
    try {
      t.run('journal.post', {
        date: '2026-01-05',
        description: 'x',
        lines: [
          { account: '1-1101', debit: 10 },
          { account: '3-2101', credit: 10 }
        ]
      })
      expect(t.run('ledger.check', {}).ok).toBe(true)
      t.book.sqlite.prepare('UPDATE account_month_balances SET debit = debit + 1').run()
      const c = t.run('ledger.check', {})
      expect(c.ok).toBe(false)
      expect(c.problems[0]!.code).toBe('BALANCE_MISMATCH')
    } finally {
      t.close()
    }
  })
})
