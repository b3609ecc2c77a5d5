import { expect, test } from '@playwright/test'
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

/*
 * The expected figures, by hand from the fixture above (DOMAIN.md §5.3-5.5):
 *   sales to members 10 + 20 + 30 = 60 kg × Rp14.000 = 840.000; to non-members 100 kg × 14.000 = 1.400.000
 *   HPP (one purchase, average cost 12.000): 160 kg × 12.000 = 1.920.000
 *   SHU 2026 = 840.000 + 1.400.000 − 1.920.000 = 320.000 (no expenses, the year not closed: no tax)
 * Allocation with the changed percentages, every component floor(SHU × %), cadangan the rest:
 *   jasa modal 30 % = 96.000; jasa usaha 20 % = 64.000; pengurus, karyawan, pendidikan 5 % = 16.000 each;
 *   sosial, pembangunan 2,5 % = 8.000 each; cadangan = 320.000 − 224.000 = 96.000
 * Per member, largest remainder (Hamilton), S = pokok + wajib, T = purchases:
 *   S: Siti 100.000 + 50.000 = 150.000, Budi 175.000, Wayan 200.000; ΣS = 525.000
 *   JMA exact: 96.000 × 150/525 = 27.428,57 · 32.000 · 36.571,43 → floors 27.428 + 32.000 + 36.571 = 95.999,
 *     the rupiah left goes to the largest fraction (Siti ,57): 27.429 · 32.000 · 36.571
 *   T: Siti 10 kg × 14.000 = 140.000, Budi 280.000, Wayan 420.000; ΣT = 840.000
 *   JUA exact: 64.000 × 1/6, 2/6, 3/6 = 10.666,67 · 21.333,33 · 32.000 → floors sum 63.999, +1 to Siti:
 *     10.667 · 21.333 · 32.000
 *   SHU per member: Siti 38.096, Budi 53.333, Wayan 68.571 (Σ 160.000 = jasa modal + jasa usaha)
 */
const EXPECTED = {
  shu: 'Rp320.000',
  components: { jasaModal: '96.000', jasaUsaha: '64.000', cadangan: '96.000', sosial: '8.000', total: '320.000' },
  members: [
    { name: 'Siti Aminah', S: '150.000', T: '140.000', JMA: '27.429', JUA: '10.667', total: '38.096' },
    { name: 'Budi Santoso', S: '175.000', T: '280.000', JMA: '32.000', JUA: '21.333', total: '53.333' },
    { name: 'Wayan Sudarma', S: '200.000', T: '420.000', JMA: '36.571', JUA: '32.000', total: '68.571' }
  ]
}

test('SHU: simulate with changed percentages (not saved), explain one member', async ({ page }, testInfo) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/rat/shu`)
  await page.getByLabel('Tahun buku').fill('2026')
  await expect(page.getByTestId('shu-after-tax')).toHaveText(EXPECTED.shu)
  const table = page.getByRole('table', { name: 'Simulasi SHU' })
  await expect(table.locator('tbody tr')).toHaveCount(3)

  await page.getByLabel('Dana cadangan (%)').fill('35')
  await expect(page.getByTestId('shu-sum')).toContainText('harus tepat 100 %, sekarang 95 %')
  await page.getByLabel('Dana cadangan (%)').fill('30')
  await page.getByLabel('Jasa modal (JM) (%)').fill('30')
  await expect(page.getByTestId('shu-sum')).toContainText('Jumlah tepat 100 %')
  await page.getByRole('button', { name: 'Simulasikan dengan persentase ini' }).click()
  await expect(page.getByTestId('shu-total-jma')).toHaveText(EXPECTED.components.jasaModal)
  await expect(page.getByTestId('shu-total-jua')).toHaveText(EXPECTED.components.jasaUsaha)
  for (const m of EXPECTED.members) {
    const cells = table.locator('tbody tr').filter({ hasText: m.name }).locator('td')
    await expect(cells.nth(2)).toHaveText(m.S)
    await expect(cells.nth(3)).toHaveText(m.T)
    await expect(cells.nth(4)).toHaveText(m.JMA)
    await expect(cells.nth(5)).toHaveText(m.JUA)
    await expect(cells.nth(6)).toHaveText(m.total)
  }
  const components = page.locator('table.shu-components')
  await expect(
    components
      .locator('tbody tr')
      .filter({ hasText: /cadangan/i })
      .locator('td')
      .last()
  ).toHaveText(EXPECTED.components.cadangan)
  await expect(
    components
      .locator('tbody tr')
      .filter({ hasText: /sosial/i })
      .locator('td')
      .last()
  ).toHaveText(EXPECTED.components.sosial)
  await expect(components.locator('tfoot td').last()).toHaveText(EXPECTED.components.total)
  await page.screenshot({ path: testInfo.outputPath('shu-simulasi.png'), fullPage: true })

  await page.getByRole('button', { name: 'Penjelasan Siti Aminah' }).click()
  await expect(page.getByTestId('shu-explain')).toContainText('Jasa modal Anda (JMA) = S ÷ ΣS × jasa modal')

  // Nothing was saved: the settings are still the default template.
  const s = (await run('shu.settings', { year: 2026 })) as unknown as { current: { isDefault: boolean } }
  expect(s.current.isDefault).toBe(true)
})
