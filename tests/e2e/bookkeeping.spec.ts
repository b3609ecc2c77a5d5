import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  const r = await app.executor.execute('cash.receipt', {
    date: '2026-01-05',
    partyName: 'Pemerintah Desa',
    description: 'Modal penyertaan',
    lines: [{ account: '3-2101', amount: 50_000_000 }]
  })
  if (!r.ok) throw new Error(r.error.message)
})

test.afterAll(async () => {
  await app?.close()
})

test('post a payment voucher and see it in the cash book; add an asset and depreciate a month once', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Kas & Aset', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kas & Aset', level: 1 })).toBeVisible()

  // Buku kas → Bukti kas keluar
  await page.getByLabel('Dari tanggal').fill('01/01/2026')
  await page.getByLabel('Sampai tanggal').fill('31/12/2026')
  await page.getByRole('button', { name: 'Bukti kas keluar' }).click()
  await page.getByLabel('Tanggal', { exact: false }).first().fill('10/02/2026')
  await page.getByLabel('Dibayarkan kepada').fill('PLN')
  await page.getByLabel('Uraian').fill('Listrik Februari')
  const picker = page.getByRole('combobox', { name: 'Akun baris 1' })
  await picker.fill('5-3201')
  await expect(page.getByRole('listbox', { name: 'Pilihan akun' })).toBeVisible()
  await picker.press('Enter')
  await page.getByLabel('Jumlah baris 1').fill('275.500')
  await expect(page.getByTestId('voucher-form-total')).toHaveText('Rp275.500')
  await page.getByRole('button', { name: 'Simpan bukti kas keluar' }).click()
  await expect(page.getByText('Bukti KK-2026-000001 tersimpan dan diposting.')).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'KK-2026-000001' })
  await expect(row).toContainText('275.500')
  await expect(row).toContainText('49.724.500')
  await expect(page.getByTestId('cash-closing')).toHaveText('49.724.500')
  await page.getByRole('button', { name: 'Cetak bukti KK-2026-000001' }).click()
  await expect(page.getByTestId('voucher-words')).toHaveText('Dua ratus tujuh puluh lima ribu lima ratus rupiah')
  await page.screenshot({ path: testInfo.outputPath('bukti-kas-keluar.png'), fullPage: true })
  await page.getByRole('button', { name: 'Kembali ke buku kas' }).click()

  // Aset tetap
  await page.getByRole('link', { name: 'Aset tetap', exact: true }).click()
  await page.getByRole('button', { name: 'Catat aset' }).click()
  await page.getByLabel('Nama aset').fill('Laptop bendahara')
  await page.getByLabel('Kelompok').selectOption('INVENTARIS')
  await page.getByLabel('Tanggal perolehan').fill('20/01/2026')
  await page.getByLabel('Harga perolehan').fill('12.000.000')
  await page.getByLabel('Umur manfaat (bulan)').fill('36')
  await page.getByRole('button', { name: 'Simpan aset' }).click()
  await expect(page.getByText('Aset AT-0001 tercatat.')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'AT-0001' })).toContainText('333.333')

  await page.getByLabel('Bulan penyusutan').fill('02/2026')
  await expect(page.getByTestId('depreciation-preview')).toContainText('1 aset, jumlah Rp333.333')
  await page.getByRole('button', { name: 'Posting penyusutan' }).click()
  await expect(page.getByTestId('depreciation-result')).toHaveText(
    /Penyusutan diposting: jurnal JU-2026-\d{6}, jumlah Rp333\.333\./
  )
  await page.getByRole('button', { name: 'Posting penyusutan' }).click()
  await expect(
    page.getByText(
      /Bulan: penyusutan Februari 2026 sudah diposting dengan jurnal JU-2026-\d{6}; tidak dapat diposting dua kali/
    )
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('penyusutan.png'), fullPage: true })

  const tb = await app.executor.execute('reports.trialBalance', { asOf: '2026-12-31' })
  expect(tb.ok && (tb.result as { balanced: boolean }).balanced).toBe(true)
})
