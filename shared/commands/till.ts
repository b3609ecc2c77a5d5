import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  allowFutureDate,
  isoDate,
  optionalText,
  positiveId,
  rupiah,
  unitCode
} from '../validation/schemas'

/**
 * The kasir's day (sesi kas): modal awal taken from the bendahara's cash, the day's sales and
 * savings through the kasir's own drawer, the closing count handed over as a setoran kasir, and the
 * bendahara's acceptance, which brings the cash back and posts any selisih kas.
 */

export type TillStatus = 'BUKA' | 'DISERAHKAN' | 'DITERIMA'

/** Rupiah notes and coins in circulation, largest first. */
export const DENOMINATIONS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100] as const

export interface TillSettings {
  /** Largest savings withdrawal a kasir or teller may pay out in one transaction. */
  withdrawLimit: number
  /** The drawer account a kasir day uses unless told otherwise, and where its float comes from. */
  cashAccount: string
  sourceAccount: string
}

export interface TillMovement {
  entryNumber: string
  /** When it was recorded (UTC). */
  recordedAt: string
  description: string
  /** Module that posted it: USAHA (penjualan), SIMPANAN, PINJAMAN, … */
  source: string
  cashIn: number
  cashOut: number
}

export interface TillSession {
  id: number
  username: string
  /** The user's full name when users are on, otherwise the username. */
  cashierName: string
  date: string
  unit: string | null
  cashAccount: { code: string; name: string }
  sourceAccount: { code: string; name: string }
  openingFloat: number
  openingEntryNumber: string | null
  openedAt: string
  status: TillStatus
  movements: TillMovement[]
  cashIn: number
  cashOut: number
  /** Float + cash in − cash out: what the drawer should hold (so far, while still open). */
  expected: number
  counted: number | null
  denominations: { value: number; count: number; amount: number }[] | null
  /** The bendahara's recount at acceptance when it differed from the kasir's count. */
  received: number | null
  /** (Received, else counted) − expected: positive lebih, negative kurang (null before the count). */
  difference: number | null
  closedAt: string | null
  closeNote: string | null
  acceptedAt: string | null
  acceptedBy: string | null
  /** The bendahara's full name when users are on. */
  acceptedByName: string | null
  acceptDate: string | null
  handoverEntryNumber: string | null
  acceptNote: string | null
}

const money = rupiah

const denominations = z
  .array(
    z.strictObject({
      value: z
        .number({ error: 'harus berupa nilai pecahan rupiah' })
        .refine((v) => (DENOMINATIONS as readonly number[]).includes(v), {
          error: `harus salah satu pecahan: ${DENOMINATIONS.join(', ')}`
        }),
      count: z
        .number({ error: 'harus berupa jumlah lembar/keping' })
        .int({ error: 'harus bilangan bulat' })
        .min(0, { error: 'tidak boleh negatif' })
        .max(1_000_000)
    }),
    { error: 'harus berupa daftar pecahan' }
  )
  .max(DENOMINATIONS.length)

export const tillCommands = {
  'till.settings': command<TillSettings>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Pengaturan meja kasir: batas penarikan simpanan per transaksi oleh kasir/teller dan akun laci kas',
    input: z.strictObject({}).default({})
  }),
  'till.setSettings': command<TillSettings>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Menetapkan batas penarikan simpanan per transaksi yang boleh dibayar kasir atau teller',
    input: z.strictObject({ withdrawLimit: money })
  }),
  'till.open': command<TillSession>()({
    kind: 'mutation',
    permission: 'till',
    summary:
      'Membuka kas kasir hari ini: modal awal diambil dari kas bendahara ke laci kasir (Db kas gerai / Kr kas kantor)',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      openingFloat: money,
      cashAccount: accountCode.default('1-1110'),
      sourceAccount: accountCode.default('1-1101'),
      unit: unitCode.optional(),
      note: optionalText(300)
    })
  }),
  'till.current': command<TillSession | null>()({
    kind: 'query',
    permission: 'till',
    summary: 'Kas kasir saya yang sedang dibuka atau menunggu diterima bendahara, dengan transaksinya',
    input: z.strictObject({}).default({})
  }),
  'till.close': command<TillSession>()({
    kind: 'mutation',
    permission: 'till',
    summary: 'Menutup kas kasir: hitung kas akhir (pecahan opsional) diserahkan kepada bendahara sebagai setoran kasir',
    input: z.strictObject({
      counted: money.optional(),
      denominations: denominations.optional(),
      note: optionalText(300)
    })
  }),
  'till.accept': command<TillSession>()({
    kind: 'mutation',
    permission: 'post',
    summary: 'Menerima setoran kasir: uang kembali ke kas bendahara, selisih kas (lebih/kurang) dibukukan',
    input: z.strictObject({
      allowFutureDate,
      sessionId: positiveId,
      date: isoDate.optional(),
      /** The bendahara's own recount; omitted: the kasir's count is accepted as it is. */
      received: money.optional(),
      note: optionalText(300)
    })
  }),
  'till.report': command<TillSession>()({
    kind: 'query',
    permission: 'lookup',
    summary:
      'Laporan kas harian satu sesi kasir: modal awal, transaksi, kas seharusnya, hasil hitung dan selisih (kasir: hanya miliknya)',
    input: z.strictObject({ sessionId: positiveId })
  }),
  'till.list': command<TillSession[]>()({
    kind: 'query',
    summary: 'Daftar sesi kas kasir menurut status dan tanggal (setoran kasir yang menunggu diterima)',
    input: z
      .strictObject({
        status: z
          .enum(['BUKA', 'DISERAHKAN', 'DITERIMA'], { error: 'harus BUKA, DISERAHKAN atau DITERIMA' })
          .optional(),
        from: isoDate.optional(),
        to: isoDate.optional()
      })
      .default({})
  })
}
