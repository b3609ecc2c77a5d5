import type { CommandParsedInput } from '../../shared/commands'
import type { DrillLine } from '../../shared/commands/statements'
import type { Book } from '../db/book'

/** The journal lines behind a statement figure: accounts (and their sub-accounts), period, unit, party, cash-only. */
export function statementLines(book: Book, f: CommandParsedInput<'statements.lines'>) {
  const where: string[] = [
    '(' + f.accounts.map(() => `(a.code = ? OR a.code LIKE ? || '-%')`).join(' OR ') + ')',
    'l.date <= ?'
  ]
  const params: unknown[] = [...f.accounts.flatMap((c) => [c, c]), f.to]
  if (f.from) {
    where.push('l.date >= ?')
    params.push(f.from)
  }
  if (f.unit === '') where.push('l.unit_id IS NULL')
  else if (f.unit) {
    where.push('l.unit_id = (SELECT id FROM units WHERE code = ?)')
    params.push(f.unit)
  }
  if (f.pihak === 'TANPA') where.push('l.pihak IS NULL')
  else if (f.pihak) {
    where.push('l.pihak = ?')
    params.push(f.pihak)
  }
  if (f.cashOnly)
    where.push(
      `l.entry_id IN (SELECT c.entry_id FROM journal_lines c JOIN accounts ca ON ca.id = c.account_id WHERE (ca.code LIKE '1-11%' OR ca.code LIKE '1-12%'))`
    )
  const base = `FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE ${where.join(' AND ')}`
  const totals = book.q.row<{ n: number; d: number; c: number }>(
    `SELECT count(*) AS n, COALESCE(SUM(l.debit), 0) AS d, COALESCE(SUM(l.credit), 0) AS c ${base}`,
    ...params
  )!
  const rows = book.q.rows<{
    entry_id: number
    number: string
    date: string
    description: string
    code: string
    name: string
    unit: string | null
    pihak: string | null
    member: string | null
    debit: number
    credit: number
  }>(
    `SELECT l.entry_id, e.number, l.date, e.description, a.code, a.name, u.code AS unit, l.pihak, m.name AS member, l.debit, l.credit
       FROM journal_lines l JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id = l.entry_id
       LEFT JOIN units u ON u.id = l.unit_id LEFT JOIN members m ON m.id = l.member_id
       WHERE ${where.join(' AND ')} ORDER BY l.date, l.entry_id, l.line_no LIMIT ? OFFSET ?`,
    ...params,
    f.pageSize,
    (f.page - 1) * f.pageSize
  )
  const lines: DrillLine[] = rows.map((r) => ({
    entryId: r.entry_id,
    number: r.number,
    date: r.date,
    description: r.description,
    account: r.code,
    accountName: r.name,
    unit: r.unit,
    pihak: r.pihak,
    member: r.member,
    debit: r.debit,
    credit: r.credit
  }))
  return { lines, total: totals.n, totalDebit: totals.d, totalCredit: totals.c, page: f.page, pageSize: f.pageSize }
}
