import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run(name: string, input: unknown) {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as { id: number; loanNo?: string }
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 50_000 })
  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 50_000_000
  })
  await run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan desa',
    lines: [
      { account: '1-1201', debit: 150_000_000, unit: 'KANTOR' },
      { account: '3-2101', credit: 150_000_000, unit: 'KANTOR' }
    ]
  })
  const names: [string, 'L' | 'P'][] = [
    ['Siti Aminah', 'P'],
    ['Budi Santoso', 'L'],
    ['Wati', 'P'],
    ['Asep', 'L'],
    ['Euis', 'P'],
    ['Dadang', 'L'],
    ['Nining', 'P'],
    ['Ujang', 'L']
  ]
  const ids: number[] = []
  for (const [i, [name, gender]] of names.entries()) {
    const joined = `2026-${String(1 + i).padStart(2, '0')}-05`
    const m = await run('members.create', { name, gender, joinedAt: joined })
    ids.push(m.id)
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: joined })
    await run('savings.deposit', {
      memberId: m.id,
      type: 'WAJIB',
      amount: 50_000 * (i % 3 === 0 ? 3 : 11 - i),
      date: joined
    })
    if (i % 2 === 0)
      await run('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 250_000 * (i + 1), date: joined })
  }
  for (let k = 1; k <= 10; k++) {
    const d = `2026-${String(k).padStart(2, '0')}-15`
    await run('journal.post', {
      date: d,
      description: 'Penjualan sembako',
      lines: [
        { account: '1-1101', debit: 3_000_000 + k * 200_000, unit: 'SEMBAKO' },
        { account: '4-2101', credit: 2_000_000 + k * 100_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
        { account: '4-2102', credit: 1_000_000 + k * 100_000, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' }
      ]
    })
    await run('journal.post', {
      date: `2026-${String(k).padStart(2, '0')}-25`,
      description: 'Gaji',
      lines: [
        { account: '5-3101', debit: 1_500_000, unit: 'KANTOR' },
        { account: '1-1101', credit: 1_500_000, unit: 'KANTOR' }
      ]
    })
  }
  const loan = async (m: number, principal: number, date: string, first: string) => {
    const a = await run('loans.apply', { memberId: m, productCode: 'UMUM', principal, tenorMonths: 12, date })
    await run('loans.decide', { loanId: a.id, approve: true, date })
    return run('loans.disburse', { loanId: a.id, date, firstDueDate: first, cashAccount: '1-1201' })
  }
  const good = await loan(ids[0]!, 12_000_000, '2026-01-10', '2026-02-10')
  await loan(ids[1]!, 6_000_000, '2026-02-10', '2026-03-10')
  await loan(ids[2]!, 9_000_000, '2026-05-10', '2026-06-10')
  for (let k = 2; k <= 11; k++)
    await run('loans.pay', { loanId: good.id, amount: 1_180_000, date: `2026-${String(k).padStart(2, '0')}-10` })
  await run('periods.lock', { month: '2026-08' })
})

test.afterAll(async () => {
  await app?.close()
})

test('Beranda shows key figures, charts and reminders', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await expect(page.getByTestId('tile-members')).toContainText('8')
  await expect(page.getByTestId('tile-members')).toContainText('L 4 · P 4')
  // Figures worked by hand from the fixture above:
  //   savings: pokok 8 × 100.000 = 800.000; wajib 50.000 × (3+10+9+3+7+6+3+4 = 45) = 2.250.000;
  //     sukarela 250.000 × (1+3+5+7) = 4.000.000; total 7.050.000
  //   loans outstanding (pokok): Siti 12.000.000 flat, 10 of 12 installments of 1.000.000 pokok + 180.000
  //     jasa paid → 2.000.000; Budi 6.000.000 and Wati 9.000.000 unpaid; total 17.000.000
  //   cash: bank 150.000.000 − 27.000.000 disbursed = 123.000.000; kas 7.050.000 savings + 41.000.000
  //     sales (Σ 3.000.000 + 200.000 k, k = 1..10) − 15.000.000 gaji + 11.800.000 installments = 44.850.000;
  //     total 167.850.000
  //   SHU 2026 so far: sales 41.000.000 + jasa pinjaman 10 × 180.000 − gaji 15.000.000 = 27.800.000
  const value = (id: string) => page.getByTestId(id).locator('.stat__value')
  await expect(value('tile-savings')).toHaveText('Rp7.050.000')
  await expect(value('tile-loans')).toHaveText('Rp17.000.000')
  await expect(value('tile-cash')).toHaveText('Rp167.850.000')
  await expect(value('tile-shu')).toHaveText('Rp27.800.000')
  for (const id of ['dash-members-chart', 'dash-cash-chart', 'dash-savings-chart', 'dash-units-chart', 'kol-chart'])
    await expect(page.getByTestId(id)).toBeVisible()
  await expect(page.getByTestId('reminder-PINJAMAN')).toContainText('pinjaman menunggak')
  await expect(page.getByTestId('reminder-WAJIB')).toContainText('anggota menunggak')
  await expect(page.getByTestId('reminder-CADANGAN')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('beranda.png'), fullPage: true })

  await page.getByTestId('reminder-PINJAMAN').getByRole('link').click()
  await expect(page).toHaveURL(/#\/pinjaman\/tunggakan/)
  await page.goBack()
  await page.getByTestId('tile-npl').click()
  await expect(page).toHaveURL(/#\/pinjaman\/portofolio/)
})

test('Laporan › Kesehatan shows the worksheet and saves the checklist', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(app.openUrl)
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await page.getByRole('link', { name: 'Kesehatan', exact: true }).click()
  await expect(page.getByTestId('health-summary')).toBeVisible()
  await expect(page.getByTestId('ratio-NPL')).toContainText('%')
  await page
    .getByRole('checkbox', { name: 'Syarat keanggotaan tertulis dan terbuka bagi yang memenuhi syarat' })
    .check()
  await expect(page.getByTestId('health-saved')).toContainText('belum disimpan')
  await page.getByRole('button', { name: 'Simpan jawaban' }).click()
  await expect(page.getByTestId('health-saved')).toContainText('Jawaban tersimpan')
  await page.screenshot({ path: testInfo.outputPath('kesehatan.png'), fullPage: true })
  await page.getByTestId('health-regime').selectOption('PERDEP_2016')
  await expect(page.getByText('Daftar periksa manajemen')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: testInfo.outputPath('kesehatan-cetak.png'), fullPage: true })
})
