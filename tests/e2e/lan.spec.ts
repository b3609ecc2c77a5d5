import { expect, test, type Page } from '@playwright/test'
import { startApp, type RunningApp } from './app'
import { expectedPairingCode, freePort, servedFingerprint } from '../helpers/lan'

// Office network mode switched on from Pengaturan › Jaringan kantor, on 127.0.0.2 (loopback only).
test.describe.configure({ mode: 'serial' })

const LAN = '127.0.0.2'
const SRI = { username: 'sri', fullName: 'Sri Wahyuni', role: 'bendahara', password: 'kas-desa-2026' } as const
const ANI = { username: 'ani', fullName: 'Ani Lestari', role: 'pengawas', password: 'awas-awas-2026' } as const
let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true, lan: true })
  for (const u of [SRI, ANI]) expect((await app.executor.execute('users.create', u)).ok).toBe(true)
  expect((await app.executor.execute('auth.setEnabled', { enabled: true })).ok).toBe(true)
})
test.afterAll(async () => {
  await app?.close()
})

async function logIn(page: Page, u: { username: string; password: string }) {
  await page.getByLabel('Nama pengguna').fill(u.username)
  await page.getByLabel('Kata sandi').fill(u.password)
  await page.getByLabel('Kata sandi').press('Enter')
}

test('the bendahara switches on office network mode in Settings; a second device checks the code and logs in over HTTPS', async ({
  page,
  browser
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Masuk', level: 1 })).toBeVisible()
  await logIn(page, SRI)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/pengaturan/jaringan`)
  await expect(page.getByRole('heading', { name: 'Mode jaringan kantor' })).toBeVisible()
  await expect(
    page.getByText('perangkat lain di jaringan yang dipilih dapat membuka halaman masuk').first()
  ).toBeVisible()

  const port = await freePort(LAN)
  await page.getByLabel('Antarmuka jaringan').selectOption({ label: 'Alamat lain…' })
  await page.getByLabel('Alamat IPv4').fill(LAN)
  await page.getByLabel('Port').fill(String(port))
  await page.getByRole('button', { name: 'Nyalakan mode jaringan kantor' }).click()
  await expect(page.getByText('Menyala di antarmuka lo')).toBeVisible()
  await expect(page.getByTestId('lan-url')).toHaveText(`https://${LAN}:${port}/`)
  await expect(page.getByRole('img', { name: `Kode QR berisi alamat https://${LAN}:${port}/` })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('01-jaringan-kantor.png'), fullPage: true })

  const shown = (await page.getByTestId('lan-fingerprint').textContent())!.trim()
  const code = (await page.getByTestId('lan-pairing-code').textContent())!.trim()
  const served = await servedFingerprint(LAN, port)
  expect(served.node).toBe(served.sha256)
  expect(shown).toBe(served.sha256)
  expect(code).toBe(expectedPairingCode(served.sha256))

  // The second desk: another browser, no token, only the address.
  const desk = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'id-ID' })
  const other = await desk.newPage()
  await other.goto(`https://${LAN}:${port}/`)
  await expect(other.getByRole('heading', { name: 'Masuk', level: 1 })).toBeVisible()
  await logIn(other, ANI)
  await expect(other.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  const cookies = await desk.cookies(`https://${LAN}:${port}/`)
  const admission = cookies.find((c) => c.name === '__Host-lumbung_lan')!
  expect(admission).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' })
  await other.screenshot({ path: testInfo.outputPath('02-meja-kedua.png'), fullPage: true })
  await desk.close()

  await page.getByRole('button', { name: 'Matikan mode jaringan kantor' }).click()
  await expect(page.getByText('Mati: hanya komputer ini yang dapat membuka Lumbung.')).toBeVisible()
  await expect(servedFingerprint(LAN, port)).rejects.toThrow()
})
