import { expect, test } from '@playwright/test'
import { fundCash, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await fundCash(app, 500_000_000, '2026-01-02')
  const p = await app.executor.execute('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20000000,
    provisiPercent: '1'
  })
  if (!p.ok) throw new Error(p.error.message)
  const m = await app.executor.execute('members.create', {
    name: 'Siti Aminah',
    nik: '3273054508900001',
    gender: 'P',
    joinedAt: '2026-01-05',
    birthPlace: 'Cianjur',
    occupation: 'Petani',
    village: 'Sukamaju',
    rt: '001',
    rw: '002',
    dusun: 'Krajan'
  })
  if (!m.ok) throw new Error(m.error.message)
})

test.afterAll(async () => {
  await app?.close()
})

test('simulate, apply, approve, disburse, pay installments with denda and pay off a loan', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Pinjaman', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Pinjaman', level: 1 })).toBeVisible()

  // Simulasi
  await page.getByLabel('Plafon', { exact: true }).fill('12.000.000')
  await page.getByLabel('Jasa % per bulan').fill('1,5')
  await page.getByLabel('Jangka waktu (bulan)').fill('12')
  await page.getByRole('button', { name: 'Hitung jadwal' }).click()
  await expect(page.getByTestId('effective-rate')).toHaveText(/Jasa efektif ≈ 2,\d{3} % per bulan/)
  await expect(page.getByTestId('schedule-row-1')).toContainText('1.180.000')
  await expect(page.getByTestId('schedule-total')).toContainText('14.160.000')
  await page.screenshot({ path: testInfo.outputPath('simulasi.png'), fullPage: true })

  // Pengajuan
  await page.getByRole('link', { name: 'Pengajuan', exact: true }).click()
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await page.getByLabel('Produk pinjaman').selectOption('UMUM')
  await page.getByLabel('Plafon', { exact: true }).fill('12.000.000')
  await page.getByLabel('Jangka waktu (bulan)').fill('12')
  await page.getByLabel('Tanggal pengajuan').fill('01/02/2026')
  await page.getByLabel('Tujuan pinjaman').fill('Modal warung')
  await expect(page.getByTestId('schedule-row-12')).toContainText('1.180.000')
  await page.getByRole('button', { name: 'Ajukan pinjaman' }).click()
  await expect(page.getByText(/Pengajuan \S+ tersimpan/)).toBeVisible()
  await page.getByRole('link', { name: 'Buka pengajuan' }).click()

  // Persetujuan
  await expect(page.getByTestId('loan-status').first()).toHaveText('Diajukan')
  await page.getByLabel('Tanggal keputusan').fill('02/02/2026')
  await page.getByRole('button', { name: 'Setujui' }).click()
  await expect(page.getByTestId('loan-status').first()).toHaveText('Disetujui')

  // Pencairan
  await page.getByLabel('Tanggal pencairan').fill('05/02/2026')
  await page.getByRole('button', { name: 'Cairkan pinjaman' }).click()
  await expect(page.getByTestId('loan-status').first()).toHaveText('Cair')
  await expect(page.getByTestId('schedule-row-1')).toContainText('05/03/2026')

  const pay = async (date: string, amount: string) => {
    await page.getByLabel('Tanggal bayar').fill(date)
    await expect(page.getByLabel('Jumlah bayar')).toHaveValue(amount)
    await page.getByRole('button', { name: 'Simpan pembayaran' }).click()
    await expect(page.getByTestId('receipt-amount')).toHaveText(`Rp${amount}`)
  }

  // Angsuran 1, on time
  await pay('05/03/2026', '1.180.000')
  await expect(page.getByTestId('receipt-jasa')).toHaveText('Rp180.000')
  await expect(page.getByTestId('receipt-pokok')).toHaveText('Rp1.000.000')
  await expect(page.getByTestId('receipt-words')).toHaveText('Satu juta seratus delapan puluh ribu rupiah')
  await page.getByRole('button', { name: 'Kembali ke pinjaman' }).click()

  // Angsuran 2, ten days late: denda
  await page.getByLabel('Tanggal bayar').fill('15/04/2026')
  await expect(page.getByTestId('dues-denda')).toHaveText('Rp8.260')
  await pay('15/04/2026', '1.188.260')
  await expect(page.getByTestId('receipt-denda')).toHaveText('Rp8.260')
  await page.screenshot({ path: testInfo.outputPath('kwitansi-angsuran.png'), fullPage: true })
  await page.getByRole('button', { name: 'Kembali ke pinjaman' }).click()

  // Pelunasan
  await page.getByLabel('Tanggal bayar').fill('20/04/2026')
  await expect(page.getByTestId('dues-payoff')).toHaveText('Rp10.180.000')
  await page.getByRole('button', { name: 'Lunasi' }).click()
  await expect(page.getByLabel('Jumlah bayar')).toHaveValue('10.180.000')
  await page.getByRole('button', { name: 'Simpan pembayaran' }).click()
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp10.180.000')
  await expect(page.getByTestId('receipt-outstanding')).toHaveText('Rp0')
  await page.getByRole('button', { name: 'Kembali ke pinjaman' }).click()
  await expect(page.getByTestId('loan-status').first()).toHaveText('Lunas')
  await expect(page.getByRole('region', { name: 'Kartu angsuran' })).toContainText('10.180.000')
  await page.screenshot({ path: testInfo.outputPath('kartu-angsuran.png'), fullPage: true })

  // Daftar pinjaman
  await page.getByRole('link', { name: 'Daftar pinjaman', exact: true }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Siti Aminah' })).toContainText('Lunas')

  // The trial balance, seen on its screen: the loan's receivable is gone and the books balance.
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Neraca Saldo' })).toBeVisible()
  await expect(page.getByText('Seimbang ✓')).toBeVisible()
  const tb = await app.executor.execute('reports.trialBalance', { asOf: '2026-12-31' })
  expect(tb).toMatchObject({ ok: true, result: { balanced: true } })
  const check = await app.executor.execute('system.check', {})
  expect(check).toMatchObject({ ok: true, result: { ok: true } })
})
