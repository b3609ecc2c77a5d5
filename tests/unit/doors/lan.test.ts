import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
import { connect, type TLSSocket } from 'node:tls'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { expectedPairingCode, freePort, servedFingerprint as served, sha256Colons } from '../../helpers/lan'

// Office network mode, exercised on 127.0.0.2 only (a loopback address that is not the loopback door's).
const LAN = '127.0.0.2'
const t = tempDir('lumbung-lan-')
const file = join(t.dir, 'buku.sqlite')
let host: BookHost
let bridge: HttpBridge
let session = ''
let lanPort = 0
const seen: string[] = []

type Body = { ok: boolean; result?: unknown; error?: { code: string; message: string; field?: string } }

async function open(): Promise<void> {
  const book = await openBook(file, { create: true })
  host = createExecutor(book)
  bridge = await startHttpBridge({ executor: host, staticDir: null, bookFile: file })
}

async function rpc(
  name: string,
  input: unknown,
  cookie = session ? `lumbung_session=${session}` : ''
): Promise<{ status: number; body: Body; setCookie: string[] }> {
  const res = await fetch(`${bridge.url}/rpc/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Lumbung-Token': bridge.token,
      ...(cookie ? { Cookie: cookie } : {})
    },
    body: JSON.stringify(input)
  })
  const text = await res.text()
  seen.push(text)
  return { status: res.status, body: JSON.parse(text) as Body, setCookie: res.headers.getSetCookie() }
}

/** The served certificate's SHA-256, computed here from its DER bytes. */
const servedFingerprint = async (port: number) => (await served(LAN, port)).sha256

/** An HTTPS request whose connection is used only if the server's certificate has the pinned fingerprint. */
function pinned(
  fingerprint: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string }
): Promise<{ status: number; text: string; setCookie: string[] }> {
  return new Promise((ok, err) => {
    const socket: TLSSocket = connect({ host: LAN, port: lanPort, rejectUnauthorized: false })
    socket.once('error', err)
    socket.once('secureConnect', () => {
      const got = sha256Colons(socket.getPeerCertificate().raw)
      if (got !== fingerprint) {
        socket.destroy()
        return err(new Error(`sidik jari tidak cocok: ${got}`))
      }
      const req = httpsRequest(
        {
          host: LAN,
          port: lanPort,
          path,
          method: opts.method ?? 'POST',
          headers: opts.headers ?? {},
          createConnection: () => socket
        },
        (res) => {
          let text = ''
          res.on('data', (c: Buffer) => (text += c.toString('utf8')))
          res.on('end', () => {
            seen.push(text)
            ok({
              status: res.statusCode ?? 0,
              text,
              setCookie: ([] as string[]).concat(res.headers['set-cookie'] ?? [])
            })
          })
        }
      )
      req.on('error', err)
      req.end(opts.body ?? '')
    })
  })
}

const lanOrigin = () => `https://${LAN}:${lanPort}`
const lanHeaders = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-Lumbung-Token': 'jaringan-kantor',
  Origin: lanOrigin(),
  ...extra
})
const entry = {
  date: '2026-01-05',
  description: 'Simpanan pokok',
  lines: [
    { account: '1-1101', debit: 50000 },
    { account: '3-2101', credit: 50000 }
  ]
}

function auditRows(command: string): { actor: string; after: Record<string, unknown> }[] {
  const db = new Database(file, { readonly: true })
  try {
    return (
      db.prepare('SELECT actor, after FROM audit_log WHERE command = ? ORDER BY id').all(command) as {
        actor: string
        after: string
      }[]
    ).map((r) => ({ actor: r.actor, after: JSON.parse(r.after) as Record<string, unknown> }))
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  await open()
  expect(
    (await rpc('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' }))
      .body.ok
  ).toBe(true)
  lanPort = await freePort(LAN)
}, 60_000)
afterAll(async () => {
  await bridge.close()
  await host.close()
  t.cleanup()
})

let fingerprint = ''

describe('office network mode (HTTPS on 127.0.0.2)', () => {
  it('is refused while logins are off, and tells the treasurer to create users first', async () => {
    const r = await rpc('network.start', { address: LAN, port: lanPort })
    expect(r.body.ok).toBe(false)
    expect(r.body.error!.message).toMatch(/login pengguna/)
    expect(r.body.error!.message).toMatch(/Buat pengguna/)
    expect(bridge.lan()).toBeNull()
    expect(existsSync(`${file}-jaringan.key`)).toBe(false)
    expect(auditRows('network.start')).toHaveLength(0)
  })

  it('switches on for a logged-in bendahara, audited with who, which address and the fingerprint', async () => {
    expect(
      (
        await rpc('users.create', {
          username: 'bendahara1',
          fullName: 'Siti Bendahara',
          role: 'bendahara',
          password: 'rahasia-sekali'
        })
      ).body.ok
    ).toBe(true)
    expect(
      (
        await rpc('users.create', {
          username: 'pengawas1',
          fullName: 'Budi Pengawas',
          role: 'pengawas',
          password: 'rahasia-pengawas'
        })
      ).body.ok
    ).toBe(true)
    expect((await rpc('auth.setEnabled', { enabled: true })).body.ok).toBe(true)
    const login = await rpc('auth.login', { username: 'bendahara1', password: 'rahasia-sekali' })
    session = /lumbung_session=([^;]+)/.exec(login.setCookie.join('\n'))![1]!
    // An address this computer does not have is refused before anything is written.
    expect((await rpc('network.start', { address: '10.254.254.254', port: lanPort })).body.error).toMatchObject({
      field: 'address'
    })
    const r = await rpc('network.start', { address: LAN, port: lanPort })
    expect(r.body.ok).toBe(true)
    const state = r.body.result as {
      url: string
      fingerprint: string
      pairingCode: string
      interfaceName: string
      startedBy: string
    }
    fingerprint = await servedFingerprint(lanPort)
    expect(state.fingerprint).toBe(fingerprint)
    expect(state.url).toBe(`https://${LAN}:${lanPort}/`)
    expect(state.interfaceName).toBe('lo')
    // Pairing code: the first 40 bits of the fingerprint in Crockford base32, computed here.
    expect(state.pairingCode).toBe(expectedPairingCode(fingerprint))
    const audit = auditRows('network.start')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: 'bendahara1', after: { address: LAN, port: lanPort, fingerprint } })
    // The key file is private to this user.
    expect(statSync(`${file}-jaringan.key`).mode & 0o077).toBe(0)
  })

  it('a read-only role cannot switch it, and logins cannot be switched off while it is on', async () => {
    const p = await rpc('auth.login', { username: 'pengawas1', password: 'rahasia-pengawas' }, '')
    const pSession = /lumbung_session=([^;]+)/.exec(p.setCookie.join('\n'))![1]!
    expect((await rpc('network.stop', {}, `lumbung_session=${pSession}`)).body.error!.code).toBe('UNAUTHORIZED')
    const off = await rpc('auth.setEnabled', { enabled: false })
    expect(off.body.error).toMatchObject({ code: 'CONFLICT' })
    expect((await rpc('auth.status', {})).body.result).toMatchObject({ enabled: true })
  })

  it('a device logs in over HTTPS with the fingerprint pinned and runs a command; a wrong fingerprint never connects', async () => {
    await expect(
      pinned(fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00'), '/rpc/auth.status', {
        headers: lanHeaders(),
        body: '{}'
      })
    ).rejects.toThrow(/sidik jari/)
    // Before login: public commands only; the session cookie of the loopback door means nothing here.
    const anon = await pinned(fingerprint, '/rpc/journal.list', {
      headers: lanHeaders({ Cookie: `lumbung_session=${session}` }),
      body: '{}'
    })
    expect(JSON.parse(anon.text)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    // A stranger at the login page does not learn where the book lives.
    const anonInfo = await pinned(fingerprint, '/rpc/system.info', { headers: lanHeaders(), body: '{}' })
    expect(JSON.parse(anonInfo.text)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(anonInfo.text).not.toContain(t.dir)
    expect(anonInfo.text).not.toContain('buku.sqlite')
    const login = await pinned(fingerprint, '/rpc/auth.login', {
      headers: lanHeaders(),
      body: JSON.stringify({ username: 'bendahara1', password: 'rahasia-sekali' })
    })
    expect(JSON.parse(login.text)).toMatchObject({ ok: true, result: { user: { username: 'bendahara1' } } })
    expect(login.text).not.toContain('sessionToken')
    const cookie = login.setCookie.find((c) => c.startsWith('__Host-lumbung_lan='))!
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    const admission = cookie.split(';')[0]!
    const post = await pinned(fingerprint, '/rpc/journal.post', {
      headers: lanHeaders({ Cookie: admission }),
      body: JSON.stringify(entry)
    })
    expect(JSON.parse(post.text)).toMatchObject({ ok: true, result: { total: 50000 } })
    const info = await pinned(fingerprint, '/rpc/system.info', {
      headers: lanHeaders({ Cookie: admission }),
      body: '{}'
    })
    expect(JSON.parse(info.text)).toMatchObject({ ok: true, result: { file } })
    const db = new Database(file, { readonly: true })
    expect(
      (
        db.prepare("SELECT count(*) AS n FROM journal_entries WHERE description = 'Simpanan pokok'").get() as {
          n: number
        }
      ).n
    ).toBe(1)
    db.close()
    // The per-start token of the loopback door does not open the LAN door.
    expect(
      (
        await pinned(fingerprint, '/rpc/journal.list', {
          headers: lanHeaders({ Cookie: admission, 'X-Lumbung-Token': bridge.token }),
          body: '{}'
        })
      ).status
    ).toBe(401)
  })

  it('refuses another Host or Origin, and a write without Origin', async () => {
    const login = await pinned(fingerprint, '/rpc/auth.login', {
      headers: lanHeaders(),
      body: JSON.stringify({ username: 'bendahara1', password: 'rahasia-sekali' })
    })
    const admission = login.setCookie.find((c) => c.startsWith('__Host-lumbung_lan='))!.split(';')[0]!
    const loopbackPort = new URL(bridge.url).port
    for (const h of [`rebind.example:${lanPort}`, `127.0.0.1:${loopbackPort}`, `localhost:${lanPort}`]) {
      expect(
        (
          await pinned(fingerprint, '/rpc/journal.list', {
            headers: lanHeaders({ Cookie: admission, Host: h }),
            body: '{}'
          })
        ).status
      ).toBe(403)
    }
    expect(
      (
        await pinned(fingerprint, '/rpc/journal.list', {
          headers: lanHeaders({ Cookie: admission, Origin: 'https://evil.example' }),
          body: '{}'
        })
      ).status
    ).toBe(403)
    expect(
      (
        await pinned(fingerprint, '/rpc/journal.list', {
          headers: lanHeaders({ Cookie: admission, Origin: `http://${LAN}:${lanPort}` }),
          body: '{}'
        })
      ).status
    ).toBe(403)
    const { Origin: _o, ...noOrigin } = lanHeaders({ Cookie: admission })
    expect((await pinned(fingerprint, '/rpc/journal.list', { headers: noOrigin, body: '{}' })).status).toBe(403)
    // The loopback door still answers only to loopback names.
    const r = await fetch(`${bridge.url}/rpc/auth.status`, {
      method: 'POST',
      headers: { 'X-Lumbung-Token': bridge.token, Origin: lanOrigin() },
      body: '{}'
    })
    expect(r.status).toBe(403)
  })

  it('switches off (audited), and the certificate is the same after a restart of the same book', async () => {
    const r = await rpc('network.stop', {})
    expect(r.body).toMatchObject({ ok: true, result: { stopped: true } })
    await new Promise((ok) => setTimeout(ok, 100))
    expect(bridge.lan()).toBeNull()
    await expect(servedFingerprint(lanPort)).rejects.toThrow()
    expect(auditRows('network.stop')).toMatchObject([
      { actor: 'bendahara1', after: { address: LAN, port: lanPort, fingerprint } }
    ])
    await bridge.close()
    await host.close()
    await open()
    session = ''
    const login = await rpc('auth.login', { username: 'bendahara1', password: 'rahasia-sekali' })
    session = /lumbung_session=([^;]+)/.exec(login.setCookie.join('\n'))![1]!
    expect((await rpc('network.start', { address: LAN, port: lanPort })).body).toMatchObject({
      ok: true,
      result: { fingerprint }
    })
    expect(await servedFingerprint(lanPort)).toBe(fingerprint)
    // Closing the program with the mode on records the stop.
    await bridge.close()
    await host.close()
    expect(auditRows('network.stop').at(-1)).toMatchObject({ actor: 'sistem', after: { address: LAN, port: lanPort } })
    await open()
    session = ''
  })

  it('the key never appears in a response, a backup or an export, and no export may be written over it', async () => {
    const login = await rpc('auth.login', { username: 'bendahara1', password: 'rahasia-sekali' })
    session = /lumbung_session=([^;]+)/.exec(login.setCookie.join('\n'))![1]!
    const keyPem = readFileSync(`${file}-jaringan.key`, 'utf8')
    const keyBody = keyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
    const keyDer = Buffer.from(keyBody, 'base64')
    expect(keyBody.length).toBeGreaterThan(100)
    const exp = await rpc('book.export', {})
    const id = (exp.body.result as { downloadId: string }).downloadId
    const dl = await fetch(`${bridge.url}/download/${id}`, {
      headers: { 'X-Lumbung-Token': bridge.token, Cookie: `lumbung_session=${session}` }
    })
    const bytes = Buffer.from(await dl.arrayBuffer())
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(bytes.includes(keyDer)).toBe(false)
    expect(bytes.includes(Buffer.from(keyBody.slice(0, 40)))).toBe(false)
    expect((await rpc('backup.create', {})).body.ok).toBe(true)
    const backups = readdirSync(join(t.dir, 'backups')).map((n) => join(t.dir, 'backups', n))
    expect(backups.length).toBeGreaterThan(0)
    for (const b of backups) expect(readFileSync(b).includes(keyDer)).toBe(false)
    for (const text of seen) {
      expect(text).not.toContain(keyBody.slice(0, 40))
      expect(text).not.toContain('PRIVATE KEY')
    }
    const overKey = await host.execute(
      'book.export',
      { file: `${file}-jaringan.key`, overwrite: true },
      { sessionToken: session }
    )
    expect(overKey).toMatchObject({ ok: false, error: { field: 'file' } })
    expect(readFileSync(`${file}-jaringan.key`, 'utf8')).toBe(keyPem)
    // The audited starts and stops leave the book's own check whole.
    expect((await rpc('system.check', {})).body.result).toMatchObject({ ok: true })
  })
})
