import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { Supplier, TradeDoc, TradeDocType, TradeItem } from '../../shared/commands/trading'
import { formatRupiah } from '../../shared/money/rupiah'
import { terbilangRupiah } from '../../shared/money/terbilang'
import { dayBefore } from '../../shared/dates/calendar'
import { formatDateLong } from '../../shared/dates/format'
import {
  averageUnitCost,
  formatQty,
  foundValue,
  issue,
  lineAmount,
  proRata,
  qtyString,
  returnOut,
  type StockState
} from '../../shared/trading/cost'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { getMember } from '../members/register'
import { assertCashAccount } from '../savings/ledger'
import {
  addLine,
  assertMovable,
  EFFECTIVE_VALUE_SQL,
  revalueAfter,
  signedLine,
  stockOf,
  TRADING_SOURCE,
  type Line,
  type Pihak
} from './stock'

export { stockOf, TRADING_SOURCE }
export const PAYABLE_ACCOUNT = '2-1301'
export const RECEIVABLE_ACCOUNT = '1-1501'
export const SALES_RETURN_ACCOUNT = '4-2109'
export const STOCK_DIFFERENCE_ACCOUNT = '5-1109'

/** Default accounts of an item per unit (DOMAIN.md §2): inventory, revenue member / non-member, HPP. */
export const ITEM_DEFAULTS: Record<
  string,
  { inventory: string; revenueMember: string; revenueNonMember: string; hpp: string }
> = {
  SEMBAKO: { inventory: '1-1601', revenueMember: '4-2101', revenueNonMember: '4-2102', hpp: '5-1101' },
  APOTEK: { inventory: '1-1602', revenueMember: '4-2201', revenueNonMember: '4-2202', hpp: '5-1102' },
  KLINIK: { inventory: '1-1603', revenueMember: '4-2301', revenueNonMember: '4-2302', hpp: '5-1103' }
}
/** Default service revenue accounts per unit: [member, non-member]. */
export const SERVICE_DEFAULTS: Record<string, [string, string]> = {
  KLINIK: ['4-2301', '4-2302'],
  GUDANG: ['4-2401', '4-2401'],
  LOGISTIK: ['4-2501', '4-2501']
}

const DOC_PREFIX: Record<TradeDocType, string> = {
  BELI: 'BL',
  RETUR_BELI: 'RB',
  BAYAR_PEMASOK: 'BP',
  JUAL: 'JL',
  RETUR_JUAL: 'RJ',
  BAYAR_BON: 'BB',
  HARIAN: 'PH',
  JASA: 'JS',
  OPNAME: 'SO',
  AWAL: 'SA'
}
export const DOC_LABEL: Record<TradeDocType, string> = {
  BELI: 'Pembelian',
  RETUR_BELI: 'Retur pembelian',
  BAYAR_PEMASOK: 'Pembayaran pemasok',
  JUAL: 'Penjualan',
  RETUR_JUAL: 'Retur penjualan',
  BAYAR_BON: 'Pembayaran bon',
  HARIAN: 'Penjualan harian',
  JASA: 'Pendapatan jasa',
  OPNAME: 'Stok opname',
  AWAL: 'Stok awal'
}

export interface ItemRow {
  id: number
  unit_id: number
  unit: string
  code: string
  name: string
  uom: string
  sell_price: number
  is_active: number
  inventory: string
  revenue_member: string
  revenue_nonmember: string
  hpp: string
}
const ITEM_SELECT = `SELECT i.id, i.unit_id, u.code AS unit, i.code, i.name, i.uom, i.sell_price, i.is_active,
  ai.code AS inventory, arm.code AS revenue_member, arn.code AS revenue_nonmember, ah.code AS hpp
  FROM trade_items i JOIN units u ON u.id = i.unit_id
  JOIN accounts ai ON ai.id = i.inventory_account_id JOIN accounts arm ON arm.id = i.revenue_member_account_id
  JOIN accounts arn ON arn.id = i.revenue_nonmember_account_id JOIN accounts ah ON ah.id = i.hpp_account_id`

// ---------------------------------------------------------------------------------------------
// Look-ups and checks

export function unitRow(book: Book, code: string, field = 'unit'): { id: number; code: string; name: string } {
  const u = book.q.prepare('SELECT id, code, name, is_active FROM units WHERE code = ?').get(code) as
    { id: number; code: string; name: string; is_active: number } | undefined
  if (!u) throw new CommandError('NOT_FOUND', `Unit usaha: ${code} tidak ditemukan`, field)
  if (!u.is_active) throw new CommandError('INVALID_INPUT', `Unit usaha: ${code} tidak aktif`, field)
  return u
}

export function accountId(book: Book, code: string, field: string, label: string, type?: string): number {
  const a = book.q.prepare('SELECT id, name, type, is_header, is_active FROM accounts WHERE code = ?').get(code) as
    { id: number; name: string; type: string; is_header: number; is_active: number } | undefined
  if (!a) throw new CommandError('NOT_FOUND', `${label}: akun ${code} tidak ditemukan`, field)
  if (a.is_header)
    throw new CommandError(
      'INVALID_INPUT',
      `${label}: akun ${code} ${a.name} adalah akun induk; pilih sub-akunnya`,
      field
    )
  if (!a.is_active) throw new CommandError('INVALID_INPUT', `${label}: akun ${code} ${a.name} tidak aktif`, field)
  if (type && a.type !== type)
    throw new CommandError('INVALID_INPUT', `${label}: akun ${code} ${a.name} bukan akun ${type.toLowerCase()}`, field)
  return a.id
}

/** A cash or bank account (group 1-11 Kas or 1-12 Bank). */
function assertTradeCash(book: Book, code: string): void {
  assertCashAccount(book, code)
  if (!code.startsWith('1-11') && !code.startsWith('1-12')) {
    throw new CommandError(
      'INVALID_INPUT',
      `Akun kas/bank: ${code} bukan akun kas (1-11…) atau bank (1-12…)`,
      'cashAccount'
    )
  }
}

export function itemRow(book: Book, id: number, field: string): ItemRow {
  const r = book.q.prepare(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Barang: barang dengan id ${id} tidak ditemukan`, field)
  return r
}

/**
 * After a document's movements are stored: when later movements of its items exist (it was entered
 * with an earlier date), their moving-average cost is recomputed and corrected (./stock).
 */
export function afterMoves(ctx: CommandContext, docId: number, lines: { itemId: number }[]): void {
  const d = docRow(ctx.book, docId, 'id')
  const items = lines.map((l, i) => ({
    item: itemRow(ctx.book, l.itemId, `lines.${i}.itemId`),
    field: `lines.${i}.qty`
  }))
  revalueAfter(ctx, { id: d.id, docNo: d.doc_no, label: DOC_LABEL[d.type], date: d.date }, items)
}

function activeMember(book: Book, memberId: number, field: string) {
  const m = getMember(book, { id: memberId }, field)
  if (m.status !== 'AKTIF')
    throw new CommandError('CONFLICT', `Anggota: ${m.name} berstatus ${m.status}; catat sebagai bukan anggota`, field)
  return m
}

export function noDuplicateItems(ls: { itemId: number }[]): void {
  const seen = new Map<number, number>()
  ls.forEach((l, i) => {
    const j = seen.get(l.itemId)
    if (j !== undefined)
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: barang yang sama sudah ada di baris ${j + 1}; gabungkan jumlahnya`,
        `lines.${i}.itemId`
      )
    seen.set(l.itemId, i)
  })
}

export function nextDocNo(book: Book, type: TradeDocType, date: string): string {
  const year = date.slice(0, 4)
  const { n } = book.q
    .prepare(`SELECT COUNT(*) AS n FROM trade_docs WHERE type = ? AND substr(date, 1, 4) = ?`)
    .get(type, year) as { n: number }
  return `${DOC_PREFIX[type]}-${year}-${String(n + 1).padStart(5, '0')}`
}

export interface NewDoc {
  type: TradeDocType
  date: string
  unitId: number | null
  supplierId?: number | null
  memberId?: number | null
  payment?: 'TUNAI' | 'KREDIT' | null
  cashAccount?: string | null
  amount: number
  hpp?: number
  memberAmount?: number
  nonMemberAmount?: number
  apDelta?: number
  arDelta?: number
  inventoryAccountId?: number | null
  originalId?: number | null
  entryId: number | null
  reference?: string | null
  note?: string | null
  /** Cash sale: what the buyer handed over (≥ amount); the change is the difference. */
  paid?: number | null
}

export function insertDoc(ctx: CommandContext, d: NewDoc, docNo: string): number {
  const r = ctx.book.q
    .prepare(
      `INSERT INTO trade_docs (doc_no, type, date, unit_id, supplier_id, member_id, payment, cash_account, amount, hpp, member_amount, nonmember_amount,
         ap_delta, ar_delta, inventory_account_id, original_id, entry_id, reference, note, created_at, created_by, paid)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      docNo,
      d.type,
      d.date,
      d.unitId,
      d.supplierId ?? null,
      d.memberId ?? null,
      d.payment ?? null,
      d.cashAccount ?? null,
      d.amount,
      d.hpp ?? 0,
      d.memberAmount ?? 0,
      d.nonMemberAmount ?? 0,
      d.apDelta ?? 0,
      d.arDelta ?? 0,
      d.inventoryAccountId ?? null,
      d.originalId ?? null,
      d.entryId,
      d.reference ?? null,
      d.note ?? null,
      nowIso(ctx),
      ctx.actor,
      d.paid ?? null
    )
  return Number(r.lastInsertRowid)
}

export interface NewMove {
  itemId: number
  qty: number
  value: number
  price?: number
  amount?: number
  adjustment?: number
  counted?: number | null
  origMoveId?: number | null
}
export function insertMoves(book: Book, docId: number, date: string, moves: NewMove[]): void {
  const ins = book.q.prepare(
    'INSERT INTO trade_moves (doc_id, item_id, date, qty, value, price, amount, adjustment, counted, orig_move_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  for (const m of moves)
    ins.run(
      docId,
      m.itemId,
      date,
      m.qty,
      m.value,
      m.price ?? 0,
      m.amount ?? 0,
      m.adjustment ?? 0,
      m.counted ?? null,
      m.origMoveId ?? null
    )
}

export function post(
  ctx: CommandContext,
  date: string,
  series: string,
  description: string,
  reference: string | null,
  lines: Line[]
): { id: number; number: string } {
  return postEntryId(ctx, { date, description, reference, series, lines }, { source: TRADING_SOURCE })
}

// ---------------------------------------------------------------------------------------------
// Items and suppliers

function toItem(r: ItemRow, s: StockState): TradeItem {
  return {
    id: r.id,
    unit: r.unit,
    code: r.code,
    name: r.name,
    uom: r.uom,
    sellPrice: r.sell_price,
    inventoryAccount: r.inventory,
    revenueMemberAccount: r.revenue_member,
    revenueNonMemberAccount: r.revenue_nonmember,
    hppAccount: r.hpp,
    active: r.is_active === 1,
    stock: { qty: qtyString(s.qty), value: s.value, avgCost: averageUnitCost(s) }
  }
}

export function getItem(book: Book, id: number, asOf?: string): TradeItem {
  return toItem(itemRow(book, id, 'itemId'), stockOf(book, id, asOf))
}

export function listItems(book: Book, f: CommandParsedInput<'trading.items'>): TradeItem[] {
  const where: string[] = []
  const params: unknown[] = []
  if (f.unit) {
    where.push('u.code = ?')
    params.push(f.unit)
  }
  if (!f.includeInactive) where.push('i.is_active = 1')
  const rows = book.q
    .prepare(
      `${ITEM_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.sort_order, u.code, i.code`
    )
    .all(...params) as ItemRow[]
  const stock = new Map(
    (
      book.q
        .prepare(
          'SELECT item_id, SUM(qty) AS qty, SUM(value) AS value FROM trade_stock WHERE date <= ? GROUP BY item_id'
        )
        .all(f.asOf ?? '9999-12-31') as { item_id: number; qty: number; value: number }[]
    ).map((s) => [s.item_id, { qty: s.qty, value: s.value }])
  )
  return rows.map((r) => toItem(r, stock.get(r.id) ?? { qty: 0, value: 0 }))
}

export function saveItem(ctx: CommandContext, input: CommandParsedInput<'trading.saveItem'>): TradeItem {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const def = ITEM_DEFAULTS[unit.code]
  const pick = (given: string | undefined, d: string | undefined, field: string, label: string, type: string) => {
    const code = given ?? d
    if (!code)
      throw new CommandError(
        'INVALID_INPUT',
        `${label}: wajib diisi untuk unit ${unit.code} (tidak ada akun bawaan)`,
        field
      )
    return accountId(book, code, field, label, type)
  }
  const inv = pick(input.inventoryAccount, def?.inventory, 'inventoryAccount', 'Akun persediaan', 'ASET')
  const revM = pick(
    input.revenueMemberAccount,
    def?.revenueMember,
    'revenueMemberAccount',
    'Akun penjualan anggota',
    'PENDAPATAN'
  )
  const revN = pick(
    input.revenueNonMemberAccount,
    def?.revenueNonMember,
    'revenueNonMemberAccount',
    'Akun penjualan bukan anggota',
    'PENDAPATAN'
  )
  const hpp = pick(input.hppAccount, def?.hpp, 'hppAccount', 'Akun HPP', 'BEBAN')
  const clash = book.q
    .prepare('SELECT id, name FROM trade_items WHERE code = ? AND id != ?')
    .get(input.code, input.id ?? 0) as { id: number; name: string } | undefined
  if (clash) throw new CommandError('CONFLICT', `Kode barang: ${input.code} sudah dipakai untuk ${clash.name}`, 'code')
  const at = nowIso(ctx)
  if (input.id) {
    const old = book.q
      .prepare('SELECT id, unit_id, inventory_account_id FROM trade_items WHERE id = ?')
      .get(input.id) as { id: number; unit_id: number; inventory_account_id: number } | undefined
    if (!old) throw new CommandError('NOT_FOUND', `Barang: barang dengan id ${input.id} tidak ditemukan`, 'id')
    const moved = book.q.prepare('SELECT 1 FROM trade_moves WHERE item_id = ? LIMIT 1').get(input.id) !== undefined
    if (moved && old.unit_id !== unit.id)
      throw new CommandError(
        'CONFLICT',
        'Unit usaha: barang yang sudah punya mutasi stok tidak dapat dipindah unit',
        'unit'
      )
    if (moved && old.inventory_account_id !== inv)
      throw new CommandError(
        'CONFLICT',
        'Akun persediaan: barang yang sudah punya mutasi stok tidak dapat dipindah akun persediaan',
        'inventoryAccount'
      )
    book.q
      .prepare(
        `UPDATE trade_items SET unit_id = ?, code = ?, name = ?, uom = ?, sell_price = ?, inventory_account_id = ?, revenue_member_account_id = ?,
                revenue_nonmember_account_id = ?, hpp_account_id = ?, is_active = ?, updated_at = ? WHERE id = ?`
      )
      .run(
        unit.id,
        input.code,
        input.name,
        input.uom,
        input.sellPrice,
        inv,
        revM,
        revN,
        hpp,
        input.active ? 1 : 0,
        at,
        input.id
      )
    return getItem(book, input.id)
  }
  const r = book.q
    .prepare(
      `INSERT INTO trade_items (unit_id, code, name, uom, sell_price, inventory_account_id, revenue_member_account_id, revenue_nonmember_account_id,
              hpp_account_id, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      unit.id,
      input.code,
      input.name,
      input.uom,
      input.sellPrice,
      inv,
      revM,
      revN,
      hpp,
      input.active ? 1 : 0,
      at,
      at
    )
  return getItem(book, Number(r.lastInsertRowid))
}

function supplierPayable(book: Book, supplierId: number, asOf = '9999-12-31'): number {
  return (
    book.q
      .prepare('SELECT COALESCE(SUM(ap_delta), 0) AS b FROM trade_docs WHERE supplier_id = ? AND date <= ?')
      .get(supplierId, asOf) as { b: number }
  ).b
}
function memberBon(book: Book, memberId: number, asOf = '9999-12-31'): number {
  return (
    book.q
      .prepare('SELECT COALESCE(SUM(ar_delta), 0) AS b FROM trade_docs WHERE member_id = ? AND date <= ?')
      .get(memberId, asOf) as { b: number }
  ).b
}

function supplierRow(book: Book, id: number, field = 'supplierId') {
  const r = book.q.prepare('SELECT id, name, phone, is_active FROM trade_suppliers WHERE id = ?').get(id) as
    { id: number; name: string; phone: string | null; is_active: number } | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Pemasok: pemasok dengan id ${id} tidak ditemukan`, field)
  return r
}

export function listSuppliers(book: Book, f: CommandParsedInput<'trading.suppliers'>): Supplier[] {
  const rows = book.q
    .prepare(
      `SELECT id, name, phone, is_active FROM trade_suppliers ${f.includeInactive ? '' : 'WHERE is_active = 1'} ORDER BY name`
    )
    .all() as { id: number; name: string; phone: string | null; is_active: number }[]
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: r.phone,
    active: r.is_active === 1,
    payable: supplierPayable(book, r.id, f.asOf)
  }))
}

export function saveSupplier(ctx: CommandContext, input: CommandParsedInput<'trading.saveSupplier'>): Supplier {
  const { book } = ctx
  let id = input.id
  if (id) {
    supplierRow(book, id, 'id')
    book.q
      .prepare('UPDATE trade_suppliers SET name = ?, phone = ?, is_active = ? WHERE id = ?')
      .run(input.name, input.phone, input.active ? 1 : 0, id)
  } else {
    id = Number(
      book.q
        .prepare('INSERT INTO trade_suppliers (name, phone, is_active, created_at) VALUES (?, ?, ?, ?)')
        .run(input.name, input.phone, input.active ? 1 : 0, nowIso(ctx)).lastInsertRowid
    )
  }
  const r = supplierRow(book, id)
  return { id: r.id, name: r.name, phone: r.phone, active: r.is_active === 1, payable: supplierPayable(book, r.id) }
}

// ---------------------------------------------------------------------------------------------
// Purchases

export function unitItem(book: Book, itemId: number, unit: { id: number; code: string }, i: number): ItemRow {
  const it = itemRow(book, itemId, `lines.${i}.itemId`)
  if (it.unit_id !== unit.id)
    throw new CommandError(
      'INVALID_INPUT',
      `Baris ${i + 1}: barang ${it.name} milik unit ${it.unit}, bukan ${unit.code}`,
      `lines.${i}.itemId`
    )
  return it
}

export function purchase(ctx: CommandContext, input: CommandParsedInput<'trading.purchase'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const sup = supplierRow(book, input.supplierId)
  if (!sup.is_active) throw new CommandError('INVALID_INPUT', `Pemasok: ${sup.name} tidak aktif`, 'supplierId')
  if (input.payment === 'TUNAI') assertTradeCash(book, input.cashAccount)
  noDuplicateItems(input.lines)
  const lines: Line[] = []
  const moves: NewMove[] = []
  let total = 0
  input.lines.forEach((l, i) => {
    const it = unitItem(book, l.itemId, unit, i)
    if (!it.is_active)
      throw new CommandError('INVALID_INPUT', `Baris ${i + 1}: barang ${it.name} tidak aktif`, `lines.${i}.itemId`)
    assertMovable(book, it, input.date, 'date')
    const value = lineAmount(l.qty, l.unitCost)
    total += value
    moves.push({ itemId: it.id, qty: l.qty, value, price: l.unitCost, amount: value })
    addLine(lines, {
      account: it.inventory,
      debit: value,
      credit: 0,
      memberId: null,
      unit: unit.code,
      pihak: null,
      memo: null
    })
  })
  if (total <= 0) throw new CommandError('INVALID_INPUT', 'Harga beli: jumlah pembelian harus lebih dari Rp0', 'lines')
  const docNo = nextDocNo(book, 'BELI', input.date)
  lines.push({
    account: input.payment === 'TUNAI' ? input.cashAccount : PAYABLE_ACCOUNT,
    debit: 0,
    credit: total,
    memberId: null,
    unit: unit.code,
    pihak: null,
    memo: `${docNo} ${sup.name}`
  })
  const entry = post(
    ctx,
    input.date,
    input.payment === 'TUNAI' ? 'KK' : 'JU',
    `Pembelian ${input.payment === 'TUNAI' ? 'tunai' : 'kredit'} ${docNo} dari ${sup.name}`,
    input.reference ?? docNo,
    lines
  )
  const id = insertDoc(
    ctx,
    {
      type: 'BELI',
      date: input.date,
      unitId: unit.id,
      supplierId: sup.id,
      payment: input.payment,
      cashAccount: input.payment === 'TUNAI' ? input.cashAccount : null,
      amount: total,
      apDelta: input.payment === 'KREDIT' ? total : 0,
      entryId: entry.id,
      reference: input.reference,
      note: input.note
    },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}

interface DocRow {
  id: number
  doc_no: string
  type: TradeDocType
  date: string
  unit_id: number | null
  unit: string | null
  supplier_id: number | null
  member_id: number | null
  payment: 'TUNAI' | 'KREDIT' | null
  cash_account: string | null
  amount: number
  hpp: number
  member_amount: number
  nonmember_amount: number
  ap_delta: number
  ar_delta: number
  original_id: number | null
  entry_id: number | null
  reference: string | null
  note: string | null
  paid: number | null
  created_at: string
  created_by: string
  cashier_name: string | null
}
function docRow(book: Book, id: number, field: string): DocRow {
  const r = book.q
    .prepare(
      'SELECT d.*, u.code AS unit, usr.full_name AS cashier_name FROM trade_docs d LEFT JOIN units u ON u.id = d.unit_id LEFT JOIN users usr ON usr.username = d.created_by WHERE d.id = ?'
    )
    .get(id) as DocRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Transaksi usaha dengan id ${id} tidak ditemukan`, field)
  return r
}

interface MoveRow {
  id: number
  item_id: number
  qty: number
  value: number
  price: number
  amount: number
  adjustment: number
}
/** The original line for an item, with what earlier returns already took from it. */
function originalLine(book: Book, docId: number, itemId: number, i: number, docNo: string, itemName: string) {
  const m = book.q
    .prepare(
      `SELECT m.id, m.item_id, m.qty, ${EFFECTIVE_VALUE_SQL} AS value, m.price, m.amount, m.adjustment FROM trade_moves m WHERE m.doc_id = ? AND m.item_id = ?`
    )
    .get(docId, itemId) as MoveRow | undefined
  if (!m)
    throw new CommandError(
      'INVALID_INPUT',
      `Baris ${i + 1}: barang ${itemName} tidak ada di ${docNo}`,
      `lines.${i}.itemId`
    )
  const done = book.q
    .prepare(
      `SELECT COALESCE(SUM(ABS(m.qty)), 0) AS qty, COALESCE(SUM(ABS(${EFFECTIVE_VALUE_SQL})), 0) AS value, COALESCE(SUM(m.amount), 0) AS amount FROM trade_moves m WHERE m.orig_move_id = ?`
    )
    .get(m.id) as { qty: number; value: number; amount: number }
  return { move: m, done }
}

export function purchaseReturn(ctx: CommandContext, input: CommandParsedInput<'trading.purchaseReturn'>): TradeDoc {
  const { book } = ctx
  const orig = docRow(book, input.purchaseId, 'purchaseId')
  if (orig.type !== 'BELI')
    throw new CommandError('INVALID_INPUT', `Pembelian: ${orig.doc_no} bukan transaksi pembelian`, 'purchaseId')
  if (input.date < orig.date)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: retur tidak boleh sebelum tanggal pembelian (${formatDateLong(orig.date)})`,
      'date'
    )
  const payment = input.payment ?? orig.payment ?? 'TUNAI'
  if (payment === 'TUNAI') assertTradeCash(book, input.cashAccount)
  const sup = supplierRow(book, orig.supplier_id!)
  noDuplicateItems(input.lines)
  const lines: Line[] = []
  const moves: NewMove[] = []
  let refund = 0
  input.lines.forEach((l, i) => {
    const it = itemRow(book, l.itemId, `lines.${i}.itemId`)
    const { move, done } = originalLine(book, orig.id, it.id, i, orig.doc_no, it.name)
    const left = move.qty - done.qty
    if (l.qty > left)
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: jumlah retur ${it.name} paling banyak ${formatQty(left)} ${it.uom} (sisa baris pembelian ${orig.doc_no})`,
        `lines.${i}.qty`
      )
    assertMovable(book, it, input.date, 'date')
    const s = stockOf(book, it.id, input.date)
    if (l.qty > s.qty)
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: stok ${it.name} tinggal ${formatQty(s.qty)} ${it.uom}`,
        `lines.${i}.qty`
      )
    const value = proRata(move.amount, move.qty, done.qty, done.amount, l.qty)
    const r = returnOut(s, l.qty, value)
    refund += value
    moves.push({
      itemId: it.id,
      qty: -l.qty,
      value: -r.credit,
      price: move.price,
      amount: value,
      adjustment: r.adjustment,
      origMoveId: move.id
    })
    addLine(lines, {
      account: it.inventory,
      debit: 0,
      credit: r.credit,
      memberId: null,
      unit: it.unit,
      pihak: null,
      memo: null
    })
    if (r.adjustment !== 0)
      addLine(
        lines,
        signedLine(it.hpp, -r.adjustment, {
          memberId: null,
          unit: it.unit,
          pihak: null,
          memo: 'Selisih harga beli dan harga pokok rata-rata'
        })
      )
  })
  if (refund <= 0) throw new CommandError('INVALID_INPUT', 'Jumlah: nilai retur harus lebih dari Rp0', 'lines')
  if (payment === 'KREDIT') {
    const owed = supplierPayable(book, sup.id)
    if (refund > owed)
      throw new CommandError(
        'INVALID_INPUT',
        `Pembayaran: sisa utang kepada ${sup.name} hanya ${formatRupiah(owed)}; catat retur ini sebagai TUNAI`,
        'payment'
      )
  }
  const docNo = nextDocNo(book, 'RETUR_BELI', input.date)
  lines.unshift({
    account: payment === 'TUNAI' ? input.cashAccount : PAYABLE_ACCOUNT,
    debit: refund,
    credit: 0,
    memberId: null,
    unit: orig.unit,
    pihak: null,
    memo: `${docNo} ${sup.name}`
  })
  const entry = post(
    ctx,
    input.date,
    payment === 'TUNAI' ? 'KM' : 'JU',
    `Retur pembelian ${orig.doc_no} ke ${sup.name}`,
    docNo,
    lines
  )
  const id = insertDoc(
    ctx,
    {
      type: 'RETUR_BELI',
      date: input.date,
      unitId: orig.unit_id,
      supplierId: sup.id,
      payment,
      cashAccount: payment === 'TUNAI' ? input.cashAccount : null,
      amount: refund,
      hpp: moves.reduce((t, m) => t + m.adjustment!, 0),
      apDelta: payment === 'KREDIT' ? -refund : 0,
      originalId: orig.id,
      entryId: entry.id,
      note: input.note
    },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}

export function paySupplier(ctx: CommandContext, input: CommandParsedInput<'trading.paySupplier'>): TradeDoc {
  const { book } = ctx
  const sup = supplierRow(book, input.supplierId)
  assertTradeCash(book, input.cashAccount)
  const owed = supplierPayable(book, sup.id)
  if (input.amount > owed)
    throw new CommandError('INVALID_INPUT', `Jumlah: sisa utang kepada ${sup.name} ${formatRupiah(owed)}`, 'amount')
  const docNo = nextDocNo(book, 'BAYAR_PEMASOK', input.date)
  const entry = post(ctx, input.date, 'KK', `Pembayaran utang usaha kepada ${sup.name} ${docNo}`, docNo, [
    {
      account: PAYABLE_ACCOUNT,
      debit: input.amount,
      credit: 0,
      memberId: null,
      unit: null,
      pihak: null,
      memo: sup.name
    },
    { account: input.cashAccount, debit: 0, credit: input.amount, memberId: null, unit: null, pihak: null, memo: null }
  ])
  const id = insertDoc(
    ctx,
    {
      type: 'BAYAR_PEMASOK',
      date: input.date,
      unitId: null,
      supplierId: sup.id,
      payment: 'TUNAI',
      cashAccount: input.cashAccount,
      amount: input.amount,
      apDelta: -input.amount,
      entryId: entry.id,
      note: input.note
    },
    docNo
  )
  return getDoc(book, id)
}

// ---------------------------------------------------------------------------------------------
// Sales

/** What a cash buyer handed over: the total when not given, never less; a bon has none. */
function salePaid(payment: 'TUNAI' | 'BON', paid: number | undefined, total: number): number | null {
  if (payment === 'BON') {
    if (paid !== undefined)
      throw new CommandError(
        'INVALID_INPUT',
        'Dibayar: penjualan bon tidak dibayar di kasir; kosongkan atau pilih tunai',
        'paid'
      )
    return null
  }
  if (paid === undefined) return total
  if (paid < total)
    throw new CommandError(
      'INVALID_INPUT',
      `Dibayar: kurang dari jumlah belanja ${formatRupiah(total)} (kurang ${formatRupiah(total - paid)})`,
      'paid'
    )
  return paid
}

export function sell(ctx: CommandContext, input: CommandParsedInput<'trading.sell'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const member = input.memberId === null ? null : activeMember(book, input.memberId, 'memberId')
  if (input.payment === 'BON' && !member)
    throw new CommandError(
      'INVALID_INPUT',
      'Pembayaran: bon (kredit) hanya untuk anggota; pilih anggota atau bayar tunai',
      'payment'
    )
  if (input.payment === 'TUNAI') assertTradeCash(book, input.cashAccount)
  noDuplicateItems(input.lines)
  const pihak: Pihak = member ? 'ANGGOTA' : 'NON_ANGGOTA'
  const memberId = member?.id ?? null
  const revenue: Line[] = []
  const cost: Line[] = []
  const moves: NewMove[] = []
  let total = 0
  let hpp = 0
  input.lines.forEach((l, i) => {
    const it = unitItem(book, l.itemId, unit, i)
    if (!it.is_active)
      throw new CommandError('INVALID_INPUT', `Baris ${i + 1}: barang ${it.name} tidak aktif`, `lines.${i}.itemId`)
    assertMovable(book, it, input.date, 'date')
    const s = stockOf(book, it.id, input.date)
    if (l.qty > s.qty) {
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: stok ${it.name} tidak cukup; tersedia ${formatQty(s.qty)} ${it.uom}, diminta ${formatQty(l.qty)} ${it.uom}`,
        `lines.${i}.qty`
      )
    }
    const price = l.price ?? it.sell_price
    const amount = lineAmount(l.qty, price)
    const { cost: c } = issue(s, l.qty)
    total += amount
    hpp += c
    moves.push({ itemId: it.id, qty: -l.qty, value: -c, price, amount })
    addLine(revenue, {
      account: member ? it.revenue_member : it.revenue_nonmember,
      debit: 0,
      credit: amount,
      memberId,
      unit: unit.code,
      pihak,
      memo: null
    })
    addLine(cost, { account: it.hpp, debit: c, credit: 0, memberId, unit: unit.code, pihak, memo: null })
    addLine(cost, {
      account: it.inventory,
      debit: 0,
      credit: c,
      memberId: null,
      unit: unit.code,
      pihak: null,
      memo: null
    })
  })
  if (total <= 0) throw new CommandError('INVALID_INPUT', 'Harga: jumlah penjualan harus lebih dari Rp0', 'lines')
  const paid = salePaid(input.payment, input.paid, total)
  const docNo = nextDocNo(book, 'JUAL', input.date)
  const buyer = member ? `${member.memberNo} ${member.name}` : 'bukan anggota'
  const debit: Line = {
    account: input.payment === 'BON' ? RECEIVABLE_ACCOUNT : input.cashAccount,
    debit: total,
    credit: 0,
    memberId,
    unit: unit.code,
    pihak: null,
    memo: docNo
  }
  const entry = post(
    ctx,
    input.date,
    input.payment === 'BON' ? 'JU' : 'KM',
    `Penjualan ${input.payment === 'BON' ? 'bon' : 'tunai'} ${docNo} ${unit.code} – ${buyer}`,
    input.reference ?? docNo,
    [debit, ...revenue, ...cost]
  )
  const id = insertDoc(
    ctx,
    {
      type: 'JUAL',
      date: input.date,
      unitId: unit.id,
      memberId,
      payment: input.payment === 'BON' ? 'KREDIT' : 'TUNAI',
      cashAccount: input.payment === 'TUNAI' ? input.cashAccount : null,
      amount: total,
      hpp,
      memberAmount: member ? total : 0,
      nonMemberAmount: member ? 0 : total,
      arDelta: input.payment === 'BON' ? total : 0,
      entryId: entry.id,
      reference: input.reference,
      note: input.note,
      paid
    },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}

export function saleReturn(ctx: CommandContext, input: CommandParsedInput<'trading.saleReturn'>): TradeDoc {
  const { book } = ctx
  const orig = docRow(book, input.saleId, 'saleId')
  if (orig.type !== 'JUAL')
    throw new CommandError('INVALID_INPUT', `Penjualan: ${orig.doc_no} bukan transaksi penjualan`, 'saleId')
  if (input.date < orig.date)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: retur tidak boleh sebelum tanggal penjualan (${formatDateLong(orig.date)})`,
      'date'
    )
  const payment = input.payment ?? (orig.payment === 'KREDIT' ? 'BON' : 'TUNAI')
  if (payment === 'BON' && orig.member_id === null)
    throw new CommandError('INVALID_INPUT', 'Pembayaran: bon hanya untuk anggota', 'payment')
  if (payment === 'TUNAI') assertTradeCash(book, input.cashAccount)
  noDuplicateItems(input.lines)
  const memberId = orig.member_id
  const pihak: Pihak = memberId ? 'ANGGOTA' : 'NON_ANGGOTA'
  const unit = orig.unit
  const rev: Line[] = []
  const cost: Line[] = []
  const moves: NewMove[] = []
  let refund = 0
  let hpp = 0
  input.lines.forEach((l, i) => {
    const it = itemRow(book, l.itemId, `lines.${i}.itemId`)
    const { move, done } = originalLine(book, orig.id, it.id, i, orig.doc_no, it.name)
    const sold = -move.qty
    const left = sold - done.qty
    if (l.qty > left)
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: jumlah retur ${it.name} paling banyak ${formatQty(left)} ${it.uom} (sisa baris penjualan ${orig.doc_no})`,
        `lines.${i}.qty`
      )
    assertMovable(book, it, input.date, 'date')
    const c = proRata(-move.value, sold, done.qty, done.value, l.qty)
    const amount = proRata(move.amount, sold, done.qty, done.amount, l.qty)
    refund += amount
    hpp += c
    moves.push({ itemId: it.id, qty: l.qty, value: c, price: move.price, amount, origMoveId: move.id })
    addLine(rev, { account: SALES_RETURN_ACCOUNT, debit: amount, credit: 0, memberId, unit, pihak, memo: null })
    addLine(cost, { account: it.inventory, debit: c, credit: 0, memberId: null, unit, pihak: null, memo: null })
    addLine(cost, { account: it.hpp, debit: 0, credit: c, memberId, unit, pihak, memo: null })
  })
  if (refund <= 0) throw new CommandError('INVALID_INPUT', 'Jumlah: nilai retur harus lebih dari Rp0', 'lines')
  if (payment === 'BON') {
    const bon = memberBon(book, memberId!)
    if (refund > bon)
      throw new CommandError(
        'INVALID_INPUT',
        `Pembayaran: sisa bon anggota hanya ${formatRupiah(bon)}; kembalikan uangnya secara TUNAI`,
        'payment'
      )
  }
  const docNo = nextDocNo(book, 'RETUR_JUAL', input.date)
  const credit: Line = {
    account: payment === 'BON' ? RECEIVABLE_ACCOUNT : input.cashAccount,
    debit: 0,
    credit: refund,
    memberId,
    unit,
    pihak: null,
    memo: docNo
  }
  const entry = post(ctx, input.date, payment === 'BON' ? 'JU' : 'KK', `Retur penjualan ${orig.doc_no}`, docNo, [
    ...rev,
    credit,
    ...cost
  ])
  const id = insertDoc(
    ctx,
    {
      type: 'RETUR_JUAL',
      date: input.date,
      unitId: orig.unit_id,
      memberId,
      payment: payment === 'BON' ? 'KREDIT' : 'TUNAI',
      cashAccount: payment === 'TUNAI' ? input.cashAccount : null,
      amount: refund,
      hpp,
      memberAmount: memberId ? refund : 0,
      nonMemberAmount: memberId ? 0 : refund,
      arDelta: payment === 'BON' ? -refund : 0,
      originalId: orig.id,
      entryId: entry.id,
      note: input.note
    },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}

export function payBon(ctx: CommandContext, input: CommandParsedInput<'trading.payBon'>): TradeDoc {
  const { book } = ctx
  const m = getMember(book, { id: input.memberId }, 'memberId')
  assertTradeCash(book, input.cashAccount)
  const bon = memberBon(book, m.id)
  if (input.amount > bon)
    throw new CommandError('INVALID_INPUT', `Jumlah: sisa bon ${m.name} ${formatRupiah(bon)}`, 'amount')
  const docNo = nextDocNo(book, 'BAYAR_BON', input.date)
  const entry = post(ctx, input.date, 'KM', `Pembayaran bon ${m.memberNo} ${m.name} ${docNo}`, docNo, [
    { account: input.cashAccount, debit: input.amount, credit: 0, memberId: m.id, unit: null, pihak: null, memo: null },
    {
      account: RECEIVABLE_ACCOUNT,
      debit: 0,
      credit: input.amount,
      memberId: m.id,
      unit: null,
      pihak: null,
      memo: docNo
    }
  ])
  const id = insertDoc(
    ctx,
    {
      type: 'BAYAR_BON',
      date: input.date,
      unitId: null,
      memberId: m.id,
      payment: 'TUNAI',
      cashAccount: input.cashAccount,
      amount: input.amount,
      arDelta: -input.amount,
      entryId: entry.id,
      note: input.note
    },
    docNo
  )
  return getDoc(book, id)
}

export function dailySales(ctx: CommandContext, input: CommandParsedInput<'trading.dailySales'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const def = ITEM_DEFAULTS[unit.code]
  const need = (given: string | undefined, d: string | undefined, field: string, label: string, type: string) => {
    const code = given ?? d
    if (!code)
      throw new CommandError(
        'INVALID_INPUT',
        `${label}: wajib diisi untuk unit ${unit.code} (tidak ada akun bawaan)`,
        field
      )
    accountId(book, code, field, label, type)
    return code
  }
  const total = input.memberAmount + input.nonMemberAmount
  if (total <= 0)
    throw new CommandError(
      'INVALID_INPUT',
      'Penjualan anggota: isi penjualan anggota dan/atau bukan anggota (lebih dari Rp0)',
      'memberAmount'
    )
  assertTradeCash(book, input.cashAccount)
  const lines: Line[] = [
    { account: input.cashAccount, debit: total, credit: 0, memberId: null, unit: unit.code, pihak: null, memo: null }
  ]
  if (input.memberAmount > 0)
    lines.push({
      account: need(
        input.revenueMemberAccount,
        def?.revenueMember,
        'revenueMemberAccount',
        'Akun penjualan anggota',
        'PENDAPATAN'
      ),
      debit: 0,
      credit: input.memberAmount,
      memberId: null,
      unit: unit.code,
      pihak: 'ANGGOTA',
      memo: null
    })
  if (input.nonMemberAmount > 0)
    lines.push({
      account: need(
        input.revenueNonMemberAccount,
        def?.revenueNonMember,
        'revenueNonMemberAccount',
        'Akun penjualan bukan anggota',
        'PENDAPATAN'
      ),
      debit: 0,
      credit: input.nonMemberAmount,
      memberId: null,
      unit: unit.code,
      pihak: 'NON_ANGGOTA',
      memo: null
    })
  let invId: number | null = null
  if (input.hppAmount > 0) {
    const inv = need(input.inventoryAccount, def?.inventory, 'inventoryAccount', 'Akun persediaan', 'ASET')
    invId = accountId(book, inv, 'inventoryAccount', 'Akun persediaan', 'ASET')
    lines.push({
      account: need(input.hppAccount, def?.hpp, 'hppAccount', 'Akun HPP', 'BEBAN'),
      debit: input.hppAmount,
      credit: 0,
      memberId: null,
      unit: unit.code,
      pihak: null,
      memo: 'HPP penjualan harian'
    })
    lines.push({
      account: inv,
      debit: 0,
      credit: input.hppAmount,
      memberId: null,
      unit: unit.code,
      pihak: null,
      memo: 'HPP penjualan harian'
    })
  }
  const docNo = nextDocNo(book, 'HARIAN', input.date)
  const entry = post(
    ctx,
    input.date,
    'KM',
    `Penjualan harian ${unit.name} ${formatDateLong(input.date)} ${docNo}`,
    docNo,
    lines
  )
  const id = insertDoc(
    ctx,
    {
      type: 'HARIAN',
      date: input.date,
      unitId: unit.id,
      payment: 'TUNAI',
      cashAccount: input.cashAccount,
      amount: total,
      hpp: input.hppAmount,
      memberAmount: input.memberAmount,
      nonMemberAmount: input.nonMemberAmount,
      inventoryAccountId: invId,
      entryId: entry.id,
      note: input.note
    },
    docNo
  )
  return getDoc(book, id)
}

export function service(ctx: CommandContext, input: CommandParsedInput<'trading.service'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const member = input.memberId === null ? null : activeMember(book, input.memberId, 'memberId')
  if (input.payment === 'BON' && !member)
    throw new CommandError(
      'INVALID_INPUT',
      'Pembayaran: bon (kredit) hanya untuk anggota; pilih anggota atau bayar tunai',
      'payment'
    )
  if (input.payment === 'TUNAI') assertTradeCash(book, input.cashAccount)
  const def = SERVICE_DEFAULTS[unit.code]
  const revenue = input.revenueAccount ?? (def ? def[member ? 0 : 1] : undefined)
  if (!revenue)
    throw new CommandError(
      'INVALID_INPUT',
      `Akun pendapatan: wajib diisi untuk unit ${unit.code} (tidak ada akun bawaan)`,
      'revenueAccount'
    )
  accountId(book, revenue, 'revenueAccount', 'Akun pendapatan', 'PENDAPATAN')
  const memberId = member?.id ?? null
  const docNo = nextDocNo(book, 'JASA', input.date)
  const entry = post(
    ctx,
    input.date,
    input.payment === 'BON' ? 'JU' : 'KM',
    `${input.description} ${docNo}${member ? ` – ${member.memberNo} ${member.name}` : ''}`,
    input.reference ?? docNo,
    [
      {
        account: input.payment === 'BON' ? RECEIVABLE_ACCOUNT : input.cashAccount,
        debit: input.amount,
        credit: 0,
        memberId,
        unit: unit.code,
        pihak: null,
        memo: docNo
      },
      {
        account: revenue,
        debit: 0,
        credit: input.amount,
        memberId,
        unit: unit.code,
        pihak: member ? 'ANGGOTA' : 'NON_ANGGOTA',
        memo: input.description
      }
    ]
  )
  const id = insertDoc(
    ctx,
    {
      type: 'JASA',
      date: input.date,
      unitId: unit.id,
      memberId,
      payment: input.payment === 'BON' ? 'KREDIT' : 'TUNAI',
      cashAccount: input.payment === 'TUNAI' ? input.cashAccount : null,
      amount: input.amount,
      memberAmount: member ? input.amount : 0,
      nonMemberAmount: member ? 0 : input.amount,
      arDelta: input.payment === 'BON' ? input.amount : 0,
      entryId: entry.id,
      reference: input.reference,
      note: input.description
    },
    docNo
  )
  return getDoc(book, id)
}

// ---------------------------------------------------------------------------------------------
// Stock count

export function opname(ctx: CommandContext, input: CommandParsedInput<'trading.opname'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  noDuplicateItems(input.lines)
  const lines: Line[] = []
  const moves: NewMove[] = []
  let net = 0
  input.lines.forEach((l, i) => {
    const it = unitItem(book, l.itemId, unit, i)
    assertMovable(book, it, input.date, 'date')
    const s = stockOf(book, it.id, input.date)
    const diff = l.countedQty - s.qty
    let value = 0
    if (diff < 0) value = -issue(s, -diff).cost
    else if (diff > 0) {
      const last = book.q
        .prepare(
          `SELECT m.price FROM trade_moves m JOIN trade_docs d ON d.id = m.doc_id WHERE m.item_id = ? AND d.type IN ('BELI', 'AWAL') AND m.date <= ? ORDER BY m.date DESC, m.id DESC LIMIT 1`
        )
        .get(it.id, input.date) as { price: number } | undefined
      value = foundValue(s, diff, last?.price ?? 0)
    }
    net += value
    moves.push({ itemId: it.id, qty: diff, value, counted: l.countedQty })
    if (value !== 0) {
      addLine(lines, signedLine(it.inventory, value, { memberId: null, unit: unit.code, pihak: null, memo: null }))
      addLine(
        lines,
        signedLine(STOCK_DIFFERENCE_ACCOUNT, -value, { memberId: null, unit: unit.code, pihak: null, memo: null })
      )
    }
  })
  const docNo = nextDocNo(book, 'OPNAME', input.date)
  const entry = lines.length
    ? post(ctx, input.date, 'JU', `Stok opname ${unit.name} ${formatDateLong(input.date)} ${docNo}`, docNo, lines)
    : null
  const id = insertDoc(
    ctx,
    {
      type: 'OPNAME',
      date: input.date,
      unitId: unit.id,
      amount: Math.abs(net),
      hpp: -net,
      entryId: entry?.id ?? null,
      note: input.note
    },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}

export function countSheet(book: Book, unitCode: string, asOf: string) {
  const unit = book.q.prepare('SELECT id, code, name FROM units WHERE code = ?').get(unitCode) as
    { id: number; code: string; name: string } | undefined
  if (!unit) throw new CommandError('NOT_FOUND', `Unit usaha: ${unitCode} tidak ditemukan`, 'unit')
  const rows = listItems(book, { unit: unit.code, asOf, includeInactive: false }).map((i) => ({
    itemId: i.id,
    code: i.code,
    name: i.name,
    uom: i.uom,
    qty: i.stock.qty,
    avgCost: i.stock.avgCost,
    value: i.stock.value
  }))
  return { unit: unit.code, unitName: unit.name, asOf, rows, totalValue: rows.reduce((t, r) => t + r.value, 0) }
}

// ---------------------------------------------------------------------------------------------
// Queries

export function getDoc(book: Book, id: number): TradeDoc {
  const r = docRow(book, id, 'id')
  const sup = r.supplier_id ? supplierRow(book, r.supplier_id) : null
  const m = r.member_id ? getMember(book, { id: r.member_id }) : null
  const entry = r.entry_id
    ? (book.q.prepare('SELECT number FROM journal_entries WHERE id = ?').get(r.entry_id) as { number: string }).number
    : null
  const orig = r.original_id
    ? (book.q.prepare('SELECT doc_no FROM trade_docs WHERE id = ?').get(r.original_id) as { doc_no: string }).doc_no
    : null
  const moves = book.q
    .prepare(
      'SELECT m.id, m.item_id, m.qty, m.value, m.price, m.amount, m.counted, i.code, i.name, i.uom FROM trade_moves m JOIN trade_items i ON i.id = m.item_id WHERE m.doc_id = ? ORDER BY m.id'
    )
    .all(r.id) as {
    id: number
    item_id: number
    qty: number
    value: number
    price: number
    amount: number
    counted: number | null
    code: string
    name: string
    uom: string
  }[]
  return {
    id: r.id,
    docNo: r.doc_no,
    type: r.type,
    date: r.date,
    unit: r.unit,
    supplier: sup ? { id: sup.id, name: sup.name } : null,
    member: m ? { id: m.id, memberNo: m.memberNo, name: m.name } : null,
    payment: r.payment,
    cashAccount: r.cash_account,
    amount: r.amount,
    hpp: r.hpp,
    memberAmount: r.member_amount,
    nonMemberAmount: r.nonmember_amount,
    originalDocNo: orig,
    entryNumber: entry,
    reference: r.reference,
    note: r.note,
    lines: moves.map((x) => ({
      itemId: x.item_id,
      code: x.code,
      name: x.name,
      uom: x.uom,
      qty: qtyString(Math.abs(x.qty)),
      price: x.price,
      amount: x.amount,
      cost: Math.abs(x.value),
      counted: x.counted === null ? null : qtyString(x.counted),
      moveId: x.id
    })),
    amountInWords: r.amount > 0 ? terbilangRupiah(r.amount) : 'nol rupiah',
    paid: r.paid,
    change: r.paid === null ? null : r.paid - r.amount,
    recordedAt: r.created_at,
    cashier: r.cashier_name ?? r.created_by,
    hppCorrection: -(
      book.q.prepare('SELECT COALESCE(SUM(value), 0) AS v FROM trade_cost_corrections WHERE doc_id = ?').get(r.id) as {
        v: number
      }
    ).v,
    opening: r.type === 'AWAL' ? openingParts(book, r) : null,
    returned:
      r.type === 'JUAL' || r.type === 'BELI'
        ? (
            book.q
              .prepare(
                'SELECT o.item_id AS itemId, SUM(ABS(x.qty)) AS qty FROM trade_moves o JOIN trade_moves x ON x.orig_move_id = o.id WHERE o.doc_id = ? GROUP BY o.item_id ORDER BY o.id'
              )
              .all(r.id) as { itemId: number; qty: number }[]
          ).map((x) => ({ itemId: x.itemId, qty: qtyString(x.qty) }))
        : []
  }
}

/** Opening stock: what its entry posted against the offset account; the rest detailed a balance already in the ledger. */
function openingParts(book: Book, r: DocRow): { itemized: number; posted: number; offsetAccount: string | null } {
  const credit = r.entry_id
    ? (book.q
        .prepare(
          'SELECT a.code, SUM(l.credit) AS credit FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? AND l.credit > 0 GROUP BY a.code'
        )
        .get(r.entry_id) as { code: string; credit: number } | undefined)
    : undefined
  const posted = credit?.credit ?? 0
  return { itemized: r.amount - posted, posted, offsetAccount: credit?.code ?? null }
}

export function listDocs(book: Book, f: CommandParsedInput<'trading.docs'>): TradeDoc[] {
  const where: string[] = []
  const params: unknown[] = []
  if (f.type) {
    where.push('d.type = ?')
    params.push(f.type)
  }
  if (f.from) {
    where.push('d.date >= ?')
    params.push(f.from)
  }
  if (f.to) {
    where.push('d.date <= ?')
    params.push(f.to)
  }
  if (f.unit) {
    where.push('u.code = ?')
    params.push(f.unit)
  }
  if (f.memberId) {
    where.push('d.member_id = ?')
    params.push(f.memberId)
  }
  if (f.supplierId) {
    where.push('d.supplier_id = ?')
    params.push(f.supplierId)
  }
  const ids = book.q
    .prepare(
      `SELECT d.id FROM trade_docs d LEFT JOIN units u ON u.id = d.unit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.date DESC, d.id DESC LIMIT ?`
    )
    .all(...params, f.limit) as { id: number }[]
  return ids.map((r) => getDoc(book, r.id))
}

export function stockCard(book: Book, input: CommandParsedInput<'trading.stockCard'>) {
  const item = getItem(book, input.itemId, input.to)
  const opening = input.from ? stockOf(book, item.id, dayBefore(input.from)) : { qty: 0, value: 0 }
  const rows = book.q
    .prepare(
      `SELECT m.qty, ${EFFECTIVE_VALUE_SQL} AS value, ${EFFECTIVE_VALUE_SQL} - m.value AS correction, m.date, d.id AS doc_id, d.doc_no, d.type
              FROM trade_moves m JOIN trade_docs d ON d.id = m.doc_id
              WHERE m.item_id = ? AND m.date >= ? AND m.date <= ? ORDER BY m.date, m.id`
    )
    .all(item.id, input.from ?? '0000-01-01', input.to ?? '9999-12-31') as {
    qty: number
    value: number
    correction: number
    date: string
    doc_id: number
    doc_no: string
    type: TradeDocType
  }[]
  let q = opening.qty
  let v = opening.value
  return {
    item,
    from: input.from ?? null,
    to: input.to ?? null,
    opening: { qty: qtyString(opening.qty), value: opening.value },
    rows: rows.map((r) => {
      q += r.qty
      v += r.value
      return {
        date: r.date,
        docId: r.doc_id,
        docNo: r.doc_no,
        type: r.type,
        qtyIn: qtyString(Math.max(r.qty, 0)),
        qtyOut: qtyString(Math.max(-r.qty, 0)),
        value: r.value,
        balanceQty: qtyString(q),
        balanceValue: v,
        correction: r.correction
      }
    }),
    closing: { qty: qtyString(q), value: v }
  }
}

/**
 * Sales per day and unit from the sales sub-ledger: goods sold (JUAL) and daily till totals (HARIAN)
 * split member / non-member, less sales returns; HPP likewise. The gerai's daily sales book.
 */
export function salesByDay(
  book: Book,
  from: string,
  to: string,
  unit?: string
): {
  date: string
  unit: string
  unitName: string
  count: number
  member: number
  nonMember: number
  returns: number
  net: number
  hpp: number
}[] {
  const rows = book.q
    .prepare(
      `SELECT d.date, u.code AS unit, u.name AS unit_name,
              SUM(CASE WHEN d.type IN ('JUAL', 'HARIAN') THEN 1 ELSE 0 END) AS n,
              SUM(CASE WHEN d.type IN ('JUAL', 'HARIAN') THEN d.member_amount ELSE 0 END) AS member,
              SUM(CASE WHEN d.type IN ('JUAL', 'HARIAN') THEN d.nonmember_amount ELSE 0 END) AS nonmember,
              SUM(CASE WHEN d.type = 'RETUR_JUAL' THEN d.amount ELSE 0 END) AS returns,
              SUM(CASE WHEN d.type = 'RETUR_JUAL' THEN -d.hpp ELSE d.hpp END)
                - SUM((SELECT COALESCE(SUM(c.value), 0) FROM trade_cost_corrections c WHERE c.doc_id = d.id)) AS hpp
       FROM trade_docs d JOIN units u ON u.id = d.unit_id
       WHERE d.type IN ('JUAL', 'HARIAN', 'RETUR_JUAL') AND d.date >= ? AND d.date <= ? ${unit ? 'AND u.code = ?' : ''}
       GROUP BY d.date, u.id ORDER BY u.sort_order, u.code, d.date`
    )
    .all(from, to, ...(unit ? [unit] : [])) as {
    date: string
    unit: string
    unit_name: string
    n: number
    member: number
    nonmember: number
    returns: number
    hpp: number
  }[]
  return rows.map((r) => ({
    date: r.date,
    unit: r.unit,
    unitName: r.unit_name,
    count: r.n,
    member: r.member,
    nonMember: r.nonmember,
    returns: r.returns,
    net: r.member + r.nonmember - r.returns,
    hpp: r.hpp
  }))
}

/**
 * Each member's business with the cooperative in a year — goods sold to them plus services, less
 * their returns — the participation basis of SHU "jasa usaha" (DOMAIN.md §5). Daily totals carry no
 * member and are not included.
 */
export function memberPurchases(
  book: Book,
  year: number
): { memberId: number; memberNo: string; name: string; amount: number }[] {
  return (
    book.q
      .prepare(
        `SELECT d.member_id AS memberId, m.member_no AS memberNo, m.name,
                SUM(CASE WHEN d.type = 'RETUR_JUAL' THEN -d.amount ELSE d.amount END) AS amount
              FROM trade_docs d JOIN members m ON m.id = d.member_id
              WHERE d.type IN ('JUAL','JASA','RETUR_JUAL') AND substr(d.date, 1, 4) = ?
              GROUP BY d.member_id ORDER BY m.member_no`
      )
      .all(String(year)) as { memberId: number; memberNo: string; name: string; amount: number }[]
  ).filter((r) => r.amount !== 0)
}

/** Revenue by unit and account, split by the `pihak` on each journal line (returns on 4-2109 subtract). */
export function revenueSplit(book: Book, from: string, to: string) {
  const rows = book.q
    .prepare(
      `SELECT COALESCE(u.code, '-') AS unit, a.code AS account, a.name AS accountName,
                SUM(CASE WHEN l.pihak = 'ANGGOTA' THEN l.credit - l.debit ELSE 0 END) AS member,
                SUM(CASE WHEN l.pihak = 'NON_ANGGOTA' THEN l.credit - l.debit ELSE 0 END) AS nonMember,
                SUM(CASE WHEN l.pihak IS NULL THEN l.credit - l.debit ELSE 0 END) AS unassigned
              FROM journal_lines l JOIN accounts a ON a.id = l.account_id LEFT JOIN units u ON u.id = l.unit_id
              JOIN journal_entries e ON e.id = l.entry_id
              WHERE a.type = 'PENDAPATAN' AND l.date >= ? AND l.date <= ? AND e.series != 'JP'
              GROUP BY u.code, a.code ORDER BY unit, a.code`
    )
    .all(from, to) as {
    unit: string
    account: string
    accountName: string
    member: number
    nonMember: number
    unassigned: number
  }[]
  const totals = rows.reduce(
    (t, r) => ({
      member: t.member + r.member,
      nonMember: t.nonMember + r.nonMember,
      unassigned: t.unassigned + r.unassigned
    }),
    { member: 0, nonMember: 0, unassigned: 0 }
  )
  return { from, to, rows, totals }
}

export function parties(book: Book, asOf = '9999-12-31') {
  const suppliers = book.q
    .prepare(
      'SELECT s.id AS supplierId, s.name, SUM(d.ap_delta) AS payable FROM trade_docs d JOIN trade_suppliers s ON s.id = d.supplier_id WHERE d.date <= ? GROUP BY s.id HAVING payable != 0 ORDER BY s.name'
    )
    .all(asOf) as { supplierId: number; name: string; payable: number }[]
  const members = book.q
    .prepare(
      'SELECT m.id AS memberId, m.member_no AS memberNo, m.name, SUM(d.ar_delta) AS bon FROM trade_docs d JOIN members m ON m.id = d.member_id WHERE d.date <= ? GROUP BY m.id HAVING bon != 0 ORDER BY m.member_no'
    )
    .all(asOf) as { memberId: number; memberNo: string; name: string; bon: number }[]
  return { suppliers, members }
}

export function ledgerBalance(book: Book, code: string, asOf: string): number {
  return (
    book.q
      .prepare(
        'SELECT COALESCE(SUM(l.debit) - SUM(l.credit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND l.date <= ?'
      )
      .get(code, asOf) as { b: number }
  ).b
}

/** Per inventory account, the items' stock values less daily-total HPP (which leaves the account without an item). */
export function inventorySubledger(book: Book, asOf: string): { account: string; sub: number }[] {
  return book.q
    .prepare(
      `SELECT a.code AS account, SUM(x.v) AS sub FROM (
                SELECT i.inventory_account_id AS acc, m.value AS v FROM trade_stock m JOIN trade_items i ON i.id = m.item_id WHERE m.date <= ?
                UNION ALL SELECT inventory_account_id, -hpp FROM trade_docs WHERE type = 'HARIAN' AND inventory_account_id IS NOT NULL AND date <= ?
              ) x JOIN accounts a ON a.id = x.acc GROUP BY a.code ORDER BY a.code`
    )
    .all(asOf, asOf) as { account: string; sub: number }[]
}

/**
 * Sub-ledgers against the general ledger (mirrors loansTieOut): supplier payables against 2-1301,
 * member bon against 1-1501, and per inventory account the items' stock values (less daily-total HPP,
 * which leaves the account without an item). Manual journals on these accounts show up here.
 */
export function tradingTieOut(book: Book, asOf = '9999-12-31') {
  const ap = (
    book.q.prepare('SELECT COALESCE(SUM(ap_delta), 0) AS b FROM trade_docs WHERE date <= ?').get(asOf) as { b: number }
  ).b
  const ar = (
    book.q.prepare('SELECT COALESCE(SUM(ar_delta), 0) AS b FROM trade_docs WHERE date <= ?').get(asOf) as { b: number }
  ).b
  const apLedger = -ledgerBalance(book, PAYABLE_ACCOUNT, asOf)
  const arLedger = ledgerBalance(book, RECEIVABLE_ACCOUNT, asOf)
  const inventory = inventorySubledger(book, asOf).map((r) => {
    const ledger = ledgerBalance(book, r.account, asOf)
    return { account: r.account, ledger, subledger: r.sub, difference: ledger - r.sub }
  })
  const payables = { account: PAYABLE_ACCOUNT, ledger: apLedger, subledger: ap, difference: apLedger - ap }
  const receivables = { account: RECEIVABLE_ACCOUNT, ledger: arLedger, subledger: ar, difference: arLedger - ar }
  return {
    payables,
    receivables,
    inventory,
    ok: payables.difference === 0 && receivables.difference === 0 && inventory.every((i) => i.difference === 0)
  }
}
