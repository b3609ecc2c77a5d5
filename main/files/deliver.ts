import { createHash } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { CommandError } from '../../shared/errors'
import type { ExportedFile } from '../../shared/commands/files'
import { writeFileSafely, type WriteGuard } from './safe-write'

/** A document a command made, before a door decides where it goes. */
export interface ExportDocument {
  name: string
  mime: string
  bytes: Buffer
}

/** Which door asked: the person at the laptop (CLI, desktop dialogs) or a browser over HTTP. */
export type Door = 'local' | 'http'

const MAX_BASE64 = 20 * 1024 * 1024

export function exportFolder(bookFile: string): string {
  return join(dirname(bookFile), 'ekspor')
}

/** `name.pdf`, else `name (2).pdf`, … : a default name never replaces an earlier export. */
export function freeName(folder: string, name: string): string {
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  let candidate = join(folder, name)
  for (let n = 2; existsSync(candidate) || existsSync(`${candidate}.partial`); n++)
    candidate = join(folder, `${stem} (${n})${ext}`)
  return candidate
}

export function describe(doc: ExportDocument, file: string | null, withBytes: boolean): ExportedFile {
  return {
    file,
    name: file ? basename(file) : doc.name,
    size: doc.bytes.length,
    mime: doc.mime,
    sha256: createHash('sha256').update(doc.bytes).digest('hex'),
    ...(withBytes && doc.bytes.length <= MAX_BASE64 ? { base64: doc.bytes.toString('base64') } : {})
  }
}

/**
 * Hands a document to the door. Over HTTP nothing is written on this computer: the bytes go back as
 * a download. For the CLI and the desktop app it is written, safely, where the person chose (or in
 * `ekspor/` beside the book under a name that replaces nothing).
 */
export function deliverDocument(
  doc: ExportDocument,
  target: { file?: string | undefined; overwrite?: boolean | undefined },
  ctx: { door: Door; bookFile: string; guard: WriteGuard }
): ExportedFile {
  if (ctx.door === 'http') return describe(doc, null, true)
  const ext = extname(doc.name).toLowerCase()
  let file: string
  if (target.file) {
    if (!target.file.toLowerCase().endsWith(ext))
      throw new CommandError('INVALID_INPUT', `Berkas: nama berkas harus berakhiran ${ext}`, 'file')
    file = target.file
  } else {
    const folder = exportFolder(ctx.bookFile)
    mkdirSync(folder, { recursive: true })
    file = freeName(folder, doc.name)
  }
  const written = writeFileSafely(file, doc.bytes, ctx.guard, { overwrite: target.overwrite ?? false })
  return describe(doc, written.file, true)
}

/** A second document that belongs with the first (the Dinas JSON beside its XLSX). */
export function companionPath(mainFile: string, name: string): string {
  return join(dirname(mainFile), name)
}
