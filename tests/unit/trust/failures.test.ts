import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { toErrorResponse } from '../../../main/commands/dispatch'
import { runCli } from '../../../main/cli/cli'
import { csvField, safeCellText } from '../../../main/files/cells'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

const t = tempDir('lumbung-gagal-')
const file = join(t.dir, 'buku.sqlite')
let host: BookHost

beforeAll(async () => {
  host = createExecutor(await openBook(file, { create: true }), { scratchDir: join(t.dir, 's') })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
})
afterAll(async () => {
  await host.close()
  t.cleanup()
})

describe('a full disk', () => {
  it('SQLite full: the posting is refused naming the cause in Bahasa Indonesia, and the book is as it was', async () => {
    const book = (host as unknown as { book: { sqlite: import('better-sqlite3').Database } }).book
    const pages = book.sqlite.pragma('page_count', { simple: true }) as number
    book.sqlite.pragma(`max_page_count = ${pages}`)
    try {
      let e = null
      let posted = 0
      for (let i = 0; i < 5000 && !e; i++) {
        const r = await host.execute('journal.post', {
          date: '2026-01-05',
          description: `Isi ${i} ${'x'.repeat(150)}`,
          lines: [
            { account: '1-1101', debit: 1000 },
            { account: '3-3101', credit: 1000 }
          ]
        })
        if (!r.ok) e = r.error
        else posted++
      }
      const total = await ok<{ total: number }>(host.execute('journal.list', { page: 1, pageSize: 1 }))
      expect(total.total).toBe(posted)
      expect(e).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('Ruang penyimpanan (disk) penuh') })
    } finally {
      book.sqlite.pragma('max_page_count = 1073741823')
    }
    const check = await ok<{ ok: boolean }>(host.execute('system.check', {}))
    expect(check.ok).toBe(true)
  })

  it('a file write that meets ENOSPC (a real one, from /dev/full) reads the same way', () => {
    let err: unknown
    const fd = openSync('/dev/full', 'w')
    try {
      writeSync(fd, Buffer.alloc(4096))
    } catch (e) {
      err = e
    } finally {
      closeSync(fd)
    }
    expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC')
    expect(toErrorResponse(err)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
  })
})

describe('files that are not books', () => {
  it('the CLI says a zero-byte or unreadable file is empty / unreadable, not a Lumbung book — never "not found"', async () => {
    const empty = join(t.dir, 'kosong.sqlite')
    writeFileSync(empty, '')
    const junk = join(t.dir, 'sampah.sqlite')
    writeFileSync(junk, 'ini bukan basis data, hanya teks biasa yang cukup panjang untuk sebuah header')
    for (const [f, text] of [
      [empty, 'Berkas kosong, bukan buku Lumbung'],
      [junk, 'tidak dapat dibaca sebagai basis data SQLite, bukan buku Lumbung']
    ] as const) {
      let out = ''
      expect(await runCli(['--db', f, 'journal.list'], { out: (s) => (out += s), err: () => {} })).toBe(1)
      expect(JSON.parse(out).error).toMatchObject({ code: 'NOT_A_BOOK', message: expect.stringContaining(text) })
    }
    const v = await ok<{ ok: boolean; problems: string[] }>(host.execute('backup.verify', { file: empty }))
    expect(v).toMatchObject({ ok: false, problems: ['Berkas kosong, bukan buku Lumbung'] })
  })
})

describe('spreadsheet formula injection', () => {
  it('text starting with = + - @ tab or CR is neutralised; numbers stay numbers', () => {
    expect(['=1+1', '+62 812', '-5', '@SUM(A1)', '\tx', '\rx', 'Sari', ''].map(safeCellText)).toEqual([
      "'=1+1",
      "'+62 812",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'Sari',
      ''
    ])
    expect(csvField(-63_373_000)).toBe('-63373000')
    expect(csvField('=HYPERLINK("http://x";"klik")')).toBe(`"'=HYPERLINK(""http://x"";""klik"")"`)
  })

  it('a member named "=HYPERLINK(…)" reaches the Dinas CSV and XLSX as text, the figures as numbers', async () => {
    await ok(
      host.execute('profile.update', { ...SAMPLE_PROFILE, name: '=HYPERLINK("http://jahat.example","Koperasi")' })
    )
    await ok(
      host.execute('members.create', { name: "@SUM(1+1)*cmd|' /C calc'!A0", gender: 'P', joinedAt: '2026-01-02' })
    )
    await ok(host.execute('members.create', { name: '-2+3', gender: 'L', joinedAt: '2026-01-02' }))
    const csv = await ok<{ file: string }>(host.execute('dinas.export', { year: 2026, format: 'csv' }))
    const text = (await import('node:fs')).readFileSync(csv.file, 'utf8')
    const [labels, values] = text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'))
    for (const v of values!) expect(v, v).not.toMatch(/^"?[=+@\t\r]/)
    expect(values![labels!.indexOf('Jumlah anggota')]).toBe('2')
    const x = await ok<{ file: string }>(host.execute('dinas.export', { year: 2026, format: 'xlsx' }))
    const members = await readSheet(x.file, 'Anggota')
    const names = members.slice(1).map((r) => r[1])
    expect(names).toEqual(expect.arrayContaining(["'@SUM(1+1)*cmd|' /C calc'!A0", "'-2+3"]))
    const summary = await readSheet(x.file, 'Ringkasan')
    expect(summary[0]![0]).toBe(`'=HYPERLINK("http://jahat.example","Koperasi")`)
    const anggota = summary.find((r) => r[5] === 'anggota')!
    expect(anggota[3]).toBe(2)
  })
})
