import { expect, test } from '@playwright/test'
import type { HealthSettings } from '../../shared/health/model'
import { startApp, type RunningApp } from './app'

/**
 * Issue 20 point 6 in the browser: the weights and cut-offs of the health assessment are edited in
 * a form (Pengaturan › Penilaian kesehatan), not as JSON; sums and orders are checked with messages
 * naming the field, and what is saved is what the worksheet then uses.
 */
let app: RunningApp
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})
test.afterAll(async () => app?.close())

async function settings(): Promise<HealthSettings> {
  const r = await app.executor.execute('health.settings', {})
  if (!r.ok) throw new Error(r.error.message)
  return (r.result as { settings: HealthSettings }).settings
}

test('weights that do not add up are refused with the field named; a valid change is saved and used', async ({
  page
}) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/pengaturan/kesehatan`)
  const form = page.getByRole('form', { name: 'Bobot dan batas penilaian kesehatan' })
  await expect(form.getByLabel('C. Kinerja keuangan')).toHaveValue('40')
  await expect(page.getByTestId('juknis-weights-sum')).toHaveText('Jumlah bobot: 100 (harus 100)')

  // 30 + 15 + 35 + 15 = 95: the running total says so, and saving names the field.
  await form.getByLabel('C. Kinerja keuangan').fill('35')
  await expect(page.getByTestId('juknis-weights-sum')).toHaveText('Jumlah bobot: 95 (harus 100)')
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByTestId('health-settings-issues')).toHaveText(
    'Juknis 2021 › Bobot aspek: jumlah keempat bobot harus 100 (sekarang 95)'
  )
  // Not a number, and a band boundary below the one before it.
  await form.getByLabel('D. Permodalan').fill('dua puluh')
  const npl = page.getByTestId('settings-juknis.ratios.NPL')
  await npl.locator('summary').click()
  await npl.getByLabel('Batas ke-2 (sampai dengan, %)').fill('4,5')
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByTestId('health-settings-issues')).toContainText(
    'Juknis 2021 › Bobot aspek D. Permodalan: harus berupa angka, mis. 12,5'
  )
  await form.getByLabel('D. Permodalan').fill('20')
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByTestId('health-settings-issues')).toHaveText(
    'Juknis 2021 › Pinjaman bermasalah (NPL) terhadap pinjaman diberikan: batas ke-2 (4,5 %) harus lebih besar dari batas ke-1 (5 %)'
  )
  await expect(npl.getByLabel('Batas ke-2 (sampai dengan, %)')).toHaveAttribute('aria-invalid', 'true')
  await npl.getByLabel('Batas ke-2 (sampai dengan, %)').fill('12,5')

  // Perdep: a sub-weight up by one makes 101 until the manajemen points come down.
  const modal = page.getByTestId('settings-perdep.ratios.MODAL_ASET')
  await modal.locator('summary').click()
  await modal.getByLabel('Bobot').fill('11')
  await expect(page.getByTestId('perdep-weights-sum')).toHaveText(
    'Jumlah bobot: rasio 90 + 5 × 3 manajemen = 105 (harus 100)'
  )
  await form.getByLabel('Nilai per komponen manajemen (5 komponen)').fill('2')
  await expect(page.getByTestId('perdep-weights-sum')).toHaveText(
    'Jumlah bobot: rasio 90 + 5 × 2 manajemen = 100 (harus 100)'
  )
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByText('Pengaturan penilaian kesehatan tersimpan.')).toBeVisible()

  const s = await settings()
  expect(s.juknis.aspectWeights).toEqual({ TATA_KELOLA: 30, PROFIL_RISIKO: 15, KINERJA_KEUANGAN: 35, PERMODALAN: 20 })
  expect(s.juknis.ratios.NPL!.bands.map((b) => b.upTo)).toEqual([5, 12.5, 15, null])
  expect(s.perdep.manajemenPoints).toBe(2)
  expect(s.perdep.ratios.MODAL_ASET!.weight).toBe(11)

  // The worksheet uses them: the aspect weights of Juknis read 30, 15, 35, 20.
  await page.goto(`${app.url}/#/laporan/kesehatan`)
  const summary = page.getByTestId('health-summary')
  await expect(summary.getByRole('row', { name: /C\. Kinerja keuangan/ })).toContainText('35')
  await expect(summary.getByRole('row', { name: /D\. Permodalan/ })).toContainText('20')
})
