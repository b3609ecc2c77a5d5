import { xlsxBuffer } from '../files/cells'
import type { BookCell, BookColumn, BookDocument, BookTable } from './model'

const ISO = /^\d{4}-\d{2}-\d{2}$/
const MONEY = '#,##0'
const WIDTH: Record<BookColumn['kind'], number> = { text: 14, date: 12, money: 16, count: 9, qty: 11 }

/** A cell as the spreadsheet keeps it: rupiah and counts as numbers, dates as real dates (dd/mm/yyyy). */
function cell(c: BookColumn, v: BookCell, bold: boolean): unknown {
  if (v === null) return null
  const style = bold ? { fontWeight: 'bold' } : {}
  if (typeof v === 'string') {
    if (c.kind === 'date' && ISO.test(v))
      return { value: new Date(`${v}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy', ...style }
    return { value: v, ...style }
  }
  if (c.kind === 'qty')
    return { value: v / 1000, type: Number, format: v % 1000 === 0 ? '#,##0' : '#,##0.0##', ...style }
  return { value: v, type: Number, format: MONEY, ...style }
}

function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Buku'
  let n = base
  for (let k = 2; used.has(n.toLowerCase()); k++) n = `${base.slice(0, 27)} (${k})`
  used.add(n.toLowerCase())
  return n
}

/**
 * The book as a workbook, one sheet per table: the cooperative, title, period and stamp on top,
 * then the header row, frozen so it stays in view, then the rows; totals are values, not formulas.
 */
export async function bookXlsx(doc: BookDocument, stamp: string): Promise<Buffer> {
  const used = new Set<string>()
  const sheets = doc.tables.map((t: BookTable, k) => {
    const top: unknown[][] = [
      [{ value: doc.profile.name, fontWeight: 'bold' }],
      [{ value: doc.title, fontWeight: 'bold' }],
      ...doc.subtitle.map((s) => [s]),
      [`Dicetak ${stamp}`],
      ...(k === 0 && doc.facts ? doc.facts.map((f) => [f.label, f.value]) : []),
      ...(t.heading ? [[{ value: t.heading, fontWeight: 'bold' }]] : []),
      []
    ]
    const header = t.columns.map((c) => ({
      value: c.label,
      fontWeight: 'bold',
      align: c.kind === 'text' || c.kind === 'date' ? 'left' : 'right'
    }))
    const rows = t.rows.map((r) => r.cells.map((v, i) => cell(t.columns[i]!, v, r.emphasis === true)))
    return {
      data: [...top, header, ...rows],
      sheet: sheetName(t.heading ?? doc.title, used),
      columns: t.columns.map((c) => ({ width: c.width === '*' ? 40 : WIDTH[c.kind] })),
      stickyRowsCount: top.length + 1
    }
  })
  return xlsxBuffer(sheets as never)
}
