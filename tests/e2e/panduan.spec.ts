import { execFileSync } from 'node:child_process'
import Database from 'better-sqlite3'
import { readSheet } from 'read-excel-file/node'
import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'
import { buildPanduanFixture, EXPECTED, YEAR, type PanduanFixture } from '../helpers/panduan-fixture'

test.describe.configure({ mode: 'serial' })

let app: RunningApp
let fx: PanduanFixture
const run = async (name: string, input: unknown) => {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as any
}
const rp = (n: number) => n.toLocaleString('id-ID')
const LETTERS = ['A', 'B', 'C', 'D']

test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: `${YEAR}-01-01` })
  fx = await buildPanduanFixture(run)
})

test.afterAll(async () => {
  await app?.close()
})

test('F1 opens the glossary anywhere; a "?" beside a label opens its term; each screen says what it is for', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  // The Beranda lists what is late from the book (e.g. wajib not yet paid by one member).
  const reminders = page.getByTestId('obligation-reminders')
  await expect(reminders).toBeVisible()
  await expect(reminders.getByTestId('late-WAJIB')).toContainText('Tagih dan catat simpanan wajib: ')
  await expect(reminders.getByTestId('late-WAJIB')).toContainText('Terlambat')
  await reminders.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('beranda-pengingat.png') })

  await page.keyboard.press('F1')
  const dialog = page.getByRole('dialog', { name: 'Glosarium istilah koperasi' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Cari istilah').fill('jma')
  await dialog.getByLabel('Cari istilah').press('Enter')
  await expect(dialog.getByTestId('glossary-entry-jma')).toContainText(
    'JMA = (S anggota ÷ S seluruh anggota) × jasa modal'
  )
  await page.screenshot({ path: testInfo.outputPath('glosarium.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.goto(`${app.url}/#/simpanan/pengaturan`)
  await page.getByRole('button', { name: 'Penjelasan istilah: Simpanan wajib' }).first().click()
  await expect(page.getByRole('dialog').getByTestId('glossary-entry-simpanan-wajib')).toContainText(
    'tidak dapat diambil selama masih anggota'
  )
  await page.keyboard.press('Escape')

  await page.goto(`${app.url}/#/simpanan/tunggakan`)
  await page.getByRole('button', { name: 'Untuk apa layar ini?' }).click()
  await expect(page.getByTestId('why-panel')).toContainText('Bendahara dan ketua.')
  await expect(page.getByTestId('why-panel')).toContainText('Bila dilewatkan')
  await page.screenshot({ path: testInfo.outputPath('untuk-apa.png') })
  await page.goto(`${app.url}/#/panduan/kalender?tahun=2026`)
  await expect(page.getByRole('table', { name: 'Kalender kewajiban' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('kalender.png'), fullPage: true })
})

test('Tes pemahaman: a member answers a paper with questions from the book and prints the result sheet', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/panduan/tes`)
  await page.getByLabel('Tes untuk').selectOption('ANGGOTA')
  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-003 · Dewi Lestari' })
  await page.getByRole('button', { name: 'Mulai tes' }).click()
  const paper = page.getByTestId('quiz-paper')
  await expect(paper.getByRole('heading', { name: 'Tes pemahaman Anggota — Dewi Lestari' })).toBeVisible()

  // The key is in the book, never on the page: read it from the file.
  const db = new Database(app.file, { readonly: true })
  const stored = db.prepare('SELECT paper FROM quiz_attempts ORDER BY id DESC LIMIT 1').get() as { paper: string }
  db.close()
  const key = JSON.parse(stored.paper) as { id: string; question: string; options: string[]; answer: number }[]
  const jma = key.find((q) => q.id === 'C-JMA')!
  // Computed from the book by hand: her S 600.000 of 1.700.000, SHU 2025 Rp77.482 at 20 % → 15.496; 600.000 ÷ 1.700.000 × 15.496 = 5.469,1… → Rp5.469.
  expect(jma.question).toContain('Rp77.482')
  expect(jma.question).toContain('Anda pada 31 Desember 2025 Rp600.000')
  expect(jma.options[jma.answer]).toBe('Rp5.469')
  expect(
    key.find((q) => q.id === 'C-WAJIB_SETAHUN')!.options[key.find((q) => q.id === 'C-WAJIB_SETAHUN')!.answer]
  ).toBe('Rp600.000')
  const items = paper.locator('li.quiz-question')
  await expect(items).toHaveCount(key.length)
  await page.screenshot({ path: testInfo.outputPath('tes-soal.png') })
  for (const [i, q] of key.entries()) {
    await items
      .nth(i)
      .getByRole('radio', { name: `${LETTERS[q.answer]}. ${q.options[q.answer]}`, exact: true })
      .check()
  }
  await paper.getByRole('button', { name: 'Kumpulkan jawaban' }).click()
  const sheet = page.getByTestId('quiz-result')
  await expect(sheet.getByTestId('quiz-score')).toHaveText(`${key.length} dari ${key.length} benar (100,0 %) — LULUS`)
  await expect(sheet).toContainText('Jawaban: ' + `${LETTERS[jma.answer]}. Rp5.469`)

  await page.screenshot({ path: testInfo.outputPath('tes-hasil.png') })
  await page.emulateMedia({ media: 'print' })
  const pdf = testInfo.outputPath('hasil-tes.pdf')
  await page.pdf({ path: pdf, format: 'A4' })
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).toContain('Lembar hasil tes pemahaman')
  expect(text).toContain('Dewi Lestari (A-003)')
  expect(text).toContain('LULUS')
  expect(text).toContain('Tanda tangan peserta')
  expect(text).not.toContain('Menu utama')
  expect(text).not.toContain('Cetak lembar hasil')
  await page.emulateMedia({ media: 'screen' })

  // Kept in the book: listed with its score, and counted for the year.
  await page.getByRole('button', { name: 'Tes lagi' }).click()
  await expect(page.getByRole('cell', { name: 'Dewi Lestari (A-003)' })).toBeVisible()
  await expect(page.getByTestId('quiz-summary')).toContainText('Anggota: 1 orang ikut, 1 lulus')
})

test('Lembar Anggota: totals tie to the book; one PDF for all members whose figures match the hand calculation; XLSX too', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/panduan/lembar-anggota?tahun=${YEAR}`)
  const totals = page.getByTestId('sheet-totals')
  await expect(totals).toContainText('4 anggota')
  await expect(totals).toContainText(rp(EXPECTED.totals.savingsClosing))
  await expect(totals).toContainText(rp(EXPECTED.totals.shu))

  await page.getByLabel('Anggota', { exact: true }).selectOption({ label: 'A-001 · Siti Aminah' })
  const one = page.getByTestId('member-sheet')
  await expect(one).toContainText('Rp700.000 ÷ Rp1.700.000 × Rp15.496 = Rp6.381')
  await expect(one).toContainText('JMA + JUA = Rp6.381 + Rp9.474 = Rp15.855')

  // Browser mode writes nothing on the book's computer: the PDF is downloaded from the page.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Cetak PDF semua anggota' }).click()
  ])
  expect(download.suggestedFilename()).toBe(`KDMP-Sukamaju-Lembar-Anggota-${YEAR}.pdf`)
  const file = page.getByTestId('sheet-file')
  await expect(file).toContainText(`Lembar-Anggota-${YEAR}.pdf`)
  await expect(page.getByTestId('sheet-preview')).toBeVisible()
  const path = testInfo.outputPath(`lembar-anggota-${YEAR}.pdf`)
  await download.saveAs(path)
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '))
  expect(pages).toHaveLength(4)
  const order = ['A', 'B', 'C', 'D'] as const
  order.forEach((k, i) => {
    const e = EXPECTED.members[k]
    expect(pages[i]).toContain(`Nomor anggota: ${e.memberNo}`)
    expect(pages[i]).toContain(e.name)
    expect(pages[i]).toContain(rp(e.savingsTotal))
  })
  const a = EXPECTED.members.A
  expect(pages[0]).toContain(
    `Simpanan sukarela 0 ${rp(a.savings.SUKARELA.deposits)} 0 ${rp(a.savings.SUKARELA.jasa)} 0 0 ${rp(a.savings.SUKARELA.closing)}`
  )
  expect(pages[0]).toContain(`JMA + JUA = Rp${rp(a.JMA)} + Rp${rp(a.JUA)} = Rp${rp(a.shu)}`)
  const b = EXPECTED.members.B
  expect(pages[1]).toContain(`${rp(b.loan.paidPokok)} ${rp(b.loan.paidJasa)} 0 ${rp(b.loan.outstanding)} Kurang lancar`)
  expect(pages[1]).toContain(
    `Tunggakan simpanan wajib per 31 Desember: Rp${rp(b.wajibArrears)} (${b.wajibArrearsMonths} bulan)`
  )
  const c = EXPECTED.members.C
  expect(pages[2]).toContain(
    `Simpanan sukarela 0 ${rp(c.savings.SUKARELA.deposits)} ${rp(c.savings.SUKARELA.withdrawals)} ${rp(c.savings.SUKARELA.jasa)} 0 0 ${rp(c.savings.SUKARELA.closing)}`
  )
  expect(pages[2]).toContain(`JMA + JUA = Rp${rp(c.JMA)} + Rp${rp(c.JUA)} = Rp${rp(c.shu)}`)
  expect(pages[3]).toMatch(/tidak ikut pembagian SHU tahun buku 2025: keluar pada 31 Oktober 2025/i)

  const [xdl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh XLSX' }).click()
  ])
  await expect(file).toContainText(`Lembar-Anggota-${YEAR}.xlsx`)
  const xlsx = testInfo.outputPath(`lembar-anggota-${YEAR}.xlsx`)
  await xdl.saveAs(xlsx)
  const rows = (await readSheet(xlsx, 'Anggota')) as unknown[][]
  const h = rows.findIndex((r) => r[0] === 'No')
  const col = (label: string) => (rows[h] as string[]).indexOf(label)
  const total = rows[h + 5]!
  expect(total[col('Jumlah simpanan akhir')]).toBe(EXPECTED.totals.savingsClosing)
  expect(total[col('SHU')]).toBe(EXPECTED.totals.shu)
  expect(rows[h + 1]![col('JMA')]).toBe(a.JMA)
  void fx
})

test('after set-up, the Beranda shows the first-month checklist, ticked from the book', async ({ page }) => {
  const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
  const fresh = await startApp({ initialized: true, booksStartDate: `${month}-01` })
  try {
    await page.goto(fresh.openUrl)
    const card = page.getByRole('region', { name: 'Langkah bulan pertama' })
    await expect(card).toBeVisible()
    await expect(card.getByTestId('check-PROFIL')).toHaveAttribute('data-done', 'true')
    await expect(card.getByTestId('check-PENGATURAN_SIMPANAN')).toHaveAttribute('data-done', 'false')
    const r = await fresh.executor.execute('savings.setSettings', {
      effectiveFrom: `${month}-01`,
      pokokAmount: 50_000,
      wajibAmount: 10_000
    })
    expect(r.ok).toBe(true)
    await page.reload()
    await expect(
      page.getByRole('region', { name: 'Langkah bulan pertama' }).getByTestId('check-PENGATURAN_SIMPANAN')
    ).toHaveAttribute('data-done', 'true')
    await page
      .getByRole('region', { name: 'Langkah bulan pertama' })
      .getByRole('link', { name: 'Catat ketua, bendahara dan pengawas dengan masa jabatannya' })
      .click()
    await expect(page).toHaveURL(/#\/rat\/organisasi$/)
  } finally {
    await fresh.close()
  }
})
