import { csvField, xlsxBuffer } from '../files/cells'
import { todayIn } from '../setup/timezone'
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { formatDateLong, formatDateShort, formatDateTimeZone } from '../../shared/dates/format'
import { formatAmount } from '../../shared/money/rupiah'
import {
  DINAS_GROUP_LABELS,
  DINAS_PREDICATE_LABELS,
  DINAS_PREDICATES,
  type DinasFigure,
  type DinasRecap,
  type DinasReport
} from '../../shared/dinas/fields'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { auditHead } from '../audit/trail'
import { signatories } from '../rat'
import { requireProfile } from '../setup/profile'
import { balanceSheet } from '../statements/balance-sheet'
import { balanceSheetDocument, incomeStatementDocument, type DocTable } from '../statements/document'
import { incomeStatement } from '../statements/income-statement'
import type { ExportDocument } from '../files/deliver'
import { renderPdf } from '../files/pdf-engine'
import { dinasRecap } from './consolidation'
import { buildPayload } from './payload'
import { dinasReport, dinasTemplate } from './report'

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json'
} as const
const NUMBER = '#,##0;(#,##0);0'

/** A figure as text for CSV and PDF: rupiah and counts without separators in CSV, Ya/Tidak for yes/no. */
export function figureText(f: DinasFigure, forCsv: boolean): string {
  if (f.value === null || f.value === '') return ''
  if (typeof f.value === 'boolean') return f.value ? 'Ya' : 'Tidak'
  if (typeof f.value === 'number') return forCsv || f.kind === 'year' ? String(f.value) : formatAmount(f.value)
  if (f.kind === 'date' && !forCsv) return formatDateLong(f.value)
  return f.value
}

/** The report's figures in the template's order, under the template's labels. */
export function templatedFigures(book: Book, report: DinasReport): (DinasFigure & { column: string })[] {
  const byKey = new Map(report.figures.map((f) => [f.key, f]))
  return dinasTemplate(book)
    .columns.filter((c) => c.included && byKey.has(c.key))
    .map((c) => ({ ...byKey.get(c.key)!, column: c.label }))
}

function tableRows(t: DocTable): unknown[][] {
  return [
    t.columns.map((c) => ({ value: c.label, fontWeight: 'bold' })),
    ...t.rows.map((r) =>
      r.cells.map((v, i) => {
        if (v === null) return null
        if (typeof v === 'number')
          return { value: v, type: Number, format: NUMBER, ...(r.emphasis ? { fontWeight: 'bold' } : {}) }
        return {
          value: i === 0 && r.level > 0 ? `${'  '.repeat(r.level)}${v}` : v,
          ...(r.emphasis ? { fontWeight: 'bold' } : {})
        }
      })
    )
  ]
}

async function reportXlsx(book: Book, report: DinasReport): Promise<Buffer> {
  const p = requireProfile(book)
  const figs = templatedFigures(book, report)
  const summary: unknown[][] = [
    [{ value: p.name, fontWeight: 'bold' }],
    [{ value: `Laporan Tahunan untuk Dinas — tahun buku ${report.year}`, fontWeight: 'bold' }],
    [`Keadaan per ${formatDateLong(report.asOf)}`],
    [],
    ['No', 'Kelompok', 'Isian', 'Nilai', 'Cara hitung', 'Kunci'].map((v) => ({ value: v, fontWeight: 'bold' })),
    ...figs.map((f, i) => [
      { value: i + 1, type: Number },
      DINAS_GROUP_LABELS[f.group],
      f.column,
      f.value === null
        ? null
        : typeof f.value === 'number'
          ? { value: f.value, type: Number, format: f.kind === 'money' ? NUMBER : '0' }
          : typeof f.value === 'boolean'
            ? f.value
              ? 'Ya'
              : 'Tidak'
            : f.value,
      f.how,
      f.key
    ])
  ]
  const asOf = report.asOf
  const members = book.q.all(
    qb
      .selectFrom('members')
      .select(['member_no', 'name', 'gender', 'status', 'joined_at', 'exit_date', 'exit_reason'])
      .orderBy('member_no')
  )
  const memberSheet = [
    ['No. anggota', 'Nama', 'L/P', 'Status', 'Tanggal masuk', 'Tanggal keluar', 'Alasan keluar'].map((v) => ({
      value: v,
      fontWeight: 'bold'
    })),
    ...members.map((m) => [m.member_no, m.name, m.gender, m.status, m.joined_at, m.exit_date, m.exit_reason])
  ]
  const savings = book.q.rows<{ member_no: string; name: string; pokok: number; wajib: number; sukarela: number }>(
    `SELECT m.member_no, m.name,
      COALESCE(SUM(CASE WHEN s.type = 'POKOK' THEN s.amount END), 0) AS pokok,
      COALESCE(SUM(CASE WHEN s.type = 'WAJIB' THEN s.amount END), 0) AS wajib,
      COALESCE(SUM(CASE WHEN s.type = 'SUKARELA' THEN s.amount END), 0) AS sukarela
    FROM members m JOIN savings_transactions s ON s.member_id = m.id AND s.date <= ?
    GROUP BY m.id ORDER BY m.member_no`,
    asOf
  )
  const num = (v: number) => ({ value: v, type: Number, format: NUMBER })
  const savingsSheet = [
    ['No. anggota', 'Nama', 'Pokok', 'Wajib', 'Sukarela', 'Jumlah'].map((v) => ({ value: v, fontWeight: 'bold' })),
    ...savings.map((s) => [
      s.member_no,
      s.name,
      num(s.pokok),
      num(s.wajib),
      num(s.sukarela),
      num(s.pokok + s.wajib + s.sukarela)
    ])
  ]
  const loans = book.q.rows<{
    loan_no: string
    member_no: string
    name: string
    principal: number
    disbursed_at: string
    status: string
    sisa: number
    off: number
  }>(
    `SELECT l.loan_no, m.member_no, m.name, l.principal, l.disbursed_at, l.status,
      l.principal - COALESCE((SELECT SUM(pokok) FROM loan_payments p WHERE p.loan_id = l.id AND p.date <= ?), 0) AS sisa,
      CASE WHEN l.written_off_at IS NOT NULL AND l.written_off_at <= ? THEN 1 ELSE 0 END AS off
    FROM loans l JOIN members m ON m.id = l.member_id WHERE l.disbursed_at IS NOT NULL AND l.disbursed_at <= ? ORDER BY l.disbursed_at, l.loan_no`,
    asOf,
    asOf,
    asOf
  )
  const loanSheet = [
    [
      'No. pinjaman',
      'No. anggota',
      'Nama',
      'Tanggal cair',
      'Pokok',
      `Sisa pokok ${formatDateShort(asOf)}`,
      'Status'
    ].map((v) => ({ value: v, fontWeight: 'bold' })),
    ...loans.map((l) => [
      l.loan_no,
      l.member_no,
      l.name,
      l.disbursed_at,
      num(l.principal),
      num(l.off ? 0 : l.sisa),
      l.status
    ])
  ]
  const bs = balanceSheetDocument(balanceSheet(book, asOf, false), p)
  const is = incomeStatementDocument(incomeStatement(book, `${report.year}-01-01`, asOf, false), p)
  const docRows = (d: typeof bs) => [
    [{ value: d.title, fontWeight: 'bold' }],
    [d.period],
    [],
    ...d.blocks.flatMap((b) => (b.type === 'table' ? [...tableRows(b.table), []] : [[b.text], []]))
  ]
  const sheets = [
    {
      data: summary,
      sheet: 'Ringkasan',
      columns: [{ width: 5 }, { width: 18 }, { width: 45 }, { width: 28 }, { width: 90 }, { width: 24 }]
    },
    {
      data: memberSheet,
      sheet: 'Anggota',
      columns: [{ width: 14 }, { width: 36 }, { width: 5 }, { width: 10 }, { width: 14 }, { width: 14 }, { width: 22 }]
    },
    {
      data: savingsSheet,
      sheet: 'Simpanan',
      columns: [{ width: 14 }, { width: 36 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 18 }]
    },
    {
      data: loanSheet,
      sheet: 'Pinjaman',
      columns: [{ width: 18 }, { width: 14 }, { width: 36 }, { width: 14 }, { width: 16 }, { width: 18 }, { width: 12 }]
    },
    { data: docRows(bs), sheet: 'Posisi Keuangan', columns: [{ width: 60 }, { width: 20 }, { width: 20 }] },
    {
      data: docRows(is),
      sheet: 'Hasil Usaha',
      columns: [{ width: 60 }, ...Array.from({ length: 8 }, () => ({ width: 18 }))]
    }
  ]
  return xlsxBuffer(sheets)
}

function reportCsv(book: Book, report: DinasReport): Buffer {
  const figs = templatedFigures(book, report)
  const lines = [
    figs.map((f) => csvField(f.column)).join(';'),
    figs.map((f) => csvField(typeof f.value === 'number' ? f.value : figureText(f, true))).join(';')
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

const footer = (title: string) => (page: number, pages: number) =>
  ({
    columns: [
      { text: title, fontSize: 7, color: '#555555' },
      { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 8 }
    ],
    margin: [40, 15, 40, 0]
  }) as Content

const grid = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#999999',
  vLineColor: () => '#999999',
  paddingTop: () => 2,
  paddingBottom: () => 2
}

async function reportPdf(book: Book, report: DinasReport, today: string): Promise<Buffer> {
  const p = requireProfile(book)
  const figs = templatedFigures(book, report)
  const body: TableCell[][] = [
    [
      { text: 'No', bold: true, fillColor: '#eeeeee' },
      { text: 'Isian', bold: true, fillColor: '#eeeeee' },
      { text: 'Nilai', bold: true, fillColor: '#eeeeee', alignment: 'right' }
    ]
  ]
  let group = ''
  figs.forEach((f, i) => {
    if (f.group !== group) {
      group = f.group
      body.push([{ text: DINAS_GROUP_LABELS[f.group], bold: true, colSpan: 3, fillColor: '#f6f6f6' }, {}, {}])
    }
    const right = typeof f.value === 'number'
    body.push([
      { text: String(i + 1) },
      { text: f.column },
      { text: figureText(f, false), alignment: right ? 'right' : 'left' }
    ])
  })
  const sig = signatories(book, report.asOf < today ? today : report.asOf).signatories.filter(
    (s) => s.role !== 'KETUA_PENGAWAS'
  )
  const title = `Laporan Tahunan untuk Dinas — tahun buku ${report.year}`
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    info: { title: `${title} — ${p.name}`, author: p.name, creator: 'Lumbung' },
    footer: footer(`${p.name} · ${title}`),
    content: [
      { text: p.name.toUpperCase(), bold: true, alignment: 'center', fontSize: 12 },
      { text: title, bold: true, alignment: 'center', fontSize: 13, margin: [0, 2, 0, 0] },
      {
        text: `Keadaan per ${formatDateLong(report.asOf)} · Nomor Induk Koperasi (NIK): ${p.nikKoperasi ?? '—'}`,
        alignment: 'center',
        margin: [0, 2, 0, 10]
      },
      { table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 170], body }, layout: grid },
      {
        unbreakable: true,
        margin: [0, 20, 0, 0],
        stack: [
          { text: `${p.village}, ${formatDateLong(today)}`, alignment: 'right', margin: [0, 0, 0, 4] },
          { text: 'Pengurus', alignment: 'center', bold: true, margin: [0, 0, 0, 4] },
          {
            columns: sig.map((s) => ({
              width: '*',
              stack: [
                { text: s.label, alignment: 'center' as const },
                { text: `\n\n\n(${s.name ?? '....................................'})`, alignment: 'center' as const }
              ]
            }))
          }
        ]
      }
    ]
  }
  return await renderPdf(def)
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'koperasi'

/**
 * The Dinas report: XLSX (summary in template order + detail sheets) with the checked JSON that
 * goes beside it (`<name>.lumbung.json`), CSV (UTF-8 with BOM, `;`), PDF (A4) or the JSON alone.
 */
export async function exportDinas(
  book: Book,
  i: { year: number; format: 'xlsx' | 'csv' | 'pdf' | 'json' },
  now: Date
): Promise<{ main: ExportDocument; payload: ExportDocument | null }> {
  const report = dinasReport(book, i.year, now)
  const today = todayIn(book, now)
  const base = `laporan-dinas-${slug(report.cooperative.name)}-${i.year}`
  const json = () => ({
    name: `${base}.lumbung.json`,
    mime: MIME.json,
    bytes: Buffer.from(`${JSON.stringify(buildPayload(report, now.toISOString(), auditHead(book)), null, 2)}\n`, 'utf8')
  })
  if (i.format === 'xlsx')
    return { main: { name: `${base}.xlsx`, mime: MIME.xlsx, bytes: await reportXlsx(book, report) }, payload: json() }
  if (i.format === 'csv')
    return { main: { name: `${base}.csv`, mime: MIME.csv, bytes: reportCsv(book, report) }, payload: null }
  if (i.format === 'pdf')
    return { main: { name: `${base}.pdf`, mime: MIME.pdf, bytes: await reportPdf(book, report, today) }, payload: null }
  const doc = json()
  return { main: doc, payload: null }
}

const RECAP_COLUMNS: { key: string; label: string }[] = [
  { key: 'anggotaL', label: 'Anggota pria' },
  { key: 'anggotaP', label: 'Anggota wanita' },
  { key: 'anggota', label: 'Jumlah anggota' },
  { key: 'calonL', label: 'Calon anggota pria' },
  { key: 'calonP', label: 'Calon anggota wanita' },
  { key: 'manajerL', label: 'Manajer pria' },
  { key: 'manajerP', label: 'Manajer wanita' },
  { key: 'karyawanL', label: 'Karyawan pria' },
  { key: 'karyawanP', label: 'Karyawan wanita' },
  { key: 'modalSendiri', label: 'Modal sendiri' },
  { key: 'modalLuar', label: 'Modal luar' },
  { key: 'modalPenyertaan', label: 'Modal penyertaan' },
  { key: 'aset', label: 'Aset' },
  { key: 'volumeUsaha', label: 'Volume usaha' },
  { key: 'simpanan', label: 'Simpanan' },
  { key: 'pinjamanDisalurkan', label: 'Pinjaman disalurkan' },
  { key: 'pinjamanBeredar', label: 'Pinjaman beredar' },
  { key: 'shu', label: 'SHU' }
]

/** The recap of a year as XLSX (rows, totals, predicates, not reported) or an A4 landscape PDF. */
export async function exportRecap(book: Book, i: { year: number; format: 'xlsx' | 'pdf' }): Promise<ExportDocument> {
  const p = requireProfile(book)
  const r: DinasRecap = dinasRecap(book, i.year)
  const title = `Rekap Laporan Tahunan Koperasi — tahun buku ${i.year}`
  const vals = (row: DinasRecap['rows'][number]) =>
    RECAP_COLUMNS.map((c) => row.values[c.key as keyof typeof row.values])
  const totals = RECAP_COLUMNS.map((c) => r.totals.values[c.key as keyof typeof r.totals.values])
  let bytes: Buffer
  if (i.format === 'xlsx') {
    const num = (v: number) => ({ value: v, type: Number, format: NUMBER })
    const head = [
      'No',
      'Nama koperasi',
      'Nomor Induk Koperasi (NIK)',
      'Kabupaten/kota',
      'RAT tahun ini',
      'Izin usaha',
      'Predikat kesehatan',
      ...RECAP_COLUMNS.map((c) => c.label),
      'Ekspor dibuat'
    ]
    const data: unknown[][] = [
      [{ value: p.name, fontWeight: 'bold' }],
      [{ value: title, fontWeight: 'bold' }],
      [],
      head.map((v) => ({ value: v, fontWeight: 'bold' })),
      ...r.rows.map((row, n) => [
        num(n + 1),
        row.name,
        row.nikKoperasi,
        row.regency,
        row.ratHeld ? 'Ya' : 'Tidak',
        row.izinUsaha ? 'Ya' : 'Tidak',
        DINAS_PREDICATE_LABELS[row.predicate],
        ...vals(row).map(num),
        formatDateTimeZone(row.generatedAt, p.timeZone)
      ]),
      [
        { value: 'Jumlah', fontWeight: 'bold' },
        { value: `${r.totals.cooperatives} koperasi`, fontWeight: 'bold' },
        null,
        null,
        num(r.totals.withRat),
        num(r.totals.withIzin),
        null,
        ...totals.map(num),
        null
      ],
      [],
      [
        { value: 'Predikat kesehatan', fontWeight: 'bold' },
        { value: 'Jumlah koperasi', fontWeight: 'bold' }
      ],
      ...DINAS_PREDICATES.map((k) => [DINAS_PREDICATE_LABELS[k], num(r.totals.byPredicate[k])]),
      [],
      [
        { value: 'Belum melapor', fontWeight: 'bold' },
        { value: 'Nomor Induk Koperasi (NIK)', fontWeight: 'bold' },
        { value: 'Kabupaten/kota', fontWeight: 'bold' }
      ],
      ...r.notReported.map((e) => [e.name, e.nikKoperasi, e.regency])
    ]
    bytes = await xlsxBuffer(data as unknown[][], {
      sheet: 'Rekap',
      columns: [
        { width: 5 },
        { width: 40 },
        { width: 20 },
        { width: 22 },
        ...Array.from({ length: 3 + RECAP_COLUMNS.length + 1 }, () => ({ width: 16 }))
      ]
    })
  } else {
    const short = ['modalSendiri', 'modalLuar', 'aset', 'volumeUsaha', 'shu']
    const cols = RECAP_COLUMNS.filter((c) => short.includes(c.key))
    const hd = (s: string, right = false) => ({
      text: s,
      bold: true,
      fillColor: '#eeeeee',
      alignment: right ? ('right' as const) : ('left' as const)
    })
    const body: TableCell[][] = [
      [
        hd('No'),
        hd('Koperasi'),
        hd('RAT'),
        hd('Predikat'),
        hd('L', true),
        hd('P', true),
        hd('Anggota', true),
        ...cols.map((c) => hd(c.label, true))
      ],
      ...r.rows.map((row, n) => [
        String(n + 1),
        `${row.name}\n${row.nikKoperasi ?? ''} ${row.regency}`,
        row.ratHeld ? 'Ya' : 'Tidak',
        DINAS_PREDICATE_LABELS[row.predicate],
        ...[
          row.values.anggotaL,
          row.values.anggotaP,
          row.values.anggota,
          ...cols.map((c) => row.values[c.key as keyof typeof row.values])
        ].map((v) => ({ text: formatAmount(v), alignment: 'right' as const }))
      ]),
      [
        { text: 'Jumlah', bold: true, colSpan: 2 },
        {},
        { text: String(r.totals.withRat), bold: true },
        '',
        ...[
          r.totals.values.anggotaL,
          r.totals.values.anggotaP,
          r.totals.values.anggota,
          ...cols.map((c) => r.totals.values[c.key as keyof typeof r.totals.values])
        ].map((v) => ({ text: formatAmount(v), alignment: 'right' as const, bold: true }))
      ]
    ]
    const def: TDocumentDefinitions = {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [30, 40, 30, 45],
      defaultStyle: { font: 'Roboto', fontSize: 8 },
      info: { title, author: p.name, creator: 'Lumbung' },
      footer: footer(`${p.name} · ${title}`),
      content: [
        { text: p.name.toUpperCase(), bold: true, alignment: 'center', fontSize: 11 },
        { text: title, bold: true, alignment: 'center', fontSize: 12, margin: [0, 2, 0, 8] },
        {
          text: `${r.totals.cooperatives} koperasi melapor, ${r.totals.withRat} sudah RAT, ${r.totals.withIzin} memiliki izin usaha. Predikat: ${DINAS_PREDICATES.map((k) => `${DINAS_PREDICATE_LABELS[k]} ${r.totals.byPredicate[k]}`).join(', ')}.`,
          margin: [0, 0, 0, 8]
        },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [18, '*', 28, 60, 30, 30, 40, ...cols.map(() => 70)],
            body
          },
          layout: grid
        },
        ...(r.notReported.length
          ? [
              {
                text: `Belum melapor (${r.notReported.length}): ${r.notReported.map((e) => `${e.name}${e.nikKoperasi ? ` (${e.nikKoperasi})` : ''}`).join('; ')}`,
                margin: [0, 10, 0, 0] as [number, number, number, number]
              }
            ]
          : [])
      ]
    }
    bytes = await renderPdf(def)
  }
  return { name: `rekap-dinas-${i.year}.${i.format}`, mime: MIME[i.format], bytes }
}
