import { randomUUID } from 'node:crypto'
import { mkdirSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'
import { APP_VERSION } from '../../shared/version'
import { acquireBookLock, type BookLock } from './lock'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import { SyncRunner } from './query'
import type { Migration } from './migrations/types'
import type { PostingCollector } from '../audit/postings'
import { identify, pathExists } from '../files/file-identity'
import { backupBeforeMigration } from '../backup/backup-file'
import { ensureBookId, LUMBUNG_APPLICATION_ID, readBookId } from './book-identity'
import type { Book } from './book-type'

export { LUMBUNG_APPLICATION_ID } from './book-identity'
export type { Book } from './book-type'

export interface OpenBookOptions {
  /** Create the file if it does not exist (default false). */
  create?: boolean
  readonly?: boolean
  /** Where the pre-migration backup goes (default: `backups/` beside the book). */
  backupDir?: string
  /** Stop migrating at this version (tests of the upgrade path). */
  targetVersion?: number
  /** Skip the writer lock (a worker thread inside the process that holds it). */
  skipLock?: boolean
  /** Wait this long for another writer to close the book before giving up (default 0). */
  waitForLockMs?: number
  /** Who opens the book, named to a second program that finds it held (e.g. "CLI"). */
  program?: string
  /** Replace the migration list (tests of an interrupted migration only). */
  migrations?: readonly Migration[]
}

export interface MigrationReport {
  from: number
  to: number
  backupFile: string | null
}

function notABook(file: string, why: string): CommandError {
  return new CommandError('NOT_A_BOOK', `${why}, bukan buku Lumbung: ${basename(file)}`)
}

function tooNew(version: number): CommandError {
  return new CommandError(
    'BOOK_TOO_NEW',
    `Buku ini ditulis oleh versi Lumbung yang lebih baru (skema ${version}; aplikasi ${APP_VERSION} hanya mengenal sampai skema ${LATEST_SCHEMA_VERSION}). Perbarui aplikasi Lumbung sebelum membuka buku ini.`
  )
}

interface Peek {
  appId: number
  version: number
  tables: number
  bookId: string | null
}

/** Refuses what cannot be a book at all (missing, a folder, empty) before SQLite touches it. */
function statBook(file: string): void {
  let st
  try {
    st = statSync(file)
  } catch {
    throw notABook(file, 'Berkas tidak dapat dibaca')
  }
  if (!st.isFile()) throw notABook(file, 'Ini folder atau perangkat, bukan berkas')
  if (st.size === 0) throw notABook(file, 'Berkas kosong')
}

/** Looks at an existing file without writing anything to it: is it a Lumbung book this version can open? */
function peek(file: string): Peek {
  statBook(file)
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    db.pragma('schema_version')
  } catch {
    db?.close()
    throw notABook(file, 'Berkas tidak dapat dibaca sebagai basis data SQLite')
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n
    return { appId, version, tables, bookId: appId === LUMBUNG_APPLICATION_ID ? readBookId(db) : null }
  } finally {
    db.close()
  }
}

export async function openBook(
  file: string,
  options: OpenBookOptions = {}
): Promise<Book & { migration: MigrationReport }> {
  const exists = pathExists(file)
  if (!exists && (!options.create || options.readonly)) {
    throw new CommandError('BOOK_NOT_FOUND', `Berkas buku tidak ditemukan: ${file}`)
  }
  // An empty file left by a crash before the first write may become a new book when asked to create one.
  const emptyNew = exists && options.create && !options.readonly && statSync(file).isFile() && statSync(file).size === 0
  let found: Peek | null = null
  // A read-only opening writes nothing: its one connection makes the same checks below, before any read.
  if (exists && !emptyNew && options.readonly) statBook(file)
  else if (exists && !emptyNew) {
    found = peek(file)
    if (found.appId !== LUMBUNG_APPLICATION_ID && (found.appId !== 0 || found.tables > 0))
      throw notABook(file, 'Berkas ini basis data lain')
    if (found.version > LATEST_SCHEMA_VERSION) {
      throw tooNew(found.version)
    }
  }
  if (exists && identify(file).nlink > 1) {
    // Two names for one file would give SQLite two write-ahead logs: a writer would corrupt the book, a
    // reader would read past the other name's log. Refused for reading too.
    throw new CommandError(
      'BOOK_LOCKED',
      `Berkas buku ${basename(file)} punya nama lain (hard link). Buka salinan biasa, bukan tautan, agar buku tidak rusak.`
    )
  }
  if (!exists) mkdirSync(dirname(file), { recursive: true })

  const lock: BookLock | null =
    options.readonly || options.skipLock
      ? null
      : await acquireBookLock(file, {
          waitMs: options.waitForLockMs ?? 0,
          program: options.program ?? 'program Lumbung'
        })
  let sqlite: Database.Database | null = null
  try {
    sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create })
    try {
      sqlite.pragma('schema_version')
    } catch {
      throw notABook(file, 'Berkas tidak dapat dibaca sebagai basis data SQLite')
    }
    const appId = sqlite.pragma('application_id', { simple: true }) as number
    const current = sqlite.pragma('user_version', { simple: true }) as number
    const tableCount = (
      sqlite.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }
    ).n
    if (appId !== LUMBUNG_APPLICATION_ID && (appId !== 0 || tableCount > 0))
      throw notABook(file, 'Berkas ini basis data lain')
    if (current > LATEST_SCHEMA_VERSION) throw tooNew(current)
    sqlite.pragma('busy_timeout = 5000')
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL')
      sqlite.pragma('synchronous = FULL')
    }
    sqlite.pragma('foreign_keys = ON')

    const target = Math.min(options.targetVersion ?? LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION)
    let backupFile: string | null = null
    if (current < target) {
      if (options.readonly) {
        throw new CommandError(
          'READ_ONLY',
          'Buku ini perlu dimutakhirkan; buka sekali dalam mode tulis terlebih dahulu.'
        )
      }
      const owner = { id: readBookId(sqlite) ?? randomUUID(), label: basename(file).replace(/\.[^.]+$/, '') }
      if (current > 0) {
        owner.label = readProfileName(sqlite) ?? owner.label
        backupFile = await backupBeforeMigration(sqlite, file, current, target, owner, options.backupDir)
      }
      migrate(sqlite, current, target, options.migrations ?? MIGRATIONS)
      ensureBookId(sqlite, owner.id)
    } else if (!options.readonly && current > 0) {
      ensureBookId(sqlite)
    }
    const db = sqlite
    const postings: PostingCollector = { pending: [] }
    let depth = 0
    const book: Book & { migration: MigrationReport } = {
      file,
      sqlite: db,
      q: new SyncRunner(db),
      readonly: options.readonly ?? false,
      migration: { from: current, to: Math.max(current, target), backupFile },
      postings,
      tx: <T>(fn: () => T): T => {
        if (depth === 0) postings.pending = []
        const mark = postings.pending.length
        depth++
        try {
          return db.transaction(fn).immediate()
        } catch (e) {
          postings.pending.length = mark
          throw e
        } finally {
          depth--
        }
      },
      schemaVersion: () => db.pragma('user_version', { simple: true }) as number,
      close: () => {
        try {
          if (db.open) db.close()
        } finally {
          lock?.release()
        }
      }
    }
    return book
  } catch (e) {
    if (sqlite?.open) sqlite.close()
    lock?.release()
    throw e
  }
}

function readProfileName(sqlite: Database.Database): string | null {
  try {
    return (sqlite.prepare('SELECT name FROM profile WHERE id = 1').get() as { name: string } | undefined)?.name ?? null
  } catch {
    return null
  }
}

function migrate(sqlite: Database.Database, from: number, to: number, migrations: readonly Migration[]): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL)`)
  const record = sqlite.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)'
  )
  for (const m of migrations) {
    if (m.version <= from || m.version > to) continue
    sqlite
      .transaction(() => {
        sqlite.exec(m.up)
        m.after?.(sqlite)
        record.run(m.version, m.name, new Date().toISOString(), APP_VERSION)
        sqlite.pragma(`application_id = ${LUMBUNG_APPLICATION_ID}`)
        sqlite.pragma(`user_version = ${m.version}`)
      })
      .immediate()
  }
}
