import { z } from 'zod'
import { command } from './define'
import { optionalText, requiredText, unitCode } from '../validation/schemas'
import type { Unit } from '../ledger/types'

export const unitCommands = {
  'units.list': command<Unit[]>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Daftar unit usaha',
    input: z
      .strictObject({ includeInactive: z.boolean({ error: 'harus true atau false' }).default(true) })
      .default({ includeInactive: true })
  }),
  'units.create': command<Unit>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menambah unit usaha',
    input: z.strictObject({ code: unitCode, name: requiredText(100), description: optionalText(300) })
  }),
  'units.update': command<Unit>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah nama, keterangan atau urutan unit usaha (kode tetap)',
    input: z.strictObject({
      code: unitCode,
      name: requiredText(100).optional(),
      description: optionalText(300),
      sortOrder: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(0)
        .max(1000)
        .optional()
    })
  }),
  'units.setActive': command<Unit>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menonaktifkan atau mengaktifkan kembali unit usaha',
    input: z.strictObject({ code: unitCode, active: z.boolean({ error: 'harus true atau false' }) })
  })
}
