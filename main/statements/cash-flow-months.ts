import type Database from 'better-sqlite3'
import { entryCashFlows, type EntryLine } from '../../shared/statements/cash-flow-entry'

export const CASH_ACCOUNTS_SQL = `SELECT id FROM accounts WHERE code LIKE '1-11%' OR code LIKE '1-12%'`

/** Every cash-touching entry's flows, summed by counter account and month, from the lines. */
export function computeCashFlowMonths(db: Database.Database, range?: { from: string; to: string }): Map<string, { accountId: number; month: string; inflow: number; outflow: number }> {
  const cash = new Set((db.prepare(CASH_ACCOUNTS_SQL).all() as { id: number }[]).map((r) => r.id))
  const out = new Map<string, { accountId: number; month: string; inflow: number; outflow: number }>()
  let entry = -1
  let month = ''
  let lines: EntryLine[] = []
  const flush = () => {
    for (const [accountId, f] of entryCashFlows(lines)) {
      const key = `${accountId}|${month}`
      const p = out.get(key) ?? { accountId, month, inflow: 0, outflow: 0 }
      p.inflow += f.inflow
      p.outflow += f.outflow
      out.set(key, p)
    }
  }
  const rows = db
    .prepare(
      `SELECT l.entry_id, substr(l.date, 1, 7) AS month, l.account_id, l.debit, l.credit FROM journal_lines l
       WHERE l.entry_id IN (SELECT entry_id FROM journal_lines WHERE account_id IN (${CASH_ACCOUNTS_SQL})${range ? ' AND date >= ? AND date <= ?' : ''})
       ORDER BY l.entry_id, l.line_no`
    )
    .raw(true)
    .iterate(...(range ? [range.from, range.to] : [])) as IterableIterator<[number, string, number, number, number]>
  for (const [e, m, accountId, debit, credit] of rows) {
    if (e !== entry) {
      flush()
      entry = e
      month = m
      lines = []
    }
    lines.push({ accountId, isCash: cash.has(accountId), debit, credit })
  }
  flush()
  return out
}

export function rebuildCashFlowMonths(db: Database.Database): void {
  db.exec('DELETE FROM cash_flow_months')
  const ins = db.prepare('INSERT INTO cash_flow_months (account_id, month, inflow, outflow) VALUES (?, ?, ?, ?)')
  for (const r of computeCashFlowMonths(db).values()) ins.run(r.accountId, r.month, r.inflow, r.outflow)
}
