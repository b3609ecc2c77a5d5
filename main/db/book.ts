import { existsSync, mkdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { CommandError } from '../../shared/errors'
import { APP_VERSION } from '../../shared/version'
import { acquireBookLock, type BookLock } from './lock'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import { queryBuilder, SyncRunner } from './query'
import type { DB } from './schema'
import type { Migration } from './migrations/types'

/** 'LMBG': marks a SQLite file as a Lumbung book. */
export const LUMBUNG_APPLICATION_ID = 0x4c4d4247

export interface Book {
  readonly file: string
  readonly sqlite: Database.Database
  readonly k: Kysely<DB>
  readonly q: SyncRunner
  readonly readonly: boolean
  /** Runs fn in one SQLite transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T
  schemaVersion(): number
  close(): void
}

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
  /** Replace the migration list (tests of an interrupted migration only). */
  migrations?: readonly Migration[]
}

export interface MigrationReport {
  from: number
  to: number
  backupFile: string | null
}

export async function openBook(file: string, options: OpenBookOptions = {}): Promise<Book & { migration: MigrationReport }> {
  const exists = existsSync(file) && statSync(file).size > 0
  if (!exists && !options.create) {
    throw new CommandError('BOOK_NOT_FOUND', `Berkas buku tidak ditemukan: ${file}`)
  }
  if (!exists && options.readonly) {
    throw new CommandError('BOOK_NOT_FOUND', `Berkas buku tidak ditemukan: ${file}`)
  }
  if (!exists) mkdirSync(dirname(file), { recursive: true })

  const lock: BookLock | null = options.readonly || options.skipLock ? null : acquireBookLock(file)
  let sqlite: Database.Database | null = null
  try {
    sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create })
    try {
      sqlite.pragma('schema_version')
    } catch {
      throw new CommandError('NOT_A_BOOK', `Berkas ini bukan basis data SQLite yang dapat dibaca: ${file}`)
    }
    sqlite.pragma('busy_timeout = 5000')
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL')
      sqlite.pragma('synchronous = FULL')
    }
    sqlite.pragma('foreign_keys = ON')

    const appId = sqlite.pragma('application_id', { simple: true }) as number
    const current = sqlite.pragma('user_version', { simple: true }) as number
    const tableCount = (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n
    if (appId !== LUMBUNG_APPLICATION_ID && (appId !== 0 || tableCount > 0)) {
      throw new CommandError('NOT_A_BOOK', `Berkas ini bukan buku Lumbung: ${basename(file)}`)
    }
    if (current > LATEST_SCHEMA_VERSION) {
      throw new CommandError(
        'BOOK_TOO_NEW',
        `Buku ini ditulis oleh versi Lumbung yang lebih baru (skema ${current}; aplikasi ${APP_VERSION} hanya mengenal sampai skema ${LATEST_SCHEMA_VERSION}). Perbarui aplikasi Lumbung sebelum membuka buku ini.`
      )
    }
    const target = Math.min(options.targetVersion ?? LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION)
    let backupFile: string | null = null
    if (current < target) {
      if (options.readonly) {
        throw new CommandError('READ_ONLY', 'Buku ini perlu dimutakhirkan; buka sekali dalam mode tulis terlebih dahulu.')
      }
      if (current > 0) backupFile = await backupBeforeMigration(sqlite, file, current, target, options.backupDir)
      migrate(sqlite, current, target, options.migrations ?? MIGRATIONS)
    }
    const db = sqlite
    const book: Book & { migration: MigrationReport } = {
      file,
      sqlite: db,
      k: queryBuilder(),
      q: new SyncRunner(db),
      readonly: options.readonly ?? false,
      migration: { from: current, to: Math.max(current, target), backupFile },
      tx: <T>(fn: () => T): T => db.transaction(fn).immediate(),
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

function migrate(sqlite: Database.Database, from: number, to: number, migrations: readonly Migration[]): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL)`)
  const record = sqlite.prepare('INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)')
  for (const m of migrations) {
    if (m.version <= from || m.version > to) continue
    sqlite.transaction(() => {
      sqlite.exec(m.up)
      m.after?.(sqlite)
      record.run(m.version, m.name, new Date().toISOString(), APP_VERSION)
      sqlite.pragma(`application_id = ${LUMBUNG_APPLICATION_ID}`)
      sqlite.pragma(`user_version = ${m.version}`)
    }).immediate()
  }
}

function timestampForFile(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

async function backupBeforeMigration(
  sqlite: Database.Database,
  file: string,
  from: number,
  to: number,
  dir?: string
): Promise<string> {
  const backupDir = dir ?? join(dirname(file), 'backups')
  mkdirSync(backupDir, { recursive: true })
  const name = basename(file).replace(/\.[^.]+$/, '')
  const target = join(backupDir, `${name}-sebelum-migrasi-v${from}-ke-v${to}-${timestampForFile()}.sqlite`)
  await sqlite.backup(target)
  return target
}
