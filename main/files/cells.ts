import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Text that a spreadsheet would run as a formula (or DDE command) when it begins with = + - @, a tab
 * or a carriage return gets a leading apostrophe, so a member called "=HYPERLINK(…)" stays a name.
 * Numbers are never passed through here: they stay numbers.
 */
export function safeCellText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
}

/** One CSV field (`;` separated, quoted when needed), text neutralised; numbers as they are. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return ''
  const s = typeof v === 'number' ? String(v) : safeCellText(v)
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

type Cell = unknown

function safeCell(c: Cell): Cell {
  if (typeof c === 'string') return safeCellText(c)
  if (c && typeof c === 'object' && !Array.isArray(c) && typeof (c as { value?: unknown }).value === 'string') {
    const o = c as { value: string; type?: unknown }
    if (o.type === Number || o.type === Date || o.type === Boolean) return c
    return { ...o, value: safeCellText(o.value) }
  }
  return c
}

const safeRows = (rows: Cell[][]) => rows.map((r) => (Array.isArray(r) ? r.map(safeCell) : r))

/** Every workbook Lumbung writes goes through here: text cells neutralised, numbers kept as numbers. */
export async function xlsxBuffer(
  data: Cell[][] | { data: Cell[][]; sheet: string; columns?: unknown }[],
  options?: Record<string, unknown>
): Promise<Buffer> {
  const sheets =
    data.length > 0 &&
    !Array.isArray(data[0]) &&
    typeof data[0] === 'object' &&
    data[0] !== null &&
    'data' in (data[0] as object)
  const safe = sheets
    ? (data as { data: Cell[][] }[]).map((s) => ({ ...s, data: safeRows(s.data) }))
    : safeRows(data as Cell[][])
  // Loaded when a workbook is written, not by every command; required, not imported, because the
  // compiled CLI runs as a script in which import() of a package is not available.
  const writeXlsxFile = (require('write-excel-file/node') as typeof import('write-excel-file/node')).default
  return (await writeXlsxFile(safe as never, options as never).toBuffer()) as Buffer
}
