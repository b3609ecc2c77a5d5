import { parentPort, workerData } from 'node:worker_threads'
import { openBook, type Book } from '../db/book'
import { runCommand } from '../commands/dispatch'
import { toErrorResponse } from '../commands/dispatch'
import type { WorkerMessage, WorkerRequest } from './pool'
import { TASKS, type TaskName } from './tasks'

const { bookFile } = workerData as { bookFile: string }
let book: Book | null = null

parentPort!.on('message', (msg: WorkerRequest) => void handle(msg))

async function handle(msg: WorkerRequest): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m)
  const progress = (p: { done: number; total: number; label: string }) =>
    post({ type: 'progress', id: msg.id, progress: p })
  try {
    book ??= await openBook(bookFile, { readonly: true })
    if (msg.kind === 'task') {
      const now = () => new Date(msg.now)
      const task = TASKS[msg.task as TaskName] as (c: unknown, i: unknown) => Promise<unknown>
      const result = await task({ book, now, user: msg.user, progress }, msg.input)
      post({ type: 'result', id: msg.id, response: { ok: true, result } })
      return
    }
    const response = runCommand(
      { book, actor: msg.user?.username ?? 'worker', user: msg.user, now: () => new Date(), progress },
      msg.name,
      msg.input
    )
    post({ type: 'result', id: msg.id, response })
  } catch (e) {
    post({ type: 'result', id: msg.id, response: toErrorResponse(e) })
  }
}
