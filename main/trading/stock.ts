import { CommandError } from '../../shared/errors'
import type { CostCorrection, TradeDocType } from '../../shared/commands/trading'
import { formatDateLong, formatMonth } from '../../shared/dates/format'
import { formatQty, issueCost, proRata, returnOut, type StockState } from '../../shared/trading/cost'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { isMonthLocked } from '../ledger/periods'

/** Source of every journal entry the trading module posts (journal.list { source: 'USAHA' }). */
export const TRADING_SOURCE = 'USAHA'

export type Pihak = 'ANGGOTA' | 'NON_ANGGOTA'
export interface Line {
  account: string
  debit: number
  credit: number
  memberId: number | null
  unit: string | null
  pihak: Pihak | null
  memo: string | null
}

/** Adds an amount to the line for the same account/side/pihak/member, so a sale of 20 items posts a few lines. */
export function addLine(lines: Line[], l: Line): void {
  if (l.debit === 0 && l.credit === 0) return
  const side = l.debit > 0 ? 'D' : 'K'
  const same = lines.find(
    (x) =>
      x.account === l.account &&
      (x.debit > 0 ? 'D' : 'K') === side &&
      x.pihak === l.pihak &&
      x.memberId === l.memberId &&
      x.unit === l.unit
  )
  if (same) {
    same.debit += l.debit
    same.credit += l.credit
  } else lines.push({ ...l })
}

/** Net a debit/credit on one account+unit (for adjustments that may go either way). */
export function signedLine(account: string, amount: number, rest: Omit<Line, 'account' | 'debit' | 'credit'>): Line {
  return amount >= 0 ? { account, debit: amount, credit: 0, ...rest } : { account, debit: 0, credit: -amount, ...rest }
}

/** Stock of an item at the end of a day, with every cost correction dated on or before it. */
export function stockOf(book: Book, itemId: number, asOf = '9999-12-31'): StockState {
  return book.q
    .prepare(
      'SELECT COALESCE(SUM(qty), 0) AS qty, COALESCE(SUM(value), 0) AS value FROM trade_stock WHERE item_id = ? AND date <= ?'
    )
    .get(itemId, asOf) as StockState
}

/** A movement's value as corrected: the recorded value plus its cost corrections. */
export const EFFECTIVE_VALUE_SQL =
  '(m.value + COALESCE((SELECT SUM(c.value) FROM trade_cost_corrections c WHERE c.move_id = m.id), 0))'

export function effectiveValue(book: Book, moveId: number): number {
  return (
    book.q.prepare(`SELECT ${EFFECTIVE_VALUE_SQL} AS v FROM trade_moves m WHERE m.id = ?`).get(moveId) as { v: number }
  ).v
}

interface ItemRef {
  id: number
  name: string
  uom: string
}

/**
 * Movements may be entered in any date order, but not before the item's opening stock or its last
 * stock count: a count fixes the quantity on its date, and a movement before it would make the
 * counted and the book quantity disagree (DOMAIN §2.1 perpetual stock; issue 20 point 2).
 */
export function assertMovable(book: Book, item: ItemRef, date: string, field: string): void {
  const fixed = book.q
    .prepare(
      `SELECT m.date, d.doc_no, d.type FROM trade_moves m JOIN trade_docs d ON d.id = m.doc_id
              WHERE m.item_id = ? AND d.type IN ('OPNAME', 'AWAL') ORDER BY m.date DESC, m.id DESC LIMIT 1`
    )
    .get(item.id) as { date: string; doc_no: string; type: TradeDocType } | undefined
  if (!fixed || date >= fixed.date) return
  throw new CommandError(
    'INVALID_INPUT',
    fixed.type === 'OPNAME'
      ? `Tanggal: stok ${item.name} sudah dihitung pada ${formatDateLong(fixed.date)} (${fixed.doc_no}); mutasi tidak boleh bertanggal sebelum stok opname terakhir`
      : `Tanggal: stok awal ${item.name} bertanggal ${formatDateLong(fixed.date)} (${fixed.doc_no}); mutasi tidak boleh bertanggal sebelum stok awal`,
    field
  )
}

interface LaterMove {
  id: number
  doc_id: number
  doc_no: string
  type: TradeDocType
  date: string
  qty: number
  value: number
  amount: number
  orig_move_id: number | null
  member_id: number | null
}
interface ItemAccounts {
  id: number
  name: string
  uom: string
  unit: string
  inventory: string
  hpp: string
}
interface Correction {
  move: LaterMove
  item: ItemAccounts
  delta: number
}

/** Each later issue or return recomputed from the state before it (the same rules as at posting, shared/trading/cost). */
function replayItem(book: Book, item: ItemAccounts, cause: { date: string }, field: string): Correction[] {
  const later = book.q
    .prepare(
      `SELECT m.id, m.doc_id, d.doc_no, d.type, m.date, m.qty, ${EFFECTIVE_VALUE_SQL} AS value, m.amount, m.orig_move_id, d.member_id
              FROM trade_moves m JOIN trade_docs d ON d.id = m.doc_id WHERE m.item_id = ? AND m.date > ? ORDER BY m.date, m.id`
    )
    .all(item.id, cause.date) as LaterMove[]
  if (later.length === 0) return []
  const recomputed = new Map<number, number>()
  const valueOf = (moveId: number) => recomputed.get(moveId) ?? effectiveValue(book, moveId)
  let state = stockOf(book, item.id, cause.date)
  const out: Correction[] = []
  for (const m of later) {
    let v = m.value
    if (m.type === 'JUAL' || m.type === 'RETUR_BELI') {
      if (-m.qty > state.qty) {
        throw new CommandError(
          'INVALID_INPUT',
          `Stok ${item.name} tidak cukup untuk ${m.doc_no} tanggal ${formatDateLong(m.date)} bila mutasi ini dicatat: tersedia ${formatQty(state.qty)} ${item.uom}, keluar ${formatQty(-m.qty)} ${item.uom}`,
          field
        )
      }
      v = m.type === 'JUAL' ? -issueCost(state, -m.qty) : -returnOut(state, -m.qty, m.amount).credit
    } else if (m.type === 'RETUR_JUAL' && m.orig_move_id !== null) {
      const orig = book.q.prepare('SELECT qty FROM trade_moves WHERE id = ?').get(m.orig_move_id) as { qty: number }
      const earlier = book.q
        .prepare('SELECT id, qty FROM trade_moves WHERE orig_move_id = ? AND id < ? ORDER BY id')
        .all(m.orig_move_id, m.id) as { id: number; qty: number }[]
      const doneQty = earlier.reduce((t, r) => t + Math.abs(r.qty), 0)
      const doneValue = earlier.reduce((t, r) => t + Math.abs(valueOf(r.id)), 0)
      v = proRata(-valueOf(m.orig_move_id), -orig.qty, doneQty, doneValue, m.qty)
    }
    if (v !== m.value) {
      recomputed.set(m.id, v)
      out.push({ move: m, item, delta: v - m.value })
    }
    state = { qty: state.qty + m.qty, value: state.value + v }
  }
  return out
}

/**
 * After a document was entered with an earlier date than later movements of its items, recompute
 * the moving-average cost of those later movements and post the differences.
 *
 * Dating (an auditor's choice, documented in the README): each correction is dated on the date of
 * the document it corrects, as one journal entry per corrected document, so the HPP sits in the
 * period of the sale it belongs to and the stock card, the inventory account and the tie-out agree
 * on every date; the corrected document and its entry stay as posted. A correction that would fall
 * in a locked month refuses the whole command, with the document and month named.
 */
export function revalueAfter(
  ctx: CommandContext,
  cause: { id: number; docNo: string; label: string; date: string },
  items: { item: ItemAccounts; field: string }[]
): void {
  const { book } = ctx
  const corrections = items.flatMap(({ item, field }) => replayItem(book, item, cause, field))
  if (corrections.length === 0) return
  for (const c of corrections) {
    if (isMonthLocked(book, c.move.date.slice(0, 7))) {
      throw new CommandError(
        'PERIOD_LOCKED',
        `Tanggal: mutasi bertanggal ${formatDateLong(cause.date)} ini mengubah HPP ${c.move.doc_no} (${formatDateLong(c.move.date)}) di periode ${formatMonth(c.move.date.slice(0, 7))} yang sudah ditutup; buka kunci periode itu dengan alasan, atau catat mutasi ini sesudah ${formatDateLong(c.move.date)}`,
        'date'
      )
    }
  }
  const byDoc = new Map<number, Correction[]>()
  for (const c of corrections) byDoc.set(c.move.doc_id, [...(byDoc.get(c.move.doc_id) ?? []), c])
  const insert = book.q.prepare(
    'INSERT INTO trade_cost_corrections (move_id, item_id, doc_id, cause_doc_id, date, value, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const at = nowIso(ctx)
  for (const cs of byDoc.values()) {
    const first = cs[0]!.move
    const lines: Line[] = []
    for (const { move, item, delta } of cs) {
      const member = move.type === 'RETUR_BELI' ? null : move.member_id
      const pihak: Pihak | null = move.type === 'RETUR_BELI' ? null : member ? 'ANGGOTA' : 'NON_ANGGOTA'
      addLine(lines, signedLine(item.inventory, delta, { memberId: null, unit: item.unit, pihak: null, memo: null }))
      addLine(
        lines,
        signedLine(item.hpp, -delta, { memberId: member, unit: item.unit, pihak, memo: `Koreksi HPP ${item.name}` })
      )
    }
    const entry = postEntryId(
      ctx,
      {
        date: first.date,
        description: `Koreksi HPP ${first.doc_no} karena ${cause.label.toLowerCase()} ${cause.docNo} bertanggal mundur ${formatDateLong(cause.date)}`,
        reference: cause.docNo,
        series: 'JU',
        lines
      },
      { source: TRADING_SOURCE }
    )
    for (const { move, item, delta } of cs)
      insert.run(move.id, item.id, move.doc_id, cause.id, move.date, delta, entry.id, at)
  }
}

export function listCostCorrections(
  book: Book,
  f: {
    itemId?: number | undefined
    docId?: number | undefined
    causeDocId?: number | undefined
    from?: string | undefined
    to?: string | undefined
  }
): CostCorrection[] {
  const where: string[] = []
  const params: unknown[] = []
  if (f.itemId) {
    where.push('c.item_id = ?')
    params.push(f.itemId)
  }
  if (f.docId) {
    where.push('c.doc_id = ?')
    params.push(f.docId)
  }
  if (f.causeDocId) {
    where.push('c.cause_doc_id = ?')
    params.push(f.causeDocId)
  }
  if (f.from) {
    where.push('c.date >= ?')
    params.push(f.from)
  }
  if (f.to) {
    where.push('c.date <= ?')
    params.push(f.to)
  }
  return book.q
    .prepare(
      `SELECT c.id, c.date, c.item_id AS itemId, i.code AS itemCode, i.name AS itemName, c.doc_id AS docId, d.doc_no AS docNo, d.type AS docType,
                cd.doc_no AS causeDocNo, cd.date AS causeDate, c.value, e.number AS entryNumber
              FROM trade_cost_corrections c JOIN trade_items i ON i.id = c.item_id JOIN trade_docs d ON d.id = c.doc_id
              JOIN trade_docs cd ON cd.id = c.cause_doc_id JOIN journal_entries e ON e.id = c.entry_id
              ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.date, c.id`
    )
    .all(...params) as CostCorrection[]
}
