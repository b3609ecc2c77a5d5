import type { CommandInput, CommandName, CommandResult } from '../../../shared/commands'
import type { CommandErrorData, ErrorCode } from '../../../shared/errors'
import type { ProgressEvent } from '../../../shared/bridge'
import type { ChangeEvent, Transport } from './transport'
import type { FileDoor } from './files'

/** A command the book refused (or could not run), with the server's Indonesian message. */
export class CommandFailure extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined
  constructor(data: CommandErrorData) {
    super(data.message)
    this.name = 'CommandFailure'
    this.code = data.code
    this.field = data.field
  }
  toData(): CommandErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export type Invoke = <K extends CommandName>(name: K, input: CommandInput<K>) => Promise<CommandResult<K>>
export type SubscribeProgress = (listener: (p: ProgressEvent) => void) => () => void

export interface Api {
  invoke: Invoke
  onProgress: SubscribeProgress
  files: FileDoor
  /** Writes by other desks (office network mode); absent in the desktop app and in tests. */
  onChange?: (listener: (e: ChangeEvent) => void) => () => void
  onConnection?: (listener: (connected: boolean) => void) => () => void
}

export function createApi(transport: Transport): Api {
  const invoke = (async (name: CommandName, input: unknown) => {
    const response = await transport.invoke(name, input)
    if (!response.ok) throw new CommandFailure(response.error)
    return response.result
  }) as Invoke
  const { onChange, onConnection } = transport
  return {
    invoke,
    onProgress: (l) => transport.onProgress(l),
    files: transport.files,
    ...(onChange ? { onChange: (l: (e: ChangeEvent) => void) => onChange.call(transport, l) } : {}),
    ...(onConnection ? { onConnection: (l: (c: boolean) => void) => onConnection.call(transport, l) } : {})
  }
}

/** Anything caught around an invoke, as the data the UI shows. */
export function toFailure(e: unknown): CommandFailure {
  if (e instanceof CommandFailure) return e
  return new CommandFailure({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) })
}
