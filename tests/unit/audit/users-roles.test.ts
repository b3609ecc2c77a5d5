import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCommand } from '../../../main/commands/dispatch'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, type TestBook } from '../../helpers/book'
import { hashPasswordAsync, verifyPasswordAsync } from '../../../main/auth/passwords'

let tb: TestBook
let host: BookHost
beforeEach(async () => {
  tb = await createTestBook()
  host = createExecutor(tb.book)
})
afterEach(() => tb.close())

const entry = {
  date: '2026-01-05',
  description: 'Wajib',
  lines: [
    { account: '1-1101', debit: 1000 },
    { account: '3-3101', credit: 1000 }
  ]
}

function as(token: string | null, name: string, input: unknown) {
  return host.execute(name, input, { sessionToken: token })
}

async function loginAs(username: string, password: string): Promise<string> {
  const r = await host.execute('auth.login', { username, password })
  if (!r.ok) throw new Error(r.error.message)
  return (r.result as { sessionToken: string }).sessionToken
}

async function createUser(u: { username: string; fullName: string; role: string; password: string }) {
  const r = await host.execute('users.create', u)
  if (!r.ok) throw new Error(r.error.message)
  return r.result
}

describe('passwords', () => {
  it('are salted slow hashes', async () => {
    const a = await hashPasswordAsync('rahasia-bendahara')
    const b = await hashPasswordAsync('rahasia-bendahara')
    expect(a).not.toBe(b)
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(await verifyPasswordAsync('rahasia-bendahara', a)).toBe(true)
    expect(await verifyPasswordAsync('rahasia-bendaharA', a)).toBe(false)
  })
})

describe('users and roles', () => {
  it('login is off by default: everything is allowed without a session', async () => {
    expect(tb.run('auth.status', {})).toMatchObject({ enabled: false, user: null, hasUsers: false })
    expect((await as(null, 'journal.post', entry)).ok).toBe(true)
  })

  it('cannot be switched on without an active bendahara', () => {
    expect(tb.fail('auth.setEnabled', { enabled: true }).code).toBe('CONFLICT')
  })

  it('with login on, every command checks the role in the core', async () => {
    await createUser({ username: 'siti', fullName: 'Siti Bendahara', role: 'bendahara', password: 'bendahara-123' })
    await createUser({ username: 'pak.ketua', fullName: 'Ketua', role: 'ketua', password: 'ketua-12345' })
    await createUser({ username: 'bu.pengawas', fullName: 'Pengawas', role: 'pengawas', password: 'pengawas-123' })
    await createUser({ username: 'kasir1', fullName: 'Kasir', role: 'kasir', password: 'kasir-12345' })
    expect(
      await as(null, 'users.create', { username: 'SITI', fullName: 'x', role: 'viewer', password: 'abcdefgh' })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(
      await as(null, 'users.create', { username: 'x', fullName: 'x', role: 'raja', password: 'abc' })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    tb.run('auth.setEnabled', { enabled: true })

    // No session: only public commands.
    expect(await as(null, 'journal.post', entry)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' }
    })
    expect(await as(null, 'journal.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect((await as(null, 'setup.status', {})).ok).toBe(true)
    expect(await as(null, 'auth.login', { username: 'siti', password: 'salah-sandi' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah' }
    })

    const bendahara = await loginAs('siti', 'bendahara-123')
    const ketua = await loginAs('PAK.KETUA', 'ketua-12345')
    const pengawas = await loginAs('bu.pengawas', 'pengawas-123')
    const kasir = await loginAs('kasir1', 'kasir-12345')

    expect((await as(bendahara, 'journal.post', entry)).ok).toBe(true)
    expect(await as(bendahara, 'auth.status', {})).toMatchObject({
      ok: true,
      result: { enabled: true, user: { username: 'siti', role: 'bendahara' } }
    })
    // ketua: reads and closes periods, does not post
    expect(await as(ketua, 'journal.post', entry)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect((await as(ketua, 'periods.lock', { month: '2026-01' })).ok).toBe(true)
    expect((await as(ketua, 'reports.trialBalance', { asOf: '2026-01-31' })).ok).toBe(true)
    // pengawas: read-only, sees the audit trail
    expect((await as(pengawas, 'audit.list', {})).ok).toBe(true)
    expect(await as(pengawas, 'periods.unlock', { month: '2026-01', reason: 'coba-coba buka kunci' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' }
    })
    expect((await as(pengawas, 'accounts.update', { code: '1-1102', name: 'x' })).ok).toBe(false)
    // kasir: sales only
    expect((await as(kasir, 'journal.list', {})).ok).toBe(false)
    expect((await as(kasir, 'users.list', {})).ok).toBe(false)

    // the audit trail names the logged-in user
    const auditOf = async (command: string) => {
      const r = await as(bendahara, 'audit.list', { command })
      if (!r.ok) throw new Error(r.error.message)
      return (r.result as { items: { actor: string }[] }).items
    }
    expect((await auditOf('periods.lock'))[0]!.actor).toBe('pak.ketua')
    const logins = await auditOf('auth.login')
    expect(logins).toHaveLength(4)
    expect(JSON.stringify(logins)).not.toMatch(/ketua-12345|sessionToken":"[A-Za-z0-9_-]{20}/)

    // logout ends the session; deactivating a user ends theirs
    expect((await as(ketua, 'auth.logout', {})).ok).toBe(true)
    expect((await as(ketua, 'journal.list', {})).ok).toBe(false)
    expect((await as(bendahara, 'users.update', { username: 'bu.pengawas', active: false })).ok).toBe(true)
    expect((await as(pengawas, 'journal.list', {})).ok).toBe(false)
    expect((await as(null, 'auth.login', { username: 'bu.pengawas', password: 'pengawas-123' })).ok).toBe(false)
    // the last bendahara cannot be demoted while login is on
    expect(await as(bendahara, 'users.update', { username: 'siti', role: 'viewer' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    // change own password
    expect(
      (await as(bendahara, 'auth.changePassword', { currentPassword: 'salah', newPassword: 'sandi-baru-99' })).ok
    ).toBe(false)
    expect(
      (await as(bendahara, 'auth.changePassword', { currentPassword: 'bendahara-123', newPassword: 'sandi-baru-99' }))
        .ok
    ).toBe(true)
    expect(await loginAs('siti', 'sandi-baru-99')).toMatch(/.{20,}/)
  })

  it('sessions expire', async () => {
    await createUser({ username: 'siti', fullName: 'Siti', role: 'bendahara', password: 'bendahara-123' })
    tb.run('auth.setEnabled', { enabled: true })
    const token = await loginAs('siti', 'bendahara-123')
    const later = { ...tb.ctx, sessionToken: token, now: () => new Date(Date.now() + 13 * 3600_000) }
    expect(runCommand(later, 'journal.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
  })
})
