import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CommandError } from '../../shared/errors'
import type { Book } from '../db/book'

/**
 * Where an export goes: the file the user named (which must end in `.ext`), else `ekspor/<name>`
 * beside the book. The folder is made if needed.
 */
export function exportTarget(book: Book, given: string | undefined, name: string, ext: string): string {
  const file = given ?? join(dirname(book.file), 'ekspor', name)
  if (given && !file.toLowerCase().endsWith(`.${ext}`)) throw new CommandError('INVALID_INPUT', `Berkas: nama berkas harus berakhiran .${ext}`, 'file')
  mkdirSync(dirname(file), { recursive: true })
  return file
}

/** Writes the bytes and describes the file for the doors (the renderer downloads it from base64). */
export function writeExport(file: string, bytes: Buffer, mime: string) {
  writeFileSync(file, bytes)
  return { file, name: basename(file), size: bytes.length, mime, base64: bytes.toString('base64') }
}
