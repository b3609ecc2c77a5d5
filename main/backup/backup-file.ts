import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupInfo } from '../../shared/commands/backup'
import { ensureBookId, readBookId } from '../db/book-identity'
import { copyDatabaseSafely, type WriteGuard } from '../files/safe-write'
import { fileSlug } from '../../shared/files/document-name'

export type BackupReason =
  'mulai' | 'berkala' | 'manual' | 'sebelum-migrasi' | 'sebelum-tutup-tahun' | 'sebelum-pulih' | 'ekspor'
const AUTOMATIC: ReadonlySet<string> = new Set(['mulai', 'berkala'])
/** `<koperasi>-<id buku 8>-<waktu UTC>-<alasan>.sqlite`; backups from before book identities lack the id. */
const NAME_RE = /^(.*?)-([0-9a-f]{8})-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.sqlite$/
const LEGACY_NAME_RE = /^(.*)-(\d{8}T\d{9}Z)-([a-z-]+)\.sqlite$/

export function defaultBackupDir(bookFile: string): string {
  return join(dirname(bookFile), 'backups')
}

export function isBackupName(name: string): boolean {
  return NAME_RE.test(name) || LEGACY_NAME_RE.test(name)
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '')
}

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
}

export { fileSlug }

export interface BookOwner {
  id: string
  /** The cooperative's name (or the file's) for the backup's name. */
  label: string
}

export function backupName(owner: BookOwner, reason: string, now: Date): string {
  return `${fileSlug(owner.label)}-${owner.id.slice(0, 8)}-${stamp(now)}-${reason}.sqlite`
}

function parseName(name: string): { id8: string | null; at: string; reason: string } | null {
  const m = NAME_RE.exec(name)
  if (m) return { id8: m[2]!, at: stampToIso(m[3]!), reason: m[4]! }
  const l = LEGACY_NAME_RE.exec(name)
  if (l) return { id8: null, at: stampToIso(l[2]!), reason: l[3]! }
  return null
}

/** The id stored inside a backup file (null when it cannot be read or has none). */
export function bookIdInside(file: string): string | null {
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    return readBookId(db)
  } catch {
    return null
  } finally {
    db?.close()
  }
}

/**
 * This book's backups in a folder. Another book's backups in the same folder (two laptops sharing a
 * USB stick, two books both called lumbung.sqlite) are not listed and never pruned. Backups from
 * before book identities carry no id in their name and are listed (never pruned).
 */
export function listBackupsIn(folder: string, bookId: string | null = null): BackupInfo[] {
  if (!existsSync(folder)) return []
  const out: BackupInfo[] = []
  for (const name of readdirSync(folder)) {
    const m = parseName(name)
    if (!m) continue
    if (bookId !== null && m.id8 !== null && m.id8 !== bookId.slice(0, 8)) continue
    const file = join(folder, name)
    let size: number
    try {
      const st = statSync(file)
      if (!st.isFile()) continue
      size = st.size
    } catch {
      continue
    }
    out.push({
      file,
      folder,
      name,
      at: m.at,
      reason: m.reason,
      automatic: AUTOMATIC.has(m.reason),
      size,
      bookId: m.id8
    })
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

/**
 * A consistent copy of the live book through SQLite's online backup API, written under
 * `<name>.partial`, made one self-contained file carrying the book's identity, checked, and only
 * then renamed.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  target: string,
  guard: WriteGuard,
  ownerId: string | null
): Promise<void> {
  mkdirSync(dirname(target), { recursive: true })
  await copyDatabaseSafely(sqlite, target, guard, {
    quick: true,
    verify: (partial) => {
      if (ownerId === null) return []
      const db = new Database(partial)
      try {
        ensureBookId(db, ownerId)
        return readBookId(db) === ownerId ? [] : ['salinan ini membawa identitas buku lain']
      } finally {
        db.close()
      }
    }
  })
}

/** The backup taken before a migration: same naming, checks and listing as every other backup. */
export async function backupBeforeMigration(
  sqlite: Database.Database,
  bookFile: string,
  from: number,
  to: number,
  owner: BookOwner,
  dir?: string
): Promise<string> {
  const folder = dir ?? defaultBackupDir(bookFile)
  mkdirSync(folder, { recursive: true })
  const target = join(folder, backupName(owner, `sebelum-migrasi-v${from}-ke-v${to}`, new Date()))
  await backupDatabase(sqlite, target, { bookFile, backupFolders: [], isBackupName }, owner.id)
  return target
}
