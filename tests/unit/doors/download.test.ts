import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type Executor } from '../../../main/commands/executor'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { contentDisposition, DownloadStore, INLINE_MAX_BYTES } from '../../../main/http/downloads'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

const t = tempDir('lumbung-unduh-')
const file = join(t.dir, 'buku.sqlite')
let executor: Executor
let bridge: HttpBridge

beforeAll(async () => {
  executor = createExecutor(await openBook(file, { create: true }))
  bridge = await startHttpBridge({ executor, staticDir: null })
  await ok(
    executor.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  await ok(
    executor.execute('journal.post', {
      date: '2026-01-05',
      description: 'Setoran',
      lines: [
        { account: '1-1101', debit: 5000 },
        { account: '3-3101', credit: 5000 }
      ]
    })
  )
}, 60_000)
afterAll(async () => {
  await bridge.close()
  await executor.close()
  t.cleanup()
})

async function rpc(name: string, input: unknown, cookie = '') {
  const res = await fetch(`${bridge.url}/rpc/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Lumbung-Token': bridge.token,
      ...(cookie ? { Cookie: cookie } : {})
    },
    body: JSON.stringify(input)
  })
  return (await res.json()) as { ok: boolean; result?: any; error?: { code: string; message: string } }
}

const get = (id: string, headers: Record<string, string> = { 'X-Lumbung-Token': bridge.token }) =>
  fetch(`${bridge.url}/download/${id}`, { headers })

describe('GET /download/<id> on the loopback bridge', () => {
  it('gives the exported bytes once, as an attachment under the document name, with the /rpc token', async () => {
    const r = await rpc('statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31' })
    expect(r.ok).toBe(true)
    expect(r.result.file).toBeNull()
    expect(r.result.name).toBe('KDMP-Sukamaju-Neraca-2026.pdf')
    expect(r.result.downloadId).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const id = r.result.downloadId as string

    expect((await get(id, {})).status).toBe(401)
    expect((await get(id, { 'X-Lumbung-Token': 'salah' })).status).toBe(401)
    const res = await get(id)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="KDMP-Sukamaju-Neraca-2026.pdf"; filename*=UTF-8''KDMP-Sukamaju-Neraca-2026.pdf`
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    expect(bytes.length).toBe(r.result.size)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.result.sha256)
    // One time only.
    expect((await get(id)).status).toBe(404)
    expect((await get('tidak-ada-sama-sekali-000000000000')).status).toBe(404)
  })

  it('a plain link works with the bridge cookie that /rpc set; only GET', async () => {
    const r = await rpc('dinas.export', { year: 2026, format: 'csv' })
    const res = await get(r.result.downloadId, { Cookie: `lumbung_bridge=${bridge.token}` })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''KDMP-Sukamaju-Laporan-Dinas-2026.csv`)
    expect((await res.arrayBuffer()).byteLength).toBe(r.result.size)
    const r2 = await rpc('dinas.export', { year: 2026, format: 'csv' })
    expect(
      (
        await fetch(`${bridge.url}/download/${r2.result.downloadId}`, {
          method: 'POST',
          headers: { 'X-Lumbung-Token': bridge.token }
        })
      ).status
    ).toBe(405)
  })

  it('an XLSX with its JSON: each document has its own download', async () => {
    const r = await rpc('dinas.export', { year: 2026, format: 'xlsx' })
    expect(r.result.payload.name).toBe('KDMP-Sukamaju-Laporan-Dinas-2026.lumbung.json')
    const json = await get(r.result.payload.downloadId)
    expect(json.headers.get('content-type')).toContain('json')
    expect(JSON.parse(await json.text())).toMatchObject({ schema: 'lumbung-dinas' })
    const xlsx = await get(r.result.downloadId)
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString()
    ).toBe('PK')
  })

  it('with login on, only the session that made the document may fetch it', async () => {
    await ok(
      executor.execute('users.create', {
        username: 'siti',
        fullName: 'Siti',
        role: 'bendahara',
        password: 'bendahara-123'
      })
    )
    await ok(
      executor.execute('users.create', {
        username: 'pak.awas',
        fullName: 'Pak Awas',
        role: 'pengawas',
        password: 'pengawas-123'
      })
    )
    await ok(executor.execute('auth.setEnabled', { enabled: true }))
    const login = async (username: string, password: string) => {
      const res = await fetch(`${bridge.url}/rpc/auth.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lumbung-Token': bridge.token },
        body: JSON.stringify({ username, password })
      })
      return res.headers
        .getSetCookie()
        .map((c) => /^(lumbung_session=[^;]+)/.exec(c)?.[1])
        .find(Boolean)!
    }
    const siti = await login('siti', 'bendahara-123')
    const awas = await login('pak.awas', 'pengawas-123')
    const r = await rpc('statements.export', { statement: 'POSISI_KEUANGAN', format: 'xlsx', asOf: '2026-12-31' }, siti)
    expect((await get(r.result.downloadId, { 'X-Lumbung-Token': bridge.token, Cookie: awas })).status).toBe(404)
    expect((await get(r.result.downloadId, { 'X-Lumbung-Token': bridge.token })).status).toBe(404)
    expect((await get(r.result.downloadId, { 'X-Lumbung-Token': bridge.token, Cookie: siti })).status).toBe(200)
  })
})

describe('DownloadStore and Content-Disposition', () => {
  it('keeps base64 in the answer only for small documents; ids expire', () => {
    let now = 1_000
    const store = new DownloadStore(() => now)
    const small = Buffer.alloc(1000, 1)
    const big = Buffer.alloc(INLINE_MAX_BYTES + 1, 2)
    const r = store.register(
      {
        name: 'a.pdf',
        mime: 'application/pdf',
        sha256: 'x',
        size: big.length,
        base64: big.toString('base64'),
        payload: {
          name: 'b.json',
          mime: 'application/json',
          sha256: 'y',
          size: 1000,
          base64: small.toString('base64')
        },
        rows: [{ base64: 'AAAA', name: 'c', mime: 'd', sha256: 'e' }]
      },
      null
    ) as any
    expect(r.base64).toBeUndefined()
    expect(r.payload.base64).toBe(small.toString('base64'))
    expect(r.rows[0].downloadId).toBeUndefined()
    expect(store.take(r.downloadId, null)!.bytes.equals(big)).toBe(true)
    now += 10 * 60 * 1000
    expect(store.take(r.payload.downloadId, null)).toBeNull()
  })

  it('names any file: an ASCII fallback and the UTF-8 name, quotes and non-ASCII escaped', () => {
    expect(contentDisposition('Koperasi Désa "Sejahtera" (1).pdf')).toBe(
      `attachment; filename="Koperasi Desa _Sejahtera_ (1).pdf"; filename*=UTF-8''Koperasi%20D%C3%A9sa%20%22Sejahtera%22%20%281%29.pdf`
    )
  })
})
