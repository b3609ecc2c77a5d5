import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isTrustedSender, mainWindowOptions } from '../../../main/electron/window-options'
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp'
import { APP_VERSION } from '../../../shared/version'

describe('Electron hardening', () => {
  it('the window runs an isolated, sandboxed renderer without Node', () => {
    const w = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!
    expect(w).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(w.preload).toMatch(/\.cjs$/)
  })

  it('the CSP allows only the app itself', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
  })

  it('only the packaged renderer page (app://lumbung) or the dev server may invoke commands', () => {
    expect(isTrustedSender('app://lumbung/index.html')).toBe(true)
    expect(isTrustedSender('app://lumbung/index.html#/jurnal')).toBe(true)
    expect(isTrustedSender('app://lain/index.html')).toBe(false)
    expect(isTrustedSender('file:///opt/Lumbung/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(isTrustedSender('file:///tmp/evil.html')).toBe(false)
    expect(isTrustedSender('https://example.com/')).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })

  it('only main/index.ts and preload import electron at runtime', () => {
    const hits = execSync(`grep -rlE "from 'electron'|require\\('electron'\\)" main shared preload || true`, { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .filter((f) => !readFileSync(f, 'utf8').match(/^import type .* from 'electron'/m) || readFileSync(f, 'utf8').match(/^import \{[^}]*\} from 'electron'/m))
    expect(hits.sort()).toEqual(['main/index.ts', 'preload/index.ts'])
  })

  it('the app version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string; name: string; productName: string }
    expect(APP_VERSION).toBe(pkg.version)
    expect(pkg.name).toBe('lumbung')
    expect(pkg.productName).toBe('Lumbung')
  })
})

describe('renderer page CSP', () => {
  it('the meta CSP of index.html equals the served policy (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]
    const served = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ')
    expect(meta).toBe(served)
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
  })
})
