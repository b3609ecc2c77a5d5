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

test('RAT: close the year, simulate SHU, record attendance, make and preview the book', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1300, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()

  // 1. Tutup buku 2025 with PPh final 0,5 % of the turnover.
  const preview = await run<{ shu: number; tax: { toPost: number } }>('closing.preview', {
    year: 2025,
    tax: { mode: 'PPH_FINAL' }
  })
  await page.getByRole('link', { name: 'RAT', exact: true }).click()
  await page.getByRole('link', { name: 'Tutup buku', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  await page.getByLabel('Pajak penghasilan').selectOption('PPH_FINAL')
  await expect(page.getByTestId('close-tax')).toHaveText(`Rp${formatAmount(preview.tax.toPost)}`)
  await expect(page.getByTestId('close-shu')).toHaveText(`Rp${formatAmount(preview.shu)}`)
  await page.getByRole('button', { name: 'Tutup buku…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tutup buku tahun 2025?' })
  await dialog.getByLabel('Saya sudah memeriksa neraca saldo dan laporan tahun ini').check()
  await dialog.getByRole('button', { name: 'Ya, tutup buku' }).click()
  await expect(page.getByTestId('close-state')).toHaveText(/ditutup/i)
  const tb = await run<{ balanced: boolean; rows: { code: string; closingCredit: number; closingDebit: number }[] }>(
    'reports.trialBalance',
    { asOf: '2025-12-31' }
  )
  expect(tb.balanced).toBe(true)
  const shuRow = tb.rows.find((r) => r.code === '3-5102')!
  expect(shuRow.closingCredit - shuRow.closingDebit).toBe(preview.shu)

  // 2. SHU simulated with changed percentages (nothing saved).
  const changed = {
    cadangan: '30',
    jasaModal: '30',
    jasaUsaha: '20',
    pengurus: '5',
    karyawan: '5',
    pendidikan: '5',
    sosial: '2.5',
    pembangunan: '2.5'
  }
  const expected = await run<{ totals: { JMA: number; JUA: number }; shuAfterTax: number }>('shu.simulate', {
    year: 2025,
    percentages: changed
  })
  expect(expected.shuAfterTax).toBe(preview.shu)
  await page.getByRole('link', { name: 'SHU', exact: true }).click()
  await page.getByLabel('Tahun buku').fill('2025')
  await expect(page.getByTestId('shu-after-tax')).toHaveText(`Rp${formatAmount(preview.shu)}`)
  await page.getByLabel('Dana cadangan (%)').fill('30')
  await page.getByLabel('Jasa modal (JM) (%)').fill('30')
  await page.getByRole('button', { name: 'Simulasikan dengan persentase ini' }).click()
  await expect(page.getByTestId('shu-total-jma')).toHaveText(formatAmount(expected.totals.JMA))
  await expect(page.getByTestId('shu-total-jua')).toHaveText(formatAmount(expected.totals.JUA))

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
  await page.getByRole('button', { name: 'Buat buku RAT' }).click()
  await expect(page.getByTestId('ratbook-file')).toContainText('Buku-Laporan-RAT-2025.pdf', { timeout: 60_000 })
  await expect(page.getByTestId('ratbook-preview')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('buku-rat.png'), fullPage: true })
})
