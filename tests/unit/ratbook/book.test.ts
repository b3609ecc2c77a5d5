import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BookHost } from '../../../main/commands/executor'
import { formatAmount, formatNumberId } from '../../../shared/money/rupiah'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { fails, ok } from '../../helpers/host'
import { buildCooperative, type Cooperative } from './fixture'

let dir: string
let cleanup: () => void
let host: BookHost
let coop: Cooperative

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-ratbook-'))
  coop = await buildCooperative(dir, 300)
  host = coop.host
}, 120_000)
afterAll(async () => {
  await host.close()
  cleanup()
})

const text = (file: string, ...range: string[]) =>
  execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })
const pageText = (file: string, n: number) => text(file, '-f', String(n), '-l', String(n))

describe('buku laporan RAT (ratbook.pdf)', () => {
  let r: { file: string; name: string; size: number; pages: number; base64?: string }
  let all: string
  let pages: number

  beforeAll(async () => {
    r = await ok(host.execute('ratbook.pdf', { year: 2026 }))
    all = text(r.file)
    pages = Number(/Pages:\s+(\d+)/.exec(info(r.file))![1])
    if (process.env.RATBOOK_PNG_DIR) copyFileSync(r.file, join(process.env.RATBOOK_PNG_DIR, 'buku-rat.pdf'))
  }, 120_000)

  it('is written beside the book as ekspor/<koperasi>-Buku-Laporan-RAT-<year>.pdf, A4, with the bytes returned', () => {
    expect(r.file).toBe(join(dir, 'ekspor', 'KDMP-Sukamaju-Buku-Laporan-RAT-2026.pdf'))
    expect(existsSync(r.file)).toBe(true)
    expect(r.name).toBe('KDMP-Sukamaju-Buku-Laporan-RAT-2026.pdf')
    expect(r.size).toBe(readFileSync(r.file).length)
    expect(Buffer.from(r.base64!, 'base64').equals(readFileSync(r.file))).toBe(true)
    expect(r.pages).toBe(pages)
    expect(info(r.file)).toMatch(/Page size:\s+595(\.\d+)? x 841/)
    console.log(`buku RAT 300 anggota: ${pages} halaman, ${(r.size / 1024).toFixed(0)} KB`)
  })

  it('the cover names the cooperative, the RAT number, the year and the legal entity', () => {
    const cover = pageText(r.file, 1)
    expect(cover).toContain(SAMPLE_PROFILE.name.toUpperCase())
    expect(cover).toContain('LAPORAN PERTANGGUNGJAWABAN PENGURUS')
    expect(cover).toContain('RAPAT ANGGOTA TAHUNAN (RAT) KE-2')
    expect(cover).toContain('TAHUN BUKU 2026')
    expect(cover).toContain(SAMPLE_PROFILE.legalEntityNumber)
    expect(cover).toContain('Halaman 1 dari')
  })

  it('every page is numbered "Halaman X dari N" with the same N, in order', () => {
    for (let i = 1; i <= pages; i++) expect(all).toContain(`Halaman ${i} dari ${pages}`)
    const seen = [...all.matchAll(/Halaman (\d+) dari (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])])
    expect(seen.every(([, n]) => n === pages)).toBe(true)
    expect(seen.map(([i]) => i)).toEqual(Array.from({ length: pages }, (_, i) => i + 1))
  })

  it('has a table of contents with page numbers that point at the chapters', () => {
    expect(all).toContain('Daftar Isi')
    const toc = pageText(r.file, 3)
    expect(toc).toContain('Daftar Isi')
    const m = /Laporan Hasil Pengawasan\s+(\d+)/.exec(toc)
    expect(m).not.toBeNull()
    expect(pageText(r.file, Number(m![1]))).toContain('Laporan Hasil Pengawasan')
    for (const chapter of [
      'Kata Pengantar',
      'Laporan Pertanggungjawaban Pengurus',
      'BAB III Bidang Usaha',
      'Laporan Keuangan',
      'Lampiran 1. Daftar simpanan anggota'
    ])
      expect(toc).toContain(chapter)
  })

  it('member statistics by gender (§6.3) match the register', () => {
    const { men, women, exitedIn2026 } = coop.expect
    // 2 members leave at the end: both are women (i = 298, 299 → i % 5 = 3, 4).
    const line = all.split('\n').find((l) => l.includes('Anggota akhir tahun (31 Desember 2026)'))!
    expect(line.trim().split(/\s+/).slice(-3)).toEqual([
      formatNumberId(men),
      formatNumberId(women - exitedIn2026),
      formatNumberId(men + women - exitedIn2026)
    ])
    const start = all.split('\n').find((l) => l.includes('Anggota awal tahun (1 Januari 2026)'))!
    expect(start.trim().split(/\s+/).slice(-1)[0]).toBe(formatNumberId(150))
    expect(all).toMatch(/Pindah \/ tidak memenuhi syarat\s+0\s+2\s+2/)
    expect(all).toMatch(/Pengurus\s+3\s+0\s+3/)
    expect(all).toMatch(/Pengawas\s+1\s+0\s+1/)
    expect(all).toContain('H. Kepala Desa Sukamaju')
  })

  it('savings per member total what was deposited, less what the leavers took out', () => {
    const t = all.split('\n').filter((l) => /^\s+Jumlah\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s*$/.test(l))
    expect(t.length).toBeGreaterThan(0)
    // The leavers (i = 298, 299) had pokok 100.000 and wajib 20.000 × (1 + i % 6); none sukarela (299 % 3 ≠ 0; 298 % 3 ≠ 0).
    const pokok = coop.expect.pokok - 200_000
    const wajib = coop.expect.wajib - 20_000 * (1 + (298 % 6)) - 20_000 * (1 + (299 % 6))
    expect(all).toContain(formatAmount(pokok))
    expect(all).toContain(formatAmount(wajib))
    expect(all).toContain(formatAmount(pokok + wajib + coop.expect.sukarela))
    expect(all).toContain('Bapak Anggota 001')
  })

  it('loans: portfolio, kolektibilitas with NPL, and the list per member', () => {
    expect(all).toContain('Kolektibilitas pinjaman per 31 Desember 2026')
    expect(all).toMatch(/Pinjaman disalurkan tahun 2026\s+12 pinjaman · /)
    expect(all).toContain(formatAmount(coop.expect.loanPrincipal))
    expect(all).toMatch(/Rasio pinjaman bermasalah \(NPL\)\s+\d+,\d\d %/)
    expect(all).toMatch(/Macet|Diragukan|Kurang lancar/)
    expect(all).toContain('Lampiran 2. Daftar pinjaman anggota')
  })

  it('financial statements with comparatives, SHU, units, capital and the audit-chain head', () => {
    for (const s of [
      'Laporan Posisi Keuangan',
      'Laporan Perhitungan Hasil Usaha',
      'Laporan Perubahan Ekuitas',
      'Laporan Arus Kas',
      'Catatan atas Laporan Keuangan'
    ])
      expect(all).toContain(s)
    expect(all).toContain('31 Desember 2025')
    expect(all).toContain('Gerai Sembako')
    expect(all).toContain('Jumlah modal sendiri')
    expect(all).toContain('Hibah / modal donasi')
    expect(all).toContain('100.000.000')
    expect(all).toContain('Lampiran 3. Perhitungan SHU per anggota')
    expect(all).toMatch(/Jasa modal \(JMA\)\s+Jasa usaha \(JUA\)\s+Jumlah SHU\s+Tanda terima/)
    expect(all).toContain('Lampiran 4. Daftar hadir')
    expect(all).toMatch(/Tanda tangan/)
    const last = pageText(r.file, pages)
    expect(last).toContain('Kepala rantai jejak audit')
    expect(last).toMatch(/Hash: [0-9a-f]{64}/)
    expect(last).toContain('tidak ditulis ulang')
    // The anchor the pengawas writes down: the record number and the short code.
    expect(last).toMatch(
      /Jangkar untuk dicatat pengawas: catatan no\. \d+ · [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/
    )
    // The audit time in the cooperative's zone (Jawa Barat: WIB), named; never UTC (issue 14 point 5).
    expect(last).toMatch(/dicatat\s+\d{1,2}\s+\S+\s+\d{4}\s+\d{2}\.\d{2}\s+WIB/)
    expect(last).toMatch(/buku\s+dibuat\s+\d{1,2}\s+\S+\s+\d{4}\s+\d{2}\.\d{2}\s+WIB/)
    expect(last).not.toContain('UTC')
  })

  it('renders pages to PNG for a look (cover, a statistics page, a lampiran page)', () => {
    const statsPage = Array.from({ length: pages }, (_, i) => i + 1).find((i) =>
      pageText(r.file, i).includes('Keanggotaan')
    )!
    const lampiran = Array.from({ length: pages }, (_, i) => i + 1).find(
      (i) => i > 3 && pageText(r.file, i).includes('Lampiran 1. Daftar simpanan')
    )!
    for (const [n, tag] of [
      [1, 'sampul'],
      [statsPage, 'anggota'],
      [lampiran, 'lampiran']
    ] as const) {
      const out = join(process.env.RATBOOK_PNG_DIR ?? dir, `ratbook-${tag}`)
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(n), '-l', String(n), '-singlefile', r.file, out])
      expect(existsSync(`${out}.png`)).toBe(true)
    }
  })

  it('the member lists are drawn whole: every row once in order, the header on every page, the sums', () => {
    const first = Array.from({ length: pages }, (_, i) => i + 1).find(
      (i) => i > 3 && pageText(r.file, i).includes('Lampiran 1. Daftar simpanan')
    )!
    const rows: string[][] = []
    let headers = 0
    let total: string[] | null = null
    for (let p = first; p <= pages; p++) {
      const t = pageText(r.file, p)
      if (p > first && !/^\s*\d+\s+A-/m.test(t)) break
      if (/No\s+No\. anggota\s+Nama\s+Pokok\s+Wajib\s+Sukarela\s+Jumlah/.test(t)) headers++
      for (const m of t.matchAll(/^\s*(\d+)\s+(A-\S+)\s+(.+?)\s{2,}([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$/gm))
        rows.push(m.slice(1))
      const sum = /^\s*Jumlah\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$/m.exec(t)
      if (sum) total = sum.slice(1)
      if (sum) break
    }
    expect(rows.map((x) => Number(x[0]))).toEqual(rows.map((_, i) => i + 1))
    expect(new Set(rows.map((x) => x[1])).size).toBe(rows.length)
    expect(headers).toBeGreaterThan(1)
    // Member no. 4 (i = 3): pokok 100.000, wajib 20.000 × 4, sukarela 250.000 + 3.000 (the fixture's deposits).
    expect(rows.find((x) => x[2] === 'Ibu Anggota 004')!.slice(3)).toEqual(['100.000', '80.000', '253.000', '433.000'])
    const num = (v: string) => Number(v.replace(/\./g, ''))
    expect(total!.map(num)).toEqual([3, 4, 5, 6].map((k) => rows.reduce((t, x) => t + num(x[k]!), 0)))
  })

  it('the daftar hadir and quorum come from the RAT recorded for the year', async () => {
    const meeting = await ok(
      host.execute('rat.save', {
        year: 2026,
        number: 2,
        date: '2027-01-20',
        place: 'Balai Desa Sukamaju',
        guests: [{ name: 'Camat Cibeber', role: 'Camat' }]
      })
    )
    await ok(
      host.execute('rat.recordAttendance', { ratId: meeting.id, memberIds: coop.ids.slice(0, 200), present: true })
    )
    const pdf = await ok(host.execute('ratbook.pdf', { year: 2026, file: join(dir, 'dengan-rapat.pdf') }))
    const t = text(pdf.file)
    expect(t).toContain('Hari/tanggal: Rabu, 20 Januari 2027')
    expect(t).toContain('Tempat: Balai Desa Sukamaju')
    expect(t).toContain('Camat Cibeber')
    expect(t).toMatch(/Jumlah anggota hadir\s+200/)
    expect(t).toMatch(/terpenuhi\?\s+Ya/)
  }, 60_000)

  it('a given file name must end in .pdf (refused in Indonesian)', async () => {
    const e = await fails(host.execute('ratbook.pdf', { year: 2026, file: join(dir, 'buku.docx') }))
    expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'file' })
    expect(e.message).toContain('Berkas')
  })
})

describe('teks buku RAT (ratbook.blocks / ratbook.setBlock)', () => {
  it('gives default Indonesian templates with the cooperative name and year', async () => {
    const b = await ok(host.execute('ratbook.blocks', { year: 2026 }))
    expect(b.blocks.map((x: { key: string }) => x.key)).toContain('kataPengantar')
    const kp = b.blocks.find((x: { key: string }) => x.key === 'kataPengantar')
    expect(kp.isDefault).toBe(true)
    expect(kp.text).toContain(SAMPLE_PROFILE.name)
    expect(kp.text).toContain('Tahun Buku 2026')
    expect(kp.text).toContain('ke-2')
  })

  it('saves a block per year, appears in the book, and can be reset', async () => {
    const s = await ok(
      host.execute('ratbook.setBlock', {
        year: 2026,
        key: 'laporanPengawas',
        text: '  Temuan pengawas: kas opname cocok dengan buku kas.\r\n\r\nRekomendasi: lanjutkan.  '
      })
    )
    expect(s).toMatchObject({
      key: 'laporanPengawas',
      isDefault: false,
      text: 'Temuan pengawas: kas opname cocok dengan buku kas.\n\nRekomendasi: lanjutkan.'
    })
    const other = await ok(host.execute('ratbook.blocks', { year: 2025 }))
    expect(other.blocks.find((x: { key: string }) => x.key === 'laporanPengawas').isDefault).toBe(true)
    const pdf = await ok(host.execute('ratbook.pdf', { year: 2026, file: join(dir, 'lain.pdf') }))
    expect(text(pdf.file)).toContain('Temuan pengawas: kas opname cocok dengan buku kas.')
    const reset = await ok(host.execute('ratbook.resetBlock', { year: 2026, key: 'laporanPengawas' }))
    expect(reset.isDefault).toBe(true)
  }, 60_000)

  it('refuses bad input in Indonesian, naming the field', async () => {
    const empty = await fails(host.execute('ratbook.setBlock', { year: 2026, key: 'penutup', text: '   ' }))
    expect(empty).toMatchObject({ code: 'INVALID_INPUT', field: 'text' })
    expect(empty.message).toMatch(/^Isi teks: wajib diisi/)
    const key = await fails(host.execute('ratbook.setBlock', { year: 2026, key: 'sampul', text: 'x' }))
    expect(key).toMatchObject({ field: 'key' })
    expect(key.message).toMatch(/^Bagian teks: harus salah satu dari/)
    const year = await fails(host.execute('ratbook.blocks', { year: 1999 }))
    expect(year).toMatchObject({ field: 'year', message: 'Tahun buku: harus berupa tahun antara 2000 dan 2199' })
    const long = await fails(host.execute('ratbook.setBlock', { year: 2026, key: 'penutup', text: 'a'.repeat(20_001) }))
    expect(long.message).toBe('Isi teks: paling banyak 20.000 karakter')
  })
})
