import { z } from 'zod'
import { command } from './define'
import { accountCode, requiredText, optionalText } from '../validation/schemas'
import type { Account } from '../ledger/types'

export const accountCommands = {
  'accounts.list': command<Account[]>()({
    kind: 'query',
    summary: 'Daftar akun (bagan akun) berurutan kode',
    input: z
      .strictObject({
        includeInactive: z.boolean({ error: 'harus true atau false' }).default(true),
        postableOnly: z.boolean({ error: 'harus true atau false' }).default(false)
      })
      .default({ includeInactive: true, postableOnly: false })
  }),
  'accounts.create': command<Account>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menambah sub-akun di bawah akun induk',
    input: z.strictObject({
      parentCode: accountCode,
      code: accountCode,
      name: requiredText(150),
      isHeader: z.boolean({ error: 'harus true atau false' }).default(false),
      note: optionalText(300)
    })
  }),
  'accounts.update': command<Account>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengganti nama akun, atau kodenya selama akun belum pernah dipakai',
    input: z.strictObject({
      code: accountCode,
      newCode: accountCode.optional(),
      name: requiredText(150).optional(),
      note: optionalText(300),
      /** Kas/bank only: true lets the account run below zero (an agreed overdraft). */
      allowOverdraft: z.boolean({ error: 'harus true atau false' }).optional()
    })
  }),
  'accounts.setActive': command<Account>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menonaktifkan atau mengaktifkan kembali akun',
    input: z.strictObject({
      code: accountCode,
      active: z.boolean({ error: 'harus true atau false' })
    })
  })
}
