import type { CommandErrorData, CommandResponse } from '../../shared/errors'
import type { AuthUser } from '../../shared/commands/auth'
import type { UploadedFile } from '../../shared/commands/files'
import type { DeviceInfo, Progress } from '../commands/context'
import type { Door } from '../files/deliver'
import type { MigrationReport } from '../db/book'

/** Messages between a door's main thread and the thread that owns the book (host-worker.ts). */
export type ToHost =
  | {
      type: 'execute'
      id: number
      name: string
      input: unknown
      opts: {
        sessionToken: string | null
        user: AuthUser | null
        door: Door
        source: string | null
        idempotencyKey: string | null
        device: DeviceInfo | null
        lanDoor?: boolean
      }
    }
  | { type: 'stream'; deviceId: string; open: boolean }
  | { type: 'adopt'; id: number; path: string; name: string }
  | { type: 'startBackups'; id: number }
  | { type: 'close'; id: number }

export type FromHost =
  | { type: 'ready'; file: string; migration: MigrationReport }
  | { type: 'failed'; error: CommandErrorData }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; response: CommandResponse<unknown> }
  | { type: 'adopted'; id: number; upload: UploadedFile }
  | { type: 'done'; id: number }
  | { type: 'disconnected'; deviceId: string }

export interface HostWorkerData {
  bookFile: string
  create: boolean
  program: string
  /** The read-only worker's entry (bundled app: out/main/worker.js). */
  poolEntry: string | null
  backups: boolean
  /** A fixed clock (tests): milliseconds since the epoch. */
  fixedNow: number | null
}
