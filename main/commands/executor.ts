import { commands, isCommandName } from '../../shared/commands'
import type { CommandResponse } from '../../shared/errors'
import type { Book } from '../db/book'
import type { Progress } from './context'
import { runCommand, toErrorResponse, validateCommand } from './dispatch'
import type { WorkerPool } from '../worker/pool'

export interface ExecuteOptions {
  onProgress?: (p: Progress) => void
}

/** What every door talks to: Electron IPC, the HTTP bridge and the CLI. */
export interface Executor {
  execute(name: string, input: unknown, opts?: ExecuteOptions): Promise<CommandResponse<unknown>>
  close(): Promise<void>
}

export interface LocalExecutorOptions {
  actor?: string
  now?: () => Date
  /** Heavy read-only commands go here, so the calling thread never blocks on them. */
  pool?: WorkerPool | null
}

export function createExecutor(book: Book, options: LocalExecutorOptions = {}): Executor {
  const actor = options.actor ?? 'bendahara'
  const now = options.now ?? (() => new Date())
  return {
    async execute(name, input, opts) {
      if (options.pool && isCommandName(name) && commands[name].heavy && commands[name].kind === 'query') {
        try {
          validateCommand(name, input)
        } catch (e) {
          return toErrorResponse(e)
        }
        return options.pool.run(name, input, opts?.onProgress)
      }
      return runCommand({ book, actor, now, ...(opts?.onProgress ? { progress: opts.onProgress } : {}) }, name, input)
    },
    async close() {
      await options.pool?.close()
      book.close()
    }
  }
}
