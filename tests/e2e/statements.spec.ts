import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run<T = any>(name: string, input: unknown): Promise<T> {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

// The quarter goes through the gerai module: one purchase and three sales (the last on bon to a
// member), with HPP at moving-average cost, so the statements read what the gerai posted.
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await run('journal.post', {
    date: '2026-01-05',
    description: 'Modal penyertaan desa',
    lines: [
      { account: '1-1101', debit: 20_000_000, unit: 'KANTOR' },
      { account: '3-2101', credit: 20_000_000, unit: 'KANTOR' }
    ]
  })
  const siti = (await run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' })).id
  const supplier = (await run('trading.saveSupplier', { name: 'Toko Grosir Makmur' })).id
  const beras = (
    await run('trading.saveItem', { unit: 'SEMBAKO', code: 'BRS', name: 'Beras medium', uom: 'kg', sellPrice: 20_000 })
  ).id
  await run('trading.purchase', {
    date: '2026-02-01',
    unit: 'SEMBAKO',
    supplierId: supplier,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 400, unitCost: 15_000 }]
  })
  await run('trading.sell', {
    date: '2026-02-10',
    unit: 'SEMBAKO',
    memberId: siti,
    lines: [{ itemId: beras, qty: 100 }]
  })
  await run('trading.sell', {
    date: '2026-02-20',
    unit: 'SEMBAKO',
    memberId: null,
    lines: [{ itemId: beras, qty: 50, price: 25_000 }]
  })
  await run('trading.sell', {
    date: '2026-03-05',
    unit: 'SEMBAKO',
    memberId: siti,
    payment: 'BON',
    lines: [{ itemId: beras, qty: 50 }]
  })
})

test.afterAll(async () => {
  await app?.close()
})

test('statements: Hasil Usaha per unit with drill-down, Posisi Keuangan exported to Excel and PDF', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  const tabs = page.getByRole('navigation', { name: 'Daftar laporan' })
  await expect(tabs.getByRole('link').first()).toHaveText('Neraca saldo')

  // Hasil Usaha for the first quarter: dates go into the address.
  await tabs.getByRole('link', { name: 'Hasil Usaha' }).click()
  await page.getByLabel('Dari tanggal').fill('01/01/2026')
  await page.getByLabel('Sampai tanggal').fill('31/03/2026')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page).toHaveURL(/#\/laporan\/hasil-usaha\?dari=2026-01-01&sampai=2026-03-31/)
  await expect(page.getByText('Untuk periode 1 Januari 2026 s.d. 31 Maret 2026')).toBeVisible()
  const revenueMember = page.getByRole('button', {
    name: 'Rincian 4-2101 Penjualan Sembako – Anggota, unit Gerai Sembako: 3.000.000'
  })
  await expect(revenueMember).toBeVisible()
  // By hand: sales to Siti 100 kg × 20.000 (tunai) + 50 kg × 20.000 (bon) = 3.000.000; to a non-member
  // 50 kg × 25.000 = 1.250.000; HPP 200 kg × 15.000 (the one purchase's cost) = 3.000.000;
  // SHU = 3.000.000 + 1.250.000 − 3.000.000 = 1.250.000 (no expenses, no tax before closing).
  await expect(page.getByTestId('is-row-4-2101').locator('td.stmt-total-col')).toHaveText('3.000.000')
  await expect(page.getByTestId('is-row-4-2102').locator('td.stmt-total-col')).toHaveText('1.250.000')
  await expect(page.getByRole('button', { name: 'Rincian 5-1101 HPP Sembako: 3.000.000' })).toBeVisible()
  await expect(page.getByTestId('is-row-SHU_SETELAH_PAJAK')).toContainText('1.250.000')
  await expect(page.getByTestId('party-SEMBAKO')).toContainText('1.250.000')
  await expect(page.getByTestId('shu-chart')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('hasil-usaha.png'), fullPage: true })

  // Drill down: the journal lines behind the figure.
  await revenueMember.click()
  const dialog = page.getByRole('dialog', { name: 'Rincian 4-2101 Penjualan Sembako – Anggota, unit Gerai Sembako' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row').filter({ hasText: 'Penjualan tunai' })).toContainText('2.000.000')
  await expect(dialog.getByRole('row').filter({ hasText: 'Penjualan tunai' })).toContainText('10/02/2026')
  await expect(dialog.getByRole('row').filter({ hasText: 'Penjualan bon' })).toContainText('1.000.000')
  await expect(dialog.getByTestId('drill-total')).toContainText('3.000.000')
  await page.screenshot({ path: testInfo.outputPath('rincian.png') })
  const entryLink = dialog.getByRole('link', { name: /^(JU|KM)-2026-/ }).first()
  await expect(entryLink).toHaveAttribute('href', /#\/jurnal\/daftar\?buka=\d+/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Print layout of Hasil Usaha (A4).
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: testInfo.outputPath('hasil-usaha-cetak.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })

  // Posisi Keuangan, exported.
  await tabs.getByRole('link', { name: 'Posisi Keuangan' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan Posisi Keuangan' })).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Rincian 1-1601 Persediaan Barang Dagangan – Sembako: 3.000.000' })
  ).toBeVisible()
  // By hand: kas kantor 20.000.000 modal − 6.000.000 purchase (400 kg × 15.000) = 14.000.000; kas gerai
  // 2.000.000 + 1.250.000 cash sales = 3.250.000; kas 17.250.000; piutang bon 50 kg × 20.000 = 1.000.000;
  // stock 200 kg × 15.000 = 3.000.000; assets 21.250.000 = modal penyertaan 20.000.000 + SHU 1.250.000.
  for (const line of [
    'Rincian 1-1101 Kas Kantor / Kas Besar: 14.000.000',
    'Rincian 1-1110 Kas Gerai: 3.250.000',
    'Rincian 1-11 Kas: 17.250.000',
    'Rincian 1-1501 Piutang Usaha – Anggota: 1.000.000',
    'Rincian 3-21 Modal Penyertaan: 20.000.000',
    'Rincian SHU tahun berjalan (belum ditutup): 1.250.000'
  ])
    await expect(page.getByRole('button', { name: line, exact: true })).toBeVisible()
  await expect(page.getByRole('row', { name: 'Jumlah aset 21.250.000', exact: true })).toBeVisible()
  await expect(page.getByTestId('bs-total-le').locator('td').first()).toHaveText('21.250.000')
  await expect(page.getByText('Seimbang ✓')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('posisi-keuangan.png'), fullPage: true })

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh Excel' }).click()
  ])
  expect(xlsx.suggestedFilename()).toMatch(/^KDMP-Sukamaju-Neraca-.*\.xlsx$/)
  const xlsxPath = testInfo.outputPath(xlsx.suggestedFilename())
  await xlsx.saveAs(xlsxPath)
  // Browser mode writes nothing on the book's computer: the file is only downloaded.
  await expect(page.getByTestId('stmt-export-file')).toContainText(/^Berkas diunduh: KDMP-Sukamaju-Neraca-.*\.xlsx$/)
  expect(existsSync(join(dirname(app.file), 'ekspor'))).toBe(false)
  const rows = await readSheet(readFileSync(xlsxPath))
  const text = (r: unknown[]) => r.map((c) => String(c ?? '')).join(' | ')
  expect(rows.some((r) => text(r).includes('Laporan Posisi Keuangan'))).toBe(true)
  const stock = rows.find((r) => text(r).includes('Persediaan Barang Dagangan'))
  expect(stock, rows.map(text).join('\n')).toBeTruthy()
  expect(stock!.some((c) => c === 3_000_000)).toBe(true)

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PDF' }).click()
  ])
  expect(pdf.suggestedFilename()).toMatch(/^KDMP-Sukamaju-Neraca-.*\.pdf$/)
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename())
  await pdf.saveAs(pdfPath)
  await expect(page.getByTestId('stmt-export-file')).toContainText(/\.pdf$/)
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  expect(pdfText).toContain('Laporan Posisi Keuangan')
  expect(pdfText).toMatch(/Koperasi Desa Merah Putih Sukamaju/i)
  expect(pdfText).toContain('Halaman 1 dari')
  expect(pdfText).toContain('3.000.000')
  const pngBase = testInfo.outputPath('posisi-keuangan-pdf')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, pngBase])
  const png = [`${pngBase}-1.png`, `${pngBase}-01.png`].find((p) => existsSync(p))
  expect(png, 'PNG halaman 1').toBeTruthy()

  // Arus Kas: the closing cash agrees with the cash and bank accounts.
  await tabs.getByRole('link', { name: 'Arus Kas' }).click()
  await expect(page.getByTestId('cf-check')).toHaveText(
    'Saldo kas dan bank di buku: 17.250.000 — sama dengan kas akhir ✓'
  )
  await expect(page.getByTestId('cf-closing')).toContainText('17.250.000')
  await page.screenshot({ path: testInfo.outputPath('arus-kas.png'), fullPage: true })

  await tabs.getByRole('link', { name: 'Perubahan Ekuitas' }).click()
  await expect(page.getByTestId('eq-row-SALDO_AKHIR')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('perubahan-ekuitas.png'), fullPage: true })

  await tabs.getByRole('link', { name: 'CALK' }).click()
  await expect(page.getByRole('heading', { name: 'Catatan atas Laporan Keuangan' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('calk.png'), fullPage: true })
})
