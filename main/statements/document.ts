import type {
  BalanceSheet,
  Calk,
  CashFlowStatement,
  EquityChanges,
  IncomeStatement,
  StatementKind
} from '../../shared/commands/statements'
import { formatDateLong } from '../../shared/dates/format'
import type { CooperativeProfile } from '../../shared/ledger/types'

/**
 * A statement as a printable document: titled tables and text blocks, the same model for PDF and
 * XLSX. Numbers stay numbers until a renderer formats them.
 */
export interface DocTable {
  heading?: string
  columns: { label: string; align: 'left' | 'right'; width?: number | '*' }[]
  rows: { cells: (string | number | null)[]; level: 0 | 1 | 2; emphasis?: boolean }[]
}

export interface StatementDocument {
  kind: StatementKind
  title: string
  period: string
  landscape: boolean
  blocks: ({ type: 'table'; table: DocTable } | { type: 'text'; heading?: string; text: string })[]
  profile: CooperativeProfile
  signedAt: string
  /** Names for the pengurus signature block (Ketua, Sekretaris, Bendahara), from the register; null = blank line. */
  signers?: { role: string; name: string | null }[]
}

const TITLES: Record<StatementKind, string> = {
  POSISI_KEUANGAN: 'Laporan Posisi Keuangan',
  HASIL_USAHA: 'Laporan Perhitungan Hasil Usaha',
  PERUBAHAN_EKUITAS: 'Laporan Perubahan Ekuitas',
  ARUS_KAS: 'Laporan Arus Kas',
  CALK: 'Catatan atas Laporan Keuangan'
}

const periodText = (from: string, to: string) =>
  `Untuk periode ${formatDateLong(from)} sampai dengan ${formatDateLong(to)}`

export function balanceSheetDocument(bs: BalanceSheet, profile: CooperativeProfile): StatementDocument {
  const cmp = bs.compareAsOf !== null
  const columns: DocTable['columns'] = [
    { label: 'Uraian', align: 'left', width: '*' },
    { label: formatDateLong(bs.asOf), align: 'right', width: 95 }
  ]
  if (cmp) columns.push({ label: formatDateLong(bs.compareAsOf!), align: 'right', width: 95 })
  const rows: DocTable['rows'] = []
  for (const s of bs.sections) {
    rows.push({ cells: [s.title.toUpperCase(), null, ...(cmp ? [null] : [])], level: 0, emphasis: true })
    for (const l of s.lines)
      rows.push({
        cells: [l.level === 2 ? `${l.code} ${l.name}` : l.name, l.amount, ...(cmp ? [l.compare] : [])],
        level: l.level
      })
    rows.push({
      cells: [`Jumlah ${s.title.toLowerCase()}`, s.total, ...(cmp ? [s.compareTotal] : [])],
      level: 0,
      emphasis: true
    })
  }
  rows.push({
    cells: [
      'JUMLAH LIABILITAS DAN EKUITAS',
      bs.totalLiabilitiesAndEquity,
      ...(cmp ? [bs.compareTotalLiabilitiesAndEquity] : [])
    ],
    level: 0,
    emphasis: true
  })
  return {
    kind: 'POSISI_KEUANGAN',
    title: TITLES.POSISI_KEUANGAN,
    period: `Per ${formatDateLong(bs.asOf)}`,
    landscape: false,
    blocks: [{ type: 'table', table: { columns, rows } }],
    profile,
    signedAt: bs.asOf
  }
}

export function incomeStatementDocument(is: IncomeStatement, profile: CooperativeProfile): StatementDocument {
  const cmp = is.compareFrom !== null
  const columns: DocTable['columns'] = [
    { label: 'Uraian', align: 'left', width: '*' },
    ...is.units.map((u) => ({ label: u.name, align: 'right' as const, width: 62 })),
    { label: 'Jumlah', align: 'right', width: 70 },
    ...(cmp ? [{ label: `Tahun lalu`, align: 'right' as const, width: 70 }] : [])
  ]
  const rows: DocTable['rows'] = is.rows.map((r) => ({
    cells: [r.level === 2 ? `${r.code} ${r.name}` : r.name, ...r.byUnit, r.total, ...(cmp ? [r.compare] : [])],
    level: r.level,
    emphasis: r.level === 0
  }))
  const party: DocTable = {
    heading: 'Pendapatan dari anggota dan non-anggota',
    columns: [
      { label: 'Unit usaha', align: 'left', width: '*' },
      { label: 'Anggota', align: 'right', width: 80 },
      { label: 'Non-anggota', align: 'right', width: 80 },
      { label: 'Tidak ditandai', align: 'right', width: 80 },
      { label: 'Jumlah', align: 'right', width: 80 }
    ],
    rows: [
      ...is.revenueByParty.map((r) => ({
        cells: [r.name, r.anggota, r.nonAnggota, r.tanpa, r.total],
        level: 2 as const
      })),
      {
        cells: [
          'Jumlah',
          is.revenueTotal.anggota,
          is.revenueTotal.nonAnggota,
          is.revenueTotal.tanpa,
          is.revenueTotal.total
        ],
        level: 0,
        emphasis: true
      }
    ]
  }
  return {
    kind: 'HASIL_USAHA',
    title: TITLES.HASIL_USAHA,
    period: periodText(is.from, is.to),
    landscape: is.units.length > 3,
    blocks: [
      { type: 'table', table: { columns, rows } },
      { type: 'table', table: party }
    ],
    profile,
    signedAt: is.to
  }
}

export function equityChangesDocument(e: EquityChanges, profile: CooperativeProfile): StatementDocument {
  const columns: DocTable['columns'] = [
    { label: 'Uraian', align: 'left', width: '*' },
    ...e.columns.map((c) => ({ label: c.name, align: 'right' as const, width: 68 })),
    { label: 'Jumlah', align: 'right', width: 72 }
  ]
  const rows: DocTable['rows'] = e.rows.map((r) => ({
    cells: [r.label, ...r.amounts, r.total],
    level: r.key.startsWith('SALDO') ? 0 : 2,
    emphasis: r.key.startsWith('SALDO')
  }))
  return {
    kind: 'PERUBAHAN_EKUITAS',
    title: TITLES.PERUBAHAN_EKUITAS,
    period: periodText(e.from, e.to),
    landscape: e.columns.length > 4,
    blocks: [{ type: 'table', table: { columns, rows } }],
    profile,
    signedAt: e.to
  }
}

export function cashFlowDocument(c: CashFlowStatement, profile: CooperativeProfile): StatementDocument {
  const cmp = c.compare !== null
  const columns: DocTable['columns'] = [
    { label: 'Uraian', align: 'left', width: '*' },
    { label: 'Periode ini', align: 'right', width: 95 },
    ...(cmp ? [{ label: 'Tahun lalu', align: 'right' as const, width: 95 }] : [])
  ]
  const rows: DocTable['rows'] = []
  for (const s of c.sections) {
    rows.push({ cells: [s.title, null, ...(cmp ? [null] : [])], level: 0, emphasis: true })
    for (const l of s.lines) rows.push({ cells: [l.label, l.amount, ...(cmp ? [l.compare] : [])], level: 2 })
    rows.push({
      cells: [`Kas bersih dari ${s.title.replace('Arus kas dari ', '')}`, s.net, ...(cmp ? [s.compareNet] : [])],
      level: 1,
      emphasis: true
    })
  }
  rows.push({
    cells: ['Kenaikan (penurunan) bersih kas dan setara kas', c.netChange, ...(cmp ? [c.compare!.netChange] : [])],
    level: 0,
    emphasis: true
  })
  rows.push({
    cells: ['Kas dan setara kas awal periode', c.openingCash, ...(cmp ? [c.compare!.openingCash] : [])],
    level: 0
  })
  rows.push({
    cells: ['Kas dan setara kas akhir periode', c.closingCash, ...(cmp ? [c.compare!.closingCash] : [])],
    level: 0,
    emphasis: true
  })
  return {
    kind: 'ARUS_KAS',
    title: TITLES.ARUS_KAS,
    period: periodText(c.from, c.to),
    landscape: false,
    blocks: [{ type: 'table', table: { columns, rows } }],
    profile,
    signedAt: c.to
  }
}

export function calkDocument(k: Calk, profile: CooperativeProfile): StatementDocument {
  const blocks: StatementDocument['blocks'] = []
  k.notes.forEach((n, i) => {
    const heading = `${i + 1}. ${n.title}`
    if (n.text) blocks.push({ type: 'text', heading, text: n.text })
    if (n.table) {
      blocks.push({
        type: 'table',
        table: {
          heading: n.text ? undefined : heading,
          columns: n.table.head.map((h, j) => ({
            label: h,
            align: j === 0 ? 'left' : 'right',
            width: j === 0 ? '*' : 90
          })),
          rows: n.table.rows.map((r, j) => ({
            cells: r,
            level: j === n.table!.rows.length - 1 && r[0] === 'Jumlah' ? 0 : 2,
            emphasis: r[0] === 'Jumlah'
          }))
        }
      })
    }
  })
  return {
    kind: 'CALK',
    title: TITLES.CALK,
    period: periodText(k.from, k.asOf),
    landscape: false,
    blocks,
    profile,
    signedAt: k.asOf
  }
}
