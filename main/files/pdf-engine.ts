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

/** Where pdfmake placed a marker node: 1-based page and the top of the node, in points. */
export interface PlacedMarker {
  page: number
  top: number
  left: number
}

/**
 * Pages pdfmake lays out with reserved space (marker nodes with an `id`) that are then drawn
 * straight onto the same pages with pdfkit: for long uniform tables, where pdfmake's per-cell
 * layout would take most of the time. `draw` gets the document with every page still open.
 */
export interface DrawnPages {
  /** Ids of the marker nodes whose places `draw` needs. */
  markers: ReadonlySet<string>
  draw(doc: PDFKit.PDFDocument, placed: ReadonlyMap<string, PlacedMarker>, fonts: PdfmakeFonts): void
}

/** pdfkit fonts of the document's own (embedded) families, as pdfmake loaded them. */
export interface PdfmakeFonts {
  use(doc: PDFKit.PDFDocument, bold: boolean, size: number): void
}

/** Every PDF Lumbung writes (statements, RAT book, Dinas report) goes through this one engine. */
export async function renderPdf(definition: TDocumentDefinitions, drawn?: DrawnPages): Promise<Buffer> {
  if (!drawn) return (await pdf().createPdf(definition).getBuffer()) as Buffer
  // pdfmake reports every laid-out node to pageBreakBefore with its position: the markers' places
  // are read there (the answer is always "no break", so the layout is not changed).
  const placed = new Map<string, PlacedMarker>()
  const previous = definition.pageBreakBefore
  const withMarkers: TDocumentDefinitions = {
    ...definition,
    pageBreakBefore: (node, ...rest) => {
      const id = (node as { id?: string }).id
      const at = (node as { startPosition?: { pageNumber: number; top: number; left: number } }).startPosition
      if (id !== undefined && drawn.markers.has(id) && at)
        placed.set(id, { page: at.pageNumber, top: at.top, left: at.left })
      return previous ? previous(node, ...rest) : false
    }
  }
  const out = pdf().createPdf(withMarkers, { bufferPages: true } as never) as unknown as {
    getStream(): Promise<PDFKit.PDFDocument & PdfmakeDocument>
    getBuffer(): Promise<Buffer>
  }
  const doc = await out.getStream()
  for (const id of drawn.markers) if (!placed.has(id)) throw new Error(`renderPdf: marker ${id} was not laid out`)
  const family = (definition.defaultStyle as { font?: string } | undefined)?.font ?? 'Roboto'
  drawn.draw(doc, placed, {
    use: (d, bold, size) => {
      const font = doc.provideFont(family, bold, false)
      ;(d as unknown as { _font: unknown })._font = font
      d.fontSize(size)
    }
  })
  return out.getBuffer()
}

/** The part of pdfmake's pdfkit document used to reach the fonts it embedded. */
interface PdfmakeDocument {
  provideFont(family: string, bold: boolean, italics: boolean): unknown
}

export interface DrawFonts {
  regular: string
  bold: string
  italic: string
}

/** Characters of Windows-1252 above 0x7F outside Latin-1 (the standard PDF fonts' encoding). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
const FALLBACK: Record<string, string> = {
  '−': '-',
  '≤': '<=',
  '≥': '>=',
  '≈': '~',
  '→': '->',
  Σ: 'jumlah ',
  '✓': 'v',
  '✗': 'x'
}

/**
 * A text the standard PDF fonts can show: their encoding is Windows-1252, so anything else is
 * replaced by a close equivalent (− → -, ā → a) or "?", never left to print as garbage.
 */
export function winAnsi(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch
    else {
      const alt = FALLBACK[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      out += alt && [...alt].every((x) => x.codePointAt(0)! < 0x100) ? alt : '?'
    }
  }
  return out
}

/**
 * Fixed-layout documents of thousands of pages (one Lembar Anggota per member) drawn page by page
 * with pdfkit — the renderer pdfmake itself runs on — because pdfmake's layout engine takes 4–8 ms
 * a page, too slow for 5.000 members. `draw` places everything itself; the result is one PDF.
 * With `standardFonts` the text is set in Helvetica (a font every PDF reader has, not embedded):
 * about half the time of shaping Roboto glyph by glyph; strings must then go through `winAnsi`.
 */
export async function drawPdf(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument, fonts: DrawFonts) => void,
  opts: { standardFonts?: boolean } = {}
): Promise<Buffer> {
  const PDFDocument = require('pdfkit') as new (o: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument
  // No `font` option: a default font opened from the same file would leave the registered names uncached (pdfkit re-reads the file on every switch).
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, ...options })
  let fonts: DrawFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' }
  if (!opts.standardFonts) {
    const roboto = (require('pdfmake/fonts/Roboto') as { Roboto: Record<'normal' | 'bold' | 'italics', string> }).Roboto
    doc.registerFont('regular', roboto.normal)
    doc.registerFont('bold', roboto.bold)
    doc.registerFont('italic', roboto.italics)
    fonts = { regular: 'regular', bold: 'bold', italic: 'italic' }
  }
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  try {
    draw(doc, fonts)
  } finally {
    doc.end()
  }
  return done
}
