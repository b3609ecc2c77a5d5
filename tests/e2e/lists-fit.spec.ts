// Issue 16 point 6: at 1366×768 the main lists need no sideways scrolling, neither of the page nor
// of a table: low-priority columns give way and text wraps. A seeded book with long names.
import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'
import { buildPanduanFixture, YEAR } from '../helpers/panduan-fixture'

test.describe.configure({ mode: 'serial' })

let app: RunningApp
const run = async (name: string, input: unknown) => {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as any
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: `${YEAR}-01-01` })
  await buildPanduanFixture(run)
  // Long names and addresses, as village registers have them.
  for (let i = 0; i < 6; i++) {
    const m = await run('members.create', {
      name: `Raden Ajeng Siti Nurhalimah Kusumawardhani Prawirodirdjo binti Haji Abdurrahman ${i + 1}`,
      gender: i % 2 ? 'L' : 'P',
      joinedAt: '2025-02-03',
      nik: null,
      village: 'Sukamaju Kidul Wetan Kulon Tengah',
      dusun: 'Dusun Cikaracak Girang Hilir',
      rt: '012',
      rw: '004',
      street: 'Jalan Raya Pasirkuda Cibeber–Cianjur Kilometer 17'
    })
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2025-02-03' })
    await run('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 123_456_789, date: '2025-02-03' })
  }
  await run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'MNYK-GRG-2L',
    name: 'Minyak goreng kelapa sawit kemasan pouch dua liter merek Bimoli Spesial',
    uom: 'pouch',
    sellPrice: 38_500
  })
})

test.afterAll(async () => {
  await app?.close()
})

const LISTS = [
  'anggota/daftar',
  'jurnal/daftar',
  'pinjaman/daftar',
  'simpanan/saldo',
  'simpanan/tunggakan',
  'pinjaman/tunggakan',
  'unit-usaha/barang',
  'unit-usaha/penjualan',
  'kas/buku'
]

test('the main lists fit a 1366×768 screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  const overflow: string[] = []
  for (const route of LISTS) {
    await page.evaluate((r) => {
      window.location.hash = `#/${r}`
    }, route)
    await expect(page.locator('table:visible').first(), route).toBeVisible()
    await expect(page.getByText(/^Memuat/)).toHaveCount(0, { timeout: 15_000 })
    const widths = await page.evaluate(() => {
      const el = document.scrollingElement!
      const wraps = Array.from(document.querySelectorAll('.table-wrap')).map((w) => ({
        scroll: w.scrollWidth,
        client: w.clientWidth
      }))
      return { page: { scroll: el.scrollWidth, client: el.clientWidth }, wraps }
    })
    if (widths.page.scroll > widths.page.client)
      overflow.push(`${route}: page ${widths.page.scroll} > ${widths.page.client}`)
    widths.wraps.forEach((w, i) => {
      if (w.scroll > w.client) overflow.push(`${route}: table ${i + 1} ${w.scroll} > ${w.client}`)
    })
  }
  expect(overflow).toEqual([])
})
