import type { CommandResponse } from './errors'

/** The only thing the preload exposes to the renderer (`window.lumbung`). */
export interface LumbungBridge {
  invoke(command: string, input: unknown): Promise<CommandResponse<unknown>>
  onProgress(listener: (p: ProgressEvent) => void): () => void
  /**
   * Opens the system dialog in the main process. A path it returns is the only kind the desktop
   * app accepts in a command's file field (the main process remembers it for this window).
   */
  choosePath(request: PathRequest): Promise<string | null>
  /**
   * "Buka" / "Tampilkan di folder" for a document saved through the system dialog: only a path that
   * window's dialog returned. Resolves null when done, or an Indonesian message why not.
   */
  openPath(path: string, how: 'open' | 'reveal'): Promise<string | null>
}

export interface PathRequest {
  kind: 'open' | 'save' | 'folder'
  title: string
  /** For 'save': the suggested file name. */
  defaultName?: string
  /** File kinds offered, e.g. [{ name: 'Excel', extensions: ['xlsx'] }]. */
  filters?: { name: string; extensions: string[] }[]
}

export interface ProgressEvent {
  command: string
  done: number
  total: number
  label: string
}

export const IPC_INVOKE_CHANNEL = 'lumbung:invoke'
export const IPC_PROGRESS_CHANNEL = 'lumbung:progress'
export const IPC_CHOOSE_PATH_CHANNEL = 'lumbung:choose-path'
export const IPC_OPEN_PATH_CHANNEL = 'lumbung:open-path'
export const HTTP_TOKEN_HEADER = 'X-Lumbung-Token'
/**
 * Office network mode: what a device on the LAN sends in the token header. It has no per-start token;
 * its login over HTTPS admits it (an HttpOnly cookie). The header still forces a CORS preflight on
 * any page elsewhere, which the server never grants.
 */
export const LAN_TOKEN = 'jaringan-kantor'
