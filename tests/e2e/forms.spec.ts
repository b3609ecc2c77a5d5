import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

/**
 * Issue 16 points 1 and 7: the printable loan simulation (figures worked by hand), the question
 * before leaving a form with unsaved changes, and downloads named for the cooperative and the document.
 * Hand calculation: Rp5.000.000 at 2 % a month flat over 10 months → pokok 500.000 + jasa 100.000
 * = angsuran 600.000; jasa in all 1.000.000; provisi 1 % = 50.000, administrasi 25.000, both deducted
 * → the member receives 5.000.000 − 50.000 − 25.000 = 4.925.000.
 */
let app: RunningApp

async function ok(name: string, input: unknown) {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as never
}

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await ok('loans.setProduct', {
    code: 'MODAL',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Modal',
    method: 'flat',
    ratePerMonth: '2',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '1',
    adminFee: 25_000,
    feeDeducted: true
  })
  await ok('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05', village: 'Sukamaju' })
})
test.afterAll(async () => app?.close())

test('the member takes home a printed simulation: terms, installment, what is handed over and the schedule', async ({
  page
}, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/pinjaman/pengajuan`)
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await page.getByLabel('Produk pinjaman').selectOption('MODAL')
  await page.getByLabel('Plafon', { exact: true }).fill('5.000.000')
  await page.getByLabel('Jangka waktu (bulan)').fill('10')
  const sheet = page.getByTestId('simulation-sheet')
  await expect(sheet.getByTestId('sim-installment')).toHaveText('Rp600.000')
  await expect(sheet.getByTestId('sim-handed-over')).toContainText('Rp4.925.000')
  await expect(sheet.getByRole('button', { name: 'Cetak simulasi' })).toBeVisible()

  const path = info.outputPath('simulasi-pinjaman.pdf')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, ' ')
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 841/)
  for (const part of [
    'Koperasi Desa Merah Putih Sukamaju',
    'Simulasi Angsuran Pinjaman',
    'A-0001 · Siti Aminah',
    'MODAL · Pinjaman Modal',
    'Rp5.000.000',
    '2 % per bulan (Flat)',
    '10 bulan',
    'Angsuran per bulan Rp600.000',
    'Jumlah jasa Rp1.000.000',
    'Rp6.000.000',
    'Provisi Rp50.000',
    'Biaya administrasi Rp25.000',
    'Rp4.925.000 (plafon dikurangi provisi dan administrasi)'
  ]) {
    expect(flat.toLowerCase(), part).toContain(part.toLowerCase())
  }
  // The schedule: every month 500.000 + 100.000 = 600.000, the balance falling by 500.000 to 0.
  for (let k = 1; k <= 10; k++)
    expect(flat).toContain(` ${k} 500.000 100.000 600.000 ${(5_000_000 - 500_000 * k).toLocaleString('id-ID')} `)
  expect(flat).toMatch(/Jumlah 5\.000\.000 1\.000\.000 6\.000\.000/)
  expect(flat).toContain('Petugas/Bendahara')
  expect(flat).toContain('Halaman 1 dari 1')
  // The form itself is not on the paper.
  expect(flat).not.toContain('Ajukan pinjaman')
})

test('leaving a form with unsaved changes asks first: links, Back and closing the tab', async ({ page }) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/anggota/tambah`)
  await page.getByLabel('Nama lengkap').fill('Budi Santoso')
  await page.getByRole('link', { name: 'Simpanan', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Tinggalkan tanpa menyimpan?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Tetap di sini' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Tetap di sini' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso')
  expect(new URL(page.url()).hash).toBe('#/anggota/tambah')

  // Back in the browser: the address goes back to the form and the same question comes.
  await page.goBack()
  await expect(dialog).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/anggota/tambah')
  await dialog.getByRole('button', { name: 'Tetap di sini' }).click()

  // Closing the tab: the browser's own question.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type())
      void d.dismiss()
    })
  )
  await page.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
})

test('"Tinggalkan" leaves; a saved form leaves without asking', async ({ page }) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/anggota/tambah`)
  await page.getByLabel('Nama lengkap').fill('Budi Santoso')
  await page.getByRole('link', { name: 'Simpanan', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Tinggalkan' }).click()
  await expect(page.getByRole('heading', { name: 'Simpanan', level: 1 })).toBeVisible()

  await page.goto(`${app.url}/#/anggota/tambah`)
  await page.getByLabel('Nama lengkap').fill('Dewi Lestari')
  await page.getByLabel('Jenis kelamin').selectOption('P')
  await page.getByLabel('Tanggal masuk').fill('05/01/2026')
  await page.getByRole('button', { name: 'Daftarkan anggota' }).click()
  await expect(page.getByText(/Dewi Lestari berhasil didaftarkan/)).toBeVisible()
  await page.getByRole('link', { name: 'Simpanan', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Simpanan', level: 1 })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a download is named <koperasi>-<dokumen>-<periode> and the notice offers to open it', async ({ page }, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/laporan/posisi-keuangan?per=2026-12-31`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PDF' }).click()
  ])
  expect(download.suggestedFilename()).toBe('KDMP-Sukamaju-Neraca-2026.pdf')
  const path = info.outputPath(download.suggestedFilename())
  await download.saveAs(path)
  expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Laporan Posisi Keuangan')
  await expect(page.getByTestId('stmt-export-file')).toHaveText('Berkas diunduh: KDMP-Sukamaju-Neraca-2026.pdf')
  await expect(page.getByRole('button', { name: 'Buka KDMP-Sukamaju-Neraca-2026.pdf' })).toBeVisible()
  await expect(page.getByRole('button', { name: /di folder$/ })).toHaveCount(0)
  // Browser mode: nothing written beside the book.
  expect(existsSync(join(dirname(app.file), 'ekspor'))).toBe(false)
})
