import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { fails, ok } from '../../helpers/host'
import { HAND, NOW, STAMP, seedBooks } from './fixture'

/**
 * Issue 16 point 2: every book as an A4/F4 PDF (read back with pdftotext) and an XLSX (read back
 * with read-excel-file), compared with the hand-worked figures of the fixture.
 */
let dir: string
let cleanup: () => void
let host: BookHost
let ids: Awaited<ReturnType<typeof seedBooks>>

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-books-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }), { now: () => new Date(NOW) })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2025,
      booksStartDate: '2025-01-01'
    })
  )
  ids = await seedBooks(host)
}, 60_000)
afterAll(async () => {
  await host.close()
  cleanup()
})

const Q1 = { from: '2025-01-01', to: '2025-03-31' }
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })
const rp = (n: number) => n.toLocaleString('id-ID')

/** The PDF's text with its page count; every page says "Halaman X dari N" and carries the stamp. */
async function pdf(input: Record<string, unknown>) {
  const r = await ok(host.execute('books.export', { format: 'pdf', ...input }))
  const text = pdfText(r.file)
  const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(r.file))![1])
  expect(r.pages).toBe(pages)
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`)
  expect(text).toContain(SAMPLE_PROFILE.name.toUpperCase())
  expect(text).toContain(STAMP)
  return { r, text, pages, flat: text.replace(/\s+/g, ' ') }
}

/** The workbook's sheets; each has its header row frozen. */
async function xlsx(input: Record<string, unknown>) {
  const r = await ok(host.execute('books.export', { format: 'xlsx', ...input }))
  const sheets = await readXlsxFile(r.file)
  const zip = unzipSync(readFileSync(r.file))
  sheets.forEach((s, k) => {
    const xml = strFromU8(zip[`xl/worksheets/sheet${k + 1}.xml`]!)
    const header = s.data.findIndex((row) =>
      row.some(
        (c) =>
          c === 'Tanggal' ||
          c === 'Kode' ||
          c === 'No. Urut' ||
          c === 'No.' ||
          c === 'No. Pinjaman' ||
          c === 'No. Aset' ||
          c === 'Ke'
      )
    )
    expect(header, s.sheet).toBeGreaterThan(0)
    expect(xml).toContain('state="frozen"')
    expect(xml).toContain(`ySplit="${header + 1}"`)
  })
  expect(strFromU8(zip['xl/styles.xml']!)).toContain('#,##0')
  expect(sheets[0]!.data[0]![0]).toBe(SAMPLE_PROFILE.name)
  expect(sheets[0]!.data.some((row) => row[0] === STAMP)).toBe(true)
  return { r, sheets, rows: sheets[0]!.data }
}

/** The last row with that label: totals sit at the bottom, below a header that may use the same word. */
const rowWith = (rows: unknown[][], label: string) => rows.findLast((r) => r.includes(label))!
const dates = (rows: unknown[][], col: number) => rows.map((r) => r[col]).filter((v) => v instanceof Date) as Date[]

describe('books.export: each book as PDF and XLSX', () => {
  it('Buku Kas: opening, every receipt and payment, totals and closing; signed by the bendahara, known to the ketua', async () => {
    const { r, flat } = await pdf({ book: 'BUKU_KAS', ...Q1 })
    expect(r.name).toBe('KDMP-Sukamaju-Buku-Kas-01-01-2025-sd-31-03-2025.pdf')
    expect(flat).toContain('Buku Kas')
    expect(flat).toContain('1-1101 Kas Kantor / Kas Besar')
    expect(flat).toContain('Periode 1 Januari 2025 sampai dengan 31 Maret 2025')
    expect(flat).toMatch(new RegExp(`Jumlah mutasi ${rp(HAND.kas.in)} ${rp(HAND.kas.out)}`))
    expect(flat).toMatch(new RegExp(`31/03/2025 Saldo akhir ${rp(HAND.kas.closing)}`))
    expect(flat).toContain('Mengetahui, Ketua')
    expect(flat).toContain('Bendahara')
    expect(flat).toContain('Sukamaju, 31 Maret 2025')
    const x = await xlsx({ book: 'BUKU_KAS', ...Q1 })
    const total = rowWith(x.rows, 'Jumlah mutasi')
    expect(total.slice(3, 5)).toEqual([HAND.kas.in, HAND.kas.out])
    expect(rowWith(x.rows, 'Saldo akhir')[5]).toBe(HAND.kas.closing)
    const ds = dates(x.rows, 0)
    expect(ds.length).toBeGreaterThan(10)
    expect(ds[0]!.toISOString().slice(0, 10)).toBe('2025-01-01')
    // Each row's Masuk − Keluar adds up to the running balance.
    const body = x.rows.filter(
      (row) =>
        row[0] instanceof Date && typeof row[5] === 'number' && row[2] !== 'Saldo awal' && row[2] !== 'Saldo akhir'
    )
    let bal = 0
    for (const row of body) {
      bal += ((row[3] as number | null) ?? 0) - ((row[4] as number | null) ?? 0)
      expect(row[5]).toBe(bal)
    }
    expect(bal).toBe(HAND.kas.closing)
  })

  it('Buku Bank on F4 paper (215 × 330 mm)', async () => {
    const { r, flat } = await pdf({ book: 'BUKU_BANK', paper: 'F4', ...Q1 })
    expect(pdfInfo(r.file)).toMatch(/Page size:\s+609\.4\d* x 935\.4\d* pts/)
    expect(flat).toContain('1-1201 Bank')
    expect(flat).toMatch(new RegExp(`Jumlah mutasi ${rp(HAND.bank.in)} ${rp(HAND.bank.out)}`))
    expect(flat).toMatch(new RegExp(`Saldo akhir ${rp(HAND.bank.closing)}`))
    const x = await xlsx({ book: 'BUKU_BANK', ...Q1 })
    expect(rowWith(x.rows, 'Saldo akhir')[5]).toBe(HAND.bank.closing)
    // A cash account is not a bank: the book refuses it, naming the field.
    expect(
      await fails(host.execute('books.export', { book: 'BUKU_BANK', format: 'pdf', account: '1-1101', ...Q1 }))
    ).toMatchObject({ field: 'account' })
  })

  it('Buku Besar per account: the same totals as the cash book for 1-1101; needs an account', async () => {
    const { r, flat } = await pdf({ book: 'BUKU_BESAR', account: '1-1101', ...Q1 })
    expect(r.name).toBe('KDMP-Sukamaju-Buku-Besar-1-1101-01-01-2025-sd-31-03-2025.pdf')
    expect(flat).toMatch(new RegExp(`Jumlah ${rp(HAND.kas.in)} ${rp(HAND.kas.out)}`))
    expect(flat).toContain('saldo normal debit')
    const x = await xlsx({ book: 'BUKU_BESAR', account: '1-1101', ...Q1 })
    expect(rowWith(x.rows, 'Jumlah').slice(3, 5)).toEqual([HAND.kas.in, HAND.kas.out])
    expect(rowWith(x.rows, 'Saldo akhir')[5]).toBe(HAND.kas.closing)
    expect(await fails(host.execute('books.export', { book: 'BUKU_BESAR', format: 'pdf', ...Q1 }))).toMatchObject({
      field: 'account'
    })
  })

  it('Jurnal Umum: every entry with its lines; Σ debit = Σ kredit = the hand total', async () => {
    const { flat, pages } = await pdf({ book: 'JURNAL_UMUM', ...Q1 })
    expect(pages).toBeGreaterThan(1)
    expect(flat).toMatch(
      new RegExp(`Jumlah ${rp(HAND.trialBalance.movementDebit)} ${rp(HAND.trialBalance.movementDebit)}`)
    )
    expect(flat).toContain('Modal penyertaan')
    // The table header repeats on every page.
    expect(flat.split('Keterangan / Akun').length - 1).toBe(pages)
    const x = await xlsx({ book: 'JURNAL_UMUM', ...Q1 })
    expect(rowWith(x.rows, 'Jumlah').slice(4, 6)).toEqual([
      HAND.trialBalance.movementDebit,
      HAND.trialBalance.movementDebit
    ])
    const lines = x.rows
      .filter((row) => typeof row[4] === 'number' || typeof row[5] === 'number')
      .filter((row) => row[2] !== 'Jumlah')
    expect(lines.reduce((s, row) => s + ((row[4] as number | null) ?? 0), 0)).toBe(HAND.trialBalance.movementDebit)
  })

  it('Neraca Saldo as of a date and for a period: debit = kredit = the hand total', async () => {
    const { r, flat } = await pdf({ book: 'NERACA_SALDO', asOf: '2025-03-31' })
    expect(r.name).toBe('KDMP-Sukamaju-Neraca-Saldo-31-03-2025.pdf')
    expect(flat).toContain('Per 31 Maret 2025')
    expect(flat).toMatch(new RegExp(`Jumlah ${rp(HAND.trialBalance.total)} ${rp(HAND.trialBalance.total)}`))
    expect(flat).toMatch(new RegExp(`1-1101 Kas Kantor / Kas Besar ${rp(HAND.kas.closing)}`))
    const x = await xlsx({ book: 'NERACA_SALDO', asOf: '2025-03-31' })
    expect(rowWith(x.rows, 'Jumlah').slice(2, 4)).toEqual([HAND.trialBalance.total, HAND.trialBalance.total])
    const period = await xlsx({ book: 'NERACA_SALDO', ...Q1 })
    expect(rowWith(period.rows, 'Jumlah').slice(2, 8)).toEqual([
      0,
      0,
      HAND.trialBalance.movementDebit,
      HAND.trialBalance.movementDebit,
      HAND.trialBalance.total,
      HAND.trialBalance.total
    ])
  })

  it('Buku Daftar Anggota: nomor urut, names, men and women, signature column; landscape', async () => {
    const { r, flat } = await pdf({ book: 'DAFTAR_ANGGOTA', asOf: '2025-03-31' })
    expect(pdfInfo(r.file)).toMatch(/Page size:\s+841\.89 x 595\.28 pts/)
    for (const name of HAND.members) expect(flat).toContain(name)
    expect(flat).toContain('2 laki-laki, 1 perempuan')
    expect(flat).toContain('Tanda Tangan')
    expect(flat).toContain('Sekretaris')
    const x = await xlsx({ book: 'DAFTAR_ANGGOTA', asOf: '2025-03-31' })
    const members = x.rows.filter((row) => HAND.members.includes(row[2] as string))
    expect(members.map((m) => m[0])).toEqual([1, 2, 3])
    expect(members.every((m) => m[8] instanceof Date && (m[8] as Date).toISOString().startsWith('2025-01-05'))).toBe(
      true
    )
  })

  it('Daftar Saldo Simpanan Anggota, all types and per type', async () => {
    const { flat } = await pdf({ book: 'SALDO_SIMPANAN', asOf: '2025-03-31' })
    expect(flat).toMatch(
      new RegExp(
        `Jumlah ${rp(HAND.savings.pokok)} ${rp(HAND.savings.wajib)} ${rp(HAND.savings.sukarela)} ${rp(HAND.savings.total)}`
      )
    )
    const x = await xlsx({ book: 'SALDO_SIMPANAN', asOf: '2025-03-31' })
    expect(rowWith(x.rows, 'Jumlah').slice(3, 7)).toEqual([
      HAND.savings.pokok,
      HAND.savings.wajib,
      HAND.savings.sukarela,
      HAND.savings.total
    ])
    const w = await pdf({ book: 'SALDO_SIMPANAN', type: 'WAJIB', asOf: '2025-03-31' })
    expect(w.r.name).toBe('KDMP-Sukamaju-Saldo-Simpanan-Wajib-31-03-2025.pdf')
    expect(w.flat).toContain('Simpanan Wajib')
    expect(w.flat).toMatch(new RegExp(`Jumlah ${rp(HAND.savings.wajib)}`))
    const wx = await xlsx({ book: 'SALDO_SIMPANAN', type: 'WAJIB', asOf: '2025-03-31' })
    expect(wx.rows.filter((row) => HAND.members.includes(row[2] as string)).map((row) => row[3])).toEqual(
      HAND.savings.wajibByMember
    )
    expect(rowWith(wx.rows, 'Jumlah')[3]).toBe(HAND.savings.wajib)
  })

  it('Daftar Pinjaman and the kartu pinjaman (schedule and payments)', async () => {
    const { flat } = await pdf({ book: 'DAFTAR_PINJAMAN', asOf: '2025-03-31' })
    expect(flat).toContain('Ahmad Fauzi')
    expect(flat).toContain('1,5 %')
    expect(flat).toMatch(
      new RegExp(`Jumlah \\(1 pinjaman\\) ${rp(HAND.loan.principal)} ${rp(HAND.loan.outstanding)} 0`)
    )
    const x = await xlsx({ book: 'DAFTAR_PINJAMAN', asOf: '2025-03-31' })
    const total = rowWith(x.rows, 'Jumlah (1 pinjaman)')
    expect([total[4], total[7], total[8]]).toEqual([HAND.loan.principal, HAND.loan.outstanding, 0])

    const card = await pdf({ book: 'KARTU_PINJAMAN', loanId: ids.loanId, asOf: '2025-03-31' })
    expect(card.flat).toContain('Jadwal angsuran')
    expect(card.flat).toMatch(
      new RegExp(`Jumlah ${rp(HAND.loan.principal)} ${rp(HAND.loan.jasa)} ${rp(HAND.loan.angsuran)}`)
    )
    expect(card.flat).toMatch(
      new RegExp(`Jumlah ${rp(HAND.loan.paid)} 0 ${rp(HAND.loan.paidJasa)} ${rp(HAND.loan.paidPokok)}`)
    )
    expect(card.flat).toContain(`Sisa pokok Rp${rp(HAND.loan.outstanding)}`)
    const cx = await xlsx({ book: 'KARTU_PINJAMAN', loanId: ids.loanId, asOf: '2025-03-31' })
    expect(cx.sheets.map((s) => s.sheet)).toEqual(['Jadwal angsuran', 'Pembayaran'])
    expect(rowWith(cx.sheets[0]!.data, 'Jumlah').slice(2, 5)).toEqual([
      HAND.loan.principal,
      HAND.loan.jasa,
      HAND.loan.angsuran
    ])
    expect(dates(cx.sheets[0]!.data, 1).map((d) => d.toISOString().slice(0, 10))).toEqual(
      Array.from(
        { length: 12 },
        (_, k) => `${2025 + Math.floor((1 + k) / 12)}-${String(((1 + k) % 12) + 1).padStart(2, '0')}-10`
      )
    )
    expect(rowWith(cx.sheets[1]!.data, 'Jumlah').slice(2, 6)).toEqual([
      HAND.loan.paid,
      0,
      HAND.loan.paidJasa,
      HAND.loan.paidPokok
    ])
  })

  it('Daftar Aset with penyusutan', async () => {
    const { flat } = await pdf({ book: 'DAFTAR_ASET', asOf: '2025-03-31' })
    expect(flat).toContain('Motor roda tiga')
    expect(flat).toMatch(
      new RegExp(`Jumlah \\(1 aset\\) ${rp(HAND.asset.cost)} ${rp(HAND.asset.accumulated)} ${rp(HAND.asset.bookValue)}`)
    )
    const x = await xlsx({ book: 'DAFTAR_ASET', asOf: '2025-03-31' })
    const motor = rowWith(x.rows, 'Motor roda tiga')
    expect(motor[3]).toBeInstanceOf(Date)
    expect(motor.slice(4, 9)).toEqual([
      HAND.asset.cost,
      48,
      HAND.asset.monthly,
      HAND.asset.accumulated,
      HAND.asset.bookValue
    ])
  })

  it('Kartu Stok per item: quantities with decimals, values, closing', async () => {
    const { r, flat } = await pdf({ book: 'KARTU_STOK', itemId: ids.itemId, ...Q1 })
    expect(r.name).toBe('KDMP-Sukamaju-Kartu-Stok-BRS5-01-01-2025-sd-31-03-2025.pdf')
    expect(flat).toContain('BRS5 Beras 5 kg (sak)')
    expect(flat).toContain('1,5')
    expect(flat).toMatch(/Jumlah 10 4,5/)
    expect(flat).toMatch(new RegExp(`Saldo akhir 5,5 ${rp(HAND.stock.closingValue)}`))
    const x = await xlsx({ book: 'KARTU_STOK', itemId: ids.itemId, ...Q1 })
    expect(rowWith(x.rows, 'Jumlah').slice(3, 5)).toEqual([HAND.stock.qtyIn, HAND.stock.qtyOut])
    expect(rowWith(x.rows, 'Saldo akhir').slice(6, 8)).toEqual([HAND.stock.closingQty, HAND.stock.closingValue])
  })

  it('Penjualan per unit and per day', async () => {
    const { flat } = await pdf({ book: 'PENJUALAN', ...Q1 })
    expect(flat).toMatch(
      new RegExp(`02/03/2025 Gerai Sembako 2 ${rp(140_000)} ${rp(105_000)} 0 ${rp(245_000)} ${rp(210_000)}`)
    )
    expect(flat).toMatch(
      new RegExp(
        `Jumlah seluruh unit ${HAND.sales.count} ${rp(HAND.sales.member)} ${rp(HAND.sales.nonMember)} 0 ${rp(HAND.sales.net)} ${rp(HAND.sales.hpp)} ${rp(HAND.sales.gross)}`
      )
    )
    const x = await xlsx({ book: 'PENJUALAN', ...Q1 })
    expect(rowWith(x.rows, 'Jumlah seluruh unit').slice(2, 9)).toEqual([
      HAND.sales.count,
      HAND.sales.member,
      HAND.sales.nonMember,
      0,
      HAND.sales.net,
      HAND.sales.hpp,
      HAND.sales.gross
    ])
    expect(dates(x.rows, 0).map((d) => d.toISOString().slice(0, 10))).toEqual(['2025-03-02', '2025-03-03'])
  })

  it('a whole year is named by its year', async () => {
    const r = await ok(
      host.execute('books.export', { book: 'BUKU_KAS', format: 'xlsx', from: '2025-01-01', to: '2025-12-31' })
    )
    expect(r.name).toBe('KDMP-Sukamaju-Buku-Kas-2025.xlsx')
    expect(r.rows).toBeGreaterThan(10)
  })
})
