import { PERIODIC_FIELDS } from '../../shared/dinas/periodic'
import { reportingPeriod } from '../../shared/statements/periods'
import { auditHead } from '../audit/trail'
import type { Book } from '../db/book'
import { xlsxBuffer } from '../files/cells'
import type { ExportDocument } from '../files/deliver'
import { buildPeriodicPayload, dinasPeriodicRecap, dinasPeriodicReport } from './periodic'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const NUMBER = '#,##0;(#,##0);0'

/**
 * The quarter's export: the checked JSON the Dinas imports, and for XLSX a readable sheet beside it
 * (field, value, how computed; numbers as numbers).
 */
export async function exportDinasPeriodic(
  book: Book,
  i: { year: number; quarter: number; format: 'xlsx' | 'json' },
  now: Date
): Promise<{ main: ExportDocument; payload: ExportDocument | null }> {
  const r = dinasPeriodicReport(book, i.year, i.quarter, now)
  const base = `pemantauan-dinas-${i.year}-tw${i.quarter}`
  const json = {
    name: `${base}.lumbung.json`,
    mime: 'application/json',
    bytes: Buffer.from(
      `${JSON.stringify(buildPeriodicPayload(r, now.toISOString(), auditHead(book)), null, 2)}\n`,
      'utf8'
    )
  }
  if (i.format === 'json') return { main: json, payload: null }
  const rows: unknown[][] = [
    [{ value: r.cooperative.name, fontWeight: 'bold' }],
    [{ value: `Laporan Pemantauan Triwulanan untuk Dinas — ${r.label}`, fontWeight: 'bold' }],
    [
      `Nomor Induk Koperasi (NIK): ${r.cooperative.nikKoperasi ?? '—'} · ${r.cooperative.regency}, ${r.cooperative.province}`
    ],
    [],
    ['No', 'Isian', 'Nilai', 'Cara hitung', 'Kunci'].map((v) => ({ value: v, fontWeight: 'bold' })),
    ...r.figures.map((f, n) => [
      { value: n + 1, type: Number },
      f.label,
      { value: f.value, type: Number, format: f.kind === 'money' ? NUMBER : '0' },
      f.how,
      f.key
    ])
  ]
  const bytes = await xlsxBuffer(rows as never, {
    sheet: 'Pemantauan',
    columns: [{ width: 5 }, { width: 50 }, { width: 20 }, { width: 90 }, { width: 24 }]
  })
  return { main: { name: `${base}.xlsx`, mime: XLSX_MIME, bytes }, payload: json }
}

/**
 * The quarterly recap as a workbook: a sheet per quarter (a row per cooperative, a column per field,
 * the total), and a sheet of the change of each field from one reported quarter to the next.
 */
export async function exportPeriodicRecap(book: Book, year: number): Promise<ExportDocument> {
  const r = dinasPeriodicRecap(book, year)
  const num = (v: number, kind: string) => ({ value: v, type: Number, format: kind === 'money' ? NUMBER : '0' })
  const bold = (v: string) => ({ value: v, fontWeight: 'bold' })
  const head = [
    'No',
    'Nama koperasi',
    'Nomor Induk Koperasi (NIK)',
    'Kabupaten/kota',
    ...PERIODIC_FIELDS.map((f) => f.label)
  ].map(bold)
  const widths = [
    { width: 5 },
    { width: 40 },
    { width: 22 },
    { width: 22 },
    ...PERIODIC_FIELDS.map(() => ({ width: 18 }))
  ]
  const sheets = [1, 2, 3, 4].map((q) => {
    const p = reportingPeriod('TRIWULAN', year, q)
    const rows = r.rows.filter((row) => row.quarters[q - 1] !== null)
    const t = r.totals[q - 1]!
    return {
      sheet: p.name.replace(` ${year}`, ''),
      columns: widths,
      data: [
        [bold(`Rekap Pemantauan Triwulanan — ${p.label}`)],
        [`${t.reported} koperasi melapor`],
        [],
        head,
        ...rows.map((row, n) => [
          num(n + 1, 'count'),
          row.name,
          row.nikKoperasi,
          row.regency,
          ...PERIODIC_FIELDS.map((f) => num(row.quarters[q - 1]!.values[f.key] ?? 0, f.kind))
        ]),
        [
          bold('Jumlah'),
          bold(`${t.reported} koperasi`),
          null,
          null,
          ...PERIODIC_FIELDS.map((f) => num(t.values[f.key] ?? 0, f.kind))
        ]
      ]
    }
  })
  const changes = r.rows.flatMap((row) => {
    const seen = row.quarters
      .map((c, i) => [i + 1, c] as const)
      .filter((x): x is readonly [number, NonNullable<(typeof x)[1]>] => x[1] !== null)
    return seen.slice(1).map(([q, c], i) => {
      const [pq, pc] = seen[i]!
      return [
        row.name,
        row.nikKoperasi,
        `${reportingPeriod('TRIWULAN', year, pq).name.replace(` ${year}`, '')} → ${reportingPeriod('TRIWULAN', year, q).name.replace(` ${year}`, '')}`,
        ...PERIODIC_FIELDS.map((f) => num((c.values[f.key] ?? 0) - (pc.values[f.key] ?? 0), f.kind))
      ]
    })
  })
  sheets.push({
    sheet: 'Perubahan',
    columns: [{ width: 40 }, { width: 22 }, { width: 24 }, ...PERIODIC_FIELDS.map(() => ({ width: 18 }))],
    data: [
      [bold(`Perubahan antartriwulan tahun ${year}`)],
      [],
      ['Nama koperasi', 'Nomor Induk Koperasi (NIK)', 'Triwulan', ...PERIODIC_FIELDS.map((f) => f.label)].map(bold),
      ...changes
    ]
  })
  return { name: `rekap-triwulan-${year}.xlsx`, mime: XLSX_MIME, bytes: await xlsxBuffer(sheets as never) }
}
