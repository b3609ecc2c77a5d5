import { expect, test, type Page } from '@playwright/test'
import { fundCash, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await fundCash(app, 500_000_000, '2026-01-02')
  const run = async (name: string, input: unknown) => {
    const r = await app.executor.execute(name as never, input as never)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result
  }
  await run('members.create', {
    name: 'Siti Aminah',
    nik: '3273054508900001',
    gender: 'P',
    joinedAt: '2026-01-05',
    birthPlace: 'Cianjur',
    occupation: 'Petani',
    village: 'Sukamaju',
    rt: '001',
    rw: '002',
    dusun: 'Krajan'
  })
  await run('trading.saveItem', { unit: 'SEMBAKO', code: 'BRS', name: 'Beras medium', uom: 'kg', sellPrice: 14000 })
  await run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' })
})

test.afterAll(async () => {
  await app?.close()
})

async function sell(page: Page, qty: string, member: boolean) {
  await page.getByRole('link', { name: 'Penjualan', exact: true }).click()
  if (member) {
    await page.getByLabel('Pembeli', { exact: true }).selectOption('MEMBER')
    await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
    await page.getByLabel('Pembayaran', { exact: true }).selectOption('BON')
  }
  const search = page.getByLabel('Cari barang (kode atau nama)')
  await search.fill('brs')
  await expect(page.getByRole('button', { name: /BRS · Beras medium/ })).toBeVisible()
  await search.press('Enter')
  const q = page.getByLabel('Jumlah Beras medium')
  await q.fill(qty)
  await q.press('Enter')
  await page.getByRole('button', { name: 'Posting penjualan' }).click()
  await expect(page.getByTestId('sale-receipt')).toBeVisible()
}

test('record a purchase and three sales (one on bon to a member), then see stock and HPP', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Unit Usaha', exact: true }).click()
  await page.getByRole('link', { name: 'Pembelian', exact: true }).click()

  // Purchase 10 kg @ Rp12.000 in cash.
  await page.getByLabel('Pemasok', { exact: true }).selectOption({ label: 'UD Makmur' })
  await page.getByLabel('Nama barang 1').selectOption({ label: 'BRS · Beras medium (kg)' })
  await page.getByLabel('Jumlah 1').fill('10')
  await page.getByLabel('Harga beli per satuan 1').fill('12.000')
  await expect(page.getByTestId('purchase-total')).toHaveText('Rp120.000')
  await page.getByRole('button', { name: 'Posting pembelian' }).click()
  await expect(page.getByText(/Tersimpan sebagai BL-\d{4}-00001/)).toBeVisible()

  // Sale 1: 2 kg, non-member, cash → HPP Rp24.000.
  await sell(page, '2', false)
  await expect(page.getByTestId('receipt-total')).toHaveText('Rp28.000')
  await expect(page.getByTestId('receipt-hpp')).toContainText('HPP: Rp24.000')
  await page.screenshot({ path: testInfo.outputPath('struk.png'), fullPage: true })
  await page.getByRole('button', { name: 'Penjualan baru' }).click()

  // Sale 2: 1,5 kg to the member on bon → HPP Rp18.000.
  await sell(page, '1,5', true)
  await expect(page.getByTestId('receipt-total')).toHaveText('Rp21.000')
  await expect(page.getByTestId('receipt-hpp')).toContainText('HPP: Rp18.000')
  await expect(page.getByTestId('sale-receipt')).toContainText('Siti Aminah')
  await page.getByRole('button', { name: 'Penjualan baru' }).click()

  // Sale 3: 1 kg, non-member, cash → HPP Rp12.000.
  await sell(page, '1', false)
  await expect(page.getByTestId('receipt-hpp')).toContainText('HPP: Rp12.000')
  await page.getByRole('button', { name: 'Penjualan baru' }).click()
  await expect(page.getByRole('table', { name: 'Bon anggota' })).toContainText('Rp21.000')
  await expect(page.getByRole('table', { name: 'Penjualan hari ini' }).getByRole('row')).toHaveCount(4)

  // Stock: 10 − 2 − 1,5 − 1 = 5,5 kg worth Rp66.000 at Rp12.000 average.
  await page.getByRole('link', { name: 'Barang & stok', exact: true }).click()
  await expect(page.getByTestId('stock-BRS')).toHaveText('5,5')
  await expect(page.getByTestId('value-BRS')).toHaveText('Rp66.000')
  await page.getByRole('button', { name: 'Kartu stok' }).click()
  await expect(page.getByRole('dialog')).toContainText('Rp66.000')
  await page.screenshot({ path: testInfo.outputPath('kartu-stok.png'), fullPage: true })

  const tie = await app.executor.execute('trading.tieOut', {})
  expect(tie.ok && (tie.result as { ok: boolean }).ok).toBe(true)
  const tb = await app.executor.execute('reports.trialBalance', { asOf: '2026-12-31' })
  expect(tb.ok && (tb.result as { balanced: boolean }).balanced).toBe(true)
})
