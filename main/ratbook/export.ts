import { todayOf } from '../setup/timezone'
import type { RatbookPdf } from '../../shared/commands/ratbook'
import type { CommandContext, Progress } from '../commands/context'
import { exportTarget, writeExport } from '../files/export-file'
import { renderPdf } from '../files/pdf-engine'
import { buildRatbook } from './book'


const MAX_BASE64 = 20 * 1024 * 1024

/** Signed on the day it is made, but never before the year has ended. */
export function signingDate(year: number, today: string): string {
  return today > `${year}-12-31` ? today : `${year}-12-31`
}

/** Builds the RAT book and writes it to <bookdir>/ekspor/buku-rat-<year>.pdf (or `file`). */
export async function ratbookPdf(ctx: CommandContext, input: { year: number; file?: string | undefined }, progress?: (p: Progress) => void): Promise<RatbookPdf> {
  const file = exportTarget(ctx.book, input.file, `buku-rat-${input.year}.pdf`, 'pdf')
  const { definition } = buildRatbook(ctx, input.year, signingDate(input.year, todayOf(ctx)), progress)
  let pages = 0
  const footer = definition.footer as (page: number, pages: number) => unknown
  definition.footer = (page: number, count: number) => {
    pages = count
    return footer(page, count) as never
  }
  const bytes = await renderPdf(definition)
  progress?.({ done: 8, total: 8, label: 'Selesai' })
  const { base64, ...written } = writeExport(file, bytes, 'application/pdf')
  return { ...written, mime: 'application/pdf', pages, ...(bytes.length <= MAX_BASE64 ? { base64 } : {}) }
}
