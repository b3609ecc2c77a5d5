import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { startApp, type RunningApp } from './app'

/**
 * Issue 14 point 9: every printed document, printed to PDF by Chromium the way window.print() does
 * (print media, the CSS page size) and read back with pdftotext: the names, amounts, totals and page
 * numbers are there, in order, and nothing is cut at the edge. Figures are the fixture's own, worked
 * by hand: 30 wajib deposits of Rp20.000 → Rp600.000; loan 1.200.000 flat 1,5 % → 118.000 a month.
 */
let app: RunningApp
let memberId = 0
let loanId = 0
let leaverId = 0
const NAMES = Array.from({ length: 45 }, (_, i) => `Anggota Cetak ${String(i + 1).padStart(2, '0')}`)

async function ok(name: string, input: unknown) {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as never
}

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await ok('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  await ok('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  for (const [i, name] of NAMES.entries()) {
    const m = await ok('members.create', {
      name,
      gender: i % 2 ? 'L' : 'P',
      joinedAt: '2026-01-05',
      birthPlace: 'Cianjur',
      occupation: 'Petani',
      village: 'Sukamaju',
      rt: '001',
      rw: '002',
      street: 'Jl. Mawar No. 12 Kampung Sukamaju Tengah'
    })
    if (i === 0) memberId = (m as { id: number }).id
  }
  await ok('savings.deposit', { memberId, type: 'POKOK', amount: 50_000, date: '2026-01-05' })
  for (let k = 0; k < 30; k++) {
    await ok('savings.deposit', {
      memberId,
      type: 'WAJIB',
      amount: 20_000,
      date: `2026-${String(1 + Math.floor(k / 3)).padStart(2, '0')}-${String(5 + (k % 3) * 7).padStart(2, '0')}`
    })
  }
  await ok('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0'
  })
  const a = (await ok('loans.apply', {
    memberId,
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2026-01-05'
  })) as { id: number }
  loanId = a.id
  await ok('loans.decide', { loanId, approve: true, date: '2026-01-05' })
  await ok('loans.disburse', { loanId, date: '2026-01-05', firstDueDate: '2026-02-05' })
  // A-0003 leaves on 20 April 2026 with a loan two installments behind, on a product that charges no
  // current-month jasa at payoff (DOMAIN.md §3.4, issue 14 point 7).
  const leaver = (await ok('members.get', { memberNo: 'A-0003' })) as { id: number }
  leaverId = leaver.id
  await ok('loans.setProduct', {
    code: 'TANPAJASA',
    effectiveFrom: '2026-01-01',
    name: 'Tanpa jasa pelunasan',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0',
    dendaMode: 'PER_HARI',
    dendaValue: '0.1',
    graceDays: 3,
    earlyPayoffJasa: 'TANPA_JASA'
  })
  const b = (await ok('loans.apply', {
    memberId: leaverId,
    productCode: 'TANPAJASA',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2026-01-05'
  })) as { id: number }
  await ok('loans.decide', { loanId: b.id, approve: true, date: '2026-01-05' })
  await ok('loans.disburse', { loanId: b.id, date: '2026-01-05', firstDueDate: '2026-02-05' })
  await ok('loans.pay', { loanId: b.id, amount: 118_000, date: '2026-02-05' })
})
test.afterAll(async () => app?.close())

/** Prints the page as window.print() would and returns the PDF's text (layout kept) and its page count. */
async function printed(page: Page, path: string): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) }
}

/** Each string appears, in this order (letter case aside: print styles may capitalise titles). */
function inOrder(text: string, parts: string[]): void {
  const t = text.toLowerCase()
  let at = 0
  for (const p of parts) {
    const i = t.indexOf(p.toLowerCase(), at)
    expect(i, `"${p}" sesudah posisi ${at}`).toBeGreaterThanOrEqual(0)
    at = i + p.length
  }
}

/** In print media the element's content fits inside it (nothing clipped at its edge). */
async function notClipped(page: Page, selector: string): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  const fit = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect()
      const inner = Array.from(el.querySelectorAll('*'))
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.height > 0)
      return { clipped: el.scrollHeight > el.clientHeight + 1, below: inner.some((r) => r.bottom > box.bottom + 1) }
    })
  await page.emulateMedia({ media: 'screen' })
  expect(fit).toEqual({ clipped: false, below: false })
}

test('the passbook prints (it used to come out blank), with every line, the balances and the page numbers', async ({
  page
}, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/simpanan/buku?anggota=${memberId}`)
  await expect(page.getByTestId('closing-WAJIB')).toHaveText('Rp600.000')
  const { text, pages } = await printed(page, info.outputPath('buku-simpanan.pdf'))
  expect(pages).toBeGreaterThanOrEqual(2)
  inOrder(text, [
    'Koperasi Desa Merah Putih Sukamaju',
    'Buku Simpanan Anggota',
    'A-0001 · Anggota Cetak 01',
    'Rp50.000',
    'Rp600.000',
    'Rp0'
  ])
  // Running wajib balance 20.000, 40.000 … 600.000 in date order.
  inOrder(
    text.replace(/\s+/g, ' '),
    Array.from({ length: 30 }, (_, k) => ` ${(20_000 * (k + 1)).toLocaleString('id-ID')}`)
  )
  expect(text).toMatch(/Dicetak \d{1,2} \S+ \d{4} \d{2}\.\d{2} WIB/)
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`)
})

test('the loan receipt prints whole: amount, terbilang, allocation, remaining principal and both signatures', async ({
  page
}, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/pinjaman/detail?id=${loanId}`)
  await page.getByLabel('Tanggal bayar').fill('05/02/2026')
  await page.getByLabel('Tanggal bayar').blur()
  await expect(page.getByTestId('dues-currentJasa')).toHaveText('Rp18.000')
  await page.getByLabel('Jumlah bayar').fill('118.000')
  await page.getByRole('button', { name: 'Simpan pembayaran' }).click()
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp118.000')
  await notClipped(page, '[data-testid="receipt"]')
  const { text, pages } = await printed(page, info.outputPath('kwitansi-pinjaman.pdf'))
  expect(pages).toBe(1)
  inOrder(text, [
    'Koperasi Desa Merah Putih Sukamaju',
    'Kwitansi pembayaran angsuran pinjaman',
    'KM-2026-',
    '5 Februari 2026',
    'Anggota Cetak 01',
    'Rp118.000',
    'Seratus delapan belas ribu rupiah',
    'Rp0',
    'Rp18.000',
    'Rp100.000',
    'Rp1.100.000',
    'Penyetor',
    'Bendahara'
  ])
  expect(text).toMatch(/Dicatat\s+\d{1,2} \S+ \d{4} \d{2}\.\d{2} WIB/)
  expect(text).toContain('Halaman 1 dari 1')
})

test('the savings receipt prints whole on its half sheet', async ({ page }, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/simpanan/transaksi`)
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-0002 · Anggota Cetak 02' })
  await page.getByLabel('Jenis simpanan').selectOption('POKOK')
  await page.getByLabel('Jumlah', { exact: true }).fill('50.000')
  await page.getByLabel('Tanggal', { exact: true }).fill('06/01/2026')
  await page.getByRole('button', { name: 'Simpan setoran' }).click()
  await expect(page.getByTestId('receipt-amount')).toHaveText('Rp50.000')
  await notClipped(page, '[data-testid="receipt"]')
  const { text, pages } = await printed(page, info.outputPath('kwitansi-simpanan.pdf'))
  expect(pages).toBe(1)
  inOrder(text, [
    'Kwitansi setoran simpanan',
    'KM-2026-',
    '6 Januari 2026',
    'Anggota Cetak 02',
    'Rp50.000',
    'Lima puluh ribu rupiah',
    'Anggota',
    'Bendahara'
  ])
})

test('the member register prints its header once per page, above the rows, with every member in order', async ({
  page
}, info) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/anggota/cetak`)
  const table = page.getByRole('table', { name: /Buku Daftar Anggota/i })
  await expect(table.locator('tbody tr')).toHaveCount(45)
  // In print media the header row ends above the first member row.
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: Math.round((277 / 25.4) * 96), height: 700 })
  const gap = await table.evaluate((el) => {
    const head = el.querySelector('thead')!.getBoundingClientRect()
    const first = el.querySelector('tbody tr')!.getBoundingClientRect()
    const title = el.closest('section')!.querySelector('h2')!.getBoundingClientRect()
    // A header text wider than its column spills over the next one.
    const spilling = Array.from(el.querySelectorAll('thead th'))
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => th.textContent)
    return { headBelowTitle: head.top >= title.bottom - 0.5, firstBelowHead: first.top >= head.bottom - 0.5, spilling }
  })
  await page.emulateMedia({ media: 'screen' })
  expect(gap).toEqual({ headBelowTitle: true, firstBelowHead: true, spilling: [] })
  const { text, pages } = await printed(page, info.outputPath('buku-daftar-anggota.pdf'))
  expect(pages).toBeGreaterThanOrEqual(2)
  // Member numbers in order (names may wrap inside their narrow column).
  inOrder(text, ['BUKU DAFTAR ANGGOTA', ...NAMES.map((_, i) => `A-${String(i + 1).padStart(4, '0')}`)])
  expect(text.match(/Anggota Cetak/g)).toHaveLength(NAMES.length)
  // The column header repeats on every page, each time before that page's first member.
  const perPage = text.split('\f').filter((p) => p.trim())
  expect(perPage).toHaveLength(pages)
  for (const [n, p] of perPage.entries()) {
    const head = p.search(/Tempat\/tgl/i)
    const firstName = p.search(/A-00\d\d/)
    expect(head, `halaman ${n + 1}`).toBeGreaterThanOrEqual(0)
    expect(head, `halaman ${n + 1}`).toBeLessThan(firstName)
    expect(p).toContain(`Halaman ${n + 1} dari ${pages}`)
  }
})

test('the Berita Acara prints each loan row with the parts that make it up', async ({ page }, info) => {
  // Sisa pokok 1.100.000 + jasa tertunggak 2 × 18.000 + denda (118.000 × 0,1 % × 43 + 118.000 × 0,1 % × 12 = 6.490) = 1.142.490.
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/anggota/detail?id=${leaverId}`)
  await page.getByRole('button', { name: 'Proses keluar' }).click()
  await page.getByLabel('Tanggal keluar').fill('20/04/2026')
  await page.getByLabel('Tanggal keluar').blur()
  await page.getByRole('button', { name: 'Hitung pengembalian' }).click()
  await page.getByRole('button', { name: 'Konfirmasi anggota keluar' }).click()
  await expect(page.getByTestId('berita-acara')).toBeVisible()
  const { text, pages } = await printed(page, info.outputPath('berita-acara.pdf'))
  expect(pages).toBe(1)
  inOrder(text, [
    'Berita Acara Pengembalian Simpanan',
    'A-0003',
    'Anggota Cetak 03',
    '20 April 2026',
    'Pelunasan pinjaman PJ-2026-00002',
    '1.142.490',
    'sisa pokok',
    '1.100.000',
    'jasa tertunggak',
    '36.000',
    'denda',
    '6.490',
    'Jumlah kewajiban',
    '1.142.490',
    'Anggota masih berutang',
    '1.142.490'
  ])
  expect(1_100_000 + 36_000 + 6_490).toBe(1_142_490)
  expect(text).not.toContain('54.000')
  expect(text).toContain('Halaman 1 dari 1')
})
