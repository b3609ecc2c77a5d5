import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LumbungBridge, ProgressEvent } from '../../shared/bridge'
import type { CommandResponse } from '../../shared/errors'
import { CommandFailure, createApi } from '../../renderer/src/api/invoke'
import {
  chooseTransport,
  createHttpTransport,
  MissingTokenError,
  TOKEN_STORAGE_KEY
} from '../../renderer/src/api/transport'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

type FetchCall = { url: string; init: RequestInit }

function fakeFetch(reply: (call: FetchCall) => Response | Promise<Response>) {
  const calls: FetchCall[] = []
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} }
    calls.push(call)
    return reply(call)
  }) as typeof globalThis.fetch
  return { fetch, calls }
}

beforeEach(() => {
  window.sessionStorage.clear()
  delete window.lumbung
  window.history.replaceState(null, '', '/')
})

afterEach(() => {
  vi.unstubAllGlobals()
  delete window.lumbung
})

describe('HTTP transport (browser mode)', () => {
  it('POSTs JSON to /rpc/<command> with the session token header and returns the result', async () => {
    const f = fakeFetch(() => jsonResponse({ ok: true, result: { items: [], page: 1, pageSize: 50, total: 0 } }))
    const api = createApi(createHttpTransport({ token: 'rahasia-123', fetch: f.fetch }))
    const result = await api.invoke('journal.list', { page: 1, pageSize: 50 })
    expect(result.total).toBe(0)
    expect(f.calls).toHaveLength(1)
    const [call] = f.calls
    expect(call!.url).toBe('/rpc/journal.list')
    expect(call!.init.method).toBe('POST')
    expect(new Headers(call!.init.headers).get('X-Lumbung-Token')).toBe('rahasia-123')
    expect(new Headers(call!.init.headers).get('Content-Type')).toBe('application/json')
    expect(JSON.parse(String(call!.init.body))).toEqual({ page: 1, pageSize: 50 })
  })

  it('throws a CommandFailure carrying code, message and field when the book refuses', async () => {
    const f = fakeFetch(() =>
      jsonResponse({ ok: false, error: { code: 'UNBALANCED', message: 'Jurnal tidak seimbang', field: 'lines' } })
    )
    const api = createApi(createHttpTransport({ token: 't', fetch: f.fetch }))
    const err = await api
      .invoke('journal.post', { date: '2026-01-02', description: 'x', lines: [] })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommandFailure)
    expect(err).toMatchObject({ code: 'UNBALANCED', message: 'Jurnal tidak seimbang', field: 'lines' })
  })

  it('sends a write with one Idempotency-Key and retries it with the same key when the answer is lost; a query has none', async () => {
    const seen: { name: string; key: string | null }[] = []
    let fail = 1
    const f = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const headers = init!.headers as Record<string, string>
      seen.push({ name: String(url).replace('/rpc/', ''), key: headers['Idempotency-Key'] ?? null })
      if (fail-- > 0) throw new TypeError('Failed to fetch')
      return new Response(JSON.stringify({ ok: true, result: { id: 1 } }), {
        headers: { 'Content-Type': 'application/json' }
      })
    }) as typeof fetch
    const api = createApi(createHttpTransport({ token: 't', retryDelays: [1, 1], fetch: f }))
    await api.invoke('members.create', { name: 'Rudi', gender: 'L', joinedAt: '2026-02-02' })
    expect(seen).toHaveLength(2)
    expect(seen[0]!.key).toMatch(/^[0-9a-f-]{32,36}$/)
    expect(seen[1]!.key).toBe(seen[0]!.key)
    await api.invoke('members.create', { name: 'Rudi', gender: 'L', joinedAt: '2026-02-02' })
    expect(seen[2]!.key).not.toBe(seen[0]!.key)
    await api.invoke('setup.status', {})
    expect(seen[3]!.key).toBeNull()
  })

  it('reports an unreachable server and a refused token in Indonesian', async () => {
    let tries = 0
    const down = createApi(
      createHttpTransport({
        token: 't',
        retryDelays: [1, 1],
        fetch: (() => (tries++, Promise.reject(new TypeError('Failed to fetch')))) as typeof fetch
      })
    )
    await expect(down.invoke('setup.status', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Tidak dapat terhubung')
    })
    expect(tries).toBe(3)

    const f = fakeFetch(() =>
      jsonResponse({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Token sesi tidak ada atau salah' } }, 401)
    )
    const api = createApi(createHttpTransport({ token: 'salah', fetch: f.fetch }))
    await expect(api.invoke('setup.status', {})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Token sesi tidak ada atau salah'
    })

    const html = fakeFetch(() => new Response('<html></html>', { status: 502 }))
    await expect(
      createApi(createHttpTransport({ token: 't', fetch: html.fetch })).invoke('setup.status', {})
    ).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('status 502')
    })
  })

  it("hears other desks' changes; when the stream drops it says so, reconnects after a pause and asks for a refresh", () => {
    vi.useFakeTimers()
    try {
      type Fake = {
        url: string
        closed: boolean
        onmessage: ((e: MessageEvent) => void) | null
        onerror: (() => void) | null
        onopen: (() => void) | null
        handlers: Map<string, (e: Event) => void>
      }
      const sources: Fake[] = []
      const transport = createHttpTransport({
        token: 'abc',
        fetch: fakeFetch(() => jsonResponse({ ok: true, result: null })).fetch,
        eventSource: (url) => {
          const s: Fake & { close: () => void; addEventListener: (t: string, h: (e: Event) => void) => void } = {
            url,
            closed: false,
            onmessage: null,
            onerror: null,
            onopen: null,
            handlers: new Map(),
            close: () => {
              s.closed = true
            },
            addEventListener: (t, h) => {
              s.handlers.set(t, h)
            }
          }
          sources.push(s)
          return s as never
        }
      })
      const changes: string[] = []
      const states: boolean[] = []
      const offChange = transport.onChange!((e) => changes.push(e.command))
      const offConn = transport.onConnection!((c) => states.push(c))
      expect(sources).toHaveLength(1)
      sources[0]!.onopen!()
      sources[0]!.handlers.get('changed')!(
        new MessageEvent('changed', {
          data: JSON.stringify({ command: 'trading.sell', areas: ['trading'], deviceLabel: 'Chrome di Windows' })
        })
      )
      expect(changes).toEqual(['trading.sell'])
      sources[0]!.onerror!()
      expect(sources[0]!.closed).toBe(true)
      expect(states).toEqual([false])
      vi.advanceTimersByTime(1999)
      expect(sources).toHaveLength(1)
      vi.advanceTimersByTime(1)
      expect(sources).toHaveLength(2)
      sources[1]!.onopen!()
      expect(states).toEqual([false, true])
      // back: a refresh of what others did meanwhile
      expect(changes).toEqual(['trading.sell', ''])
      offChange()
      offConn()
      expect(sources[1]!.closed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('subscribes to progress through EventSource (the token travels in its HttpOnly cookie, never the URL), and closes it when nobody listens', () => {
    const sources: { url: string; closed: boolean; onmessage: ((e: MessageEvent) => void) | null }[] = []
    const transport = createHttpTransport({
      token: 'abc',
      fetch: fakeFetch(() => jsonResponse({ ok: true, result: null })).fetch,
      eventSource: (url) => {
        const s = {
          url,
          closed: false,
          onmessage: null as ((e: MessageEvent) => void) | null,
          close: () => {
            s.closed = true
          }
        }
        sources.push(s)
        return s as unknown as EventSource
      }
    })
    const seen: ProgressEvent[] = []
    const stop = transport.onProgress((p) => seen.push(p))
    expect(sources).toHaveLength(1)
    expect(sources[0]!.url).toMatch(/^\/events\?client=[0-9a-f]{24}$/)
    sources[0]!.onmessage?.(
      new MessageEvent('message', {
        data: JSON.stringify({ command: 'ledger.check', done: 2, total: 5, label: 'Memeriksa akun induk' })
      })
    )
    expect(seen).toEqual([{ command: 'ledger.check', done: 2, total: 5, label: 'Memeriksa akun induk' }])
    stop()
    expect(sources[0]!.closed).toBe(true)
  })

  it('takes the token from #token=…, keeps it in sessionStorage and cleans the address bar', async () => {
    window.history.replaceState(null, '', '/#token=dari-terminal')
    const f = fakeFetch(() => jsonResponse({ ok: true, result: { initialized: false } }))
    vi.stubGlobal('fetch', f.fetch)
    const transport = chooseTransport(window)
    expect(transport.kind).toBe('http')
    expect(window.location.hash).toBe('')
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('dari-terminal')
    await transport.invoke('setup.status', {})
    expect(new Headers(f.calls[0]!.init.headers).get('X-Lumbung-Token')).toBe('dari-terminal')

    // A reload (no fragment any more) finds the token again in sessionStorage.
    expect(chooseTransport(window).kind).toBe('http')
  })

  it('refuses to start in browser mode without a token', () => {
    expect(() => chooseTransport(window)).toThrow(MissingTokenError)
  })
})

describe('Electron transport', () => {
  it('uses window.lumbung when the preload exposed it', async () => {
    const invoked: [string, unknown][] = []
    const listeners: ((p: ProgressEvent) => void)[] = []
    const bridge: LumbungBridge = {
      invoke: async (command, input): Promise<CommandResponse<unknown>> => {
        invoked.push([command, input])
        return { ok: true, result: [{ code: 'JU', name: 'Jurnal Umum' }] }
      },
      choosePath: async () => null,
      openPath: async () => null,
      onProgress: (l) => {
        listeners.push(l)
        return () => listeners.splice(listeners.indexOf(l), 1)
      }
    }
    window.lumbung = bridge
    const f = fakeFetch(() => jsonResponse({ ok: true, result: null }))
    vi.stubGlobal('fetch', f.fetch)
    const transport = chooseTransport(window)
    expect(transport.kind).toBe('electron')
    const api = createApi(transport)
    expect(await api.invoke('journal.series', {})).toEqual([{ code: 'JU', name: 'Jurnal Umum' }])
    expect(invoked).toEqual([['journal.series', {}]])
    expect(f.calls).toHaveLength(0)

    const seen: ProgressEvent[] = []
    const stop = api.onProgress((p) => seen.push(p))
    listeners[0]!({ command: 'ledger.check', done: 1, total: 5, label: 'x' })
    expect(seen).toHaveLength(1)
    stop()
    expect(listeners).toHaveLength(0)
  })

  it('turns an Electron refusal into a CommandFailure too', async () => {
    window.lumbung = {
      invoke: async () => ({
        ok: false,
        error: { code: 'PERIOD_LOCKED', message: 'Periode Januari 2026 sudah ditutup', field: 'date' }
      }),
      onProgress: () => () => {},
      choosePath: async () => null,
      openPath: async () => null
    }
    const api = createApi(chooseTransport(window))
    await expect(api.invoke('journal.post', { date: '2026-01-05', description: 'x', lines: [] })).rejects.toMatchObject(
      {
        code: 'PERIOD_LOCKED',
        field: 'date'
      }
    )
  })
})
