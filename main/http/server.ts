import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Executor } from '../commands/executor'
import type { DeviceInfo, Progress } from '../commands/context'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { HTTP_TOKEN_HEADER, LAN_TOKEN } from '../../shared/bridge'
import type { LanState } from '../../shared/commands/network'
import { readLanCertificate } from '../network/certificate'
import { toErrorResponse } from '../commands/dispatch'
import { commands, isCommandName } from '../../shared/commands'
import { contentDisposition, DownloadStore } from './downloads'
import { lanStartFailed, listenAfterStart } from '../network/door'
import { deviceLabel } from '../auth/devices'

export const TOKEN_HEADER = HTTP_TOKEN_HEADER.toLowerCase()
const MAX_BODY_BYTES = 20 * 1024 * 1024
const SESSION_COOKIE = 'lumbung_session'
const SESSION_HEADER = 'x-lumbung-session'
/** Carries the bridge token for EventSource, which cannot send headers; never a URL parameter. */
const BRIDGE_COOKIE = 'lumbung_bridge'
/** A long-lived random id per browser (office network mode): sessions and audit records name the device. */
const DEVICE_COOKIE = 'lumbung_device'
const DEVICE_COOKIE_DAYS = 400
export const IDEMPOTENCY_HEADER = 'idempotency-key'
/** The browser tab a write came from: its own `changed` event is not sent back to it. */
export const CLIENT_HEADER = 'x-lumbung-client'

/** Which parts of the book a command changes, for the renderer's refresh (its domain prefix). */
export function changedAreas(command: string): string[] {
  const area = command.split('.')[0] ?? command
  return [area]
}
/**
 * Office network mode: a device on the LAN never sees the per-start token. A login over HTTPS is its
 * admission: this Secure, HttpOnly, SameSite=Strict cookie (the __Host- prefix pins it to this host
 * and path) maps to the login session kept here; without it a request runs as nobody.
 */
const LAN_COOKIE = '__Host-lumbung_lan'

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=') || null
  }
  return null
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

export interface HttpBridge {
  server: Server
  url: string
  /** The URL to open in a browser: carries the token in the fragment, never sent to the server. */
  openUrl: string
  token: string
  /** Office network mode as this door serves it now (null: loopback only). */
  lan(): LanState | null
  /** Listens on the LAN address over HTTPS with the book's certificate (after network.start). */
  startLan(state: LanState): Promise<void>
  stopLan(): Promise<void>
  close(): Promise<void>
}

export interface HttpBridgeOptions {
  executor: Executor
  /** Built renderer (out/renderer); omit to serve /rpc only. */
  staticDir?: string | null
  port?: number
  token?: string
  /** The open book's file: with it this door can serve office network mode (its certificate lies beside the book). */
  bookFile?: string
}

/**
 * Browser mode: serves the renderer and `POST /rpc/<command>` on 127.0.0.1 only. Every RPC
 * needs the per-start token; a request from another origin or for another host name is refused
 * (DNS rebinding), so a web page elsewhere cannot drive the book.
 */
export async function startHttpBridge(opts: HttpBridgeOptions): Promise<HttpBridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  const tokenBuf = Buffer.from(token)
  let port = 0
  const progressClients = new Set<ServerResponse>()
  /** Each open event stream: its device and the browser tab it belongs to. */
  const streamInfo = new Map<ServerResponse, { deviceId: string; client: string | null }>()
  opts.executor.onDisconnect?.((deviceId) => {
    for (const [res, info] of streamInfo) if (info.deviceId === deviceId) res.end()
  })
  const downloads = new DownloadStore()

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])

  const matches = (given: string | null | undefined): boolean => {
    const buf = Buffer.from(given ?? '')
    return buf.length === tokenBuf.length && timingSafeEqual(buf, tokenBuf)
  }
  // Only in a header (or, for the progress stream, the HttpOnly cookie): a token in a URL ends up in
  // histories, logs and Referer headers.
  const tokenOk = (req: IncomingMessage): boolean => matches(req.headers[TOKEN_HEADER] as string | undefined)
  const streamTokenOk = (req: IncomingMessage): boolean => tokenOk(req) || matches(readCookie(req, BRIDGE_COOKIE))
  const bridgeCookie = `${BRIDGE_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`

  const broadcast = (p: Progress & { command: string }) => {
    const data = `data: ${JSON.stringify(p)}\n\n`
    for (const c of progressClients) c.write(data)
  }
  /** After a write: every other open screen is told to read its data again. */
  const announceChange = (change: {
    command: string
    by: string | null
    device: string | null
    deviceLabel: string | null
    client: string | null
  }) => {
    const data = `event: changed\ndata: ${JSON.stringify({ ...change, areas: changedAreas(change.command) })}\n\n`
    for (const [c, info] of streamInfo) if (change.client === null || info.client !== change.client) c.write(data)
  }
  /** The device of a request: its cookie (set here when missing), a label and the address. */
  const deviceOf = (req: IncomingMessage, res: ServerResponse, cookies: string[]): DeviceInfo => {
    let raw = readCookie(req, DEVICE_COOKIE)
    if (!raw || !/^[A-Za-z0-9_-]{16,64}$/.test(raw)) {
      raw = randomBytes(24).toString('base64url')
      cookies.push(`${DEVICE_COOKIE}=${raw}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${DEVICE_COOKIE_DAYS * 86400}`)
    }
    void res
    return {
      id: createHash('sha256').update(raw).digest('hex').slice(0, 24),
      label: deviceLabel(req.headers['user-agent']),
      address: req.socket.remoteAddress ?? ''
    }
  }

  const lanDoor = opts.bookFile !== undefined
  let lan: { state: LanState; server: HttpsServer } | null = null
  /** LAN admissions: cookie value → the login session it stands for. */
  const admissions = new Map<string, string>()

  const onRequest = (isLan: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res, isLan).catch((e: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: `Terjadi kesalahan internal: ${String(e)}` }
        })
      else res.end()
    })
  }
  const server = createServer(onRequest(false))

  async function handle(req: IncomingMessage, res: ServerResponse, isLan: boolean): Promise<void> {
    const host = req.headers.host ?? ''
    // Each listener answers to exactly its own name: the LAN address:port there, loopback here (DNS rebinding).
    const lanOrigin = lan ? `https://${lan.state.address}:${lan.state.port}` : null
    if (isLan ? !lan || host !== `${lan.state.address}:${lan.state.port}` : !allowedHosts().has(host)) {
      return sendJson(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Host tidak diizinkan' } })
    }
    const origin = req.headers.origin
    if (origin !== undefined && !(isLan ? origin === lanOrigin : allowedOrigins().has(origin))) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Asal permintaan (origin) tidak diizinkan' }
      })
    }
    // On the LAN every write comes from a page of this very origin (CSRF): no Origin, no entry.
    if (isLan && req.method !== 'GET' && req.method !== 'HEAD' && origin !== lanOrigin) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Asal permintaan (origin) wajib dan harus alamat ini' }
      })
    }
    const admission = isLan ? readCookie(req, LAN_COOKIE) : null
    const admitted = admission !== null && admissions.has(admission)
    /** The caller's login session: on the LAN only through its admission, never a cookie or header it names itself. */
    const sessionOf = (): string | null =>
      isLan
        ? admitted
          ? admissions.get(admission!)!
          : null
        : (readCookie(req, SESSION_COOKIE) ?? (req.headers[SESSION_HEADER] as string | undefined) ?? null)
    // On the LAN the header carries a fixed marker (a page elsewhere cannot send it without a CORS preflight, never granted).
    const headerOk = (): boolean => (isLan ? req.headers[TOKEN_HEADER] === LAN_TOKEN : tokenOk(req))
    const streamOk = (): boolean => (isLan ? admitted : streamTokenOk(req))
    const execOpts = { door: 'http' as const, lanDoor }
    let url: URL
    let pathname: string
    try {
      url = new URL(req.url ?? '/', `http://${host}`)
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Alamat permintaan tidak dapat dibaca' }
      })
    }
    if (url.searchParams.has('token')) {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Token tidak boleh dikirim di alamat URL; gunakan header' }
      })
    }
    const source = req.socket.remoteAddress ?? 'http'

    if (pathname === '/upload') {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Gunakan metode POST' } })
      }
      if (!headerOk())
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Token sesi tidak ada atau salah' }
        })
      const sessionToken = sessionOf()
      const status = await opts.executor.execute('auth.status', {}, { sessionToken, source, ...execOpts })
      if (
        !status.ok ||
        ((status.result as { enabled: boolean; user: unknown }).enabled && !(status.result as { user: unknown }).user)
      ) {
        req.resume()
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' }
        })
      }
      try {
        const uploaded = await opts.executor.receiveUpload(req, url.searchParams.get('name') ?? '')
        return sendJson(res, 200, { ok: true, result: uploaded })
      } catch (e) {
        return sendJson(res, 400, toErrorResponse(e))
      }
    }

    if (pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Gunakan metode POST' } })
      }
      if (!headerOk()) {
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Token sesi tidak ada atau salah' }
        })
      }
      const cookies = isLan ? [] : [bridgeCookie]
      const device = deviceOf(req, res, cookies)
      if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
      const name = pathname.slice('/rpc/'.length)
      const idempotencyKey = (req.headers[IDEMPOTENCY_HEADER] as string | undefined) ?? null
      const client = (req.headers[CLIENT_HEADER] as string | undefined) ?? null
      const body = await readBody(req)
      if (body === null) {
        return sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'Permintaan terlalu besar' } })
      }
      let input: unknown = {}
      if (body.trim() !== '') {
        try {
          input = JSON.parse(body)
        } catch {
          return sendJson(res, 400, {
            ok: false,
            error: { code: 'INVALID_INPUT', message: 'Isi permintaan bukan JSON yang valid' }
          })
        }
      }
      const sessionToken = sessionOf()
      const response = await opts.executor.execute(name, input, {
        sessionToken,
        source,
        idempotencyKey,
        device,
        ...execOpts,
        onProgress: (p) => broadcast({ ...p, command: name })
      })
      const replayed = (response as { replayed?: boolean }).replayed === true
      if (replayed) {
        delete (response as { replayed?: boolean }).replayed
        res.setHeader('Idempotent-Replayed', 'true')
      }
      if (
        response.ok &&
        !replayed &&
        isCommandName(name) &&
        commands[name].kind === 'mutation' &&
        name !== 'auth.login' &&
        name !== 'auth.logout'
      ) {
        const by = (response.result as { user?: { username?: string } } | null)?.user?.username ?? null
        announceChange({ command: name, by, device: device.id, deviceLabel: device.label, client })
      }
      if (isLan && name === 'auth.login' && response.ok) {
        const { sessionToken: token, ...rest } = response.result as { sessionToken: string }
        const value = randomBytes(32).toString('base64url')
        admissions.set(value, token)
        res.setHeader('Set-Cookie', [...cookies, `${LAN_COOKIE}=${value}; Secure; HttpOnly; SameSite=Strict; Path=/`])
        return sendJson(res, 200, { ok: true, result: rest })
      }
      if (isLan && name === 'auth.logout' && response.ok) {
        if (admitted) admissions.delete(admission!)
        res.setHeader('Set-Cookie', [`${LAN_COOKIE}=; Secure; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`])
        return sendJson(res, 200, response)
      }
      if (name === 'network.start' && response.ok) {
        const failed = await listenAfterStart({ startLan, stopLan }, opts.executor, response.result as LanState, {
          sessionToken,
          source,
          ...execOpts
        })
        if (failed)
          return sendJson(res, 200, { ok: false, error: { code: 'CONFLICT', message: lanStartFailed(failed) } })
      }
      // Stopped after the answer has left: a LAN page that switches it off still hears back.
      if (name === 'network.stop' && response.ok) res.once('finish', () => void stopLan())
      // The login session lives in an HttpOnly cookie: page scripts never see or store it.
      if (name === 'auth.login' && response.ok) {
        const { sessionToken: token, ...rest } = response.result as { sessionToken: string }
        res.setHeader('Set-Cookie', [...cookies, `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`])
        return sendJson(res, 200, { ok: true, result: rest })
      }
      if (name === 'auth.logout' && response.ok)
        res.setHeader('Set-Cookie', [...cookies, `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`])
      // A document comes back as a one-time download id (GET /download/<id>); big ones without base64.
      if (response.ok && producesDocument(name))
        return sendJson(res, 200, { ok: true, result: downloads.register(response.result, sessionToken) })
      return sendJson(res, 200, response)
    }

    if (pathname.startsWith('/download/')) {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET')
        return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Gunakan metode GET' } })
      }
      // The same bridge token as /rpc (header, or its HttpOnly cookie for a plain link) and the same login session.
      if (!streamOk())
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Token sesi tidak ada atau salah' }
        })
      const sessionToken = sessionOf()
      const doc = downloads.take(pathname.slice('/download/'.length), sessionToken)
      if (!doc)
        return sendJson(res, 404, {
          ok: false,
          error: { code: 'NOT_FOUND', message: 'Unduhan tidak ada atau sudah diambil; buat dokumennya lagi' }
        })
      res.writeHead(200, {
        'Content-Type': doc.mime,
        'Content-Length': String(doc.bytes.length),
        'Content-Disposition': contentDisposition(doc.name),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff'
      })
      res.end(doc.bytes)
      return
    }

    if (pathname === '/events') {
      if (!streamOk())
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Token sesi tidak ada atau salah' }
        })
      // With login on, only a logged-in browser hears about the book (a disconnected device no longer does).
      const sessionToken = sessionOf()
      const cookies: string[] = []
      const device = deviceOf(req, res, cookies)
      const status = await opts.executor.execute('auth.status', {}, { sessionToken, source, device, ...execOpts })
      if (
        !status.ok ||
        ((status.result as { enabled: boolean }).enabled && !(status.result as { user: unknown }).user)
      ) {
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' }
        })
      }
      const client = url.searchParams.get('client')
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        ...(cookies.length ? { 'Set-Cookie': cookies } : {})
      })
      res.write(': ok\n\n')
      progressClients.add(res)
      streamInfo.set(res, {
        deviceId: device.id,
        client: client && /^[A-Za-z0-9_-]{1,64}$/.test(client) ? client : null
      })
      opts.executor.setStream?.(device.id, true)
      req.on('close', () => {
        progressClients.delete(res)
        if (streamInfo.delete(res)) opts.executor.setStream?.(device.id, false)
      })
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Metode tidak diizinkan' } })
    }
    if (!opts.staticDir)
      return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Tidak ditemukan' } })
    serveStatic(opts.staticDir, pathname, res)
  }

  await new Promise<void>((ok, err) => {
    server.once('error', err)
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok())
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`

  async function startLan(state: LanState): Promise<void> {
    if (!opts.bookFile) throw new Error('pintu ini tidak melayani jaringan kantor')
    if (lan) throw new Error(`sudah menyala di ${lan.state.url}`)
    // The key is read here, by the door that listens, and goes nowhere else.
    const cert = readLanCertificate(opts.bookFile)
    if (!cert || cert.fingerprint !== state.fingerprint)
      throw new Error('sertifikat buku tidak ditemukan atau berbeda dari yang dicatat')
    const s = createHttpsServer({ cert: cert.cert, key: cert.key, minVersion: 'TLSv1.2' }, onRequest(true))
    await new Promise<void>((ok, err) => {
      s.once('error', err)
      s.listen({ host: state.address, port: state.port, exclusive: true }, () => ok())
    })
    lan = { state, server: s }
  }

  async function stopLan(): Promise<void> {
    const was = lan
    lan = null
    admissions.clear()
    if (!was) return
    await new Promise<void>((ok) => {
      was.server.close(() => ok())
      was.server.closeAllConnections()
    })
  }

  return {
    server,
    url,
    openUrl: `${url}/#token=${token}`,
    token,
    lan: () => lan?.state ?? null,
    startLan,
    stopLan,
    close: async () => {
      for (const c of progressClients) c.end()
      await stopLan()
      await new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      })
    }
  }
}

/** Commands that hand back a document (they declare a file they may write). */
function producesDocument(name: string): boolean {
  return (
    isCommandName(name) && ((commands[name] as { files?: { write?: readonly string[] } }).files?.write?.length ?? 0) > 0
  )
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok, err) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooBig = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) tooBig = true
      else chunks.push(c)
    })
    req.on('end', () => ok(tooBig ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', err)
  })
}

function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  const base = resolve(root)
  const rel = normalize(pathname).replace(/^([/\\])+/, '')
  let file = join(base, rel)
  if (!file.startsWith(base + sep) && file !== base) file = join(base, 'index.html')
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Renderer belum dibangun: jalankan "npm run build"')
    return
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  })
  createReadStream(file).pipe(res)
}
