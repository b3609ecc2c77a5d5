import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  optionalText,
  percentText,
  positiveId,
  requiredText,
  rupiah,
  allowFutureDate
} from '../validation/schemas'
import type { Installment } from '../loans/schedule'
import type { Kolektibilitas, PortfolioProvision, ProvisionPolicy } from '../loans/provisioning'

const percent = percentText({ upTo: 99, decimals: 4, example: '1,5' })
const method = z.enum(['flat', 'efektif', 'anuitas'], { error: 'harus flat, efektif atau anuitas' })
const roundUpTo = z
  .union([z.literal(0), z.literal(100), z.literal(1000)], { error: 'harus 0, 100 atau 1000' })
  .default(0)
const productCode = z
  .string({ error: 'harus berupa teks' })
  .trim()
  .regex(/^[A-Z][A-Z0-9_-]{1,19}$/, { error: 'huruf besar, angka, _ atau -, 2–20 karakter' })
const days = z
  .number({ error: 'harus berupa angka hari' })
  .int({ error: 'harus bilangan bulat' })
  .min(0, { error: 'paling sedikit 0 hari' })
  .max(3650, { error: 'paling banyak 3650 hari' })
const ratePercent = percentText({ upTo: 100, decimals: 4, example: '0,5' })
const positive = rupiah.refine((v) => v > 0, { error: 'harus lebih dari Rp0' })

export interface LoanProduct {
  code: string
  effectiveFrom: string
  name: string
  method: 'flat' | 'efektif' | 'anuitas'
  ratePerMonth: string
  maxTenor: number
  maxAmount: number
  provisiPercent: string
  adminFee: number
  feeDeducted: boolean
  dendaMode: 'PER_HARI' | 'TETAP'
  dendaValue: string
  graceDays: number
  roundUpTo: 0 | 100 | 1000
  receivable: 'PINJAMAN_KONSUMTIF' | 'PINJAMAN_PRODUKTIF'
  /** Jasa charged on pelunasan dipercepat: this month's, all remaining scheduled jasa, or none. */
  earlyPayoffJasa: EarlyPayoffJasa
  /** Penalty on early payoff, in months of the current installment's jasa (0–3). */
  earlyPayoffPenaltyMonths: number
}

export const EARLY_PAYOFF_JASA = ['BULAN_BERJALAN', 'SELURUH_SISA', 'TANPA_JASA'] as const
export type EarlyPayoffJasa = (typeof EARLY_PAYOFF_JASA)[number]

/** The steps a payment settles before the remaining principal, in the configured order. */
export const ALLOCATION_STEPS = [
  'DENDA',
  'JASA_TERTUNGGAK',
  'POKOK_TERTUNGGAK',
  'JASA_BERJALAN',
  'POKOK_BERJALAN'
] as const
export type AllocationStep = (typeof ALLOCATION_STEPS)[number]
export const DEFAULT_ALLOCATION_ORDER: AllocationStep[] = [...ALLOCATION_STEPS]

export interface LoanPolicy {
  allocationOrder: AllocationStep[]
  provision: ProvisionPolicy
}

export interface LoanDues {
  asOf: string
  outstandingPokok: number
  overdueJasa: number
  overduePokok: number
  denda: number
  currentJasa: number
  currentPokok: number
  /** What settles the loan today: everything overdue, the remaining principal and this month's jasa. */
  payoff: number
  /** Parts of the payoff that are not plain dues: jasa per the product's early-payoff rule and its penalty. */
  payoffJasa: number
  payoffPenalty: number
  daysPastDue: number
}

/** How a payment will be (or was) split, and what stays owed after it (DOMAIN.md §4.3). */
export interface PaymentPlan {
  amount: number
  /** The amount is exactly the payoff: the loan closes. */
  isPayoff: boolean
  allocation: { denda: number; jasa: number; pokok: number }
  /** Each part in the order it is settled; JASA_PELUNASAN is the early-payoff jasa and penalty. */
  steps: { step: AllocationStep | 'SISA_POKOK' | 'JASA_PELUNASAN'; amount: number }[]
  /** What is still owed after the payment (current jasa only while its period runs). */
  remaining: {
    denda: number
    overdueJasa: number
    overduePokok: number
    currentJasa: number
    outstandingPokok: number
    total: number
  }
  closes: boolean
}

export interface Loan {
  id: number
  loanNo: string
  member: { id: number; memberNo: string; name: string }
  productCode: string
  method: string
  ratePerMonth: string
  tenor: number
  principal: number
  provisi: number
  adminFee: number
  status: 'DIAJUKAN' | 'DISETUJUI' | 'DITOLAK' | 'CAIR' | 'LUNAS' | 'HAPUS_BUKU'
  writtenOffAt: string | null
  writtenOffAmount: number
  recovered: number
  /** Agunan pengurang valid on the date the loan is read for. */
  agunanPengurang: number
  /** Every recorded value with the date it takes effect. */
  collateralHistory?: { effectiveFrom: string; amount: number }[]
  feeDeducted: boolean
  dendaMode: 'PER_HARI' | 'TETAP'
  dendaValue: string
  graceDays: number
  earlyPayoffJasa: EarlyPayoffJasa
  earlyPayoffPenaltyMonths: number
  purpose: string | null
  appliedAt: string
  decidedAt: string | null
  decidedBy: string | null
  decisionNote: string | null
  disbursedAt: string | null
  disbursementEntry: string | null
  closedAt: string | null
  schedule: (Installment & { dueDate: string })[]
  payments: {
    id: number
    date: string
    amount: number
    denda: number
    jasa: number
    pokok: number
    entryNumber: string
    recordedAt?: string
  }[]
  dues: LoanDues | null
}

/** What writing a loan off will do, shown before it is confirmed (DOMAIN.md §4.4). */
export interface WriteOffPreview {
  loanId: number
  loanNo: string
  member: { id: number; memberNo: string; name: string }
  date: string
  /** Principal written off against the PPAP; jasa and denda owed stay as a claim, not in the books. */
  outstandingPokok: number
  overdueJasa: number
  denda: number
  daysPastDue: number
  kolektibilitas: Kolektibilitas
  /** The journal: Dr PPAP, Cr the loan receivable. */
  lines: { code: string; name: string; debit: number; credit: number }[]
  /** PPAP formed (credit balance of 1-1490) on the date, before and after the write-off. */
  ppapBefore: number
  ppapAfter: number
  problems: string[]
}

export interface ArrearsRow {
  loanId: number
  loanNo: string
  memberNo: string
  name: string
  phone: string | null
  outstandingPokok: number
  overduePokok: number
  overdueJasa: number
  denda: number
  daysPastDue: number
  kolektibilitas: Kolektibilitas
}

export interface LoanPortfolio {
  asOf: string
  byProduct: {
    productCode: string
    name: string
    count: number
    outstanding: number
    byClass: Record<Kolektibilitas, number>
  }[]
  provision: PortfolioProvision
  /** Balance of the PPAP/CKPN contra account (credit side). */
  formed: number
  /** required − formed: positive needs a top-up, negative can be released. */
  difference: number
}

export const loanCommands = {
  'loans.schedulePreview': command<{
    installments: Installment[]
    totalPokok: number
    totalJasa: number
    totalAngsuran: number
    effectiveRatePerMonth: string
  }>()({
    kind: 'query',
    summary: 'Simulasi jadwal angsuran pinjaman (flat, efektif, anuitas) dengan jasa efektif per bulan',
    input: z.strictObject({
      principal: z
        .number({ error: 'harus berupa angka rupiah' })
        .int({ error: 'harus bilangan bulat rupiah (tanpa sen)' })
        .min(1, { error: 'harus lebih dari Rp0' })
        .max(999_999_999_999),
      ratePerMonth: percent,
      tenorMonths: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(1, { error: 'paling sedikit 1 bulan' })
        .max(360, { error: 'paling lama 360 bulan' }),
      method,
      roundUpTo
    })
  }),
  'loans.setProduct': command<LoanProduct>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menetapkan produk pinjaman yang berlaku mulai suatu tanggal',
    input: z.strictObject({
      code: productCode,
      effectiveFrom: isoDate,
      name: requiredText(100),
      method,
      ratePerMonth: percent,
      maxTenor: z.number({ error: 'harus berupa angka' }).int().min(1, { error: 'paling sedikit 1 bulan' }).max(360),
      maxAmount: positive,
      provisiPercent: percent.default('0'),
      adminFee: rupiah.default(0),
      feeDeducted: z.boolean({ error: 'harus true atau false' }).default(true),
      dendaMode: z.enum(['PER_HARI', 'TETAP'], { error: 'harus PER_HARI atau TETAP' }).default('PER_HARI'),
      dendaValue: z
        .string({ error: 'harus berupa teks' })
        .trim()
        .regex(/^\d{1,12}(\.\d{1,4})?$/, { error: 'persen per hari (PER_HARI) atau rupiah per angsuran (TETAP)' })
        .default('0.1'),
      graceDays: z.number({ error: 'harus berupa angka' }).int().min(0).max(60).default(3),
      roundUpTo,
      receivable: z
        .enum(['PINJAMAN_KONSUMTIF', 'PINJAMAN_PRODUKTIF'], {
          error: 'harus PINJAMAN_KONSUMTIF atau PINJAMAN_PRODUKTIF'
        })
        .default('PINJAMAN_KONSUMTIF'),
      earlyPayoffJasa: z
        .enum(EARLY_PAYOFF_JASA, { error: 'harus BULAN_BERJALAN, SELURUH_SISA atau TANPA_JASA' })
        .default('BULAN_BERJALAN'),
      earlyPayoffPenaltyMonths: z
        .number({ error: 'harus berupa angka' })
        .int({ error: 'harus bilangan bulat' })
        .min(0, { error: 'paling sedikit 0' })
        .max(3, { error: 'paling banyak 3 bulan' })
        .default(0)
    })
  }),
  'loans.products': command<LoanProduct[]>()({
    kind: 'query',
    summary: 'Produk pinjaman yang berlaku pada suatu tanggal',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  }),
  'loans.apply': command<Loan>()({
    kind: 'mutation',
    summary: 'Pengajuan pinjaman anggota (diperiksa terhadap batas produk)',
    input: z.strictObject({
      memberId: positiveId,
      productCode,
      principal: positive,
      tenorMonths: z.number({ error: 'harus berupa angka' }).int().min(1).max(360),
      date: isoDate,
      purpose: optionalText(300)
    })
  }),
  'loans.decide': command<Loan>()({
    kind: 'mutation',
    permission: 'approve',
    summary: 'Persetujuan atau penolakan pengajuan pinjaman',
    input: z.strictObject({
      loanId: positiveId,
      approve: z.boolean({ error: 'harus true atau false' }),
      date: isoDate,
      note: optionalText(300)
    })
  }),
  'loans.disburse': command<Loan>()({
    kind: 'mutation',
    summary: 'Pencairan pinjaman: jurnal pencairan (provisi/administrasi) dan jadwal angsuran disimpan',
    input: z.strictObject({
      allowFutureDate,
      loanId: positiveId,
      date: isoDate,
      firstDueDate: isoDate.optional(),
      cashAccount: accountCode.default('1-1101')
    })
  }),
  'loans.pay': command<
    Loan & {
      payment: {
        amount: number
        denda: number
        jasa: number
        pokok: number
        entryNumber: string
        amountInWords: string
        plan?: PaymentPlan
      }
    }
  >()({
    kind: 'mutation',
    permission: 'instalment',
    summary:
      'Pembayaran angsuran: dialokasikan denda → jasa tertunggak → pokok tertunggak → jasa berjalan → pokok berjalan → sisa pokok; payoff: true untuk pelunasan (ditolak bila jumlahnya bukan jumlah pelunasan)',
    input: z.strictObject({
      allowFutureDate,
      loanId: positiveId,
      amount: positive,
      date: isoDate,
      cashAccount: accountCode.default('1-1101'),
      /** The treasurer means this payment to pay the loan off: refused unless the amount is exactly the payoff on that date. */
      payoff: z.boolean({ error: 'harus true atau false' }).optional()
    })
  }),
  'loans.payPreview': command<PaymentPlan & { dues: LoanDues; excess: number }>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Sebelum membayar: bagaimana pembayaran dialokasikan, apakah melunasi, dan sisa kewajiban sesudahnya',
    input: z.strictObject({ loanId: positiveId, amount: positive, date: isoDate })
  }),
  'loans.get': command<Loan>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Satu pinjaman: jadwal, pembayaran dan kewajiban per tanggal',
    input: z.strictObject({ loanId: positiveId, asOf: isoDate.optional() })
  }),
  'loans.list': command<Loan[]>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Daftar pinjaman, menurut anggota atau status',
    input: z
      .strictObject({
        memberId: positiveId.optional(),
        status: z
          .enum(['DIAJUKAN', 'DISETUJUI', 'DITOLAK', 'CAIR', 'LUNAS', 'HAPUS_BUKU'], { error: 'status tidak dikenal' })
          .optional(),
        asOf: isoDate.optional()
      })
      .default({})
  }),
  'loans.setCollateral': command<Loan>()({
    kind: 'mutation',
    summary:
      'Menetapkan nilai agunan pengurang PPAP untuk satu pinjaman, berlaku mulai suatu tanggal (bawaan hari ini); PPAP per tanggal memakai nilai yang berlaku saat itu',
    input: z.strictObject({ loanId: positiveId, agunanPengurang: rupiah, effectiveFrom: isoDate.optional() })
  }),
  'loans.arrears': command<{
    asOf: string
    rows: ArrearsRow[]
    total: { overduePokok: number; overdueJasa: number; denda: number }
  }>()({
    kind: 'query',
    summary: 'Daftar tunggakan pinjaman per tanggal (hari tunggakan, kolektibilitas) untuk menghubungi anggota',
    input: z.strictObject({ asOf: isoDate })
  }),
  'loans.portfolio': command<LoanPortfolio>()({
    kind: 'query',
    summary: 'Portofolio pinjaman per produk dan kolektibilitas, NPL, PPAP wajib dibentuk dan yang sudah dibentuk',
    input: z.strictObject({ asOf: isoDate })
  }),
  'loans.provision': command<LoanPortfolio & { entry: { id: number; number: string } }>()({
    kind: 'mutation',
    summary: 'Jurnal akhir periode: menambah atau mengurangi PPAP agar sama dengan PPAP wajib dibentuk',
    input: z.strictObject({ allowFutureDate, date: isoDate })
  }),
  'loans.writeOff': command<Loan>()({
    kind: 'mutation',
    permission: 'approve',
    summary: 'Hapus buku pinjaman macet terhadap PPAP (tagihan tetap dicatat untuk ditagih kemudian)',
    input: z.strictObject({ allowFutureDate, loanId: positiveId, date: isoDate, reason: requiredText(300) })
  }),
  'loans.writeOffPreview': command<WriteOffPreview>()({
    kind: 'query',
    summary:
      'Pratinjau hapus buku pinjaman: jurnal (PPAP dan piutang pinjaman), sisa pokok, PPAP sebelum dan sesudah, dan alasan bila tidak bisa',
    input: z.strictObject({ loanId: positiveId, date: isoDate })
  }),
  'loans.recover': command<Loan>()({
    kind: 'mutation',
    summary: 'Penerimaan kembali pinjaman yang sudah dihapus buku',
    input: z.strictObject({
      allowFutureDate,
      loanId: positiveId,
      amount: positive,
      date: isoDate,
      cashAccount: accountCode.default('1-1101')
    })
  }),
  'loans.policy': command<LoanPolicy>()({
    kind: 'query',
    summary: 'Kebijakan pinjaman: urutan alokasi pembayaran, batas hari dan persen PPAP per kolektibilitas',
    input: z.strictObject({}).default({})
  }),
  'loans.setPolicy': command<LoanPolicy>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah urutan alokasi pembayaran dan/atau batas hari dan persen PPAP per kolektibilitas',
    input: z.strictObject({
      allocationOrder: z
        .array(
          z.enum(ALLOCATION_STEPS, {
            error: 'harus DENDA, JASA_TERTUNGGAK, POKOK_TERTUNGGAK, JASA_BERJALAN atau POKOK_BERJALAN'
          }),
          { error: 'harus berupa daftar' }
        )
        .refine((a) => a.length === ALLOCATION_STEPS.length && new Set(a).size === a.length, {
          error: 'harus memuat kelima langkah alokasi, masing-masing sekali'
        })
        .optional(),
      provision: z
        .strictObject({
          maxDays: z
            .strictObject({ LANCAR: days, KURANG_LANCAR: days, DIRAGUKAN: days })
            .refine((d) => d.LANCAR < d.KURANG_LANCAR && d.KURANG_LANCAR < d.DIRAGUKAN, {
              error: 'batas hari harus naik: lancar < kurang lancar < diragukan'
            }),
          rates: z.strictObject({
            LANCAR: ratePercent,
            KURANG_LANCAR: ratePercent,
            DIRAGUKAN: ratePercent,
            MACET: ratePercent
          }),
          diragukanCollateralPercent: ratePercent.nullable().optional(),
          macetAfterDiragukanMonths: z
            .number({ error: 'harus berupa angka bulan' })
            .int({ error: 'harus bilangan bulat' })
            .min(1, { error: 'paling sedikit 1 bulan' })
            .max(240, { error: 'paling lama 240 bulan' })
            .optional()
        })
        .optional()
    })
  }),
  'loans.setLimits': command<{ relatedPartyPercent: string; otherPercent: string | null }>()({
    kind: 'mutation',
    permission: 'admin',
    summary:
      'Batas maksimum pemberian pinjaman: pihak terkait (bawaan 10 % modal sendiri) dan anggota lain (bawaan tanpa batas)',
    input: z.strictObject({ relatedPartyPercent: percent, otherPercent: percent.nullable() })
  })
}
