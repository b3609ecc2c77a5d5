import { todayOf } from '../setup/timezone'
import type { CommandContext, Progress } from '../commands/context'
import type { ExportDocument } from '../files/deliver'
import { renderPdf } from '../files/pdf-engine'
import { buildRatbook } from './book'

/** Signed on the day it is made, but never before the year has ended. */
export function signingDate(year: number, today: string): string {
  return today > `${year}-12-31` ? today : `${year}-12-31`
}

/** Builds the RAT book as one PDF document; the door decides where it goes. */
export async function ratbookPdf(
  ctx: CommandContext,
  input: { year: number },
  progress?: (p: Progress) => void
): Promise<ExportDocument & { pages: number }> {
  const { definition, drawn } = buildRatbook(ctx, input.year, signingDate(input.year, todayOf(ctx)), progress)
  let pages = 0
  const footer = definition.footer as (page: number, pages: number) => unknown
  definition.footer = (page: number, count: number) => {
    pages = count
    return footer(page, count) as never
  }
  const bytes = await renderPdf(definition, drawn)
  progress?.({ done: 8, total: 8, label: 'Selesai' })
  return { name: `buku-rat-${input.year}.pdf`, mime: 'application/pdf', bytes, pages }
}
