import type { Content } from 'pdfmake/interfaces'
import type { DrawnPages, PdfmakeFonts, PlacedMarker } from './pdf-engine'

/**
 * A long table of one-line rows (a list of every member) that a pdfmake document reserves room for
 * and pdfkit then draws straight onto those pages: the same look as a pdfmake table with a header
 * row repeated on every page, at a fraction of pdfmake's per-cell layout time (the RAT book of
 * 5.000 members spent most of its time there). pdfmake still lays out everything around it
 * (headings, the table of contents, page numbers), so the reserved pages are ordinary pages.
 */

export interface DrawnColumn {
  label: string
  /** Points of text (the cell padding comes on top, as in pdfmake), or '*' for the rest of the width. */
  width: number | '*'
  align?: 'left' | 'right' | 'center'
}

/** A cell: its text, or the text set in from the left by `indent` points. */
export type DrawnCell = string | { text: string; indent: number }

export interface DrawnTableSpec {
  /** Unique in the document: the markers are named after it. */
  id: string
  columns: DrawnColumn[]
  rows: DrawnCell[][]
  /** Rows set in bold (totals). */
  boldRows?: ReadonlySet<number>
  fontSize: number
  /** Every body row has this height (one line of text, or room to sign). */
  rowHeight: number
  /** Width of the page's content area (page width less the left and right margins). */
  contentWidth: number
  /** Height of the page's content area (page height less the top and bottom margins). */
  contentHeight: number
  /** The most the content above the table on its first page may take (headings, a line of text). */
  firstPageAbove: number
}

const GREY = '#eeeeee'
const LINE = '#999999'
const PAD_X = 3
const HEADER_LINE = 1.2
const MARGIN_TOP = 2
const MARGIN_BOTTOM = 8

export interface DrawnTable extends DrawnPages {
  /** The reserved room, in place of the table in the pdfmake content. */
  content: Content[]
}

/** Each column's full width: as in pdfmake, a given width is the text's, the padding comes on top. */
function widths(spec: DrawnTableSpec): number[] {
  const fixed = spec.columns.reduce((t, c) => t + (c.width === '*' ? 0 : c.width) + 2 * PAD_X, 0)
  const stars = spec.columns.filter((c) => c.width === '*').length
  const star = stars ? (spec.contentWidth - fixed) / stars + 2 * PAD_X : 0
  return spec.columns.map((c) => (c.width === '*' ? star : c.width + 2 * PAD_X))
}

/** The header's height: labels wrap to two lines when they must (e.g. "Jasa modal (JMA)"). */
function headerHeight(spec: DrawnTableSpec, twoLines: boolean): number {
  return (twoLines ? 2 : 1) * spec.fontSize * HEADER_LINE + 4
}

export function drawnTable(spec: DrawnTableSpec): DrawnTable {
  const w = widths(spec)
  // Whether some label needs two lines is only known with the font: reserve for two, draw as needed.
  const headerH = headerHeight(spec, true)
  // The room above the first chunk and below the last (like a pdfmake table's margin) is kept free
  // on every page, so that a chunk always fits where it is reserved.
  const firstRows = Math.max(
    1,
    Math.floor((spec.contentHeight - spec.firstPageAbove - headerH - MARGIN_TOP - MARGIN_BOTTOM) / spec.rowHeight)
  )
  const perPage = Math.floor((spec.contentHeight - headerH - MARGIN_TOP - MARGIN_BOTTOM) / spec.rowHeight)
  const chunks: { from: number; to: number }[] = []
  for (let from = 0; from < spec.rows.length || chunks.length === 0;) {
    const to = Math.min(spec.rows.length, from + (chunks.length === 0 ? firstRows : perPage))
    chunks.push({ from, to })
    from = to
  }
  const marker = (k: number) => `${spec.id}#${k}`
  // Each chunk's room is a blank canvas of its exact height (a later node continues below the last
  // one); the canvas sits in a stack so that pdfmake reports its place to pageBreakBefore.
  const content: Content[] = chunks.map((c, k) => {
    const height = headerH + (c.to - c.from) * spec.rowHeight
    const room: Content = {
      id: marker(k),
      canvas: [{ type: 'rect', x: 0, y: 0, w: 0.01, h: height, lineWidth: 0, lineColor: '#ffffff' }]
    } as Content
    const margin = [0, k === 0 ? MARGIN_TOP : 0, 0, k === chunks.length - 1 ? MARGIN_BOTTOM : 0]
    return (k === 0 ? { stack: [room], margin } : { stack: [room], margin, pageBreak: 'before' }) as Content
  })

  const draw = (doc: PDFKit.PDFDocument, placed: ReadonlyMap<string, PlacedMarker>, fonts: PdfmakeFonts) => {
    fonts.use(doc, true, spec.fontSize)
    const labelLines = spec.columns.map((c, i) => wrap(doc, c.label, w[i]! - 2 * PAD_X))
    const twoLines = labelLines.some((l) => l.length > 1)
    const hh = headerHeight(spec, twoLines)
    chunks.forEach((c, k) => {
      const at = placed.get(marker(k))!
      doc.switchToPage(at.page - 1)
      const left = at.left
      const top = at.top
      const total = w.reduce((a, b) => a + b, 0)
      const bottom = top + hh + (c.to - c.from) * spec.rowHeight
      doc.rect(left, top, total, hh).fill(GREY)
      doc.fillColor('#000000')
      fonts.use(doc, true, spec.fontSize)
      let x = left
      spec.columns.forEach((col, i) => {
        const lines = labelLines[i]!
        lines.forEach((line, j) => {
          const dx = alignOffset(doc, line, w[i]! - 2 * PAD_X, col.align)
          doc.text(line, x + PAD_X + dx, top + 2 + j * spec.fontSize * HEADER_LINE, { lineBreak: false })
        })
        x += w[i]!
      })
      let bold = true
      for (let r = c.from; r < c.to; r++) {
        const isBold = spec.boldRows?.has(r) ?? false
        if (isBold !== bold) {
          fonts.use(doc, isBold, spec.fontSize)
          bold = isBold
        }
        const y = top + hh + (r - c.from) * spec.rowHeight + (spec.rowHeight - spec.fontSize) / 2 - 1
        x = left
        spec.rows[r]!.forEach((cell, i) => {
          const col = spec.columns[i]!
          const text = typeof cell === 'string' ? cell : cell.text
          const indent = typeof cell === 'string' ? 0 : cell.indent
          const room = w[i]! - 2 * PAD_X - indent
          const [s, resized] = fit(doc, text, room, spec.fontSize, (size) => fonts.use(doc, isBold, size))
          doc.text(s, x + PAD_X + indent + alignOffset(doc, s, room, col.align), y, { lineBreak: false })
          if (resized) fonts.use(doc, isBold, spec.fontSize)
          x += w[i]!
        })
      }
      doc.lineWidth(0.5).strokeColor(LINE)
      for (let r = 0; r <= c.to - c.from + 1; r++) {
        const y = r === 0 ? top : top + hh + (r - 1) * spec.rowHeight
        doc
          .moveTo(left, y)
          .lineTo(left + total, y)
          .stroke()
      }
      x = left
      for (let i = 0; i <= w.length; i++) {
        doc.moveTo(x, top).lineTo(x, bottom).stroke()
        x += w[i] ?? 0
      }
    })
  }
  return { content, markers: new Set(chunks.map((_, k) => marker(k))), draw }
}

function alignOffset(doc: PDFKit.PDFDocument, s: string, room: number, align: DrawnColumn['align']): number {
  if (align !== 'right' && align !== 'center') return 0
  const free = room - doc.widthOfString(s)
  return align === 'right' ? free : free / 2
}

/** Greedy wrap at spaces, for the header labels. */
function wrap(doc: PDFKit.PDFDocument, s: string, width: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (line && doc.widthOfString(next) > width) {
      out.push(line)
      line = word
    } else line = next
  }
  out.push(line)
  return out
}

/**
 * The cell's text on one line: as it is when it fits, else in a smaller size (down to 80 %), else
 * also cut with "…" (a very long name in a narrow column). Says whether it changed the size.
 */
function fit(
  doc: PDFKit.PDFDocument,
  s: string,
  room: number,
  size: number,
  setSize: (size: number) => void
): [string, boolean] {
  const width = doc.widthOfString(s)
  if (width <= room) return [s, false]
  setSize(Math.max(size * 0.8, (size * room) / width))
  if (doc.widthOfString(s) <= room) return [s, true]
  let t = s
  while (t.length > 1 && doc.widthOfString(`${t}…`) > room) t = t.slice(0, -1)
  return [`${t.trimEnd()}…`, true]
}

/** Several drawn tables of one document as the one set of drawn pages renderPdf takes. */
export function drawnPages(tables: DrawnTable[]): DrawnPages {
  return {
    markers: new Set(tables.flatMap((t) => [...t.markers])),
    draw: (doc, placed, fonts) => {
      for (const t of tables) t.draw(doc, placed, fonts)
    }
  }
}
