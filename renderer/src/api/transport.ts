import { HTTP_TOKEN_HEADER, LAN_TOKEN, type LumbungBridge, type ProgressEvent } from '../../../shared/bridge'
import { isCommandErrorData, type CommandResponse } from '../../../shared/errors'
import { t } from '../i18n'
import type { UploadedFile } from '../../../shared/commands/files'
import { electronFileDoor, httpFileDoor, type FileDoor } from './files'
import { commands, isCommandName } from '../../../shared/commands'

/** Another desk changed the book (office network mode): the open screen reads its data again. */
export interface ChangeEvent {
  command: string
  areas: string[]
  deviceLabel: string | null
}

/** How the renderer reaches the commands: Electron IPC or the loopback HTTP bridge. */
export interface Transport {
  readonly kind: 'electron' | 'http'
  invoke(command: string, input: unknown): Promise<CommandResponse<unknown>>
  onProgress(listener: (p: ProgressEvent) => void): () => void
  /** Writes by other desks (browser mode); the desktop app has only its own window. */
  onChange?(listener: (e: ChangeEvent) => void): () => void
  /** Whether the event stream to the book's host is up (false while it tries to reconnect). */
  onConnection?(listener: (connected: boolean) => void): () => void
  readonly files: FileDoor
}

export const TOKEN_STORAGE_KEY = 'lumbung.token'

declare global {
  interface Window {
    lumbung?: LumbungBridge
  }
}

export function createElectronTransport(bridge: LumbungBridge): Transport {
  return {
    kind: 'electron',
    invoke: (command, input) => bridge.invoke(command, input),
    onProgress: (listener) => bridge.onProgress(listener),
    files: electronFileDoor(
      (r) => bridge.choosePath(r),
      (path, how) => bridge.openPath(path, how)
    )
  }
}

type EventSourceFactory = (
  url: string
) => Pick<EventSource, 'onmessage' | 'close'> & Partial<Pick<EventSource, 'onerror' | 'onopen' | 'addEventListener'>>

export interface HttpTransportOptions {
  token: string
  /** Origin of the bridge; '' = the page's own origin. */
  baseUrl?: string
  fetch?: typeof fetch
  eventSource?: EventSourceFactory
  /** Waits between automatic retries of a request whose answer was lost (ms; tests shorten them). */
  retryDelays?: readonly number[]
}

/** A random id: per browser tab, and per user action for the Idempotency-Key. */
function randomId(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const b = new Uint8Array(16)
  c.getRandomValues(b)
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}

const RETRY_DELAYS = [500, 1000, 2000, 4000, 8000]
const RECONNECT_MS = 2000

function failure(code: 'INTERNAL' | 'UNAUTHORIZED', message: string): CommandResponse<never> {
  return { ok: false, error: { code, message } }
}

export function createHttpTransport(opts: HttpTransportOptions): Transport {
  const base = opts.baseUrl ?? ''
  const doFetch = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))
  const makeSource: EventSourceFactory = opts.eventSource ?? ((url) => new EventSource(url))
  const listeners = new Set<(p: ProgressEvent) => void>()
  const changeListeners = new Set<(e: ChangeEvent) => void>()
  const connectionListeners = new Set<(connected: boolean) => void>()
  const tab = randomId().replace(/-/g, '').slice(0, 24)
  let source: ReturnType<EventSourceFactory> | null = null
  let connected = true
  let reconnect: ReturnType<typeof setTimeout> | null = null
  const wanted = () => listeners.size + changeListeners.size + connectionListeners.size > 0
  const setConnected = (c: boolean) => {
    if (c === connected) return
    connected = c
    for (const l of connectionListeners) l(c)
    // Back after a break: what others did meanwhile is read again.
    if (c) for (const l of changeListeners) l({ command: '', areas: [], deviceLabel: null })
  }

  const openSource = () => {
    if (source) return
    // The bridge token reaches the stream in its HttpOnly cookie (set by the first call), never in the URL.
    source = makeSource(`${base}/events?client=${tab}`)
    source.onopen = () => setConnected(true)
    source.onerror = () => {
      // Closed for good or retrying: either way, our own loop reconnects (the host may have restarted).
      source?.close()
      source = null
      setConnected(false)
      if (reconnect === null && wanted()) {
        reconnect = setTimeout(() => {
          reconnect = null
          if (wanted()) openSource()
        }, RECONNECT_MS)
      }
    }
    source.addEventListener?.('changed', (e: Event) => {
      let c: ChangeEvent
      try {
        c = JSON.parse(String((e as MessageEvent).data)) as ChangeEvent
      } catch {
        return
      }
      for (const l of changeListeners) l(c)
    })
    source.onmessage = (e: MessageEvent) => {
      let p: ProgressEvent
      try {
        p = JSON.parse(String(e.data)) as ProgressEvent
      } catch {
        return
      }
      for (const l of listeners) l(p)
    }
  }

  const upload = async (file: File): Promise<UploadedFile> => {
    let res: Response
    try {
      res = await doFetch(`${base}/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', [HTTP_TOKEN_HEADER]: opts.token },
        body: file
      })
    } catch {
      throw new Error(t.errors.network)
    }
    const body = (await res.json().catch(() => null)) as {
      ok?: boolean
      result?: UploadedFile
      error?: { message?: string }
    } | null
    if (body?.ok && body.result) return body.result
    throw new Error(body?.error?.message ?? t.errors.badResponse(res.status))
  }

  const fetchDownload = async (id: string): Promise<Blob> => {
    let res: Response
    try {
      res = await doFetch(`${base}/download/${encodeURIComponent(id)}`, {
        headers: { [HTTP_TOKEN_HEADER]: opts.token }
      })
    } catch {
      throw new Error(t.errors.network)
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
      throw new Error(body?.error?.message ?? t.errors.badResponse(res.status))
    }
    return await res.blob()
  }

  return {
    kind: 'http',
    files: httpFileDoor(upload, undefined, fetchDownload),
    async invoke(command, input) {
      let res: Response | null = null
      // One key per user action; the same key on each automatic retry, so a write whose answer was
      // lost (dropped connection, host restarted) is never posted twice.
      const write = isCommandName(command) && commands[command].kind === 'mutation'
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        [HTTP_TOKEN_HEADER]: opts.token,
        'X-Lumbung-Client': tab,
        ...(write ? { 'Idempotency-Key': randomId() } : {})
      }
      const payload = JSON.stringify(input ?? {})
      const delays = opts.retryDelays ?? RETRY_DELAYS
      for (let attempt = 0; res === null; attempt++) {
        try {
          res = await doFetch(`${base}/rpc/${encodeURIComponent(command)}`, { method: 'POST', headers, body: payload })
        } catch {
          if (attempt >= delays.length) return failure('INTERNAL', t.errors.network)
          await new Promise((r) => setTimeout(r, delays[attempt]))
        }
      }
      let body: unknown
      try {
        body = await res.json()
      } catch {
        return failure('INTERNAL', t.errors.badResponse(res.status))
      }
      if (typeof body === 'object' && body !== null && 'ok' in body) {
        const r = body as { ok: unknown; result?: unknown; error?: unknown }
        if (r.ok === true) return { ok: true, result: r.result }
        if (r.ok === false && isCommandErrorData(r.error)) return { ok: false, error: r.error }
      }
      return failure('INTERNAL', t.errors.badResponse(res.status))
    },
    onProgress(listener) {
      listeners.add(listener)
      openSource()
      return () => {
        listeners.delete(listener)
        closeIfUnused()
      }
    },
    onChange(listener) {
      changeListeners.add(listener)
      openSource()
      return () => {
        changeListeners.delete(listener)
        closeIfUnused()
      }
    },
    onConnection(listener) {
      connectionListeners.add(listener)
      openSource()
      return () => {
        connectionListeners.delete(listener)
        closeIfUnused()
      }
    }
  }

  function closeIfUnused(): void {
    if (wanted()) return
    if (reconnect !== null) clearTimeout(reconnect)
    reconnect = null
    source?.close()
    source = null
  }
}

/**
 * Browser mode: the session token arrives once in the URL fragment (`#token=…`). Keep it for the
 * tab's lifetime in sessionStorage and remove it from the address bar so it is not bookmarked
 * or shared by accident.
 */
export function takeSessionToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
  hist: History = window.history
): string | null {
  const m = /(?:^#|&)token=([^&]+)/.exec(loc.hash)
  if (m?.[1]) {
    const token = decodeURIComponent(m[1])
    try {
      storage.setItem(TOKEN_STORAGE_KEY, token)
    } catch {
      /* storage may be disabled; the token still works for this page load */
    }
    hist.replaceState(hist.state, '', loc.pathname + loc.search)
    return token
  }
  try {
    return storage.getItem(TOKEN_STORAGE_KEY)
  } catch {
    return null
  }
}

export class MissingTokenError extends Error {
  constructor() {
    super(t.errors.missingToken)
    this.name = 'MissingTokenError'
  }
}

/** Electron when the preload exposed `window.lumbung`, otherwise HTTP with the session token. */
export function chooseTransport(win: Window = window): Transport {
  if (win.lumbung) return createElectronTransport(win.lumbung)
  const token = takeSessionToken(win.location, win.sessionStorage, win.history)
  // Office network mode: a device on the LAN has no per-start token; its login over HTTPS admits it.
  if (!token && win.location.protocol === 'https:') return createHttpTransport({ token: LAN_TOKEN })
  if (!token) throw new MissingTokenError()
  return createHttpTransport({ token })
}
