import { expect, test } from '@playwright/test'
import { fundCash, startApp, type RunningApp } from './app'

// Issue 20 points 2 and 3 in the running app: a purchase entered with an earlier date corrects the
// HPP of later sales (figures worked out by hand below), then sales and purchase returns against
// their struk/nota with the printable nota retur.

test.describe.configure({ mode: 'serial' })

let app: RunningApp
const ids: Record<string, number> = {}

async function run<T = { id: number; docNo: string }>(name: string, input: unknown): Promise<T> {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await fundCash(app, 50_000_000, '2026-01-02')
  ids.siti = (
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
  ).id
  ids.gula = (
    await run('trading.saveItem', { unit: 'SEMBAKO', code: 'GULA', name: 'Gula pasir', uom: 'kg', sellPrice: 18000 })
  ).id
  ids.sup = (await run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' })).id
  // 1 Feb: 10 kg @ Rp10.000. 5 Feb: 4 kg to a non-member (HPP 40.000). 10 Feb: 3 kg to Siti on bon (HPP 60.000 × 3/6 = 30.000).
  await run('trading.purchase', {
    date: '2026-02-01',
    unit: 'SEMBAKO',
    supplierId: ids.sup,
    payment: 'TUNAI',
    lines: [{ itemId: ids.gula, qty: 10, unitCost: 10000 }]
  })
  ids.s1 = (
    await run('trading.sell', { date: '2026-02-05', unit: 'SEMBAKO', lines: [{ itemId: ids.gula, qty: 4 }] })
  ).id
  ids.s2 = (
    await run('trading.sell', {
      date: '2026-02-10',
      unit: 'SEMBAKO',
      memberId: ids.siti,
      payment: 'BON',
      lines: [{ itemId: ids.gula, qty: 3 }]
    })
  ).id
})

test.afterAll(async () => {
  await app?.close()
})

test('a purchase dated 3 February, entered after the sales, corrects their HPP; the kartu stok shows it', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Unit Usaha', exact: true }).click()
  await page.getByRole('link', { name: 'Pembelian', exact: true }).click()
  await page.getByLabel('Tanggal', { exact: true }).fill('03/02/2026')
  await page.getByLabel('Pemasok', { exact: true }).selectOption({ label: 'UD Makmur' })
  await page.getByLabel('Pembayaran', { exact: true }).selectOption('KREDIT')
  await page.getByLabel('Nama barang 1').selectOption({ label: 'GULA · Gula pasir (kg)' })
  await page.getByLabel('Jumlah 1').fill('5')
  await page.getByLabel('Harga beli per satuan 1').fill('12.500')
  await page.getByRole('button', { name: 'Posting pembelian' }).click()
  await expect(page.getByText(/Tersimpan sebagai BL-2026-00002/)).toBeVisible()
  // 15 kg, 162.500 on 3 Feb: 4 kg → 43.333 (+3.333); 11 kg, 119.167: 3 kg → 32.500 (+2.500).
  const corr = page.getByTestId('cost-corrections')
  await expect(corr.getByRole('row')).toHaveCount(3)
  await expect(corr.getByRole('row').nth(1)).toContainText('05/02/2026')
  await expect(corr.getByRole('row').nth(1)).toContainText('JL-2026-00001')
  await expect(corr.getByRole('row').nth(1)).toContainText('Rp3.333')
  await expect(corr.getByRole('row').nth(2)).toContainText('JL-2026-00002')
  await expect(corr.getByRole('row').nth(2)).toContainText('Rp2.500')
  await page.screenshot({ path: testInfo.outputPath('pembelian-mundur.png'), fullPage: true })

  await page.getByRole('link', { name: 'Barang & stok', exact: true }).click()
  // 8 kg left worth 162.500 − 43.333 − 32.500 = 86.667.
  await expect(page.getByTestId('stock-GULA')).toHaveText('8')
  await expect(page.getByTestId('value-GULA')).toHaveText('Rp86.667')
  await page.getByRole('button', { name: 'Kartu stok' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('card-correction-JL-2026-00001')).toHaveText('Rp3.333')
  await expect(dialog.getByTestId('card-correction-JL-2026-00002')).toHaveText('Rp2.500')
  await expect(dialog.getByTestId('card-correction-hint')).toBeVisible()
  await expect(dialog).toContainText('Rp86.667')
  await page.screenshot({ path: testInfo.outputPath('kartu-stok-koreksi.png'), fullPage: true })
})

test('returns against the struk and the nota: partial, member kept, bon or cash refund, nota retur printed alone', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Unit Usaha', exact: true }).click()
  await page.getByRole('link', { name: 'Retur', exact: true }).click()
  await page.getByLabel('Tanggal', { exact: true }).fill('12/02/2026')

  // Siti brings back 1 of the 3 kg of JL-2026-00002: Rp18.000 off her bon.
  await page.getByLabel('No. struk penjualan').fill('JL-2026-00002')
  await page.getByRole('button', { name: /^JL-2026-00002/ }).click()
  await expect(page.getByTestId('return-original')).toContainText('Siti Aminah')
  await expect(page.getByTestId('return-left-GULA')).toHaveText('3')
  await expect(page.getByLabel('Pengembalian', { exact: true })).toHaveValue('BON')
  await page.screenshot({ path: testInfo.outputPath('retur-form.png'), fullPage: true })
  await page.getByLabel('Jumlah retur Gula pasir').fill('4')
  await page.getByRole('button', { name: 'Posting retur' }).click()
  await expect(page.getByText('Paling banyak 3')).toBeVisible()
  await page.getByLabel('Jumlah retur Gula pasir').fill('1')
  await page.getByLabel('Keterangan (alasan retur)').fill('Kemasan bocor')
  await page.getByRole('button', { name: 'Posting retur' }).click()
  const note = page.getByTestId('return-note')
  await expect(note).toContainText('NOTA RETUR PENJUALAN')
  await expect(page.getByTestId('return-ref')).toContainText('JL-2026-00002')
  await expect(page.getByTestId('return-party')).toContainText('Siti Aminah')
  await expect(page.getByTestId('return-total')).toHaveText('Rp18.000')
  await expect(page.getByTestId('return-refund')).toHaveText('Dikurangkan dari bon anggota')
  await expect(note).toContainText('Delapan belas ribu rupiah')
  await page.getByLabel('Kwitansi A5').check()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('receipt-paper')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retur lain' })).toBeHidden()
  await page.screenshot({ path: testInfo.outputPath('nota-retur-cetak.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  // The goods come back at the corrected cost of the sale line: 32.500 × 1/3 = 10.833.
  const docs = await run<
    { docNo: string; hpp: number; amount: number; memberAmount: number; payment: string; entryNumber: string }[]
  >('trading.docs', { type: 'RETUR_JUAL' })
  expect(docs[0]).toMatchObject({ hpp: 10_833, amount: 18_000, memberAmount: 18_000, payment: 'KREDIT' })
  const lines = (
    await run<{ lines: { accountCode: string; debit: number; credit: number; pihak: string | null }[] }>(
      'journal.get',
      { number: docs[0]!.entryNumber }
    )
  ).lines
  expect(lines.map((l) => [l.accountCode, l.debit, l.credit, l.pihak])).toEqual([
    ['4-2109', 18_000, 0, 'ANGGOTA'],
    ['1-1501', 0, 18_000, null],
    ['1-1601', 10_833, 0, null],
    ['5-1101', 0, 10_833, 'ANGGOTA']
  ])

  // A non-member returns 1 of 4 kg of JL-2026-00001 for cash.
  await page.getByRole('button', { name: 'Retur lain' }).click()
  await page.getByLabel('No. struk penjualan').fill('00001')
  await page.getByRole('button', { name: /^JL-2026-00001/ }).click()
  await expect(page.getByTestId('return-original')).toContainText('Bukan anggota')
  await expect(page.getByLabel('Pengembalian', { exact: true }).locator('option')).toHaveCount(1)
  await page.getByLabel('Jumlah retur Gula pasir').fill('1')
  await page.getByRole('button', { name: 'Posting retur' }).click()
  await expect(page.getByTestId('return-party')).toHaveText('Pembeli umum (bukan anggota)')
  await expect(page.getByTestId('return-refund')).toHaveText('Uang dikembalikan tunai')
  await expect(page.getByTestId('return-total')).toHaveText('Rp18.000')

  // 2 kg of the late nota BL-2026-00002 go back to UD Makmur against the payable: 2 × 12.500.
  await page.getByRole('button', { name: 'Retur lain' }).click()
  await page.getByLabel('Jenis retur').selectOption('BELI')
  await page.getByLabel('No. nota pembelian').fill('makmur')
  await page.getByRole('button', { name: /^BL-2026-00002/ }).click()
  await expect(page.getByLabel('Pengembalian', { exact: true })).toHaveValue('KREDIT')
  await page.getByLabel('Jumlah retur Gula pasir').fill('2')
  await page.getByRole('button', { name: 'Posting retur' }).click()
  await expect(page.getByTestId('return-note')).toContainText('NOTA RETUR PEMBELIAN')
  await expect(page.getByTestId('return-party')).toContainText('UD Makmur')
  await expect(page.getByTestId('return-total')).toHaveText('Rp25.000')
  await expect(page.getByTestId('return-refund')).toHaveText('Dikurangkan dari utang kepada pemasok')
  await page.screenshot({ path: testInfo.outputPath('nota-retur-pembelian.png'), fullPage: true })
  const sup = await run<{ payable: number }[]>('trading.suppliers', {})
  expect(sup[0]!.payable).toBe(62_500 - 25_000)
  await page.getByRole('button', { name: 'Retur lain' }).click()
  await expect(page.getByRole('table', { name: 'Retur terakhir' })).toContainText('BL-2026-00002')

  const tie = await app.executor.execute('trading.tieOut', {})
  expect(tie.ok && (tie.result as { ok: boolean }).ok).toBe(true)
  const tb = await app.executor.execute('reports.trialBalance', { asOf: '2026-12-31' })
  expect(tb.ok && (tb.result as { balanced: boolean }).balanced).toBe(true)
})

test('opening stock of a new item at the books’ start, against the account the goods came from', async ({ page }) => {
  await run('trading.saveItem', { unit: 'SEMBAKO', code: 'MYK', name: 'Minyak goreng', uom: 'liter', sellPrice: 20000 })
  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Unit Usaha', exact: true }).click()
  await page.getByRole('link', { name: 'Stok awal', exact: true }).click()
  await expect(page.getByLabel('Tanggal', { exact: true })).toHaveValue('1 Januari 2026')
  await page.getByLabel('Nama barang 1').selectOption({ label: 'MYK · Minyak goreng (liter)' })
  await page.getByLabel('Jumlah 1').fill('6')
  await page.getByLabel('Harga pokok per satuan 1').fill('7.000')
  await expect(page.getByTestId('opening-total')).toHaveText('Rp42.000')
  // No saldo awal holds this stock: the book asks where the goods came from.
  await page.getByRole('button', { name: 'Posting stok awal' }).click()
  await expect(
    page.getByText(/Rp42\.000 dari stok awal ini belum ada di saldo persediaan buku besar per 1 Januari 2026/)
  ).toBeVisible()
  await page.getByLabel('Akun lawan (asal barang)').selectOption({ label: '3-2101 · Modal Penyertaan' })
  await page.getByRole('button', { name: 'Posting stok awal' }).click()
  await expect(page.getByText('Stok awal tersimpan sebagai SA-2026-00001.')).toBeVisible()
  await expect(page.getByTestId('opening-posted')).toContainText('Rp42.000 dijurnal')
  await expect(page.getByTestId('opening-posted')).toContainText('3-2101')
  await expect(page.getByRole('table', { name: 'Stok awal yang sudah dicatat' })).toContainText('Minyak goreng')
  await page.getByRole('link', { name: 'Barang & stok', exact: true }).click()
  await expect(page.getByTestId('stock-MYK')).toHaveText('6')
  await expect(page.getByTestId('value-MYK')).toHaveText('Rp42.000')
})
