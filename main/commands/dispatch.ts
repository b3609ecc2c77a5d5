import { commands, isCommandName, type CommandName } from '../../shared/commands'
import { CommandError, type CommandResponse } from '../../shared/errors'
import { parseInput } from '../../shared/validation/issues'
import type { CommandContext } from './context'
import { handlers, PRE_SETUP_COMMANDS } from './handlers'
import { findProfile } from '../setup/profile'

/** Validates raw input against the command's schema; throws CommandError in Indonesian. */
export function validateCommand(name: string, rawInput: unknown): { name: CommandName; input: unknown } {
  if (!isCommandName(name)) throw new CommandError('UNKNOWN_COMMAND', `Perintah tidak dikenal: ${name}`)
  const def = commands[name]
  return { name, input: parseInput(def.input, rawInput ?? {}) }
}

/** Maps anything thrown below the doors to an error the treasurer can read. */
export function toErrorResponse(e: unknown): CommandResponse<never> {
  if (e instanceof CommandError) return { ok: false, error: e.toData() }
  const message = e instanceof Error ? e.message : String(e)
  const raised = /LUMBUNG_(\w+): (.*)$/.exec(message)
  if (raised) {
    const code = raised[1] === 'PERIOD_LOCKED' ? 'PERIOD_LOCKED' : 'CONFLICT'
    return { ok: false, error: { code, message: raised[2]!.charAt(0).toUpperCase() + raised[2]!.slice(1) } }
  }
  if (/SQLITE_BUSY|database is locked/i.test(message)) {
    return { ok: false, error: { code: 'BOOK_LOCKED', message: 'Buku sedang sibuk dipakai proses lain; coba lagi sebentar lagi.' } }
  }
  return { ok: false, error: { code: 'INTERNAL', message: `Terjadi kesalahan internal: ${message}` } }
}

/**
 * Runs one command: validate, check the book is set up, then run. A mutation runs in one
 * immediate SQLite transaction, so it lands whole or not at all.
 */
export function runCommand(ctx: CommandContext, name: string, rawInput: unknown): CommandResponse<unknown> {
  try {
    const v = validateCommand(name, rawInput)
    const def = commands[v.name]
    if (!PRE_SETUP_COMMANDS.has(v.name) && !findProfile(ctx.book)) {
      throw new CommandError('NOT_INITIALIZED', 'Buku belum disiapkan. Selesaikan wizard penyiapan (setup.initialize) terlebih dahulu.')
    }
    const handler = handlers[v.name] as (c: CommandContext, i: unknown) => unknown
    if (def.kind === 'mutation') {
      if (ctx.book.readonly) throw new CommandError('READ_ONLY', 'Buku dibuka hanya-baca; perubahan tidak dapat disimpan.')
      return { ok: true, result: ctx.book.tx(() => handler(ctx, v.input)) }
    }
    return { ok: true, result: handler(ctx, v.input) }
  } catch (e) {
    return toErrorResponse(e)
  }
}
