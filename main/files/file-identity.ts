import { existsSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { CERT_SUFFIX, KEY_SUFFIX } from '../network/certificate'

/**
 * What a path really names: its absolute spelling with every symlink in the folders resolved, the
 * folded spelling used for comparisons (case-insensitive file systems such as a USB stick's FAT or
 * Windows and macOS defaults), and the device + inode of the file when it exists (so a hard link
 * or a differently-spelled alias is still recognised).
 */
export interface FileIdentity {
  /** Absolute path with the folder resolved through symlinks; the file itself is not followed. */
  path: string
  /** The path compared case-insensitively and without trailing dots/spaces (Windows ignores them). */
  folded: string
  /** Where a symlink at `path` points (its real path), else `path`. */
  target: string
  targetFolded: string
  /** Device and inode of what `path` opens, when it exists. */
  inode: { dev: number; ino: number } | null
  exists: boolean
  isSymlink: boolean
  isDirectory: boolean
  nlink: number
}

export function foldPath(p: string): string {
  return p
    .split(/[\\/]+/)
    .map((seg) => seg.replace(/[. ]+$/, '') || seg)
    .join('/')
    .normalize('NFC')
    .toLowerCase()
}

function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    // A folder that does not exist (yet): resolve as far up as exists.
    const parent = dirname(dir)
    if (parent === dir) return dir
    return join(realFolder(parent), basename(dir))
  }
}

export function identify(p: string): FileIdentity {
  const abs = resolve(p)
  const path = join(realFolder(dirname(abs)), basename(abs))
  let l: Stats | null = null
  try {
    l = lstatSync(path)
  } catch {
    l = null
  }
  let target = path
  let st: Stats | null = null
  if (l) {
    try {
      st = statSync(path)
      target = realpathSync.native(path)
    } catch {
      st = null // a dangling symlink
    }
  }
  return {
    path,
    folded: foldPath(path),
    target,
    targetFolded: foldPath(target),
    inode: st ? { dev: st.dev, ino: st.ino } : null,
    exists: l !== null,
    isSymlink: l?.isSymbolicLink() ?? false,
    isDirectory: st?.isDirectory() ?? false,
    nlink: st?.nlink ?? 0
  }
}

/** true when the two identities name the same file, by inode or by (folded) resolved spelling. */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.inode && b.inode && a.inode.dev === b.inode.dev && a.inode.ino === b.inode.ino) return true
  return (
    a.folded === b.folded ||
    a.targetFolded === b.targetFolded ||
    a.folded === b.targetFolded ||
    a.targetFolded === b.folded
  )
}

/**
 * The files that make up an open SQLite book: the database, its WAL, shared memory, journal and
 * lock, and the office network's certificate and key (main/network/certificate.ts).
 */
export const BOOK_SIDE_SUFFIXES = [
  '',
  '-wal',
  '-shm',
  '-journal',
  '.lock',
  '.lock-journal',
  '.lock.json',
  CERT_SUFFIX,
  KEY_SUFFIX
] as const

export function bookFiles(bookFile: string): string[] {
  const real = identify(bookFile).target
  const names = new Set<string>()
  for (const base of [resolve(bookFile), real]) for (const s of BOOK_SIDE_SUFFIXES) names.add(`${base}${s}`)
  return [...names]
}

export function pathExists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return existsSync(p)
  }
}
