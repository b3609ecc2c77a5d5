import type { CommandInput, CommandName, CommandResult } from '../../shared/commands'
import type { CommandErrorData } from '../../shared/errors'
import { CommandFailure, type Invoke } from '../../renderer/src/api/invoke'
import type { FileDoor, FileSource, FileTarget } from '../../renderer/src/api/files'
import type { ExportedFile } from '../../shared/commands/files'

export type Handlers = { [K in CommandName]?: (input: CommandInput<K>) => CommandResult<K> | Promise<CommandResult<K>> }

export interface FakeApi {
  invoke: Invoke
  calls: { name: CommandName; input: unknown }[]
  /** Inputs given to one command, in order. */
  inputsOf<K extends CommandName>(name: K): CommandInput<K>[]
}

/** A stand-in for the command door: answers from `handlers`, refuses anything else. */
export function fakeApi(handlers: Handlers): FakeApi {
  const calls: FakeApi['calls'] = []
  const invoke = (async (name: CommandName, input: unknown) => {
    calls.push({ name, input })
    const h = handlers[name] as ((i: unknown) => unknown) | undefined
    if (!h) throw new CommandFailure({ code: 'UNKNOWN_COMMAND', message: `tidak ada di tes: ${name}` })
    return h(input)
  }) as Invoke
  return {
    invoke,
    calls,
    inputsOf: <K extends CommandName>(name: K) =>
      calls.filter((c) => c.name === name).map((c) => c.input as CommandInput<K>)
  }
}

export function refuse(data: CommandErrorData): never {
  throw new CommandFailure(data)
}

/** A stand-in for the file door: hands out the given choices in turn and records what was delivered. */
export function fakeFiles(
  choices: {
    sources?: ({ source: FileSource; name: string } | null)[]
    targets?: (FileTarget | null)[]
    folders?: (string | null)[]
    kind?: 'electron' | 'http'
  } = {}
) {
  const sources = [...(choices.sources ?? [])]
  const targets = [...(choices.targets ?? [])]
  const folders = [...(choices.folders ?? [])]
  const delivered: ExportedFile[] = []
  const asked: { kind: string; title: string; name?: string }[] = []
  const opened: { how: 'open' | 'reveal'; name: string }[] = []
  const door: FileDoor = {
    kind: choices.kind ?? 'http',
    chooseSource: async (title) => {
      asked.push({ kind: 'open', title })
      return sources.length ? sources.shift()! : null
    },
    chooseTarget: async (title, defaultName) => {
      asked.push({ kind: 'save', title, name: defaultName })
      return targets.length ? targets.shift()! : {}
    },
    chooseFolder: async (title) => {
      asked.push({ kind: 'folder', title })
      return folders.length ? folders.shift()! : null
    },
    deliver: async (r) => {
      delivered.push(r)
      return {
        name: r.name,
        size: r.size,
        mime: r.mime,
        file: r.file,
        url: r.base64 !== undefined || r.downloadId !== undefined ? `blob:uji/${r.name}` : null
      }
    },
    canOpen: () => true,
    open: async (saved) => {
      opened.push({ how: 'open', name: saved.file ?? saved.name })
      return null
    },
    reveal:
      (choices.kind ?? 'http') === 'electron'
        ? async (saved) => {
            opened.push({ how: 'reveal', name: saved.file ?? saved.name })
            return null
          }
        : null
  }
  return { door, delivered, asked, opened }
}
