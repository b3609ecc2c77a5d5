import { spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openBook, LUMBUNG_APPLICATION_ID } from '../../../main/db/book'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { runCommand } from '../../../main/commands/dispatch'
import { CommandError } from '../../../shared/errors'
import { tempDir } from '../../helpers/book'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
function dir() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

async function expectCommandError(p: Promise<unknown>, code: string): Promise<CommandError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x
  )
  expect(e).toBeInstanceOf(CommandError)
  expect((e as CommandError).code).toBe(code)
  return e as CommandError
}

describe('opening a book', () => {
  it('creates a fresh book: WAL, foreign keys, synchronous FULL, every migration recorded', async () => {
    const file = join(dir(), 'baru.sqlite')
    const book = await openBook(file, { create: true })
    try {
      expect(book.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(book.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(book.sqlite.pragma('synchronous', { simple: true })).toBe(2)
      expect(book.sqlite.pragma('application_id', { simple: true })).toBe(LUMBUNG_APPLICATION_ID)
      expect(book.schemaVersion()).toBe(LATEST_SCHEMA_VERSION)
      const recorded = book.sqlite.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
      expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
      expect(book.migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupFile: null })
    } finally {
      book.close()
    }
  })

  it('does not create a missing book unless asked', async () => {
    const file = join(dir(), 'tidak-ada.sqlite')
    await expectCommandError(openBook(file), 'BOOK_NOT_FOUND')
    expect(existsSync(file)).toBe(false)
  })

  it('upgrades an older book after taking a backup with the SQLite backup API', async () => {
    const d = dir()
    const file = join(d, 'lama.sqlite')
    const old = await openBook(file, { create: true, targetVersion: 1 })
    expect(old.schemaVersion()).toBe(1)
    // A v1 book as version 1 wrote it: raw rows, since today's code expects the latest schema.
    old.sqlite
      .exec(`INSERT INTO profile (id, name, village, district, regency, province, cooperative_type, first_financial_year, books_start_date, created_at, updated_at)
                     VALUES (1, 'Kop Lama', 'a', 'b', 'c', 'd', 'KSU', 2026, '2026-01-01', '2026-01-01', '2026-01-01');
                     INSERT INTO accounts (code, name, type, normal_balance, is_header, created_at) VALUES
                       ('1-1101', 'Kas', 'ASET', 'D', 0, '2026-01-01'), ('3-1101', 'Simpanan Pokok', 'EKUITAS', 'K', 0, '2026-01-01');
                     INSERT INTO journal_series (code, name) VALUES ('JU', 'Jurnal Umum');
                     INSERT INTO journal_entries (number, series, year, seq, date, description, source, total, created_at, created_by)
                     VALUES ('JU-2026-000001', 'JU', 2026, 1, '2026-01-05', 'lama', 'MANUAL', 700, '2026-01-05T00:00:00Z', 't');
                     INSERT INTO journal_lines (entry_id, line_no, account_id, date, debit, credit) VALUES
                       (1, 1, (SELECT id FROM accounts WHERE code = '1-1101'), '2026-01-05', 700, 0),
                       (1, 2, (SELECT id FROM accounts WHERE code = '3-1101'), '2026-01-05', 0, 700);`)
    old.close()

    const book = await openBook(file)
    try {
      expect(book.migration.from).toBe(1)
      expect(book.migration.to).toBe(LATEST_SCHEMA_VERSION)
      expect(book.migration.backupFile).toMatch(
        new RegExp(`Kop-Lama-[0-9a-f]{8}-\\d{8}T\\d{9}Z-sebelum-migrasi-v1-ke-v${LATEST_SCHEMA_VERSION}\\.sqlite$`)
      )
      expect(readdirSync(join(d, 'backups'))).toHaveLength(1)
      const backup = new Database(book.migration.backupFile!, { readonly: true })
      expect(backup.pragma('user_version', { simple: true })).toBe(1)
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok')
      expect((backup.prepare('SELECT count(*) AS n FROM journal_lines').get() as { n: number }).n).toBe(2)
      backup.close()
      // Existing lines were folded into the new table; the check agrees.
      const ctx2 = { book, actor: 't', now: () => new Date() }
      const tbal = runCommand(ctx2, 'reports.trialBalance', { asOf: '2026-01-31' })
      expect(tbal.ok && (tbal.result as { totals: { closingDebit: number } }).totals.closingDebit).toBe(700)
      const check = runCommand(ctx2, 'ledger.check', {})
      expect(check.ok && (check.result as { ok: boolean }).ok).toBe(true)
      // later migrations marked the savings control account
      expect(book.sqlite.prepare(`SELECT control FROM accounts WHERE code = '3-1101'`).get()).toEqual({
        control: 'SIMPANAN_POKOK'
      })
    } finally {
      book.close()
    }
  })

  it('refuses a book written by a newer version, and changes nothing', async () => {
    const file = join(dir(), 'baru.sqlite')
    const b = await openBook(file, { create: true })
    b.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    b.close()
    const e = await expectCommandError(openBook(file), 'BOOK_TOO_NEW')
    expect(e.message).toContain('versi Lumbung yang lebih baru')
    expect(e.message).toContain(`skema ${LATEST_SCHEMA_VERSION + 5}`)
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5)
    raw.close()
    // and the lock was released: a second attempt gives the same answer, not "locked"
    await expectCommandError(openBook(file), 'BOOK_TOO_NEW')
  })

  it('an interrupted migration leaves the previous version intact', async () => {
    const d = dir()
    const file = join(d, 'setengah.sqlite')
    ;(await openBook(file, { create: true, targetVersion: 1 })).close()
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'rusak', up: 'CREATE TABLE ok_dulu (x); INSERT INTO tabel_tidak_ada VALUES (1);' }
    ]
    await expect(openBook(file, { migrations: broken })).rejects.toThrow(/tabel_tidak_ada/)
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('user_version', { simple: true })).toBe(1)
    expect(raw.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'ok_dulu'`).get()).toEqual({ n: 0 })
    expect(raw.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 })
    raw.close()
    // the real migrations then run normally
    const b = await openBook(file)
    expect(b.schemaVersion()).toBe(LATEST_SCHEMA_VERSION)
    b.close()
  })

  it('refuses files that are not Lumbung books', async () => {
    const d = dir()
    const other = join(d, 'lain.sqlite')
    const db = new Database(other)
    db.exec('CREATE TABLE foo (x)')
    db.close()
    await expectCommandError(openBook(other), 'NOT_A_BOOK')
    const text = join(d, 'teks.sqlite')
    writeFileSync(text, 'ini bukan basis data, hanya teks biasa yang cukup panjang untuk dibaca sebagai header SQLite')
    await expectCommandError(openBook(text), 'NOT_A_BOOK')
  })
})

describe('writer lock', () => {
  it('a second writer in the same process is refused until the first closes', async () => {
    const file = join(dir(), 'kunci.sqlite')
    const a = await openBook(file, { create: true })
    const e = await expectCommandError(openBook(file), 'BOOK_LOCKED')
    expect(e.message).toContain('sedang dibuka')
    const reader = await openBook(file, { readonly: true })
    reader.close()
    a.close()
    const b = await openBook(file)
    b.close()
  })

  it('another process holding the book blocks us; killing it with SIGKILL frees the lock', async () => {
    const file = join(dir(), 'proses.sqlite')
    ;(await openBook(file, { create: true })).close()
    const script = `import { openBook } from ${JSON.stringify(new URL('../../../main/db/book.ts', import.meta.url).pathname)};
      await openBook(${JSON.stringify(file)}); process.stdout.write('open\\n'); setInterval(() => {}, 1000)`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    await new Promise<void>((ok, err) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && ok())
      child.on('exit', (c) => err(new Error(`child exited ${c}`)))
    })
    await expectCommandError(openBook(file), 'BOOK_LOCKED')
    child.kill('SIGKILL')
    await new Promise((ok) => child.on('exit', ok))
    const b = await openBook(file)
    b.close()
  })
})
