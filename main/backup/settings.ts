import { existsSync } from 'node:fs'
import type { BackupStatus } from '../../shared/commands/backup'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'
import { defaultBackupDir, listBackupsIn } from './backup-file'
import { readBookId } from '../db/book-identity'

export const DEFAULT_INTERVAL_MINUTES = 15

export function backupSettings(book: Book): { extraFolder: string | null; intervalMinutes: number } {
  return {
    extraFolder: getSetting(book, 'backup.extraFolder'),
    intervalMinutes: Number(getSetting(book, 'backup.intervalMinutes') ?? DEFAULT_INTERVAL_MINUTES)
  }
}

/** Changes only what is given. */
export function configureBackups(
  book: Book,
  input: { extraFolder?: string | null | undefined; intervalMinutes?: number | undefined },
  now: Date
): BackupStatus {
  if (input.extraFolder !== undefined) setSetting(book, 'backup.extraFolder', input.extraFolder)
  if (input.intervalMinutes !== undefined) setSetting(book, 'backup.intervalMinutes', String(input.intervalMinutes))
  return backupStatus(book, now)
}

/** This book's backups (another book's backups in a shared folder are left out). */
export function allBackups(book: Book) {
  const { extraFolder } = backupSettings(book)
  const id = readBookId(book.sqlite)
  const list = listBackupsIn(defaultBackupDir(book.file), id)
  if (extraFolder) list.push(...listBackupsIn(extraFolder, id))
  return list.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

export function backupStatus(book: Book, now: Date): BackupStatus {
  const { extraFolder, intervalMinutes } = backupSettings(book)
  const list = allBackups(book)
  const last = list[0]?.at ?? null
  return {
    lastBackupAt: last,
    ageMinutes: last === null ? null : Math.floor((now.getTime() - Date.parse(last)) / 60_000),
    folder: defaultBackupDir(book.file),
    extraFolder,
    extraFolderAvailable: extraFolder === null ? null : existsSync(extraFolder),
    intervalMinutes,
    count: list.length
  }
}
