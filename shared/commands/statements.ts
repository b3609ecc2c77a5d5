import { z } from 'zod'
import { command, hostCommand } from './define'
import { targetFields, type ExportedFile } from './files'
import { isoDate } from '../validation/schemas'
import { PERIOD_KINDS, periodsPerYear, type ReportingPeriod } from '../statements/periods'

/**
 * The SAK EP statements of Permenkop 2/2024 (DOMAIN.md §1.2): Laporan Posisi Keuangan, Laporan
 * Perhitungan Hasil Usaha, Laporan Perubahan Ekuitas, Laporan Arus Kas (direct method) and CALK.
 * Amounts are whole rupiah on the side a reader expects (assets, liabilities, equity, revenue and
 * expenses positive; contra accounts negative within their group).
 */

/** Where a figure comes from, so the screen can open the journal lines behind it. */
export interface Drill {
  accounts: string[]
  from: string | null
  to: string
  unit?: string | null
  pihak?: 'ANGGOTA' | 'NON_ANGGOTA' | 'TANPA'
  cashOnly?: boolean
}

export interface StatementLine {
  code: string
  name: string
  /** 0 = section total, 1 = group, 2 = account. */
  level: 0 | 1 | 2
  amount: number
  compare: number | null
  drill: Drill | null
}

export interface StatementSection {
  key: string
  title: string
  lines: StatementLine[]
  total: number
  compareTotal: number | null
}

export interface BalanceSheet {
  asOf: string
  compareAsOf: string | null
  sections: StatementSection[]
  totalAssets: number
  totalLiabilitiesAndEquity: number
  compareTotalAssets: number | null
  compareTotalLiabilitiesAndEquity: number | null
  balanced: boolean
  memberSharesAsLiability: boolean
}

export interface IncomeRow {
  code: string
  name: string
  level: 0 | 1 | 2
  /** Per unit code ('' = lines without a unit), in the order of `units`. */
  byUnit: number[]
  total: number
  compare: number | null
  drill: Drill | null
}

export interface IncomeStatement {
  from: string
  to: string
  compareFrom: string | null
  compareTo: string | null
  units: { code: string; name: string }[]
  rows: IncomeRow[]
  /** SHU after tax, per unit and total. */
  shu: { byUnit: number[]; total: number; compare: number | null }
  /** Revenue by party, per unit: member, non-member and lines not marked. */
  revenueByParty: { unit: string; name: string; anggota: number; nonAnggota: number; tanpa: number; total: number }[]
  revenueTotal: { anggota: number; nonAnggota: number; tanpa: number; total: number }
}

export interface EquityChanges {
  from: string
  to: string
  columns: { code: string; name: string }[]
  rows: { key: string; label: string; amounts: number[]; total: number }[]
  /** SHU of the period from the income statement: it equals the row "SHU tahun berjalan". */
  shu: number
}

export interface CashFlowLine {
  key: string
  label: string
  amount: number
  compare: number | null
  drill: Drill | null
}

export interface CashFlowStatement {
  from: string
  to: string
  compareFrom: string | null
  compareTo: string | null
  sections: {
    key: 'OPERASI' | 'INVESTASI' | 'PENDANAAN'
    title: string
    lines: CashFlowLine[]
    net: number
    compareNet: number | null
  }[]
  netChange: number
  openingCash: number
  closingCash: number
  /** Balance of the cash and bank accounts on `to`: equals closingCash. */
  cashAccountsBalance: number
  compare: { netChange: number; openingCash: number; closingCash: number } | null
}

export interface CalkNote {
  key: string
  title: string
  text: string
  editable: boolean
  table: { head: string[]; rows: (string | number)[][] } | null
}

export interface Calk {
  asOf: string
  from: string
  notes: CalkNote[]
}

export interface DrillLine {
  entryId: number
  number: string
  date: string
  description: string
  account: string
  accountName: string
  unit: string | null
  pihak: string | null
  member: string | null
  debit: number
  credit: number
}

const period = z
  .strictObject({ from: isoDate, to: isoDate, compare: z.boolean({ error: 'harus true atau false' }).default(true) })
  .refine((p) => p.from <= p.to, { error: 'Tanggal awal tidak boleh sesudah tanggal akhir', path: ['from'] })

const STATEMENT = z.enum(['POSISI_KEUANGAN', 'HASIL_USAHA', 'PERUBAHAN_EKUITAS', 'ARUS_KAS', 'CALK'], {
  error: 'harus POSISI_KEUANGAN, HASIL_USAHA, PERUBAHAN_EKUITAS, ARUS_KAS atau CALK'
})

export type StatementKind = z.infer<typeof STATEMENT>

/** Laporan triwulanan / semesteran: the three statements of one quarter or half year (DOMAIN.md §1.2). */
export interface PeriodicStatements {
  period: ReportingPeriod
  balanceSheet: BalanceSheet
  incomeStatement: IncomeStatement
  cashFlow: CashFlowStatement
}

const periodic = {
  kind: z.enum(PERIOD_KINDS, { error: 'harus TRIWULAN atau SEMESTER' }),
  year: z
    .number({ error: 'harus berupa tahun' })
    .int({ error: 'harus bilangan bulat' })
    .min(1990, { error: 'tahun paling awal 1990' })
    .max(2199, { error: 'tahun tidak valid' }),
  number: z
    .number({ error: 'harus berupa nomor triwulan atau semester' })
    .int({ error: 'harus bilangan bulat' })
    .min(1, { error: 'paling kecil 1' })
    .max(4, { error: 'paling besar 4' }),
  compare: z.boolean({ error: 'harus true atau false' }).default(true)
}
const periodicCheck = (p: { kind: (typeof PERIOD_KINDS)[number]; number: number }) => p.number <= periodsPerYear(p.kind)
const semesterOnly = { error: 'Nomor: semester hanya I atau II (1 atau 2)', path: ['number'] }

export const statementCommands = {
  'statements.balanceSheet': command<BalanceSheet>()({
    kind: 'query',
    summary: 'Laporan Posisi Keuangan per tanggal, dengan pembanding tahun lalu (aset menurut likuiditas)',
    input: z.strictObject({ asOf: isoDate, compare: z.boolean({ error: 'harus true atau false' }).default(true) })
  }),
  'statements.incomeStatement': command<IncomeStatement>()({
    kind: 'query',
    summary: 'Laporan Perhitungan Hasil Usaha untuk suatu periode, per unit usaha dan anggota/non-anggota',
    input: period
  }),
  'statements.equityChanges': command<EquityChanges>()({
    kind: 'query',
    summary: 'Laporan Perubahan Ekuitas untuk suatu periode',
    input: period
  }),
  'statements.cashFlow': command<CashFlowStatement>()({
    kind: 'query',
    summary: 'Laporan Arus Kas metode langsung untuk suatu periode',
    input: period
  }),
  'statements.calk': command<Calk>()({
    kind: 'query',
    summary: 'Catatan atas Laporan Keuangan: kebijakan akuntansi (dapat diubah) dan tabel yang dihitung dari buku',
    input: period
  }),
  'statements.setPolicyText': command<{ key: string; text: string }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah teks kebijakan akuntansi pada CALK',
    input: z.strictObject({
      key: z
        .string({ error: 'harus berupa teks' })
        .regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'kunci catatan tidak dikenal' }),
      text: z
        .string({ error: 'harus berupa teks' })
        .trim()
        .min(1, { error: 'wajib diisi' })
        .max(10_000, { error: 'paling banyak 10.000 karakter' })
    })
  }),
  'statements.setPresentation': command<{ memberSharesAsLiability: boolean }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Penyajian simpanan pokok dan wajib: ekuitas (bawaan) atau liabilitas',
    input: z.strictObject({ memberSharesAsLiability: z.boolean({ error: 'harus true atau false' }) })
  }),
  'statements.lines': command<{
    lines: DrillLine[]
    total: number
    totalDebit: number
    totalCredit: number
    page: number
    pageSize: number
  }>()({
    kind: 'query',
    summary: 'Baris jurnal di balik suatu angka laporan keuangan',
    input: z.strictObject({
      accounts: z
        .array(
          z.string({ error: 'harus berupa kode akun' }).regex(/^\d(-\d{2,4})*$/, { error: 'kode akun tidak sah' }),
          { error: 'harus berupa daftar kode akun' }
        )
        .min(1, { error: 'paling sedikit satu akun' })
        .max(500),
      from: isoDate.nullable(),
      to: isoDate,
      unit: z.string({ error: 'harus berupa kode unit' }).nullable().optional(),
      pihak: z.enum(['ANGGOTA', 'NON_ANGGOTA', 'TANPA'], { error: 'harus ANGGOTA, NON_ANGGOTA atau TANPA' }).optional(),
      cashOnly: z.boolean({ error: 'harus true atau false' }).default(false),
      page: z.number({ error: 'harus berupa angka' }).int().min(1).default(1),
      pageSize: z.number({ error: 'harus berupa angka' }).int().min(1).max(1000).default(100)
    })
  }),
  'statements.periodic': command<PeriodicStatements>()({
    kind: 'query',
    summary:
      'Laporan keuangan periodik KSP/USP: posisi keuangan, hasil usaha dan arus kas untuk satu triwulan atau semester',
    input: z.strictObject(periodic).refine(periodicCheck, semesterOnly)
  }),
  'statements.periodicExport': hostCommand<ExportedFile>()({
    kind: 'query',
    summary:
      'Mengekspor laporan triwulanan atau semesteran (posisi keuangan, hasil usaha, arus kas) ke satu PDF A4 atau XLSX',
    input: z
      .strictObject({ ...periodic, format: z.enum(['pdf', 'xlsx'], { error: 'harus pdf atau xlsx' }), ...targetFields })
      .refine(periodicCheck, semesterOnly),
    files: { write: ['file'] }
  }),
  'statements.export': hostCommand<ExportedFile>()({
    kind: 'query',
    summary: 'Mengekspor laporan keuangan ke PDF (A4) atau XLSX',
    input: z.strictObject({
      statement: STATEMENT,
      format: z.enum(['pdf', 'xlsx'], { error: 'harus pdf atau xlsx' }),
      asOf: isoDate.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      compare: z.boolean({ error: 'harus true atau false' }).default(true),
      ...targetFields
    }),
    files: { write: ['file'] }
  })
}
