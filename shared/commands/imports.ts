import { z } from 'zod'
import { hostCommand } from './define'
import { accountCode, allowFutureDate, isoDate } from '../validation/schemas'
import { sourceFields } from './files'

export const IMPORT_FIELDS = [
  'memberNo',
  'name',
  'nik',
  'kkNumber',
  'gender',
  'birthPlace',
  'birthDate',
  'occupation',
  'street',
  'rt',
  'rw',
  'dusun',
  'village',
  'phone',
  'joinedAt',
  'note',
  'pokok',
  'wajib',
  'sukarela'
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  memberNo: 'Nomor anggota',
  name: 'Nama',
  nik: 'NIK (KTP)',
  kkNumber: 'Nomor KK',
  gender: 'Jenis kelamin',
  birthPlace: 'Tempat lahir',
  birthDate: 'Tanggal lahir',
  occupation: 'Pekerjaan',
  street: 'Alamat',
  rt: 'RT',
  rw: 'RW',
  dusun: 'Dusun',
  village: 'Desa/kelurahan',
  phone: 'No. HP',
  joinedAt: 'Tanggal masuk',
  note: 'Keterangan',
  pokok: 'Simpanan pokok',
  wajib: 'Simpanan wajib',
  sukarela: 'Simpanan sukarela'
}

export interface ImportRowError {
  /** Row number as the spreadsheet shows it (1 = the header row). */
  row: number
  column: string | null
  message: string
}

export interface MemberImportPreview {
  /** The file's name, as the treasurer chose it. */
  file: string
  rows: number
  valid: number
  /** Column index (0-based) → field; columns not mapped are left out. */
  mapping: Record<string, ImportField>
  headers: string[]
  unmapped: string[]
  errors: ImportRowError[]
  warnings: ImportRowError[]
  totals: { pokok: number; wajib: number; sukarela: number }
  sample: Record<string, unknown>[]
}

const importInput = {
  ...sourceFields,
  /** Column header or 0-based index → field; omitted columns use the automatic guess. */
  mapping: z
    .record(
      z.string(),
      z.enum(IMPORT_FIELDS, { error: `harus salah satu dari: ${IMPORT_FIELDS.join(', ')}` }).or(z.literal(''))
    )
    .default({}),
  openingDate: isoDate
}

export interface CollectionImportPreview {
  file: string
  rows: number
  valid: number
  headers: string[]
  errors: ImportRowError[]
  total: number
  items: {
    row: number
    memberId: number
    memberNo: string
    name: string
    type: 'POKOK' | 'WAJIB' | 'SUKARELA'
    amount: number
  }[]
}

export const importCommands = {
  'savings.collectionImportPreview': hostCommand<CollectionImportPreview>()({
    kind: 'query',
    summary: 'Pratinjau daftar potongan gaji / setoran massal (.xlsx atau .csv): nomor anggota, jumlah, jenis',
    input: z.strictObject({ ...sourceFields }),
    files: { read: ['file'] }
  }),
  'savings.collectionImport': hostCommand<{ count: number; total: number; entry: { id: number; number: string } }>()({
    kind: 'mutation',
    summary: 'Membukukan daftar potongan gaji / setoran massal: semua baris atau tidak sama sekali, satu jurnal',
    input: z.strictObject({
      allowFutureDate,
      ...sourceFields,
      date: isoDate,
      cashAccount: accountCode.default('1-1101'),
      reference: z.string().trim().max(100).optional()
    }),
    files: { read: ['file'] }
  }),
  'members.importPreview': hostCommand<MemberImportPreview>()({
    kind: 'query',
    permission: 'admin',
    summary:
      'Pratinjau impor anggota dan saldo awal simpanan dari .xlsx atau .csv: pemetaan kolom, kesalahan per baris',
    input: z.strictObject(importInput),
    files: { read: ['file'] }
  }),
  'members.import': hostCommand<{
    members: number
    entry: { id: number; number: string } | null
    totals: { pokok: number; wajib: number; sukarela: number }
  }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengimpor anggota dan saldo awal simpanan: semua baris atau tidak sama sekali, satu jurnal saldo awal',
    input: z.strictObject({
      allowFutureDate,
      ...importInput,
      offsetAccount: accountCode.default('1-1101'),
      acceptWarnings: z.boolean({ error: 'harus true atau false' }).default(false)
    }),
    files: { read: ['file'] }
  })
}
