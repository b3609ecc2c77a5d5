import { z } from 'zod'
import { command, hostCommand } from './define'
import { requiredText, text } from '../validation/schemas'
import { ROLES, type Role } from '../auth/roles'
import type { AuditEntry, AuditVerification, Paged } from '../ledger/types'

export interface AuthUser {
  id: number
  username: string
  fullName: string
  role: Role
  isActive: boolean
}

const username = z
  .string({ error: 'harus berupa teks' })
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,32}$/, { error: '3–32 huruf, angka, titik, garis bawah atau tanda hubung' })
const password = z
  .string({ error: 'harus berupa teks' })
  .min(8, { error: 'paling sedikit 8 karakter' })
  .max(200, { error: 'paling banyak 200 karakter' })
const role = z.enum(ROLES as [Role, ...Role[]], { error: `harus salah satu dari: ${ROLES.join(', ')}` })

export const authCommands = {
  'auth.status': command<{ enabled: boolean; user: AuthUser | null; hasUsers: boolean }>()({
    kind: 'query',
    permission: 'public',
    summary: 'Apakah login pengguna aktif, dan siapa yang sedang masuk',
    input: z.strictObject({}).default({})
  }),
  'auth.login': hostCommand<{ sessionToken: string; user: AuthUser; expiresAt: string }>()({
    kind: 'mutation',
    permission: 'public',
    summary: 'Masuk dengan nama pengguna dan kata sandi',
    input: z.strictObject({
      username: requiredText(32),
      password: z.string({ error: 'harus berupa teks' }).min(1, { error: 'wajib diisi' }).max(200)
    })
  }),
  'auth.logout': command<{ ok: true }>()({
    kind: 'mutation',
    permission: 'self',
    summary: 'Keluar (mengakhiri sesi)',
    input: z.strictObject({}).default({})
  }),
  'auth.changePassword': hostCommand<{ ok: true }>()({
    kind: 'mutation',
    permission: 'self',
    summary: 'Mengganti kata sandi sendiri',
    input: z.strictObject({
      currentPassword: z.string({ error: 'harus berupa teks' }).min(1, { error: 'wajib diisi' }).max(200),
      newPassword: password
    })
  }),
  'auth.setEnabled': command<{ enabled: boolean }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menyalakan atau mematikan login pengguna (mati untuk laptop satu pengguna)',
    input: z.strictObject({ enabled: z.boolean({ error: 'harus true atau false' }) })
  }),
  'users.list': command<AuthUser[]>()({
    kind: 'query',
    permission: 'admin',
    summary: 'Daftar pengguna',
    input: z.strictObject({}).default({})
  }),
  'users.create': hostCommand<AuthUser>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menambah pengguna dengan peran',
    input: z.strictObject({ username, fullName: requiredText(100), role, password })
  }),
  'users.update': command<AuthUser>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah nama, peran atau status aktif pengguna',
    input: z.strictObject({
      username,
      fullName: requiredText(100).optional(),
      role: role.optional(),
      active: z.boolean({ error: 'harus true atau false' }).optional()
    })
  }),
  'users.resetPassword': hostCommand<AuthUser>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menetapkan kata sandi baru untuk pengguna',
    input: z.strictObject({ username, password })
  }),
  'audit.list': command<Paged<AuditEntry>>()({
    kind: 'query',
    summary: 'Jejak audit: setiap perubahan data, siapa, kapan, apa',
    input: z
      .strictObject({
        command: text(60).optional(),
        actor: text(60).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(500).default(50)
      })
      .default({ page: 1, pageSize: 50 })
  }),
  'audit.head': command<{ count: number; lastId: number; hash: string; at: string | null; fingerprint: string }>()({
    kind: 'query',
    summary: 'Ujung rantai audit (dicetak pada buku RAT dan laporan Dinas)',
    input: z.strictObject({}).default({})
  }),
  'audit.verify': command<AuditVerification>()({
    kind: 'query',
    heavy: true,
    summary:
      'Menghitung ulang rantai hash jejak audit untuk mendeteksi perubahan di luar aplikasi; dengan jangkar yang dicatat dulu, membuktikan rantai hari ini melanjutkannya',
    input: z
      .strictObject({
        anchor: z
          .strictObject({
            id: z
              .number({ error: 'harus berupa nomor catatan' })
              .int({ error: 'harus bilangan bulat' })
              .min(1, { error: 'paling kecil 1' }),
            hash: z
              .string({ error: 'harus berupa teks' })
              .transform((s) => s.replace(/[\s-]/g, '').toLowerCase())
              .pipe(
                z
                  .string()
                  .regex(/^[0-9a-f]{12,64}$/, { error: 'tulis paling sedikit 12 karakter heksadesimal (0–9, a–f)' })
              )
          })
          .optional()
      })
      .default({})
  })
}
