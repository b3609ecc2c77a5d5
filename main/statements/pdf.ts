import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { formatDateLong } from '../../shared/dates/format'
import { formatAmount } from '../../shared/money/rupiah'
import { renderPdf } from '../files/pdf-engine'
import type { DocTable, StatementDocument } from './document'

const cellText = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? formatAmount(v) : v)

function table(t: DocTable): Content {
  const body: TableCell[][] = [
    t.columns.map((c) => ({ text: c.label, bold: true, alignment: c.align, fillColor: '#eeeeee' })),
    ...t.rows.map((r) =>
      r.cells.map((v, i) => ({
        text: cellText(v),
        alignment: t.columns[i]?.align ?? 'left',
        bold: r.emphasis === true,
        margin: [i === 0 ? (r.level === 2 ? 12 : r.level === 1 ? 4 : 0) : 0, 0, 0, 0] as [
          number,
          number,
          number,
          number
        ]
      }))
    )
  ]
  return {
    stack: [
      ...(t.heading ? [{ text: t.heading, bold: true, margin: [0, 8, 0, 4] as [number, number, number, number] }] : []),
      {
        table: { headerRows: 1, dontBreakRows: true, widths: t.columns.map((c) => c.width ?? '*'), body },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#999999',
          vLineColor: () => '#999999',
          paddingTop: () => 2,
          paddingBottom: () => 2
        }
      }
    ],
    margin: [0, 0, 0, 10]
  }
}

/**
 * A4 statement: the cooperative's name, the title and period on top; tables whose header repeats
 * on every page and whose rows never split; "Halaman X dari Y" in the footer; the pengurus'
 * signature block at the end (DOMAIN.md §1.2: statements are signed by the pengurus).
 */
export function statementDefinition(doc: StatementDocument): TDocumentDefinitions {
  const p = doc.profile
  const content: Content[] = [
    { text: p.name.toUpperCase(), bold: true, alignment: 'center', fontSize: 12 },
    { text: doc.title, bold: true, alignment: 'center', fontSize: 13, margin: [0, 2, 0, 0] },
    { text: doc.period, alignment: 'center', margin: [0, 2, 0, 2] },
    { text: '(dalam rupiah)', alignment: 'center', italics: true, fontSize: 8, margin: [0, 0, 0, 10] }
  ]
  for (const b of doc.blocks) {
    if (b.type === 'table') content.push(table(b.table))
    else
      content.push({
        stack: [
          ...(b.heading
            ? [{ text: b.heading, bold: true, margin: [0, 6, 0, 2] as [number, number, number, number] }]
            : []),
          { text: b.text, alignment: 'justify' as const }
        ],
        margin: [0, 0, 0, 6]
      })
  }
  content.push({
    unbreakable: true,
    margin: [0, 20, 0, 0],
    stack: [
      { text: `${p.village}, ${formatDateLong(doc.signedAt)}`, alignment: 'right', margin: [0, 0, 0, 4] },
      { text: 'Pengurus', alignment: 'center', bold: true, margin: [0, 0, 0, 4] },
      {
        columns: (doc.signers ?? ['Ketua', 'Sekretaris', 'Bendahara'].map((role) => ({ role, name: null }))).map(
          (s) => ({
            width: '*',
            stack: [
              { text: s.role, alignment: 'center' as const },
              { text: `\n\n\n(${s.name ?? '....................................'})`, alignment: 'center' as const }
            ]
          })
        )
      }
    ]
  })
  return {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: doc.landscape ? 8 : 9 },
    info: { title: `${doc.title} — ${p.name}`, author: p.name, creator: 'Lumbung' },
    header: (page: number) =>
      (page > 1
        ? { text: `${p.name} — ${doc.title}`, fontSize: 8, color: '#555555', margin: [40, 25, 40, 0] }
        : null) as Content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${doc.title} · ${doc.period}`, fontSize: 7, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 8 }
      ],
      margin: [40, 15, 40, 0]
    }),
    content
  }
}

export async function statementPdf(doc: StatementDocument): Promise<Buffer> {
  return renderPdf(statementDefinition(doc))
}
