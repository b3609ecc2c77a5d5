import { z } from 'zod'
import { command, hostCommand } from './define'
import { requiredText, text } from '../validation/schemas'

export interface BackupInfo {
  file: string
  folder: string
  name: string
  at: string
  reason: string
  automatic: boolean
  size: number
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
  problems: string[]
}

export interface SystemCheck {
  ok: boolean
  checkedAt: string
  sections: { name: string; ok: boolean; problems: string[] }[]
}

const filePath = requiredText(1000)

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
      extraFolder: text(1000).nullable().transform((v) => (v === '' ? null : v)),
      intervalMinutes: z.number({ error: 'harus berupa angka' }).int({ error: 'harus bilangan bulat' }).min(5, { error: 'paling sedikit 5 menit' }).max(24 * 60, { error: 'paling lama 1 hari' })
    })
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
    input: z.strictObject({ file: filePath })
  }),
  'backup.restore': hostCommand<{ restoredFrom: string; safetyBackup: string; verification: BookVerification }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Memulihkan buku dari cadangan atau berkas; buku saat ini dicadangkan dulu agar dapat dibatalkan',
    input: z.strictObject({ file: filePath })
  }),
  'book.export': hostCommand<{ file: string; size: number }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengekspor seluruh buku menjadi satu berkas untuk dipindah ke laptop lain',
    input: z.strictObject({ file: filePath })
  }),
  'system.check': command<SystemCheck>()({
    kind: 'query',
    heavy: true,
    summary: 'Pemeriksaan menyeluruh: integritas SQLite, keseimbangan jurnal, saldo bulanan, periode terkunci, rantai audit',
    input: z.strictObject({}).default({})
  })
}
