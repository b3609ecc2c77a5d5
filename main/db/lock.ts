import { hostname } from 'node:os'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'
import { formatDateTime } from '../../shared/dates/format'
import { identify } from '../files/file-identity'

export interface BookLock {
  readonly file: string
  release(): void
}

/** Who holds a book: written beside the lock by the holder once it has the lock. */
export interface LockHolder {
  host: string
  pid: number
  since: string
  program: string
}

export interface AcquireLockOptions {
  /** Wait up to this long for another writer to finish (default 0: answer at once). */
  waitMs?: number
  /** Named in the message another program gets while this one holds the book. */
  program?: string
  now?: () => Date
}

/**
 * The lock follows the book's real identity: the folder is resolved through symlinks, so an alias
 * (`dir//buku.sqlite`, `dir/./buku.sqlite`, a relative path, a symlink) takes the same lock.
 */
export function lockFileOf(bookFile: string): string {
  return `${identify(bookFile).target}.lock`
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(`${lockFile}.json`, 'utf8')) as LockHolder
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : null
  } catch {
    return null
  }
}

export function describeHolder(h: LockHolder | null): string {
  if (!h)
    return 'Buku ini sedang dibuka oleh program Lumbung lain (jendela aplikasi, mode peramban atau CLI). Tutup program itu dahulu.'
  return `Buku ini sedang dibuka oleh ${h.program} di komputer ${h.host} (proses ${h.pid}) sejak ${formatDateTime(h.since)}. Tutup program itu dahulu, atau tunggu sampai selesai.`
}

function tryLock(lockFile: string): Database.Database | null {
  const lockDb = new Database(lockFile, { timeout: 0 })
  try {
    lockDb.pragma('journal_mode = MEMORY')
    lockDb.exec('BEGIN EXCLUSIVE')
    return lockDb
  } catch (e) {
    lockDb.close()
    if (e instanceof Error && /locked|busy/i.test(e.message)) return null
    throw e
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * A second writer must not open the same book. The lock is an exclusive SQLite transaction held on
 * a small side file: the operating system drops it when the holder dies, even by SIGKILL, so a
 * crash never leaves a stale lock. A writer that finds it held waits its turn up to `waitMs`, then
 * is told who holds the book.
 */
export async function acquireBookLock(bookFile: string, opts: AcquireLockOptions = {}): Promise<BookLock> {
  const lockFile = lockFileOf(bookFile)
  const deadline = Date.now() + (opts.waitMs ?? 0)
  let lockDb = tryLock(lockFile)
  let pause = 20
  while (!lockDb && Date.now() < deadline) {
    await sleep(Math.min(pause, Math.max(1, deadline - Date.now())))
    pause = Math.min(pause * 2, 250)
    lockDb = tryLock(lockFile)
  }
  if (!lockDb) throw new CommandError('BOOK_LOCKED', describeHolder(readHolder(lockFile)))
  const holder: LockHolder = {
    host: hostname(),
    pid: process.pid,
    since: (opts.now?.() ?? new Date()).toISOString(),
    program: opts.program ?? 'program Lumbung'
  }
  try {
    writeFileSync(`${lockFile}.json.tmp-${process.pid}`, JSON.stringify(holder))
    renameSync(`${lockFile}.json.tmp-${process.pid}`, `${lockFile}.json`)
  } catch {
    /* the note is a courtesy; the lock itself is what counts */
  }
  let released = false
  const held = lockDb
  return {
    file: lockFile,
    release() {
      if (released) return
      released = true
      try {
        const h = readHolder(lockFile)
        if (h && h.pid === holder.pid && h.since === holder.since && h.host === holder.host)
          rmSync(`${lockFile}.json`, { force: true })
      } catch {
        /* ignore */
      }
      try {
        held.exec('ROLLBACK')
      } finally {
        held.close()
      }
    }
  }
}
