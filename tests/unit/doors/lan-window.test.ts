import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { listenAfterStart } from '../../../main/network/door'
import type { LanState } from '../../../shared/commands/network'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { freePort, servedFingerprint } from '../../helpers/lan'

// The desktop window's way in (main/electron/main.ts): commands over IPC (door 'local'), and an HTTPS door for
// the other desks started only when network.start succeeds. Loopback only: 127.0.0.2 plays the LAN.
const LAN = '127.0.0.2'
const t = tempDir('lumbung-lan-window-')
const file = join(t.dir, 'buku.sqlite')
let host: BookHost
let door: HttpBridge | null = null
let opts: { sessionToken: string; door: 'local'; source: string; lanDoor: true }

async function run(
  name: string,
  input: unknown
): Promise<{ ok: boolean; result?: unknown; error?: { message: string } }> {
  return (await host.execute(name, input, opts)) as { ok: boolean; result?: unknown; error?: { message: string } }
}

function audit(command: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true })
  try {
    return (
      db.prepare('SELECT after FROM audit_log WHERE command = ? ORDER BY id').all(command) as { after: string }[]
    ).map((r) => JSON.parse(r.after) as Record<string, unknown>)
  } finally {
    db.close()
  }
}

const portInUse = (port: number) =>
  new Promise<boolean>((ok) => {
    const s = createServer()
    s.once('error', () => ok(true))
    s.listen(port, LAN, () => s.close(() => ok(false)))
  })

beforeAll(async () => {
  host = createExecutor(await openBook(file, { create: true }))
  const local = { door: 'local' as const, source: 'aplikasi:1', lanDoor: true as const }
  expect(
    (
      await host.execute(
        'setup.initialize',
        { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' },
        local
      )
    ).ok
  ).toBe(true)
  expect(
    (
      await host.execute(
        'users.create',
        { username: 'siti', fullName: 'Siti', role: 'bendahara', password: 'rahasia-sekali' },
        local
      )
    ).ok
  ).toBe(true)
  expect((await host.execute('auth.setEnabled', { enabled: true }, local)).ok).toBe(true)
  const login = await host.execute('auth.login', { username: 'siti', password: 'rahasia-sekali' }, local)
  opts = { ...local, sessionToken: (login as { result: { sessionToken: string } }).result.sessionToken }
}, 60_000)
afterAll(async () => {
  await door?.close()
  await host.close()
  t.cleanup()
})

describe('office network mode from the desktop window', () => {
  it('is available to the window; a port already taken is refused before anything is written', async () => {
    const status = (await run('network.status', {})).result as { available: boolean }
    expect(status.available).toBe(true)
    const port = await freePort(LAN)
    const squatter: Server = createServer()
    await new Promise<void>((ok) => squatter.listen(port, LAN, () => ok()))
    try {
      const r = await run('network.start', { address: LAN, port })
      expect(r.ok).toBe(false)
      expect(r.error!.message).toMatch(/port/i)
      expect(((await run('network.status', {})).result as { running: unknown }).running).toBeNull()
    } finally {
      await new Promise<void>((ok) => squatter.close(() => ok()))
    }
  })

  it('a start the door cannot serve (a certificate that is not the one recorded) is undone and audited', async () => {
    const port = await freePort(LAN)
    const r = await run('network.start', { address: LAN, port })
    expect(r.ok).toBe(true)
    door ??= await startHttpBridge({ executor: host, staticDir: null, bookFile: file })
    const forged = { ...(r.result as LanState), fingerprint: '00:11:22' }
    const failure = await listenAfterStart(door, host, forged, opts)
    expect(failure).toMatch(/sertifikat/)
    expect(audit('network.stop').at(-1)).toMatchObject({ failure: expect.stringMatching(/sertifikat/) })
    expect(((await run('network.status', {})).result as { running: unknown }).running).toBeNull()
    expect(await portInUse(port)).toBe(false)
  })

  it('switches on: the other desks reach HTTPS on the chosen address with the recorded certificate; switching off closes it', async () => {
    const port = await freePort(LAN)
    const r = await run('network.start', { address: LAN, port })
    expect(r.ok).toBe(true)
    const state = r.result as LanState
    door ??= await startHttpBridge({ executor: host, staticDir: null, bookFile: file })
    expect(await listenAfterStart(door, host, state, opts)).toBeNull()
    expect((await servedFingerprint(LAN, port)).sha256).toBe(state.fingerprint)
    expect(audit('network.start').at(-1)).toMatchObject({ address: LAN, port, fingerprint: state.fingerprint })
    expect((await run('network.stop', {})).ok).toBe(true)
    await door.stopLan()
    expect(await portInUse(port)).toBe(false)
  })
})
