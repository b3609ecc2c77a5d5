import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CommandResponse } from '../../shared/errors'
import type { Progress } from '../commands/context'
import type { AuthUser } from '../../shared/commands/auth'

interface Pending {
  resolve: (r: CommandResponse<unknown>) => void
  onProgress?: (p: Progress) => void
}

export type WorkerMessage =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; response: CommandResponse<unknown> }
  | { type: 'ready' }

/**
 * One worker thread with its own read-only connection to the book (WAL lets it read while the
 * main connection writes). Long queries run there and report progress back.
 */
export class WorkerPool {
  private worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly bookFile: string, entry: string = defaultWorkerEntry()) {
    this.worker = new Worker(entry, { workerData: { bookFile } })
    this.worker.unref()
    this.worker.on('message', (m: WorkerMessage) => this.onMessage(m))
    this.worker.on('error', (e) => this.failAll(e))
    this.worker.on('exit', () => this.failAll(new Error('worker berhenti')))
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

  run(name: string, input: unknown, onProgress?: (p: Progress) => void, user: AuthUser | null = null): Promise<CommandResponse<unknown>> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, ...(onProgress ? { onProgress } : {}) })
      this.worker.ref()
      this.worker.postMessage({ id, name, input, user })
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref()
    }) as Promise<CommandResponse<unknown>>
  }

  async close(): Promise<void> {
    await this.worker.terminate()
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
