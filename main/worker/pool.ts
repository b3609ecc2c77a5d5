import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CommandResponse } from '../../shared/errors'
import type { Progress } from '../commands/context'
import type { AuthUser } from '../../shared/commands/auth'

interface Pending {
  resolve: (r: CommandResponse<unknown>) => void
  onProgress?: (p: Progress) => void
  /** The command the work is for, so that it can be cancelled by name. */
  label: string
}

export type WorkerMessage =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; response: CommandResponse<unknown> }
  | { type: 'ready' }

export type WorkerRequest =
  | { kind: 'command'; id: number; name: string; input: unknown; user: AuthUser | null }
  | { kind: 'task'; id: number; task: string; input: unknown; user: AuthUser | null; now: string }

/**
 * One worker thread with its own read-only connection to the book (WAL lets it read while the
 * main connection writes). Long queries run there and report progress back.
 */
export class WorkerPool {
  private worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(
    private readonly bookFile: string,
    private readonly entry: string = defaultWorkerEntry()
  ) {
    this.worker = this.spawn()
  }

  private spawn(): Worker {
    const w = new Worker(this.entry, { workerData: { bookFile: this.bookFile } })
    w.unref()
    w.on('message', (m: WorkerMessage) => this.onMessage(m))
    w.on('error', (e) => this.failAll(e))
    w.on('exit', () => {
      if (w === this.worker) this.failAll(new Error('worker berhenti'))
    })
    return w
  }

  private onMessage(m: WorkerMessage): void {
    if (m.type === 'progress') this.pending.get(m.id)?.onProgress?.(m.progress)
    if (m.type === 'result') {
      const p = this.pending.get(m.id)
      this.pending.delete(m.id)
      p?.resolve(m.response)
    }
  }

  private failAll(e: Error): void {
    for (const [id, p] of this.pending) {
      p.resolve({ ok: false, error: { code: 'INTERNAL', message: `Proses latar belakang gagal: ${e.message}` } })
      this.pending.delete(id)
    }
  }

  private send(
    label: string,
    request: WorkerRequest,
    onProgress?: (p: Progress) => void
  ): Promise<CommandResponse<unknown>> {
    return new Promise<CommandResponse<unknown>>((resolve) => {
      this.pending.set(request.id, { resolve, label, ...(onProgress ? { onProgress } : {}) })
      this.worker.ref()
      this.worker.postMessage(request)
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref()
    })
  }

  run(
    name: string,
    input: unknown,
    onProgress?: (p: Progress) => void,
    user: AuthUser | null = null
  ): Promise<CommandResponse<unknown>> {
    return this.send(name, { kind: 'command', id: this.nextId++, name, input, user }, onProgress)
  }

  /** Runs a read-only task (tasks.ts) for `label` (the command it serves). */
  runTask(
    label: string,
    task: string,
    input: unknown,
    onProgress: ((p: Progress) => void) | undefined,
    user: AuthUser | null,
    now: Date
  ): Promise<CommandResponse<unknown>> {
    return this.send(label, { kind: 'task', id: this.nextId++, task, input, user, now: now.toISOString() }, onProgress)
  }

  /** Labels of the work now running or waiting. */
  running(): string[] {
    return [...this.pending.values()].map((p) => p.label)
  }

  /**
   * Stops the work for `label`: the thread is ended (JavaScript cannot be interrupted otherwise) and
   * a fresh one started; everything it was doing answers CANCELLED. Returns how much was stopped.
   */
  async cancel(label: string): Promise<number> {
    if (![...this.pending.values()].some((p) => p.label === label)) return 0
    const old = this.worker
    const stopped = [...this.pending.entries()]
    this.pending.clear()
    this.worker = this.spawn()
    await old.terminate()
    for (const [, p] of stopped) {
      p.resolve(
        p.label === label
          ? { ok: false, error: { code: 'CANCELLED', message: 'Dibatalkan atas permintaan; tidak ada yang diubah.' } }
          : {
              ok: false,
              error: { code: 'CANCELLED', message: 'Dihentikan karena pekerjaan lain dibatalkan; jalankan lagi.' }
            }
      )
    }
    return stopped.filter(([, p]) => p.label === label).length
  }

  async close(): Promise<void> {
    const w = this.worker
    this.failAll(new Error('buku ditutup'))
    await w.terminate()
  }

  get file(): string {
    return this.bookFile
  }
}

/** Bundled app: out/main/worker.js. Source runs (tests, CLI, web): the TypeScript through tsx. */
export function defaultWorkerEntry(): string {
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.ts')) {
    for (const candidate of [new URL('./worker.js', import.meta.url), new URL('../worker.js', import.meta.url)]) {
      const p = fileURLToPath(candidate)
      if (existsSync(p)) return p
    }
  }
  return fileURLToPath(new URL('./worker-bootstrap.mjs', import.meta.url))
}
