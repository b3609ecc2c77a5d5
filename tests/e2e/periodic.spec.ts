import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import type { DinasPeriodicPayload } from '../../shared/dinas/periodic'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run<T = any>(name: string, input: unknown): Promise<T> {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

/**
 * By hand: modal penyertaan 50.000.000 on 2 January; Q1 sale 3.000.000, salary 1.000.000 → SHU
 * 2.000.000, assets 52.000.000; Q2 sale 2.000.000, electricity 250.000 → SHU 1.750.000, assets 53.750.000.
 */
test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: '2026-01-01' })
  await run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1201', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  await run('journal.post', {
    date: '2026-02-10',
    description: 'Penjualan',
    lines: [
      { account: '1-1101', debit: 3_000_000 },
      { account: '4-2101', credit: 3_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
    ]
  })
  await run('journal.post', {
    date: '2026-03-20',
    description: 'Gaji',
    lines: [
      { account: '5-3101', debit: 1_000_000 },
      { account: '1-1101', credit: 1_000_000 }
    ]
  })
  await run('journal.post', {
    date: '2026-04-15',
    description: 'Penjualan',
    lines: [
      { account: '1-1101', debit: 2_000_000 },
      { account: '4-2102', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' }
    ]
  })
  await run('journal.post', {
    date: '2026-05-05',
    description: 'Listrik',
    lines: [
      { account: '5-3201', debit: 250_000 },
      { account: '1-1101', credit: 250_000 }
    ]
  })
})

test.afterAll(async () => {
  await app?.close()
})

test('quarterly statements printed as one PDF; the quarter exported for the Dinas and compared in the quarterly recap', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await page.getByRole('link', { name: 'Triwulanan & Semesteran' }).click()
  await page.getByLabel('Jenis periode').selectOption('TRIWULAN')
  await page.getByLabel('Periode ke').selectOption('1')
  await page.getByLabel('Tahun', { exact: true }).fill('2026')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page.getByTestId('periodic-label')).toHaveText('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
  await expect(page.getByTestId('periodic-shu')).toHaveText('2.000.000')

  const pdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Unduh PDF' }).click()
  const d = await pdf
  expect(d.suggestedFilename()).toBe('KDMP-Sukamaju-Laporan-Triwulanan-I-2026.pdf')
  const pdfPath = testInfo.outputPath('triwulan.pdf')
  await d.saveAs(pdfPath)
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  expect(text).toContain('Laporan Arus Kas Triwulanan')
  expect(text).toContain('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
  expect(text).toContain('52.000.000')

  // The cooperative's quarterly export for the Dinas, two quarters.
  await page.getByRole('link', { name: 'Dinas', exact: true }).click()
  await page.getByRole('link', { name: 'Pemantauan Triwulanan' }).click()
  const files: string[] = []
  for (const q of ['1', '2']) {
    await page.getByLabel('Triwulan', { exact: true }).selectOption(q)
    await page.getByTestId('dinas-periodic-year').fill('2026')
    await page.getByRole('button', { name: 'Tampilkan' }).click()
    await expect(page.getByTestId('dinas-periodic-label')).toContainText(
      q === '1' ? 'Triwulan I 2026' : 'Triwulan II 2026'
    )
    const json = page.waitForEvent('download')
    await page.getByRole('button', { name: 'JSON untuk Dinas' }).click()
    const j = await json
    expect(j.suggestedFilename()).toBe(`KDMP-Sukamaju-Pemantauan-Dinas-TW-${q === '1' ? 'I' : 'II'}-2026.lumbung.json`)
    const path = testInfo.outputPath(`tw${q}.lumbung.json`)
    await j.saveAs(path)
    files.push(path)
  }
  expect((JSON.parse(readFileSync(files[1]!, 'utf8')) as DinasPeriodicPayload).fields.aset).toBe(53_750_000)

  // The Dinas side: both quarters imported, assets compared across quarters.
  await page.getByRole('link', { name: 'Rekap Triwulanan' }).click()
  for (const f of files) {
    const choosing = page.waitForEvent('filechooser')
    await page.getByTestId('dinas-periodic-import').click()
    await (await choosing).setFiles(f)
    await expect(page.getByTestId('dinas-periodic-done')).toContainText('ditambahkan ke rekap triwulanan')
  }
  await page.getByTestId('dinas-periodic-field').selectOption('aset')
  const row = page.getByTestId('dinas-periodic-recap').locator('tbody tr').first()
  await expect(row).toContainText('52.000.000')
  await expect(row).toContainText('53.750.000')
  await expect(row).toContainText('1.750.000')
  await page.screenshot({ path: testInfo.outputPath('rekap-triwulan.png'), fullPage: true })
})
