import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

/**
 * Issue 14 point 5 in the browser: the laptop says New York (12.30 on 31 March), the cooperative is
 * in Kalimantan Timur (WITA, UTC+8), the moment is 16.30 UTC on 31 March 2026: for the cooperative
 * it is already 00.30 on 1 April. Today, default dates and receipt times follow the cooperative.
 */
test.use({ timezoneId: 'America/New_York' })
const NOW = new Date('2026-03-31T16:30:00Z')
let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true, now: NOW, province: 'Kalimantan Timur' })
  for (const [name, input] of [
    ['savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 }],
    ['members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }]
  ] as const) {
    const r = await app.executor.execute(name, input)
    if (!r.ok) throw new Error(r.error.message)
  }
})
test.afterAll(async () => app?.close())

test('a WITA cooperative on a New York laptop: today is 1 April, receipts say WITA, and the zone can be changed', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  expect(await page.evaluate(() => new Date().getDate())).toBe(31)
  await page.goto(`${app.url}/#/simpanan/transaksi`)
  await expect(page.getByLabel('Tanggal', { exact: true })).toHaveValue('1 April 2026')
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await page.getByLabel('Jenis simpanan').selectOption('POKOK')
  await page.getByLabel('Jumlah', { exact: true }).fill('50.000')
  await page.getByRole('button', { name: 'Simpan setoran' }).click()
  await expect(page.getByTestId('receipt-recorded')).toHaveText('1 April 2026 00.30 WITA')

  await page.goto(`${app.url}/#/pengaturan/profil`)
  const zone = page.getByLabel('Zona waktu koperasi')
  await expect(zone.locator('option:checked')).toHaveText('Ikuti provinsi (WITA)')
  await zone.selectOption('Asia/Jakarta')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByText('Profil koperasi tersimpan.')).toBeVisible()
  // In WIB it is still 23.30 on 31 March.
  await page.goto(`${app.url}/#/simpanan/transaksi`)
  await expect(page.getByLabel('Tanggal', { exact: true })).toHaveValue('31 Maret 2026')
  const profile = await app.executor.execute('profile.get', {})
  expect(profile.ok && (profile.result as { timeZone: string; timeZoneSource: string })).toMatchObject({
    timeZone: 'Asia/Jakarta',
    timeZoneSource: 'PENGATURAN'
  })
})
