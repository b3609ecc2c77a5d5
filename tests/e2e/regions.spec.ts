import { expect, test, type Page } from '@playwright/test'
import { startApp, type RunningApp } from './app'

/**
 * Issue 20 point 1 in the browser: a book set up with typed names (Sukamaju, Cibeber, Kabupaten
 * Cianjur, Jawa Barat) gets its Kemendagri codes through the guided step, level by level; then the
 * region is changed through the cascading lists and the time zone follows the new province.
 */
let app: RunningApp
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})
test.afterAll(async () => app?.close())

async function profile(): Promise<Record<string, unknown>> {
  const r = await app.executor.execute('profile.get', {})
  if (!r.ok) throw new Error(r.error.message)
  return r.result as Record<string, unknown>
}

async function confirmSuggestion(page: Page, said: string, choice: RegExp) {
  const guide = page.getByTestId('region-guide')
  await expect(guide).toContainText(said)
  await guide.getByRole('button', { name: choice }).first().click()
}

test('typed names of an older book are matched to codes step by step, then changed through the lists', async ({
  page
}) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/pengaturan/profil`)
  const picker = page.getByTestId('region-picker')
  await expect(picker.getByLabel('Provinsi')).toHaveValue('')

  // The best suggestion comes first at each level; the treasurer confirms it.
  await confirmSuggestion(page, 'Buku lama menulis provinsi “Jawa Barat”', /^Jawa Barat \(kode 32, kemiripan 100 %\)$/)
  await expect(picker.getByLabel('Provinsi')).toHaveValue('32')
  await confirmSuggestion(
    page,
    'kabupaten/kota “Kabupaten Cianjur”',
    /^Kabupaten Cianjur \(kode 32\.03, kemiripan 100 %\)$/
  )
  await confirmSuggestion(page, 'kecamatan “Cibeber”', /^Cibeber \(kode 32\.03\.03, kemiripan 100 %\)$/)
  await confirmSuggestion(page, 'desa/kelurahan “Sukamaju”', /^Sukamaju \(kode 32\.03\.03\.2013, kemiripan 100 %\)$/)
  await expect(page.getByTestId('region-guide')).toHaveCount(0)
  await expect(picker.getByLabel('Desa/kelurahan')).toHaveValue('32.03.03.2013')
  await expect(picker.getByText('Kode 32.03.03.2013')).toBeVisible()
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByText('Profil koperasi tersimpan.')).toBeVisible()
  expect(await profile()).toMatchObject({
    provinceCode: '32',
    regencyCode: '32.03',
    districtCode: '32.03.03',
    villageCode: '32.03.03.2013',
    village: 'Sukamaju',
    timeZone: 'Asia/Jakarta'
  })

  // Moving the cooperative to Balikpapan: a new province empties the levels below it.
  await picker.getByLabel('Provinsi').selectOption({ label: 'Kalimantan Timur' })
  await expect(picker.getByLabel('Kabupaten/kota')).toHaveValue('')
  await expect(picker.getByLabel('Desa/kelurahan')).toBeDisabled()
  await expect(page.getByLabel('Zona waktu koperasi').locator('option:checked')).toHaveText('Ikuti provinsi (WITA)')
  await picker.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Balikpapan' })
  await picker.getByLabel('Kecamatan').selectOption({ label: 'Balikpapan Timur' })
  await picker.getByLabel('Desa/kelurahan').selectOption({ label: 'Manggar' })
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByText('Profil koperasi tersimpan.')).toBeVisible()
  expect(await profile()).toMatchObject({
    province: 'Kalimantan Timur',
    regency: 'Kota Balikpapan',
    district: 'Balikpapan Timur',
    village: 'Manggar',
    provinceCode: '64',
    regencyCode: '64.71',
    districtCode: '64.71.01',
    villageCode: '64.71.01.1001',
    timeZone: 'Asia/Makassar',
    timeZoneSource: 'PROVINSI'
  })

  // A village missing from the list can be typed by hand: its code is dropped, the levels above keep theirs.
  await picker.getByRole('button', { name: 'Wilayah tidak ada di daftar? Ketik manual' }).click()
  await picker.getByLabel('Desa/kelurahan').fill('Manggar Baru')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByText('Profil koperasi tersimpan.')).toBeVisible()
  expect(await profile()).toMatchObject({
    village: 'Manggar Baru',
    villageCode: null,
    districtCode: '64.71.01',
    provinceCode: '64'
  })
})

test('the codes travel in the Dinas export and back through the Rekap Dinas, which filters by them', async ({
  page
}) => {
  const codes = { provinceCode: '32', regencyCode: '32.03', districtCode: '32.03.03', villageCode: '32.03.03.2013' }
  const p = await app.executor.execute('profile.update', {
    name: 'Koperasi Desa Merah Putih Sukamaju',
    village: 'Sukamaju',
    district: 'Cibeber',
    regency: 'Kabupaten Cianjur',
    province: 'Jawa Barat',
    cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih',
    nikKoperasi: '3203010020001',
    ...codes
  })
  expect(p.ok).toBe(true)
  const exported = await app.executor.execute('dinas.export', { year: 2026, format: 'json' })
  if (!exported.ok) throw new Error(exported.error.message)
  const file = exported.result as { payloadFile?: string; file?: string }
  const imported = await app.executor.execute('dinas.importExport', { file: file.payloadFile ?? file.file! })
  if (!imported.ok) throw new Error(imported.error.message)

  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/dinas/laporan?tahun=2026`)
  await expect(page.getByTestId('dinas-field-kodeWilayah')).toContainText('32.03.03.2013')
  await page.goto(`${app.url}/#/dinas/rekap?tahun=2026`)
  const table = page.getByTestId('dinas-recap-table')
  await expect(table.getByTestId('dinas-recap-region-code')).toHaveText('kode 32.03.03.2013')
  await page.getByTestId('dinas-recap-filter').fill('32.03')
  await expect(table.getByRole('row').filter({ hasText: 'Koperasi Desa Merah Putih Sukamaju' })).toHaveCount(1)
  await page.getByTestId('dinas-recap-filter').fill('64')
  await expect(page.getByText('Tidak ada koperasi yang cocok dengan saringan.')).toBeVisible()
})
