import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { resolve } from 'node:path'
import { z } from 'zod'
import { commands, COMMAND_NAMES, isCommandName } from '../../shared/commands'
import { CommandError, type CommandErrorData } from '../../shared/errors'
import { APP_VERSION } from '../../shared/version'
import { openBook } from '../db/book'
import { toErrorResponse, validateCommand } from '../commands/dispatch'
import { createExecutor } from '../commands/executor'
import { runBatch, withoutBytes } from './batch'

export interface CliIo {
  out: (s: string) => void
  err: (s: string) => void
  stdin?: () => string
  /** Standard input as a stream (batch reads it line by line). */
  stdinStream?: Readable
}

const USAGE = `Lumbung ${APP_VERSION} — pembukuan koperasi

Pemakaian:
  lumbung --db <berkas.sqlite> <perintah> ['<input JSON>']
  lumbung --db <berkas.sqlite> <perintah> -        (input JSON dibaca dari stdin)
  lumbung --db <berkas.sqlite> batch <berkas.jsonl | ->
                                                    (satu perintah JSON per baris, satu hasil per baris)
  lumbung commands                                  (daftar perintah beserta skema input JSON)
  lumbung --version

Pilihan:
  --db <berkas>     berkas buku (wajib untuk menjalankan perintah)
  --actor <nama>    nama yang dicatat pada jurnal bila login pengguna mati (bawaan: cli)
  --user <nama>     pengguna, bila login pengguna menyala; kata sandi dari LUMBUNG_PASSWORD
                    (atau LUMBUNG_USER untuk nama pengguna)
  --wait <detik>    bila buku sedang dipakai program lain untuk menulis, tunggu paling lama
                    sekian detik (bawaan: 60; 0 = langsung menyerah)
  --atomic          (batch) seluruh berkas satu transaksi: semua baris tersimpan, atau tidak sama sekali

Batch: tiap baris {"command": "members.create", "input": {…}}; hasil tiap baris
{"line": N, "ok": true, "result": …} atau {"line": N, "ok": false, "error": {…}}. Tanpa --atomic tiap
baris disimpan sendiri dan baris yang ditolak tidak menghentikan yang lain.

Ekspor (statements.export, ratbook.pdf, dinas.export, book.export, …) ditulis ke "file" bila
diberikan, atau ke folder ekspor/ di samping buku; berkas yang sudah ada tidak ditimpa kecuali
input berisi "overwrite": true. Keluaran menyebut lokasi dan ukuran berkas, bukan isinya.

Keluaran: hasil perintah sebagai JSON di stdout, kode keluar 0.
Galat: {"error": {...}} di stdout dan pesan di stderr, kode keluar 1 (2 untuk pemakaian salah).`

export function commandCatalogue() {
  return COMMAND_NAMES.map((name) => {
    const def = commands[name]
    return {
      name,
      kind: def.kind,
      summary: def.summary,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' })
    }
  })
}

function fail(io: CliIo, error: CommandErrorData, exitCode: number): number {
  io.out(JSON.stringify({ error }, null, 2))
  io.err(`Galat (${error.code}${error.field ? `, ${error.field}` : ''}): ${error.message}`)
  return exitCode
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv]
  let db: string | null = null
  let actor = 'cli'
  let username: string | null = process.env.LUMBUNG_USER ?? null
  let waitSeconds = 60
  let atomic = false
  const positional: string[] = []
  while (args.length) {
    const a = args.shift()!
    if (a === '--db') db = args.shift() ?? null
    else if (a.startsWith('--db=')) db = a.slice(5)
    else if (a === '--actor') actor = args.shift() ?? actor
    else if (a === '--user') username = args.shift() ?? null
    else if (a === '--wait' || a.startsWith('--wait=')) {
      const v = a === '--wait' ? args.shift() : a.slice(7)
      const n = Number(v)
      if (!Number.isFinite(n) || n < 0 || n > 3600)
        return fail(
          io,
          { code: 'INVALID_INPUT', message: 'Pilihan --wait: isi jumlah detik antara 0 dan 3600', field: '--wait' },
          2
        )
      waitSeconds = n
    } else if (a === '--atomic') atomic = true
    else if (a === '--help' || a === '-h') {
      io.out(USAGE)
      return 0
    } else if (a === '--version' || a === '-v') {
      io.out(APP_VERSION)
      return 0
    } else positional.push(a)
  }
  const [name, rawJson, ...extra] = positional
  if (name === 'commands') {
    io.out(JSON.stringify(commandCatalogue(), null, 2))
    return 0
  }
  if (!name) {
    io.err(USAGE)
    return 2
  }
  if (name === 'batch') return batch(io, db, rawJson, extra, { atomic, waitSeconds, actor, username })
  if (extra.length > 0)
    return fail(
      io,
      { code: 'INVALID_INPUT', message: 'Terlalu banyak argumen: input JSON harus satu argumen (beri tanda kutip)' },
      2
    )
  if (!isCommandName(name))
    return fail(
      io,
      { code: 'UNKNOWN_COMMAND', message: `Perintah tidak dikenal: ${name}. Lihat "lumbung commands".` },
      2
    )
  if (!db)
    return fail(io, { code: 'INVALID_INPUT', message: 'Pilihan --db <berkas.sqlite> wajib diisi', field: '--db' }, 2)

  let input: unknown = {}
  const text = rawJson === '-' ? (io.stdin?.() ?? '') : rawJson
  if (text !== undefined && text.trim() !== '') {
    try {
      input = JSON.parse(text)
    } catch (e) {
      return fail(io, { code: 'INVALID_INPUT', message: `Input bukan JSON yang valid: ${(e as Error).message}` }, 1)
    }
  }
  // Validate before touching the file: bad input never opens, creates or changes a book.
  try {
    validateCommand(name, input)
  } catch (e) {
    const r = toErrorResponse(e)
    return fail(io, r.ok ? { code: 'INTERNAL', message: 'unreachable' } : r.error, 1)
  }

  const file = resolve(db)
  const def = commands[name]
  const create = name === 'setup.initialize'
  if (!create && !existsSync(file)) {
    return fail(
      io,
      {
        code: 'BOOK_NOT_FOUND',
        message: `Berkas buku tidak ditemukan: ${file}. Buat buku baru dengan perintah setup.initialize.`
      },
      1
    )
  }
  let book
  // A report asked without a login reads through one read-only connection: it neither takes the
  // writer's lock nor waits for it. Host queries (exports, checks) keep the writer's path: they may
  // record what they did. A book that still needs its migration is opened for writing as before.
  if (def.kind === 'query' && username === null && !('host' in def && def.host)) {
    try {
      book = await openBook(file, { readonly: true })
    } catch (e) {
      if (!(e instanceof CommandError && e.code === 'READ_ONLY')) {
        const r = toErrorResponse(e)
        return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
      }
    }
  }
  if (!book)
    try {
      book = await openBook(file, {
        create,
        waitForLockMs: def.kind === 'mutation' ? waitSeconds * 1000 : 0,
        program: 'CLI (baris perintah)'
      })
    } catch (e) {
      // A query may still read a book that the app holds open for writing.
      const locked = e instanceof CommandError && e.code === 'BOOK_LOCKED'
      if (!(locked && def.kind === 'query')) {
        const r = toErrorResponse(e)
        return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
      }
      try {
        book = await openBook(file, { readonly: true })
      } catch (e2) {
        const r = toErrorResponse(e2)
        return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
      }
    }
  const host = createExecutor(book, { actor })
  try {
    let user = null
    if (username !== null) {
      try {
        user = await host.authenticate(username, process.env.LUMBUNG_PASSWORD ?? '', { source: 'cli' })
      } catch (e) {
        const r = toErrorResponse(e)
        return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
      }
    }
    const response = await host.execute(name, input, { user, source: 'cli' })
    if (!response.ok) return fail(io, response.error, 1)
    io.out(JSON.stringify(withoutBytes(response.result), null, 2))
    for (const f of writtenFiles(response.result)) io.err(`Ditulis: ${f.file} (${formatSize(f.size)})`)
    return 0
  } finally {
    await host.close()
  }
}

async function* linesOf(source: string, io: CliIo): AsyncGenerator<string> {
  if (source === '-' && io.stdinStream) {
    yield* createInterface({ input: io.stdinStream, crlfDelay: Infinity })
    return
  }
  if (source === '-') {
    for (const l of (io.stdin?.() ?? '').split(/\r?\n/)) yield l
    return
  }
  yield* createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })
}

async function batch(
  io: CliIo,
  db: string | null,
  source: string | undefined,
  extra: string[],
  o: { atomic: boolean; waitSeconds: number; actor: string; username: string | null }
): Promise<number> {
  if (!db)
    return fail(io, { code: 'INVALID_INPUT', message: 'Pilihan --db <berkas.sqlite> wajib diisi', field: '--db' }, 2)
  if (!source || extra.length)
    return fail(
      io,
      { code: 'INVALID_INPUT', message: 'Pemakaian: lumbung --db <buku> batch <berkas.jsonl | -> [--atomic]' },
      2
    )
  if (source !== '-' && !existsSync(source))
    return fail(io, { code: 'NOT_FOUND', message: `Berkas batch tidak ditemukan: ${source}`, field: 'batch' }, 2)
  const file = resolve(db)
  let book
  try {
    book = await openBook(file, {
      create: !existsSync(file),
      waitForLockMs: o.waitSeconds * 1000,
      program: 'CLI (batch)'
    })
  } catch (e) {
    const r = toErrorResponse(e)
    return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
  }
  const host = createExecutor(book, { actor: o.actor })
  try {
    let user = null
    if (o.username !== null) {
      try {
        user = await host.authenticate(o.username, process.env.LUMBUNG_PASSWORD ?? '', { source: 'cli' })
      } catch (e) {
        const r = toErrorResponse(e)
        return fail(io, r.ok ? { code: 'INTERNAL', message: '' } : r.error, 1)
      }
    }
    const started = Date.now()
    const s = await runBatch(
      host,
      linesOf(source, io),
      { atomic: o.atomic, user, progressMs: 1000 },
      { out: io.out, err: io.err }
    )
    const secs = ((Date.now() - started) / 1000).toFixed(1).replace('.', ',')
    io.err(
      o.atomic
        ? s.committed
          ? `Batch selesai: ${s.ok} perintah tersimpan dalam satu transaksi (${secs} detik).`
          : `Batch dibatalkan: ${s.failed} baris ditolak, tidak ada yang disimpan (${secs} detik).`
        : `Batch selesai: ${s.ok} berhasil, ${s.failed} ditolak (${secs} detik).`
    )
    return s.failed > 0 ? 1 : 0
  } finally {
    await host.close()
  }
}

function writtenFiles(v: unknown, out: { file: string; size: number }[] = []): { file: string; size: number }[] {
  if (typeof v !== 'object' || v === null) return out
  const o = v as Record<string, unknown>
  if (typeof o.file === 'string' && typeof o.size === 'number' && typeof o.sha256 === 'string')
    out.push({ file: o.file, size: o.size })
  for (const x of Object.values(o)) if (typeof x === 'object') writtenFiles(x, out)
  return out
}

/** `23,4 KB` (1 KB = 1024 bita, one decimal with a comma). */
export function formatSize(n: number): string {
  if (n < 1024) return `${n} bita`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} KB`
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

export function readStdin(): string {
  try {
    return readFileSync(0, 'utf8')
  } catch {
    return ''
  }
}
