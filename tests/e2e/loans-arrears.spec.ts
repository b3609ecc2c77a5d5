import { expect, test } from '@playwright/test'
import { fundCash, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run(name: string, input: unknown): Promise<any> {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await fundCash(app, 500_000_000, '2026-01-02')
  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20000000,
    provisiPercent: '1'
  })
  const siti = await run('members.create', {
    name: 'Siti Aminah',
    nik: '3273054508900001',
    gender: 'P',
    joinedAt: '2026-01-05',
    birthPlace: 'Cianjur',
    occupation: 'Petani',
    village: 'Sukamaju',
    rt: '001',
    rw: '002',
    dusun: 'Krajan',
    phone: '0812-3456-7890'
  })
  const budi = await run('members.create', {
    name: 'Budi Santoso',
    nik: '3273051203850002',
    gender: 'L',
    joinedAt: '2026-01-05',
    birthPlace: 'Cianjur',
    occupation: 'Pedagang',
    village: 'Sukamaju',
    rt: '001',
    rw: '003',
    dusun: 'Krajan'
  })
  // Siti: disbursed in January, never paid. Budi: disbursed in April, never paid (fewer days).
  for (const [m, date] of [
    [siti.id, '2026-01-10'],
    [budi.id, '2026-04-10']
  ] as const) {
    const loan = await run('loans.apply', {
      memberId: m,
      productCode: 'UMUM',
      principal: 12000000,
      tenorMonths: 12,
      date
    })
    await run('loans.decide', { loanId: loan.id, approve: true, date })
    await run('loans.disburse', { loanId: loan.id, date })
  }
})

test.afterAll(async () => {
  await app?.close()
})

test('Tunggakan lists overdue loans by days past due, with totals and links', async ({ page }, testInfo) => {
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Pinjaman', exact: true }).click()
  await page.getByRole('link', { name: 'Tunggakan', exact: true }).click()
  await page.getByLabel('Per tanggal').fill('30/06/2026')
  await page.getByLabel('Per tanggal').blur()
  await expect(page.getByRole('heading', { name: 'Daftar Tunggakan Pinjaman' })).toBeVisible()
  await expect(page.getByText('per 30 Juni 2026')).toBeVisible()
  const table = page.getByRole('table', { name: 'Daftar tunggakan pinjaman' })
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('Siti Aminah')
  await expect(rows.nth(1)).toContainText('Budi Santoso')
  await expect(rows.nth(0).getByRole('link', { name: '0812-3456-7890' })).toHaveAttribute('href', 'tel:081234567890')
  await expect(page.getByTestId('arrears-total')).toContainText('Jumlah')
  await page.screenshot({ path: testInfo.outputPath('tunggakan.png'), fullPage: true })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: testInfo.outputPath('tunggakan-cetak.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await rows.nth(0).getByRole('link').first().click()
  await expect(page.getByRole('region', { name: 'Kartu angsuran' })).toContainText('Siti Aminah')
  await page.getByRole('link', { name: 'Cetak ringkasan perjanjian' }).click()
  await expect(page.getByRole('heading', { name: 'Ringkasan Perjanjian Pinjaman' })).toBeVisible()
  await expect(page.getByTestId('agreement-words')).toHaveText('Dua belas juta rupiah')
  await expect(page.getByTestId('agreement-effective')).toHaveText(/^2,\d{3} % per bulan/)
  await expect(page.getByTestId('agreement-early')).toHaveText('Sisa pokok ditambah jasa bulan berjalan')
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: testInfo.outputPath('perjanjian-cetak.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('link', { name: '← Kembali ke pinjaman' }).click()
  await page.getByRole('link', { name: 'Semua pinjaman anggota ini' }).click()
  await expect(page.getByRole('heading', { name: 'Rekening Pinjaman Anggota' })).toBeVisible()
  await expect(page.getByTestId('statement')).toContainText('PJ-')
})

test('Portofolio & PPAP shows NPL with a decimal comma and forms the PPAP', async ({ page }) => {
  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Pinjaman', exact: true }).click()
  await page.getByRole('link', { name: 'Portofolio & PPAP', exact: true }).click()
  await page.getByLabel('Per tanggal').fill('30/06/2026')
  await page.getByLabel('Per tanggal').blur()
  await expect(page.getByTestId('npl')).toHaveText(/^\d{1,3},\d{2} %$/)
  await expect(page.getByTestId('kol-chart')).toBeVisible()
  await page.getByRole('button', { name: 'Bentuk/Sesuaikan PPAP' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Buat jurnal' }).click()
  await expect(page.getByText(/PPAP disesuaikan; jurnal \S+\./)).toBeVisible()
  await expect(page.getByTestId('ppap-difference')).toHaveText('PPAP sudah sesuai.')
})

test('Kebijakan saves a new allocation order', async ({ page }) => {
  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Pinjaman', exact: true }).click()
  await page.getByRole('link', { name: 'Kebijakan', exact: true }).click()
  await page.getByRole('button', { name: 'Naikkan Pokok tertunggak' }).click()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('allocation-order').locator('li').first()).toContainText('Pokok tertunggak')
  await page.getByRole('button', { name: 'Simpan kebijakan' }).click()
  await expect(page.getByText('Kebijakan pinjaman tersimpan.')).toBeVisible()
  const policy = await run('loans.policy', {})
  expect(policy.allocationOrder.slice(0, 3)).toEqual(['POKOK_TERTUNGGAK', 'DENDA', 'JASA_TERTUNGGAK'])
})
