import { z } from 'zod'
import { command, hostCommand } from './define'
import { targetFields, type ExportedFile } from './files'

/** The editable narrative blocks of the RAT book (DOMAIN.md §6.1), in the order they appear. */
export const RATBOOK_BLOCKS = [
  'kataPengantar',
  'susunanAcara',
  'tataTertib',
  'pendahuluan',
  'organisasi',
  'usaha',
  'keuangan',
  'rencanaKerja',
  'penutupPengurus',
  'laporanPengawas',
  'penutup'
] as const
export type RatbookBlockKey = (typeof RATBOOK_BLOCKS)[number]

export const RATBOOK_BLOCK_TITLES: Record<RatbookBlockKey, string> = {
  kataPengantar: 'Kata Pengantar',
  susunanAcara: 'Susunan Acara RAT',
  tataTertib: 'Tata Tertib RAT',
  pendahuluan: 'BAB I Pendahuluan',
  organisasi: 'BAB II Bidang Organisasi dan Kelembagaan (uraian)',
  usaha: 'BAB III Bidang Usaha (uraian)',
  keuangan: 'BAB IV Bidang Keuangan dan Permodalan (uraian)',
  rencanaKerja: 'BAB V Realisasi Rencana Kerja dan RAPB (uraian)',
  penutupPengurus: 'BAB VI Penutup laporan pengurus',
  laporanPengawas: 'Laporan Hasil Pengawasan',
  penutup: 'Penutup buku'
}

export const RATBOOK_TEXT_MAX = 20_000

export interface RatbookBlock {
  key: RatbookBlockKey
  title: string
  text: string
  /** true while the default template is used (nothing saved for the year). */
  isDefault: boolean
}

export interface RatbookBlocks {
  year: number
  blocks: RatbookBlock[]
}

export interface RatbookPdf extends ExportedFile {
  pages: number
}

const year = z
  .number({ error: 'harus berupa tahun, mis. 2025' })
  .int({ error: 'harus berupa tahun, mis. 2025' })
  .min(2000, { error: 'harus berupa tahun antara 2000 dan 2199' })
  .max(2199, { error: 'harus berupa tahun antara 2000 dan 2199' })
const blockKey = z.enum(RATBOOK_BLOCKS, { error: `harus salah satu dari ${RATBOOK_BLOCKS.join(', ')}` })
const blockText = z
  .string({ error: 'wajib diisi dengan teks' })
  .trim()
  .min(1, { error: 'wajib diisi (kosongkan tidak boleh; pakai "Kembalikan teks bawaan" untuk teks awal)' })
  .max(RATBOOK_TEXT_MAX, { error: `paling banyak ${RATBOOK_TEXT_MAX.toLocaleString('id-ID')} karakter` })

export const ratbookCommands = {
  'ratbook.blocks': command<RatbookBlocks>()({
    kind: 'query',
    summary:
      'Teks buku laporan RAT per tahun buku (kata pengantar, laporan pengurus, laporan pengawas, acara, tata tertib, penutup)',
    input: z.strictObject({ year })
  }),
  'ratbook.setBlock': command<RatbookBlock>()({
    kind: 'mutation',
    summary: 'Menyimpan satu bagian teks buku laporan RAT untuk tahun buku',
    input: z.strictObject({ year, key: blockKey, text: blockText })
  }),
  'ratbook.resetBlock': command<RatbookBlock>()({
    kind: 'mutation',
    summary: 'Mengembalikan satu bagian teks buku laporan RAT ke teks bawaan',
    input: z.strictObject({ year, key: blockKey })
  }),
  'ratbook.pdf': hostCommand<RatbookPdf>()({
    kind: 'query',
    summary: 'Membuat buku laporan pertanggungjawaban RAT (PDF A4) untuk tahun buku',
    input: z.strictObject({ year, ...targetFields }),
    files: { write: ['file'] }
  })
}
