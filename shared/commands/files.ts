import { z } from 'zod'

/**
 * Files crossing the doors. A path on this computer is accepted only from the person at the laptop:
 * the CLI user, or the desktop app's own open/save dialog. Over HTTP a file to read arrives as an
 * upload (its bytes, referenced by `uploadId`) and a document comes back as bytes to download.
 */
export const localPath = z
  .string({ error: 'harus berupa lokasi berkas' })
  .trim()
  .min(1, { error: 'wajib diisi' })
  .max(1000, { error: 'paling banyak 1000 karakter' })
  .refine((s) => !s.includes('\u0000'), { error: 'lokasi berkas tidak sah' })

export const uploadId = z
  .string({ error: 'harus berupa kode unggahan' })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'kode unggahan tidak dikenal' })

/** A file to read: a path (CLI, desktop dialog) or an uploaded file's id (browser). */
export const sourceFields = {
  file: localPath.optional(),
  uploadId: uploadId.optional()
}

/** Where a document goes: a path (CLI, desktop dialog); none = the door decides (browser: a download). */
export const targetFields = {
  file: localPath.optional(),
  overwrite: z.boolean({ error: 'harus true atau false' }).optional()
}

/** Which input fields of a command name files on this computer. */
export interface FileFields {
  read?: readonly string[]
  write?: readonly string[]
}

/** A document a command produced. `file` is where it was written (null: only returned as bytes). */
export interface ExportedFile {
  file: string | null
  name: string
  size: number
  mime: string
  sha256: string
  /** The bytes, when the door delivers them (desktop preview; over HTTP only up to 256 KB); left out above 20 MB. */
  base64?: string
  /** Over HTTP: fetch the bytes once with `GET /download/<id>` (same token and login as /rpc), within 10 minutes. */
  downloadId?: string
}

export interface UploadedFile {
  uploadId: string
  name: string
  size: number
}
