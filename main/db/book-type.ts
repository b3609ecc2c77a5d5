import type Database from 'better-sqlite3'
import type { PostingCollector } from '../audit/postings'
import type { SyncRunner } from './query'

/**
 * An open book: what every domain function receives. Opened by openBook (./book.ts); kept apart from
 * it so that modules the migrations use (audit trail, settings) can name the type without importing
 * the opener, which imports the migrations (an import cycle).
 */
export interface Book {
  readonly file: string
  readonly sqlite: Database.Database
  readonly q: SyncRunner
  readonly readonly: boolean
  /** Journal entries posted in the running transaction, kept for its audit record (main/audit/postings.ts). */
  readonly postings: PostingCollector
  /** Runs fn in one SQLite transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T
  schemaVersion(): number
  close(): void
}
