import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'
import type { BackupInfo, BookVerification } from '../../shared/commands/backup'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { LUMBUNG_APPLICATION_ID, openBook, type Book } from '../db/book'
import { checkLedger } from '../ledger/check'
import { verifyAudit } from '../audit/trail'
import { findProfile } from '../setup/profile'
import { backupsToPrune, DEFAULT_RETENTION } from './retention'

export type BackupReason = 'mulai' | 'berkala' | 'manual' | 'sebelum-migrasi' | 'sebelum-tutup-tahun' | 'sebelum-pulih' | 'ekspor'
const AUTOMATIC: ReadonlySet<string> = new Set(['mulai', 'berkala'])
const NAME_RE = /^(.*)-(\d{8}T\d{9}Z)-([a-z-]+)\.sqlite$/

export function defaultBackupDir(bookFile: string): string {
  return join(dirname(bookFile), 'backups')
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '')
}

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
}

export function listBackupsIn(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return []
  const out: BackupInfo[] = []
  for (const name of readdirSync(folder)) {
    const m = NAME_RE.exec(name)
    if (!m) continue
    const file = join(folder, name)
    out.push({ file, folder, name, at: stampToIso(m[2]!), reason: m[3]!, automatic: AUTOMATIC.has(m[3]!), size: statSync(file).size })
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

/**
 * A consistent copy of the live book through SQLite's online backup API, written under a
 * temporary name and renamed only once it opens and passes integrity_check.
 */
export async function backupTo(sqlite: Database.Database, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  try {
    await sqlite.backup(partial)
    const check = new Database(partial, { readonly: true })
    try {
      const r = check.pragma('quick_check', { simple: true })
      if (r !== 'ok') throw new Error(`salinan rusak: ${String(r)}`)
    } finally {
      check.close()
    }
    renameSync(partial, target)
  } catch (e) {
    rmSync(partial, { force: true })
    throw e
  }
}

export interface CreateBackupResult {
  backups: BackupInfo[]
  warnings: string[]
}

export async function createBackup(book: Book, reason: BackupReason, extraFolder: string | null, now = new Date()): Promise<CreateBackupResult> {
  const base = basename(book.file).replace(/\.[^.]+$/, '')
  const name = `${base}-${stamp(now)}-${reason}.sqlite`
  const warnings: string[] = []
  const folders = [defaultBackupDir(book.file)]
  if (extraFolder) folders.push(extraFolder)
  const made: BackupInfo[] = []
  for (const [i, folder] of folders.entries()) {
    try {
      if (i > 0 && !existsSync(folder)) throw new Error('folder tidak ditemukan (flashdisk tidak terpasang?)')
      const target = join(folder, name)
      await backupTo(book.sqlite, target)
      made.push(listBackupsIn(folder).find((b) => b.name === name)!)
      for (const old of backupsToPrune(listBackupsIn(folder), now, DEFAULT_RETENTION)) rmSync(join(folder, old), { force: true })
    } catch (e) {
      const msg = `Cadangan ke ${folder} gagal: ${e instanceof Error ? e.message : String(e)}`
      if (i === 0) throw new CommandError('INTERNAL', msg)
      warnings.push(msg)
    }
  }
  return { backups: made, warnings }
}

/**
 * Opens a candidate book on its own (never the live file), and checks that it is a Lumbung book
 * this version can read, that SQLite finds it intact, and that the ledger and audit checks pass.
 */
export async function verifyBookFile(file: string, scratchDir: string): Promise<BookVerification> {
  const problems: string[] = []
  if (!existsSync(file)) throw new CommandError('NOT_FOUND', `Berkas tidak ditemukan: ${file}`, 'file')
  let raw: Database.Database
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true })
    raw.pragma('schema_version')
  } catch {
    return { ok: false, file, schemaVersion: null, cooperative: null, entries: 0, problems: ['Berkas ini bukan basis data SQLite yang dapat dibaca'] }
  }
  let schemaVersion: number
  try {
    const appId = raw.pragma('application_id', { simple: true }) as number
    schemaVersion = raw.pragma('user_version', { simple: true }) as number
    if (appId !== LUMBUNG_APPLICATION_ID) {
      return { ok: false, file, schemaVersion: null, cooperative: null, entries: 0, problems: ['Berkas ini bukan buku Lumbung'] }
    }
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return { ok: false, file, schemaVersion, cooperative: null, entries: 0, problems: [`Buku ini dari versi Lumbung yang lebih baru (skema ${schemaVersion})`] }
    }
    const integrity = raw.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`Pemeriksaan integritas SQLite gagal: ${String(integrity)}`)
  } finally {
    raw.close()
  }
  if (problems.length) return { ok: false, file, schemaVersion, cooperative: null, entries: 0, problems }

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
    return { ok: problems.length === 0, file, schemaVersion, cooperative: profile?.name ?? null, entries: ledger.entriesChecked, problems }
  } finally {
    book?.close()
    for (const f of readdirSync(scratchDir)) if (f.startsWith(basename(scratch))) rmSync(join(scratchDir, f), { force: true })
    rmSync(`${scratch}.lock`, { force: true })
  }
}

/** Replaces the (closed) book file with a verified copy, through the backup API. */
export async function writeBookFrom(source: string, target: string): Promise<void> {
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  const tmp = `${target}.pulih`
  rmSync(tmp, { force: true })
  const src = new Database(source, { readonly: true })
  try {
    await src.backup(tmp)
  } finally {
    src.close()
  }
  renameSync(tmp, target)
}
