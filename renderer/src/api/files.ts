import type { PathRequest } from '../../../shared/bridge'
import type { ExportedFile, UploadedFile } from '../../../shared/commands/files'
import { base64Blob, heldUrl, saveBlob } from '../lib/download'
import { t } from '../i18n'

/** Where a file to read comes from, as a command's input takes it. */
export type FileSource = { file: string } | { uploadId: string }

/** Where a document goes: a path from the desktop save dialog, or nothing (the browser downloads it). */
export type FileTarget = { file?: string; overwrite?: boolean }

/** A document handed to the treasurer: saved on this computer (desktop) or downloaded (browser). */
export interface SavedFile {
  name: string
  size: number
  mime: string
  /** Where it was saved on this computer (desktop app); null for a browser download. */
  file: string | null
  /** The bytes as a blob URL while the page holds them (browser download; desktop when returned): "Buka", previews. */
  url: string | null
}

/** Opens a saved document, or shows it in its folder (desktop); an Indonesian message when it cannot. */
export type OpenSaved = (saved: SavedFile) => Promise<string | null>

/**
 * The renderer's only way to files. In the desktop app the main process shows the system dialogs
 * (and accepts only the paths they return); in the browser a file is uploaded and a document is
 * downloaded. No screen asks for a typed path.
 */
export interface FileDoor {
  readonly kind: 'electron' | 'http'
  /** Asks the treasurer for a file to read; null when they cancel. */
  chooseSource(
    title: string,
    filters: PathRequest['filters'],
    accept: string
  ): Promise<{ source: FileSource; name: string } | null>
  /** Asks where to save (desktop); in the browser the document comes back as a download. null: cancelled. */
  chooseTarget(title: string, defaultName: string, filters: PathRequest['filters']): Promise<FileTarget | null>
  /** A folder on this computer (desktop only; null in the browser or when cancelled). */
  chooseFolder(title: string): Promise<string | null>
  /** Hands a finished document to the treasurer: a download in the browser; on the desktop it is already saved. */
  deliver(result: ExportedFile): Promise<SavedFile>
  /** Whether "Buka" is offered: the desktop opens the file with its program; the browser shows the downloaded bytes. */
  canOpen(saved: SavedFile): boolean
  open: OpenSaved
  /** "Tampilkan di folder" (desktop only; a browser cannot show its downloads folder). */
  reveal: OpenSaved | null
}

/** Types a browser shows itself in a new tab; anything else would only download again. */
const BROWSER_VIEWABLE = /^(application\/pdf|text\/|application\/json)/

/** Types the desktop may hand to their own program ("Buka"); a book file is only shown in its folder. */
const DESKTOP_OPENABLE = /\.(pdf|xlsx|csv|json|journal|beancount|txt)$/i

export function electronFileDoor(
  choosePath: (r: PathRequest) => Promise<string | null>,
  openPath: (path: string, how: 'open' | 'reveal') => Promise<string | null> = async () => null
): FileDoor {
  return {
    kind: 'electron',
    async chooseSource(title, filters) {
      const path = await choosePath({ kind: 'open', title, ...(filters ? { filters } : {}) })
      return path ? { source: { file: path }, name: path.split(/[\\/]/).pop() ?? path } : null
    },
    async chooseTarget(title, defaultName, filters) {
      const path = await choosePath({ kind: 'save', title, defaultName, ...(filters ? { filters } : {}) })
      // The system dialog itself asked before replacing an existing file.
      return path ? { file: path, overwrite: true } : null
    },
    chooseFolder: (title) => choosePath({ kind: 'folder', title }),
    deliver: async (r) => ({
      name: r.name,
      size: r.size,
      mime: r.mime,
      file: r.file,
      url: r.base64 ? heldUrl(base64Blob(r.base64, r.mime)) : null
    }),
    canOpen: (saved) => saved.file !== null && DESKTOP_OPENABLE.test(saved.file),
    open: (saved) => (saved.file ? openPath(saved.file, 'open') : Promise.resolve(null)),
    reveal: (saved) => (saved.file ? openPath(saved.file, 'reveal') : Promise.resolve(null))
  }
}

/** Opens the browser's own file chooser and resolves with the chosen file (null: cancelled). */
export function pickBrowserFile(accept: string, doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    let settled = false
    const done = (f: File | null) => {
      if (settled) return
      settled = true
      input.remove()
      resolve(f)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null))
    input.addEventListener('cancel', () => done(null))
    doc.body.appendChild(input)
    input.click()
  })
}

/** Fetches a one-time download (`GET /download/<id>`) as a blob; the name is the server's (Content-Disposition). */
export type FetchDownload = (id: string) => Promise<Blob>

export function httpFileDoor(
  upload: (file: File) => Promise<UploadedFile>,
  pick: (accept: string) => Promise<File | null> = pickBrowserFile,
  fetchDownload: FetchDownload | null = null
): FileDoor {
  return {
    kind: 'http',
    async chooseSource(_title, _filters, accept) {
      const f = await pick(accept)
      if (!f) return null
      const u = await upload(f)
      return { source: { uploadId: u.uploadId }, name: u.name }
    },
    chooseTarget: async () => ({}),
    chooseFolder: async () => null,
    async deliver(r) {
      const blob =
        r.downloadId && fetchDownload
          ? await fetchDownload(r.downloadId)
          : r.base64 !== undefined
            ? base64Blob(r.base64, r.mime)
            : null
      if (!blob) return { name: r.name, size: r.size, mime: r.mime, file: null, url: null }
      const url = heldUrl(blob)
      saveBlob(url, r.name)
      return { name: r.name, size: r.size, mime: r.mime, file: null, url }
    },
    canOpen: (saved) => saved.url !== null && BROWSER_VIEWABLE.test(saved.mime),
    open: async (saved) => {
      if (saved.url) window.open(saved.url, '_blank', 'noopener')
      return null
    },
    reveal: null
  }
}

export const SPREADSHEET_FILTERS = [{ name: t.files.filters.spreadsheet, extensions: ['xlsx', 'csv'] }]
export const SPREADSHEET_ACCEPT = '.xlsx,.csv'
export const BOOK_FILTERS = [{ name: t.files.filters.book, extensions: ['lumbung', 'sqlite'] }]
export const BOOK_ACCEPT = '.lumbung,.sqlite'
