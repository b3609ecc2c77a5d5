import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../security/csp'

/** The desktop window loads the app from app://lumbung/, never from file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'lumbung'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

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

/** Headers every app:// answer carries: the CSP (frame-ancestors included, which a meta tag cannot say). */
export const APP_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin'
}

export type AppResponse = { status: 200; file: string; headers: Record<string, string> } | { status: 404 | 400 }

/**
 * Maps an app:// request to a file inside the renderer folder, and nothing outside it: another host,
 * `..`, encoded separators or a NUL answer 404/400. Unknown paths are the single-page app's index.
 */
export function resolveAppRequest(url: string, rendererDir: string, exists: (p: string) => boolean): AppResponse {
  let u: URL
  let path: string
  try {
    u = new URL(url)
    path = decodeURIComponent(u.pathname)
  } catch {
    return { status: 400 }
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { status: 404 }
  if (path.includes('\u0000') || path.includes('\\')) return { status: 400 }
  const base = normalize(rendererDir)
  const rel = normalize(path).replace(/^[/\\]+/, '')
  if (rel.split(/[/\\]/).includes('..')) return { status: 404 }
  let file = join(base, rel)
  if (file !== base && !file.startsWith(base + sep)) return { status: 404 }
  if (rel === '' || !exists(file)) file = join(base, 'index.html')
  return {
    status: 200,
    file,
    headers: { ...APP_HEADERS, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }
  }
}

/** Links the app may open in the system browser: https to these hosts only. */
export const EXTERNAL_HOSTS: readonly string[] = ['kemenkop.go.id', 'www.kemenkop.go.id', 'ods.kemenkop.go.id']

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && u.username === '' && u.password === '' && EXTERNAL_HOSTS.includes(u.hostname)
  } catch {
    return false
  }
}
