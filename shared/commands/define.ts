import type { z } from 'zod'
import type { Permission } from '../auth/roles'
import type { FileFields } from './files'

export type CommandKind = 'query' | 'mutation'

export interface CommandDef<I extends z.ZodType, R> {
  kind: CommandKind
  summary: string
  input: I
  /** What a user's role must allow (DOMAIN roles: shared/auth/roles.ts). */
  permission: Permission
  /** May take more than ~100 ms on a big book: doors run it off the UI thread. */
  heavy?: boolean
  /** Runs at the book-host level (backup, restore, import): it replaces or copies the file itself. */
  host?: boolean
  /** Input fields that name files on this computer: only the CLI and the desktop dialogs may fill them. */
  files?: FileFields
  /** Type-only marker for the result; never read at runtime. */
  readonly _result?: R
}

/** Queries default to 'read' and mutations to 'post'; anything else is said explicitly. */
export function command<R>() {
  return <I extends z.ZodType>(def: {
    kind: CommandKind
    summary: string
    input: I
    heavy?: boolean
    host?: boolean
    permission?: Permission
    files?: FileFields
  }): CommandDef<I, R> => ({
    ...def,
    permission: def.permission ?? (def.kind === 'query' ? 'read' : 'post')
  })
}

/** A command the book host runs itself (it copies or replaces the book file). */
export function hostCommand<R>() {
  return <I extends z.ZodType>(def: {
    kind: CommandKind
    summary: string
    input: I
    permission?: Permission
    files?: FileFields
    heavy?: boolean
  }): CommandDef<I, R> & { host: true } => ({
    ...def,
    host: true,
    permission: def.permission ?? (def.kind === 'query' ? 'read' : 'post')
  })
}
