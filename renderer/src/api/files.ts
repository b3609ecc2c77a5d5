import type { PathRequest } from '../../../shared/bridge'
import type { ExportedFile, UploadedFile } from '../../../shared/commands/files'
import { downloadBase64 } from '../lib/download'

/** Where a file to read comes from, as a command's input takes it. */
export type FileSource = { file: string } | { uploadId: string }

/** Where a document goes: a path from the desktop save dialog, or nothing (the browser downloads it). */
export type FileTarget = { file?: string; overwrite?: boolean }

/**
 * The renderer's only way to files. In the desktop app the main process shows the system dialogs
 * (and accepts only the paths they return); in the browser a file is uploaded and a document is
 * downloaded. No screen asks for a typed path.
 */
export interface FileDoor {
  readonly kind: 'electron' | 'http'
  /** Asks the treasurer for a file to read; null when they cancel. */
  chooseSource(title: string, filters: PathRequest['filters'], accept: string): Promise<{ source: FileSource; name: string } | null>
  /** Asks where to save (desktop); in the browser the document comes back as a download. null: cancelled. */
  chooseTarget(title: string, defaultName: string, filters: PathRequest['filters']): Promise<FileTarget | null>
  /** A folder on this computer (desktop only; null in the browser or when cancelled). */
  chooseFolder(title: string): Promise<string | null>
  /** Hands a finished document to the treasurer: a download in the browser; on the desktop it is already saved. */
  deliver(result: ExportedFile): void
}

export function electronFileDoor(choosePath: (r: PathRequest) => Promise<string | null>): FileDoor {
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
    deliver: () => {}
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

export function httpFileDoor(upload: (file: File) => Promise<UploadedFile>, pick: (accept: string) => Promise<File | null> = pickBrowserFile): FileDoor {
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
    deliver: (r) => {
      if (r.base64) downloadBase64(r.base64, r.name, r.mime)
    }
  }
}

export const SPREADSHEET_FILTERS = [{ name: 'Lembar kerja (Excel atau CSV)', extensions: ['xlsx', 'csv'] }]
export const SPREADSHEET_ACCEPT = '.xlsx,.csv'
export const BOOK_FILTERS = [{ name: 'Buku Lumbung', extensions: ['lumbung', 'sqlite'] }]
export const BOOK_ACCEPT = '.lumbung,.sqlite'
