import { CommandError } from '../../shared/errors'
import type { AccountLedger, LedgerLine } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { getAccount } from './accounts'
import { dayBefore } from '../../shared/dates/calendar'
import { cumulativeByAccount, safeAdd } from './balances'
import { getUnit } from '../units/units'

type Input = CommandParsedInput<'ledger.account'>

/** Buku besar: one account (a header covers all its sub-accounts) with a running balance. */
export function accountLedger(book: Book, input: Input): AccountLedger {
  if (input.from > input.to)
    throw new CommandError('INVALID_INPUT', 'Dari tanggal: tidak boleh setelah "sampai tanggal"', 'from')
  const acc = getAccount(book, input.account, 'account')
  const ids = book.q
    .rows<{ id: number }>(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM accounts WHERE code = ? UNION ALL SELECT a.id FROM accounts a JOIN sub ON a.parent_id = sub.id)
       SELECT id FROM sub`,
      acc.code
    )
    .map((r) => r.id)
  const sign = acc.normalBalance === 'D' ? 1 : -1
  const idList = ids.join(',')
  const unitId = input.unit ? getUnit(book, input.unit, 'unit').id : null

  let opening = 0
  if (unitId === null) {
    const before = cumulativeByAccount(book, dayBefore(input.from))
    for (const id of ids) {
      const b = before.get(id)
      if (b) opening = safeAdd(opening, sign * (b.debit - b.credit))
    }
  } else {
    const r = book.q.row<{ d: number; c: number }>(
      `SELECT COALESCE(SUM(debit), 0) AS d, COALESCE(SUM(credit), 0) AS c FROM journal_lines
                WHERE unit_id = ? AND date < ? AND account_id IN (${idList})`,
      unitId,
      input.from
    )!
    opening = sign * (r.d - r.c)
  }

  const unitClause = unitId === null ? '' : 'AND l.unit_id = ?'
  const baseParams: unknown[] = [input.from, input.to, ...(unitId === null ? [] : [unitId])]
  const range = `FROM journal_lines l WHERE l.account_id IN (${idList}) AND l.date >= ? AND l.date <= ? ${unitClause}`
  const agg = book.q.row<{ n: number; d: number; c: number }>(
    `SELECT count(*) AS n, COALESCE(SUM(l.debit), 0) AS d, COALESCE(SUM(l.credit), 0) AS c ${range}`,
    ...baseParams
  )!
  const offset = (input.page - 1) * input.pageSize
  const beforePage =
    offset === 0
      ? { d: 0, c: 0 }
      : book.q.row<{ d: number; c: number }>(
          `SELECT COALESCE(SUM(d), 0) AS d, COALESCE(SUM(c), 0) AS c FROM (
                    SELECT l.debit AS d, l.credit AS c ${range} ORDER BY l.date, l.id LIMIT ?)`,
          ...baseParams,
          offset
        )!

  // Pick the page's lines over the covering index first, then join only those rows. Lines are
  // inserted in entry order, so (date, id) is the same order as (date, entry, line number).
  const rows = book.q.rows<{
    entry_id: number
    number: string
    date: string
    description: string
    memo: string | null
    unit_code: string | null
    member_name: string | null
    debit: number
    credit: number
  }>(
    `WITH page AS (SELECT l.id ${range} ORDER BY l.date, l.id LIMIT ? OFFSET ?)
       SELECT l.entry_id, e.number, l.date, e.description, l.memo, u.code AS unit_code, m.name AS member_name, l.debit, l.credit
       FROM page JOIN journal_lines l ON l.id = page.id
       JOIN journal_entries e ON e.id = l.entry_id
       LEFT JOIN units u ON u.id = l.unit_id
       LEFT JOIN members m ON m.id = l.member_id
       ORDER BY l.date, l.id`,
    ...baseParams,
    input.pageSize,
    offset
  )

  let running = safeAdd(opening, sign * (beforePage.d - beforePage.c))
  const lines: LedgerLine[] = rows.map((r) => {
    running = safeAdd(running, sign * (r.debit - r.credit))
    return {
      entryId: r.entry_id,
      number: r.number,
      date: r.date,
      description: r.description,
      memo: r.memo,
      unitCode: r.unit_code,
      memberName: r.member_name,
      debit: r.debit,
      credit: r.credit,
      balance: running
    }
  })
  return {
    account: { code: acc.code, name: acc.name, normalBalance: acc.normalBalance, type: acc.type },
    from: input.from,
    to: input.to,
    openingBalance: opening,
    closingBalance: safeAdd(opening, sign * (agg.d - agg.c)),
    totalDebit: agg.d,
    totalCredit: agg.c,
    lines,
    page: input.page,
    pageSize: input.pageSize,
    totalLines: agg.n
  }
}
