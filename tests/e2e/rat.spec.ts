import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { formatAmount } from '../../shared/money/rupiah'
import { fundCash, startApp, type RunningApp } from './app'

// The year-end flow of issue 7 in one go: close 2025, simulate SHU with changed percentages,
// hold the RAT (attendance and quorum), then build and preview the accountability book.
test.describe.configure({ mode: 'serial' })

let app: RunningApp
const run = async <T = { id: number }>(name: string, input: unknown): Promise<T> => {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: '2025-01-01' })
  await fundCash(app, 500_000_000, '2025-01-02')
  await run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 25_000 })
  const sup = await run('trading.saveSupplier', { name: 'UD Makmur' })
  const beras = await run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  })
  await run('trading.purchase', {
    date: '2025-02-01',
    unit: 'SEMBAKO',
    supplierId: sup.id,
    payment: 'TUNAI',
    lines: [{ itemId: beras.id, qty: 600, unitCost: 12_000 }]
  })
  const people: [string, 'L' | 'P'][] = [
    ['Siti Aminah', 'P'],
    ['Budi Santoso', 'L'],
    ['Wayan Sudarma', 'L'],
    ['Dewi Lestari', 'P'],
    ['Agus Salim', 'L']
  ]
  for (const [i, [name, gender]] of people.entries()) {
    const m = await run('members.create', { name, gender, joinedAt: '2025-01-05' })
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2025-01-05' })
    await run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: 25_000 * (i + 2), date: '2025-03-01' })
    await run('trading.sell', {
      date: '2025-03-02',
      unit: 'SEMBAKO',
      memberId: m.id,
      lines: [{ itemId: beras.id, qty: 20 * (i + 1) }]
    })
  }
  await run('trading.sell', { date: '2025-03-03', unit: 'SEMBAKO', lines: [{ itemId: beras.id, qty: 150 }] })
})

test.afterAll(async () => {
  await app?.close()
})

/*
 * The 2025 figures, by hand from the fixture above:
 *   sales to members (20 + 40 + 60 + 80 + 100) kg × Rp14.000 = 4.200.000, to non-members 150 kg × 14.000 = 2.100.000
 *   turnover (peredaran bruto) 6.300.000; HPP 450 kg × 12.000 = 5.400.000; SHU before tax 900.000
 *   PPh final 0,5 % × 6.300.000 = 31.500; SHU after tax 868.500
 * SHU simulated with jasa modal 30 % and jasa usaha 20 % (floor of each): 260.550 and 173.700.
 *   S = pokok 100.000 + wajib 25.000 × (i + 2): 150.000 … 250.000, ΣS = 1.000.000
 *   JMA exact 39.082,5 · 45.596,25 · 52.110 · 58.623,75 · 65.137,5: floors sum 260.548; the 2 rupiah left go
 *   to the largest fractions: Dewi (,75), then Siti and Agus tie at ,5 and the lower member number wins (Siti)
 *   T = purchases 280.000 × (i + 1), ΣT = 4.200.000: JUA = 173.700 × (i + 1) / 15, exact
 */
const HAND = {
  sales: '4.200.000',
  hpp: '5.400.000',
  turnover: '6.300.000',
  shuBeforeTax: '900.000',
  tax: '31.500',
  shu: '868.500',
  jasaModal: '260.550',
  jasaUsaha: '173.700',
  members: [
    { name: 'Siti Aminah', JMA: '39.083', JUA: '11.580', total: '50.663' },
    { name: 'Budi Santoso', JMA: '45.596', JUA: '23.160', total: '68.756' },
    { name: 'Wayan Sudarma', JMA: '52.110', JUA: '34.740', total: '86.850' },
    { name: 'Dewi Lestari', JMA: '58.624', JUA: '46.320', total: '104.944' },
    { name: 'Agus Salim', JMA: '65.137', JUA: '57.900', total: '123.037' }
  ]
}

test('RAT: close the year, simulate SHU, record attendance, make and preview the book', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1300, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()

  // 1. Tutup buku 2025 with PPh final 0,5 % of the turnover.
  await page.getByRole('link', { name: 'RAT', exact: true }).click()
  await page.getByRole('link', { name: 'Tutup buku', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  await page.getByLabel('Pajak penghasilan').selectOption('PPH_FINAL')
  await expect(page.getByTestId('close-turnover')).toHaveText(`Rp${HAND.turnover}`)
  await expect(page.getByTestId('close-tax')).toHaveText(`Rp${HAND.tax}`)
  await expect(page.getByTestId('close-shu')).toHaveText(`Rp${HAND.shu}`)
  await page.getByRole('button', { name: 'Tutup buku…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tutup buku tahun 2025?' })
  await dialog.getByLabel('Saya sudah memeriksa neraca saldo dan laporan tahun ini').check()
  await dialog.getByRole('button', { name: 'Ya, tutup buku' }).click()
  await expect(page.getByTestId('close-state')).toHaveText(/ditutup/i)
  await expect(page.getByTestId('close-status-shu')).toHaveText(`Rp${HAND.shu}`)
  const tb = await run<{ balanced: boolean; rows: { code: string; closingCredit: number; closingDebit: number }[] }>(
    'reports.trialBalance',
    { asOf: '2025-12-31' }
  )
  expect(tb.balanced).toBe(true)
  const shuRow = tb.rows.find((r) => r.code === '3-5102')!
  expect(formatAmount(shuRow.closingCredit - shuRow.closingDebit)).toBe(HAND.shu)

  // 2. SHU simulated with changed percentages (nothing saved).
  await page.getByRole('link', { name: 'SHU', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  await expect(page.getByTestId('shu-after-tax')).toHaveText(`Rp${HAND.shu}`)
  await page.getByLabel('Dana cadangan (%)').fill('30')
  await page.getByLabel('Jasa modal (JM) (%)').fill('30')
  await page.getByRole('button', { name: 'Simulasikan dengan persentase ini' }).click()
  await expect(page.getByTestId('shu-total-jma')).toHaveText(HAND.jasaModal)
  await expect(page.getByTestId('shu-total-jua')).toHaveText(HAND.jasaUsaha)
  const members = page.getByRole('table', { name: 'Simulasi SHU' })
  for (const m of HAND.members) {
    const cells = members.locator('tbody tr').filter({ hasText: m.name }).locator('td')
    await expect(cells.nth(4)).toHaveText(m.JMA)
    await expect(cells.nth(5)).toHaveText(m.JUA)
    await expect(cells.nth(6)).toHaveText(m.total)
  }

  // 3. The RAT: meeting data, then attendance ticked on the list until the quorum is met.
  await page.getByRole('link', { name: 'Rapat anggota', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  const form = page.getByRole('region', { name: 'Rapat Anggota Tahunan' })
  await form.getByLabel('RAT ke-').fill('1')
  await form.getByLabel('Tanggal', { exact: true }).fill('20/03/2026')
  await form.getByLabel('Tempat').fill('Balai Desa Sukamaju')
  await form.getByRole('button', { name: 'Simpan data RAT' }).click()
  await expect(page.getByTestId('rat-eligible')).toHaveText('5')
  await expect(page.getByTestId('rat-required')).toHaveText('3')
  for (const name of ['Siti Aminah', 'Budi Santoso'])
    await page.getByRole('checkbox', { name: `Hadir: ${name}` }).check()
  await expect(page.getByTestId('rat-quorum-state')).toHaveText('Kuorum belum terpenuhi')
  await page.getByRole('checkbox', { name: 'Hadir: Dewi Lestari' }).check()
  await expect(page.getByTestId('rat-quorum-state')).toHaveText('Kuorum terpenuhi')
  await expect(page.getByTestId('rat-present')).toContainText('3')
  await page.screenshot({ path: testInfo.outputPath('rat-kehadiran.png'), fullPage: true })

  // 4. The accountability book: built with a progress bar, then previewed in the app.
  await page.getByRole('link', { name: 'Buku RAT', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Buat buku RAT' }).click()
  ])
  await expect(page.getByTestId('ratbook-file')).toContainText('Buku-Laporan-RAT-2025.pdf', { timeout: 60_000 })
  await expect(page.getByTestId('ratbook-preview')).toBeVisible()
  const pdf = testInfo.outputPath('buku-rat-2025.pdf')
  await download.saveAs(pdf)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  // The book's Perhitungan Hasil Usaha carries the same hand-worked lines as the closing.
  for (const figure of [HAND.sales, HAND.hpp, HAND.shuBeforeTax, HAND.tax, HAND.shu]) expect(text).toContain(figure)
  await page.screenshot({ path: testInfo.outputPath('buku-rat.png'), fullPage: true })
})
