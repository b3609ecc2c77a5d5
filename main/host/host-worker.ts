import { parentPort, workerData } from 'node:worker_threads'
import { openBook } from '../db/book'
import { createExecutor, type BookHost } from '../commands/executor'
import { toErrorResponse } from '../commands/dispatch'
import { WorkerPool } from '../worker/pool'
import type { FromHost, HostWorkerData, ToHost } from './protocol'

/**
 * The thread that owns the open book in the desktop app and in browser mode: every SQLite read and
 * write, backups, imports and exports happen here (heavy reads in the read-only worker below it), so
 * the process that draws the window or answers HTTP never waits on the book.
 */
const data = workerData as HostWorkerData
const post = (m: FromHost) => parentPort!.postMessage(m)
let host: BookHost | null = null

async function start(): Promise<void> {
  try {
    const book = await openBook(data.bookFile, { create: data.create, program: data.program })
    const fixed = data.fixedNow
    host = createExecutor(book, {
      pool: data.poolEntry ? new WorkerPool(data.bookFile, data.poolEntry) : new WorkerPool(data.bookFile),
      ...(fixed !== null ? { now: () => new Date(fixed) } : {})
    })
    if (data.backups) await host.startBackups()
    host.onDisconnect((deviceId) => post({ type: 'disconnected', deviceId }))
    post({ type: 'ready', file: book.file, migration: book.migration })
  } catch (e) {
    const r = toErrorResponse(e)
    post({ type: 'failed', error: r.ok ? { code: 'INTERNAL', message: 'gagal membuka buku' } : r.error })
  }
}

parentPort!.on('message', (m: ToHost) => {
  if (!host) return
  const h = host
  if (m.type === 'execute') {
    void h
      .execute(m.name, m.input, {
        sessionToken: m.opts.sessionToken,
        user: m.opts.user,
        door: m.opts.door,
        lanDoor: m.opts.lanDoor === true,
        ...(m.opts.source ? { source: m.opts.source } : {}),
        idempotencyKey: m.opts.idempotencyKey,
        device: m.opts.device,
        onProgress: (progress) => post({ type: 'progress', id: m.id, progress })
      })
      .then((response) => post({ type: 'result', id: m.id, response }))
  } else if (m.type === 'adopt') {
    post({ type: 'adopted', id: m.id, upload: h.adoptUpload(m.path, m.name) })
  } else if (m.type === 'stream') {
    h.setStream(m.deviceId, m.open)
  } else if (m.type === 'startBackups') {
    void h.startBackups().then(() => post({ type: 'done', id: m.id }))
  } else if (m.type === 'close') {
    void h.close().then(() => {
      host = null
      post({ type: 'done', id: m.id })
    })
  }
})

void start()
