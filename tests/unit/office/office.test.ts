import { request } from 'node:http'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { RemoteExecutor } from '../../../main/host/remote'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'

/**
 * Office network mode through the real HTTP server on 127.0.0.1 and the book in its own thread:
 * idempotency keys, devices, and the `changed` event.
 */
const t = tempDir('lumbung-office-')
const file = join(t.dir, 'buku.sqlite')
let executor: RemoteExecutor
let bridge: HttpBridge

const USERS = ['siti', 'ani', 'dodi'].map((u) => ({
  username: u,
  fullName: `${u} bendahara`,
  role: 'bendahara',
  password: `${u}-kantor-2026`
}))

/** A browser: its own cookie jar (bridge, device and session cookies) and User-Agent. */
class Desk {
  cookies = new Map<string, string>()
  /** The browser tab's id, sent with each request and on its event stream. */
  client: string | null = null
  constructor(readonly userAgent: string) {}
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair!.indexOf('=')
      const v = pair!.slice(i + 1)
      if (v === '') this.cookies.delete(pair!.slice(0, i))
      else this.cookies.set(pair!.slice(0, i), v)
    }
  }
  async rpc(name: string, input: unknown, key?: string) {
    const res = await fetch(`${bridge.url}/rpc/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Lumbung-Token': bridge.token,
        'User-Agent': this.userAgent,
        Cookie: this.header(),
        ...(key ? { 'Idempotency-Key': key } : {}),
        ...(this.client ? { 'X-Lumbung-Client': this.client } : {})
      },
      body: JSON.stringify(input)
    })
    this.take(res)
    return {
      status: res.status,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      body: (await res.json()) as {
        ok: boolean
        result?: any
        error?: { code: string; message: string; field?: string }
      }
    }
  }
}

const CHROME_WIN =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'

function entriesWith(description: string): number {
  const db = new Database(file, { readonly: true })
  try {
    return (
      db.prepare('SELECT count(*) AS n FROM journal_entries WHERE description = ?').get(description) as { n: number }
    ).n
  } finally {
    db.close()
  }
}

const posting = (description: string, amount = 10_000) => ({
  date: '2026-02-02',
  description,
  lines: [
    { account: '1-1101', debit: amount },
    { account: '3-2101', credit: amount }
  ]
})

async function checkClean() {
  const admin = await loggedIn(USERS[0]!)
  const r = (await admin.rpc('system.check', {})).body
  expect(r.ok && (r.result as { ok: boolean }).ok, JSON.stringify(r)).toBe(true)
}

beforeAll(async () => {
  executor = await RemoteExecutor.start({ bookFile: file, create: true, program: 'uji kantor' })
  const run = async (name: string, input: unknown) => {
    const r = await executor.execute(name, input)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  }
  await run('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
  for (const u of USERS) await run('users.create', u)
  await run('auth.setEnabled', { enabled: true })
  bridge = await startHttpBridge({ executor, staticDir: null })
}, 60_000)
afterAll(async () => {
  await bridge.close()
  await executor.close()
  t.cleanup()
})

async function loggedIn(user: (typeof USERS)[number], ua = CHROME_WIN): Promise<Desk> {
  const d = new Desk(ua)
  const r = await d.rpc('auth.login', { username: user.username, password: user.password })
  expect(r.body.ok, JSON.stringify(r.body)).toBe(true)
  expect(d.cookies.has('lumbung_session')).toBe(true)
  expect(d.cookies.has('lumbung_device')).toBe(true)
  return d
}

describe('idempotency keys over HTTP', () => {
  it('a retried write with the same key posts once and gets the same answer', async () => {
    const d = await loggedIn(USERS[0]!)
    const first = await d.rpc('journal.post', posting('Ulang kunci sama'), 'kunci-uji-0001')
    const again = await d.rpc('journal.post', posting('Ulang kunci sama'), 'kunci-uji-0001')
    expect(first.body.ok).toBe(true)
    expect(first.replayed).toBe(false)
    expect(again.replayed).toBe(true)
    expect(again.body).toEqual(first.body)
    expect(entriesWith('Ulang kunci sama')).toBe(1)
    // without a key (or with a fresh one) the same input is a new action
    await d.rpc('journal.post', posting('Ulang kunci sama'), 'kunci-uji-0002')
    expect(entriesWith('Ulang kunci sama')).toBe(2)
  })

  it('posts once when the answer is lost (the client hangs up after sending) and the client retries', async () => {
    const d = await loggedIn(USERS[0]!)
    const body = JSON.stringify(posting('Jawaban hilang'))
    const port = Number(new URL(bridge.url).port)
    await new Promise<void>((ok) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/rpc/journal.post',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Lumbung-Token': bridge.token,
          Cookie: d.header(),
          'Idempotency-Key': 'kunci-hilang-0001'
        }
      })
      req.on('error', () => ok())
      req.on('response', (res) => {
        res.destroy()
        ok()
      })
      req.end(body, () =>
        setTimeout(() => {
          req.destroy()
          ok()
        }, 1)
      )
    })
    const retry = await d.rpc('journal.post', posting('Jawaban hilang'), 'kunci-hilang-0001')
    expect(retry.body.ok, JSON.stringify(retry.body)).toBe(true)
    expect(retry.body.result).toMatchObject({ total: 10_000 })
    const again = await d.rpc('journal.post', posting('Jawaban hilang'), 'kunci-hilang-0001')
    expect(again.replayed).toBe(true)
    expect(again.body.result.number).toBe(retry.body.result.number)
    expect(entriesWith('Jawaban hilang')).toBe(1)
  })

  it('refuses the same key with another input or command, in Indonesian, and posts nothing', async () => {
    const d = await loggedIn(USERS[1]!)
    expect((await d.rpc('journal.post', posting('Kunci dipakai ulang', 10_000), 'kunci-beda-0001')).body.ok).toBe(true)
    const other = await d.rpc('journal.post', posting('Kunci dipakai ulang', 20_000), 'kunci-beda-0001')
    expect(other.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'Idempotency-Key' } })
    expect(other.body.error!.message).toMatch(
      /^Kunci idempotensi ini sudah dipakai untuk perintah lain \(journal\.post\) atau dengan isi yang berbeda/
    )
    const otherCommand = await d.rpc(
      'members.create',
      { name: 'Rudi', gender: 'L', joinedAt: '2026-02-02' },
      'kunci-beda-0001'
    )
    expect(otherCommand.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(entriesWith('Kunci dipakai ulang')).toBe(1)
    // a key of another user is not theirs to replay
    const e = await loggedIn(USERS[2]!)
    expect((await e.rpc('journal.post', posting('Kunci dipakai ulang', 10_000), 'kunci-beda-0001')).body).toMatchObject(
      { ok: false, error: { code: 'CONFLICT' } }
    )
    expect(entriesWith('Kunci dipakai ulang')).toBe(1)
    // a host write (backup) keeps its answer too
    const b1 = await d.rpc('backup.create', {}, 'kunci-cadang-0001')
    const b2 = await d.rpc('backup.create', {}, 'kunci-cadang-0001')
    expect(b1.body.ok).toBe(true)
    expect(b2.replayed).toBe(true)
    expect(b2.body).toEqual(b1.body)
    await checkClean()
  })

  it('3 desks × 50 postings at once: none refused, every one posted once, each retry replays; system.check clean', async () => {
    const desks = await Promise.all(USERS.map((u) => loggedIn(u)))
    const jobs = desks.flatMap((d, i) =>
      Array.from({ length: 50 }, (_, n) => ({ d, description: `Serentak ${i}-${n}`, key: `serentak-${i}-${n}-kunci` }))
    )
    const answers = await Promise.all(
      jobs.map((j) => j.d.rpc('journal.post', posting(j.description, 1_000 + jobs.indexOf(j)), j.key))
    )
    expect(answers.filter((a) => !a.body.ok).map((a) => a.body.error)).toEqual([])
    expect(new Set(answers.map((a) => a.body.result.number)).size).toBe(150)
    // every one retried at once: stored answers, nothing new
    const retries = await Promise.all(
      jobs.map((j) => j.d.rpc('journal.post', posting(j.description, 1_000 + jobs.indexOf(j)), j.key))
    )
    expect(retries.every((r) => r.replayed && r.body.ok)).toBe(true)
    expect(retries.map((r) => r.body.result.number)).toEqual(answers.map((a) => a.body.result.number))
    for (const j of jobs) expect(entriesWith(j.description), j.description).toBe(1)
    await checkClean()
  }, 60_000)
})

/** Reads an event stream until `until` matches what came (or it ends). */
async function openStream(d: Desk, client: string) {
  const ctrl = new AbortController()
  const res = await fetch(`${bridge.url}/events?client=${client}`, {
    headers: { 'X-Lumbung-Token': bridge.token, Cookie: d.header(), 'User-Agent': d.userAgent },
    signal: ctrl.signal
  })
  const reader = res.body!.getReader()
  let text = ''
  let ended = false
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        text += Buffer.from(value).toString('utf8')
      }
    } catch (e) {
      // Only the test's own abort ends the stream with an error; the server ends it cleanly.
      expect(ctrl.signal.aborted, String(e)).toBe(true)
      expect((e as Error).name).toBe('AbortError')
    }
    ended = true
  })()
  return {
    status: res.status,
    text: () => text,
    ended: () => ended,
    async waitFor(pred: () => boolean, ms = 5000) {
      const start = Date.now()
      while (!pred() && Date.now() - start < ms) await new Promise((r) => setTimeout(r, 20))
      return pred()
    },
    close: () => {
      ctrl.abort()
      return pump
    }
  }
}

describe('devices and the changed event', () => {
  it('lists devices with label, address and stream; another desk hears a posting; disconnecting ends its sessions and stream', async () => {
    const office = await loggedIn(USERS[0]!, CHROME_WIN)
    const desk = await loggedIn(USERS[1]!, FIREFOX_LINUX)
    const officeStream = await openStream(office, 'tabkantor')
    desk.client = 'tabloket'
    const deskStream = await openStream(desk, 'tabloket')
    expect(officeStream.status).toBe(200)

    // a posting from the desk: the office's stream is told, the desk's own tab is not
    const p = await desk.rpc('journal.post', posting('Dari loket'), 'kunci-loket-0001')
    expect(p.body.ok).toBe(true)
    expect(await officeStream.waitFor(() => officeStream.text().includes('event: changed'))).toBe(true)
    const event = JSON.parse(/event: changed\ndata: (.*)\n/.exec(officeStream.text())![1]!) as {
      command: string
      areas: string[]
      deviceLabel: string
    }
    expect(event).toMatchObject({ command: 'journal.post', areas: ['journal'], deviceLabel: 'Firefox di Linux' })
    expect(deskStream.text()).not.toContain('event: changed')

    const list = await office.rpc('devices.list', {})
    expect(list.body.ok, JSON.stringify(list.body)).toBe(true)
    const rows = list.body.result as {
      deviceId: string
      label: string
      address: string
      username: string
      streamConnected: boolean
      loggedInAt: string
      lastSeenAt: string
    }[]
    const mine = rows.find((r) => r.username === 'ani' && r.label === 'Firefox di Linux' && r.streamConnected)
    expect(mine, JSON.stringify(rows)).toBeDefined()
    expect(mine!.address).toMatch(/127\.0\.0\.1/)
    expect(
      rows.find((r) => r.username === 'siti' && r.label === 'Chrome di Windows' && r.streamConnected)
    ).toBeDefined()

    const off = await office.rpc('devices.disconnect', { deviceId: mine!.deviceId }, 'kunci-putus-0001')
    expect(off.body, JSON.stringify(off.body)).toMatchObject({ ok: true, result: { users: ['ani'] } })
    expect(await deskStream.waitFor(() => deskStream.ended())).toBe(true)
    const after = await desk.rpc('journal.list', {})
    expect(after.body).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' }
    })
    const reopened = await fetch(`${bridge.url}/events`, {
      headers: { 'X-Lumbung-Token': bridge.token, Cookie: desk.header() }
    })
    expect(reopened.status).toBe(401)
    expect(
      ((await office.rpc('devices.list', {})).body.result as { deviceId: string }[]).some(
        (r) => r.deviceId === mine!.deviceId
      )
    ).toBe(false)

    // audit: writes over HTTP name user and device; the chain verifies; rederived sessions agree
    const db = new Database(file, { readonly: true })
    const rec = db
      .prepare(`SELECT actor, device FROM audit_log WHERE command = 'journal.post' ORDER BY id DESC LIMIT 1`)
      .get() as { actor: string; device: string }
    const disc = db
      .prepare(`SELECT actor, device, after FROM audit_log WHERE command = 'devices.disconnect'`)
      .get() as { actor: string; device: string; after: string }
    db.close()
    expect(rec.actor).toBe('ani')
    expect(JSON.parse(rec.device)).toMatchObject({ id: mine!.deviceId, label: 'Firefox di Linux' })
    expect(disc.actor).toBe('siti')
    expect(JSON.parse(disc.after)).toMatchObject({ deviceId: mine!.deviceId, users: ['ani'] })
    const v = (await office.rpc('audit.verify', {})).body
    expect(v.ok && (v.result as { ok: boolean }).ok, JSON.stringify(v)).toBe(true)
    await checkClean()
    await officeStream.close()
    await deskStream.close()
  }, 30_000)
})
