import { xlsxBuffer } from '../files/cells'
import type { StatementDocument } from './document'

const NUMBER = '#,##0;(#,##0);0'

/** The statement as one worksheet: title lines, then each table with bold headers and number cells. */
export async function statementXlsx(doc: StatementDocument): Promise<Buffer> {
  const rows = statementRows(doc)
  const width = Math.max(2, ...doc.blocks.map((b) => (b.type === 'table' ? b.table.columns.length : 0)))
  const columns = [{ width: 60 }, ...Array.from({ length: width - 1 }, () => ({ width: 18 }))]
  return xlsxBuffer(rows, { columns, sheet: doc.title.slice(0, 31) })
}

/** The worksheet rows of a statement. */
export function statementRows(doc: StatementDocument): unknown[][] {
  const rows: unknown[][] = [
    [{ value: doc.profile.name, fontWeight: 'bold' }],
    [{ value: doc.title, fontWeight: 'bold' }],
    [doc.period],
    ['(dalam rupiah)'],
    []
  ]
  for (const b of doc.blocks) {
    if (b.type === 'text') {
      if (b.heading) rows.push([{ value: b.heading, fontWeight: 'bold' }])
      rows.push([b.text], [])
      continue
    }
    const t = b.table
    if (t.heading) rows.push([{ value: t.heading, fontWeight: 'bold' }])
    rows.push(t.columns.map((c) => ({ value: c.label, fontWeight: 'bold', align: c.align })))
    for (const r of t.rows) {
      rows.push(
        r.cells.map((v, i) => {
          if (v === null) return null
          if (typeof v === 'number')
            return { value: v, type: Number, format: NUMBER, ...(r.emphasis ? { fontWeight: 'bold' } : {}) }
          return {
            value: i === 0 && r.level > 0 ? `${'  '.repeat(r.level)}${v}` : v,
            ...(r.emphasis ? { fontWeight: 'bold' } : {})
          }
        })
      )
    }
    rows.push([])
  }
  return rows
}
