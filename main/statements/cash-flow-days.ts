import type Database from 'better-sqlite3'
import { SyncRunner } from '../db/query'
import { entryCashFlows, type EntryLine } from '../../shared/statements/cash-flow-entry'

export const CASH_ACCOUNTS_SQL = `SELECT id FROM accounts WHERE code LIKE '1-11%' OR code LIKE '1-12%'`

export interface CashFlowDay {
  accountId: number
  date: string
  inflow: number
  outflow: number
}

/** Every cash-touching entry's flows (optionally only those dated in a range), summed by counter account and day, from the lines. */
export function computeCashFlowDays(
  db: Database.Database,
  range?: { from: string; to: string }
): Map<string, CashFlowDay> {
  const cash = new Set(new SyncRunner(db).rows<{ id: number }>(CASH_ACCOUNTS_SQL).map((r) => r.id))
  const out = new Map<string, CashFlowDay>()
  let entry = -1
  let date = ''
  let lines: EntryLine[] = []
  const flush = () => {
    for (const [accountId, f] of entryCashFlows(lines)) {
      const key = `${accountId}|${date}`
      const p = out.get(key) ?? { accountId, date, inflow: 0, outflow: 0 }
      p.inflow += f.inflow
      p.outflow += f.outflow
      out.set(key, p)
    }
  }
  const rows = db
    .prepare(
      `SELECT l.entry_id, l.date, l.account_id, l.debit, l.credit FROM journal_lines l
       WHERE l.entry_id IN (SELECT entry_id FROM journal_lines WHERE account_id IN (${CASH_ACCOUNTS_SQL})${range ? ' AND date >= ? AND date <= ?' : ''})
       ORDER BY l.entry_id, l.line_no`
    )
    .raw(true)
    .iterate(...(range ? [range.from, range.to] : [])) as IterableIterator<[number, string, number, number, number]>
  for (const [e, d, accountId, debit, credit] of rows) {
    if (e !== entry) {
      flush()
      entry = e
      date = d
      lines = []
    }
    lines.push({ accountId, isCash: cash.has(accountId), debit, credit })
  }
  flush()
  return out
}

export function rebuildCashFlowDays(db: Database.Database): void {
  db.exec('DELETE FROM cash_flow_days')
  const q = new SyncRunner(db)
  for (const r of computeCashFlowDays(db).values()) {
    q.exec(
      'INSERT INTO cash_flow_days (date, account_id, inflow, outflow) VALUES (?, ?, ?, ?)',
      r.date,
      r.accountId,
      r.inflow,
      r.outflow
    )
  }
}
