import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'
import { previousPeriod, reportingPeriod } from '../../../shared/statements/periods'
import type { PeriodicStatements } from '../../../shared/commands/statements'

/**
 * By hand: 2 Jan modal penyertaan 50.000.000 to the bank; Q1 sale 3.000.000, salary 1.000.000 →
 * SHU 2.000.000, cash 52.000.000; Q2 sale 2.000.000, electricity 250.000 → SHU 1.750.000, cash
 * 53.750.000; Semester I SHU 3.750.000.
 */
let dir: string
let cleanup: () => void
let host: BookHost

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-periodic-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  const post = (date: string, description: string, lines: unknown[]) =>
    ok(host.execute('journal.post', { date, description, lines }))
  await post('2026-01-02', 'Modal penyertaan', [
    { account: '1-1201', debit: 50_000_000 },
    { account: '3-2101', credit: 50_000_000 }
  ])
  await post('2026-02-10', 'Penjualan', [
    { account: '1-1101', debit: 3_000_000 },
    { account: '4-2101', credit: 3_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
  ])
  await post('2026-03-20', 'Gaji', [
    { account: '5-3101', debit: 1_000_000 },
    { account: '1-1101', credit: 1_000_000 }
  ])
  await post('2026-04-15', 'Penjualan', [
    { account: '1-1101', debit: 2_000_000 },
    { account: '4-2102', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' }
  ])
  await post('2026-05-05', 'Listrik', [
    { account: '5-3201', debit: 250_000 },
    { account: '1-1101', credit: 250_000 }
  ])
})
afterAll(async () => {
  await host.close()
  cleanup()
})

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

describe('quarterly and half-yearly statements', () => {
  it('names the periods in Indonesian', () => {
    expect(reportingPeriod('TRIWULAN', 2026, 1).label).toBe('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    expect(reportingPeriod('TRIWULAN', 2024, 1)).toMatchObject({ from: '2024-01-01', to: '2024-03-31' })
    expect(reportingPeriod('TRIWULAN', 2026, 4).label).toBe('Triwulan IV 2026 (1 Oktober – 31 Desember 2026)')
    expect(reportingPeriod('SEMESTER', 2026, 2).label).toBe('Semester II 2026 (1 Juli – 31 Desember 2026)')
    expect(previousPeriod(reportingPeriod('TRIWULAN', 2026, 1)).name).toBe('Triwulan IV 2025')
  })

  it('a quarter: position on its last day, result and cash flow over it', async () => {
    const q1 = await ok<PeriodicStatements>(
      host.execute('statements.periodic', { kind: 'TRIWULAN', year: 2026, number: 1, compare: false })
    )
    expect(q1.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' })
    expect(q1.incomeStatement.shu.total).toBe(2_000_000)
    expect(q1.balanceSheet.totalAssets).toBe(52_000_000)
    expect(q1.balanceSheet.balanced).toBe(true)
    expect(q1.cashFlow).toMatchObject({
      openingCash: 0,
      netChange: 52_000_000,
      closingCash: 52_000_000,
      cashAccountsBalance: 52_000_000
    })
    const q2 = await ok<PeriodicStatements>(
      host.execute('statements.periodic', { kind: 'TRIWULAN', year: 2026, number: 2, compare: false })
    )
    expect(q2.incomeStatement.shu.total).toBe(1_750_000)
    expect(q2.cashFlow).toMatchObject({ openingCash: 52_000_000, netChange: 1_750_000, closingCash: 53_750_000 })
    const s1 = await ok<PeriodicStatements>(
      host.execute('statements.periodic', { kind: 'SEMESTER', year: 2026, number: 1, compare: false })
    )
    expect(s1.period.label).toBe('Semester I 2026 (1 Januari – 30 Juni 2026)')
    expect(s1.incomeStatement.shu.total).toBe(3_750_000)
    expect(s1.balanceSheet.totalAssets).toBe(53_750_000)
    const r = await host.execute('statements.periodic', { kind: 'SEMESTER', year: 2026, number: 3 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ field: 'number' })
  })

  it('prints the quarter as one A4 PDF: three statements, dates in words, pages numbered through', async () => {
    const r = await ok(
      host.execute('statements.periodicExport', { kind: 'TRIWULAN', year: 2026, number: 1, format: 'pdf' })
    )
    expect(r.file).toBe(join(dir, 'ekspor', 'KDMP-Sukamaju-Laporan-Triwulanan-I-2026.pdf'))
    const t = text(r.file!)
    for (const title of [
      'Laporan Posisi Keuangan Triwulanan',
      'Laporan Perhitungan Hasil Usaha Triwulanan',
      'Laporan Arus Kas Triwulanan'
    ])
      expect(t).toContain(title)
    expect(t).toContain('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    expect(t).toContain('Triwulan I 2026 — per 31 Maret 2026')
    expect(t).toContain('52.000.000')
    expect(t).toContain('2.000.000')
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [r.file!], { encoding: 'utf8' }))![1])
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(t).toContain(`Halaman ${pages} dari ${pages}`)
    expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it('the half year as XLSX: one sheet per statement, numbers as numbers', async () => {
    const r = await ok(
      host.execute('statements.periodicExport', {
        kind: 'SEMESTER',
        year: 2026,
        number: 1,
        format: 'xlsx',
        compare: false,
        file: join(dir, 'semester.xlsx')
      })
    )
    const is = (await readSheet(r.file!, 'Perhitungan Hasil Usaha Semeste')) as unknown[][]
    expect(is[2]![0]).toBe('Semester I 2026 (1 Januari – 30 Juni 2026)')
    expect(is.find((row) => String(row[0]).includes('SHU setelah pajak'))).toContain(3_750_000)
    const cf = (await readSheet(r.file!, 'Arus Kas Semesteran')) as unknown[][]
    expect(cf.find((row) => row[0] === 'Kas dan setara kas akhir periode')).toContain(53_750_000)
  })
})
