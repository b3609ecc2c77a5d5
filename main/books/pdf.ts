import type { Content, PageSize, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { formatDateLong, formatDateShort } from '../../shared/dates/format'
import { formatAmount, formatNumberId } from '../../shared/money/rupiah'
import { formatQty } from '../../shared/trading/cost'
import type { BookCell, BookColumn, BookDocument, BookTable } from './model'

export type Paper = 'A4' | 'F4'

const MM = 72 / 25.4
/** F4 (folio) is 215 × 330 mm; pdfmake knows A4 by name. */
const PAGE: Record<Paper, PageSize> = { A4: 'A4', F4: { width: 215 * MM, height: 330 * MM } }

const ISO = /^\d{4}-\d{2}-\d{2}$/
const PAD = [40, 58, 40, 50] as [number, number, number, number]

/** A cell as the treasurer reads it: 31/12/2025, 1.234.567 or (267.850), 1,5. */
export function cellText(c: BookColumn, v: BookCell): string {
  if (v === null) return ''
  if (typeof v === 'string') return c.kind === 'date' && ISO.test(v) ? formatDateShort(v) : v
  if (c.kind === 'money') return formatAmount(v)
  if (c.kind === 'qty') return formatQty(v)
  return formatNumberId(v)
}

function table(t: BookTable): Content {
  const right = (c: BookColumn) => c.kind !== 'text' && c.kind !== 'date'
  const body: TableCell[][] = [
    t.columns.map((c) => ({ text: c.label, bold: true, alignment: right(c) ? 'right' : 'left', fillColor: '#eeeeee' })),
    ...t.rows.map((r) =>
      r.cells.map((v, i) => {
        const c = t.columns[i]!
        return {
          text: cellText(c, v),
          alignment: right(c) ? 'right' : 'left',
          bold: r.emphasis === true,
          ...(r.emphasis ? { fillColor: '#f6f6f6' } : {})
        } as TableCell
      })
    )
  ]
  return {
    stack: [
      ...(t.heading ? [{ text: t.heading, bold: true, margin: [0, 8, 0, 4] as [number, number, number, number] }] : []),
      {
        // The header row repeats on every page; a row is never split across two.
        table: { headerRows: 1, dontBreakRows: true, widths: t.columns.map((c) => c.width ?? '*'), body },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#999999',
          vLineColor: () => '#999999',
          paddingTop: () => 2,
          paddingBottom: () => 2,
          paddingLeft: () => 3,
          paddingRight: () => 3
        }
      }
    ],
    margin: [0, 0, 0, 10]
  }
}

/**
 * A book on A4 or F4: the cooperative's name and address, the title, the period and the printed-at
 * stamp on top; tables whose header repeats on every page; "Halaman X dari Y" and the stamp in every
 * footer; the signature block where the book is customarily signed.
 */
export function bookDefinition(doc: BookDocument, paper: Paper, stamp: string): TDocumentDefinitions {
  const p = doc.profile
  const address = [p.street, p.village, p.district, p.regency, p.province].filter(Boolean).join(', ')
  const content: Content[] = [
    { text: p.name.toUpperCase(), bold: true, alignment: 'center', fontSize: 12 },
    { text: address, alignment: 'center', fontSize: 8, color: '#333333' },
    { text: doc.title, bold: true, alignment: 'center', fontSize: 13, margin: [0, 6, 0, 0] },
    ...doc.subtitle.map((s) => ({
      text: s,
      alignment: 'center' as const,
      margin: [0, 1, 0, 0] as [number, number, number, number]
    })),
    { text: `Dicetak ${stamp}`, alignment: 'center', fontSize: 7, color: '#555555', margin: [0, 2, 0, 10] }
  ]
  if (doc.facts?.length) {
    content.push({
      table: {
        widths: [90, '*'],
        body: doc.facts.map((f) => [
          { text: f.label, color: '#333333' },
          { text: f.value, bold: true }
        ])
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8]
    })
  }
  for (const t of doc.tables) content.push(table(t))
  if (doc.signers) {
    content.push({
      unbreakable: true,
      margin: [0, 18, 0, 0],
      stack: [
        { text: `${p.village}, ${formatDateLong(doc.signedAt)}`, alignment: 'right', margin: [0, 0, 0, 6] },
        {
          columns: doc.signers.map((s) => ({
            width: '*',
            stack: [
              { text: s.role, alignment: 'center' as const },
              { text: `\n\n\n(${s.name ?? '....................................'})`, alignment: 'center' as const }
            ]
          }))
        }
      ]
    })
  }
  return {
    pageSize: PAGE[paper],
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: PAD,
    defaultStyle: { font: 'Roboto', fontSize: doc.landscape ? 7.5 : 8 },
    info: { title: `${doc.title} — ${p.name}`, author: p.name, creator: 'Lumbung' },
    header: (page: number) =>
      (page > 1
        ? {
            text: `${p.name} — ${doc.title} · ${doc.subtitle.join(' · ')}`,
            fontSize: 7.5,
            color: '#555555',
            margin: [40, 30, 40, 0]
          }
        : null) as Content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${doc.title} · Dicetak ${stamp}`, fontSize: 7, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 8, width: 100 }
      ],
      margin: [40, 18, 40, 0]
    }),
    content
  }
}
