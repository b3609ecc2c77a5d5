import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run<T = any>(name: string, input: unknown): Promise<T> {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  await run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  for (const [name, gender] of [
    ['Siti Aminah', 'P'],
    ['Budi Santoso', 'L'],
    ['Dewi Lestari', 'P']
  ] as const) {
    const m = await run('members.create', { name, gender, joinedAt: '2026-01-05' })
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
  }
  await run('journal.post', {
    date: '2026-03-01',
    description: 'Penjualan sembako',
    lines: [
      { account: '1-1101', debit: 5_000_000 },
      { account: '4-2101', credit: 5_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
    ]
  })
})

test.afterAll(async () => {
  await app?.close()
})

test('buku RAT: edit the pengawas report, make the book, see the download link and preview', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.goto(`${app.url}/#/rat/buku-rat?tahun=2026`)
  const block = page.getByTestId('ratbook-block-laporanPengawas')
  await expect(block).toBeVisible()
  await expect(block.getByText('teks bawaan')).toBeVisible()
  await block.getByRole('textbox').fill('Kas opname tanggal 5 Januari 2027 cocok dengan buku kas.')
  await block.getByRole('button', { name: 'Simpan teks' }).click()
  await expect(block.getByText('Teks tersimpan.')).toBeVisible()
  await expect(block.getByText('sudah diubah')).toBeVisible()

  // Browser mode: the book is not written on the book's computer; it is downloaded from the page.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Buat buku RAT' }).click()
  ])
  expect(download.suggestedFilename()).toBe('KDMP-Sukamaju-Buku-Laporan-RAT-2026.pdf')
  await expect(page.getByText('Buku RAT selesai dibuat')).toBeVisible()
  await expect(page.getByTestId('ratbook-file')).toHaveText('Berkas diunduh: KDMP-Sukamaju-Buku-Laporan-RAT-2026.pdf')
  await expect(page.getByRole('button', { name: 'Buka KDMP-Sukamaju-Buku-Laporan-RAT-2026.pdf' })).toBeVisible()
  await expect(page.getByTestId('ratbook-preview')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('buku-rat.png'), fullPage: false })
  const path = testInfo.outputPath('buku-rat-2026.pdf')
  await download.saveAs(path)
  expect(existsSync(path)).toBe(true)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  expect(text).toContain('Kas opname tanggal 5 Januari 2027 cocok dengan buku kas.')
  expect(text).toContain('Daftar Isi')
  expect(text).toContain('Siti Aminah')
  // The statements in the book, by hand from the fixture: penjualan 5.000.000 and no costs, so SHU 5.000.000;
  // simpanan pokok 3 × 100.000 = 300.000; kas 5.000.000 + 300.000 = 5.300.000 = jumlah aset.
  expect(text).toMatch(/Penjualan[^\n]*5\.000\.000/)
  expect(text).toMatch(/Simpanan Pokok[^\n]*300\.000/i)
  expect(text).toMatch(/Jumlah aset[^\n]*5\.300\.000/i)
})
