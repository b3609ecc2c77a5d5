import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  isoMonth,
  optionalText,
  page,
  pageSize,
  percentText,
  positiveId,
  rupiah,
  text,
  allowFutureDate
} from '../validation/schemas'
import type { Paged } from '../ledger/types'

import type { SavingsType } from '../savings/types'

export { SAVINGS_TYPES, SAVINGS_TYPE_LABELS, type SavingsType } from '../savings/types'

export interface SavingsSettings {
  effectiveFrom: string
  pokokAmount: number
  pokokInstallments: number
  wajibAmount: number
  /** Percent per year, as a decimal string (e.g. "3" or "2.5"). */
  sukarelaRate: string
  sukarelaMethod: 'SALDO_TERENDAH' | 'SALDO_HARIAN'
  taxThreshold: number
  taxRate: string
  decisionRef: string | null
}

export interface SavingsTransaction {
  id: number
  memberId: number
  type: SavingsType
  kind: string
  date: string
  amount: number
  entryId: number
  entryNumber: string
  note: string | null
  /** When it was recorded (UTC ISO); receipts show it in the cooperative's zone. */
  recordedAt?: string
}

export interface PassbookLine extends SavingsTransaction {
  /** Running balance of this type after the line. */
  balance: number
}

export interface Passbook {
  member: { id: number; memberNo: string; name: string; status: string }
  from: string | null
  to: string
  opening: Record<SavingsType, number>
  closing: Record<SavingsType, number>
  lines: PassbookLine[]
}

export interface MemberSavingsBalance {
  memberId: number
  memberNo: string
  name: string
  status: string
  pokok: number
  wajib: number
  sukarela: number
  total: number
}

export interface SavingsTieOut {
  asOf: string
  ok: boolean
  rows: { type: SavingsType; account: string; ledger: number; members: number; difference: number }[]
}

export interface InterestLine {
  memberId: number
  memberNo: string
  name: string
  base: number
  gross: number
  tax: number
  net: number
}

export interface SavingsReceipt {
  transaction: SavingsTransaction
  entry: { id: number; number: string }
  member: { id: number; memberNo: string; name: string }
  balanceAfter: number
  amountInWords: string
}

const savingsType = z.enum(['POKOK', 'WAJIB', 'SUKARELA'], { error: 'harus POKOK, WAJIB atau SUKARELA' })
const percent = percentText({ upTo: 99, decimals: 4, example: '2,5', what: 'persen per tahun' })
const positive = rupiah.refine((v) => v > 0, { error: 'harus lebih dari Rp0' })

/** A deposit or a withdrawal of one member's savings of one type. */
const savingsMoveInput = z.strictObject({
  allowFutureDate,
  memberId: positiveId,
  type: savingsType,
  amount: positive,
  date: isoDate,
  cashAccount: accountCode.default('1-1101'),
  reference: optionalText(100),
  note: optionalText(300)
})

export const savingsCommands = {
  'savings.settings': command<{
    current: SavingsSettings | null
    history: SavingsSettings[]
    wajibDueDay: number | null
  }>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Pengaturan simpanan yang berlaku (pokok, wajib, bunga sukarela, pajak) dan riwayatnya',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  }),
  'savings.setSettings': command<SavingsSettings>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menetapkan pengaturan simpanan yang berlaku mulai suatu tanggal (mis. keputusan RAT)',
    input: z.strictObject({
      effectiveFrom: isoDate,
      pokokAmount: rupiah,
      pokokInstallments: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(1, { error: 'paling sedikit 1 (sekali bayar)' })
        .max(60)
        .default(1),
      wajibAmount: rupiah,
      sukarelaRate: percent.default('0'),
      sukarelaMethod: z
        .enum(['SALDO_TERENDAH', 'SALDO_HARIAN'], { error: 'harus SALDO_TERENDAH atau SALDO_HARIAN' })
        .default('SALDO_TERENDAH'),
      taxThreshold: rupiah.default(240_000),
      taxRate: percent.default('10'),
      decisionRef: optionalText(200)
    })
  }),
  'savings.setWajibDueDay': command<{ wajibDueDay: number | null }>()({
    kind: 'mutation',
    permission: 'admin',
    summary:
      'Menetapkan tanggal jatuh tempo simpanan wajib tiap bulan (1–28, atau null = akhir bulan); sesudahnya yang belum dibayar menjadi tunggakan',
    input: z.strictObject({
      dueDay: z
        .number({ error: 'harus berupa tanggal 1–28 atau null (akhir bulan)' })
        .int({ error: 'harus bilangan bulat' })
        .min(1, { error: 'paling kecil tanggal 1' })
        .max(28, { error: 'paling besar tanggal 28; pilih null untuk akhir bulan' })
        .nullable()
    })
  }),
  'savings.setMemberWajib': command<{ memberId: number; effectiveFrom: string; amount: number }>()({
    kind: 'mutation',
    summary: 'Menetapkan besar simpanan wajib khusus untuk satu anggota, mulai suatu bulan',
    input: z.strictObject({ memberId: positiveId, effectiveFrom: isoDate, amount: rupiah })
  }),
  'savings.deposit': command<SavingsReceipt>()({
    kind: 'mutation',
    permission: 'desk',
    summary: 'Setoran simpanan pokok, wajib atau sukarela: jurnal dan buku simpanan anggota dalam satu transaksi',
    input: savingsMoveInput
  }),
  'savings.withdraw': command<SavingsReceipt>()({
    kind: 'mutation',
    permission: 'desk',
    summary: 'Penarikan simpanan sukarela (pokok dan wajib hanya dikembalikan saat keluar)',
    input: savingsMoveInput
  }),
  'savings.passbook': command<Passbook>()({
    kind: 'query',
    summary: 'Buku simpanan satu anggota dengan saldo berjalan per jenis',
    input: z.strictObject({
      memberId: positiveId,
      from: isoDate.optional(),
      to: isoDate.optional(),
      type: savingsType.optional()
    })
  }),
  'savings.balances': command<
    Paged<MemberSavingsBalance> & { totals: { pokok: number; wajib: number; sukarela: number; total: number } }
  >()({
    kind: 'query',
    summary: 'Saldo simpanan setiap anggota dan jumlahnya, per tanggal',
    input: z
      .strictObject({ asOf: isoDate.optional(), search: text(100).optional(), page, pageSize })
      .default({ page: 1, pageSize: 50 })
  }),
  'savings.tieOut': command<SavingsTieOut>()({
    kind: 'query',
    summary: 'Mencocokkan akun kontrol simpanan dengan jumlah saldo anggota',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  }),
  'savings.interestPreview': command<{
    month: string
    members: number
    gross: number
    tax: number
    net: number
    lines: InterestLine[]
  }>()({
    kind: 'query',
    summary: 'Perhitungan jasa simpanan sukarela satu bulan per anggota, sebelum dibukukan',
    input: z.strictObject({ month: isoMonth })
  }),
  'savings.postInterest': command<{
    month: string
    date: string
    entry: { id: number; number: string } | null
    members: number
    gross: number
    tax: number
    net: number
    lines: InterestLine[]
  }>()({
    kind: 'mutation',
    summary: 'Membukukan jasa simpanan sukarela satu bulan (dengan PPh final yang dipotong); hanya sekali per bulan',
    input: z.strictObject({ allowFutureDate, month: isoMonth, date: isoDate })
  }),
  'savings.billing': command<{
    month: string
    asOf: string
    rows: { memberId: number; memberNo: string; name: string; due: number; arrears: number; total: number }[]
    due: number
    arrears: number
    total: number
  }>()({
    kind: 'query',
    summary:
      'Tagihan simpanan wajib satu bulan untuk semua anggota aktif: tunggakan (sudah lewat jatuh tempo) + yang belum jatuh tempo',
    input: z.strictObject({ month: isoMonth })
  }),
  'savings.collect': command<{ count: number; total: number; entry: { id: number; number: string } }>()({
    kind: 'mutation',
    summary:
      'Penerimaan simpanan banyak anggota sekaligus (penagihan massal atau potong gaji): satu jurnal, semua atau tidak sama sekali',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      cashAccount: accountCode.default('1-1101'),
      reference: optionalText(100),
      description: optionalText(300),
      items: z
        .array(z.strictObject({ memberId: positiveId, type: savingsType.default('WAJIB'), amount: positive }), {
          error: 'harus berupa daftar'
        })
        .min(1, { error: 'paling sedikit 1 anggota' })
        .max(100_000)
    })
  }),
  'savings.arrears': command<{
    asOf: string
    month: string
    dueDay: number | null
    rows: {
      memberId: number
      memberNo: string
      name: string
      expected: number
      paid: number
      shortfall: number
      months: number
      notYetDue: number
    }[]
    total: number
    notYetDue: number
  }>()({
    kind: 'query',
    summary:
      'Tunggakan simpanan wajib per anggota (bulan yang sudah lewat jatuh tempo, jumlah bulan dan rupiah) pada suatu tanggal; bulan berjalan belum jatuh tempo',
    /** `month`: read on today inside that month, on its last day for a past month; `asOf`: on that date. */
    input: z.strictObject({ month: isoMonth.optional(), asOf: isoDate.optional() }).default({})
  })
}
