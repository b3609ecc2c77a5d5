import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type Executor } from '../../../main/commands/executor'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { WorkerPool } from '../../../main/worker/pool'
import { cli } from '../../helpers/cli'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'

const t = tempDir('lumbung-http-')
const file = join(t.dir, 'buku.sqlite')
let executor: Executor
let bridge: HttpBridge

beforeAll(async () => {
  const book = await openBook(file, { create: true })
  executor = createExecutor(book, { pool: new WorkerPool(file) })
  bridge = await startHttpBridge({ executor, staticDir: null })
})
afterAll(async () => {
  await bridge.close()
  await executor.close()
  t.cleanup()
})

async function rpc(
  name: string,
  input: unknown,
  headers: Record<string, string> = { 'X-Lumbung-Token': bridge.token }
) {
  const res = await fetch(`${bridge.url}/rpc/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input)
  })
  return {
    status: res.status,
    body: (await res.json()) as {
      ok: boolean
      result?: unknown
      error?: { code: string; message: string; field?: string }
    }
  }
}

const entry = {
  date: '2026-01-05',
  description: 'Simpanan pokok',
  lines: [
    { account: '1-1101', debit: 50000 },
    { account: '3-2101', credit: 50000 }
  ]
}

describe('HTTP door', () => {
  it('sets up the book and posts through POST /rpc/<command>', async () => {
    const s = await rpc('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
    expect(s.body.ok).toBe(true)
    const p = await rpc('journal.post', entry)
    expect(p.status).toBe(200)
    expect(p.body.result).toMatchObject({ number: 'JU-2026-000001', total: 50000 })
  })

  it('refuses requests without the token, with a wrong token, from another origin or host', async () => {
    const before = (await rpc('journal.list', {})).body.result as { total: number }
    const noToken = await rpc('journal.post', entry, {})
    expect(noToken.status).toBe(401)
    expect(noToken.body.error!.code).toBe('UNAUTHORIZED')
    expect(
      (
        await rpc('journal.post', entry, {
          'X-Lumbung-Token': bridge.token.slice(0, -1) + (bridge.token.endsWith('a') ? 'b' : 'a')
        })
      ).status
    ).toBe(401)
    expect(
      (await rpc('journal.post', entry, { 'X-Lumbung-Token': bridge.token, Origin: 'http://evil.example' })).status
    ).toBe(403)
    const port = new URL(bridge.url).port
    const hostStatus = await new Promise<number>((ok, err) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/rpc/journal.list',
          method: 'POST',
          headers: { Host: `rebind.example:${port}`, 'X-Lumbung-Token': bridge.token }
        },
        (res) => {
          res.resume()
          ok(res.statusCode ?? 0)
        }
      )
      req.on('error', err)
      req.end('{}')
    })
    expect(hostStatus).toBe(403)
    expect(((await rpc('journal.list', {})).body.result as { total: number }).total).toBe(before.total)
  })

  it('answers errors as data with Indonesian messages and fields', async () => {
    const bad = await rpc('journal.post', {
      ...entry,
      lines: [
        { account: '1-1101', debit: 1 },
        { account: '3-2101', credit: 2 }
      ]
    })
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'UNBALANCED', field: 'lines' } })
    expect((await rpc('tidak.ada', {})).body.error!.code).toBe('UNKNOWN_COMMAND')
    const junk = await rpc('journal.post', '{not json')
    expect(junk.status).toBe(400)
    const get = await fetch(`${bridge.url}/rpc/journal.list`, { headers: { 'X-Lumbung-Token': bridge.token } })
    expect(get.status).toBe(405)
  })

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1')
    expect(bridge.openUrl).toContain(`#token=${bridge.token}`)
  })

  it('runs heavy commands in the worker, streaming progress on /events', async () => {
    const events: unknown[] = []
    const ctrl = new AbortController()
    const stream = await fetch(`${bridge.url}/events`, {
      signal: ctrl.signal,
      headers: { 'X-Lumbung-Token': bridge.token }
    })
    const reader = stream.body!.getReader()
    const pump = (async () => {
      const dec = new TextDecoder()
      let buf = ''
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buf += dec.decode(value)
          for (const m of buf.matchAll(/data: (.*)\n\n/g)) events.push(JSON.parse(m[1]!))
          buf = buf.slice(buf.lastIndexOf('\n\n') + 2)
        }
      } catch (e) {
        // Only the test's own abort ends the stream early.
        expect(ctrl.signal.aborted).toBe(true)
        expect((e as Error).name).toBe('AbortError')
      }
    })()
    const r = await rpc('ledger.check', {})
    expect(r.body).toMatchObject({ ok: true, result: { ok: true, entriesChecked: 1 } })
    await new Promise((ok) => setTimeout(ok, 50))
    ctrl.abort()
    await pump
    expect(events.length).toBeGreaterThan(2)
    expect(events[0]).toMatchObject({ command: 'ledger.check', total: 5 })
  })

  it('gives the same result as the CLI for the same command', async () => {
    for (const [name, input] of [
      ['reports.trialBalance', { asOf: '2026-01-31' }],
      ['journal.get', { number: 'JU-2026-000001' }],
      ['ledger.account', { account: '1-1101', from: '2026-01-01', to: '2026-12-31' }],
      ['accounts.list', {}],
      ['units.list', {}]
    ] as const) {
      const viaHttp = await rpc(name, input)
      const viaCli = cli(['--db', file, name, JSON.stringify(input)])
      expect(viaCli.code, viaCli.stderr).toBe(0)
      expect(viaCli.json).toEqual(viaHttp.body.result)
    }
    // A mutation through the CLI is refused while browser mode holds the book (after waiting, here 0 s),
    // and the message says who holds it.
    const locked = cli(['--db', file, '--wait', '0', 'journal.post', JSON.stringify(entry)])
    expect(locked.code).toBe(1)
    expect((locked.json as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'BOOK_LOCKED',
      message: expect.stringMatching(new RegExp(`proses ${process.pid}\\)`))
    })
  })
})
