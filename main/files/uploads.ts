import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { CommandError } from '../../shared/errors'
import type { UploadedFile } from '../../shared/commands/files'

/** The kinds of file a command reads: spreadsheets to import, books to restore, Dinas exports. */
const ALLOWED_EXT = new Set(['.csv', '.txt', '.xlsx', '.sqlite', '.lumbung', '.json'])
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024
const MAX_PENDING = 32
const TTL_MS = 2 * 3600_000

interface Entry {
  path: string
  name: string
  size: number
  at: number
  /** A file the person at the laptop chose in the desktop dialog: referenced, never deleted. */
  local: boolean
}

/**
 * Files handed to the book host by a door: bytes uploaded from a browser (kept in a private
 * temporary folder), or a path the desktop app's open dialog returned. Commands refer to them by a
 * random id, so no client ever names a path on this computer.
 */
export class UploadStore {
  private readonly entries = new Map<string, Entry>()
  private dir: string | null = null

  private folder(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'lumbung-unggah-'))
    return this.dir
  }

  private prune(now = Date.now()): void {
    for (const [id, e] of this.entries) {
      if (now - e.at > TTL_MS) this.drop(id)
    }
    while (this.entries.size >= MAX_PENDING) this.drop(this.entries.keys().next().value!)
  }

  private drop(id: string): void {
    const e = this.entries.get(id)
    this.entries.delete(id)
    if (e && !e.local) rmSync(e.path, { force: true })
  }

  static accepts(name: string): boolean {
    return ALLOWED_EXT.has(extname(name).toLowerCase())
  }

  static cleanName(name: string): string {
    const n = basename(name.replace(/\\/g, '/'))
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f]/g, '')
      .trim()
      .slice(0, 200)
    return n || 'berkas'
  }

  /** Streams an upload into the private folder, refusing unknown kinds and oversized files. */
  async receive(stream: Readable, rawName: string, maxBytes = MAX_UPLOAD_BYTES): Promise<UploadedFile> {
    const name = UploadStore.cleanName(rawName)
    const ext = extname(name).toLowerCase()
    if (!ALLOWED_EXT.has(ext)) {
      stream.resume()
      throw new CommandError(
        'INVALID_INPUT',
        `Berkas: jenis berkas ${ext || '(tanpa akhiran)'} tidak diterima; pilih .xlsx, .csv, .lumbung, .sqlite atau .json`,
        'file'
      )
    }
    this.prune()
    const id = randomBytes(18).toString('base64url')
    const path = join(this.folder(), `${id}${ext}`)
    let size = 0
    await new Promise<void>((ok, err) => {
      const out = createWriteStream(path, { flags: 'wx', mode: 0o600 })
      let failed: Error | null = null
      stream.on('data', (c: Buffer) => {
        size += c.length
        if (size > maxBytes && !failed) {
          failed = new CommandError(
            'INVALID_INPUT',
            `Berkas: terlalu besar (paling besar ${Math.round(maxBytes / 1024 / 1024)} MB)`,
            'file'
          )
          stream.unpipe(out)
          out.destroy()
          stream.resume()
        }
      })
      stream.on('error', (e) => err(e))
      stream.on('end', () => {
        if (failed) {
          rmSync(path, { force: true })
          err(failed)
        }
      })
      out.on('finish', () => (failed ? undefined : ok()))
      out.on('error', (e) => err(e))
      stream.pipe(out)
    })
    this.entries.set(id, { path, name, size, at: Date.now(), local: false })
    return { uploadId: id, name, size }
  }

  /** Takes over a file another thread received (browser mode runs the book in its own thread). */
  adopt(path: string, rawName: string): UploadedFile {
    this.prune()
    const name = UploadStore.cleanName(rawName)
    const id = randomBytes(18).toString('base64url')
    const size = statSync(path).size
    this.entries.set(id, { path, name, size, at: Date.now(), local: false })
    return { uploadId: id, name, size }
  }

  resolve(id: string): { path: string; name: string } | null {
    const e = this.entries.get(id)
    if (!e) return null
    e.at = Date.now()
    return { path: e.path, name: e.name }
  }

  close(): void {
    this.entries.clear()
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    this.dir = null
  }
}
