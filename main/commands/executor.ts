import { commands, isCommandName } from '../../shared/commands'
import type { CommandResponse } from '../../shared/errors'
import type { Book } from '../db/book'
import type { Progress } from './context'
import { authorizeCommand, runCommand, toErrorResponse, validateCommand } from './dispatch'
import type { WorkerPool } from '../worker/pool'

export interface ExecuteOptions {
  onProgress?: (p: Progress) => void
  /** The caller's login session, when users are on. */
  sessionToken?: string | null
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
        // The session is resolved here; the worker re-checks the role of the user it is sent.
        let user
        try {
          user = authorizeCommand({ book, actor, now, sessionToken: opts?.sessionToken ?? null }, name)
        } catch (e) {
          return toErrorResponse(e)
        }
        return options.pool.run(name, input, opts?.onProgress, user)
      }
      return runCommand(
        { book, actor, now, sessionToken: opts?.sessionToken ?? null, ...(opts?.onProgress ? { progress: opts.onProgress } : {}) },
        name,
        input
      )
    },
    async close() {
      await options.pool?.close()
      book.close()
    }
  }
}
