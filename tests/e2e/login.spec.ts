import { expect, test, type Page } from '@playwright/test'
import type { AuthUser } from '../../shared/commands/auth'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

const SRI = { username: 'sri', fullName: 'Sri Wahyuni', role: 'bendahara', password: 'kas-desa-2026' } as const
const BUDI = { username: 'budi', fullName: 'Budi Santoso', role: 'pengawas', password: 'awas-awas-2026' } as const

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  // Login is still off: anyone at this laptop may add users.
  for (const u of [SRI, BUDI]) {
    const r = await app.executor.execute('users.create', u)
    expect(r.ok, JSON.stringify(r)).toBe(true)
  }
})

test.afterAll(async () => {
  await app?.close()
})

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Nama pengguna').fill(username)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByLabel('Kata sandi').press('Enter')
}

async function chooseAccount(page: Page, line: number, query: string) {
  const picker = page.getByRole('combobox', { name: `Akun baris ${line}` })
  await picker.fill(query)
  await expect(page.getByRole('listbox', { name: 'Pilihan akun' })).toBeVisible()
  await picker.press('Enter')
}

test('login required: wrong password, a pengawas only reads, a bendahara posts', async ({ page }, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()

  const on = await app.executor.execute('auth.setEnabled', { enabled: true })
  expect(on).toMatchObject({ ok: true, result: { enabled: true } })
  await page.reload()

  // The login screen comes before the app.
  await expect(page.getByRole('heading', { name: 'Masuk', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toHaveCount(0)
  await expect(page.getByLabel('Nama pengguna')).toBeFocused()
  await page.screenshot({ path: testInfo.outputPath('01-login.png'), fullPage: true })

  await logIn(page, 'budi', 'bukan-sandinya')
  await expect(page.getByText('Nama pengguna atau kata sandi salah')).toBeVisible()
  const password = page.getByLabel('Kata sandi')
  await expect(password).toHaveAttribute('aria-invalid', 'true')
  // The message is the password field's own description (shown right under it).
  const describedBy = await password.getAttribute('aria-describedby')
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Nama pengguna atau kata sandi salah')
  await page.screenshot({ path: testInfo.outputPath('02-login-salah.png'), fullPage: true })

  // Pengawas: reads everything, posts nothing.
  await logIn(page, BUDI.username, BUDI.password)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await expect(page.getByTestId('user-name')).toHaveText('Budi Santoso')
  await expect(page.getByRole('group', { name: 'Pengguna yang sedang masuk' })).toContainText('Pengawas')
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Catat jurnal baru/ })).toHaveCount(0)
  await expect(page.getByTestId('check-ok')).toHaveText('✓ Buku diperiksa: baik')

  await page.getByRole('link', { name: 'Jurnal & Buku Besar' }).click()
  await expect(page.getByRole('heading', { name: 'Daftar jurnal' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Catat jurnal', exact: true })).toHaveCount(0)
  await expect(page.getByRole('form', { name: 'Catat jurnal' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Posting' })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('03-pengawas-jurnal.png'), fullPage: true })

  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Neraca Saldo' })).toBeVisible()
  await expect(page.getByText('Seimbang ✓')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('04-pengawas-neraca-saldo.png'), fullPage: true })

  // Settings: the audit trail is readable, user management is not offered.
  await page.getByRole('link', { name: 'Pengaturan', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Jejak audit' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Pengguna', exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Jejak audit' }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Masuk (login)' }).first()).toContainText('budi')

  // Keluar → back to the login screen.
  await page.getByRole('button', { name: 'Keluar' }).click()
  await expect(page.getByRole('heading', { name: 'Masuk', level: 1 })).toBeVisible()
  await expect(page.getByText('Anda telah keluar.')).toBeVisible()

  // Bendahara: posts a journal.
  await logIn(page, SRI.username, SRI.password)
  await expect(page.getByTestId('user-name')).toHaveText('Sri Wahyuni')
  await expect(page.getByRole('group', { name: 'Pengguna yang sedang masuk' })).toContainText('Bendahara')
  await page.getByRole('link', { name: 'Beranda', exact: true }).click()
  await page
    .getByRole('link', { name: /Catat jurnal baru/ })
    .first()
    .click()
  await page.getByLabel('Tanggal', { exact: true }).fill('05/01/2026')
  await page.getByLabel('Keterangan', { exact: true }).fill('Penerimaan hibah dari pemerintah desa')
  await chooseAccount(page, 1, '1-1101')
  await page.getByLabel('Debit baris 1').fill('500000')
  await chooseAccount(page, 2, 'hibah')
  await page.getByLabel('Kredit baris 2').fill('500.000')
  await expect(page.getByTestId('selisih')).toContainText('Seimbang')
  await page.getByRole('button', { name: 'Posting' }).click()
  await expect(page.getByText('Jurnal JU-2026-000001 berhasil diposting.')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('05-bendahara-posting.png'), fullPage: true })

  // With login on, a door without a session is refused; as Sri the journal is there, in her name.
  expect(await app.executor.execute('journal.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
  const sri: AuthUser = { id: 1, username: 'sri', fullName: 'Sri Wahyuni', role: 'bendahara', isActive: true }
  const list = await app.executor.execute('journal.list', {}, { user: sri })
  expect(list).toMatchObject({
    ok: true,
    result: { total: 1, items: [{ number: 'JU-2026-000001', createdBy: 'sri' }] }
  })
})
