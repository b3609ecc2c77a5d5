import { expect, test } from '@playwright/test'
import { formatAmount } from '../../shared/money/rupiah'
import { fundCash, startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp
const run = async (name: string, input: unknown) => {
  const r = await app.executor.execute(name as never, input as never)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as never as { id: number } & Record<string, unknown>
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await fundCash(app, 500_000_000, '2026-01-02')
  await run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100000, wajibAmount: 25000 })
  const sup = await run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' })
  const beras = await run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14000
  })
  await run('trading.purchase', {
    date: '2026-02-01',
    unit: 'SEMBAKO',
    supplierId: sup.id,
    payment: 'TUNAI',
    lines: [{ itemId: beras.id, qty: 500, unitCost: 12000 }]
  })
  for (const [i, name] of ['Siti Aminah', 'Budi Santoso', 'Wayan Sudarma'].entries()) {
    const m = await run('members.create', { name, gender: i === 0 ? 'P' : 'L', joinedAt: '2026-01-05' })
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100000, date: '2026-01-05' })
    await run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: 25000 * (i + 2), date: '2026-03-01' })
    await run('trading.sell', {
      date: '2026-03-02',
      unit: 'SEMBAKO',
      memberId: m.id,
      lines: [{ itemId: beras.id, qty: 10 * (i + 1) }]
    })
  }
  await run('trading.sell', { date: '2026-03-03', unit: 'SEMBAKO', lines: [{ itemId: beras.id, qty: 100 }] })
})

test.afterAll(async () => {
  await app?.close()
})

test('SHU: simulate with changed percentages (not saved), explain one member', async ({ page }, testInfo) => {
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
  const expected = (await run('shu.simulate', { year: 2026, percentages: changed })) as unknown as {
    totals: { JMA: number; JUA: number }
    shuAfterTax: number
  }
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/rat/shu`)
  await page.getByLabel('Tahun buku').fill('2026')
  await expect(page.getByTestId('shu-after-tax')).toHaveText(`Rp${formatAmount(expected.shuAfterTax)}`)
  const table = page.getByRole('table', { name: 'Simulasi SHU' })
  await expect(table.locator('tbody tr')).toHaveCount(3)

  await page.getByLabel('Dana cadangan (%)').fill('35')
  await expect(page.getByTestId('shu-sum')).toContainText('harus tepat 100 %, sekarang 95 %')
  await page.getByLabel('Dana cadangan (%)').fill('30')
  await page.getByLabel('Jasa modal (JM) (%)').fill('30')
  await expect(page.getByTestId('shu-sum')).toContainText('Jumlah tepat 100 %')
  await page.getByRole('button', { name: 'Simulasikan dengan persentase ini' }).click()
  await expect(page.getByTestId('shu-total-jma')).toHaveText(formatAmount(expected.totals.JMA))
  await expect(page.getByTestId('shu-total-jua')).toHaveText(formatAmount(expected.totals.JUA))
  await page.screenshot({ path: testInfo.outputPath('shu-simulasi.png'), fullPage: true })

  await page.getByRole('button', { name: 'Penjelasan Siti Aminah' }).click()
  await expect(page.getByTestId('shu-explain')).toContainText('Jasa modal Anda (JMA) = S ÷ ΣS × jasa modal')

  // Nothing was saved: the settings are still the default template.
  const s = (await run('shu.settings', { year: 2026 })) as unknown as { current: { isDefault: boolean } }
  expect(s.current.isDefault).toBe(true)
})
