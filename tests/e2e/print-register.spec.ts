import { expect, test } from '@playwright/test'
import { startApp, type RunningApp } from './app'

let app: RunningApp
test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  app = await startApp({ initialized: true })
  for (const [name, nik, g] of [
    ['Siti Aminah', '3273054508900001', 'P'],
    ['Budi Santoso', '3404071203850003', 'L'],
    ['Wayan Sudarma', null, 'L']
  ] as const) {
    const r = await app.executor.execute('members.create', {
      name,
      nik,
      gender: g,
      joinedAt: '2026-01-05',
      birthPlace: 'Cianjur',
      occupation: 'Petani',
      village: 'Sukamaju',
      rt: '001',
      rw: '002',
      dusun: 'Krajan'
    })
    if (!r.ok) throw new Error(r.error.message)
  }
})
test.afterAll(async () => app.close())

test('the Buku Daftar Anggota prints on A4 landscape with every column and the signature columns', async ({
  page
}, testInfo) => {
  await page.goto(app.openUrl)
  await page.goto(`${app.url}/#/anggota/cetak`)
  const table = page.getByRole('table', { name: /Buku Daftar Anggota/i })
  await expect(table.locator('tbody tr')).toHaveCount(3)
  const headers = await table.locator('thead th').allInnerTexts()
  expect(headers.map((h) => h.replace(/\s+/g, ' ').trim().toLowerCase())).toEqual(
    expect.arrayContaining(['nik (ktp)', 'tanda tangan masuk', 'tanda tangan keluar'])
  )
  expect(headers).toHaveLength(14)
  // A4 landscape minus 10 mm margins is 277 mm wide: the printed table must fit inside it.
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: Math.round((277 / 25.4) * 96), height: 700 })
  const fits = await table.evaluate(
    (el) => el.getBoundingClientRect().right <= el.ownerDocument.documentElement.clientWidth + 1
  )
  expect(fits).toBe(true)
  await page.pdf({
    path: testInfo.outputPath('buku-daftar-anggota.pdf'),
    format: 'A4',
    landscape: true,
    printBackground: true
  })
})
