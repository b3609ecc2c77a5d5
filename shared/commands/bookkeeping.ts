import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  isoMonth,
  optionalText,
  positiveId,
  requiredText,
  rupiah,
  seriesCode,
  unitCode,
  allowFutureDate
} from '../validation/schemas'
import type { AccountType, NormalBalance } from '../ledger/types'

/** Bookkeeping commands (issue 6): buku kas, saldo awal, aset tetap, jurnal berulang. */

const positive = rupiah.refine((v) => v > 0, { error: 'harus lebih dari Rp0' })
const unit = unitCode
  .optional()
  .nullable()
  .transform((v) => v ?? null)

// ── Buku kas ────────────────────────────────────────────────────────────────────────────────

export interface CashBookRow {
  entryId: number
  date: string
  number: string
  description: string
  source: string
  /** Debit to the cash account (kas masuk). */
  in: number
  /** Credit to the cash account (kas keluar). */
  out: number
  /** Running balance after this row (negative = overdrawn). */
  balance: number
  /** true when the entry has a Bukti Kas Masuk/Keluar that can be printed. */
  hasVoucher: boolean
}

export interface CashBook {
  account: { code: string; name: string }
  from: string
  to: string
  opening: number
  totalIn: number
  totalOut: number
  closing: number
  rows: CashBookRow[]
}

export interface CashVoucher {
  entryId: number
  /** The voucher number is the journal number: KM-YYYY-nnnnnn (masuk) or KK-YYYY-nnnnnn (keluar). */
  number: string
  kind: 'MASUK' | 'KELUAR'
  date: string
  cashAccount: { code: string; name: string }
  partyName: string
  description: string
  reference: string | null
  lines: { accountCode: string; accountName: string; unitCode: string | null; memo: string | null; amount: number }[]
  total: number
  amountInWords: string
  cooperativeName: string
  createdBy: string
  reversedBy: { id: number; number: string } | null
}

const voucherLine = z.strictObject({
  account: accountCode,
  amount: positive,
  unit,
  memo: optionalText(300)
})

const voucherInput = z.strictObject({
  allowFutureDate,
  date: isoDate,
  cashAccount: accountCode.default('1-1101'),
  partyName: requiredText(120),
  description: requiredText(500),
  reference: optionalText(100),
  lines: z
    .array(voucherLine, { error: 'harus berupa daftar baris' })
    .min(1, { error: 'isi paling sedikit 1 baris lawan' })
    .max(100, { error: 'paling banyak 100 baris' })
})

// ── Saldo awal ──────────────────────────────────────────────────────────────────────────────

export interface OpeningAccount {
  code: string
  name: string
  type: AccountType
  normalBalance: NormalBalance
  /** Set on member control accounts: they cannot be entered here. */
  control: string | null
  /** Balance already posted on or before the date, split to its side. */
  existingDebit: number
  existingCredit: number
}

export interface OpeningStatus {
  date: string
  /** The opening entry, if one is posted and not reversed. */
  posted: { entryId: number; number: string; date: string } | null
  accounts: OpeningAccount[]
  /** Σ existing balances of the control accounts (simpanan, piutang pinjaman) on the date. */
  controlTotals: { debit: number; credit: number }
}

export interface OpeningResult {
  entry: { id: number; number: string }
  date: string
  /** Σ of the opening balance sheet (entered amounts + control balances); equal on both sides. */
  totalDebit: number
  totalCredit: number
}

// ── Aset tetap ──────────────────────────────────────────────────────────────────────────────

export const ASSET_GROUPS = ['TANAH', 'BANGUNAN', 'KENDARAAN', 'PERALATAN', 'INVENTARIS'] as const
export type AssetGroup = (typeof ASSET_GROUPS)[number]

/** Asset and accumulated-depreciation accounts per group (DOMAIN.md §2.1). Tanah is not depreciated. */
export const ASSET_GROUP_ACCOUNTS: Record<AssetGroup, { asset: string; accumulated: string | null }> = {
  TANAH: { asset: '1-3101', accumulated: null },
  BANGUNAN: { asset: '1-3201', accumulated: '1-3209' },
  KENDARAAN: { asset: '1-3301', accumulated: '1-3309' },
  PERALATAN: { asset: '1-3401', accumulated: '1-3409' },
  INVENTARIS: { asset: '1-3501', accumulated: '1-3509' }
}

export const DEPRECIATION_STARTS = ['BULAN_BERIKUTNYA', 'BULAN_PEROLEHAN'] as const
export type DepreciationStart = (typeof DEPRECIATION_STARTS)[number]

export interface FixedAsset {
  id: number
  assetNo: string
  name: string
  group: AssetGroup
  acquiredAt: string
  cost: number
  residual: number
  lifeMonths: number
  /** First month depreciated. */
  startMonth: string
  openingAccumulated: number
  openingThrough: string | null
  unitCode: string | null
  location: string | null
  acquisitionEntry: string | null
  status: 'AKTIF' | 'DIJUAL' | 'DIHAPUS'
  disposedAt: string | null
  disposalProceeds: number | null
  disposalEntry: string | null
  /** As of the register's date: opening accumulated + posted depreciation (not reversed). */
  accumulated: number
  bookValue: number
  monthlyDepreciation: number
}

export interface AssetRegister {
  asOf: string
  assets: FixedAsset[]
  totals: { cost: number; accumulated: number; bookValue: number }
  /** Register against the ledger per group on the date (cost account and accumulated account). */
  byGroup: {
    group: AssetGroup
    assetAccount: string
    accumulatedAccount: string | null
    cost: number
    accumulated: number
    ledgerCost: number
    ledgerAccumulated: number
  }[]
}

export interface ScheduleRow {
  month: string
  amount: number
  accumulated: number
  bookValue: number
  /** Journal that posted this month's depreciation, if any. */
  entryNumber: string | null
}

export interface DepreciationRun {
  month: string
  date: string
  total: number
  lines: {
    assetId: number
    assetNo: string
    name: string
    group: AssetGroup
    unitCode: string | null
    amount: number
  }[]
  /** The journal posted for the month (null in a preview that has not been posted). */
  entry: { id: number; number: string } | null
}

const assetGroup = z.enum(ASSET_GROUPS, { error: 'harus TANAH, BANGUNAN, KENDARAAN, PERALATAN atau INVENTARIS' })

// ── Jurnal berulang ─────────────────────────────────────────────────────────────────────────

export interface RecurringLine {
  account: string
  accountName: string
  debit: number
  credit: number
  unit: string | null
  memo: string | null
}

export interface RecurringTemplate {
  id: number
  description: string
  series: string
  dayOfMonth: number
  startMonth: string
  endMonth: string | null
  active: boolean
  lines: RecurringLine[]
  total: number
  /** Last month posted (not reversed). */
  lastPostedMonth: string | null
}

export interface RecurringDue {
  month: string
  due: { template: RecurringTemplate; date: string }[]
  posted: { template: RecurringTemplate; entry: { id: number; number: string; date: string; total: number } }[]
}

const recurringLine = z
  .strictObject({
    account: accountCode,
    debit: rupiah.default(0),
    credit: rupiah.default(0),
    unit,
    memo: optionalText(300)
  })
  .superRefine((line, ctx) => {
    if (line.debit > 0 && line.credit > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['credit'],
        message: 'satu baris hanya boleh berisi debit atau kredit, tidak keduanya'
      })
    } else if (line.debit === 0 && line.credit === 0) {
      ctx.addIssue({ code: 'custom', path: ['debit'], message: 'isi debit atau kredit (lebih dari Rp0)' })
    }
  })

const recurringFields = {
  description: requiredText(500),
  series: seriesCode.default('JU'),
  dayOfMonth: z
    .number({ error: 'harus berupa angka tanggal' })
    .int({ error: 'harus bilangan bulat' })
    .min(1, { error: 'paling kecil 1' })
    .max(31, { error: 'paling besar 31' }),
  startMonth: isoMonth,
  endMonth: isoMonth
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  lines: z
    .array(recurringLine, { error: 'harus berupa daftar baris' })
    .min(2, { error: 'jurnal harus punya paling sedikit 2 baris' })
    .max(100, { error: 'paling banyak 100 baris' })
}

export const bookkeepingCommands = {
  'cash.book': command<CashBook>()({
    kind: 'query',
    summary:
      'Buku kas/bank: saldo awal, setiap mutasi (semua jurnal ke akun itu) dengan saldo berjalan, dan saldo akhir',
    input: z.strictObject({ account: accountCode.default('1-1101'), from: isoDate, to: isoDate })
  }),
  'cash.receipt': command<CashVoucher>()({
    kind: 'mutation',
    summary: 'Bukti Kas Masuk: Dr kas/bank, Cr akun lawan; bernomor seri KM per tahun',
    input: voucherInput
  }),
  'cash.payment': command<CashVoucher>()({
    kind: 'mutation',
    summary: 'Bukti Kas Keluar: Dr akun lawan, Cr kas/bank; bernomor seri KK per tahun',
    input: voucherInput
  }),
  'cash.voucher': command<CashVoucher>()({
    kind: 'query',
    summary: 'Data bukti kas untuk dicetak (dengan terbilang)',
    input: z.strictObject({ entryId: positiveId })
  }),

  'opening.status': command<OpeningStatus>()({
    kind: 'query',
    summary:
      'Saldo awal: akun neraca dengan saldo yang sudah ada pada tanggal itu (termasuk akun kontrol simpanan/pinjaman)',
    input: z.strictObject({ date: isoDate.optional() }).default({})
  }),
  'opening.post': command<OpeningResult>()({
    kind: 'mutation',
    summary: 'Memposting saldo awal dari neraca terakhir (harus seimbang bersama saldo akun kontrol); hanya sekali',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      lines: z
        .array(
          z
            .strictObject({ account: accountCode, debit: rupiah.default(0), credit: rupiah.default(0) })
            .superRefine((l, ctx) => {
              if (l.debit > 0 && l.credit > 0)
                ctx.addIssue({ code: 'custom', path: ['credit'], message: 'isi debit atau kredit, tidak keduanya' })
            }),
          { error: 'harus berupa daftar baris' }
        )
        .min(1, { error: 'isi paling sedikit 1 akun' })
        .max(500, { error: 'paling banyak 500 baris' })
    })
  }),

  'assets.list': command<AssetRegister>()({
    kind: 'query',
    summary: 'Daftar aset tetap dengan nilai buku per tanggal, dicocokkan dengan buku besar per kelompok',
    input: z
      .strictObject({
        asOf: isoDate.optional(),
        includeDisposed: z.boolean({ error: 'harus true atau false' }).default(true)
      })
      .default({ includeDisposed: true })
  }),
  'assets.create': command<FixedAsset>()({
    kind: 'mutation',
    summary:
      'Mencatat aset tetap: dibeli (jurnal Dr aset / Cr kas atau akun lain) atau aset lama untuk saldo awal (tanpa jurnal)',
    input: z.strictObject({
      allowFutureDate,
      name: requiredText(200),
      group: assetGroup,
      acquiredAt: isoDate,
      cost: positive,
      residual: rupiah.default(0),
      lifeMonths: z
        .number({ error: 'harus berupa angka bulan' })
        .int({ error: 'harus bilangan bulat' })
        .min(0, { error: 'tidak boleh negatif' })
        .max(1200, { error: 'paling lama 1200 bulan' })
        .default(0),
      unit,
      location: optionalText(200),
      mode: z.enum(['BELI', 'SALDO_AWAL'], { error: 'harus BELI atau SALDO_AWAL' }).default('BELI'),
      creditAccount: accountCode.default('1-1101'),
      openingAccumulated: rupiah.default(0),
      openingThrough: isoMonth
        .optional()
        .nullable()
        .transform((v) => v ?? null)
    })
  }),
  'assets.schedule': command<{ asset: FixedAsset; rows: ScheduleRow[] }>()({
    kind: 'query',
    summary: 'Jadwal penyusutan satu aset (garis lurus per bulan, sisa pembulatan di bulan terakhir)',
    input: z.strictObject({ assetId: positiveId })
  }),
  'assets.depreciationPreview': command<DepreciationRun>()({
    kind: 'query',
    summary: 'Penyusutan yang akan diposting untuk satu bulan (atau jurnal yang sudah diposting)',
    input: z.strictObject({ month: isoMonth })
  }),
  'assets.depreciate': command<DepreciationRun>()({
    kind: 'mutation',
    summary: 'Jurnal penyusutan bulanan semua aset (Dr 5-3301 / Cr akumulasi per kelompok dan unit); sekali per bulan',
    input: z.strictObject({ month: isoMonth })
  }),
  'assets.dispose': command<
    FixedAsset & { disposal: { entry: { id: number; number: string }; bookValue: number; gain: number; loss: number } }
  >()({
    kind: 'mutation',
    summary: 'Pelepasan aset (dijual atau dihapus) dengan laba (4-3103) atau rugi (5-4102)',
    input: z.strictObject({
      allowFutureDate,
      assetId: positiveId,
      date: isoDate,
      kind: z.enum(['JUAL', 'HAPUS'], { error: 'harus JUAL atau HAPUS' }),
      proceeds: rupiah.default(0),
      cashAccount: accountCode.default('1-1101'),
      note: optionalText(300)
    })
  }),
  'assets.settings': command<{ depreciationStart: DepreciationStart }>()({
    kind: 'query',
    summary: 'Pengaturan penyusutan: mulai bulan berikutnya (bawaan) atau bulan perolehan',
    input: z.strictObject({}).default({})
  }),
  'assets.setSettings': command<{ depreciationStart: DepreciationStart }>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah awal penyusutan untuk aset yang dicatat sesudahnya',
    input: z.strictObject({
      depreciationStart: z.enum(DEPRECIATION_STARTS, { error: 'harus BULAN_BERIKUTNYA atau BULAN_PEROLEHAN' })
    })
  }),

  'recurring.list': command<RecurringTemplate[]>()({
    kind: 'query',
    summary: 'Daftar templat jurnal berulang',
    input: z
      .strictObject({ includeInactive: z.boolean({ error: 'harus true atau false' }).default(true) })
      .default({ includeInactive: true })
  }),
  'recurring.create': command<RecurringTemplate>()({
    kind: 'mutation',
    summary: 'Membuat templat jurnal berulang (seimbang, tanpa akun kontrol)',
    input: z.strictObject(recurringFields)
  }),
  'recurring.update': command<RecurringTemplate>()({
    kind: 'mutation',
    summary: 'Mengubah templat jurnal berulang (jurnal yang sudah diposting tidak berubah)',
    input: z.strictObject({
      id: positiveId,
      ...recurringFields,
      active: z.boolean({ error: 'harus true atau false' }).default(true)
    })
  }),
  'recurring.due': command<RecurringDue>()({
    kind: 'query',
    summary: 'Jurnal berulang yang jatuh pada suatu bulan dan belum diposting',
    input: z.strictObject({ month: isoMonth })
  }),
  'recurring.post': command<{
    templateId: number
    month: string
    entry: { id: number; number: string; date: string; total: number }
  }>()({
    kind: 'mutation',
    summary: 'Memposting jurnal berulang untuk satu bulan (jumlah boleh diubah); sekali per templat dan bulan',
    input: z.strictObject({
      allowFutureDate,
      templateId: positiveId,
      month: isoMonth,
      amounts: z.array(positive, { error: 'harus berupa daftar jumlah per baris' }).max(100).optional()
    })
  })
}
