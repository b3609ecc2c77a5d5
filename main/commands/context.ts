import type { Book } from '../db/book'
import type { AuthUser } from '../../shared/commands/auth'

export interface Progress {
  done: number
  total: number
  label: string
}

export interface CommandContext {
  book: Book
  /** Who runs the command; users and roles arrive with the audit issue. */
  actor: string
  now(): Date
  progress?: (p: Progress) => void
  /** The session a door passes along (HTTP header, Electron window); resolved in the core. */
  sessionToken?: string | null
  /** Set by dispatch once the session (or the CLI's credentials) is checked. */
  user?: AuthUser | null
  /** The command said `allowFutureDate: true`: postings dated after today are accepted. */
  allowFutureDate?: boolean
  /** The device a request over HTTP came from (office network mode): named on the audit record. */
  device?: DeviceInfo | null
  /** Runs inside a write's transaction, after its audit record, with its result (keeps the idempotent answer). */
  inTransaction?: (result: unknown) => void
}

export interface DeviceInfo {
  /** A hash of the device's cookie (never the cookie itself). */
  id: string
  /** Read from the User-Agent, e.g. "Chrome di Windows". */
  label: string
  address: string
}

/** Whether a command's (already validated) input confirms a posting dated after today. */
export function confirmsFutureDate(input: unknown): boolean {
  return (
    typeof input === 'object' && input !== null && (input as { allowFutureDate?: unknown }).allowFutureDate === true
  )
}

export function nowIso(ctx: CommandContext): string {
  return ctx.now().toISOString()
}
