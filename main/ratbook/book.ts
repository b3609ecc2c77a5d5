import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDateLong, formatDateTimeZone, formatDateWithDay } from '../../shared/dates/format'
import { KOLEKTIBILITAS_LABELS, type Kolektibilitas } from '../../shared/loans/provisioning'
import { formatAmount, formatNumberId } from '../../shared/money/rupiah'
import type { CooperativeProfile } from '../../shared/ledger/types'
import type { CommandContext, Progress } from '../commands/context'
import { auditHead } from '../audit/trail'
import { requireProfile } from '../setup/profile'
import { balanceSheet } from '../statements/balance-sheet'
import { calk } from '../statements/calk'
import { cashFlow } from '../statements/cash-flow'
import {
  balanceSheetDocument,
  calkDocument,
  cashFlowDocument,
  equityChangesDocument,
  incomeStatementDocument,
  type StatementDocument
} from '../statements/document'
import { equityChanges } from '../statements/equity-changes'
import { incomeStatement } from '../statements/income-statement'
import { statementDefinition } from '../statements/pdf'
import { blockTexts, ratNumber } from './blocks'
import { barChartSvg } from './charts'
import * as src from './sources'
import { quizSummary } from '../panduan/quiz'
import { formatPercent } from '../../shared/money/decimal-text'
import { drawnPages, drawnTable, type DrawnCell, type DrawnColumn, type DrawnTable } from '../files/drawn-table'
import type { DrawnPages } from '../files/pdf-engine'

type M = [number, number, number, number]
const CLASSES: Kolektibilitas[] = ['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET']
const GREY = '#eeeeee'
const COLORS = { L: '#2f6f9f', P: '#c0504d', assets: '#4f81bd', shu: '#9bbb59' }

interface Col {
  label: string
  width?: number | '*' | 'auto'
  align?: 'left' | 'right' | 'center'
}

const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#999999',
  vLineColor: () => '#999999',
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
  paddingLeft: () => 3,
  paddingRight: () => 3
}

type Value = string | number | null | { text: string; margin: M }
/** A first-column label set in from the left. */
const indent = (text: string): Value => ({ text, margin: [12, 0, 0, 0] })

const cell = (v: Value, align: Col['align'] = 'left', bold = false): TableCell =>
  v !== null && typeof v === 'object'
    ? { ...v, bold }
    : align === 'left' && !bold
      ? v === null
        ? ''
        : typeof v === 'number'
          ? formatAmount(v)
          : v
      : { text: v === null ? '' : typeof v === 'number' ? formatAmount(v) : v, alignment: align, bold }

/** A table whose header repeats on every page and whose rows never split across pages. */
function grid(
  cols: Col[],
  rows: Value[][],
  opts: { boldRows?: Set<number>; fontSize?: number; heights?: number } = {}
): ContentTable {
  const body: TableCell[][] = [
    cols.map((c) => ({ text: c.label, bold: true, alignment: c.align ?? 'left', fillColor: GREY }))
  ]
  rows.forEach((r, i) => {
    const bold = opts.boldRows?.has(i) ?? false
    body.push(r.map((v, j) => cell(v, cols[j]?.align ?? 'left', bold)))
  })
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: cols.map((c) => c.width ?? '*'),
      body,
      ...(opts.heights ? { heights: (i: number) => (i === 0 ? 'auto' : opts.heights!) } : {})
    } as ContentTable['table'],
    layout: tableLayout,
    fontSize: opts.fontSize ?? 8.5,
    margin: [0, 2, 0, 8] as M
  }
}

const h1 = (text: string, pageBreak = true): Content => ({
  text,
  style: 'h1',
  tocItem: true,
  ...(pageBreak ? { pageBreak: 'before' as const } : {})
})
const h2 = (text: string): Content => ({ text, style: 'h2', tocItem: true, tocMargin: [14, 0, 0, 0] as M })
const h3 = (text: string): Content => ({ text, style: 'h3' })

/** A narrative block: paragraphs split on blank lines, single line ends kept. */
const para = (text: string): Content[] =>
  text.split(/\n\s*\n/).map((p) => ({ text: p, alignment: 'justify' as const, margin: [0, 0, 0, 6] as M }))

const note = (text: string): Content => ({
  text,
  italics: true,
  fontSize: 8,
  color: '#444444',
  margin: [0, 0, 0, 8] as M
})

const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size))

function signatureBlock(place: string, date: string, title: string, people: src.Signatory[]): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0] as M,
    stack: [
      { text: `${place}, ${formatDateLong(date)}`, alignment: 'right', margin: [0, 0, 0, 4] as M },
      { text: title, alignment: 'center', bold: true, margin: [0, 0, 0, 6] as M },
      ...chunks(people, 3).map((row) => ({
        margin: [0, 0, 0, 10] as M,
        columns: row.map((p) => ({
          width: '*',
          stack: [
            { text: p.role, alignment: 'center' as const },
            { text: '\n\n\n', alignment: 'center' as const },
            {
              text: p.name ? p.name : '(....................................)',
              alignment: 'center' as const,
              decoration: p.name ? ('underline' as const) : undefined
            }
          ]
        }))
      }))
    ]
  }
}

const svg = (s: string, width: number, title: string): Content => ({
  unbreakable: true,
  stack: [
    { text: title, bold: true, fontSize: 9, margin: [0, 6, 0, 2] as M },
    { svg: s, width }
  ],
  margin: [0, 0, 0, 8] as M
})

const gcRow = (label: Value, c: src.GenderCount): Value[] => [
  label,
  formatNumberId(c.L),
  formatNumberId(c.P),
  formatNumberId(c.total)
]

/** The statement's own content (title, tables, signatures) placed in the book on a new page. */
function statementSection(doc: StatementDocument, no: string): Content {
  const def = statementDefinition(doc)
  const content = (def.content as Content[]).slice()
  const title = content[1] as { text: string }
  content[1] = {
    ...(title as object),
    text: `${no} ${title.text}`,
    tocItem: true,
    tocMargin: [14, 0, 0, 0] as M
  } as Content
  content.push({
    text: 'Catatan atas laporan keuangan merupakan bagian yang tidak terpisahkan dari laporan keuangan ini.',
    italics: true,
    fontSize: 7.5,
    margin: [0, 10, 0, 0] as M
  })
  return {
    stack: content,
    fontSize: doc.landscape ? 8 : 9,
    pageBreak: 'before',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait'
  }
}

/** A4 portrait content area of the book (pageMargins below). */
const CONTENT = { width: 595.28 - 45 - 40, height: 841.89 - 50 - 50 }

/**
 * A list of every member (thousands of rows) as a drawn table: pdfmake reserves its pages, pdfkit
 * draws the rows (files/drawn-table.ts), so the book of 5.000 members is made in seconds.
 */
function memberList(
  tables: DrawnTable[],
  id: string,
  cols: Col[],
  rows: Value[][],
  opts: { boldRows?: Set<number>; fontSize: number; rowHeight: number; above: number }
): Content[] {
  const cell = (v: Value): DrawnCell =>
    v === null
      ? ''
      : typeof v === 'number'
        ? formatAmount(v)
        : typeof v === 'string'
          ? v
          : { text: v.text, indent: v.margin[0] }
  const t = drawnTable({
    id,
    columns: cols.map((c): DrawnColumn => ({
      label: c.label,
      width: typeof c.width === 'number' ? c.width : '*',
      ...(c.align ? { align: c.align } : {})
    })),
    rows: rows.map((r) => r.map(cell)),
    ...(opts.boldRows ? { boldRows: opts.boldRows } : {}),
    fontSize: opts.fontSize,
    rowHeight: opts.rowHeight,
    contentWidth: CONTENT.width,
    contentHeight: CONTENT.height,
    firstPageAbove: opts.above
  })
  tables.push(t)
  return t.content
}

export interface RatbookBuild {
  definition: TDocumentDefinitions
  /** The member lists, drawn onto the pages the definition reserves for them. */
  drawn: DrawnPages
  facts: { members: number; rows: { savings: number; loans: number; shu: number; attendance: number } }
}

/**
 * The RAT accountability book (DOMAIN.md §6.1) as one pdfmake document: cover, kata pengantar,
 * daftar isi, acara, tata tertib, laporan pengurus (BAB I–VI with tables and charts from the
 * books), laporan pengawas, laporan keuangan with comparatives, lampiran, and the audit-chain head.
 */
export function buildRatbook(
  ctx: CommandContext,
  year: number,
  signedAt: string,
  progress?: (p: Progress) => void
): RatbookBuild {
  const { book } = ctx
  const STEPS = 8
  let step = 0
  const tick = (label: string) => progress?.({ done: step++, total: STEPS, label })
  const p: CooperativeProfile = requireProfile(book)
  const n = ratNumber(p, year)
  const text = blockTexts(book, year)
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const firstYear = Math.max(p.firstFinancialYear, year - 4)
  const years = Array.from({ length: year - firstYear + 1 }, (_, i) => firstYear + i)
  const signers = src.signatories(book, signedAt)
  const seat = (label: string) => signers.main.find((s) => s.role === label) ?? { role: label, name: null }
  const pengurus = signers.pengurus
  const ketua = seat('Ketua')
  const sekretaris = seat('Sekretaris')

  tick('Menghitung keanggotaan')
  const stats = src.memberStatistics(book, year)
  const memberHistory = src.membersOverYears(book, years)
  tick('Menghitung hasil usaha dan pinjaman')
  const units = src.unitResults(book, year)
  const loans = src.loanSummary(book, year)
  const cap = src.capital(book, year, units.total.shu, units.total.revenue, loans.portfolio.provision.nplPercent)
  const history = src.financialHistory(book, years)
  const rapb = src.rapbRealisation(book, year)

  const content: Content[] = []
  const tables: DrawnTable[] = []
  const addr = [
    p.street,
    p.village && `Desa/Kel. ${p.village}`,
    p.district && `Kec. ${p.district}`,
    p.regency,
    p.province
  ]
    .filter(Boolean)
    .join(', ')

  // 1. Sampul
  content.push({
    stack: [
      {
        text: 'LAPORAN PERTANGGUNGJAWABAN PENGURUS DAN PENGAWAS',
        fontSize: 16,
        bold: true,
        alignment: 'center',
        margin: [0, 120, 0, 12] as M
      },
      { text: `RAPAT ANGGOTA TAHUNAN (RAT) KE-${n}`, fontSize: 14, bold: true, alignment: 'center' },
      { text: `TAHUN BUKU ${year}`, fontSize: 14, bold: true, alignment: 'center', margin: [0, 4, 0, 80] as M },
      { text: p.name.toUpperCase(), fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 10] as M },
      ...(p.legalEntityNumber
        ? [
            {
              text: `Badan Hukum No. ${p.legalEntityNumber}${p.legalEntityDate ? ` tanggal ${formatDateLong(p.legalEntityDate)}` : ''}`,
              alignment: 'center' as const
            }
          ]
        : []),
      ...(p.nikKoperasi ? [{ text: `Nomor Induk Koperasi (NIK) ${p.nikKoperasi}`, alignment: 'center' as const }] : []),
      { text: addr, alignment: 'center', margin: [0, 6, 0, 0] as M },
      ...(p.phone || p.email
        ? [{ text: [p.phone && `Telp. ${p.phone}`, p.email].filter(Boolean).join(' · '), alignment: 'center' as const }]
        : [])
    ]
  })

  // 2. Kata pengantar
  content.push(
    h1('Kata Pengantar'),
    ...para(text.kataPengantar),
    signatureBlock(p.village, signedAt, `Pengurus ${p.name}`, [ketua, sekretaris])
  )

  // 3. Daftar isi
  content.push({
    toc: { title: { text: 'Daftar Isi', style: 'h1' }, numberStyle: { alignment: 'right' } },
    pageBreak: 'before'
  } as Content)

  // 4–5. Acara and tata tertib
  content.push(h1(`Susunan Acara Rapat Anggota Tahunan ke-${n}`), { text: text.susunanAcara, lineHeight: 1.3 })
  content.push(h1(`Tata Tertib Rapat Anggota Tahunan ke-${n}`), {
    text: text.tataTertib,
    lineHeight: 1.3,
    alignment: 'justify'
  })

  // 6. Laporan pengurus
  content.push(h1('Laporan Pertanggungjawaban Pengurus'))
  content.push(h2('BAB I Pendahuluan'), ...para(text.pendahuluan))

  content.push(h2('BAB II Bidang Organisasi dan Kelembagaan'), ...para(text.organisasi))
  content.push(h3('Kelembagaan'))
  content.push(
    grid(
      [{ label: 'Uraian', width: 170 }, { label: 'Keterangan' }],
      [
        ['Nama koperasi', p.name],
        ['Jenis koperasi', p.cooperativeType],
        [
          'Badan hukum',
          p.legalEntityNumber
            ? `${p.legalEntityNumber}${p.legalEntityDate ? `, ${formatDateLong(p.legalEntityDate)}` : ''}`
            : '–'
        ],
        ['Nomor Induk Koperasi', p.nikKoperasi ?? '–'],
        ['Alamat', addr],
        ['Tahun buku pertama', String(p.firstFinancialYear)]
      ]
    )
  )
  const org = src.officers(book, year)
  content.push(h3(`Susunan pengurus, pengawas dan karyawan per 31 Desember ${year}`))
  if (org.length) {
    const bodies: Record<string, string> = { PENGURUS: 'Pengurus', PENGAWAS: 'Pengawas', KARYAWAN: 'Karyawan' }
    content.push(
      grid(
        [
          { label: 'Organ', width: 60 },
          { label: 'Jabatan', width: 90 },
          { label: 'Nama' },
          { label: 'L/P', width: 24, align: 'center' },
          { label: 'Masa jabatan', width: 120 }
        ],
        org.map((o) => [
          bodies[o.body] ?? o.body,
          o.title ?? o.positionLabel,
          o.name,
          o.gender ?? '',
          `${o.termStart.split('-').reverse().join('/')} – ${o.termEnd ? o.termEnd.split('-').reverse().join('/') : 'sekarang'}`
        ])
      )
    )
  } else
    content.push(
      note('Susunan pengurus, pengawas dan karyawan belum dicatat di Lumbung (menu RAT › Pengurus & karyawan).')
    )
  content.push(h3('Keanggotaan'))
  content.push(
    grid(
      [
        { label: 'Uraian' },
        { label: 'Laki-laki', width: 70, align: 'right' },
        { label: 'Perempuan', width: 70, align: 'right' },
        { label: 'Jumlah', width: 70, align: 'right' }
      ],
      stats.rows.map((r) => gcRow(r.indent ? indent(r.label) : r.label, r.count)),
      { boldRows: new Set(stats.rows.flatMap((r, i) => (r.emphasis ? [i] : []))) }
    )
  )
  if (memberHistory.length > 1) {
    content.push(
      svg(
        barChartSvg({
          categories: memberHistory.map((m) => String(m.year)),
          series: [
            { name: 'Laki-laki', color: COLORS.L, values: memberHistory.map((m) => m.count.L) },
            { name: 'Perempuan', color: COLORS.P, values: memberHistory.map((m) => m.count.P) }
          ]
        }),
        420,
        'Grafik jumlah anggota akhir tahun menurut jenis kelamin'
      )
    )
  }

  // Pendidikan perkoperasian (DOMAIN §6.1 BAB II, §8.1): the Tes pemahaman of the year.
  const quiz = quizSummary(book, year, ctx.now())
  content.push(h3(`Pendidikan perkoperasian: tes pemahaman tahun ${year}`))
  content.push(
    grid(
      [
        { label: 'Peserta' },
        { label: 'Jumlah 31 Desember', width: 100, align: 'right' },
        { label: 'Mengikuti tes', width: 80, align: 'right' },
        { label: 'Lulus', width: 60, align: 'right' }
      ],
      [
        [
          'Pengurus',
          formatNumberId(quiz.serving.PENGURUS),
          formatNumberId(quiz.byRole.PENGURUS.took),
          formatNumberId(quiz.byRole.PENGURUS.passed)
        ],
        [
          'Pengawas',
          formatNumberId(quiz.serving.PENGAWAS),
          formatNumberId(quiz.byRole.PENGAWAS.took),
          formatNumberId(quiz.byRole.PENGAWAS.passed)
        ],
        [
          'Anggota',
          formatNumberId(stats.endOfYear.total),
          formatNumberId(quiz.byRole.ANGGOTA.took),
          formatNumberId(quiz.byRole.ANGGOTA.passed)
        ]
      ]
    )
  )
  content.push(
    note(
      'Tes pemahaman cara kerja koperasi di Lumbung (Panduan › Tes pemahaman); setiap orang dihitung sekali, lulus bila paling sedikit 70 % jawaban benar pada salah satu tesnya.'
    )
  )

  content.push(h2('BAB III Bidang Usaha'), ...para(text.usaha))
  content.push(h3(`Hasil usaha per unit tahun ${year}`))
  content.push(
    grid(
      [
        { label: 'Unit usaha' },
        { label: 'Pendapatan usaha', width: 80, align: 'right' },
        { label: 'HPP / beban pokok', width: 80, align: 'right' },
        { label: 'Beban usaha', width: 75, align: 'right' },
        { label: 'SHU unit', width: 75, align: 'right' }
      ],
      [
        ...units.units.map((u) => [u.name, u.revenue, u.hpp, u.expenses, u.shu]),
        ['Jumlah', units.total.revenue, units.total.hpp, units.total.expenses, units.total.shu]
      ],
      { boldRows: new Set([units.units.length]) }
    )
  )
  content.push(
    note(
      'SHU unit = pendapatan − HPP − beban usaha ± pendapatan/beban lain-lain − pajak yang dibukukan pada unit itu (Laporan Perhitungan Hasil Usaha per unit).'
    )
  )
  content.push(h3('Pinjaman anggota (unit simpan pinjam)'))
  const pv = loans.portfolio.provision
  content.push(
    grid(
      [{ label: 'Uraian' }, { label: 'Jumlah', width: 140, align: 'right' }],
      [
        [
          `Pinjaman disalurkan tahun ${year}`,
          `${formatNumberId(loans.disbursedCount)} pinjaman · ${formatAmount(loans.disbursedAmount)}`
        ],
        [`Jumlah peminjam per 31 Desember ${year}`, `${formatNumberId(loans.borrowers)} anggota`],
        ['Pinjaman beredar (baki debet)', pv.total.bakiDebet],
        ['Rasio pinjaman bermasalah (NPL)', formatPercent(pv.nplPercent)],
        ['PPAP wajib dibentuk', pv.total.ppapwd],
        ['PPAP telah dibentuk', loans.portfolio.formed]
      ]
    )
  )
  content.push(h3(`Kolektibilitas pinjaman per 31 Desember ${year}`))
  content.push(
    grid(
      [
        { label: 'Kolektibilitas' },
        { label: 'Jumlah pinjaman', width: 80, align: 'right' },
        { label: 'Baki debet', width: 100, align: 'right' },
        { label: 'PPAP wajib', width: 100, align: 'right' }
      ],
      [
        ...CLASSES.map((c) => [
          KOLEKTIBILITAS_LABELS[c],
          formatNumberId(pv.byClass[c].count),
          pv.byClass[c].bakiDebet,
          pv.byClass[c].ppapwd
        ]),
        ['Jumlah', formatNumberId(pv.total.count), pv.total.bakiDebet, pv.total.ppapwd]
      ],
      { boldRows: new Set([CLASSES.length]) }
    )
  )
  if (loans.portfolio.byProduct.length) {
    content.push(h3('Pinjaman beredar per produk'))
    content.push(
      grid(
        [
          { label: 'Produk' },
          { label: 'Pinjaman', width: 55, align: 'right' },
          ...CLASSES.map((c) => ({ label: KOLEKTIBILITAS_LABELS[c], width: 70, align: 'right' as const })),
          { label: 'Jumlah', width: 75, align: 'right' }
        ],
        loans.portfolio.byProduct.map((b) => [
          b.name,
          formatNumberId(b.count),
          ...CLASSES.map((c) => b.byClass[c]),
          b.outstanding
        ]),
        { fontSize: 8 }
      )
    )
  }

  content.push(h2('BAB IV Bidang Keuangan dan Permodalan'), ...para(text.keuangan))
  content.push(h3(`Permodalan per 31 Desember ${year}`))
  const capRows: Value[][] = [
    ['Modal sendiri', null],
    [indent('Simpanan pokok'), cap.pokok],
    [indent('Simpanan wajib'), cap.wajib],
    ...(cap.khusus ? [[indent('Simpanan khusus'), cap.khusus] as Value[]] : []),
    [indent('Cadangan'), cap.cadangan],
    [indent('Hibah / modal donasi'), cap.hibah],
    [indent('Modal penyertaan'), cap.penyertaan],
    [indent('SHU'), cap.shu],
    ['Jumlah modal sendiri', cap.modalSendiri],
    ['Modal luar (liabilitas)', cap.modalLuar],
    ['Jumlah aset', cap.totalAssets]
  ]
  content.push(
    grid([{ label: 'Uraian' }, { label: 'Jumlah (Rp)', width: 120, align: 'right' }], capRows, {
      boldRows: new Set(
        capRows.flatMap((r, i) => (typeof r[0] === 'string' && r[0] !== 'Modal luar (liabilitas)' ? [i] : []))
      )
    })
  )
  content.push(h3('Rasio keuangan'))
  content.push(
    grid(
      [{ label: 'Rasio' }, { label: 'Nilai', width: 90, align: 'right' }],
      cap.ratios.map((r) => [r.label, r.value])
    )
  )
  if (history.length > 1) {
    content.push(
      svg(
        barChartSvg({
          categories: history.map((h) => String(h.year)),
          series: [{ name: 'Jumlah aset', color: COLORS.assets, values: history.map((h) => h.assets) }],
          money: true,
          height: 150
        }),
        400,
        'Grafik jumlah aset per 31 Desember'
      )
    )
    content.push(
      svg(
        barChartSvg({
          categories: history.map((h) => String(h.year)),
          series: [{ name: 'SHU', color: COLORS.shu, values: history.map((h) => h.shu) }],
          money: true,
          height: 150
        }),
        400,
        'Grafik sisa hasil usaha (SHU setelah pajak) per tahun'
      )
    )
  } else {
    content.push(
      note(
        `Grafik perkembangan aset dan SHU tampil mulai tahun buku kedua; tahun buku ${year} adalah tahun buku pertama yang dibukukan.`
      )
    )
  }

  content.push(h2('BAB V Realisasi Rencana Kerja dan RAPB'), ...para(text.rencanaKerja))
  if (rapb) {
    content.push(
      grid(
        [
          { label: 'Uraian' },
          { label: 'Anggaran', width: 90, align: 'right' },
          { label: 'Realisasi', width: 90, align: 'right' },
          { label: '%', width: 50, align: 'right' }
        ],
        rapb.rows.map((r) => [r.label, r.budget, r.actual, r.percent === null ? '–' : formatPercent(r.percent)]),
        { boldRows: new Set(rapb.rows.flatMap((r, i) => (r.bold ? [i] : []))) }
      )
    )
  } else {
    content.push(
      note('RAPB tahun ini belum dicatat di Lumbung; tabel anggaran dan realisasi dilampirkan terpisah oleh pengurus.')
    )
  }
  content.push(h2('BAB VI Penutup'), ...para(text.penutupPengurus))
  content.push(signatureBlock(p.village, signedAt, `Pengurus ${p.name}`, pengurus))

  // 7. Laporan pengawas
  content.push(h1('Laporan Hasil Pengawasan'), ...para(text.laporanPengawas))
  content.push(signatureBlock(p.village, signedAt, `Pengawas ${p.name}`, signers.pengawas))

  // 8. Laporan keuangan
  tick('Menyusun laporan keuangan')
  content.push(h1('Laporan Keuangan'))
  content.push(
    ...para(
      `Laporan keuangan ${p.name} tahun buku ${year} disusun menurut SAK EP dengan angka pembanding tahun buku ${year - 1}. Setiap laporan ditandatangani pengurus.`
    )
  )
  const statements: StatementDocument[] = [
    balanceSheetDocument(balanceSheet(book, to, true), p),
    incomeStatementDocument(incomeStatement(book, from, to, true), p),
    equityChangesDocument(equityChanges(book, from, to), p),
    cashFlowDocument(cashFlow(book, from, to, true), p),
    calkDocument(calk(book, from, to), p)
  ]
  statements.forEach((d, i) => content.push(statementSection(d, `${i + 1}.`)))

  // 9. Lampiran
  tick('Menyusun lampiran simpanan')
  const savings = src.savingsPerMember(book, year)
  content.push({ ...(h1('Lampiran') as object), pageOrientation: 'portrait' } as Content)
  content.push(h2(`Lampiran 1. Daftar simpanan anggota per 31 Desember ${year}`))
  content.push(
    ...memberList(
      tables,
      'lampiran-simpanan',
      [
        { label: 'No', width: 24, align: 'right' },
        { label: 'No. anggota', width: 62 },
        { label: 'Nama' },
        { label: 'Pokok', width: 66, align: 'right' },
        { label: 'Wajib', width: 66, align: 'right' },
        { label: 'Sukarela', width: 66, align: 'right' },
        { label: 'Jumlah', width: 72, align: 'right' }
      ],
      [
        ...savings.rows.map((r, i) => [String(i + 1), r.memberNo, r.name, r.pokok, r.wajib, r.sukarela, r.total]),
        ['', '', 'Jumlah', savings.totals.pokok, savings.totals.wajib, savings.totals.sukarela, savings.totals.total]
      ],
      { boldRows: new Set([savings.rows.length]), fontSize: 8, rowHeight: 12.5, above: 80 }
    )
  )

  tick('Menyusun lampiran pinjaman')
  const perLoan = src.loansPerMember(book, year)
  content.push({
    ...(h2(`Lampiran 2. Daftar pinjaman anggota per 31 Desember ${year}`) as object),
    pageBreak: 'before'
  } as Content)
  if (perLoan.length) {
    const tl = perLoan.reduce(
      (t, r) => ({ principal: t.principal + r.principal, outstanding: t.outstanding + r.outstanding }),
      { principal: 0, outstanding: 0 }
    )
    content.push(
      ...memberList(
        tables,
        'lampiran-pinjaman',
        [
          { label: 'No', width: 24, align: 'right' },
          { label: 'No. anggota', width: 58 },
          { label: 'Nama' },
          { label: 'No. pinjaman', width: 70 },
          { label: 'Tgl. cair', width: 50 },
          { label: 'Plafon', width: 62, align: 'right' },
          { label: 'Sisa pokok', width: 62, align: 'right' },
          { label: 'Kolektibilitas', width: 58 }
        ],
        [
          ...perLoan.map((r, i) => [
            String(i + 1),
            r.memberNo,
            r.name,
            r.loanNo,
            r.disbursedAt.split('-').reverse().join('/'),
            r.principal,
            r.outstanding,
            KOLEKTIBILITAS_LABELS[r.kolektibilitas]
          ]),
          ['', '', 'Jumlah', '', '', tl.principal, tl.outstanding, '']
        ],
        { boldRows: new Set([perLoan.length]), fontSize: 7.5, rowHeight: 12, above: 50 }
      )
    )
  } else content.push(note(`Tidak ada pinjaman anggota yang beredar per 31 Desember ${year}.`))

  tick('Menyusun lampiran SHU')
  const shu = src.shuPerMember(ctx, year)
  content.push({
    ...(h2(`Lampiran 3. Perhitungan SHU per anggota tahun buku ${year}`) as object),
    pageBreak: 'before'
  } as Content)
  if (shu && shu.rows.length) {
    content.push(
      ...memberList(
        tables,
        'lampiran-shu',
        [
          { label: 'No', width: 24, align: 'right' },
          { label: 'No. anggota', width: 58 },
          { label: 'Nama' },
          { label: 'Jasa modal (JMA)', width: 66, align: 'right' },
          { label: 'Jasa usaha (JUA)', width: 66, align: 'right' },
          { label: 'Jumlah SHU', width: 66, align: 'right' },
          { label: 'Tanda terima', width: 80 }
        ],
        [
          ...shu.rows.map((r, i) => [
            String(i + 1),
            r.memberNo,
            r.name,
            r.jma,
            r.jua,
            r.total,
            `${i + 1}. ....................`
          ]),
          ['', '', 'Jumlah', shu.totals.jma, shu.totals.jua, shu.totals.total, '']
        ],
        { boldRows: new Set([shu.rows.length]), fontSize: 8, rowHeight: 16, above: 50 }
      )
    )
    content.push(
      note(
        'Jumlah SHU per anggota adalah hasil simulasi dari pembukuan dan menunggu penetapan pembagian SHU oleh Rapat Anggota Tahunan.'
      )
    )
  } else {
    content.push(
      note(
        shu
          ? (shu.message ?? 'Tidak ada anggota yang menerima SHU tahun ini.')
          : 'Perhitungan SHU per anggota belum tersedia di Lumbung untuk tahun buku ini; daftar dilampirkan terpisah setelah pembagian SHU ditetapkan.'
      )
    )
  }

  tick('Menyusun daftar hadir')
  const att = src.attendanceList(book, year)
  content.push({
    ...(h2(`Lampiran 4. Daftar hadir Rapat Anggota Tahunan ke-${n}`) as object),
    pageBreak: 'before'
  } as Content)
  const mt = att.meeting
  content.push({
    stack: [
      `${p.name} · Rapat Anggota Tahunan ke-${mt?.number ?? n} · Tahun buku ${year}`,
      `Hari/tanggal: ${mt ? formatDateWithDay(mt.date) : '............................'} · Tempat: ${mt?.place || '............................'}`
    ],
    margin: [0, 0, 0, 4] as M,
    fontSize: 8.5
  })
  content.push(
    ...memberList(
      tables,
      'daftar-hadir',
      [
        { label: 'No', width: 24, align: 'right' },
        { label: 'No. anggota', width: 58 },
        { label: 'Nama' },
        { label: 'L/P', width: 20, align: 'center' },
        { label: 'Alamat (RT/RW/Dusun)', width: 175 },
        { label: 'Tanda tangan', width: 80 }
      ],
      att.rows.map((r, i) => [
        String(i + 1),
        r.memberNo,
        r.name,
        r.gender ?? '',
        r.address,
        r.present === false
          ? 'tidak hadir'
          : i % 2 === 0
            ? `${i + 1}. ..........`
            : { text: `${i + 1}. ..........`, margin: [30, 0, 0, 0] as M }
      ]),
      { fontSize: 7.5, rowHeight: 16, above: 80 }
    )
  )
  if (mt && mt.guests.length) {
    content.push(h3('Undangan dan tamu'))
    content.push(
      grid(
        [
          { label: 'No', width: 24, align: 'right' },
          { label: 'Nama' },
          { label: 'Jabatan / instansi', width: 180 },
          { label: 'Tanda tangan', width: 90 }
        ],
        mt.guests.map((g, i) => [String(i + 1), g.name, g.role ?? '', '']),
        { heights: 16 }
      )
    )
  }
  const registered = mt?.registered ?? stats.endOfYear.total
  const required = mt?.required ?? Math.floor(registered / 2) + 1
  content.push({
    unbreakable: true,
    stack: [
      grid(
        [{ label: 'Rekapitulasi kehadiran' }, { label: 'Jumlah', width: 120, align: 'right' }],
        [
          [`Jumlah anggota terdaftar per 31 Desember ${year}`, formatNumberId(registered)],
          ['Jumlah anggota hadir', mt && mt.present > 0 ? formatNumberId(mt.present) : ''],
          ['Persentase kehadiran', mt && mt.present > 0 ? formatPercent(mt.presentPercent) : '%'],
          [
            `Kuorum (paling sedikit ${formatNumberId(required)} anggota hadir) terpenuhi?`,
            mt && mt.present > 0 ? (mt.met ? 'Ya' : 'Tidak') : 'Ya / Tidak'
          ]
        ]
      )
    ]
  })
  if (!mt)
    content.push(
      note(
        'Daftar dicetak dari Buku Daftar Anggota (anggota aktif, menurut nomor anggota) untuk ditandatangani saat rapat.'
      )
    )

  const plan = src.nextRapb(book, year)
  if (plan) {
    content.push({
      ...(h2(`Lampiran 5. Rencana Kerja dan RAPB tahun ${year + 1}`) as object),
      pageBreak: 'before'
    } as Content)
    if (plan.workPlan) content.push(...para(plan.workPlan))
    content.push(
      grid(
        [{ label: 'Kelompok' }, { label: 'Jenis', width: 80 }, { label: 'Anggaran', width: 100, align: 'right' }],
        [
          ...plan.lines.map((l) => [l.name, l.type === 'PENDAPATAN' ? 'Pendapatan' : 'Beban', l.amount]),
          ['Sisa hasil usaha yang direncanakan', '', plan.totals.shu]
        ],
        { boldRows: new Set([plan.lines.length]) }
      )
    )
    if (plan.decisions.length) {
      content.push(h3('Rancangan keputusan'))
      content.push({ ol: plan.decisions.map((d) => d.text), margin: [0, 0, 0, 8] as M })
    }
  }

  // 10. Penutup and the audit-chain head
  tick('Menutup buku')
  const head = auditHead(book)
  content.push(h1('Penutup'), ...para(text.penutup))
  content.push(signatureBlock(p.village, signedAt, `Pengurus ${p.name}`, pengurus))
  content.push({
    unbreakable: true,
    margin: [0, 24, 0, 0] as M,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'Kepala rantai jejak audit', bold: true, margin: [0, 0, 0, 3] as M },
              {
                text: `Nomor urut catatan terakhir: ${formatNumberId(head.lastId)} (dari ${formatNumberId(head.count)} catatan)${head.at ? ` · dicatat ${formatDateTimeZone(head.at, p.timeZone)}` : ''} · buku dibuat ${formatDateTimeZone(ctx.now(), p.timeZone)}`
              },
              {
                text: `Jangkar untuk dicatat pengawas: catatan no. ${head.lastId} · ${head.fingerprint.split('/')[1] ?? ''}`,
                bold: true,
                margin: [0, 2, 0, 0] as M
              },
              { text: `Hash: ${head.hash}`, font: 'Roboto', fontSize: 7.5, margin: [0, 2, 0, 4] as M },
              {
                text: 'Setiap perubahan pembukuan di Lumbung dicatat berantai: tiap catatan memuat hash catatan sebelumnya. Kode di atas adalah ujung rantai pada saat buku ini dibuat. Kelak, pada menu Pengaturan › Jejak audit › "Periksa dengan jangkar", isikan nomor dan kode jangkar ini: bila dinyatakan cocok dan utuh, terbukti pembukuan yang menjadi dasar buku ini tidak ditulis ulang sejak buku ini dicetak.',
                fontSize: 8,
                alignment: 'justify'
              }
            ]
          }
        ]
      ]
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#666666',
      vLineColor: () => '#666666',
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 5,
      paddingBottom: () => 5
    }
  } as Content)
  tick('Membuat PDF')

  const title = `Laporan Pertanggungjawaban RAT ke-${n} Tahun Buku ${year}`
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [45, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: {
      h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 5] },
      h3: { fontSize: 9.5, bold: true, margin: [0, 6, 0, 3] }
    },
    info: { title: `${title} — ${p.name}`, author: p.name, creator: 'Lumbung', subject: 'Buku laporan RAT' },
    header: (page: number) =>
      (page > 1
        ? { text: `${p.name} — ${title}`, fontSize: 7.5, color: '#555555', margin: [45, 25, 40, 0] }
        : null) as Content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `Buku RAT Tahun Buku ${year}`, fontSize: 7, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 8 }
      ],
      margin: [45, 15, 40, 0]
    }),
    content
  }
  return {
    definition,
    drawn: drawnPages(tables),
    facts: {
      members: stats.endOfYear.total,
      rows: {
        savings: savings.rows.length,
        loans: perLoan.length,
        shu: shu?.rows.length ?? 0,
        attendance: att.rows.length
      }
    }
  }
}
