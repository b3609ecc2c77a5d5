import { execFileSync } from 'node:child_process'
import readXlsxFile from 'read-excel-file/node'
import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'
import { HAND, NOW, STAMP, seedBooks } from '../unit/books/fixture'

/**
 * Issue 16 point 2 in the browser: the books' export buttons download a PDF and an XLSX; both are
 * opened and their totals compared with the fixture's hand-worked figures.
 */
let app: RunningApp

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: '2025-01-01', now: NOW })
  await seedBooks(app.executor)
})
test.afterAll(async () => app?.close())

const rp = (n: number) => n.toLocaleString('id-ID')

test('Buku Kas: PDF A4 and PDF F4 download from the cash book screen, with totals, pages and the printed-at stamp', async ({
  page
}, info) => {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/kas/buku`)
  await expect(page.getByTestId('cash-closing')).toHaveText(rp(HAND.kas.closing))
  const group = page.getByRole('group', { name: 'Cetak atau ekspor Buku Kas' })
  const [a4] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'PDF A4' }).click()])
  expect(a4.suggestedFilename()).toBe('KDMP-Sukamaju-Buku-Kas-01-01-2025-sd-05-12-2025.pdf')
  const file = info.outputPath('buku-kas.pdf')
  await a4.saveAs(file)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('KOPERASI DESA MERAH PUTIH SUKAMAJU')
  expect(text).toContain('Buku Kas')
  expect(text).toContain(STAMP)
  expect(text).toMatch(new RegExp(`Jumlah mutasi ${rp(HAND.kas.in)} ${rp(HAND.kas.out)}`))
  expect(text).toMatch(new RegExp(`Saldo akhir ${rp(HAND.kas.closing)}`))
  expect(text).toContain('Halaman 1 dari 1')
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/)
  await expect(page.getByTestId('book-export-file')).toContainText('Berkas diunduh')

  const [f4] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'PDF F4' }).click()])
  const f4file = info.outputPath('buku-kas-f4.pdf')
  await f4.saveAs(f4file)
  expect(execFileSync('pdfinfo', [f4file], { encoding: 'utf8' })).toMatch(/Page size:\s+609\.\d+ x 935\.\d+/)
})

test('Neraca Saldo: XLSX downloads from the report screen; numbers are numbers and debit = kredit = the hand total', async ({
  page
}, info) => {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/laporan/neraca-saldo?per=2025-03-31`)
  const group = page.getByRole('group', { name: 'Cetak atau ekspor Neraca Saldo' })
  await expect(group.getByRole('button', { name: 'XLSX' })).toBeEnabled()
  const [dl] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'XLSX' }).click()])
  expect(dl.suggestedFilename()).toBe('KDMP-Sukamaju-Neraca-Saldo-31-03-2025.xlsx')
  const file = info.outputPath('neraca-saldo.xlsx')
  await dl.saveAs(file)
  const rows = (await readXlsxFile(file))[0]!.data
  expect(rows[1]![0]).toBe('Neraca Saldo')
  const total = rows.findLast((r) => r[1] === 'Jumlah')!
  expect(total.slice(2, 4)).toEqual([HAND.trialBalance.total, HAND.trialBalance.total])
  const kas = rows.find((r) => r[0] === '1-1101')!
  expect(kas[2]).toBe(HAND.kas.closing)
})

test('Kartu Stok from the items list: XLSX with real dates and decimal quantities', async ({ page }, info) => {
  await page.clock.setFixedTime(NOW)
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/unit-usaha/barang`)
  await page
    .getByRole('button', { name: /Kartu stok/ })
    .first()
    .click()
  const group = page.getByRole('group', { name: 'Cetak atau ekspor Kartu Stok' })
  const [dl] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'XLSX' }).click()])
  const file = info.outputPath('kartu-stok.xlsx')
  await dl.saveAs(file)
  const rows = (await readXlsxFile(file))[0]!.data
  const closing = rows.findLast((r) => r[2] === 'Saldo akhir')!
  expect(closing.slice(6, 8)).toEqual([HAND.stock.closingQty, HAND.stock.closingValue])
  expect(closing[0]).toBeInstanceOf(Date)
  expect(rows.some((r) => r[4] === 1.5)).toBe(true)
})
