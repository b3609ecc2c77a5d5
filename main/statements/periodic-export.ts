import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { PeriodicStatements } from '../../shared/commands/statements'
import { formatDateLong } from '../../shared/dates/format'
import type { Book } from '../db/book'
import type { ExportDocument } from '../files/deliver'
import { xlsxBuffer } from '../files/cells'
import { renderPdf } from '../files/pdf-engine'
import { signatories } from '../rat/organisation'
import { requireProfile } from '../setup/profile'
import { balanceSheetDocument, cashFlowDocument, incomeStatementDocument, type StatementDocument } from './document'
import { periodicStatements, type PeriodicInput } from './periodic'
import { statementDefinition } from './pdf'
import { statementRows } from './xlsx'

/** The statements as printable documents, each headed with the period in words. */
export function periodicDocuments(book: Book, s: PeriodicStatements): StatementDocument[] {
  const profile = requireProfile(book)
  const p = s.period
  const signers = signatories(book, p.to)
    .signatories.filter((x) => x.role !== 'KETUA_PENGAWAS')
    .map((x) => ({ role: x.label, name: x.name }))
  const docs = [
    balanceSheetDocument(s.balanceSheet, profile),
    incomeStatementDocument(s.incomeStatement, profile),
    cashFlowDocument(s.cashFlow, profile)
  ]
  return docs.map((d) => ({
    ...d,
    title: `${d.title} ${p.kind === 'TRIWULAN' ? 'Triwulanan' : 'Semesteran'}`,
    period: d.kind === 'POSISI_KEUANGAN' ? `${p.name} — per ${formatDateLong(p.to)}` : p.label,
    signers
  }))
}

/** One A4 PDF: each statement from a new page (landscape where its columns need it), numbered through. */
export async function periodicPdf(docs: StatementDocument[], title: string): Promise<Buffer> {
  const defs = docs.map(statementDefinition)
  const content: Content[] = defs.flatMap((d, i) => {
    const body = d.content as Content[]
    const first = {
      stack: [body[0]!],
      ...(i > 0
        ? {
            pageBreak: 'before' as const,
            pageOrientation: docs[i]!.landscape ? ('landscape' as const) : ('portrait' as const)
          }
        : {})
    }
    return [first as Content, ...body.slice(1)]
  })
  const def: TDocumentDefinitions = {
    ...defs[0]!,
    info: { ...defs[0]!.info, title },
    header: (page: number) =>
      (page > 1
        ? { text: `${docs[0]!.profile.name} — ${title}`, fontSize: 8, color: '#555555', margin: [40, 25, 40, 0] }
        : null) as Content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: title, fontSize: 7, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 8 }
      ],
      margin: [40, 15, 40, 0]
    }),
    content
  }
  return renderPdf(def)
}

/** The periodic statements as a PDF (one file, three statements) or an XLSX (one sheet each). */
export async function exportPeriodic(
  book: Book,
  i: PeriodicInput & { format: 'pdf' | 'xlsx' }
): Promise<ExportDocument> {
  const s = periodicStatements(book, i)
  const docs = periodicDocuments(book, s)
  const title = `Laporan Keuangan ${s.period.label}`
  const bytes =
    i.format === 'pdf'
      ? await periodicPdf(docs, title)
      : await xlsxBuffer(
          docs.map((d) => ({
            data: statementRows(d) as never,
            sheet: d.title.replace(/^Laporan /, '').slice(0, 31),
            columns: [{ width: 60 }, ...Array.from({ length: 10 }, () => ({ width: 18 }))]
          }))
        )
  return {
    name: `laporan-${s.period.kind.toLowerCase()}-${s.period.number}-${s.period.year}.${i.format}`,
    bytes,
    mime: i.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  }
}
