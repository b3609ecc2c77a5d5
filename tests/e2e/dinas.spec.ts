import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { payloadChecksum } from '../../main/dinas/payload'
import type { DinasPayload } from '../../shared/dinas/fields'
import { startApp, type RunningApp } from './app'

test.describe.configure({ mode: 'serial' })

let app: RunningApp

async function run<T = any>(name: string, input: unknown): Promise<T> {
  const r = await app.executor.execute(name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result as T
}

test.beforeAll(async () => {
  app = await startApp({ initialized: true, booksStartDate: '2025-01-01' })
  await run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  for (let i = 0; i < 6; i++) {
    const m = await run('members.create', {
      name: `Warga ${i + 1}`,
      gender: i % 2 ? 'P' : 'L',
      joinedAt: `2025-0${i + 1}-10`
    })
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: `2025-0${i + 1}-10` })
  }
  await run('journal.post', {
    date: '2025-01-05',
    description: 'Modal penyertaan desa',
    lines: [
      { account: '1-1201', debit: 20_000_000 },
      { account: '3-2101', credit: 20_000_000 }
    ]
  })
  await run('journal.post', {
    date: '2025-03-10',
    description: 'Penjualan sembako',
    lines: [
      { account: '1-1101', debit: 3_000_000 },
      { account: '4-2101', credit: 3_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
    ]
  })
  await run('org.save', {
    body: 'PENGURUS',
    position: 'KETUA',
    name: 'Pak Ketua',
    gender: 'L',
    termStart: '2025-01-01'
  })
  await run('rat.save', { year: 2025, number: 1, date: '2026-02-20', place: 'Balai desa' })
})

test.afterAll(async () => {
  await app?.close()
})

/** Another cooperative's export, built and sealed the way Lumbung seals it. */
function otherExport(
  base: DinasPayload,
  name: string,
  nik: string,
  members: [number, number],
  aset: number
): DinasPayload {
  const body = {
    ...base,
    cooperative: { ...base.cooperative, name, nikKoperasi: nik },
    generatedAt: '2026-03-10T01:00:00.000Z',
    fields: {
      ...base.fields,
      nama: name,
      nikKoperasi: nik,
      anggotaL: members[0],
      anggotaP: members[1],
      anggota: members[0] + members[1],
      aset,
      predikatKode: 'SEHAT'
    }
  }
  const { checksum: _c, ...rest } = body
  return { ...rest, checksum: payloadChecksum(rest) }
}

test('dinas: annual report with how and drill, XLSX export, then the Rekap of three cooperatives', async ({
  page
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(app.openUrl)
  await expect(page.getByRole('heading', { name: 'Beranda', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Dinas', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Laporan Tahunan untuk Dinas — tahun buku 2025' })).toBeVisible()
  await page.getByTestId('dinas-year').fill('2025')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page.getByTestId('dinas-field-nikKoperasi')).toContainText('Nomor Induk Koperasi (NIK)')
  await expect(page.getByTestId('dinas-field-nikKoperasi')).toContainText('3203010020001')
  await expect(page.getByTestId('dinas-field-anggota')).toContainText('6')
  await expect(page.getByTestId('dinas-field-anggotaP')).toContainText('3')
  await expect(page.getByTestId('dinas-field-ketua')).toContainText('Pak Ketua')
  await expect(page.getByTestId('dinas-field-modalPenyertaan')).toContainText('Rp20.000.000')
  await expect(page.getByTestId('dinas-field-volumeUsaha')).toContainText('Rp3.000.000')
  await page.getByTestId('dinas-field-volumeUsaha').getByText('cara hitung').click()
  await expect(page.getByTestId('dinas-field-volumeUsaha')).toContainText('Penjualan bruto')
  await page.screenshot({ path: testInfo.outputPath('dinas-laporan.png'), fullPage: true })

  // Drill: the journal lines behind the volume usaha.
  await page.getByTestId('dinas-field-volumeUsaha').getByRole('button').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row').filter({ hasText: 'Penjualan sembako' })).toContainText('3.000.000')
  await page.keyboard.press('Escape')

  // XLSX export: two downloads, the workbook and the checked JSON for the Dinas; nothing is written
  // on the book's computer in browser mode.
  const downloads: import('@playwright/test').Download[] = []
  page.on('download', (d) => downloads.push(d))
  await page.getByTestId('dinas-export-xlsx').click()
  await expect.poll(() => downloads.length).toBe(2)
  const xlsx = downloads.find((d) => d.suggestedFilename().endsWith('.xlsx'))!
  const json = downloads.find((d) => d.suggestedFilename().endsWith('.lumbung.json'))!
  expect(xlsx.suggestedFilename()).toBe('KDMP-Sukamaju-Laporan-Dinas-2025.xlsx')
  const xlsxPath = testInfo.outputPath('laporan-dinas.xlsx')
  await xlsx.saveAs(xlsxPath)
  const rows = await readSheet(xlsxPath, 'Ringkasan')
  const anggota = rows.find((r) => r[5] === 'anggota')!
  expect(anggota[2]).toBe('Jumlah anggota')
  expect(anggota[3]).toBe(6)
  expect(rows.find((r) => r[5] === 'nikKoperasi')![3]).toBe('3203010020001')
  await expect(page.getByTestId('dinas-export-payload')).toContainText('.lumbung.json')
  const own = testInfo.outputPath('laporan-dinas.lumbung.json')
  await json.saveAs(own)
  const base = JSON.parse(readFileSync(own, 'utf8')) as DinasPayload
  expect(base.fields.anggota).toBe(6)

  // Two more cooperatives, sealed with the same checksum.
  const dir = dirname(own)
  const second = join(dir, 'kopdes-dua.lumbung.json')
  const third = join(dir, 'kopdes-tiga.lumbung.json')
  writeFileSync(
    second,
    JSON.stringify(otherExport(base, 'Koperasi Desa Merah Putih Dua', '3203010020002', [10, 12], 150_000_000))
  )
  writeFileSync(
    third,
    JSON.stringify(otherExport(base, 'Koperasi Desa Merah Putih Tiga', '3203010020003', [7, 5], 90_000_000))
  )
  const tampered = join(dir, 'kopdes-diubah.lumbung.json')
  const t = otherExport(base, 'Koperasi Desa Merah Putih Empat', '3203010020004', [1, 1], 1)
  writeFileSync(tampered, JSON.stringify({ ...t, fields: { ...t.fields, aset: 999 } }))

  await page.getByRole('link', { name: 'Rekap Dinas' }).click()
  await page.getByTestId('dinas-recap-year').fill('2025')
  await page.getByRole('button', { name: 'Tampilkan' }).click()
  await expect(page.getByText('Belum ada laporan koperasi untuk tahun ini.')).toBeVisible()
  const importFile = async (f: string) => {
    const choosing = page.waitForEvent('filechooser')
    await page.getByTestId('dinas-import-file').click()
    await (await choosing).setFiles(f)
  }
  for (const f of [own, second, third]) {
    await importFile(f)
    await expect(page.getByTestId('dinas-recap-done')).toContainText('ditambahkan ke rekap')
  }
  await importFile(tampered)
  await expect(page.getByText(/checksum tidak cocok/)).toBeVisible()

  await expect(page.getByTestId('dinas-total-coops')).toHaveText('3')
  await expect(page.getByTestId('dinas-total-members')).toHaveText(String(6 + 22 + 12))
  const asetOwn = base.fields.aset as number
  await expect(page.getByTestId('dinas-total-assets')).toHaveText(
    `Rp${(asetOwn + 240_000_000).toLocaleString('id-ID')}`
  )
  const table = page.getByTestId('dinas-recap-table')
  await expect(table.getByRole('row')).toHaveCount(5)
  await page.getByRole('button', { name: 'Urutkan menurut Aset' }).click()
  await expect(table.getByRole('row').nth(1)).toContainText('Koperasi Desa Merah Putih Dua')
  await page.getByTestId('dinas-recap-filter').fill('Tiga')
  await expect(table.getByRole('row')).toHaveCount(3)
  await page.getByTestId('dinas-recap-filter').fill('')
  await page.screenshot({ path: testInfo.outputPath('dinas-rekap.png'), fullPage: true })
})
