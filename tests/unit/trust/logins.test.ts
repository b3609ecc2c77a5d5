import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { runCli } from '../../../main/cli/cli'
import { waitAfter } from '../../../main/auth/throttle'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { fails, ok } from '../../helpers/host'

const t = tempDir('lumbung-masuk-')
const file = join(t.dir, 'buku.sqlite')
let host: BookHost
let clock = Date.parse('2026-05-01T01:00:00Z')

beforeAll(async () => {
  host = createExecutor(await openBook(file, { create: true }), {
    now: () => new Date(clock),
    scratchDir: join(t.dir, 's')
  })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  for (const u of ['siti', 'ani', 'budi'])
    await ok(host.execute('users.create', { username: u, fullName: u, role: 'bendahara', password: `${u}-sandi-123` }))
  await ok(host.execute('auth.setEnabled', { enabled: true }))
}, 60_000)
afterAll(async () => {
  await host.close()
  t.cleanup()
})

const login = (username: string, password: string, source: string) =>
  host.execute('auth.login', { username, password }, { door: 'http', source })

describe('failed logins', () => {
  it('are audited with the name tried, the time, the door and the source — never the password', async () => {
    const e = await fails(login('tidak.ada', 'rahasia-dicoba', '127.0.0.9'))
    expect(e).toEqual({ code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah', field: 'password' })
    const siti = await ok(host.execute('auth.login', { username: 'siti', password: 'siti-sandi-123' }))
    const audit = await ok<{
      items: { at: string; actor: string; input: Record<string, unknown>; after: Record<string, unknown> }[]
    }>(host.execute('audit.list', { command: 'auth.loginFailed' }, { user: siti.user }))
    expect(audit.items[0]).toMatchObject({
      at: new Date(clock).toISOString(),
      actor: '(tidak dikenal)',
      input: { username: 'tidak.ada', door: 'http', source: '127.0.0.9' },
      after: { failures: 1, waitSeconds: 0 }
    })
    expect(JSON.stringify(audit.items)).not.toContain('rahasia-dicoba')
  })

  it('back off per user: after 5 failures 30 s, doubling, capped at 15 minutes, with a message that says how long', async () => {
    expect([5, 6, 7, 8, 9, 10, 11, 20].map(waitAfter)).toEqual([30, 60, 120, 240, 480, 900, 900, 900])
    for (let i = 1; i <= 4; i++)
      expect((await fails(login('ani', 'salah', `10.0.0.${i}`))).message).toBe('Nama pengguna atau kata sandi salah')
    expect((await fails(login('ani', 'salah', '10.0.0.5'))).message).toBe(
      'Nama pengguna atau kata sandi salah. Terlalu banyak percobaan masuk yang gagal. Tunggu 30 detik lalu coba lagi.'
    )
    // Even the right password waits now, from any source.
    expect((await fails(login('ani', 'ani-sandi-123', '10.0.0.6'))).message).toBe(
      'Terlalu banyak percobaan masuk yang gagal. Tunggu 30 detik lalu coba lagi.'
    )
    clock += 29_000
    expect((await fails(login('ani', 'ani-sandi-123', '10.0.0.6'))).message).toContain('Tunggu 1 detik')
    clock += 2_000
    expect((await fails(login('ani', 'salah', '10.0.0.7'))).message).toContain('Tunggu 60 detik')
    clock += 61_000
    expect((await fails(login('ani', 'salah', '10.0.0.8'))).message).toContain('Tunggu 2 menit')
    clock += 121_000
    const r = await ok<{ user: { username: string } }>(login('ani', 'ani-sandi-123', '10.0.0.9'))
    expect(r.user.username).toBe('ani')
    // A success clears the count.
    expect((await fails(login('ani', 'salah', '10.0.0.9'))).message).toBe('Nama pengguna atau kata sandi salah')
  })

  it('back off per source too: one address guessing many names is held up', async () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']
    const messages: string[] = []
    for (const n of names) messages.push((await fails(login(n, 'x', '192.168.9.9'))).message)
    expect(messages.slice(0, 4).every((m) => m === 'Nama pengguna atau kata sandi salah')).toBe(true)
    expect(messages[4]).toContain('Tunggu 30 detik')
    expect(messages[5]).toBe('Terlalu banyak percobaan masuk yang gagal. Tunggu 30 detik lalu coba lagi.')
    // Another address is not held up by it.
    expect(
      (await ok<{ user: { username: string } }>(login('budi', 'budi-sandi-123', '192.168.9.10'))).user.username
    ).toBe('budi')
    clock += 31_000
  })

  it('a burst of simultaneous wrong passwords meets the back-off too (attempts take turns per user)', async () => {
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => login('siti', `salah-${i}`, `172.16.0.${i}`)))
    const waits = replies.filter((r) => !r.ok && /Tunggu/.test(r.error.message)).length
    expect(waits).toBeGreaterThanOrEqual(4)
    clock += 16 * 60_000
  })

  it('an unknown user is checked as slowly as a wrong password (same answer, same work)', async () => {
    const time = async (username: string) => {
      const s = performance.now()
      await fails(login(username, 'bukan-sandinya', `203.0.113.${Math.floor(Math.random() * 200)}`))
      clock += 1000
      return performance.now() - s
    }
    const wrong: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i++) {
      wrong.push(await time('budi'))
      unknown.push(await time(`orang-asing-${i}`))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!
    // Without the dummy check an unknown user answers in well under a millisecond; scrypt takes tens.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4)
    clock += 16 * 60_000
  })

  it('password checks run off the main thread: other commands answer while a storm of logins is checked', async () => {
    const storm = Array.from({ length: 12 }, (_, i) =>
      login(`badai-${i}`, 'x', `198.51.100.${i}`).then(() => performance.now())
    )
    const answered = await host.execute('setup.status', {}).then(() => performance.now())
    const done = await Promise.all(storm)
    expect(answered).toBeLessThan(Math.max(...done))
  })

  it('the CLI shares the back-off (kept in the book) and says how long to wait', async () => {
    await host.close()
    const out: string[] = []
    const io = { out: (s: string) => out.push(s), err: () => {} }
    process.env.LUMBUNG_PASSWORD = 'salah-terus'
    try {
      for (let i = 0; i < 5; i++) expect(await runCli(['--db', file, '--user', 'budi', 'journal.list'], io)).toBe(1)
      expect(JSON.parse(out.at(-1)!).error.message).toContain('Tunggu 30 detik')
      process.env.LUMBUNG_PASSWORD = 'budi-sandi-123'
      expect(await runCli(['--db', file, '--user', 'budi', 'journal.list'], io)).toBe(1)
      expect(JSON.parse(out.at(-1)!).error.message).toMatch(
        /Terlalu banyak percobaan masuk yang gagal\. Tunggu \d+ detik/
      )
    } finally {
      delete process.env.LUMBUNG_PASSWORD
    }
    host = createExecutor(await openBook(file), { now: () => new Date(clock) })
  })
})
