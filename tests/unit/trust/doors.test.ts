import { request } from 'node:http'
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import writeXlsxFile from 'write-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { startHttpBridge, type HttpBridge } from '../../../main/http/server'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

const t = tempDir('lumbung-pintu-')
const file = join(t.dir, 'buku.sqlite')
let host: BookHost
let bridge: HttpBridge
let pengawas = ''
let bendahara = ''

type Reply = {
  status: number
  body: { ok: boolean; result?: any; error?: { code: string; message: string; field?: string } }
}

async function rpc(name: string, input: unknown, session = '', extra: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(`${bridge.url}/rpc/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Lumbung-Token': bridge.token,
      ...(session ? { Cookie: `lumbung_session=${session}` } : {}),
      ...extra
    },
    body: JSON.stringify(input)
  })
  return { status: res.status, body: (await res.json()) as Reply['body'] }
}

async function login(username: string, password: string): Promise<string> {
  const res = await fetch(`${bridge.url}/rpc/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lumbung-Token': bridge.token },
    body: JSON.stringify({ username, password })
  })
  const cookies = res.headers.getSetCookie()
  const session = cookies.map((c) => /^lumbung_session=([^;]+)/.exec(c)?.[1]).find(Boolean)
  expect(res.status).toBe(200)
  return session!
}

async function upload(name: string, bytes: Buffer, session = ''): Promise<{ status: number; body: any }> {
  const res = await fetch(`${bridge.url}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-Lumbung-Token': bridge.token,
      ...(session ? { Cookie: `lumbung_session=${session}` } : {})
    },
    body: new Uint8Array(bytes)
  })
  return { status: res.status, body: await res.json() }
}

function rawGet(path: string): Promise<number> {
  const port = new URL(bridge.url).port
  return new Promise((okay, err) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        headers: { Host: `127.0.0.1:${port}`, 'X-Lumbung-Token': bridge.token }
      },
      (res) => {
        res.resume()
        okay(res.statusCode ?? 0)
      }
    )
    req.on('error', err)
    req.end()
  })
}

beforeAll(async () => {
  host = createExecutor(await openBook(file, { create: true }), { scratchDir: join(t.dir, 'periksa') })
  bridge = await startHttpBridge({ executor: host, staticDir: null })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  await ok(
    host.execute('journal.post', {
      date: '2026-01-05',
      description: 'Setoran',
      lines: [
        { account: '1-1101', debit: 5000 },
        { account: '3-3101', credit: 5000 }
      ]
    })
  )
  await ok(
    host.execute('users.create', {
      username: 'bu.pengawas',
      fullName: 'Bu Pengawas',
      role: 'pengawas',
      password: 'pengawas-123'
    })
  )
  await ok(
    host.execute('users.create', { username: 'siti', fullName: 'Siti', role: 'bendahara', password: 'bendahara-123' })
  )
  await ok(host.execute('auth.setEnabled', { enabled: true }))
  pengawas = await login('bu.pengawas', 'pengawas-123')
  bendahara = await login('siti', 'bendahara-123')
}, 60_000)
afterAll(async () => {
  await bridge.close()
  await host.close()
  t.cleanup()
})

describe('over HTTP no client names a path on this computer', () => {
  const samePathRefusal =
    'Berkas: lokasi berkas di komputer tidak diterima lewat peramban. Unggah berkasnya, atau unduh hasilnya.'

  it('a pengawas (read-only) cannot make the server write a file: paths are refused, documents come back as bytes only', async () => {
    const outside = join(t.dir, 'luar')
    mkdirSync(outside)
    symlinkSync(t.dir, join(outside, 'tautan'))
    for (const target of [
      join(outside, 'x.pdf'),
      `${outside}/../../x.pdf`,
      join(outside, 'tautan', 'x.pdf'),
      join(t.dir, 'baru', 'folder', 'x.pdf')
    ]) {
      const r = await rpc(
        'statements.export',
        { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31', file: target },
        pengawas
      )
      expect(r.body.error).toEqual({ code: 'INVALID_INPUT', message: samePathRefusal, field: 'file' })
    }
    for (const [name, input] of [
      ['ratbook.pdf', { year: 2026, file: join(outside, 'rat.pdf') }],
      ['dinas.export', { year: 2026, format: 'csv', file: join(outside, 'd.csv') }],
      ['dinas.recapExport', { year: 2026, format: 'pdf', file: join(outside, 'r.pdf') }]
    ] as const) {
      expect((await rpc(name, input, pengawas)).body.error?.message, name).toBe(samePathRefusal)
    }
    const r = await rpc(
      'statements.export',
      { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31' },
      pengawas
    )
    expect(r.body.ok).toBe(true)
    expect(r.body.result.file).toBeNull()
    expect(Buffer.from(r.body.result.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect(readdirSync(outside)).toEqual(['tautan'])
    expect(existsSync(join(t.dir, 'ekspor'))).toBe(false)
    expect(existsSync(join(t.dir, 'baru'))).toBe(false)
  })

  it('reads take uploaded bytes: a path gets the same answer whether it exists or not', async () => {
    const existing = await rpc('backup.verify', { file: file }, bendahara)
    const missing = await rpc('backup.verify', { file: join(t.dir, 'tidak-ada.sqlite') }, bendahara)
    expect(existing.body.error).toEqual(missing.body.error)
    expect(existing.body.error?.message).toBe(samePathRefusal)
    for (const [name, extra] of [
      ['members.importPreview', { openingDate: '2026-01-01' }],
      ['savings.collectionImportPreview', {}],
      ['dinas.importExport', {}],
      ['backup.restore', {}]
    ] as const) {
      const a = await rpc(name, { file, ...extra }, bendahara)
      const b = await rpc(name, { file: '/etc/tidak-ada', ...extra }, bendahara)
      expect(a.body.error?.message, name).toBe(samePathRefusal)
      expect(b.body.error, name).toEqual(a.body.error)
    }
    // The same files uploaded work.
    const xlsx = (await writeXlsxFile([
      ['No. anggota', 'Nama', 'L/P', 'Tanggal masuk'],
      ['A-1', 'Sari', 'P', '01/01/2026']
    ] as never).toBuffer()) as Buffer
    const u = await upload('anggota.xlsx', xlsx, bendahara)
    expect(u.status).toBe(200)
    const p = await rpc(
      'members.importPreview',
      { uploadId: u.body.result.uploadId, openingDate: '2026-01-01' },
      bendahara
    )
    expect(p.body).toMatchObject({ ok: true, result: { file: 'anggota.xlsx', rows: 1 } })
    // A book's own backup by name (from backup.list) can be checked from the browser.
    const made = await rpc('backup.create', {}, bendahara)
    const v = await rpc('backup.verify', { backup: made.body.result.backups[0].name }, bendahara)
    expect(v.body).toMatchObject({ ok: true, result: { ok: true, sameBook: true } })
    expect(v.body.result.current.entries).toBe(1)
  })

  it('the extra backup folder cannot be set from a browser; uploads need a login and a known kind of file', async () => {
    expect((await rpc('backup.configure', { extraFolder: t.dir }, bendahara)).body.error).toEqual({
      code: 'INVALID_INPUT',
      message: samePathRefusal,
      field: 'extraFolder'
    })
    expect((await rpc('backup.configure', { intervalMinutes: 20 }, bendahara)).body.ok).toBe(true)
    expect((await upload('x.csv', Buffer.from('a;b'))).status).toBe(401)
    expect((await upload('x.exe', Buffer.from('MZ'), bendahara)).body.error.message).toContain('tidak diterima')
  })

  it('the token is taken only from a header (or the stream cookie), never the URL; an undecodable URL is a 400', async () => {
    const res = await fetch(`${bridge.url}/rpc/journal.list?token=${bridge.token}`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'tidak boleh dikirim di alamat URL'
    )
    const ev = await fetch(`${bridge.url}/events?token=${bridge.token}`)
    expect(ev.status).toBe(400)
    expect(await rawGet('/rpc/%E0%A4%A')).toBe(400)
    expect(await rawGet('/%E0%A4%A')).toBe(400)
    expect((await rpc('journal.list', {}, bendahara)).body.ok).toBe(true)
  })

  it('setup.status tells a caller without a session only what the login screen needs', async () => {
    const anon = await rpc('setup.status', {})
    expect(anon.body.result).toEqual({
      initialized: true,
      profile: null,
      cooperativeName: SAMPLE_PROFILE.name,
      restricted: true,
      schemaVersion: 0,
      appVersion: expect.any(String),
      file: ''
    })
    const inside = await rpc('setup.status', {}, pengawas)
    expect(inside.body.result.profile.nikKoperasi).toBe(SAMPLE_PROFILE.nikKoperasi)
    expect(inside.body.result.file).toBe(file)
  })
})

describe('restore and verify over HTTP take uploads', () => {
  it('a zero-byte or unreadable upload is "berkas kosong / tidak dapat dibaca, bukan buku Lumbung", and nothing changes', async () => {
    const empty = await upload('kosong.lumbung', Buffer.alloc(0), bendahara)
    const v = await rpc('backup.verify', { uploadId: empty.body.result.uploadId }, bendahara)
    expect(v.body.result).toMatchObject({ ok: false, problems: ['Berkas kosong, bukan buku Lumbung'] })
    const junk = await upload('sampah.sqlite', Buffer.from('bukan basis data sama sekali'), bendahara)
    const r = await rpc('backup.restore', { uploadId: junk.body.result.uploadId }, bendahara)
    expect(r.body.error?.message).toContain('bukan buku Lumbung')
    expect((await rpc('journal.list', {}, bendahara)).body.result.total).toBe(1)
  })
})
