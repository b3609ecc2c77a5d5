import { existsSync } from 'node:fs'
import type { BackupStatus } from '../../shared/commands/backup'
import type { Book } from '../db/book'
import { getSetting, setSetting } from '../settings'
import { defaultBackupDir, listBackupsIn } from './backups'

export const DEFAULT_INTERVAL_MINUTES = 15

export function backupSettings(book: Book): { extraFolder: string | null; intervalMinutes: number } {
  return {
    extraFolder: getSetting(book, 'backup.extraFolder'),
    intervalMinutes: Number(getSetting(book, 'backup.intervalMinutes') ?? DEFAULT_INTERVAL_MINUTES)
  }
}

export function configureBackups(book: Book, input: { extraFolder: string | null; intervalMinutes: number }, now: Date): BackupStatus {
  setSetting(book, 'backup.extraFolder', input.extraFolder)
  setSetting(book, 'backup.intervalMinutes', String(input.intervalMinutes))
  return backupStatus(book, now)
}

export function allBackups(book: Book) {
  const { extraFolder } = backupSettings(book)
  const list = listBackupsIn(defaultBackupDir(book.file))
  if (extraFolder) list.push(...listBackupsIn(extraFolder))
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
