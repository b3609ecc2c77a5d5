import { documentFileName } from '../files/document-name'
import { MONTHS_ID, lastDayOfMonth } from '../dates/format'

/** The books a treasurer prints (issue 16 point 2), each with the title it carries on paper. */
export const BOOK_KINDS = [
  'BUKU_KAS',
  'BUKU_BANK',
  'BUKU_BESAR',
  'JURNAL_UMUM',
  'NERACA_SALDO',
  'DAFTAR_ANGGOTA',
  'SALDO_SIMPANAN',
  'DAFTAR_PINJAMAN',
  'KARTU_PINJAMAN',
  'DAFTAR_ASET',
  'KARTU_STOK',
  'PENJUALAN'
] as const

export type BookKind = (typeof BOOK_KINDS)[number]

export const BOOK_TITLES: Readonly<Record<BookKind, string>> = {
  BUKU_KAS: 'Buku Kas',
  BUKU_BANK: 'Buku Bank',
  BUKU_BESAR: 'Buku Besar',
  JURNAL_UMUM: 'Jurnal Umum',
  NERACA_SALDO: 'Neraca Saldo',
  DAFTAR_ANGGOTA: 'Buku Daftar Anggota',
  SALDO_SIMPANAN: 'Daftar Saldo Simpanan Anggota',
  DAFTAR_PINJAMAN: 'Daftar Pinjaman',
  KARTU_PINJAMAN: 'Kartu Pinjaman',
  DAFTAR_ASET: 'Daftar Aset Tetap dan Penyusutan',
  KARTU_STOK: 'Kartu Stok',
  PENJUALAN: 'Penjualan per Unit dan Hari'
}

/** Short names for files: `KKMP-Gunung-Sari-Buku-Kas-2025.pdf`. */
const FILE_TITLES: Readonly<Record<BookKind, string>> = {
  ...BOOK_TITLES,
  DAFTAR_ANGGOTA: 'Daftar Anggota',
  SALDO_SIMPANAN: 'Saldo Simpanan',
  DAFTAR_ASET: 'Daftar Aset',
  PENJUALAN: 'Penjualan'
}

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

/**
 * The period as a file-name part: a whole year `2025`, a whole month `Maret-2025`, a date `per-31-03-2025`
 * (a year end reads `2025`), otherwise `01-01-2025-sd-31-03-2025`. Never an ISO date.
 */
export function periodFilePart(p: { from?: string | null | undefined; to?: string | null | undefined; asOf?: string | null | undefined }): string | null {
  if (p.from && p.to) {
    const [fy, fm, fd] = p.from.split('-').map(Number) as [number, number, number]
    const [ty, tm, td] = p.to.split('-').map(Number) as [number, number, number]
    if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return String(fy)
    if (fy === ty && fm === tm && fd === 1 && p.to === lastDayOfMonth(p.to.slice(0, 7))) return `${MONTHS_ID[fm - 1]}-${fy}`
    return `${dmy(p.from)}-sd-${dmy(p.to)}`
  }
  const at = p.asOf ?? p.to ?? null
  if (!at) return null
  return at.slice(5) === '12-31' ? at.slice(0, 4) : `per-${dmy(at)}`
}

/**
 * `<koperasi>-<dokumen>-<periode>.<ext>` for a book; `what` names the account, item, loan or
 * savings type when the book is about one (`Buku-Besar-1-1101`, `Kartu-Stok-BRS5`).
 */
export function bookFileName(cooperative: string, book: BookKind, period: { from?: string | null | undefined; to?: string | null | undefined; asOf?: string | null | undefined }, ext: string, what?: string | null): string {
  return documentFileName(cooperative, what ? `${FILE_TITLES[book]} ${what}` : FILE_TITLES[book], periodFilePart(period), ext)
}
