import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { TradeDoc } from '../../shared/commands/trading'
import { formatDateLong } from '../../shared/dates/format'
import { formatRupiah } from '../../shared/money/rupiah'
import { lineAmount } from '../../shared/trading/cost'
import type { CommandContext } from '../commands/context'
import { assertNotFutureDated } from '../ledger/guards'
import { assertMonthOpen } from '../ledger/periods'
import { requireProfile } from '../setup/profile'
import type { Line } from './stock'
import {
  accountId,
  afterMoves,
  getDoc,
  insertDoc,
  insertMoves,
  inventorySubledger,
  ledgerBalance,
  nextDocNo,
  noDuplicateItems,
  PAYABLE_ACCOUNT,
  post,
  unitItem,
  unitRow,
  type NewMove
} from './trading'

/**
 * Opening stock (stok awal) of a unit's items, at the books' start or when the unit starts keeping
 * stock in Lumbung: quantity and unit cost per item, once per item, dated on or before its first
 * movement (a later movement then is a back-dated one: the average is recomputed, ./stock).
 *
 * Ledger side, per inventory account: the part of the ledger balance on that date that no item
 * details yet (typically the saldo awal posted from the last balance sheet) is detailed by this
 * stock without a new entry, so the opening equity is stated once, in the saldo awal. Only value
 * beyond it is posted, Db persediaan / Kr the offset account the treasurer names (where the goods
 * came from: modal penyertaan, hibah, …); there is no default, because an unexplained balancing
 * equity is what an auditor questions first.
 */
export function openingStock(ctx: CommandContext, input: CommandParsedInput<'trading.openingStock'>): TradeDoc {
  const { book } = ctx
  const unit = unitRow(book, input.unit)
  const start = requireProfile(book).booksStartDate
  if (input.date < start)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: stok awal tidak boleh sebelum tanggal mulai pembukuan (${formatDateLong(start)})`,
      'date'
    )
  assertMonthOpen(book, input.date, 'date')
  assertNotFutureDated(ctx, input.date)
  noDuplicateItems(input.lines)
  const moves: NewMove[] = []
  const byAccount = new Map<string, number>()
  input.lines.forEach((l, i) => {
    const it = unitItem(book, l.itemId, unit, i)
    if (!it.is_active)
      throw new CommandError('INVALID_INPUT', `Baris ${i + 1}: barang ${it.name} tidak aktif`, `lines.${i}.itemId`)
    const prior = book.q
      .prepare(
        `SELECT d.doc_no FROM trade_moves m JOIN trade_docs d ON d.id = m.doc_id WHERE m.item_id = ? AND d.type = 'AWAL'`
      )
      .get(it.id) as { doc_no: string } | undefined
    if (prior)
      throw new CommandError(
        'CONFLICT',
        `Baris ${i + 1}: ${it.name} sudah punya stok awal (${prior.doc_no}); tambahan barang dicatat sebagai pembelian`,
        `lines.${i}.itemId`
      )
    const first = (
      book.q.prepare('SELECT MIN(date) AS d FROM trade_moves WHERE item_id = ?').get(it.id) as { d: string | null }
    ).d
    if (first && input.date > first) {
      throw new CommandError(
        'INVALID_INPUT',
        `Baris ${i + 1}: ${it.name} sudah punya mutasi sejak ${formatDateLong(first)}; stok awal harus bertanggal pada atau sebelum mutasi pertama`,
        'date'
      )
    }
    const value = lineAmount(l.qty, l.unitCost)
    moves.push({ itemId: it.id, qty: l.qty, value, price: l.unitCost, amount: value })
    byAccount.set(it.inventory, (byAccount.get(it.inventory) ?? 0) + value)
  })

  const sub = new Map(inventorySubledger(book, input.date).map((r) => [r.account, r.sub]))
  const lines: Line[] = []
  let posted = 0
  for (const [account, value] of byAccount) {
    const undetailed = Math.max(0, ledgerBalance(book, account, input.date) - (sub.get(account) ?? 0))
    const rest = value - Math.min(value, undetailed)
    if (rest === 0) continue
    posted += rest
    lines.push({ account, debit: rest, credit: 0, memberId: null, unit: unit.code, pihak: null, memo: 'Stok awal' })
  }
  if (posted > 0) {
    const offset = input.offsetAccount
    if (!offset) {
      throw new CommandError(
        'INVALID_INPUT',
        `Akun lawan: ${formatRupiah(posted)} dari stok awal ini belum ada di saldo persediaan buku besar per ${formatDateLong(input.date)}. Posting saldo awal lebih dulu bila barang ini bagian dari neraca awal, atau pilih akun asal barang (mis. 3-2101 Modal Penyertaan, 3-3101 Hibah / Modal Donasi)`,
        'offsetAccount'
      )
    }
    accountId(book, offset, 'offsetAccount', 'Akun lawan')
    const a = book.q.prepare('SELECT name, type, control FROM accounts WHERE code = ?').get(offset) as {
      name: string
      type: string
      control: string | null
    }
    if (a.type !== 'EKUITAS' && a.type !== 'LIABILITAS')
      throw new CommandError(
        'INVALID_INPUT',
        `Akun lawan: ${offset} ${a.name} bukan akun ekuitas atau liabilitas`,
        'offsetAccount'
      )
    if (a.control || offset === PAYABLE_ACCOUNT) {
      throw new CommandError(
        'INVALID_INPUT',
        `Akun lawan: ${offset} ${a.name} diisi oleh buku pembantunya; barang dari pemasok dicatat sebagai pembelian`,
        'offsetAccount'
      )
    }
    lines.push({
      account: offset,
      debit: 0,
      credit: posted,
      memberId: null,
      unit: unit.code,
      pihak: null,
      memo: 'Stok awal'
    })
  }
  const docNo = nextDocNo(book, 'AWAL', input.date)
  const total = moves.reduce((t, m) => t + m.value, 0)
  const entry = lines.length
    ? post(ctx, input.date, 'JU', `Stok awal ${unit.name} per ${formatDateLong(input.date)} ${docNo}`, docNo, lines)
    : null
  const id = insertDoc(
    ctx,
    { type: 'AWAL', date: input.date, unitId: unit.id, amount: total, entryId: entry?.id ?? null, note: input.note },
    docNo
  )
  insertMoves(book, id, input.date, moves)
  afterMoves(ctx, id, input.lines)
  return getDoc(book, id)
}
