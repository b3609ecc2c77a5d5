import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'

/** 'LMBG': marks a SQLite file as a Lumbung book. */
export const LUMBUNG_APPLICATION_ID = 0x4c4d4247
export const BOOK_ID_KEY = 'book.id'

/** Every book carries a random identity from its first open in this version; its backups carry it too. */
export function readBookId(sqlite: Database.Database): string | null {
  try {
    const r = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(BOOK_ID_KEY) as
      { value: string } | undefined
    return r?.value ?? null
  } catch {
    return null
  }
}

export function ensureBookId(sqlite: Database.Database, id: string = randomUUID()): string {
  const existing = readBookId(sqlite)
  if (existing) return existing
  sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(BOOK_ID_KEY, id)
  return id
}
