import type { CommandResponse } from './errors'

/** The only thing the preload exposes to the renderer (`window.lumbung`). */
export interface LumbungBridge {
  invoke(command: string, input: unknown): Promise<CommandResponse<unknown>>
  onProgress(listener: (p: ProgressEvent) => void): () => void
}

export interface ProgressEvent {
  command: string
  done: number
  total: number
  label: string
}

export const IPC_INVOKE_CHANNEL = 'lumbung:invoke'
export const IPC_PROGRESS_CHANNEL = 'lumbung:progress'
export const HTTP_TOKEN_HEADER = 'X-Lumbung-Token'
