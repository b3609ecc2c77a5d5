import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import writeXlsxFile from 'write-excel-file/node'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok, fails } from '../../helpers/host'

let dir: string
let cleanup: () => void
let host: BookHost

const HEADER = [
  'No. Anggota',
  'Nama Lengkap',
  'NIK',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Desa',
  'RT',
  'Tgl Masuk',
  'Simpanan Pokok',
  'Simpanan Wajib',
  'Simpanan Sukarela'
]
const GOOD = [
  [
    'K-001',
    'Siti Aminah',
    '3273054508900001',
    'P',
    '05/08/1990',
    'Sukamaju',
    '001',
    '15/03/2024',
    'Rp 50.000',
    '1.250.000,00',
    '300000'
  ],
  [
    'K-002',
    'Budi Santoso',
    '3404071203850003',
    'Laki-laki',
    '12/03/1985',
    'Sukamaju',
    '002',
    '01/04/2024',
    '50000',
    '600.000',
    '0'
  ]
]

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-import-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
})
afterEach(async () => {
  await host.close()
  cleanup()
})

const csv = (rows: string[][], sep = ';') =>
  rows.map((r) => r.map((c) => (/[;",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n')

describe('import of members and opening savings', () => {
  it('reads an .xlsx: guesses Indonesian headers, previews, and commits one opening journal that ties out', async () => {
    const file = join(dir, 'anggota.xlsx')
    await writeXlsxFile([HEADER, ...GOOD.map((r) => [...r.slice(0, 9), r[9]!, Number(r[10])])] as never).toFile(file)
    const p = await ok(host.execute('members.importPreview', { file, openingDate: '2025-12-31' }))
    expect(p).toMatchObject({
      rows: 2,
      valid: 2,
      errors: [],
      totals: { pokok: 100_000, wajib: 1_850_000, sukarela: 300_000 }
    })
    expect(Object.values(p.mapping)).toEqual([
      'memberNo',
      'name',
      'nik',
      'gender',
      'birthDate',
      'village',
      'rt',
      'joinedAt',
      'pokok',
      'wajib',
      'sukarela'
    ])
    // the opening date must be in the open books
    expect((await fails(host.execute('members.import', { file, openingDate: '2025-12-31' }))).field).toBe('date')
    const r = await ok(host.execute('members.import', { file, openingDate: '2026-01-01' }))
    expect(r).toMatchObject({ members: 2, totals: { pokok: 100_000, wajib: 1_850_000, sukarela: 300_000 } })
    const siti = await ok(host.execute('members.get', { memberNo: 'K-001' }))
    expect(siti).toMatchObject({
      name: 'Siti Aminah',
      gender: 'P',
      birthDate: '1990-08-05',
      joinedAt: '2024-03-15',
      rt: '001',
      status: 'AKTIF'
    })
    const pb = await ok(host.execute('savings.passbook', { memberId: siti.id }))
    expect(pb.closing).toEqual({ POKOK: 50_000, WAJIB: 1_250_000, SUKARELA: 300_000 })
    expect((await ok(host.execute('savings.tieOut', { asOf: '2026-12-31' }))).ok).toBe(true)
    const tbal = await ok(host.execute('reports.trialBalance', { asOf: '2026-01-31' }))
    expect(tbal.rows.find((x: { code: string }) => x.code === '1-1101').closingDebit).toBe(2_250_000)
    expect((await ok(host.execute('audit.list', { command: 'members.import' }))).total).toBe(1)
  })

  it('reads a CSV with ; and Windows-1252 text; one bad row is listed with row, column and reason and nothing is imported', async () => {
    const rows = [
      HEADER,
      ...GOOD,
      ['K-003', 'Dédé Rohana', '3273056013900001', 'P', '', 'Sukamaju', '003', '01/05/2024', '50.000', 'dua ribu', '0']
    ]
    const file = join(dir, 'anggota.csv')
    writeFileSync(file, Buffer.from(csv(rows), 'latin1'))
    const p = await ok(host.execute('members.importPreview', { file, openingDate: '2026-01-01' }))
    expect(p.rows).toBe(3)
    expect(p.valid).toBe(2)
    expect(p.errors).toEqual([
      { row: 4, column: 'NIK', message: expect.stringMatching(/bulan lahir \(13\)/) },
      { row: 4, column: 'Simpanan Wajib', message: 'Format angka tidak valid' }
    ])
    const e = await fails(host.execute('members.import', { file, openingDate: '2026-01-01' }))
    expect(e.code).toBe('CONFLICT')
    expect(e.message).toMatch(/baris 4/)
    expect((await ok(host.execute('members.list', {}))).total).toBe(0)
    expect((await ok(host.execute('journal.list', {}))).total).toBe(0)
    // fix the row and import
    rows[3] = [
      'K-003',
      'Dédé Rohana',
      '3273054508900009',
      'P',
      '',
      'Sukamaju',
      '003',
      '01/05/2024',
      '50.000',
      '2.000',
      '0'
    ]
    writeFileSync(file, Buffer.from(csv(rows), 'latin1'))
    const r = await ok(host.execute('members.import', { file, openingDate: '2026-01-01' }))
    expect(r.members).toBe(3)
    expect((await ok(host.execute('members.get', { memberNo: 'K-003' }))).name).toBe('Dédé Rohana')
  })

  it('lets the treasurer map columns, and refuses duplicates, formulas, future joins and missing columns', async () => {
    const file = join(dir, 'x.csv')
    writeFileSync(
      file,
      csv(
        [
          ['Anggota', 'JK', 'Nomor KTP', 'Catatan'],
          ['Ani', 'P', '3273054508900001', ''],
          ['Ani Lagi', 'P', '3273054508900001', ''],
          ['=HYPERLINK("x")', 'P', '', '']
        ],
        ','
      )
    )
    expect((await fails(host.execute('members.importPreview', { file, openingDate: '2026-01-01' }))).message).toMatch(
      /Nama/
    )
    const p = await ok(
      host.execute('members.importPreview', { file, openingDate: '2026-01-01', mapping: { Anggota: 'name' } })
    )
    expect(p.errors.map((x: { row: number; message: string }) => [x.row, x.message])).toEqual([
      [3, 'NIK (KTP) sama dengan baris 2'],
      [4, 'berisi rumus; simpan nilainya saja'],
      [4, 'nama wajib diisi']
    ])
    expect(p.warnings.some((w: { message: string }) => /tanggal masuk kosong/.test(w.message))).toBe(true)
  })

  it('refuses truncated XLSX, unknown types, huge files and empty files with a clear message', async () => {
    const good = join(dir, 'ok.xlsx')
    await writeXlsxFile([HEADER, ...GOOD] as never).toFile(good)
    const bytes = readFileSync(good)
    const truncated = join(dir, 'potong.xlsx')
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const xls = join(dir, 'lama.xls')
    writeFileSync(xls, 'x')
    const empty = join(dir, 'kosong.csv')
    writeFileSync(empty, '\n\n')
    const huge = join(dir, 'besar.csv')
    writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x41))
    for (const [f, re] of [
      [truncated, /tidak dapat dibaca/],
      [xls, /\.xlsx atau \.csv/],
      [empty, /kosong/],
      [huge, /terlalu besar/],
      [join(dir, 'hilang.csv'), /tidak ditemukan/]
    ] as const) {
      const e = await fails(host.execute('members.importPreview', { file: f, openingDate: '2026-01-01' }))
      expect(e.message, f).toMatch(re)
    }
    expect((await ok(host.execute('members.list', {}))).total).toBe(0)
  })
})
