import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { CommandError, type CommandResponse } from '../../shared/errors'
import type { UploadedFile } from '../../shared/commands/files'
import type { Progress } from '../commands/context'
import type { ExecuteOptions, Executor } from '../commands/executor'
import type { MigrationReport } from '../db/book'
import { MAX_UPLOAD_BYTES, UploadStore } from '../files/uploads'
import type { FromHost, HostWorkerData, ToHost } from './protocol'

export interface RemoteHostOptions {
  bookFile: string
  create?: boolean
  program?: string
  /** Entry of the book's thread (bundled app: out/main/host.js; source runs: the tsx bootstrap). */
  entry?: string
  /** Entry of the read-only worker below it (bundled app: out/main/worker.js). */
  poolEntry?: string | null
  startBackups?: boolean
  /** A fixed clock for the book (tests): milliseconds since the epoch. */
  fixedNow?: number
}

function defaultHostEntry(): string {
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.ts')) {
    for (const candidate of [new URL('./host.js', import.meta.url), new URL('../host.js', import.meta.url)]) {
      const p = fileURLToPath(candidate)
      if (existsSync(p)) return p
    }
  }
  return fileURLToPath(new URL('./host-bootstrap.mjs', import.meta.url))
}

/**
 * The doors' view of a book that lives in its own thread: the same `execute` as an in-process host,
 * but the calling thread (Electron's main process, the HTTP server) stays free while commands run.
 */
export class RemoteExecutor implements Executor {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: never) => void; onProgress?: ((p: Progress) => void) | undefined }
  >()
  private uploadsDir: string | null = null
  private readonly disconnectListeners = new Set<(deviceId: string) => void>()

  private constructor(
    private readonly worker: Worker,
    readonly file: string,
    readonly migration: MigrationReport
  ) {
    worker.on('message', (m: FromHost) => this.onMessage(m))
    worker.on('error', (e) => this.failAll(e))
    worker.on('exit', () => this.failAll(new Error('proses buku berhenti')))
  }

  static start(opts: RemoteHostOptions): Promise<RemoteExecutor> {
    const data: HostWorkerData = {
      bookFile: opts.bookFile,
      create: opts.create ?? false,
      program: opts.program ?? 'program Lumbung',
      poolEntry: opts.poolEntry ?? null,
      backups: opts.startBackups ?? false,
      fixedNow: opts.fixedNow ?? null
    }
    const worker = new Worker(opts.entry ?? defaultHostEntry(), { workerData: data })
    return new Promise((resolve, reject) => {
      const first = (m: FromHost) => {
        worker.off('message', first)
        if (m.type === 'ready') resolve(new RemoteExecutor(worker, m.file, m.migration))
        else if (m.type === 'failed') {
          void worker.terminate()
          reject(new CommandError(m.error.code, m.error.message, m.error.field))
        }
      }
      worker.on('message', first)
      worker.once('error', reject)
    })
  }

  private onMessage(m: FromHost): void {
    if (m.type === 'disconnected') {
      for (const l of this.disconnectListeners) l(m.deviceId)
      return
    }
    if (m.type === 'progress') {
      this.pending.get(m.id)?.onProgress?.(m.progress)
      return
    }
    if (m.type === 'result' || m.type === 'adopted' || m.type === 'done') {
      const p = this.pending.get(m.id)
      this.pending.delete(m.id)
      p?.resolve((m.type === 'result' ? m.response : m.type === 'adopted' ? m.upload : undefined) as never)
    }
  }

  private failAll(e: Error): void {
    for (const [id, p] of this.pending) {
      p.resolve({ ok: false, error: { code: 'INTERNAL', message: `Proses buku gagal: ${e.message}` } } as never)
      this.pending.delete(id)
    }
  }

  private send<T>(make: (id: number) => ToHost, onProgress?: (p: Progress) => void): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, onProgress })
      this.worker.postMessage(make(id))
    })
  }

  execute(name: string, input: unknown, opts: ExecuteOptions = {}): Promise<CommandResponse<unknown>> {
    return this.send(
      (id) => ({
        type: 'execute',
        id,
        name,
        input,
        opts: {
          sessionToken: opts.sessionToken ?? null,
          user: opts.user ?? null,
          door: opts.door ?? 'local',
          source: opts.source ?? null,
          idempotencyKey: opts.idempotencyKey ?? null,
          device: opts.device ?? null,
          lanDoor: opts.lanDoor === true
        }
      }),
      opts.onProgress
    )
  }

  setStream(deviceId: string, open: boolean): void {
    this.worker.postMessage({ type: 'stream', deviceId, open } satisfies ToHost)
  }

  onDisconnect(listener: (deviceId: string) => void): void {
    this.disconnectListeners.add(listener)
  }

  /** Streams an upload to a private file here, then hands it to the book's thread. */
  async receiveUpload(stream: Readable, rawName: string): Promise<UploadedFile> {
    const name = UploadStore.cleanName(rawName)
    if (!UploadStore.accepts(name)) {
      stream.resume()
      throw new CommandError(
        'INVALID_INPUT',
        `Berkas: jenis berkas ${name.includes('.') ? name.slice(name.lastIndexOf('.')) : '(tanpa akhiran)'} tidak diterima; pilih .xlsx, .csv, .lumbung, .sqlite atau .json`,
        'file'
      )
    }
    this.uploadsDir ??= mkdtempSync(join(tmpdir(), 'lumbung-terima-'))
    const path = join(this.uploadsDir, `${randomBytes(12).toString('base64url')}-${name}`)
    let size = 0
    await new Promise<void>((ok, err) => {
      const out = createWriteStream(path, { flags: 'wx', mode: 0o600 })
      stream.on('data', (c: Buffer) => {
        size += c.length
        if (size > MAX_UPLOAD_BYTES)
          stream.destroy(
            new CommandError(
              'INVALID_INPUT',
              `Berkas: terlalu besar (paling besar ${Math.round(MAX_UPLOAD_BYTES / 1024 / 1024)} MB)`,
              'file'
            )
          )
      })
      stream.on('error', (e) => {
        out.destroy()
        rmSync(path, { force: true })
        err(e)
      })
      out.on('finish', () => ok())
      out.on('error', err)
      stream.pipe(out)
    })
    return this.send((id) => ({ type: 'adopt', id, path, name }))
  }

  startBackups(): Promise<void> {
    return this.send((id) => ({ type: 'startBackups', id }))
  }

  async close(): Promise<void> {
    await this.send((id) => ({ type: 'close', id }))
    await this.worker.terminate()
    if (this.uploadsDir) rmSync(this.uploadsDir, { recursive: true, force: true })
  }
}
