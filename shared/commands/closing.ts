import { z } from 'zod'
import { command, hostCommand } from './define'
import { isoDate, percentText, requiredText, rupiah } from '../validation/schemas'

/** How the year's income tax is booked at closing (DOMAIN.md §9.6). */
export const TAX_MODES = ['NONE', 'PPH_FINAL', 'MANUAL'] as const
export type TaxMode = (typeof TAX_MODES)[number]

/** Journal source of the closing and reclassification entries: left out of the income statement. */
export const CLOSING_SOURCE = 'TUTUP_BUKU'
/** Journal source of the year-end tax entry: an ordinary expense, so it stays in the income statement. */
export const CLOSING_TAX_SOURCE = 'TUTUP_BUKU_PAJAK'

const year = z
  .number({ error: 'harus berupa tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1900, { error: 'tahun tidak valid' })
  .max(2199, { error: 'tahun tidak valid' })
const ratePercent = percentText({ upTo: 100, decimals: 4, example: '0,5' })

export const closingTaxInput = z
  .strictObject({
    mode: z.enum(TAX_MODES, { error: 'harus NONE, PPH_FINAL atau MANUAL' }).default('NONE'),
    amount: rupiah.optional(),
    ratePercent: ratePercent.default('0.5')
  })
  .superRefine((t, ctx) => {
    if (t.mode === 'MANUAL' && t.amount === undefined)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'isi jumlah pajak untuk mode MANUAL' })
  })

const closeInput = z.strictObject({
  year,
  /** The day the closing is carried out (recorded); the entries are always dated 31 December. */
  date: isoDate.optional(),
  tax: closingTaxInput.default({ mode: 'NONE', ratePercent: '0.5' })
})

export interface ClosingLine {
  code: string
  name: string
  /** The business unit the line belongs to (null: lines without a unit, e.g. common costs and tax). */
  unit?: string | null
  debit: number
  credit: number
}

/** SHU of one business unit in the closing: what its revenue and expenses carried to 3-9999 (null unit: common, incl. the year-end tax). */
export interface ClosingUnitShu {
  unit: string | null
  name: string
  shu: number
}

export interface ClosingTax {
  mode: TaxMode
  ratePercent: string | null
  /** Gross turnover of the year: Σ revenue, net of returns and discounts (4-2109). */
  turnover: number
  /** What the mode asks for: rate × turnover rounded half-up to the rupiah, or the manual amount. */
  computed: number
  /** Income tax already expensed in 5-9101 during the year (e.g. monthly PPh final). */
  alreadyBooked: number
  /** What the closing posts: computed − alreadyBooked, never below zero. */
  toPost: number
}

export interface ClosingPreview {
  year: number
  closingDate: string
  tax: ClosingTax
  /** SHU before the year-end tax entry and after it (SHU setelah pajak = what goes to 3-5102). */
  shuBeforeTax: number
  shu: number
  /** The closing entry's lines: each revenue and expense account, per business unit, into 3-9999 of that unit. */
  lines: ClosingLine[]
  /** SHU per business unit (Σ = shu). */
  byUnit: ClosingUnitShu[]
  /** Months the closing locks (every month of the year from the books' start not locked yet). */
  monthsToLock: string[]
  /** Reasons the year cannot be closed now; empty when it can. */
  problems: string[]
  /** Things to look at that do not stop the closing (e.g. December depreciation not posted). */
  warnings: string[]
}

/** What reopening a closed year will do, shown before it is confirmed. */
export interface ReopenPreview {
  year: number
  /** SHU the closing carried to 3-5102 (null when the year is not closed). */
  shu: number | null
  taxAmount: number
  /** The closing entries are reversed on 31 December of the year. */
  reversalDate: string
  /** Each closing entry that will be reversed, with the reversal's lines (sides already swapped). */
  entries: {
    number: string
    kind: 'PAJAK' | 'PENUTUP' | 'IKHTISAR' | 'REKLASIFIKASI'
    total: number
    lines: ClosingLine[]
  }[]
  monthsToUnlock: string[]
  problems: string[]
}

export interface ClosingEntryRef {
  id: number
  number: string
  kind: 'PAJAK' | 'PENUTUP' | 'IKHTISAR' | 'REKLASIFIKASI'
  reversedBy: string | null
}

export interface ClosingStatus {
  year: number
  closed: boolean
  /** Whether the year was ever closed and later reopened. */
  reopened: boolean
  closedAt: string | null
  closedBy: string | null
  closingDate: string | null
  shu: number | null
  shuBeforeTax: number | null
  /** SHU per business unit as the closing carried it to 3-5101 (empty when not closed). */
  byUnit: ClosingUnitShu[]
  tax: { mode: TaxMode; ratePercent: string | null; turnover: number; amount: number } | null
  entries: ClosingEntryRef[]
  backupFile: string | null
  months: { month: string; locked: boolean }[]
  allLocked: boolean
  history: { action: 'TUTUP' | 'BUKA'; at: string; by: string; reason: string | null }[]
}

export interface ClosingResult extends ClosingStatus {
  warnings: string[]
}

export const closingCommands = {
  'closing.preview': command<ClosingPreview>()({
    kind: 'query',
    summary: 'Pratinjau tutup buku tahunan: omzet, pajak, SHU dan jurnal penutup, serta alasan bila belum bisa ditutup',
    input: z.strictObject({ year, tax: closingTaxInput.default({ mode: 'NONE', ratePercent: '0.5' }) })
  }),
  'closing.close': hostCommand<ClosingResult>()({
    kind: 'mutation',
    permission: 'close',
    summary:
      'Menutup buku tahunan: cadangan dulu, lalu jurnal pajak, jurnal penutup ke SHU Tahun Berjalan, reklasifikasi ke SHU Belum Dibagi, dan mengunci 12 bulan',
    input: closeInput
  }),
  'closing.status': command<ClosingStatus>()({
    kind: 'query',
    summary: 'Status tutup buku satu tahun: jurnal, SHU, pajak, kunci bulan dan berkas cadangan',
    input: z.strictObject({ year })
  }),
  'closing.years': command<{ firstYear: number; firstOpen: number; years: { year: number; closed: boolean }[] }>()({
    kind: 'query',
    summary: 'Tahun-tahun buku sejak mulai pembukuan dengan status tutup bukunya, dan tahun pertama yang belum ditutup',
    input: z.strictObject({}).default({})
  }),
  'closing.reopenPreview': command<ReopenPreview>()({
    kind: 'query',
    summary:
      'Pratinjau membuka kembali tahun buku: jurnal penutup yang dibalik (akun dan jumlah), bulan yang dibuka kuncinya, dan alasan bila tidak bisa',
    input: z.strictObject({ year })
  }),
  'closing.reopen': command<ClosingStatus>()({
    kind: 'mutation',
    permission: 'approve',
    summary:
      'Membuka kembali tahun yang sudah ditutup: membuka kunci bulan dan membalik jurnal penutup (wajib dengan alasan, dicatat)',
    input: z.strictObject({
      year,
      reason: requiredText(500).refine((s) => s.length >= 10, {
        error: 'jelaskan alasannya (paling sedikit 10 karakter)'
      })
    })
  })
}
