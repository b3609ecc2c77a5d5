import type { z } from 'zod'
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandParsedInput,
  type CommandResult,
  type DomainCommandName,
  type HostCommandName
} from '../../shared/commands'
import { CommandError, type CommandResponse } from '../../shared/errors'
import { parseInput } from '../../shared/validation/issues'
import { confirmsFutureDate, type CommandContext } from './context'
import { handlers } from './handlers'
import type { DomainHandlers, HostHandlers } from './handler'
import { AUDIT, PRE_SETUP_COMMANDS } from './policy'
import { findProfile } from '../setup/profile'
import { authEnabled, userForSession } from '../auth/users'
import { appendAudit } from '../audit/trail'
import { roleAllows, ROLE_LABELS, type Permission } from '../../shared/auth/roles'
import type { AuthUser } from '../../shared/commands/auth'

/** Validates raw input against the command's schema; throws CommandError in Indonesian. */
export function validateCommand(name: string, rawInput: unknown): { name: CommandName; input: unknown } {
  if (!isCommandName(name)) throw new CommandError('UNKNOWN_COMMAND', `Perintah tidak dikenal: ${name}`)
  return { name, input: parseCommandInput(name, rawInput) }
}

/**
 * The validated input of one command, typed by its declaration. The one assertion of the registry:
 * zod has just checked the value against exactly this command's schema, but TypeScript cannot relate
 * a generic name's schema to its output across all the declarations (it widens to their union).
 */
export function parseCommandInput<K extends CommandName>(name: K, rawInput: unknown): CommandParsedInput<K> {
  const schema: z.ZodType = commands[name].input
  return parseInput(schema, rawInput === undefined ? {} : rawInput) as CommandParsedInput<K>
}

/** Whether a command is declared with `hostCommand`: the book host runs it, with the host context. */
export function isHostCommand(name: CommandName): name is HostCommandName {
  const def: { host?: boolean } = commands[name]
  return def.host === true
}

/** The one registry seen per kind of context: the entries of host commands take the host context. */
export const domainHandlers: DomainHandlers = handlers
export const hostHandlers: HostHandlers = handlers

/** Maps anything thrown below the doors to an error the treasurer can read. */
export function toErrorResponse(e: unknown): CommandResponse<never> {
  if (e instanceof CommandError) return { ok: false, error: e.toData() }
  const message = e instanceof Error ? e.message : String(e)
  const raised = /LUMBUNG_(\w+): (.*)$/.exec(message)
  if (raised) {
    const code = raised[1] === 'PERIOD_LOCKED' ? 'PERIOD_LOCKED' : 'CONFLICT'
    return { ok: false, error: { code, message: raised[2]!.charAt(0).toUpperCase() + raised[2]!.slice(1) } }
  }
  const code = (e as { code?: unknown } | null)?.code
  if (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    /SQLITE_FULL|database or disk is full|ENOSPC|no space left on device/i.test(message)
  ) {
    return {
      ok: false,
      error: {
        code: 'DISK_FULL',
        message:
          'Ruang penyimpanan (disk) penuh: perubahan atau berkas ini tidak disimpan, buku tetap seperti sebelumnya. Kosongkan ruang disk (atau pilih tempat lain) lalu coba lagi.'
      }
    }
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      ok: false,
      error: {
        code: 'READ_ONLY',
        message: 'Tidak ada izin menulis di tempat itu (folder atau berkas hanya-baca). Pilih tempat lain.'
      }
    }
  }
  if (/SQLITE_BUSY|database is locked/i.test(message)) {
    return {
      ok: false,
      error: { code: 'BOOK_LOCKED', message: 'Buku sedang sibuk dipakai proses lain; coba lagi sebentar lagi.' }
    }
  }
  return { ok: false, error: { code: 'INTERNAL', message: `Terjadi kesalahan internal: ${message}` } }
}

/**
 * Who runs the command. With login off (a single-user laptop) everyone may do everything; with
 * it on, every door must bring a session (or the CLI its credentials) whose role allows it.
 */
function authorize(ctx: CommandContext, permission: Permission, summary: string): AuthUser | null {
  if (!authEnabled(ctx.book)) return ctx.user ?? null
  const user = ctx.user ?? userForSession(ctx.book, ctx.sessionToken, ctx.now())
  if (permission === 'public') return user
  if (!user) throw new CommandError('UNAUTHORIZED', 'Silakan masuk (login) terlebih dahulu')
  if (!roleAllows(user.role, permission)) {
    throw new CommandError(
      'UNAUTHORIZED',
      `Peran ${ROLE_LABELS[user.role]} tidak berwenang untuk: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`
    )
  }
  return user
}

/** Resolves and checks the caller for a command without running it (used before a worker runs it). */
export function authorizeCommand(ctx: CommandContext, name: CommandName): AuthUser | null {
  const def = commands[name]
  return authorize(ctx, def.permission, def.summary)
}

/**
 * Runs one command: validate, authorize, check the book is set up, then run. A mutation runs in
 * one immediate SQLite transaction together with its audit record, so it lands whole or not at all.
 * Host commands are refused here: the book host (./executor.ts) runs them.
 */
export function runCommand(ctx: CommandContext, name: string, rawInput: unknown): CommandResponse<unknown> {
  try {
    if (!isCommandName(name)) throw new CommandError('UNKNOWN_COMMAND', `Perintah tidak dikenal: ${name}`)
    if (isHostCommand(name)) {
      prepareCommand(ctx, name, rawInput)
      throw new CommandError(
        'INVALID_INPUT',
        'Perintah ini dijalankan oleh pengelola buku (aplikasi, mode peramban atau CLI), bukan di dalam transaksi'
      )
    }
    return { ok: true, result: runDomainCommand(ctx, name, rawInput) }
  } catch (e) {
    return toErrorResponse(e)
  }
}

/** Validates the input, resolves and checks the caller, and refuses a book not yet set up. */
function prepareCommand<K extends CommandName>(
  ctx: CommandContext,
  name: K,
  rawInput: unknown
): { c: CommandContext; input: CommandParsedInput<K> } {
  const input = parseCommandInput(name, rawInput)
  const def = commands[name]
  const user = authorize(ctx, def.permission, def.summary)
  const c: CommandContext = {
    ...ctx,
    user,
    actor: user?.username ?? ctx.actor,
    allowFutureDate: ctx.allowFutureDate === true || confirmsFutureDate(input)
  }
  if (!PRE_SETUP_COMMANDS.has(name) && !findProfile(c.book)) {
    throw new CommandError(
      'NOT_INITIALIZED',
      'Buku belum disiapkan. Selesaikan wizard penyiapan (setup.initialize) terlebih dahulu.'
    )
  }
  return { c, input }
}

function runDomainCommand<K extends DomainCommandName>(
  ctx: CommandContext,
  name: K,
  rawInput: unknown
): CommandResult<K> {
  const { c, input } = prepareCommand(ctx, name, rawInput)
  const handler = domainHandlers[name]
  if (commands[name].kind !== 'mutation') return handler(c, input)
  if (c.book.readonly) throw new CommandError('READ_ONLY', 'Buku dibuka hanya-baca; perubahan tidak dapat disimpan.')
  const spec = AUDIT[name]
  return c.book.tx(() => {
    const before = spec?.before?.(c, input)
    const r = handler(c, input)
    appendAudit(c.book, {
      at: c.now().toISOString(),
      actor: c.actor,
      command: name,
      input,
      before,
      after: spec?.after ? spec.after(r, c) : r,
      device: c.device ?? null
    })
    c.inTransaction?.(r)
    return r
  })
}
