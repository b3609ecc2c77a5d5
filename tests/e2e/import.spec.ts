import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})

test.afterAll(async () => {
  await app?.close()
})

const HEADER = [
  'No. Anggota',
  'Nama Lengkap',
  'NIK',
  'Jenis Kelamin',
  'Tgl Masuk',
  'Simpanan Pokok',
  'Simpanan Wajib',
  'Simpanan Sukarela'
]
const row = (no: string, name: string, nik: string, g: string, pokok: number, wajib: number, sukarela: number) => [
  no,
  name,
  nik,
  g,
  '05/01/2025',
  pokok,
  wajib,
  sukarela
]

async function writeFile(path: string, badNik: boolean) {
  const rows = [
    HEADER,
    row('A-0001', 'Siti Aminah', '3273054508900001', 'P', 50_000, 120_000, 250_000),
    row('A-0002', 'Budi Santoso', badNik ? '3273056013900001' : '3273051201850002', 'L', 50_000, 60_000, 0),
    row('A-0003', 'Dewi Lestari', '3273055503920003', 'P', 50_000, 20_000, 100_000)
  ]
  await writeXlsxFile(rows).toFile(path)
}

test('import members from .xlsx: a bad row is listed and nothing is imported; fixed, it imports and the trial balance shows the totals', async ({
  page
}, testInfo) => {
  const file = join(testInfo.outputDir, 'anggota.xlsx')
  await import('node:fs').then((fs) => fs.mkdirSync(testInfo.outputDir, { recursive: true }))
  await writeFile(file, true)

  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Anggota', exact: true }).click()
  await page.getByRole('link', { name: 'Impor', exact: true }).click()
  // Browser mode: the file is uploaded through the browser's own chooser; no path is typed.
  const choosing = page.waitForEvent('filechooser')
  await page.getByTestId('import-choose').click()
  await (await choosing).setFiles(file)
  await expect(page.getByTestId('import-chosen')).toHaveText('Berkas dipilih: anggota.xlsx')
  await page.getByLabel('Tanggal saldo awal').fill('01/01/2026')
  await page.getByRole('button', { name: 'Pratinjau', exact: true }).click()

  const errors = page.getByRole('table', { name: 'Kesalahan per baris' })
  const bad = errors.getByRole('row').filter({ hasText: 'NIK' })
  await expect(bad).toHaveCount(1)
  await expect(bad.getByRole('cell').first()).toHaveText('3')
  await expect(bad).toContainText('13')
  await expect(page.getByTestId('import-rows')).toHaveText('3')
  await expect(page.getByTestId('import-valid')).toHaveText('2')
  await expect(page.getByLabel('Diisi ke: Nama Lengkap')).toHaveValue('name')
  await expect(page.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled()
  await page.screenshot({ path: testInfo.outputPath('impor-salah.png'), fullPage: true })

  const none = await app.executor.execute('members.list', {})
  expect(none).toMatchObject({ ok: true, result: { total: 0 } })

  // Fix the file, choose it again and preview again.
  await writeFile(file, false)
  const again = page.waitForEvent('filechooser')
  await page.getByTestId('import-choose').click()
  await (await again).setFiles(file)
  await page.getByRole('button', { name: 'Pratinjau', exact: true }).click()
  await expect(page.getByRole('table', { name: 'Kesalahan per baris' })).toHaveCount(0)
  await expect(page.getByTestId('import-valid')).toHaveText('3')
  const totals = page.getByTestId('import-totals')
  await expect(totals).toContainText('Rp150.000')
  await expect(totals).toContainText('Rp200.000')
  await expect(totals).toContainText('Rp350.000')
  await page.screenshot({ path: testInfo.outputPath('impor-pratinjau.png'), fullPage: true })
  await page.getByRole('button', { name: 'Impor', exact: true }).click()
  await expect(page.getByTestId('import-done')).toContainText('3 anggota berhasil diimpor')

  const listed = await app.executor.execute('members.list', {})
  expect(listed).toMatchObject({ ok: true, result: { total: 3 } })

  await page.getByRole('link', { name: 'Lihat Neraca saldo' }).click()
  await expect(page.getByRole('heading', { name: 'Neraca Saldo' })).toBeVisible()
  const body = page.locator('.table--report tbody tr')
  await expect(body.filter({ hasText: '3-1101' })).toContainText('150.000')
  await expect(body.filter({ hasText: '3-1102' })).toContainText('200.000')
  await expect(body.filter({ hasText: '2-1101' })).toContainText('350.000')
  await expect(page.getByText('Seimbang ✓')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('neraca-saldo-impor.png'), fullPage: true })
})
