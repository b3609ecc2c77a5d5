import { z } from 'zod'
import { hostCommand } from './define'
import { targetFields, type ExportedFile } from './files'
import { accountCode, isoDate, positiveId, unitCode } from '../validation/schemas'
import { BOOK_KINDS } from '../books/kinds'

/**
 * The cooperative's books on paper and in a spreadsheet (issue 16 point 2): each one built from the
 * same query its screen shows, as an A4 or F4 PDF or an XLSX workbook.
 */
export const bookExportInput = z.strictObject({
  book: z.enum(BOOK_KINDS, { error: `harus salah satu dari ${BOOK_KINDS.join(', ')}` }),
  format: z.enum(['pdf', 'xlsx'], { error: 'harus pdf atau xlsx' }),
  /** F4 (folio) is 215 × 330 mm, the paper most village offices keep. */
  paper: z.enum(['A4', 'F4'], { error: 'harus A4 atau F4' }).default('A4'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  asOf: isoDate.optional(),
  account: accountCode.optional(),
  itemId: positiveId.optional(),
  loanId: positiveId.optional(),
  unit: unitCode.optional(),
  type: z.enum(['POKOK', 'WAJIB', 'SUKARELA'], { error: 'harus POKOK, WAJIB atau SUKARELA' }).optional(),
  status: z
    .enum(['CALON', 'AKTIF', 'KELUAR', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK', 'CAIR', 'LUNAS', 'HAPUS_BUKU'], {
      error: 'status tidak dikenal'
    })
    .optional(),
  ...targetFields
})

export const bookCommands = {
  'books.export': hostCommand<ExportedFile & { rows: number; pages?: number }>()({
    kind: 'query',
    heavy: true,
    summary:
      'Mencetak buku ke PDF (A4 atau F4) atau XLSX: buku kas, buku bank, buku besar, jurnal umum, neraca saldo, daftar anggota, saldo simpanan, daftar dan kartu pinjaman, daftar aset, kartu stok, penjualan per unit dan hari',
    input: bookExportInput,
    files: { write: ['file'] }
  })
}
