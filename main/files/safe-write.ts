import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { basename, dirname } from 'node:path'
import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'
import { bookFiles, identify, sameFile, type FileIdentity } from './file-identity'
import { LUMBUNG_APPLICATION_ID } from '../db/book-identity'

/** What no command may write over: the open book (with its side files) and its backups. */
export interface WriteGuard {
  bookFile: string | null
  /** Folders holding this book's backups; a file there named like a backup is protected. */
  backupFolders: string[]
  /** Recognises a backup file name. */
  isBackupName?: (name: string) => boolean
}

export interface SafeWriteOptions {
  /** Replace an existing file (the user chose to); never allowed for the open book, its backups or a book in use. */
  overwrite?: boolean
  /** Input field named in messages. */
  field?: string
}

export function isSqliteFile(file: string): boolean {
  let fd: number | null = null
  try {
    fd = openSync(file, 'r')
    const head = Buffer.alloc(16)
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\u0000'
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** Reads the SQLite header only: is this file a Lumbung book (as last checkpointed)? */
export function isLumbungBookFile(file: string): boolean {
  let fd: number | null = null
  try {
    fd = openSync(file, 'r')
    const head = Buffer.alloc(72)
    if (readSync(fd, head, 0, 72, 0) < 72) return false
    return (
      head.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000' &&
      head.readUInt32BE(68) === LUMBUNG_APPLICATION_ID
    )
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** A Lumbung book whose writer lock is held by some program right now. */
export function isBookInUse(file: string): boolean {
  const lock = `${file}.lock`
  if (!existsSync(lock)) return false
  let db: Database.Database | null = null
  try {
    db = new Database(lock, { timeout: 0, fileMustExist: true })
    db.exec('BEGIN IMMEDIATE')
    db.exec('ROLLBACK')
    return false
  } catch (e) {
    return e instanceof Error && /locked|busy/i.test(e.message)
  } finally {
    db?.close()
  }
}

function protectedIdentities(guard: WriteGuard): FileIdentity[] {
  return guard.bookFile ? bookFiles(guard.bookFile).map(identify) : []
}

function refuse(message: string, field: string): never {
  throw new CommandError('INVALID_INPUT', `Berkas: ${message}`, field)
}

/**
 * Checks that `target` may be written: never the open book or anything resolving to it (alias,
 * symlink, hard link, other spelling or case), never one of its side files or backups, never a
 * folder, a symlink or (without `overwrite`) an existing file, and never a book in use.
 */
export function assertSafeTarget(target: string, guard: WriteGuard, opts: SafeWriteOptions = {}): FileIdentity {
  const field = opts.field ?? 'file'
  const id = identify(target)
  for (const p of protectedIdentities(guard)) {
    if (sameFile(id, p))
      refuse(
        'tujuan ini adalah buku yang sedang dibuka (atau berkas pendampingnya: -wal, -shm, kunci, sertifikat jaringan). Pilih nama berkas lain; buku tidak diubah.',
        field
      )
  }
  for (const folder of guard.backupFolders) {
    const f = identify(folder)
    const inFolder = identify(dirname(id.target))
    if (
      (sameFile(identify(dirname(id.path)), f) || sameFile(inFolder, f)) &&
      (guard.isBackupName?.(basename(id.path)) || guard.isBackupName?.(basename(id.target)))
    ) {
      refuse('tujuan ini adalah cadangan buku. Cadangan tidak boleh ditimpa; pilih nama berkas lain.', field)
    }
  }
  if (!existsSync(dirname(id.path)) || !statSync(dirname(id.path)).isDirectory())
    refuse(`folder ${dirname(id.path)} tidak ada. Pilih folder yang sudah ada.`, field)
  if (id.exists) {
    if (id.isSymlink) refuse(`${basename(id.path)} adalah tautan (symlink). Pilih berkas biasa sebagai tujuan.`, field)
    if (id.isDirectory) refuse(`${basename(id.path)} adalah folder, bukan berkas.`, field)
    if (!opts.overwrite)
      refuse(`${basename(id.path)} sudah ada. Pilih nama lain, atau pilih "timpa" dengan sengaja.`, field)
    // A book's header may still sit in its write-ahead log, so any SQLite file whose lock is held,
    // or that has a log beside it, counts as in use.
    if (isSqliteFile(id.path) && (isBookInUse(id.path) || existsSync(`${id.path}-wal`))) {
      refuse(`${basename(id.path)} adalah buku yang sedang dipakai program lain; tidak dapat ditimpa.`, field)
    }
  }
  return id
}

/** Makes `<target>.partial` afresh (never through a leftover symlink) and returns its path. */
function freshPartial(target: FileIdentity, guard: WriteGuard, field: string): string {
  const partial = `${target.path}.partial`
  const pid = identify(partial)
  // Only the name itself matters here: a leftover symlink or hard link is unlinked, which never touches what it points to.
  for (const p of protectedIdentities(guard))
    if (pid.folded === p.folded)
      refuse('nama sementara (.partial) bertabrakan dengan buku yang sedang dibuka. Pilih nama berkas lain.', field)
  if (pid.exists) {
    if (pid.isDirectory && !pid.isSymlink)
      refuse(`${basename(partial)} adalah folder; hapus dulu atau pilih nama lain.`, field)
    rmSync(partial, { force: true })
  }
  for (const s of ['-wal', '-shm', '-journal']) rmSync(`${partial}${s}`, { force: true })
  closeSync(openSync(partial, 'wx'))
  return partial
}

function cleanupPartial(partial: string): void {
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${s}`, { force: true })
}

function fsyncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    /* not every platform can open a folder (Windows); the rename is still atomic */
  }
}

export interface WrittenFile {
  file: string
  size: number
  sha256: string
}

/** Writes bytes as `<target>.partial`, reads them back, then renames over `target`. */
export function writeFileSafely(
  target: string,
  bytes: Buffer,
  guard: WriteGuard,
  opts: SafeWriteOptions = {}
): WrittenFile {
  const field = opts.field ?? 'file'
  const id = assertSafeTarget(target, guard, opts)
  const partial = freshPartial(id, guard, field)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  try {
    const fd = openSync(partial, 'r+')
    try {
      let off = 0
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, off)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    const back = readFileSync(partial)
    if (createHash('sha256').update(back).digest('hex') !== sha256)
      throw new CommandError(
        'INTERNAL',
        'Berkas: isi yang tertulis berbeda dari yang dikirim (disk bermasalah?). Berkas tujuan tidak diubah.',
        field
      )
    assertSafeTarget(target, guard, opts)
    renameSync(partial, id.path)
    fsyncFolder(dirname(id.path))
  } catch (e) {
    cleanupPartial(partial)
    throw e
  }
  return { file: id.path, size: bytes.length, sha256 }
}

/**
 * Copies a live SQLite database to `target` through the online backup API: into `<target>.partial`,
 * switched to a single self-contained file (no -wal beside it), checked with integrity_check and
 * then by `verify` (e.g. the ledger and audit checks), and only then renamed over `target`.
 */
export async function copyDatabaseSafely(
  source: Database.Database,
  target: string,
  guard: WriteGuard,
  opts: SafeWriteOptions & { verify?: (partial: string) => Promise<string[]> | string[]; quick?: boolean } = {}
): Promise<WrittenFile> {
  const field = opts.field ?? 'file'
  const id = assertSafeTarget(target, guard, opts)
  const partial = freshPartial(id, guard, field)
  try {
    await source.backup(partial)
    const copy = new Database(partial)
    try {
      copy.pragma('journal_mode = DELETE')
      const rows = copy.pragma(opts.quick ? 'quick_check' : 'integrity_check') as Record<string, string>[]
      const bad = rows.map((r) => Object.values(r)[0]!).filter((m) => m !== 'ok')
      if (bad.length)
        throw new CommandError(
          'INTERNAL',
          `Berkas: salinan rusak (${bad.slice(0, 3).join('; ')}); berkas tujuan tidak diubah.`,
          field
        )
    } finally {
      copy.close()
    }
    const problems = opts.verify ? await opts.verify(partial) : []
    if (problems.length)
      throw new CommandError(
        'CONFLICT',
        `Berkas: salinan tidak lolos pemeriksaan (${problems.slice(0, 3).join('; ')}); berkas tujuan tidak diubah.`,
        field
      )
    for (const s of ['-wal', '-shm', '-journal']) rmSync(`${partial}${s}`, { force: true })
    assertSafeTarget(target, guard, opts)
    // A replaced book must not meet the old book's write-ahead log when it is opened.
    for (const s of ['-wal', '-shm']) if (existsSync(`${id.path}${s}`)) rmSync(`${id.path}${s}`, { force: true })
    renameSync(partial, id.path)
    fsyncFolder(dirname(id.path))
    return { file: id.path, size: statSync(id.path).size, sha256: sha256File(id.path) }
  } catch (e) {
    cleanupPartial(partial)
    throw e
  }
}

export function sha256File(file: string): string {
  const h = createHash('sha256')
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(1 << 20)
    let n: number
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) h.update(buf.subarray(0, n))
  } finally {
    closeSync(fd)
  }
  return h.digest('hex')
}

export function isRegularFile(p: string): boolean {
  try {
    return lstatSync(p).isFile()
  } catch {
    return false
  }
}
