import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'
import type { BackupInfo, BookVerification } from '../../shared/commands/backup'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { openBook, type Book } from '../db/book'
import { LUMBUNG_APPLICATION_ID } from '../db/book-identity'
import { checkLedger } from '../ledger/check'
import { verifyAudit } from '../audit/trail'
import { findProfile } from '../setup/profile'
import type { WriteGuard } from '../files/safe-write'
import { readBookId } from '../db/book-identity'
import {
  backupDatabase,
  backupName,
  bookIdInside,
  defaultBackupDir,
  isBackupName,
  listBackupsIn,
  type BackupReason,
  type BookOwner
} from './backup-file'
import { backupsToPrune, DEFAULT_RETENTION } from './retention'

export type { BackupReason } from './backup-file'
export { defaultBackupDir, isBackupName, listBackupsIn } from './backup-file'

export function ownerOf(book: Book): BookOwner {
  const id = readBookId(book.sqlite)
  if (!id) throw new CommandError('INTERNAL', 'Buku belum memiliki identitas; buka sekali dalam mode tulis')
  return { id, label: findProfile(book)?.name ?? basename(book.file).replace(/\.[^.]+$/, '') }
}

export interface CreateBackupResult {
  backups: BackupInfo[]
  warnings: string[]
}

export function guardFor(book: Book, extraFolder: string | null): WriteGuard {
  return {
    bookFile: book.file,
    backupFolders: [defaultBackupDir(book.file), ...(extraFolder ? [extraFolder] : [])],
    isBackupName
  }
}

export async function createBackup(
  book: Book,
  reason: BackupReason,
  extraFolder: string | null,
  now = new Date()
): Promise<CreateBackupResult> {
  const owner = ownerOf(book)
  const warnings: string[] = []
  const folders = [defaultBackupDir(book.file)]
  if (extraFolder) folders.push(extraFolder)
  // Two backups in the same millisecond (a fast second click, a fixed clock) get the next free stamp.
  let at = now.getTime()
  const taken = (n: string) => folders.some((f) => existsSync(join(f, n)) || existsSync(join(f, `${n}.partial`)))
  while (taken(backupName(owner, reason, new Date(at)))) at++
  const name = backupName(owner, reason, new Date(at))
  const made: BackupInfo[] = []
  const guard = { bookFile: book.file, backupFolders: [], isBackupName }
  for (const [i, folder] of folders.entries()) {
    try {
      if (i > 0 && !existsSync(folder)) throw new Error('folder tidak ditemukan (flashdisk tidak terpasang?)')
      const target = join(folder, name)
      await backupDatabase(book.sqlite, target, guard, owner.id)
      made.push(listBackupsIn(folder, owner.id).find((b) => b.name === name)!)
      pruneBackups(folder, owner.id, now)
    } catch (e) {
      const msg = `Cadangan ke ${folder} gagal: ${e instanceof Error ? e.message : String(e)}`
      if (i === 0) throw new CommandError('INTERNAL', msg)
      warnings.push(msg)
    }
  }
  return { backups: made, warnings }
}

/** Retention touches only this book's automatic backups, confirmed by the identity inside each file. */
export function pruneBackups(folder: string, bookId: string, now: Date): string[] {
  const mine = listBackupsIn(folder, bookId).filter((b) => b.bookId !== null)
  const pruned: string[] = []
  for (const name of backupsToPrune(mine, now, DEFAULT_RETENTION)) {
    const file = join(folder, name)
    if (bookIdInside(file) !== bookId) continue
    rmSync(file, { force: true })
    pruned.push(name)
  }
  return pruned
}

/**
 * Opens a candidate book on its own (never the live file), and checks that it is a Lumbung book
 * this version can read, that SQLite finds it intact, and that the ledger and audit checks pass.
 */
export async function verifyBookFile(
  file: string,
  scratchDir: string,
  currentBookId: string | null = null
): Promise<BookVerification> {
  const problems: string[] = []
  const base = {
    file,
    schemaVersion: null,
    cooperative: null,
    entries: 0,
    bookId: null,
    sameBook: false,
    lastEntryDate: null
  }
  let size = 0
  try {
    const st = statSync(file)
    if (!st.isFile())
      return {
        ...base,
        ok: false,
        problems: ['Berkas ini bukan berkas biasa (folder atau perangkat), bukan buku Lumbung']
      }
    size = st.size
  } catch {
    return {
      ...base,
      ok: false,
      problems: ['Berkas tidak dapat dibaca (tidak ada atau tidak ada izin), bukan buku Lumbung']
    }
  }
  if (size === 0) return { ...base, ok: false, problems: ['Berkas kosong, bukan buku Lumbung'] }
  let raw: Database.Database
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true })
    raw.pragma('schema_version')
  } catch {
    return {
      ...base,
      ok: false,
      problems: ['Berkas ini tidak dapat dibaca sebagai basis data SQLite, bukan buku Lumbung']
    }
  }
  let schemaVersion: number
  let bookId: string | null
  try {
    const appId = raw.pragma('application_id', { simple: true }) as number
    schemaVersion = raw.pragma('user_version', { simple: true }) as number
    if (appId !== LUMBUNG_APPLICATION_ID) return { ...base, ok: false, problems: ['Berkas ini bukan buku Lumbung'] }
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return {
        ...base,
        ok: false,
        schemaVersion,
        problems: [`Buku ini dari versi Lumbung yang lebih baru (skema ${schemaVersion})`]
      }
    }
    bookId = readBookId(raw)
    const integrity = raw.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`Pemeriksaan integritas SQLite gagal: ${String(integrity)}`)
  } catch (e) {
    return {
      ...base,
      ok: false,
      problems: [`Berkas ini tidak dapat dibaca sebagai buku Lumbung: ${e instanceof Error ? e.message : String(e)}`]
    }
  } finally {
    raw.close()
  }
  const sameBook = bookId !== null && bookId === currentBookId
  if (problems.length) return { ...base, ok: false, schemaVersion, bookId, sameBook, problems }

  // Check on a scratch copy so that an older book can be migrated without touching the original.
  mkdirSync(scratchDir, { recursive: true })
  const scratch = join(scratchDir, `periksa-${process.pid}-${Date.now()}.sqlite`)
  const src = new Database(file, { readonly: true })
  try {
    await src.backup(scratch)
  } finally {
    src.close()
  }
  let book: Book | null = null
  try {
    book = await openBook(scratch, { backupDir: scratchDir })
    const ctx = { book, actor: 'pemeriksa', now: () => new Date() }
    const ledger = checkLedger(ctx)
    for (const p of ledger.problems) problems.push(p.message)
    const audit = verifyAudit(book)
    for (const p of audit.problems) problems.push(p.message)
    const profile = findProfile(book)
    const last = book.sqlite.prepare('SELECT max(date) AS d FROM journal_entries').get() as { d: string | null }
    return {
      ok: problems.length === 0,
      file,
      schemaVersion,
      cooperative: profile?.name ?? null,
      entries: ledger.entriesChecked,
      bookId,
      sameBook,
      lastEntryDate: last.d,
      problems
    }
  } finally {
    book?.close()
    for (const f of readdirSync(scratchDir))
      if (f.startsWith(basename(scratch))) rmSync(join(scratchDir, f), { force: true })
    rmSync(`${scratch}.lock`, { force: true })
  }
}

/** Replaces the (closed) book file with a verified copy, through the backup API. */
export async function writeBookFrom(source: string, target: string): Promise<void> {
  const tmp = `${target}.pulih`
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`${tmp}${s}`, { force: true })
  const src = new Database(source, { readonly: true })
  try {
    await src.backup(tmp)
  } finally {
    src.close()
  }
  const copy = new Database(tmp)
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  for (const s of ['-wal', '-shm', '-journal']) rmSync(`${tmp}${s}`, { force: true })
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(tmp, target)
}
