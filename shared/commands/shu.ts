import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  optionalText,
  positiveId,
  requiredText,
  allowFutureDate,
  unitCode
} from '../validation/schemas'
import type { Adjustment, PercentTable, Rounding } from '../shu/allocate'
import { COMMON_COST_BASES, EMPTY_UNIT_JU, type CommonCostBasis, type EmptyUnitJu } from '../shu/unit-pools'

/** A percentage as text ("2.5" or "2,5") or a number; checked by the SHU engine (validatePercentages). */
const pct = z
  .union(
    [z.string({ error: 'harus berupa teks persen, mis. "2,5"' }), z.number({ error: 'harus berupa angka persen' })],
    { error: 'harus berupa persen, mis. "2,5"' }
  )
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))

const extra = z.strictObject({
  key: z.string().trim().max(40).optional(),
  name: requiredText(60),
  percent: pct,
  account: accountCode.optional()
})

export const percentagesSchema = z.strictObject({
  cadangan: pct,
  jasaModal: pct,
  jasaUsaha: pct,
  pengurus: pct,
  karyawan: pct,
  pendidikan: pct,
  sosial: pct,
  pembangunan: pct,
  others: z
    .array(extra, { error: 'harus berupa daftar' })
    .max(10, { error: 'paling banyak 10 komponen lain' })
    .optional()
})

const year = z
  .number({ error: 'harus berupa angka tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1900, { error: 'paling kecil 1900' })
  .max(2199, { error: 'paling besar 2199' })
const rupiahSigned = z
  .number({ error: 'harus berupa angka rupiah' })
  .int({ error: 'harus bilangan bulat rupiah (tanpa sen)' })
  .min(-999_999_999_999_999)
  .max(999_999_999_999_999)
const rupiahNonNeg = z
  .number({ error: 'harus berupa angka rupiah' })
  .int({ error: 'harus bilangan bulat rupiah (tanpa sen)' })
  .min(0, { error: 'tidak boleh negatif' })
  .max(999_999_999_999_999)

export const POOL_MODES = ['SINGLE_POOL', 'SPLIT_POOL', 'UNIT_POOL'] as const
export const S_BASES = ['YEAR_END', 'AVERAGE_MONTHLY'] as const
export type PoolMode = (typeof POOL_MODES)[number]
export type SBasis = (typeof S_BASES)[number]

export interface ShuSettings {
  /** First financial year these settings apply to; they stay in force until a later year's settings. */
  year: number
  /** True when nothing was saved yet and the DOMAIN §5.3 template applies. */
  isDefault: boolean
  percentages: PercentTable
  /** SPLIT_POOL: the table for the non-member part (null = member table with JM + JU to cadangan). */
  nonMemberPercentages: PercentTable | null
  poolMode: PoolMode
  /** UNIT_POOL: how the result without a unit is spread over the units, and a unit's own table where the AD sets one. */
  unitPools: {
    commonCosts: CommonCostBasis
    withoutTransactions: EmptyUnitJu
    percentages: Record<string, PercentTable>
  }
  sBasis: SBasis
  tBasis: { purchases: boolean; jasaPinjaman: boolean; services: boolean }
  eligibility: { excludeWajibArrears: boolean }
  rounding: Rounding
  payoutRoundTo: 0 | 100 | 1000
  payoutRemainderTo: 'cadangan' | 'sosial'
  decisionRef: string | null
}

export interface ShuComponentRow {
  key: string
  name: string
  percent: string
  account: string
  nominal: number
  amount: number
}

export interface ShuUnitPoolRow {
  unit: string
  name: string
  result: number
  common: number
  lossOffset: number
  pool: number
  unitT: number
  JMA: number
  JUA: number
  components: { key: string; name: string; percent: string; amount: number }[]
}

export interface ShuMemberRow {
  memberId: number
  memberNo: string
  name: string
  S: number
  T: number
  JMA: number
  JUA: number
  total: number
  payout: number
}

export interface ShuSimulation {
  year: number
  settings: ShuSettings
  shuAfterTax: number
  loss: boolean
  message: string | null
  poolMode: PoolMode
  split: {
    memberGross: number
    nonMemberGross: number
    commonCosts: number
    memberCosts: number
    member: number
    nonMember: number
  } | null
  /** UNIT_POOL: each unit's pool (own result, share of common costs, losses borne) and what its members receive. */
  pools: ShuUnitPoolRow[] | null
  components: ShuComponentRow[]
  members: ShuMemberRow[]
  totals: {
    S: number
    T: number
    JM: number
    JU: number
    JMA: number
    JUA: number
    total: number
    payout: number
    members: number
  }
  adjustments: Adjustment[]
  excluded: { memberId: number; memberNo: string; name: string; reason: string }[]
  posted: { date: string; entryNumber: string; decisionRef: string | null } | null
}

/** What posting the RAT's SHU allocation will do, shown before the treasurer confirms it. */
export interface ShuPostPreview {
  year: number
  date: string
  shuAfterTax: number
  /** Balance of 3-5102 SHU Belum Dibagi on the date. */
  available: number
  /** The journal: Dr 3-5102, Cr cadangan, SHU bagian anggota and the funds. */
  lines: { account: string; name: string; unit?: string | null; memo: string | null; debit: number; credit: number }[]
  /** Members who receive a share, their total, and how many are left out (with reasons in shu.simulate). */
  members: { count: number; total: number; excluded: number }
  /** Why it cannot be posted on that date; empty when it can. */
  problems: string[]
}

export interface ShuExplanation {
  year: number
  member: { id: number; memberNo: string; name: string }
  eligible: boolean
  row: ShuMemberRow | null
  paragraphs: string[]
}

export interface ShuPayable {
  memberId: number
  memberNo: string
  name: string
  amount: number
  paid: number
  unpaid: number
  paidAt: string | null
  method: 'TUNAI' | 'SIMPANAN_SUKARELA' | null
  entryNumber: string | null
}

export interface ShuReceipt {
  memberId: number
  memberNo: string
  name: string
  year: number
  date: string
  amount: number
  amountInWords: string
  method: 'TUNAI' | 'SIMPANAN_SUKARELA'
  entryNumber: string
}

export interface ShuTieOut {
  account: string
  ledger: number
  subledger: number
  difference: number
  ok: boolean
}

const settingsInput = z.strictObject({
  year,
  percentages: percentagesSchema,
  nonMemberPercentages: percentagesSchema.nullable().default(null),
  poolMode: z.enum(POOL_MODES, { error: 'harus SINGLE_POOL, SPLIT_POOL atau UNIT_POOL' }).default('SINGLE_POOL'),
  unitPools: z
    .strictObject({
      commonCosts: z.enum(COMMON_COST_BASES, { error: 'harus GROSS_MARGIN atau REVENUE' }).default('GROSS_MARGIN'),
      withoutTransactions: z
        .enum(EMPTY_UNIT_JU, { error: 'harus ALL_TRANSACTIONS atau CADANGAN' })
        .default('ALL_TRANSACTIONS'),
      percentages: z
        .record(unitCode, percentagesSchema, { error: 'harus berupa tabel persen per kode unit' })
        .default({})
    })
    .default({ commonCosts: 'GROSS_MARGIN', withoutTransactions: 'ALL_TRANSACTIONS', percentages: {} }),
  sBasis: z.enum(S_BASES, { error: 'harus YEAR_END atau AVERAGE_MONTHLY' }).default('YEAR_END'),
  tBasis: z
    .strictObject({
      purchases: z.boolean({ error: 'harus true atau false' }).default(true),
      jasaPinjaman: z.boolean({ error: 'harus true atau false' }).default(true),
      services: z.boolean({ error: 'harus true atau false' }).default(true)
    })
    .default({ purchases: true, jasaPinjaman: true, services: true }),
  eligibility: z
    .strictObject({ excludeWajibArrears: z.boolean({ error: 'harus true atau false' }).default(false) })
    .default({ excludeWajibArrears: false }),
  rounding: z
    .enum(['LARGEST_REMAINDER', 'FLOOR_TO_RESERVE'], { error: 'harus LARGEST_REMAINDER atau FLOOR_TO_RESERVE' })
    .default('LARGEST_REMAINDER'),
  payoutRoundTo: z
    .union([z.literal(0), z.literal(100), z.literal(1000)], { error: 'harus 0, 100 atau 1000' })
    .default(0),
  payoutRemainderTo: z.enum(['cadangan', 'sosial'], { error: 'harus cadangan atau sosial' }).default('cadangan'),
  decisionRef: optionalText(200)
})

export const shuCommands = {
  'shu.settings': command<{ current: ShuSettings; history: ShuSettings[] }>()({
    kind: 'query',
    summary:
      'Pengaturan SHU yang berlaku untuk suatu tahun buku (persentase, mode pool, dasar S dan T, pembulatan) dan riwayatnya',
    input: z.strictObject({ year })
  }),
  'shu.setSettings': command<ShuSettings>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menetapkan pengaturan SHU yang berlaku mulai suatu tahun buku (sesuai AD/ART atau keputusan RAT)',
    input: settingsInput
  }),
  'shu.allocatePreview': command<{
    components: { key: string; name: string; percent: string; amount: number }[]
    members: { memberNo: string; JMA: number; JUA: number; total: number }[]
    message?: string
  }>()({
    kind: 'query',
    summary:
      'Simulasi pembagian SHU tanpa buku: komponen dari SHU setelah pajak dan persentase, JMA/JUA per anggota (sisa terbesar)',
    input: z.strictObject({
      shuAfterTax: rupiahSigned,
      percentages: percentagesSchema,
      members: z
        .array(z.strictObject({ memberNo: requiredText(30), S: rupiahNonNeg, T: rupiahNonNeg }), {
          error: 'harus berupa daftar anggota'
        })
        .max(200_000, { error: 'paling banyak 200.000 anggota' })
    })
  }),
  'shu.simulate': command<ShuSimulation>()({
    kind: 'query',
    heavy: true,
    summary:
      'Simulasi SHU dari pembukuan: SHU setelah pajak tahun itu, S (pokok + wajib) dan T (transaksi) tiap anggota, JMA/JUA',
    input: z.strictObject({ year, percentages: percentagesSchema.optional() })
  }),
  'shu.explain': command<ShuExplanation>()({
    kind: 'query',
    summary: 'Penjelasan SHU satu anggota dalam bahasa sehari-hari: S dan T-nya, total, pool, rumus dan pembulatan',
    input: z.strictObject({ year, memberId: positiveId, percentages: percentagesSchema.optional() })
  }),
  'shu.post': command<ShuSimulation & { entry: { id: number; number: string } }>()({
    kind: 'mutation',
    permission: 'close',
    summary:
      'Membukukan pembagian SHU sesuai keputusan RAT: Dr SHU Belum Dibagi, Cr cadangan, SHU bagian anggota dan dana-dana',
    input: z.strictObject({ allowFutureDate, year, date: isoDate, decisionRef: optionalText(200) })
  }),
  'shu.postPreview': command<ShuPostPreview>()({
    kind: 'query',
    heavy: true,
    summary:
      'Pratinjau pembukuan pembagian SHU: jurnal (akun dan jumlah), anggota yang menerima, dan alasan bila belum bisa dibukukan',
    input: z.strictObject({ year, date: isoDate })
  }),
  'shu.pay': command<{ year: number; date: string; count: number; total: number; receipts: ShuReceipt[] }>()({
    kind: 'mutation',
    summary:
      'Pembayaran SHU bagian anggota: tunai (Dr 2-1601 / Cr kas) atau ke simpanan sukarela; satu kuitansi per anggota',
    input: z.strictObject({
      allowFutureDate,
      year,
      date: isoDate,
      memberIds: z
        .union([
          z.literal('all'),
          z
            .array(positiveId, { error: 'harus berupa daftar id anggota' })
            .min(1, { error: 'pilih paling sedikit satu anggota' })
        ])
        .default('all'),
      method: z.enum(['TUNAI', 'SIMPANAN_SUKARELA'], { error: 'harus TUNAI atau SIMPANAN_SUKARELA' }),
      cashAccount: accountCode.default('1-1101')
    })
  }),
  'shu.payables': command<{ year: number; rows: ShuPayable[]; total: number; paid: number; unpaid: number }>()({
    kind: 'query',
    summary: 'SHU bagian anggota per anggota: sudah dan belum dibayar',
    input: z.strictObject({
      year,
      status: z.enum(['SEMUA', 'BELUM', 'SUDAH'], { error: 'harus SEMUA, BELUM atau SUDAH' }).default('SEMUA')
    })
  }),
  'shu.tieOut': command<ShuTieOut>()({
    kind: 'query',
    summary: 'Pencocokan saldo 2-1601 SHU Bagian Anggota dengan SHU anggota yang belum dibayar',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  })
}
