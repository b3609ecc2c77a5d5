import type { CommandInput, CommandName, CommandResult } from '../../shared/commands'
import type { CommandErrorData } from '../../shared/errors'
import { CommandFailure, type Invoke } from '../../renderer/src/api/invoke'

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
    inputsOf: <K extends CommandName>(name: K) => calls.filter((c) => c.name === name).map((c) => c.input as CommandInput<K>)
  }
}

export function refuse(data: CommandErrorData): never {
  throw new CommandFailure(data)
}
