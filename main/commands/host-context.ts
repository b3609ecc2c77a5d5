import type { AuthUser } from '../../shared/commands/auth'
import type { BookVerification } from '../../shared/commands/backup'
import type { LanState } from '../../shared/commands/network'
import type { CommandContext, Progress } from './context'
import type { BackupReason, CreateBackupResult } from '../backup/backups'
import type { WriteGuard } from '../files/safe-write'
import type { Door } from '../files/deliver'
import type { TaskInput, TaskName, TaskResult } from '../worker/tasks'

/** Presence of devices, kept by the book's host from what the HTTP door tells it. */
export interface DevicePresence {
  /** Open event streams per device id. */
  streams: Map<string, number>
  /** Last request per device id (ISO time). */
  lastSeen: Map<string, string>
}

/** What the book host offers its handlers: the things only the owner of the open file can do. */
export interface HostServices {
  readonly scratchDir: string
  backupNow(reason: BackupReason): Promise<CreateBackupResult>
  /** Replaces the book with a verified file (after a safety backup). */
  restoreFrom(
    file: string,
    verification: BookVerification,
    actor: string
  ): Promise<{ restoredFrom: string; safetyBackup: string; verification: BookVerification }>
  guard(): WriteGuard
  /** A file a door handed over (upload or desktop dialog), by id. */
  upload(id: string): { path: string; name: string } | null
  /** Counts a change for the periodic backup. */
  changed(): void
  throttle: {
    exclusive<T>(keys: string[], fn: () => Promise<T>): Promise<T>
    waitSeconds(keys: string[], now: Date): number
    fail(keys: string[], now: Date): { failures: number; waitSeconds: number }
    succeed(keys: string[], now: Date): void
  }
  /** Appends an audit record on its own (a failed login). */
  auditEvent(command: string, actor: string, input: unknown, after: unknown): void
  /** Runs read-only work in the worker thread when there is one (the window stays responsive), else here. */
  offload<T extends TaskName>(
    label: string,
    task: T,
    input: TaskInput<T>,
    ctx: { user: AuthUser | null; now: () => Date; progress?: ((p: Progress) => void) | undefined }
  ): Promise<TaskResult<T>>
  /** Stops the background work for a command. */
  cancel(label: string): Promise<number>
  /** Which devices have their event stream open, and when each last asked (office network mode). */
  presence: DevicePresence
  /** Tells the doors a device's sessions were ended (the HTTP door closes its event streams). */
  disconnected(deviceId: string): void
  /** Office network mode while it is on (the door listening on the LAN applies each change). */
  lan: { current: LanState | null }
}

/**
 * The context of a command the book host runs itself (it copies, replaces or reads files, or checks a
 * password off the main thread): the command context, plus the door it came through and the host's services.
 */
export interface HostContext extends CommandContext {
  user: AuthUser | null
  door: Door
  /** Where a login came from (HTTP address, 'cli', 'aplikasi'): the back-off counts per source. */
  source: string
  /** The door can serve the office network (browser mode's HTTP server, `npm run web -- --lan`). */
  lanDoor: boolean
  services: HostServices
}
