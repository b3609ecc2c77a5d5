import { readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { CommandError } from '../../shared/errors'

export type Cell = string | number | boolean | Date | null
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** Decodes a CSV's bytes: UTF-8 (with or without BOM), else Windows-1252 as Excel on Windows writes. */
export function decodeText(bytes: Buffer): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start))
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** RFC 4180 CSV with the delimiter guessed from the header line (; , or tab). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const)
  const delim = counts.sort((a, b) => b[1] - a[1])[0]![0]
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === delim) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  if (quoted) throw new CommandError('INVALID_INPUT', 'Berkas CSV: ada tanda kutip (") yang tidak ditutup', 'file')
  return rows
}

/** Reads the first sheet of an .xlsx or a .csv file into rows of cells. */
export async function readTable(file: string, name: string = basename(file)): Promise<Cell[][]> {
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) throw new Error('not a file')
    size = st.size
  } catch {
    throw new CommandError('NOT_FOUND', `Berkas tidak ditemukan atau tidak dapat dibaca: ${name}`, 'file')
  }
  if (size === 0) throw new CommandError('INVALID_INPUT', `Berkas ${name} kosong`, 'file')
  if (size > MAX_IMPORT_BYTES) {
    throw new CommandError(
      'INVALID_INPUT',
      `Berkas terlalu besar (${Math.round(size / 1024 / 1024)} MB; paling besar ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Pecah menjadi beberapa berkas.`,
      'file'
    )
  }
  const ext = extname(name).toLowerCase() || extname(file).toLowerCase()
  if (ext === '.csv' || ext === '.txt') return parseCsv(decodeText(readFileSync(file)))
  if (ext === '.xlsx') {
    try {
      const { readSheet } = await import('read-excel-file/node')
      return (await readSheet(file)) as Cell[][]
    } catch (e) {
      throw new CommandError(
        'INVALID_INPUT',
        `Berkas Excel tidak dapat dibaca (rusak, terpotong atau bukan .xlsx): ${e instanceof Error ? e.message : String(e)}`.slice(
          0,
          300
        ),
        'file'
      )
    }
  }
  throw new CommandError(
    'INVALID_INPUT',
    'Berkas: hanya .xlsx atau .csv yang dapat diimpor (simpan .xls lama sebagai .xlsx dulu)',
    'file'
  )
}
