import { z } from 'zod'
import { command, hostCommand } from './define'
import { isoDate, text } from '../validation/schemas'
import { sourceFields, targetFields, type ExportedFile } from './files'

export interface BackupInfo {
  file: string
  folder: string
  name: string
  at: string
  reason: string
  automatic: boolean
  size: number
  /** First 8 characters of the book's identity in the name (null: a backup from before identities). */
  bookId: string | null
}

export interface BackupStatus {
  lastBackupAt: string | null
  ageMinutes: number | null
  folder: string
  extraFolder: string | null
  extraFolderAvailable: boolean | null
  intervalMinutes: number
  count: number
}

export interface BookVerification {
  ok: boolean
  file: string
  schemaVersion: number | null
  cooperative: string | null
  entries: number
  /** The identity inside the file, and whether it is this same book (a restore of another book replaces it). */
  bookId: string | null
  sameBook: boolean
  lastEntryDate: string | null
  problems: string[]
  /** The open book that a restore would replace (backup.verify fills it in: what will happen). */
  current?: { cooperative: string | null; entries: number; lastEntryDate: string | null }
}

export interface SystemCheck {
  ok: boolean
  checkedAt: string
  sections: { name: string; ok: boolean; problems: string[] }[]
}

/** A backup of this book, by its name in backup.list (any door), or any file (see sourceFields). */
const bookSource = z.strictObject({
  ...sourceFields,
  backup: z
    .string({ error: 'harus berupa nama cadangan' })
    .trim()
    .min(1, { error: 'wajib diisi' })
    .max(300, { error: 'paling banyak 300 karakter' })
    .optional()
})

export const backupCommands = {
  'backup.status': command<BackupStatus>()({
    kind: 'query',
    summary: 'Umur cadangan terakhir dan pengaturan pencadangan',
    input: z.strictObject({}).default({})
  }),
  'backup.list': command<BackupInfo[]>()({
    kind: 'query',
    summary: 'Daftar cadangan di folder bawaan dan folder tambahan (mis. flashdisk)',
    input: z.strictObject({}).default({})
  }),
  'backup.configure': command<BackupStatus>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengatur folder cadangan tambahan dan selang pencadangan berkala',
    input: z.strictObject({
      extraFolder: text(1000)
        .nullable()
        .transform((v) => (v === '' ? null : v))
        .optional(),
      intervalMinutes: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(5, { error: 'paling sedikit 5 menit' })
        .max(24 * 60, { error: 'paling lama 1 hari' })
        .optional()
    }),
    files: { write: ['extraFolder'] }
  }),
  'backup.create': hostCommand<{ backups: BackupInfo[]; warnings: string[] }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Membuat cadangan sekarang (SQLite backup API) ke folder bawaan dan folder tambahan',
    input: z.strictObject({}).default({})
  }),
  'backup.verify': hostCommand<BookVerification>()({
    kind: 'query',
    summary: 'Memeriksa berkas cadangan: dapat dibuka, integritas SQLite, pemeriksaan buku besar dan audit',
    input: bookSource,
    files: { read: ['file'] }
  }),
  'backup.restore': hostCommand<{ restoredFrom: string; safetyBackup: string; verification: BookVerification }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Memulihkan buku dari cadangan atau berkas; buku saat ini dicadangkan dulu agar dapat dibatalkan',
    input: bookSource,
    files: { read: ['file'] }
  }),
  'book.export': hostCommand<ExportedFile>()({
    kind: 'mutation',
    permission: 'admin',
    summary:
      'Mengekspor seluruh buku menjadi satu berkas .lumbung (diperiksa sebelum disimpan) untuk dipindah ke laptop lain',
    input: z.strictObject(targetFields),
    files: { write: ['file'] }
  }),
  'book.exportJournal': hostCommand<ExportedFile>()({
    kind: 'query',
    summary:
      'Mengekspor jurnal (seluruhnya atau satu periode) sebagai teks akuntansi: format ledger/hledger atau beancount, akun dengan kode dan nama, unit dan anggota sebagai tag',
    input: z
      .strictObject({
        format: z.enum(['ledger', 'beancount'], { error: 'harus ledger atau beancount' }),
        from: isoDate.optional(),
        to: isoDate.optional(),
        ...targetFields
      })
      .refine((i) => !i.from || !i.to || i.from <= i.to, {
        error: 'tanggal awal tidak boleh sesudah tanggal akhir',
        path: ['from']
      }),
    files: { write: ['file'] }
  }),
  'jobs.cancel': hostCommand<{ cancelled: number }>()({
    kind: 'query',
    summary:
      'Membatalkan pekerjaan panjang yang sedang berjalan di latar belakang (mis. membuat buku RAT); buku tidak berubah',
    input: z.strictObject({ command: z.string({ error: 'harus berupa nama perintah' }).min(1).max(100) })
  }),
  'system.check': command<SystemCheck>()({
    kind: 'query',
    heavy: true,
    summary:
      'Pemeriksaan menyeluruh: integritas SQLite, keseimbangan jurnal, saldo bulanan, periode terkunci, rantai audit',
    input: z.strictObject({}).default({})
  })
}
