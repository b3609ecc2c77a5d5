import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  optionalText,
  positiveId,
  requiredText,
  rupiah,
  unitCode,
  allowFutureDate
} from '../validation/schemas'
import { parseQtyMilli } from '../trading/cost'

/**
 * Unit usaha: gerai sembako/apotek trading with moving-average stock, daily totals and services.
 *
 * Quantities go in as a number or a decimal text with at most 3 decimals ("1,5" or 1.5) and are
 * kept as INTEGER thousandths; results give them back as decimal text ("1.5"). Money is INTEGER
 * rupiah everywhere.
 */

const qtyOf = (allowZero: boolean) =>
  z
    .union([z.number({ error: 'harus berupa angka jumlah' }), z.string({ error: 'harus berupa angka jumlah' })], {
      error: 'harus berupa angka jumlah'
    })
    .transform((v, ctx) => {
      const m = parseQtyMilli(v)
      if (m === null || (!allowZero && m === 0)) {
        ctx.addIssue({
          code: 'custom',
          message: allowZero
            ? 'harus angka 0 atau lebih dengan paling banyak 3 angka desimal'
            : 'harus lebih dari 0 dengan paling banyak 3 angka desimal'
        })
        return z.NEVER
      }
      return m
    })
export const quantity = qtyOf(false)
export const countQuantity = qtyOf(true)

const positive = rupiah.refine((v) => v > 0, { error: 'harus lebih dari Rp0' })
const purchasePayment = z.enum(['TUNAI', 'KREDIT'], { error: 'harus TUNAI atau KREDIT' })
const salePayment = z.enum(['TUNAI', 'BON'], { error: 'harus TUNAI atau BON' })
const cashDefault = (code: string) => accountCode.default(code)
const lines = <T extends z.ZodType>(line: T) =>
  z
    .array(line, { error: 'harus berupa daftar baris' })
    .min(1, { error: 'paling sedikit satu baris barang' })
    .max(500, { error: 'paling banyak 500 baris' })

export type TradeDocType =
  'BELI' | 'RETUR_BELI' | 'BAYAR_PEMASOK' | 'JUAL' | 'RETUR_JUAL' | 'BAYAR_BON' | 'HARIAN' | 'JASA' | 'OPNAME' | 'AWAL'
export const TRADE_DOC_TYPES: TradeDocType[] = [
  'BELI',
  'RETUR_BELI',
  'BAYAR_PEMASOK',
  'JUAL',
  'RETUR_JUAL',
  'BAYAR_BON',
  'HARIAN',
  'JASA',
  'OPNAME',
  'AWAL'
]

export interface TradeItem {
  id: number
  unit: string
  code: string
  name: string
  uom: string
  sellPrice: number
  inventoryAccount: string
  revenueMemberAccount: string
  revenueNonMemberAccount: string
  hppAccount: string
  active: boolean
  /** As of the query date: quantity (decimal text), value (rupiah) and average cost per unit (display, rounded). */
  stock: { qty: string; value: number; avgCost: number }
}

export interface Supplier {
  id: number
  name: string
  phone: string | null
  active: boolean
  /** Utang usaha still owed to this supplier. */
  payable: number
}

export interface TradeDocLine {
  itemId: number
  code: string
  name: string
  uom: string
  qty: string
  /** Selling price (sales) or unit cost (purchases) per unit. */
  price: number
  /** Revenue (sales) or cost (purchases) of the line. */
  amount: number
  /** Cost that moved in or out of stock (HPP of a sale line). */
  cost: number
  /** Opname: counted and system quantity. */
  counted: string | null
  moveId: number
}

export interface TradeDoc {
  id: number
  docNo: string
  type: TradeDocType
  date: string
  unit: string | null
  supplier: { id: number; name: string } | null
  member: { id: number; memberNo: string; name: string } | null
  payment: 'TUNAI' | 'KREDIT' | null
  cashAccount: string | null
  amount: number
  hpp: number
  memberAmount: number
  nonMemberAmount: number
  originalDocNo: string | null
  entryNumber: string | null
  reference: string | null
  note: string | null
  lines: TradeDocLine[]
  amountInWords: string
  /** Cash sale: what the buyer handed over and the change (kembalian); null when not recorded (bon, older sales, other documents). */
  paid: number | null
  change: number | null
  /** When it was recorded (UTC) and by whom (the user's full name when users are on): the struk's time and kasir. */
  recordedAt: string
  cashier: string
  /**
   * HPP change posted later because a movement was entered with an earlier date (cost corrections
   * of this document's lines; + = more HPP). The recorded `hpp` itself never changes.
   */
  hppCorrection: number
  /** Opening stock (AWAL): the part that details an inventory balance already in the ledger, and the part posted now. */
  opening: { itemized: number; posted: number; offsetAccount: string | null } | null
  /** Sale or purchase: quantity per item already returned (decimal text), for the return form. */
  returned: { itemId: number; qty: string }[]
}

/** A change of a movement's cost after an earlier-dated movement was entered (trade_cost_corrections). */
export interface CostCorrection {
  id: number
  date: string
  itemId: number
  itemCode: string
  itemName: string
  docId: number
  docNo: string
  docType: TradeDocType
  causeDocNo: string
  causeDate: string
  /** Change of the stock value: negative when more cost left the stock (more HPP). */
  value: number
  entryNumber: string
}

export interface StockCardRow {
  date: string
  docId: number
  docNo: string
  type: TradeDocType
  qtyIn: string
  qtyOut: string
  value: number
  balanceQty: string
  balanceValue: number
  /** Part of `value` that is a later cost correction (recomputed moving average), 0 when none. */
  correction: number
}

export interface TieOut {
  ledger: number
  subledger: number
  difference: number
}

const docFilter = z
  .strictObject({
    type: z
      .enum(TRADE_DOC_TYPES as [TradeDocType, ...TradeDocType[]], { error: 'jenis transaksi tidak dikenal' })
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    unit: unitCode.optional(),
    memberId: positiveId.optional(),
    supplierId: positiveId.optional(),
    limit: z.number({ error: 'harus berupa angka' }).int().min(1).max(5000).default(500)
  })
  .default({ limit: 500 })

export const tradingCommands = {
  'trading.items': command<TradeItem[]>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Daftar barang per unit dengan jumlah stok, harga pokok rata-rata dan nilai persediaan per tanggal',
    input: z
      .strictObject({
        unit: unitCode.optional(),
        asOf: isoDate.optional(),
        includeInactive: z.boolean({ error: 'harus true atau false' }).default(false)
      })
      .default({ includeInactive: false })
  }),
  'trading.saveItem': command<TradeItem>()({
    kind: 'mutation',
    summary: 'Menambah atau mengubah barang (kode, nama, satuan, harga jual, akun persediaan/penjualan/HPP)',
    input: z.strictObject({
      id: positiveId.optional(),
      unit: unitCode,
      code: z
        .string({ error: 'harus berupa teks' })
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, { error: 'huruf, angka, titik, _ atau -, 1–30 karakter' }),
      name: requiredText(120),
      uom: requiredText(20),
      sellPrice: rupiah,
      inventoryAccount: accountCode.optional(),
      revenueMemberAccount: accountCode.optional(),
      revenueNonMemberAccount: accountCode.optional(),
      hppAccount: accountCode.optional(),
      active: z.boolean({ error: 'harus true atau false' }).default(true)
    })
  }),
  'trading.suppliers': command<Supplier[]>()({
    kind: 'query',
    summary: 'Daftar pemasok dengan sisa utang usaha',
    input: z
      .strictObject({
        asOf: isoDate.optional(),
        includeInactive: z.boolean({ error: 'harus true atau false' }).default(false)
      })
      .default({ includeInactive: false })
  }),
  'trading.saveSupplier': command<Supplier>()({
    kind: 'mutation',
    summary: 'Menambah atau mengubah pemasok',
    input: z.strictObject({
      id: positiveId.optional(),
      name: requiredText(120),
      phone: optionalText(30),
      active: z.boolean({ error: 'harus true atau false' }).default(true)
    })
  }),
  'trading.purchase': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Pembelian barang dari pemasok, tunai (Kr kas/bank) atau kredit (Kr 2-1301 Utang Usaha); Db persediaan sebesar harga beli',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      supplierId: positiveId,
      payment: purchasePayment,
      cashAccount: cashDefault('1-1101'),
      reference: optionalText(60),
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, qty: quantity, unitCost: rupiah }))
    })
  }),
  'trading.purchaseReturn': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Retur pembelian ke pemasok sebesar harga beli baris asal: mengurangi stok dan persediaan, mengurangi utang atau menerima uang kembali',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      purchaseId: positiveId,
      payment: purchasePayment.optional(),
      cashAccount: cashDefault('1-1101'),
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, qty: quantity }))
    })
  }),
  'trading.paySupplier': command<TradeDoc>()({
    kind: 'mutation',
    summary: 'Pembayaran utang pembelian kepada pemasok (Db 2-1301 / Kr kas)',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      supplierId: positiveId,
      amount: positive,
      cashAccount: cashDefault('1-1101'),
      note: optionalText(300)
    })
  }),
  'trading.sell': command<TradeDoc>()({
    kind: 'mutation',
    permission: 'sales',
    summary:
      'Penjualan barang kepada anggota atau bukan anggota, tunai atau bon (anggota saja); HPP rata-rata bergerak diposting bersama',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      memberId: positiveId.nullable().default(null),
      payment: salePayment.default('TUNAI'),
      cashAccount: cashDefault('1-1110'),
      /** Cash handed over by the buyer; at least the total (the change is given back). Omitted: exactly the total. */
      paid: rupiah.optional(),
      reference: optionalText(60),
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, qty: quantity, price: rupiah.optional() }))
    })
  }),
  'trading.saleReturn': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Retur penjualan: barang kembali sebesar HPP baris penjualan asal, pendapatan dikurangi lewat 4-2109 Retur & Potongan Penjualan',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      saleId: positiveId,
      payment: salePayment.optional(),
      cashAccount: cashDefault('1-1110'),
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, qty: quantity }))
    })
  }),
  'trading.payBon': command<TradeDoc>()({
    kind: 'mutation',
    summary: 'Pembayaran bon (piutang usaha) oleh anggota (Db kas / Kr 1-1501)',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      memberId: positiveId,
      amount: positive,
      cashAccount: cashDefault('1-1110'),
      note: optionalText(300)
    })
  }),
  'trading.dailySales': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Penjualan harian gerai dengan mesin kasir sendiri: satu jumlah per hari dan unit (anggota dan bukan anggota), HPP total opsional, tanpa mutasi stok',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      memberAmount: rupiah.default(0),
      nonMemberAmount: rupiah.default(0),
      hppAmount: rupiah.default(0),
      cashAccount: cashDefault('1-1110'),
      revenueMemberAccount: accountCode.optional(),
      revenueNonMemberAccount: accountCode.optional(),
      hppAccount: accountCode.optional(),
      inventoryAccount: accountCode.optional(),
      note: optionalText(300)
    })
  }),
  'trading.service': command<TradeDoc>()({
    kind: 'mutation',
    summary: 'Pendapatan jasa unit (klinik, gudang, logistik, …) dari anggota atau bukan anggota, tunai atau bon',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      amount: positive,
      memberId: positiveId.nullable().default(null),
      payment: salePayment.default('TUNAI'),
      cashAccount: cashDefault('1-1101'),
      revenueAccount: accountCode.optional(),
      description: requiredText(200),
      reference: optionalText(60)
    })
  }),
  'trading.openingStock': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Stok awal barang pada awal pembukuan atau awal unit: jumlah dan harga pokok per barang. Bagian yang sudah ada di saldo persediaan buku besar hanya dirinci; sisanya diposting Db persediaan / Kr akun lawan (ekuitas atau liabilitas)',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      offsetAccount: accountCode.optional(),
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, qty: quantity, unitCost: rupiah }))
    })
  }),
  'trading.costCorrections': command<CostCorrection[]>()({
    kind: 'query',
    summary:
      'Koreksi HPP karena mutasi stok bertanggal mundur: per barang, per transaksi yang dikoreksi atau per transaksi penyebab',
    input: z
      .strictObject({
        itemId: positiveId.optional(),
        docId: positiveId.optional(),
        causeDocId: positiveId.optional(),
        from: isoDate.optional(),
        to: isoDate.optional()
      })
      .default({})
  }),
  'trading.opname': command<TradeDoc>()({
    kind: 'mutation',
    summary:
      'Stok opname: jumlah hasil hitung per barang; selisih diposting sebesar harga pokok rata-rata ke 5-1109 Selisih Persediaan',
    input: z.strictObject({
      allowFutureDate,
      date: isoDate,
      unit: unitCode,
      note: optionalText(300),
      lines: lines(z.strictObject({ itemId: positiveId, countedQty: countQuantity }))
    })
  }),
  'trading.countSheet': command<{
    unit: string
    unitName: string
    asOf: string
    rows: { itemId: number; code: string; name: string; uom: string; qty: string; avgCost: number; value: number }[]
    totalValue: number
  }>()({
    kind: 'query',
    summary: 'Lembar hitung stok opname: barang aktif unit dengan jumlah dan nilai menurut buku per tanggal',
    input: z.strictObject({ unit: unitCode, asOf: isoDate })
  }),
  'trading.stockCard': command<{
    item: TradeItem
    from: string | null
    to: string | null
    opening: { qty: string; value: number }
    rows: StockCardRow[]
    closing: { qty: string; value: number }
  }>()({
    kind: 'query',
    summary: 'Kartu stok satu barang: setiap mutasi dengan saldo jumlah dan nilai berjalan',
    input: z.strictObject({ itemId: positiveId, from: isoDate.optional(), to: isoDate.optional() })
  }),
  'trading.doc': command<TradeDoc>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Satu transaksi usaha dengan barisnya (untuk struk dan bukti)',
    input: z.strictObject({ id: positiveId })
  }),
  'trading.docs': command<TradeDoc[]>()({
    kind: 'query',
    summary: 'Daftar transaksi usaha menurut jenis, tanggal, unit, anggota atau pemasok (mis. daftar penjualan)',
    input: docFilter
  }),
  'trading.memberPurchases': command<{ memberId: number; memberNo: string; name: string; amount: number }[]>()({
    kind: 'query',
    summary: 'Transaksi usaha tiap anggota setahun (penjualan barang + jasa − retur): dasar SHU jasa usaha',
    input: z.strictObject({
      year: z.number({ error: 'harus berupa angka tahun' }).int({ error: 'harus bilangan bulat' }).min(1900).max(2199)
    })
  }),
  'trading.revenueSplit': command<{
    from: string
    to: string
    rows: {
      unit: string
      account: string
      accountName: string
      member: number
      nonMember: number
      unassigned: number
    }[]
    totals: { member: number; nonMember: number; unassigned: number }
  }>()({
    kind: 'query',
    summary:
      'Pendapatan anggota dan bukan anggota per unit dan akun untuk suatu periode (dari buku besar, retur mengurangi)',
    input: z.strictObject({ from: isoDate, to: isoDate })
  }),
  'trading.parties': command<{
    asOf: string
    suppliers: { supplierId: number; name: string; payable: number }[]
    members: { memberId: number; memberNo: string; name: string; bon: number }[]
  }>()({
    kind: 'query',
    summary: 'Utang usaha per pemasok dan bon (piutang usaha) per anggota per tanggal',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  }),
  'trading.tieOut': command<{
    asOf: string
    payables: TieOut & { account: string }
    receivables: TieOut & { account: string }
    inventory: (TieOut & { account: string })[]
    ok: boolean
  }>()({
    kind: 'query',
    summary: 'Pencocokan buku pembantu usaha dengan buku besar: utang usaha 2-1301, bon anggota 1-1501, persediaan',
    input: z.strictObject({ asOf: isoDate.optional() }).default({})
  })
}
