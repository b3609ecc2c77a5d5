import { bookFileName } from '../../shared/books/kinds'
import { formatDateTimeZone } from '../../shared/dates/format'
import { todayIso } from '../../shared/dates/calendar'
import type { CommandContext } from '../commands/context'
import type { ExportDocument } from '../files/deliver'
import { cooperativeZone } from '../setup/timezone'
import { buildBook, type BookInput } from './build'
import { dataRows } from './model'
import { bookDefinition } from './pdf'
import { renderPdf } from '../files/pdf-engine'
import { bookXlsx } from './xlsx'

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const

/** A book as a PDF (A4 or F4) or an XLSX workbook, named `<koperasi>-<dokumen>-<periode>`; the door decides where it goes. */
export async function exportBook(
  ctx: CommandContext,
  i: BookInput
): Promise<ExportDocument & { rows: number; pages?: number }> {
  const zone = cooperativeZone(ctx.book)
  const now = ctx.now()
  const doc = buildBook(ctx, i, todayIso(zone, now))
  const stamp = formatDateTimeZone(now, zone)
  const name = bookFileName(doc.profile.name, doc.kind, doc.period, i.format, doc.what)
  if (i.format === 'xlsx') return { name, mime: MIME.xlsx, bytes: await bookXlsx(doc, stamp), rows: dataRows(doc) }
  const definition = bookDefinition(doc, i.paper, stamp)
  let pages = 0
  const footer = definition.footer as (page: number, count: number) => unknown
  definition.footer = ((page: number, count: number) => {
    pages = count
    return footer(page, count)
  }) as typeof definition.footer
  const bytes = await renderPdf(definition)
  return { name, mime: MIME.pdf, bytes, rows: dataRows(doc), pages }
}
