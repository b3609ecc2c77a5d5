import type { EquityChanges } from '../../shared/commands/statements'
import type { Book } from '../db/book'
import { dayBefore } from '../../shared/dates/calendar'
import { cumulativeByAccount, type DebitCredit } from '../ledger/balances'
import { memberSharesAsLiability } from './balance-sheet'
import { chart, isProfitOrLoss } from './chart'
import { incomeStatement } from './income-statement'

/**
 * Laporan Perubahan Ekuitas: one column per equity account that has a balance or moved, and one for
 * the SHU not yet closed into equity. Rows: opening balance, additions (credits), reductions
 * (debits), the period's SHU, closing balance; each column adds up.
 */
export function equityChanges(book: Book, from: string, to: string): EquityChanges {
  const accounts = chart(book)
  const asLiability = memberSharesAsLiability(book)
  const equity = accounts.filter(
    (a) => a.type === 'EKUITAS' && !a.isHeader && !(asLiability && (a.code === '3-1101' || a.code === '3-1102'))
  )
  const pl = accounts.filter((a) => isProfitOrLoss(a.type) && !a.isHeader)
  const open = cumulativeByAccount(book, dayBefore(from))
  const close = cumulativeByAccount(book, to)
  // What moved in the period, from the two cumulative balances (month totals, not lines).
  const moves = new Map(
    equity.map((a) => [
      a.id,
      {
        debit: (close.get(a.id)?.debit ?? 0) - (open.get(a.id)?.debit ?? 0),
        credit: (close.get(a.id)?.credit ?? 0) - (open.get(a.id)?.credit ?? 0)
      }
    ])
  )
  const k = (m: Map<number, DebitCredit>, id: number) => (m.get(id)?.credit ?? 0) - (m.get(id)?.debit ?? 0)
  const cols = equity.filter(
    (a) => k(open, a.id) !== 0 || k(close, a.id) !== 0 || moves.get(a.id)!.debit !== 0 || moves.get(a.id)!.credit !== 0
  )
  const plOpen = pl.reduce((t, a) => t + k(open, a.id), 0)
  const shu = incomeStatement(book, from, to, false).shu.total
  const columns = [...cols.map((a) => ({ code: a.code, name: a.name })), { code: 'SHU', name: 'SHU belum ditutup' }]
  const row = (key: string, label: string, amounts: number[]) => ({
    key,
    label,
    amounts,
    total: amounts.reduce((t, v) => t + v, 0)
  })
  const opening = [...cols.map((a) => k(open, a.id)), plOpen]
  const additions = [...cols.map((a) => moves.get(a.id)?.credit ?? 0), 0]
  // P&L closed into equity in the period (year-end closing entries): out of the SHU column.
  const plClosed = pl.reduce((t, a) => t + k(close, a.id), 0) - plOpen - shu
  const reductions = [...cols.map((a) => -(moves.get(a.id)?.debit ?? 0)), plClosed]
  const result = [...cols.map(() => 0), shu]
  const closing = opening.map((v, i) => v + additions[i]! + reductions[i]! + result[i]!)
  return {
    from,
    to,
    columns,
    rows: [
      row('SALDO_AWAL', `Saldo awal`, opening),
      row('PENAMBAHAN', 'Penambahan (setoran, penyisihan, pembagian SHU ke cadangan)', additions),
      row('PENGURANGAN', 'Pengurangan (penarikan, pengembalian, pembagian SHU)', reductions),
      row('SHU', 'SHU periode berjalan', result),
      row('SALDO_AKHIR', 'Saldo akhir', closing)
    ],
    shu
  }
}
