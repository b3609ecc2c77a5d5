import { createRequire } from 'node:module'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CommandError } from '../../shared/errors'
import { todayIso } from '../../shared/dates/format'
import type { RatbookPdf } from '../../shared/commands/ratbook'
import type { CommandContext, Progress } from '../commands/context'
import { buildRatbook } from './book'

const require = createRequire(import.meta.url)
type PdfMake = typeof import('pdfmake')
let engine: PdfMake | null = null

/** pdfmake with its Roboto files only (the same policy as main/statements/pdf.ts). */
function pdf(): PdfMake {
  if (engine) return engine
  const pdfmake = require('pdfmake') as PdfMake
  const roboto = require('pdfmake/fonts/Roboto') as { Roboto: Record<string, string> }
  pdfmake.setFonts(roboto as never)
  pdfmake.setUrlAccessPolicy(() => false)
  const allowed = new Set(Object.values(roboto.Roboto))
  pdfmake.setLocalAccessPolicy((p) => allowed.has(p))
  engine = pdfmake
  return engine
}

const MAX_BASE64 = 20 * 1024 * 1024

/** Signed on the day it is made, but never before the year has ended. */
export function signingDate(year: number, now: Date): string {
  const today = todayIso('Asia/Jakarta', now)
  return today > `${year}-12-31` ? today : `${year}-12-31`
}

/** Builds the RAT book and writes it to <bookdir>/ekspor/buku-rat-<year>.pdf (or `file`). */
export async function ratbookPdf(ctx: CommandContext, input: { year: number; file?: string | undefined }, progress?: (p: Progress) => void): Promise<RatbookPdf> {
  const name = `buku-rat-${input.year}.pdf`
  const file = input.file ?? join(dirname(ctx.book.file), 'ekspor', name)
  if (input.file && !file.toLowerCase().endsWith('.pdf')) throw new CommandError('INVALID_INPUT', 'Berkas: nama berkas harus berakhiran .pdf', 'file')
  const { definition } = buildRatbook(ctx, input.year, signingDate(input.year, ctx.now()), progress)
  let pages = 0
  const footer = definition.footer as (page: number, pages: number) => unknown
  definition.footer = (page: number, count: number) => {
    pages = count
    return footer(page, count) as never
  }
  const bytes = (await pdf().createPdf(definition).getBuffer()) as Buffer
  progress?.({ done: 8, total: 8, label: 'Selesai' })
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  return { file, name: file.split(/[\\/]/).pop() ?? name, size: bytes.length, pages, mime: 'application/pdf', ...(bytes.length <= MAX_BASE64 ? { base64: bytes.toString('base64') } : {}) }
}
