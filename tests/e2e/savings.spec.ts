import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  const r = await app.executor.execute('savings.setSettings', {
    effectiveFrom: '2026-01-01',
    pokokAmount: 50000,
    wajibAmount: 20000
  })
  if (!r.ok) throw new Error(r.error.message)
})

test.afterAll(async () => {
  await app?.close()
})

test('register a member, deposit and withdraw simpanan, see the passbook and the tie-out', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()

  // Anggota: register through the form, with the live NIK reading.
  await page.getByRole('link', { name: 'Anggota', exact: true }).click()
  await page.getByRole('link', { name: 'Tambah anggota', exact: true }).click()
  await page.getByLabel('Nama lengkap').fill('Siti Aminah')
  await page.getByLabel('NIK (KTP)').fill('3273054508900001')
  await page.getByLabel('Jenis kelamin').selectOption('P')
  await page.getByLabel('Tanggal lahir').fill('05/08/1990')
  await page.getByLabel('Tanggal masuk').fill('05/01/2026')
  await page.getByLabel('Desa/kelurahan').fill('Sukamaju')
  const nik = page.getByTestId('nik-check')
  await expect(nik).toContainText('Jawa Barat')
  await expect(nik).toContainText('Perempuan')
  await expect(nik).toContainText('5 Agustus 1990')
  await expect(nik).toContainText('NIK terbaca tanpa masalah.')
  await page.getByRole('button', { name: 'Daftarkan anggota' }).click()
  await expect(page.getByText('Anggota A-0001 Siti Aminah berhasil didaftarkan.')).toBeVisible()

  await page.getByRole('link', { name: 'Daftar anggota', exact: true }).click()
  const row = page.getByRole('row').filter({ hasText: 'A-0001' })
  await expect(row).toContainText('Siti Aminah')
  await expect(row).toContainText('3273054508900001')
  await expect(row).toContainText('Aktif')

  const listed = await app.executor.execute('members.list', { page: 1, pageSize: 10 })
  if (!listed.ok) throw new Error(listed.error.message)
  const memberId = (listed.result as { items: { id: number }[] }).items[0]!.id

  // Simpanan: deposits
  await page.getByRole('link', { name: 'Simpanan', exact: true }).click()
  const tx = async (type: 'POKOK' | 'SUKARELA', direction: 'Setor' | 'Tarik', amount: string) => {
    await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
    await page.getByLabel('Jenis simpanan').selectOption(type)
    await page.getByLabel(direction, { exact: true }).check()
    await page.getByLabel('Jumlah', { exact: true }).fill(amount)
    await page.getByLabel('Tanggal', { exact: true }).fill('06/01/2026')
    await page.getByRole('button', { name: direction === 'Setor' ? 'Simpan setoran' : 'Simpan penarikan' }).click()
  }
  await tx('POKOK', 'Setor', '50.000')
  const receipt = page.getByTestId('receipt')
  await expect(receipt).toContainText('Kwitansi setoran simpanan')
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp50.000')
  await expect(page.getByTestId('receipt-words')).toHaveText('Lima puluh ribu rupiah')
  await expect(page.getByTestId('receipt-entry')).toHaveText(/\S+-2026-\d+/)
  await page.getByRole('button', { name: 'Transaksi baru' }).click()

  await tx('SUKARELA', 'Setor', '100.000')
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp100.000')
  await expect(page.getByTestId('receipt-words')).toHaveText('Seratus ribu rupiah')
  await page.getByRole('button', { name: 'Transaksi baru' }).click()

  // Overdraw: refused in Indonesian next to the amount; nothing posted.
  await tx('SUKARELA', 'Tarik', '150.000')
  await expect(page.getByText(/penarikan Rp150\.000 akan membuat saldo minus/)).toBeVisible()
  await expect(page.getByTestId('receipt')).toHaveCount(0)
  const before = await app.executor.execute('savings.passbook', { memberId })
  expect(before).toMatchObject({ ok: true, result: { closing: { POKOK: 50_000, SUKARELA: 100_000 } } })
  if (before.ok) expect((before.result as { lines: unknown[] }).lines).toHaveLength(2)

  await page.getByLabel('Jumlah', { exact: true }).fill('40.000')
  await page.getByRole('button', { name: 'Simpan penarikan' }).click()
  await expect(page.getByTestId('receipt')).toContainText('Kwitansi penarikan simpanan')
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp40.000')
  await expect(page.getByTestId('receipt-words')).toHaveText('Empat puluh ribu rupiah')
  await page.screenshot({ path: testInfo.outputPath('kwitansi.png'), fullPage: true })

  // Passbook
  await page.getByRole('link', { name: 'Buku simpanan', exact: true }).click()
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  await expect(page.getByTestId('closing-SUKARELA')).toHaveText('Rp60.000')
  await expect(page.getByTestId('closing-POKOK')).toHaveText('Rp50.000')
  // Each savings type in its own section with its own balance, as banks print it.
  await expect(page.getByTestId('section-closing-POKOK')).toHaveText('Rp50.000')
  await expect(page.getByTestId('section-closing-WAJIB')).toHaveText('Rp0')
  const lines = page.getByRole('table', { name: 'Buku simpanan — Simpanan sukarela' }).getByRole('row')
  await expect(lines).toHaveCount(3)
  await expect(lines.last()).toContainText('40.000')
  await expect(lines.last().getByRole('cell').last()).toHaveText('60.000')

  // Tie-out
  await expect(page.getByTestId('tie-out-POKOK')).toContainText('Cocok ✓')
  await expect(page.getByTestId('tie-out-SUKARELA')).toContainText('Cocok ✓')
  await expect(page.getByTestId('tie-out-SUKARELA')).toContainText('Rp60.000')
  await page.screenshot({ path: testInfo.outputPath('buku-simpanan.png'), fullPage: true })

  // Saldo anggota with totals
  await page.getByRole('link', { name: 'Saldo anggota', exact: true }).click()
  await expect(page.getByTestId('balances-totals')).toContainText('110.000')

  const after = await app.executor.execute('savings.passbook', { memberId })
  expect(after).toMatchObject({ ok: true, result: { closing: { POKOK: 50_000, WAJIB: 0, SUKARELA: 60_000 } } })
})
