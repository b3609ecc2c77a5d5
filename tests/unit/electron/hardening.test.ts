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
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)])
    )
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

  it('only main/electron/main.ts and preload import electron at runtime', () => {
    const hits = execSync(`grep -rlE "from 'electron'|require\\('electron'\\)" main shared preload || true`, {
      encoding: 'utf8'
    })
      .split('\n')
      .filter(Boolean)
      .filter(
        (f) =>
          !readFileSync(f, 'utf8').match(/^import type .* from 'electron'/m) ||
          readFileSync(f, 'utf8').match(/^import \{[^}]*\} from 'electron'/m)
      )
    expect(hits.sort()).toEqual(['main/electron/main.ts', 'preload/index.ts'])
  })

  it('the app version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string
      name: string
      productName: string
    }
    expect(APP_VERSION).toBe(pkg.version)
    expect(pkg.name).toBe('lumbung')
    expect(pkg.productName).toBe('Lumbung')
  })
})

describe('renderer page CSP', () => {
  it('the meta CSP of index.html equals the served policy (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]
    const served = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(served)
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
  })
})

describe('Electron security checklist (asserted from the source and the packaging config)', () => {
  const src = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8')

  it('fuses are flipped at packaging', () => {
    const yml = src('electron-builder.yml')
    const block = yml.slice(yml.indexOf('electronFuses:'))
    const fuse = (name: string) => new RegExp(`^\\s+${name}: (true|false)$`, 'm').exec(block)?.[1]
    expect(fuse('runAsNode')).toBe('false')
    expect(fuse('enableNodeOptionsEnvironmentVariable')).toBe('false')
    expect(fuse('enableNodeCliInspectArguments')).toBe('false')
    expect(fuse('enableEmbeddedAsarIntegrityValidation')).toBe('true')
    expect(fuse('onlyLoadAppFromAsar')).toBe('true')
    expect(fuse('enableCookieEncryption')).toBe('true')
    expect(fuse('grantFileProtocolExtraPrivileges')).toBe('false')
    expect(yml).toMatch(/^asar: true$/m)
  })

  it('the main process denies permissions, blocks navigation and new windows, and serves app:// only', () => {
    const main = src('main/electron/main.ts')
    expect(main).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/)
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/)
    expect(main).toMatch(/setDevicePermissionHandler\(\(\) => false\)/)
    for (const ev of ['will-navigate', 'will-redirect'])
      expect(main).toMatch(
        new RegExp(
          `'${ev}', \\(e, url\\) => \\{\\s+if \\(!isAppNavigation\\(url, devServerUrl\\)\\) e\\.preventDefault\\(\\)`
        )
      )
    expect(main).toMatch(
      /'will-frame-navigate', \(e\) => \{\s+if \(!isAppNavigation\(e\.url, devServerUrl\) && !e\.url\.startsWith\('blob:'\)\) e\.preventDefault\(\)/
    )
    expect(main).toMatch(/'will-attach-webview', \(e\) => e\.preventDefault\(\)/)
    expect(main).toMatch(
      /setWindowOpenHandler\(\(\{ url \}\) => \{\s+if \(isAllowedExternal\(url\)\) void shell\.openExternal\(url\)\s+return \{ action: 'deny' \}/
    )
    expect(main.match(/shell\.openExternal/g)).toHaveLength(1)
    expect(main).toMatch(/registerSchemesAsPrivileged\(\[\s*\{ scheme: APP_SCHEME/)
    expect(main).toMatch(/loadURL\(APP_INDEX_URL\)/)
    expect(main).not.toMatch(/loadFile\(/)
    // Every path a command receives from the page must come from the main process's own dialog.
    expect(main).toMatch(/const refused = fileDoor\.check\(event\.sender\.id, command, input\)/)
  })

  it('app:// serves the renderer folder only, with the CSP as a header (frame-ancestors included)', async () => {
    const { resolveAppRequest, APP_INDEX_URL } = await import('../../../main/electron/app-protocol')
    const dir = '/opt/lumbung/out/renderer'
    const exists = (p: string) =>
      ['/opt/lumbung/out/renderer/index.html', '/opt/lumbung/out/renderer/assets/app.js'].includes(p)
    const ok = resolveAppRequest('app://lumbung/assets/app.js', dir, exists)
    expect(ok).toMatchObject({ status: 200, file: '/opt/lumbung/out/renderer/assets/app.js' })
    expect(ok.status === 200 && ok.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(ok.status === 200 && ok.headers['Content-Type']).toBe('text/javascript; charset=utf-8')
    expect(resolveAppRequest(APP_INDEX_URL, dir, exists)).toMatchObject({
      status: 200,
      file: '/opt/lumbung/out/renderer/index.html'
    })
    expect(resolveAppRequest('app://lumbung/anggota/daftar', dir, exists)).toMatchObject({
      status: 200,
      file: '/opt/lumbung/out/renderer/index.html'
    })
    for (const bad of [
      'app://lumbung/../../etc/passwd',
      'app://lumbung/%2e%2e/%2e%2e/etc/passwd',
      'app://lumbung/..%2f..%2fetc%2fpasswd',
      'app://lain/index.html',
      'file:///etc/passwd',
      'app://lumbung/a%00b',
      'app://lumbung/%E0%A4%A',
      'app://lumbung/..\\..\\x'
    ]) {
      // Whatever the spelling, an answer is a file inside the renderer folder (URL parsing keeps `..` inside), or a refusal.
      const r = resolveAppRequest(bad, dir, () => true)
      if (r.status === 200) expect(r.file.startsWith(`${dir}/`), bad).toBe(true)
      else expect([400, 404], bad).toContain(r.status)
    }
  })

  it('external links open only for https to the allowed hosts', async () => {
    const { isAllowedExternal } = await import('../../../main/electron/app-protocol')
    expect(isAllowedExternal('https://kemenkop.go.id/')).toBe(true)
    for (const u of [
      'http://kemenkop.go.id/',
      'https://kemenkop.go.id.evil.example/',
      'https://user:pw@kemenkop.go.id/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://example.com/',
      'smb://kemenkop.go.id/x'
    ]) {
      expect(isAllowedExternal(u), u).toBe(false)
    }
  })

  it('the desktop file door accepts only paths its own dialogs returned to that window', async () => {
    const { ElectronFileDoor } = await import('../../../main/electron/file-door')
    const door = new ElectronFileDoor({
      open: async () => '/home/b/anggota.xlsx',
      save: async (r) => `/home/b/${r.defaultName}`,
      folder: async () => null
    })
    expect(
      door.check(1, 'members.importPreview', { file: '/home/b/anggota.xlsx', openingDate: '2026-01-01' })
    ).toMatchObject({ code: 'UNAUTHORIZED', field: 'file' })
    expect(await door.choose(1, { kind: 'open', title: 'Pilih' })).toBe('/home/b/anggota.xlsx')
    expect(
      door.check(1, 'members.importPreview', { file: '/home/b/anggota.xlsx', openingDate: '2026-01-01' })
    ).toBeNull()
    // Another window, another path, a folder typed in: refused.
    expect(door.check(2, 'members.importPreview', { file: '/home/b/anggota.xlsx' })).not.toBeNull()
    expect(door.check(1, 'backup.configure', { extraFolder: '/media/usb' })).toMatchObject({ field: 'extraFolder' })
    expect(door.check(1, 'backup.configure', { extraFolder: null, intervalMinutes: 30 })).toBeNull()
    expect(await door.choose(1, { kind: 'save', title: 'Simpan', defaultName: 'neraca.pdf' })).toBe(
      '/home/b/neraca.pdf'
    )
    expect(
      door.check(1, 'statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', file: '/home/b/neraca.pdf' })
    ).toBeNull()
    expect(
      door.check(1, 'statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', file: '/home/b/lain.pdf' })
    ).not.toBeNull()
    // A malformed request opens no dialog.
    expect(await door.choose(1, { kind: 'delete', title: 'x' })).toBeNull()
    door.forget(1)
    expect(
      door.check(1, 'statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', file: '/home/b/neraca.pdf' })
    ).not.toBeNull()
  })

  it('"Buka" and "Tampilkan di folder" reach the shell only for a document that window saved through its dialog', async () => {
    const { ElectronFileDoor } = await import('../../../main/electron/file-door')
    const door = new ElectronFileDoor({
      open: async () => null,
      save: async (r) => `/home/b/${r.defaultName}`,
      folder: async () => null
    })
    expect(door.openable(1, { path: '/home/b/neraca.pdf', how: 'open' })).toContain('tidak dipilih')
    await door.choose(1, { kind: 'save', title: 'Simpan', defaultName: 'neraca.pdf' })
    await door.choose(1, { kind: 'save', title: 'Simpan', defaultName: 'buku.lumbung' })
    expect(door.openable(1, { path: '/home/b/neraca.pdf', how: 'open' })).toEqual({
      path: '/home/b/neraca.pdf',
      how: 'open'
    })
    expect(door.openable(1, { path: '/home/b/neraca.pdf', how: 'reveal' })).toEqual({
      path: '/home/b/neraca.pdf',
      how: 'reveal'
    })
    expect(door.openable(2, { path: '/home/b/neraca.pdf', how: 'open' })).toContain('tidak dipilih')
    // A book is shown in its folder, never handed to a program.
    expect(door.openable(1, { path: '/home/b/buku.lumbung', how: 'open' })).toContain('Tampilkan di folder')
    expect(door.openable(1, { path: '/home/b/buku.lumbung', how: 'reveal' })).toEqual({
      path: '/home/b/buku.lumbung',
      how: 'reveal'
    })
    expect(door.openable(1, { path: '/home/b/neraca.pdf', how: 'run' })).toContain('tidak dipilih')
    expect(src('main/electron/main.ts')).toMatch(/const r = fileDoor\.openable\(event\.sender\.id, request\)/)
  })
})
