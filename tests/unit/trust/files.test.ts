import { createHash } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { fails, ok } from '../../helpers/host'

const POSTINGS = 600
let dir: string
let cleanup: () => void
let file: string
let host: BookHost

const entries = () =>
  (host.execute('journal.list', { page: 1, pageSize: 1 }) as Promise<{ ok: boolean; result: { total: number } }>).then(
    (r) => r.result.total
  )

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-files-'))
  file = join(dir, 'buku.sqlite')
  host = createExecutor(await openBook(file, { create: true }), { scratchDir: join(dir, 'scratch') })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  for (let i = 1; i <= POSTINGS; i++) {
    await ok(
      host.execute('journal.post', {
        date: '2026-02-03',
        description: `Setoran ${i}`,
        lines: [
          { account: '1-1101', debit: i },
          { account: '3-3101', credit: i }
        ]
      })
    )
  }
}, 120_000)
afterAll(async () => {
  await host.close()
  cleanup()
})

async function bookIsWhole() {
  expect(await entries()).toBe(POSTINGS)
  const check = await ok<{ ok: boolean; sections: { name: string; problems: string[] }[] }>(
    host.execute('system.check', {})
  )
  expect(check.ok, JSON.stringify(check.sections.filter((s) => s.problems.length))).toBe(true)
}

describe('no command writes over the open book or anything that resolves to it', () => {
  it('book.export refuses every alias of the open book: //, /./, a relative path, a symlink, a hard link, its side files', async () => {
    const link = join(dir, 'tautan.sqlite')
    symlinkSync(file, link)
    const viaDotDot = join(dir, 'sub', '..', 'buku.sqlite')
    mkdirSync(join(dir, 'sub'))
    const aliases = [
      `${dir}//buku.sqlite`,
      `${dir}/./buku.sqlite`,
      viaDotDot,
      relative(process.cwd(), file),
      link,
      `${file}-wal`,
      `${file}-shm`,
      `${file}.lock`,
      join(dir, 'BUKU.SQLITE-WAL'),
      join(dir, 'buku.sqlite.')
    ]
    for (const target of aliases) {
      const e = await fails(host.execute('book.export', { file: target, overwrite: true }))
      expect(e.code, target).toBe('INVALID_INPUT')
      expect(e.message, target).toMatch(/buku yang sedang dibuka|tautan \(symlink\)|berakhiran/)
      expect(e.field).toBe('file')
    }
    // A hard link: the same file under another name (checked by device and inode).
    const twin = join(dir, 'kembar.sqlite')
    linkSync(file, twin)
    const e = await fails(host.execute('book.export', { file: twin, overwrite: true }))
    expect(e.message).toContain('buku yang sedang dibuka')
    await bookIsWhole()
    console.log(
      `[faults] alias buku: ${aliases.length + 1} tujuan dicoba (//, /./, relatif, symlink, hard link, -wal/-shm/kunci), 0 menimpa buku, ${POSTINGS} posting utuh`
    )
  })

  it('the other exports refuse the book and its aliases too (statements, Dinas, RAT book)', async () => {
    for (const target of [`${dir}//buku.sqlite`, join(dir, 'tautan.sqlite')]) {
      expect(
        (
          await fails(
            host.execute('statements.export', {
              statement: 'POSISI_KEUANGAN',
              format: 'pdf',
              asOf: '2026-12-31',
              file: target,
              overwrite: true
            })
          )
        ).code
      ).toBe('INVALID_INPUT')
      expect(
        (await fails(host.execute('dinas.export', { year: 2026, format: 'csv', file: target, overwrite: true }))).code
      ).toBe('INVALID_INPUT')
    }
    // The right extension but a symlink to the book.
    const pdfLink = join(dir, 'laporan.pdf')
    symlinkSync(file, pdfLink)
    expect(
      (
        await fails(
          host.execute('statements.export', {
            statement: 'POSISI_KEUANGAN',
            format: 'pdf',
            asOf: '2026-12-31',
            file: pdfLink,
            overwrite: true
          })
        )
      ).message
    ).toContain('buku yang sedang dibuka')
    await bookIsWhole()
  })

  it('a planted <target>.partial symlink to the book is replaced, never written through', async () => {
    const target = join(dir, 'salinan.lumbung')
    symlinkSync(file, `${target}.partial`)
    const before = createHash('sha256').update(readFileSync(file)).digest('hex')
    const r = await ok<{ file: string; size: number; sha256: string }>(host.execute('book.export', { file: target }))
    expect(r.file).toBe(target)
    expect(existsSync(`${target}.partial`)).toBe(false)
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before)
    await bookIsWhole()
  })

  it('an export is one checked file: renamed from .partial only after its checks, no -wal beside it, same entries', async () => {
    const target = join(dir, 'pindah.lumbung')
    const r = await ok<{ file: string; size: number; sha256: string }>(host.execute('book.export', { file: target }))
    expect(readdirSync(dir).filter((f) => f.startsWith('pindah.lumbung'))).toEqual(['pindah.lumbung'])
    expect(createHash('sha256').update(readFileSync(target)).digest('hex')).toBe(r.sha256)
    const copy = new Database(target, { readonly: true })
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect((copy.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n).toBe(POSTINGS)
    copy.close()
    expect(readdirSync(dir).filter((f) => f.startsWith('pindah.lumbung'))).toEqual(['pindah.lumbung'])
  })

  it('an existing file is replaced only when asked; never a book that another program holds open', async () => {
    const target = join(dir, 'ada.lumbung')
    writeFileSync(target, 'isi lama')
    const e = await fails(host.execute('book.export', { file: target }))
    expect(e.message).toContain('sudah ada')
    expect(readFileSync(target, 'utf8')).toBe('isi lama')
    await ok(host.execute('book.export', { file: target, overwrite: true }))
    expect(readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3')

    // Another book, open in "another program" (its lock is held): never replaced.
    const otherFile = join(dir, 'lain.sqlite')
    const other = await openBook(otherFile, { create: true })
    try {
      const held = await fails(host.execute('book.export', { file: otherFile, overwrite: true }))
      expect(held.message).toContain('sedang dipakai program lain')
    } finally {
      other.close()
    }
    await bookIsWhole()
  })

  it('refuses a folder that does not exist, or a folder as the target, without creating anything', async () => {
    const e = await fails(host.execute('book.export', { file: join(dir, 'tidak-ada', 'x.lumbung') }))
    expect(e.message).toContain('tidak ada')
    expect(existsSync(join(dir, 'tidak-ada'))).toBe(false)
    mkdirSync(join(dir, 'folder.lumbung'))
    expect(
      (await fails(host.execute('book.export', { file: join(dir, 'folder.lumbung'), overwrite: true }))).message
    ).toContain('folder')
  })

  it('a document export without a file goes to ekspor/ under a name that replaces nothing', async () => {
    const a = await ok<{ file: string }>(
      host.execute('statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31' })
    )
    const b = await ok<{ file: string }>(
      host.execute('statements.export', { statement: 'POSISI_KEUANGAN', format: 'pdf', asOf: '2026-12-31' })
    )
    expect(a.file).toMatch(/ekspor[\\/]KDMP-Sukamaju-Neraca-2026\.pdf$/)
    expect(b.file).toMatch(/ekspor[\\/]KDMP-Sukamaju-Neraca-2026 \(2\)\.pdf$/)
    expect(readFileSync(a.file).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('restoring "from" the open book itself is refused (it would destroy it)', async () => {
    for (const f of [file, `${dir}//buku.sqlite`, join(dir, 'tautan.sqlite'), join(dir, 'kembar.sqlite')]) {
      const e = await fails(host.execute('backup.restore', { file: f }))
      expect(e.message, f).toContain('buku yang sedang dibuka')
    }
    await bookIsWhole()
  })
})
