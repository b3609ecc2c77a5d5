import { parentPort, workerData } from 'node:worker_threads'
import { openBook, type Book } from '../db/book'
import { runCommand } from '../commands/dispatch'
import type { WorkerMessage } from './pool'
import type { AuthUser } from '../../shared/commands/auth'

const { bookFile } = workerData as { bookFile: string }
let book: Book | null = null

parentPort!.on('message', async (msg: { id: number; name: string; input: unknown; user: AuthUser | null }) => {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m)
  try {
    book ??= await openBook(bookFile, { readonly: true })
    const response = runCommand(
      { book, actor: msg.user?.username ?? 'worker', user: msg.user, now: () => new Date(), progress: (progress) => post({ type: 'progress', id: msg.id, progress }) },
      msg.name,
      msg.input
    )
    post({ type: 'result', id: msg.id, response })
  } catch (e) {
    post({ type: 'result', id: msg.id, response: { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } } })
  }
})
