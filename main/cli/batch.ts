import { z } from 'zod'
import { commands, isCommandName } from '../../shared/commands'
import type { CommandErrorData } from '../../shared/errors'
import type { AuthUser } from '../../shared/commands/auth'
import type { BookHost } from '../commands/executor'

/** One line of a batch file: `{"command": "members.create", "input": {…}}`. */
const lineSchema = z.strictObject({
  command: z.string({ error: 'harus berupa nama perintah' }).min(1).max(100),
  input: z.unknown().optional()
})

export interface BatchOptions {
  /** All lines in one transaction: every line lands, or none does. */
  atomic: boolean
  user: AuthUser | null
  /** Progress every this many milliseconds on stderr (0: never). */
  progressMs?: number
}

export interface BatchIo {
  out: (s: string) => void
  err: (s: string) => void
}

export interface BatchSummary {
  lines: number
  ok: number
  failed: number
  committed: boolean
}

type LineResult = { line: number; ok: true; result: unknown } | { line: number; ok: false; error: CommandErrorData }

/** The bytes stay out of a terminal: where a file went and its size are enough. */
export function withoutBytes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutBytes)
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== 'base64')
        .map(([k, x]) => [k, withoutBytes(x)])
    )
  return v
}

/**
 * Runs one JSON command per line against an open book and writes one JSON result per line, in
 * order, each carrying its line number. By default every line commits on its own and the run goes on
 * past a refused line; with `atomic` the whole file is one transaction and the first refusal undoes
 * everything (commands that copy or replace the file itself are refused there).
 */
export async function runBatch(
  host: BookHost,
  lines: AsyncIterable<string>,
  opts: BatchOptions,
  io: BatchIo
): Promise<BatchSummary> {
  const summary: BatchSummary = { lines: 0, ok: 0, failed: 0, committed: false }
  const sqlite = host.sqliteForBatch()
  const emit = (r: LineResult) => io.out(JSON.stringify(r.ok ? { ...r, result: withoutBytes(r.result) } : r))
  let lastProgress = Date.now()
  if (opts.atomic) sqlite.exec('BEGIN IMMEDIATE')
  let aborted = false
  try {
    for await (const raw of lines) {
      const text = raw.trim()
      summary.lines++
      const line = summary.lines
      if (text === '' || text.startsWith('#')) continue
      if (opts.progressMs && Date.now() - lastProgress >= opts.progressMs) {
        io.err(
          `Baris ${line.toLocaleString('id-ID')} diproses (${summary.ok.toLocaleString('id-ID')} berhasil, ${summary.failed.toLocaleString('id-ID')} ditolak)…`
        )
        lastProgress = Date.now()
      }
      let parsed: z.infer<typeof lineSchema>
      try {
        const r = lineSchema.safeParse(JSON.parse(text))
        if (!r.success) throw new Error('bentuk baris harus {"command": "…", "input": {…}}')
        parsed = r.data
      } catch (e) {
        summary.failed++
        emit({
          line,
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `Baris ${line}: bukan JSON perintah yang valid (${(e as Error).message})`
          }
        })
        if (opts.atomic) {
          aborted = true
          break
        }
        continue
      }
      const def = isCommandName(parsed.command) ? commands[parsed.command] : null
      if (opts.atomic && def && 'host' in def && def.host) {
        summary.failed++
        emit({
          line,
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `Baris ${line}: perintah ${parsed.command} tidak dapat dijalankan dalam --atomic (menyalin atau mengganti berkas); jalankan tanpa --atomic`
          }
        })
        aborted = true
        break
      }
      const r = await host.execute(parsed.command, parsed.input ?? {}, { user: opts.user, source: 'cli' })
      if (r.ok) {
        summary.ok++
        emit({ line, ok: true, result: r.result })
      } else {
        summary.failed++
        emit({ line, ok: false, error: { ...r.error, message: `Baris ${line}: ${r.error.message}` } })
        if (opts.atomic) {
          aborted = true
          break
        }
      }
    }
  } catch (e) {
    if (opts.atomic && sqlite.inTransaction) sqlite.exec('ROLLBACK')
    throw e
  }
  if (opts.atomic) {
    if (aborted || summary.failed > 0) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
    } else {
      sqlite.exec('COMMIT')
      summary.committed = true
    }
  } else summary.committed = summary.ok > 0
  return summary
}
