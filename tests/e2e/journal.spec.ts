import { expect, test, type Page } from '@playwright/test'
import { chooseAccount, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
})

test.afterAll(async () => {
  await app?.close()
})

async function postEntry(
  page: Page,
  e: {
    date: string
    description: string
    reference?: string
    lines: { account: string; debit?: string; credit?: string; unit?: string }[]
  }
) {
  await page.getByRole('link', { name: 'Catat jurnal', exact: true }).click()
  await page.getByLabel('Tanggal', { exact: true }).fill(e.date)
  await page.getByLabel('Keterangan', { exact: true }).fill(e.description)
  if (e.reference) await page.getByLabel('Nomor bukti').fill(e.reference)
  for (const [i, l] of e.lines.entries()) {
    const n = i + 1
    if (n > 2) await page.getByRole('button', { name: '+ Tambah baris' }).click()
    await chooseAccount(page, n, l.account)
    if (l.debit) await page.getByLabel(`Debit baris ${n}`).fill(l.debit)
    if (l.credit) await page.getByLabel(`Kredit baris ${n}`).fill(l.credit)
    if (l.unit) await page.getByLabel(`Unit usaha baris ${n}`).selectOption(l.unit)
  }
  await expect(page.getByTestId('selisih')).toContainText('Seimbang')
  await page.getByRole('button', { name: 'Posting' }).click()
}

test('post a balanced entry, find it in the list, the buku besar of Kas and the neraca saldo', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Jurnal & Buku Besar' }).click()

  await postEntry(page, {
    date: '02/01/2026',
    description: 'Penerimaan hibah modal dari pemerintah desa',
    reference: 'KW-001',
    lines: [
      { account: '1-1101', debit: '1250000', unit: 'USP' },
      { account: 'hibah', credit: 'Rp1.250.000' }
    ]
  })
  await expect(page.getByText('Jurnal JU-2026-000001 berhasil diposting.')).toBeVisible()
  await expect(page.getByLabel('Keterangan', { exact: true })).toHaveValue('')
  await expect(page.getByRole('combobox', { name: 'Akun baris 1' })).toHaveValue('')

  await postEntry(page, {
    date: '15/01/2026',
    description: 'Bayar listrik kantor Januari',
    lines: [
      { account: '5-3201', debit: '250.000', unit: 'KANTOR' },
      { account: '1-1101', credit: '250.000' }
    ]
  })
  await expect(page.getByText('Jurnal JU-2026-000002 berhasil diposting.')).toBeVisible()

  // Daftar jurnal
  await page.getByRole('link', { name: 'Daftar jurnal', exact: true }).click()
  const row = page.getByRole('row').filter({ hasText: 'JU-2026-000001' })
  await expect(row).toContainText('2 Januari 2026')
  await expect(row).toContainText('Penerimaan hibah modal dari pemerintah desa')
  await expect(row).toContainText('KW-001')
  await expect(row).toContainText('1.250.000')
  await page.getByRole('button', { name: 'Buka jurnal JU-2026-000001' }).click()
  const dialog = page.getByRole('dialog', { name: 'Jurnal JU-2026-000001' })
  await expect(dialog).toContainText('1-1101 Kas Kantor / Kas Besar')
  await expect(dialog).toContainText('3-3101 Hibah / Modal Donasi')
  await dialog.getByRole('button', { name: 'Tutup' }).click()

  // Buku besar Kas
  await page.getByRole('link', { name: 'Buku besar', exact: true }).click()
  await page.getByRole('combobox', { name: 'Akun' }).fill('1-1101')
  await page.getByRole('combobox', { name: 'Akun' }).press('Enter')
  await page.getByLabel('Dari tanggal').fill('01/01/2026')
  await page.getByLabel('Sampai tanggal').fill('31/01/2026')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  const ledger = page.getByRole('table', { name: '1-1101 Kas Kantor / Kas Besar' })
  await expect(ledger).toBeVisible()
  const first = ledger.getByRole('row').filter({ hasText: 'JU-2026-000001' })
  await expect(first.getByRole('cell').nth(4)).toHaveText('1.250.000')
  await expect(first.getByRole('cell').last()).toHaveText('1.250.000')
  const second = ledger.getByRole('row').filter({ hasText: 'JU-2026-000002' })
  await expect(second.getByRole('cell').nth(5)).toHaveText('250.000')
  await expect(second.getByRole('cell').last()).toHaveText('1.000.000')
  await expect(ledger.getByRole('row').filter({ hasText: 'Saldo akhir' })).toContainText('1.000.000')

  // Neraca saldo
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Neraca Saldo' })).toBeVisible()
  await expect(page.getByText('Seimbang ✓')).toBeVisible()
  const totals = page.locator('.table--report tfoot tr')
  await expect(totals.getByRole('cell').nth(1)).toHaveText('1.250.000')
  await expect(totals.getByRole('cell').nth(2)).toHaveText('1.250.000')
  await expect(page.locator('.table--report tbody tr').filter({ hasText: 'Kas Kantor / Kas Besar' })).toContainText(
    '1.000.000'
  )

  const tb = await app.executor.execute('reports.trialBalance', { asOf: '2026-01-31' })
  expect(tb).toMatchObject({
    ok: true,
    result: { balanced: true, totals: { closingDebit: 1_250_000, closingCredit: 1_250_000 } }
  })

  await page.screenshot({ path: testInfo.outputPath('neraca-saldo.png'), fullPage: true })
})
