import { z } from 'zod'
import { command, hostCommand } from './define'
import { sourceFields, targetFields, type ExportedFile } from './files'
import { isoDate, optionalText, requiredText } from '../validation/schemas'
import type { DinasColumn, DinasExpected, DinasProfile, DinasRecap, DinasReport } from '../dinas/fields'
import type { DinasPeriodicRecap, DinasPeriodicReport } from '../dinas/periodic'

/**
 * Laporan Tahunan untuk Dinas (DOMAIN.md §7.1) and the Dinas consolidation (Rekap Dinas): a
 * cooperative computes its fields and exports them (XLSX/CSV/PDF + a checked JSON); a Dinas officer
 * imports those JSON files into a book of their own (a separate book, or the same one) and recaps.
 */
const year = z
  .number({ error: 'harus berupa tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1990, { error: 'tahun paling awal 1990' })
  .max(2200, { error: 'tahun terlalu jauh' })
const quarter = z
  .number({ error: 'harus berupa nomor triwulan 1–4' })
  .int({ error: 'harus bilangan bulat' })
  .min(1, { error: 'triwulan 1–4' })
  .max(4, { error: 'triwulan 1–4' })
const fieldKey = z
  .string({ error: 'harus berupa kunci kolom' })
  .regex(/^[a-zA-Z][a-zA-Z0-9]{1,40}$/, { error: 'kunci kolom tidak dikenal' })

/** The document, and for XLSX the checked JSON the Dinas imports (`payload`; written beside it as `payloadFile`). */
export interface DinasFileResult extends ExportedFile {
  payloadFile: string | null
  payload: ExportedFile | null
}

const column = z.strictObject({
  key: fieldKey,
  label: requiredText(200),
  order: z
    .number({ error: 'harus berupa angka' })
    .int({ error: 'harus bilangan bulat' })
    .min(1, { error: 'paling kecil 1' })
    .max(1000, { error: 'paling besar 1000' }),
  included: z.boolean({ error: 'harus true atau false' })
})

const profile = z.strictObject({
  perubahanAdNomor: optionalText(200),
  perubahanAdTanggal: isoDate
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  statusNik: z
    .enum(['BERSERTIFIKAT', 'BELUM'], { error: 'harus BERSERTIFIKAT atau BELUM' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  nikBerlaku: isoDate
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  bentuk: z.enum(['PRIMER', 'SEKUNDER'], { error: 'harus PRIMER atau SEKUNDER' }).default('PRIMER'),
  jenis: optionalText(100),
  kelompok: optionalText(100),
  sektorUsaha: optionalText(200),
  grade: z
    .enum(['A', 'B', 'C', 'D', 'E'], { error: 'harus A, B, C, D atau E' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  izinUsaha: z.boolean({ error: 'harus true atau false' }),
  izinUsahaNomor: optionalText(200)
})

export const dinasCommands = {
  'dinas.report': command<DinasReport>()({
    kind: 'query',
    heavy: true,
    summary: 'Laporan Tahunan untuk Dinas: setiap isian ODS dihitung dari buku dan buku daftar, dengan cara hitung',
    input: z.strictObject({ year })
  }),
  'dinas.profile': command<DinasProfile>()({
    kind: 'query',
    summary: 'Isian laporan Dinas yang tidak ada di buku: perubahan AD, status NIK koperasi, bentuk, jenis, izin usaha',
    input: z.strictObject({}).default({})
  }),
  'dinas.setProfile': command<DinasProfile>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah isian laporan Dinas yang tidak ada di buku (perubahan AD, status NIK koperasi, izin usaha …)',
    input: profile
  }),
  'dinas.template': command<{ columns: DinasColumn[]; defaults: DinasColumn[] }>()({
    kind: 'query',
    summary: 'Templat kolom laporan Dinas (urutan, label, disertakan atau tidak)',
    input: z.strictObject({}).default({})
  }),
  'dinas.setTemplate': command<{ columns: DinasColumn[]; defaults: DinasColumn[] }>()({
    kind: 'mutation',
    summary: 'Mengubah templat kolom laporan Dinas; null mengembalikan templat bawaan',
    input: z.strictObject({
      columns: z
        .array(column, { error: 'harus berupa daftar kolom' })
        .min(1, { error: 'paling sedikit satu kolom' })
        .max(200, { error: 'terlalu banyak kolom' })
        .nullable()
    })
  }),
  'dinas.export': hostCommand<DinasFileResult>()({
    kind: 'query',
    summary: 'Mengekspor laporan Dinas ke XLSX (beserta JSON untuk Dinas), CSV, PDF atau JSON',
    input: z.strictObject({
      year,
      format: z.enum(['xlsx', 'csv', 'pdf', 'json'], { error: 'harus xlsx, csv, pdf atau json' }),
      ...targetFields
    }),
    files: { write: ['file'] }
  }),
  'dinas.periodic': command<DinasPeriodicReport>()({
    kind: 'query',
    heavy: true,
    summary:
      'Pemantauan triwulanan untuk Dinas: anggota, aset, modal, simpanan, pinjaman, volume usaha dan SHU satu triwulan, dengan cara hitung',
    input: z.strictObject({ year, quarter })
  }),
  'dinas.periodicExport': hostCommand<DinasFileResult>()({
    kind: 'query',
    summary:
      'Mengekspor pemantauan triwulanan untuk Dinas: JSON yang diperiksa checksum-nya (dan XLSX yang dapat dibaca)',
    input: z.strictObject({
      year,
      quarter,
      format: z.enum(['xlsx', 'json'], { error: 'harus xlsx atau json' }),
      ...targetFields
    }),
    files: { write: ['file'] }
  }),
  'dinas.periodicRecap': command<DinasPeriodicRecap>()({
    kind: 'query',
    summary:
      'Rekap Dinas pemantauan triwulanan: tiap koperasi per triwulan I–IV satu tahun, dengan jumlah per triwulan',
    input: z.strictObject({ year })
  }),
  'dinas.periodicRecapExport': hostCommand<DinasFileResult>()({
    kind: 'query',
    summary:
      'Rekap Dinas pemantauan triwulanan ke XLSX: satu lembar per triwulan (koperasi × isian, dengan jumlah) dan satu lembar perubahan antartriwulan',
    input: z.strictObject({ year, ...targetFields }),
    files: { write: ['file'] }
  }),
  'dinas.removePeriodic': command<{ removed: number }>()({
    kind: 'mutation',
    summary: 'Rekap Dinas: menghapus laporan pemantauan satu koperasi untuk satu triwulan',
    input: z.strictObject({ year, quarter, key: requiredText(300) })
  }),
  'dinas.importExport': hostCommand<{
    action: 'BARU' | 'MENGGANTI'
    key: string
    name: string
    year: number
    quarter?: number
    generatedAt: string
  }>()({
    kind: 'mutation',
    summary:
      'Rekap Dinas: mengimpor berkas .lumbung.json dari koperasi, laporan tahunan atau pemantauan triwulanan (diperiksa checksum-nya)',
    input: z.strictObject({ ...sourceFields }),
    files: { read: ['file'] }
  }),
  'dinas.recap': command<DinasRecap>()({
    kind: 'query',
    summary:
      'Rekap Dinas satu tahun: jumlah koperasi, RAT, anggota, modal, aset, volume usaha, SHU, predikat kesehatan',
    input: z.strictObject({ year })
  }),
  'dinas.removeSubmission': command<{ removed: number }>()({
    kind: 'mutation',
    summary: 'Rekap Dinas: menghapus laporan satu koperasi untuk satu tahun',
    input: z.strictObject({ year, key: requiredText(300) })
  }),
  'dinas.expected': command<DinasExpected[]>()({
    kind: 'query',
    summary: 'Rekap Dinas: daftar koperasi yang diharapkan melapor',
    input: z.strictObject({}).default({})
  }),
  'dinas.setExpected': command<DinasExpected[]>()({
    kind: 'mutation',
    summary: 'Rekap Dinas: menetapkan daftar koperasi yang diharapkan melapor',
    input: z.strictObject({
      cooperatives: z
        .array(z.strictObject({ name: requiredText(200), nikKoperasi: optionalText(50), regency: optionalText(200) }), {
          error: 'harus berupa daftar koperasi'
        })
        .max(5000, { error: 'paling banyak 5000 koperasi' })
    })
  }),
  'dinas.recapExport': hostCommand<DinasFileResult>()({
    kind: 'query',
    summary: 'Rekap Dinas ke XLSX atau PDF',
    input: z.strictObject({ year, format: z.enum(['xlsx', 'pdf'], { error: 'harus xlsx atau pdf' }), ...targetFields }),
    files: { write: ['file'] }
  })
}
