import { z } from 'zod'
import { hostCommand } from './define'
import type { Role } from '../auth/roles'

/** A browser logged in to the book (office network mode). */
export interface DeviceRow {
  deviceId: string
  /** Read from the browser's User-Agent, e.g. "Chrome di Windows". */
  label: string
  address: string
  username: string
  fullName: string
  role: Role
  loggedInAt: string
  lastSeenAt: string
  /** Its event stream (refresh on others' postings) is open now. */
  streamConnected: boolean
}

export const deviceCommands = {
  'devices.list': hostCommand<DeviceRow[]>()({
    kind: 'query',
    permission: 'admin',
    summary: 'Daftar perangkat yang sedang masuk ke buku lewat jaringan kantor',
    input: z.strictObject({}).default({})
  }),
  'devices.disconnect': hostCommand<{ deviceId: string; users: string[]; sessions: number }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Memutuskan perangkat: mengakhiri sesi loginnya dan menutup aliran pembaruannya',
    input: z.strictObject({
      deviceId: z
        .string({ error: 'harus berupa teks' })
        .regex(/^[0-9a-f]{16,64}$/, { error: 'bukan pengenal perangkat yang sah' })
    })
  })
}
