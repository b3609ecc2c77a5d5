import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, type TestBook } from '../../helpers/book'
import { ok } from '../../helpers/host'
import type { ClosingResult } from '../../../shared/commands/closing'
import { percentOfHalfUp } from '../../../main/closing/close'

/**
 * Fixture year 2025, by hand: sales 20.000.000 (anggota) + 10.000.000 (non-anggota), returns
 * 1.000.000, jasa giro 2.345.700 → gross turnover 31.345.700; HPP 24.000.000, salary 3.000.000.
 * SHU before tax 4.345.700; PPh final 0,5 % × 31.345.700 = 156.728,5 → half-up 156.729;
 * SHU after tax 4.188.971. By unit: SEMBAKO 20.000.000 + 10.000.000 − 1.000.000 − 24.000.000 =
 * 5.000.000; lines without a unit (common) 2.345.700 − 3.000.000 − 156.729 = −811.029.
 */
const SEMBAKO_SHU = 5_000_000
const COMMON_SHU = -811_029
const TURNOVER = 31_345_700
const TAX = 156_729
const SHU_BEFORE = 4_345_700
const SHU = 4_188_971

let tb: TestBook
let host: BookHost
const post = (
  date: string,
  description: string,
  lines: { account: string; debit?: number; credit?: number; unit?: string; pihak?: 'ANGGOTA' | 'NON_ANGGOTA' }[]
) => tb.run('journal.post', { date, description, lines })
const tbRow = (asOf: string, code: string) => {
  const r = tb.run('reports.trialBalance', { asOf, includeZero: true }).rows.find((x) => x.code === code)
  return r ? r.closingCredit - r.closingDebit : 0
}

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  host = createExecutor(tb.book)
  post('2025-01-02', 'Modal penyertaan desa', [
    { account: '1-1201', debit: 100_000_000 },
    { account: '3-2101', credit: 100_000_000 }
  ])
  post('2025-02-01', 'Beli sembako', [
    { account: '1-1601', debit: 25_000_000, unit: 'SEMBAKO' },
    { account: '1-1201', credit: 25_000_000 }
  ])
  post('2025-03-10', 'Penjualan sembako', [
    { account: '1-1101', debit: 30_000_000, unit: 'SEMBAKO' },
    { account: '4-2101', credit: 20_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
    { account: '4-2102', credit: 10_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' },
    { account: '5-1101', debit: 24_000_000, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 24_000_000, unit: 'SEMBAKO' }
  ])
  post('2025-04-01', 'Retur penjualan', [
    { account: '4-2109', debit: 1_000_000, unit: 'SEMBAKO' },
    { account: '1-1101', credit: 1_000_000 }
  ])
  post('2025-06-30', 'Jasa giro', [
    { account: '1-1201', debit: 2_345_700 },
    { account: '4-3101', credit: 2_345_700 }
  ])
  post('2025-12-20', 'Gaji', [
    { account: '5-3101', debit: 3_000_000 },
    { account: '1-1101', credit: 3_000_000 }
  ])
})
afterAll(async () => {
  tb.close()
})

describe('year-end close of 2025, to the rupiah', () => {
  it('rounds the PPh final half-up', () => {
    expect(percentOfHalfUp(TURNOVER, '0.5')).toBe(TAX)
    expect(percentOfHalfUp(31_345_699, '0.5')).toBe(156_728)
    expect(percentOfHalfUp(-5, '0.5')).toBe(0)
  })

  it('previews turnover, tax and SHU before closing', () => {
    const p = tb.run('closing.preview', { year: 2025, tax: { mode: 'PPH_FINAL' } })
    expect(p.problems).toEqual([])
    expect(p.tax).toMatchObject({
      mode: 'PPH_FINAL',
      ratePercent: '0.5',
      turnover: TURNOVER,
      computed: TAX,
      alreadyBooked: 0,
      toPost: TAX
    })
    expect(p.shuBeforeTax).toBe(SHU_BEFORE)
    expect(p.shu).toBe(SHU)
    expect(p.lines.filter((l) => l.code === '3-9999').map((l) => [l.unit, l.debit, l.credit])).toEqual([
      ['SEMBAKO', 0, SEMBAKO_SHU],
      [null, -COMMON_SHU, 0]
    ])
    expect(p.byUnit).toEqual([
      { unit: 'SEMBAKO', name: 'Gerai Sembako', shu: SEMBAKO_SHU },
      { unit: null, name: 'Bersama (tanpa unit)', shu: COMMON_SHU }
    ])
    expect(p.lines.filter((l) => l.code === '4-2101').map((l) => [l.unit, l.debit])).toEqual([['SEMBAKO', 20_000_000]])
    expect(p.lines.find((l) => l.code === '4-3101')).toMatchObject({ unit: null, debit: 2_345_700 })
    expect(p.lines.find((l) => l.code === '4-2109')).toMatchObject({ credit: 1_000_000 })
    expect(p.lines.find((l) => l.code === '5-9101')).toMatchObject({ credit: TAX })
  })

  it('refuses the domain door: closing.close runs at the book host (after a backup)', () => {
    expect(tb.fail('closing.close', { year: 2025 }).code).toBe('INVALID_INPUT')
  })

  it('refuses a year before the books start and a year not yet ended', async () => {
    const r = await host.execute('closing.close', { year: 2024 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/sebelum mulai pembukuan/)
    const r2 = await host.execute('closing.close', { year: 2199 })
    expect(r2.ok).toBe(false)
    if (!r2.ok) expect(r2.error.message).toMatch(/belum berakhir/)
  })

  let closed: ClosingResult
  it('closes: backup first, tax, closing entries, reclassification, all months locked', async () => {
    closed = await ok<ClosingResult>(
      host.execute('closing.close', { year: 2025, date: '2026-02-10', tax: { mode: 'PPH_FINAL' } })
    )
    expect(closed.closed).toBe(true)
    expect(closed.shu).toBe(SHU)
    expect(closed.shuBeforeTax).toBe(SHU_BEFORE)
    expect(closed.tax).toEqual({ mode: 'PPH_FINAL', ratePercent: '0.5', turnover: TURNOVER, amount: TAX })
    expect(closed.entries.map((e) => e.kind)).toEqual(['PAJAK', 'PENUTUP', 'IKHTISAR', 'REKLASIFIKASI'])
    expect(closed.allLocked).toBe(true)
    expect(closed.closingDate).toBe('2026-02-10')
    expect(closed.backupFile).toMatch(/sebelum-tutup-tahun/)
    expect(existsSync(closed.backupFile!)).toBe(true)
    const tax = tb.run('journal.get', { id: closed.entries[0]!.id })
    expect(tax.date).toBe('2025-12-31')
    expect(tax.source).toBe('TUTUP_BUKU_PAJAK')
    expect(tax.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['5-9101', TAX, 0],
      ['2-1403', 0, TAX]
    ])
    const reclass = tb.run('journal.get', { id: closed.entries[3]!.id })
    expect(reclass.source).toBe('TUTUP_BUKU')
    expect(reclass.series).toBe('JP')
    expect(reclass.lines.map((l) => [l.accountCode, l.unitCode, l.debit, l.credit])).toEqual([
      ['3-5101', 'SEMBAKO', SEMBAKO_SHU, 0],
      ['3-5102', 'SEMBAKO', 0, SEMBAKO_SHU],
      ['3-5102', null, -COMMON_SHU, 0],
      ['3-5101', null, 0, -COMMON_SHU]
    ])
    expect(closed.byUnit).toEqual([
      { unit: 'SEMBAKO', name: 'Gerai Sembako', shu: SEMBAKO_SHU },
      { unit: null, name: 'Bersama (tanpa unit)', shu: COMMON_SHU }
    ])
    const audit = tb.run('audit.list', { command: 'closing.close' })
    expect(audit.total).toBe(1)
  })

  it('after closing: P&L accounts are zero, 3-5102 carries the SHU, the trial balance balances', () => {
    for (const code of ['4-2101', '4-2102', '4-2109', '4-3101', '5-1101', '5-3101', '5-9101', '3-9999', '3-5101'])
      expect(tbRow('2025-12-31', code)).toBe(0)
    expect(tbRow('2025-12-31', '3-5102')).toBe(SHU)
    expect(tbRow('2025-12-31', '2-1403')).toBe(TAX)
    expect(tb.run('reports.trialBalance', { asOf: '2025-12-31' }).balanced).toBe(true)
    expect(tb.run('ledger.check', {}).problems).toEqual([])
  })

  it('the income statement still shows the year, the balance sheet shows 3-5102 and balances', () => {
    const is = tb.run('statements.incomeStatement', { from: '2025-01-01', to: '2025-12-31', compare: false })
    expect(is.shu.total).toBe(SHU)
    expect(is.rows.find((r) => r.code === 'SHU_SEBELUM_PAJAK')!.total).toBe(SHU_BEFORE)
    expect(is.rows.find((r) => r.code === '5-9101')!.total).toBe(TAX)
    // A period cut inside December reads the lines: the closing entries are left out there too.
    expect(
      tb.run('statements.incomeStatement', { from: '2025-12-15', to: '2025-12-31', compare: false }).shu.total
    ).toBe(-3_000_000 - TAX)
    const bs = tb.run('statements.balanceSheet', { asOf: '2025-12-31', compare: false })
    expect(bs.balanced).toBe(true)
    const eq = bs.sections[2]!
    expect(eq.lines.find((l) => l.code === '3-5102')!.amount).toBe(SHU)
    expect(eq.lines.find((l) => l.code === 'SHU-BERJALAN')).toBeUndefined()
    const ec = tb.run('statements.equityChanges', { from: '2025-01-01', to: '2025-12-31', compare: false })
    expect(ec.shu).toBe(SHU)
    const closing = ec.rows.find((r) => r.key === 'SALDO_AKHIR')!
    expect(closing.total).toBe(eq.total)
    const shuCol = ec.columns.findIndex((c) => c.code === 'SHU')
    expect(closing.amounts[shuCol]).toBe(0)
    expect(closing.amounts[ec.columns.findIndex((c) => c.code === '3-5102')]).toBe(SHU)
  })

  it('a closing entry cannot be reversed from the journal screen: the year is reopened instead', () => {
    const entry = tb.run('journal.list', { source: 'TUTUP_BUKU' }).items[0]!
    const e = tb.fail('journal.reverse', { entryId: entry.id, date: '2026-01-05', reason: 'coba membalik' })
    expect(e.field).toBe('entryId')
    expect(e.message).toContain('Tutup buku')
  })

  it('locked months refuse postings; the new year posts fine', () => {
    expect(
      tb.fail('journal.post', {
        date: '2025-06-01',
        description: 'Terlambat',
        lines: [
          { account: '1-1101', debit: 1000 },
          { account: '4-3199', credit: 1000 }
        ]
      }).code
    ).toBe('PERIOD_LOCKED')
    post('2026-01-10', 'Penjualan tahun baru', [
      { account: '1-1101', debit: 500_000 },
      { account: '4-2101', credit: 500_000, pihak: 'ANGGOTA' }
    ])
    const bs = tb.run('statements.balanceSheet', { asOf: '2026-01-31', compare: false })
    expect(bs.balanced).toBe(true)
    expect(bs.sections[2]!.lines.find((l) => l.code === 'SHU-BERJALAN')!.amount).toBe(500_000)
    expect(bs.sections[2]!.lines.find((l) => l.code === 'SHU-LALU')).toBeUndefined()
  })

  it('refuses closing twice, and reopening without a reason', async () => {
    const r = await host.execute('closing.close', { year: 2025 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/sudah ditutup/)
    expect(tb.fail('closing.reopen', { year: 2025, reason: 'salah' }).code).toBe('INVALID_INPUT')
    expect(tb.fail('closing.reopen', { year: 2025 }).code).toBe('INVALID_INPUT')
  })

  it('reopens (unlock with reason, reversals on 31 December) and re-closes to the same rupiah', async () => {
    const before = { s3102: tbRow('2025-12-31', '3-5102'), tax: tbRow('2025-12-31', '2-1403') }
    const s = tb.run('closing.reopen', { year: 2025, reason: 'Koreksi jurnal gaji Desember' })
    expect(s.closed).toBe(false)
    expect(s.reopened).toBe(true)
    expect(s.entries.every((e) => e.reversedBy !== null)).toBe(true)
    expect(s.months.every((m) => !m.locked)).toBe(true)
    const events = tb.run('periods.list', { year: 2025 }).events
    expect(events.some((e) => e.action === 'BUKA' && e.reason?.includes('Koreksi jurnal gaji Desember'))).toBe(true)
    expect(tbRow('2025-12-31', '3-5102')).toBe(0)
    expect(tbRow('2025-12-31', '2-1403')).toBe(0)
    expect(tbRow('2025-12-31', '4-2101')).toBe(20_000_000)
    expect(
      tb.run('statements.incomeStatement', { from: '2025-01-01', to: '2025-12-31', compare: false }).shu.total
    ).toBe(SHU_BEFORE)
    expect(tb.run('ledger.check', {}).problems).toEqual([])
    const again = await ok<ClosingResult>(
      host.execute('closing.close', { year: 2025, tax: { mode: 'PPH_FINAL', ratePercent: '0.5' } })
    )
    expect(again.shu).toBe(SHU)
    expect(again.tax!.amount).toBe(TAX)
    expect(tbRow('2025-12-31', '3-5102')).toBe(before.s3102)
    expect(tbRow('2025-12-31', '2-1403')).toBe(before.tax)
    expect(
      tb.run('statements.incomeStatement', { from: '2025-01-01', to: '2025-12-31', compare: false }).shu.total
    ).toBe(SHU)
    const st = tb.run('closing.status', { year: 2025 })
    expect(st.history.map((h) => h.action)).toEqual(['TUTUP', 'BUKA', 'TUTUP'])
    expect(tb.run('ledger.check', {}).problems).toEqual([])
  })

  it('refuses reopening once the SHU is allocated', () => {
    const entry = tb.run('journal.list', { source: 'TUTUP_BUKU', page: 1, pageSize: 1 }).items[0]!
    tb.book.sqlite
      .prepare(
        `INSERT INTO shu_allocations (year, date, shu_after_tax, entry_id, snapshot, created_at) VALUES (2025, '2026-03-01', ?, ?, '{}', 'x')`
      )
      .run(SHU, entry.id)
    try {
      expect(tb.fail('closing.reopen', { year: 2025, reason: 'Koreksi setelah RAT' }).message).toMatch(/sudah dibagi/)
    } finally {
      tb.book.sqlite.prepare('DELETE FROM shu_allocations WHERE year = 2025').run()
    }
  })
})

describe('loss, manual tax and refusals', () => {
  let b: TestBook
  let h: BookHost
  beforeAll(async () => {
    b = await createTestBook({ booksStartDate: '2024-01-01' })
    h = createExecutor(b.book)
    b.run('journal.post', {
      date: '2024-01-02',
      description: 'Modal',
      lines: [
        { account: '1-1201', debit: 10_000_000 },
        { account: '3-2101', credit: 10_000_000 }
      ]
    })
    b.run('journal.post', {
      date: '2024-05-02',
      description: 'Pendapatan',
      lines: [
        { account: '1-1201', debit: 1_000_000 },
        { account: '4-2401', credit: 1_000_000 }
      ]
    })
    b.run('journal.post', {
      date: '2024-05-03',
      description: 'Sewa',
      lines: [
        { account: '5-3204', debit: 1_500_000 },
        { account: '1-1201', credit: 1_500_000 }
      ]
    })
  })
  afterAll(async () => {
    b.close()
  })

  it('a loss goes to the debit of 3-5101 and then 3-5102; manual tax is posted as given', async () => {
    const r = await ok<ClosingResult>(
      h.execute('closing.close', { year: 2024, tax: { mode: 'MANUAL', amount: 25_000 } })
    )
    expect(r.shu).toBe(-525_000)
    expect(r.tax).toMatchObject({ mode: 'MANUAL', amount: 25_000, turnover: 1_000_000 })
    expect(r.warnings.some((w) => w.includes('rugi'))).toBe(true)
    const bal = (code: string) => {
      const x = b
        .run('reports.trialBalance', { asOf: '2024-12-31', includeZero: true })
        .rows.find((row) => row.code === code)!
      return x.closingCredit - x.closingDebit
    }
    expect(bal('3-5102')).toBe(-525_000)
    expect(bal('3-5101')).toBe(0)
    expect(bal('5-3204')).toBe(0)
  })

  it('refuses closing a year whose previous year is open, and a used 3-9999', async () => {
    b.run('journal.post', {
      date: '2025-03-01',
      description: 'Salah akun',
      lines: [
        { account: '1-1201', debit: 1_000 },
        { account: '3-9999', credit: 1_000 }
      ]
    })
    const p = b.run('closing.preview', { year: 2025 })
    expect(p.problems.some((x) => x.includes('3-9999'))).toBe(true)
    const r = await h.execute('closing.close', { year: 2025 })
    expect(r.ok).toBe(false)
    // Nothing was backed up or posted for a refused closing.
    expect(b.run('closing.status', { year: 2025 }).closed).toBe(false)
  })

  it('a December locked by the monthly close is reopened for the closing entries and locked again', async () => {
    const c = await createTestBook({ booksStartDate: '2024-01-01' })
    const hc = createExecutor(c.book)
    try {
      c.run('journal.post', {
        date: '2024-05-02',
        description: 'Pendapatan',
        lines: [
          { account: '1-1201', debit: 1_000_000 },
          { account: '4-2401', credit: 1_000_000 }
        ]
      })
      c.run('periods.lock', { month: '2024-12' })
      const r = await ok<ClosingResult>(hc.execute('closing.close', { year: 2024 }))
      expect(r.shu).toBe(1_000_000)
      expect(r.allLocked).toBe(true)
      expect(c.run('ledger.check', {}).problems).toEqual([])
    } finally {
      c.close()
    }
  })
})
