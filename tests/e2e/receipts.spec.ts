import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { fundCash, startApp, type RunningApp } from './app'

/**
 * Issue 16 point 3: the gerai's struk on 58 mm and 80 mm thermal paper and the A5 kwitansi, printed
 * to PDF by Chromium as window.print() sends them to the OS printer (print media, the CSS page size),
 * read back with pdftotext. Worked by hand: 2 sak × Rp70.000 = Rp140.000 and 1 pouch × Rp38.500 make
 * Rp178.500; paid Rp200.000 → kembalian Rp21.500; terbilang "seratus tujuh puluh delapan ribu lima
 * ratus rupiah". Recorded 5 December 2025 06.05 UTC = 13.05 WIB (Jawa Barat).
 */
const NOW = new Date('2025-12-05T06:05:00Z')
const LONG = 'Minyak goreng kemasan pouch dua liter merek Sania Royale'
let app: RunningApp

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: '2025-01-01', now: NOW })
  await fundCash(app, 10_000_000, '2025-01-02')
  const run = async <T = any>(name: string, input: unknown): Promise<T> => {
    const r = await app.executor.execute(name as never, input as never)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result as T
  }
  await run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2025-01-05' })
  const beras = await run<{ id: number }>('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras 5 kg',
    uom: 'sak',
    sellPrice: 70_000
  })
  const minyak = await run<{ id: number }>('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'MGS2',
    name: LONG,
    uom: 'pouch',
    sellPrice: 38_500
  })
  const sup = await run<{ id: number }>('trading.saveSupplier', { name: 'UD Tani Makmur' })
  await run('trading.purchase', {
    date: '2025-12-01',
    unit: 'SEMBAKO',
    supplierId: sup.id,
    payment: 'TUNAI',
    lines: [
      { itemId: beras.id, qty: 10, unitCost: 60_000 },
      { itemId: minyak.id, qty: 10, unitCost: 33_000 }
    ]
  })
})
test.afterAll(async () => app?.close())

interface Printed {
  text: string
  flat: string
  width: number
  height: number
  pages: number
  words: { xMin: number; xMax: number; yMax: number }[]
}

/** Prints as window.print() would; returns the text, the page size in points and every word's box. */
async function printed(page: Page, path: string): Promise<Printed> {
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
  const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map(
    (m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), yMax: Number(m[3]) })
  )
  return {
    text,
    flat: text.replace(/\s+/g, ' '),
    width: Number(w),
    height: Number(h),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    words
  }
}

/** Nothing is cut: every word lies inside the page, and on screen-as-print nothing pokes out of the paper. */
async function wholeOnPage(page: Page, p: Printed): Promise<void> {
  expect(p.words.length).toBeGreaterThan(10)
  for (const w of p.words) {
    expect(w.xMin).toBeGreaterThanOrEqual(0)
    expect(w.xMax).toBeLessThanOrEqual(p.width)
    expect(w.yMax).toBeLessThanOrEqual(p.height)
  }
  await page.emulateMedia({ media: 'print' })
  const fit = await page.getByTestId('receipt-paper').evaluate((el) => {
    const box = el.getBoundingClientRect()
    const out = Array.from(el.querySelectorAll('*')).filter((c) => {
      const r = c.getBoundingClientRect()
      return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)
    })
    return { overflowX: el.scrollWidth > el.clientWidth + 1, out: out.length }
  })
  await page.emulateMedia({ media: 'screen' })
  expect(fit).toEqual({ overflowX: false, out: 0 })
}

const MM = 72 / 25.4

test('a cash sale to a member prints on 58 mm and 80 mm rolls and as an A5 kwitansi with terbilang', async ({
  page
}, info) => {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/unit-usaha/penjualan`)
  await page.getByLabel('Pembeli', { exact: true }).selectOption('MEMBER')
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0001 · Siti Aminah' })
  const search = page.getByLabel('Cari barang (kode atau nama)')
  for (const [code, qty] of [
    ['BRS5', '2'],
    ['MGS2', '1']
  ] as const) {
    await search.fill(code)
    await expect(page.getByRole('button', { name: new RegExp(`^${code} ·`) })).toBeVisible()
    await search.press('Enter')
    const q = page.getByLabel(/^Jumlah /).last()
    await q.fill(qty)
    await q.press('Enter')
  }
  await expect(page.getByTestId('sale-total')).toHaveText('Rp178.500')
  await page.getByLabel('Dibayar (tunai)').fill('200.000')
  await expect(page.getByTestId('sale-change')).toHaveText('Rp21.500')
  await page.getByRole('button', { name: 'Posting penjualan' }).click()
  await expect(page.getByTestId('struk-change')).toHaveText('Rp21.500')

  for (const [layout, label, mm] of [
    ['58', 'Struk 58 mm', 58],
    ['80', 'Struk 80 mm', 80]
  ] as const) {
    await page.getByLabel(label).check()
    await expect(page.getByTestId('receipt-paper')).toHaveAttribute('data-layout', layout)
    const p = await printed(page, info.outputPath(`struk-${layout}.pdf`))
    expect(p.pages, layout).toBe(1)
    expect(Math.abs(p.width - mm * MM), `${layout}: lebar ${p.width}`).toBeLessThan(1)
    for (const part of [
      'KOPERASI DESA MERAH PUTIH SUKAMAJU',
      'Jl. Raya Sukamaju No. 1',
      'Gerai Sembako',
      'JL-2025-00001',
      '05/12/2025 13.05 WIB',
      'Kasir:',
      'Anggota: A-0001 Siti Aminah',
      'Beras 5 kg',
      '2 sak × 70.000 140.000',
      LONG,
      '1 pouch × 38.500 38.500',
      'TOTAL Rp178.500',
      'Dibayar Rp200.000',
      'Kembalian Rp21.500'
    ]) {
      expect(p.flat, `${layout}: ${part}`).toContain(part)
    }
    expect(p.flat).not.toContain('Halaman')
    await wholeOnPage(page, p)
  }

  await page.getByLabel('Kwitansi A5').check()
  const k = await printed(page, info.outputPath('kwitansi-a5.pdf'))
  expect(k.pages).toBe(1)
  expect([Math.round(k.width), Math.round(k.height)]).toEqual([595, 420])
  for (const part of [
    'KOPERASI DESA MERAH PUTIH SUKAMAJU',
    'KWITANSI',
    'JL-2025-00001',
    'Sudah terima dari',
    'A-0001 · Siti Aminah',
    'Uang sejumlah',
    'Seratus tujuh puluh delapan ribu lima ratus rupiah',
    'Untuk pembayaran',
    'Pembelian barang di Gerai Sembako',
    'Rp178.500',
    'Sukamaju, 5 Desember 2025',
    'Penerima'
  ]) {
    expect(k.flat, part).toContain(part)
  }
  await wholeOnPage(page, k)
})
