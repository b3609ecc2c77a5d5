import { createRequire } from 'node:module'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

const require = createRequire(import.meta.url)

type PdfMake = typeof import('pdfmake')
let engine: PdfMake | null = null

/** pdfmake with the Roboto files it ships, and no access to URLs or the disk beyond them. */
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

/** Every PDF Lumbung writes (statements, RAT book, Dinas report) goes through this one engine. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return (await pdf().createPdf(definition).getBuffer()) as Buffer
}
