import { formatDateLong } from '../../shared/dates/format'
import { KOLEKTIBILITAS_LABELS } from '../../shared/loans/provisioning'
import { formatAmount } from '../../shared/money/rupiah'
import type { CooperativeProfile } from '../../shared/ledger/types'
import {
  explainShu,
  rightsAndObligations,
  SAVINGS_KIND_LABELS,
  type MemberSheet,
  type MemberSheetSet,
  type SheetLoan
} from '../../shared/panduan/member-sheet'
import { drawPdf, winAnsi, type DrawFonts } from '../files/pdf-engine'

/**
 * The Lembar Anggota as one A4 PDF, one page per member (a member with many loans runs on to a
 * second page), sorted by member number, for handing out at the RAT.
 */

const A4 = { w: 595.28, h: 841.89 }
const M = 36
const W = A4.w - 2 * M
const BOTTOM = A4.h - M - 18
const GREY = '#eeeeee'
const LINE = '#999999'

const STATUS_LABEL: Record<SheetLoan['kolektibilitas'], string> = {
  ...KOLEKTIBILITAS_LABELS,
  LUNAS: 'Lunas',
  HAPUS_BUKU: 'Hapus buku'
}

interface Col {
  label: string
  width: number
  align?: 'left' | 'right'
}

class Page {
  y = M
  pageNo = 0
  constructor(
    private doc: PDFKit.PDFDocument,
    private f: DrawFonts,
    private footer: (pageNo: number) => string
  ) {}

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 })
    this.pageNo++
    this.y = M
    const footer = winAnsi(this.footer(this.pageNo))
    this.doc.font(this.f.regular).fontSize(7).fillColor('#555555')
    this.doc.text(footer, M + (W - this.doc.widthOfString(footer)) / 2, A4.h - M - 8, { lineBreak: false })
    this.doc.fillColor('#000000')
  }

  /** Starts a new page (continuing the member) when `h` more points do not fit. */
  ensure(h: number, onBreak: () => void): void {
    if (this.y + h <= BOTTOM) return
    this.newPage()
    onBreak()
  }

  private wrapCache = new Map<string, string[]>()

  /**
   * The lines of a text wrapped greedily at spaces to `width` in a font and size; cached, because
   * most paragraphs repeat on every member's page. Each line is then drawn without pdfkit's own
   * line wrapper (which took most of the time of a page) and its shaped glyphs are cached too.
   */
  lines(s: string, font: string, size: number, width: number): string[] {
    const key = `${font}|${size}|${width}|${s}`
    const hit = this.wrapCache.get(key)
    if (hit) return hit
    this.doc.font(font).fontSize(size)
    const space = this.doc.widthOfString(' ')
    const out: string[] = []
    for (const para of s.split('\n')) {
      let line = ''
      let w = 0
      for (const word of para.split(' ')) {
        const ww = this.doc.widthOfString(word)
        if (line && w + space + ww > width) {
          out.push(line)
          line = word
          w = ww
        } else {
          line = line ? `${line} ${word}` : word
          w = line === word ? ww : w + space + ww
        }
      }
      out.push(line)
    }
    if (this.wrapCache.size > 5000) this.wrapCache.clear()
    this.wrapCache.set(key, out)
    return out
  }

  private fontOf(opts: { bold?: boolean | undefined; italic?: boolean | undefined }): string {
    return opts.bold ? this.f.bold : opts.italic ? this.f.italic : this.f.regular
  }

  /** Height a text will take (its wrapped lines × the line height). */
  height(s: string, size: number, width = W, bold = false): number {
    const font = bold ? this.f.bold : this.f.regular
    const n = this.lines(winAnsi(s), font, size, width).length
    this.doc.font(font).fontSize(size)
    return n * this.doc.currentLineHeight(true)
  }

  /** Like ensure, for a paragraph. */
  ensureText(s: string, size: number, onBreak: () => void, width = W, extra = 4): void {
    this.ensure(this.height(s, size, width) + extra, onBreak)
  }

  text(
    s: string,
    opts: {
      size?: number
      bold?: boolean
      italic?: boolean
      gap?: number
      color?: string
      x?: number
      width?: number
      align?: 'left' | 'center' | 'right'
    } = {}
  ): void {
    const x = opts.x ?? M
    const width = opts.width ?? W
    const size = opts.size ?? 9
    const font = this.fontOf(opts)
    const lines = this.lines(winAnsi(s), font, size, width)
    this.doc
      .font(font)
      .fontSize(size)
      .fillColor(opts.color ?? '#000000')
    const lh = this.doc.currentLineHeight(true)
    for (const line of lines) {
      const dx =
        opts.align === 'center' || opts.align === 'right'
          ? (width - this.doc.widthOfString(line)) / (opts.align === 'center' ? 2 : 1)
          : 0
      this.doc.text(line, x + dx, this.y, { lineBreak: false })
      this.y += lh
    }
    this.y += opts.gap ?? 2
    this.doc.fillColor('#000000')
  }

  /** The text cut with "…" to fit one line of `width` in the current font. */
  fit(s: string, width: number): string {
    if (this.doc.widthOfString(s) <= width) return s
    let t = s
    while (t.length > 1 && this.doc.widthOfString(`${t}…`) > width) t = t.slice(0, -1)
    return `${t.trimEnd()}…`
  }

  /** A table with a grey header row; cells are one line each. */
  table(cols: Col[], rows: string[][], opts: { boldLast?: boolean; size?: number } = {}): void {
    // Only free-text columns can be too long; amounts are sized to fit.
    const size = opts.size ?? 8
    const rowH = size + 6
    const draw = (cells: string[], y: number, bold: boolean, fill?: string) => {
      let x = M
      if (fill)
        this.doc
          .rect(
            M,
            y,
            cols.reduce((t, c) => t + c.width, 0),
            rowH
          )
          .fill(fill)
          .fillColor('#000000')
      this.doc.font(bold ? this.f.bold : this.f.regular).fontSize(size)
      cells.forEach((c, i) => {
        const col = cols[i]!
        // No `width`: with one, pdfkit runs its line wrapper even for a single line.
        const w = col.width - 6
        const s = col.align === 'right' ? c : this.fit(winAnsi(c), w)
        this.doc.text(s, x + 3 + (col.align === 'right' ? w - this.doc.widthOfString(s) : 0), y + 3, {
          lineBreak: false
        })
        x += col.width
      })
    }
    const top = this.y
    draw(
      cols.map((c) => winAnsi(c.label)),
      this.y,
      true,
      GREY
    )
    this.y += rowH
    rows.forEach((r, i) => {
      draw(r, this.y, opts.boldLast === true && i === rows.length - 1)
      this.y += rowH
    })
    const width = cols.reduce((t, c) => t + c.width, 0)
    this.doc.lineWidth(0.5).strokeColor(LINE)
    for (let k = 0; k <= rows.length + 1; k++)
      this.doc
        .moveTo(M, top + k * rowH)
        .lineTo(M + width, top + k * rowH)
        .stroke()
    let x = M
    for (const c of [...cols, null]) {
      this.doc.moveTo(x, top).lineTo(x, this.y).stroke()
      if (c) x += c.width
    }
    this.y += 6
  }
}

const money = (n: number) => formatAmount(n)

function memberHeader(
  p: Page,
  profile: CooperativeProfile,
  set: MemberSheetSet,
  s: MemberSheet,
  continued: boolean
): void {
  p.text(profile.name, { size: 9, bold: true, gap: 0 })
  p.text(`LEMBAR ANGGOTA — TAHUN BUKU ${set.year}${continued ? ' (lanjutan)' : ''}`, { size: 13, bold: true, gap: 1 })
  p.text(
    `Angka dari buku koperasi per ${formatDateLong(set.asOf)}. Dibagikan kepada anggota pada Rapat Anggota Tahunan.`,
    { size: 7.5, italic: true, color: '#444444', gap: 6 }
  )
  const m = s.member
  const left = [`Nomor anggota: ${m.memberNo}`, `Nama: ${m.name}`]
  const right = [
    `Tanggal masuk: ${m.joinedAt ? formatDateLong(m.joinedAt) : '–'}`,
    m.exitDate ? `Keluar: ${formatDateLong(m.exitDate)}` : `Alamat: ${m.address || '–'}`
  ]
  const y = p.y
  p.text(left.join('\n'), { size: 9.5, bold: true, width: W / 2 - 6 })
  const yl = p.y
  p.y = y
  p.text(right.join('\n'), { size: 9, x: M + W / 2, width: W / 2 })
  p.y = Math.max(yl, p.y) + 4
}

function savingsSection(p: Page, s: MemberSheet): void {
  p.text('1. Simpanan', { size: 10, bold: true, gap: 3 })
  const cols: Col[] = [
    { label: 'Jenis', width: 107 },
    { label: 'Saldo awal', width: 62, align: 'right' },
    { label: 'Setoran', width: 62, align: 'right' },
    { label: 'Penarikan', width: 62, align: 'right' },
    { label: 'Jasa', width: 50, align: 'right' },
    { label: 'PPh', width: 45, align: 'right' },
    { label: 'Koreksi', width: 52, align: 'right' },
    { label: 'Saldo akhir', width: W - 440, align: 'right' }
  ]
  const sum = (f: (x: MemberSheet['savings'][number]) => number) => s.savings.reduce((t, x) => t + f(x), 0)
  p.table(
    cols,
    [
      ...s.savings.map((v) => [
        SAVINGS_KIND_LABELS[v.type],
        money(v.opening),
        money(v.deposits),
        money(v.withdrawals),
        money(v.jasa),
        money(v.pph),
        money(v.corrections),
        money(v.closing)
      ]),
      [
        'Jumlah',
        money(sum((x) => x.opening)),
        money(sum((x) => x.deposits)),
        money(sum((x) => x.withdrawals)),
        money(sum((x) => x.jasa)),
        money(sum((x) => x.pph)),
        money(sum((x) => x.corrections)),
        money(s.savingsClosingTotal)
      ]
    ],
    { boldLast: true }
  )
  p.text(
    'Saldo akhir = saldo awal + setoran − penarikan + jasa − PPh ± koreksi. Simpanan pokok dan wajib tidak dapat diambil selama menjadi anggota; simpanan sukarela dapat diambil kapan saja.',
    { size: 7, italic: true, color: '#444444', gap: 8 }
  )
}

function loansSection(p: Page, s: MemberSheet, onBreak: () => void): void {
  p.text('2. Pinjaman', { size: 10, bold: true, gap: 3 })
  if (s.loans.length === 0) {
    p.text(`Tidak ada pinjaman pada tahun buku ${s.year}.`, { size: 8.5, gap: 8 })
    return
  }
  const cols: Col[] = [
    { label: 'No. pinjaman', width: 72 },
    { label: 'Produk', width: 70 },
    { label: 'Sisa 1 Jan', width: 55, align: 'right' },
    { label: 'Pokok dibayar', width: 60, align: 'right' },
    { label: 'Jasa dibayar', width: 55, align: 'right' },
    { label: 'Denda', width: 40, align: 'right' },
    { label: 'Sisa 31 Des', width: 58, align: 'right' },
    { label: 'Kolektibilitas', width: W - 410 }
  ]
  const rows = s.loans.map((l) => [
    l.loanNo,
    l.product,
    money(l.openingOutstanding),
    money(l.paidPokok),
    money(l.paidJasa),
    money(l.paidDenda),
    money(l.outstanding),
    STATUS_LABEL[l.kolektibilitas] + (l.daysPastDue > 0 ? ` (${l.daysPastDue} hr)` : '')
  ])
  const per = 14
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per)
    p.ensure((chunk.length + 2) * 14 + 6, onBreak)
    p.table(cols, chunk)
  }
  p.text(
    'Pinjaman yang dicairkan tahun ini mulai dari sisa 0 pada 1 Januari. Kolektibilitas per 31 Desember menurut hari tunggakan angsuran.',
    { size: 7, italic: true, color: '#444444', gap: 8 }
  )
}

function shuSection(p: Page, set: MemberSheetSet, s: MemberSheet, onBreak: () => void): void {
  const shu = s.shu
  const head = `3. Bagian SHU tahun buku ${set.year}${shu.status === 'PERKIRAAN' ? ' (perkiraan, menunggu keputusan RAT)' : shu.status === 'DIBUKUKAN' ? ' (sudah diputuskan RAT)' : ''}`
  p.ensure(120, onBreak)
  p.text(head, { size: 10, bold: true, gap: 3 })
  if (shu.status === 'DIBUKUKAN' || shu.status === 'PERKIRAAN') {
    p.table(
      [
        { label: 'Modal Anda (S)', width: 76, align: 'right' },
        { label: 'Modal semua', width: 84, align: 'right' },
        { label: 'JMA', width: 62, align: 'right' },
        { label: 'Transaksi Anda (T)', width: 84, align: 'right' },
        { label: 'Transaksi semua', width: 92, align: 'right' },
        { label: 'JUA', width: 62, align: 'right' },
        { label: 'SHU Anda', width: W - 460, align: 'right' }
      ],
      [
        [
          money(shu.S),
          money(shu.totalS),
          money(shu.JMA),
          money(shu.T),
          money(shu.totalT),
          money(shu.JUA),
          money(shu.total)
        ]
      ]
    )
  }
  for (const para of explainShu(shu, set.year, set.asOf)) {
    p.ensureText(para, 8.5, onBreak)
    p.text(para, { size: 8.5, gap: 3 })
  }
  p.y += 5
}

function rightsSection(p: Page, s: MemberSheet, onBreak: () => void): void {
  const { rights, obligations } = rightsAndObligations(s)
  const half = W / 2 - 8
  const body = (list: string[]) => list.map((x) => `•  ${x}`).join('\n')
  const longer = [body(rights), body(obligations)].sort((a, b) => b.length - a.length)[0]!
  p.ensureText(longer, 8, onBreak, half, 16 + 8 * (obligations.length + 1))
  p.text('4. Hak dan kewajiban Anda sebagai anggota', { size: 10, bold: true, gap: 3 })
  const y = p.y
  p.text('Hak', { size: 8.5, bold: true, width: half, gap: 1 })
  p.text(body(rights), { size: 8, width: half })
  const yl = p.y
  p.y = y
  p.text('Kewajiban', { size: 8.5, bold: true, x: M + half + 16, width: half, gap: 1 })
  p.text(body(obligations), { size: 8, x: M + half + 16, width: half })
  p.y = Math.max(yl, p.y) + 6
  p.ensure(14, onBreak)
  p.text(
    'Bila ada angka yang tidak sesuai dengan catatan Anda, sampaikan kepada pengurus atau pengawas sebelum Rapat Anggota Tahunan.',
    { size: 7.5, italic: true, color: '#444444' }
  )
}

export async function memberSheetsPdf(
  profile: CooperativeProfile,
  set: MemberSheetSet
): Promise<{ bytes: Buffer; pages: number }> {
  let pages = 0
  const bytes = await drawPdf(
    {
      size: 'A4',
      info: {
        Title: winAnsi(`Lembar Anggota tahun buku ${set.year} — ${profile.name}`),
        Author: winAnsi(profile.name),
        Creator: 'Lumbung'
      }
    },
    (doc, fonts) => {
      let current: MemberSheet | null = null
      const page = new Page(
        doc,
        fonts,
        (n) =>
          `${profile.name} · Lembar Anggota tahun buku ${set.year} · ${current ? `${current.member.memberNo} ${current.member.name}` : ''} · halaman ${n}`
      )
      if (set.sheets.length === 0) {
        page.newPage()
        page.text(`Tidak ada anggota pada tahun buku ${set.year}.`, { size: 11 })
      }
      for (const s of set.sheets) {
        current = s
        page.newPage()
        const cont = () => memberHeader(page, profile, set, s, true)
        memberHeader(page, profile, set, s, false)
        savingsSection(page, s)
        loansSection(page, s, cont)
        shuSection(page, set, s, cont)
        rightsSection(page, s, cont)
      }
      pages = page.pageNo
    },
    { standardFonts: true }
  )
  return { bytes, pages }
}
