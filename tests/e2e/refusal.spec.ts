import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})

test.afterAll(async () => {
  await app?.close()
})

test('an unbalanced entry cannot be posted and a locked period is refused in Indonesian', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page
    .getByRole('link', { name: /Catat jurnal baru/ })
    .first()
    .click()
  await expect(page.getByRole('form', { name: 'Catat jurnal' })).toBeVisible()

  const post = page.getByRole('button', { name: 'Posting' })
  await expect(post).toBeDisabled()

  await page.getByLabel('Tanggal', { exact: true }).fill('20/01/2026')
  await page.getByLabel('Keterangan', { exact: true }).fill('Pembelian ATK kantor')
  await page.getByRole('combobox', { name: 'Akun baris 1' }).fill('atk')
  await page.getByRole('combobox', { name: 'Akun baris 1' }).press('Enter')
  await expect(page.getByRole('combobox', { name: 'Akun baris 1' })).toHaveValue('5-3202 · Beban ATK & Cetak')
  await page.getByLabel('Debit baris 1').fill('175000')
  await page.getByRole('combobox', { name: 'Akun baris 2' }).fill('kas kecil')
  await page.getByRole('combobox', { name: 'Akun baris 2' }).press('Enter')
  await page.getByLabel('Kredit baris 2').fill('150.000')
  await page.getByLabel('Kredit baris 2').blur()

  // Unbalanced: the selisih is shown and Posting stays disabled (Ctrl+Enter does nothing either).
  await expect(page.getByTestId('selisih')).toHaveText(/Rp25\.000\s*debit lebih besar/)
  await expect(post).toBeDisabled()
  await page.getByLabel('Kredit baris 2').press('Control+Enter')
  await expect(page.getByText(/berhasil diposting/)).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('jurnal-tidak-seimbang.png'), fullPage: true })

  // Balance it, but the month is closed behind the treasurer's back: the book refuses.
  const locked = await app.executor.execute('periods.lock', { month: '2026-01' })
  expect(locked.ok).toBe(true)
  await page.getByLabel('Kredit baris 2').fill('175.000')
  await expect(page.getByTestId('selisih')).toContainText('Seimbang')
  await expect(post).toBeEnabled()
  await post.click()

  const message = page.getByText(/Periode Januari 2026 sudah ditutup \(dikunci\)/)
  await expect(message).toBeVisible()
  await expect(page.getByLabel('Tanggal', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  // The form keeps what was typed so the treasurer can pick another date.
  await expect(page.getByLabel('Keterangan', { exact: true })).toHaveValue('Pembelian ATK kantor')

  const list = await app.executor.execute('journal.list', {})
  expect(list).toMatchObject({ ok: true, result: { total: 0, items: [] } })

  await page.screenshot({ path: testInfo.outputPath('periode-terkunci.png'), fullPage: true })
})
