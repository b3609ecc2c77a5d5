import { documentFileName, documentPeriod } from '../files/document-name'

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

/**
 * `<koperasi>-<dokumen>-<periode>.<ext>` for a book; `what` names the account, item, loan or
 * savings type when the book is about one (`Buku-Besar-1-1101`, `Kartu-Stok-BRS5`).
 */
export function bookFileName(
  cooperative: string,
  book: BookKind,
  period: { from?: string | null | undefined; to?: string | null | undefined; asOf?: string | null | undefined },
  ext: string,
  what?: string | null
): string {
  return documentFileName(
    cooperative,
    what ? `${FILE_TITLES[book]} ${what}` : FILE_TITLES[book],
    documentPeriod(period),
    ext
  )
}
