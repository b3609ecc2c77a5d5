import { dirname, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { chooseAccount, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })
// Tall enough that the Cadangan page and its dialogs fit without scrolling (clear screenshots).
test.use({ viewport: { width: 1280, height: 1400 } })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})

test.afterAll(async () => {
  await app?.close()
})

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Pengaturan', exact: true }).click()
  await page.getByRole('link', { name: 'Cadangan', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Daftar cadangan' })).toBeVisible()
}

test('back up, post, restore the backup: the journal is gone and the restore can be undone', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  // No backup yet: the header item says so, in red.
  const age = page.getByTestId('backup-age')
  await expect(age).toHaveText('Cadangan: belum ada')
  await expect(age).toHaveAttribute('data-tone', 'none')

  await openBackups(page)
  await expect(page.getByTestId('backup-last')).toHaveText('Belum ada cadangan')
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click()
  await expect(page.getByText('Cadangan dibuat.')).toBeVisible()
  const list = page.getByRole('table', { name: 'Daftar cadangan' })
  const manual = list.getByRole('row').filter({ hasText: 'Manual' })
  await expect(manual).toHaveCount(1)
  await expect(manual).toContainText(/\d+ KB/)
  await expect(manual).toContainText('bawaan')
  await expect(page.getByTestId('backup-last')).toContainText('baru saja')
  await expect(age).toHaveText('Cadangan: baru saja')
  await expect(age).toHaveAttribute('data-tone', 'ok')
  await page.screenshot({ path: testInfo.outputPath('01-cadangan-dibuat.png'), fullPage: true })

  // A journal after the backup.
  await page.getByRole('link', { name: 'Jurnal & Buku Besar' }).click()
  await page.getByRole('link', { name: 'Catat jurnal', exact: true }).click()
  await page.getByLabel('Tanggal', { exact: true }).fill('03/01/2026')
  await page.getByLabel('Keterangan', { exact: true }).fill('Penerimaan hibah dari pemerintah desa')
  await chooseAccount(page, 1, '1-1101')
  await page.getByLabel('Debit baris 1').fill('100000')
  await chooseAccount(page, 2, 'hibah')
  await page.getByLabel('Kredit baris 2').fill('100.000')
  await page.getByRole('button', { name: 'Posting' }).click()
  await expect(page.getByText('Jurnal JU-2026-000001 berhasil diposting.')).toBeVisible()
  expect(await app.executor.execute('journal.list', {})).toMatchObject({ ok: true, result: { total: 1 } })

  // Restore the backup from the list, after the confirmation.
  await openBackups(page)
  await manual.getByRole('button', { name: /^Pulihkan cadangan/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Pulihkan buku dari cadangan?' })
  await expect(confirm).toContainText('Berkas diperiksa dulu')
  await expect(confirm).toContainText('Sebelum pemulihan')
  // What will happen, before anything does: the backup was checked and holds no journal; the book now
  // holds one (posted on 3 January 2026 above), which the restore replaces (issue 14 point 10).
  await expect(confirm).toContainText('Berkas baik dan dapat dipulihkan.')
  await expect(confirm.getByTestId('restore-current')).toHaveText(
    'Buku saat ini: 1 jurnal, terakhir tanggal 3 Januari 2026. Semua itu diganti isi berkas.'
  )
  await page.screenshot({ path: testInfo.outputPath('02-konfirmasi-pulihkan.png'), fullPage: true })
  await confirm.getByRole('button', { name: 'Ya, pulihkan' }).click()

  const done = page.getByRole('dialog', { name: 'Buku dipulihkan' })
  await expect(done).toBeVisible()
  await expect(page.getByTestId('safety-backup')).toContainText('sebelum-pulih')
  await page.screenshot({ path: testInfo.outputPath('03-dipulihkan.png'), fullPage: true })
  await done.getByRole('button', { name: 'Selesai — muat ulang data' }).click()
  await expect(done).toHaveCount(0)

  // The safety backup of the book before the restore is listed, so it can be undone.
  await expect(list.getByRole('row').filter({ hasText: 'Sebelum pemulihan' })).toHaveCount(1)
  await expect(list.getByRole('row').filter({ hasText: 'Manual' })).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('04-daftar-setelah-pulih.png'), fullPage: true })

  // The journal posted after the backup is gone: in the list, and in the book itself.
  await page.getByRole('link', { name: 'Jurnal & Buku Besar' }).click()
  await page.getByRole('link', { name: 'Daftar jurnal', exact: true }).click()
  await expect(page.getByText('Belum ada jurnal. Catat jurnal pertama di tab “Catat jurnal”.')).toBeVisible()
  await expect(page.getByText('Penerimaan hibah dari pemerintah desa')).toHaveCount(0)
  expect(await app.executor.execute('journal.list', {})).toMatchObject({ ok: true, result: { total: 0, items: [] } })
  // The start-up check runs again on the restored book, and finds it whole.
  const checkLine = page.locator('.health-line')
  await expect(checkLine).not.toHaveText(/Memeriksa buku/, { timeout: 20_000 })
  // (On failure the line's title carries the book's message.)
  expect(await checkLine.textContent(), (await checkLine.getAttribute('title')) ?? '').toBe('✓ Buku diperiksa: baik')
  await page.screenshot({ path: testInfo.outputPath('05-jurnal-hilang.png'), fullPage: true })
})

test('export the book (a verified download), and bring it to another laptop from the first-run screen by uploading it', async ({
  page
}, testInfo) => {
  const target = join(dirname(app.file), 'pindah-laptop.lumbung')
  await page.goto(app.openUrl)
  await openBackups(page)
  // Browser mode: nothing is written on the book's computer; the verified copy comes as a download.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Ekspor buku…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^KDMP-Sukamaju-Buku-\d{2}-\d{2}-\d{4}\.lumbung$/)
  await download.saveAs(target)
  await expect(page.getByText('Buku diekspor dan diperiksa')).toBeVisible()
  await expect(page.getByText(/Berkas diunduh: KDMP-Sukamaju-Buku-.*\.lumbung/)).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('06-ekspor.png'), fullPage: true })

  // The other laptop: a fresh, empty book shows the first-run wizard.
  const other = await startApp()
  try {
    await page.goto(other.openUrl)
    await expect(page.getByRole('heading', { name: 'Selamat datang di Lumbung' })).toBeVisible()
    await page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Pulihkan buku dari berkas lain' })
    const choosing = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click()
    await (await choosing).setFiles(target)
    await expect(dialog).toContainText('Berkas dipilih: pindah-laptop.lumbung')
    await expect(dialog).toContainText('Berkas baik dan dapat dipulihkan.')
    await expect(dialog).toContainText('Koperasi Desa Merah Putih Sukamaju')
    await page.screenshot({ path: testInfo.outputPath('07-impor-periksa.png'), fullPage: true })
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click()
    await page
      .getByRole('dialog', { name: 'Buku dipulihkan' })
      .getByRole('button', { name: 'Selesai — muat ulang data' })
      .click()
    await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
    await expect(page.locator('.topbar__name')).toHaveText('Koperasi Desa Merah Putih Sukamaju')
    expect(await other.executor.execute('setup.status', {})).toMatchObject({ ok: true, result: { initialized: true } })
    // The restored book passes every check, including the re-derivation from its audit trail.
    const check = await other.executor.execute('system.check', {})
    expect(check.ok && (check.result as { ok: boolean }).ok, JSON.stringify(check)).toBe(true)
  } finally {
    await other.close()
  }
})
