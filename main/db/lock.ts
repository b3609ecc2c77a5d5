import Database from 'better-sqlite3'
import { CommandError } from '../../shared/errors'

export interface BookLock {
  release(): void
}

/**
 * A second process must not open the same book for writing. The lock is an exclusive SQLite
 * transaction held on a small side file: the operating system drops it when the holder dies,
 * even by SIGKILL, so a crash never leaves a stale lock behind.
 */
export function acquireBookLock(bookFile: string): BookLock {
  const lockFile = `${bookFile}.lock`
  const lockDb = new Database(lockFile, { timeout: 0 })
  try {
    lockDb.pragma('journal_mode = MEMORY')
    lockDb.exec('BEGIN EXCLUSIVE')
  } catch (e) {
    lockDb.close()
    if (e instanceof Error && /locked|busy/i.test(e.message)) {
      throw new CommandError(
        'BOOK_LOCKED',
        'Buku ini sedang dibuka oleh program Lumbung lain (jendela aplikasi, mode peramban atau CLI). Tutup program itu dahulu.'
      )
    }
    throw e
  }
  let released = false
  return {
    release() {
      if (released) return
      released = true
      try {
        lockDb.exec('ROLLBACK')
      } finally {
        lockDb.close()
      }
    }
  }
}
