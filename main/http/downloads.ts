import { randomBytes } from 'node:crypto'

/** Bytes above this size travel only through `GET /download/<id>`, not as base64 inside the JSON answer. */
export const INLINE_MAX_BYTES = 256 * 1024
const TTL_MS = 10 * 60 * 1000
const MAX_HELD_BYTES = 512 * 1024 * 1024

interface Held {
  bytes: Buffer
  name: string
  mime: string
  /** The login session that made it (null when login is off): only that session may fetch it. */
  session: string | null
  expires: number
}

/**
 * Documents a command produced for a browser, each under a random one-time id: the page fetches the
 * bytes with `GET /download/<id>` (a real download, `Content-Disposition: attachment`) instead of
 * decoding megabytes of base64 from JSON. Ids expire after 10 minutes; the oldest go first when the
 * store would hold more than 512 MB.
 */
export class DownloadStore {
  private readonly held = new Map<string, Held>()

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Replaces each document in a command's result (`{ name, mime, sha256, base64 }`, at the top or one
   * level down, e.g. the Dinas JSON beside its XLSX) by one with a `downloadId`; the base64 stays
   * only when small.
   */
  register(result: unknown, session: string | null, depth = 0): unknown {
    if (typeof result !== 'object' || result === null || Array.isArray(result)) return result
    const o = result as Record<string, unknown>
    const out: Record<string, unknown> = { ...o }
    if (depth === 0)
      for (const [k, v] of Object.entries(o))
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[k] = this.register(v, session, 1)
    if (
      typeof o.base64 === 'string' &&
      typeof o.name === 'string' &&
      typeof o.mime === 'string' &&
      typeof o.sha256 === 'string'
    ) {
      const bytes = Buffer.from(o.base64, 'base64')
      out.downloadId = this.put({ bytes, name: o.name, mime: o.mime, session })
      if (bytes.length > INLINE_MAX_BYTES) delete out.base64
    }
    return out
  }

  put(doc: { bytes: Buffer; name: string; mime: string; session: string | null }): string {
    this.sweep()
    const id = randomBytes(24).toString('base64url')
    this.held.set(id, { ...doc, expires: this.now() + TTL_MS })
    let total = 0
    for (const h of this.held.values()) total += h.bytes.length
    for (const [k, h] of this.held) {
      if (total <= MAX_HELD_BYTES || k === id) break
      total -= h.bytes.length
      this.held.delete(k)
    }
    return id
  }

  /** The document once: a second fetch, another session or an expired id finds nothing. */
  take(id: string, session: string | null): { bytes: Buffer; name: string; mime: string } | null {
    this.sweep()
    const h = this.held.get(id)
    if (!h || (h.session !== null && h.session !== session)) return null
    this.held.delete(id)
    return { bytes: h.bytes, name: h.name, mime: h.mime }
  }

  private sweep(): void {
    const now = this.now()
    for (const [k, h] of this.held) if (h.expires <= now) this.held.delete(k)
  }
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 5987): every browser gets the real name. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
