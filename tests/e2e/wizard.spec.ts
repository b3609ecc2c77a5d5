import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp()
})

test.afterAll(async () => {
  await app?.close()
})

test('a treasurer sets up an empty book through the wizard and lands on Beranda', async ({ page }, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Selamat datang di Lumbung' })).toBeVisible()
  // The session token leaves the address bar once it is read.
  await expect.poll(() => new URL(page.url()).hash).not.toContain('token=')

  // Step 1: profile. Leaving required fields empty keeps us here, with the reason shown.
  await page.getByRole('button', { name: /Lanjut/ }).click()
  await expect(page.getByRole('heading', { name: 'Profil koperasi', level: 2 })).toBeVisible()
  await expect(page.getByText('wajib diisi').first()).toBeVisible()

  await page.getByLabel('Nama koperasi').fill('Koperasi Desa Merah Putih Sukamaju')
  await page.getByLabel('Jenis koperasi').selectOption('Koperasi Desa/Kelurahan Merah Putih')
  await page.getByLabel('Nomor badan hukum').fill('AHU-0012345.AH.01.29.TAHUN 2025')
  await page.getByLabel('Tanggal badan hukum').fill('12/07/2025')
  await page.getByLabel('Nomor Induk Koperasi (NIK)').fill('3203010020001')
  await page.getByLabel('Alamat (jalan/dusun, RT/RW)').fill('Jl. Raya Sukamaju No. 1')
  // The region from the Kemendagri list, each level under the one above.
  await page.getByLabel('Provinsi').selectOption({ label: 'Jawa Barat' })
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Cianjur' })
  await page.getByLabel('Kecamatan').selectOption({ label: 'Cibeber' })
  await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Sukamaju' })
  await page.getByLabel('Kode pos').fill('43262')
  await page.getByLabel('Nomor telepon').fill('0812-3456-7890')
  // Enter goes to the next step.
  await page.getByLabel('Email').fill('koperasi.sukamaju@example.id')
  await page.getByLabel('Email').press('Enter')

  // Step 2: chart of accounts — leave one account out, add one bank account.
  await expect(page.getByRole('heading', { name: 'Bagan akun', level: 2 })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Pakai akun 1-1110 Kas Gerai' }).uncheck()
  await page.getByLabel('Akun induk').selectOption('1-12')
  await expect(page.getByLabel('Kode akun baru')).toHaveValue('1-1202')
  await page.getByLabel('Nama akun baru').fill('Bank BRI Unit Cibeber')
  await page.getByRole('button', { name: '+ Tambah sub-akun' }).click()
  await expect(page.getByRole('list', { name: 'Daftar akun' }).getByText('Bank BRI Unit Cibeber')).toBeVisible()
  await page.getByRole('button', { name: /Lanjut/ }).click()

  // Step 3: business units — rename one, drop one, add one.
  await expect(page.getByRole('heading', { name: 'Unit usaha', level: 2 })).toBeVisible()
  await page.getByLabel('Nama unit ke-2').fill('Gerai Sembako Sukamaju')
  await page.getByRole('button', { name: 'Hapus unit Gudang / Cold Storage' }).click()
  await page.getByRole('button', { name: '+ Tambah unit usaha' }).click()
  await page.getByLabel('Kode unit ke-7').fill('pangan')
  await page.getByLabel('Nama unit ke-7').fill('Lumbung Pangan Desa')
  await page.getByLabel('Kode unit ke-7').press('Enter')

  // Step 4: start of the books, summary, and set up.
  await expect(page.getByRole('heading', { name: 'Mulai pembukuan', level: 2 })).toBeVisible()
  await page.getByLabel('Tanggal mulai pembukuan').fill('01/01/2026')
  await page.getByLabel('Tahun buku pertama').fill('2026')
  await expect(page.getByText('Koperasi Desa Merah Putih Sukamaju')).toBeVisible()
  await expect(page.getByText(/termasuk 1 sub-akun tambahan/)).toBeVisible()
  await page.getByRole('button', { name: 'Siapkan buku' }).click()

  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await expect(page.locator('.topbar__name')).toHaveText('Koperasi Desa Merah Putih Sukamaju')
  await expect(page.getByText('Posisi kas (kas + bank)')).toBeVisible()
  await expect(page.getByText('Belum ada jurnal.')).toBeVisible()

  // What the book now holds.
  const status = await app.executor.execute('setup.status', {})
  expect(status).toMatchObject({
    ok: true,
    result: {
      initialized: true,
      profile: {
        village: 'Sukamaju',
        villageCode: '32.03.03.2013',
        provinceCode: '32',
        booksStartDate: '2026-01-01',
        firstFinancialYear: 2026,
        legalEntityDate: '2025-07-12'
      }
    }
  })
  const accounts = await app.executor.execute('accounts.list', {})
  if (!accounts.ok) throw new Error(accounts.error.message)
  const codes = (accounts.result as { code: string; name: string }[]).map((a) => a.code)
  expect(codes).toContain('1-1202')
  expect(codes).not.toContain('1-1110')
  const units = await app.executor.execute('units.list', {})
  if (!units.ok) throw new Error(units.error.message)
  const unitNames = (units.result as { code: string; name: string }[]).map((u) => `${u.code}:${u.name}`)
  expect(unitNames).toContain('SEMBAKO:Gerai Sembako Sukamaju')
  expect(unitNames).toContain('PANGAN:Lumbung Pangan Desa')
  expect(unitNames.some((u) => u.startsWith('GUDANG:'))).toBe(false)

  await page.screenshot({ path: testInfo.outputPath('beranda-setelah-wizard.png'), fullPage: true })
})
