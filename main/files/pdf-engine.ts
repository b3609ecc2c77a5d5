import { createRequire } from 'node:module'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type {} from 'pdfkit'

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

export interface DrawFonts {
  regular: string
  bold: string
  italic: string
}

/**
 * Fixed-layout documents of thousands of pages (one Lembar Anggota per member) drawn page by page
 * with pdfkit — the renderer pdfmake itself runs on, with the same Roboto files — because
 * pdfmake's layout engine takes 4–8 ms a page, too slow for 5.000 members. `draw` places
 * everything itself; the result is one PDF.
 */
export async function drawPdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument, fonts: DrawFonts) => void): Promise<Buffer> {
  const PDFDocument = require('pdfkit') as new (o: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument
  const roboto = (require('pdfmake/fonts/Roboto') as { Roboto: Record<'normal' | 'bold' | 'italics', string> }).Roboto
  // No `font` option: a default font opened from the same file would leave the registered names uncached (pdfkit re-reads the file on every switch).
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, ...options })
  doc.registerFont('regular', roboto.normal)
  doc.registerFont('bold', roboto.bold)
  doc.registerFont('italic', roboto.italics)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  try {
    draw(doc, { regular: 'regular', bold: 'bold', italic: 'italic' })
  } finally {
    doc.end()
  }
  return done
}
