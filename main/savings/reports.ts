import { todayOf } from '../setup/timezone'
import type { CommandParsedInput } from '../../shared/commands'
import type { MemberSavingsBalance, Passbook, PassbookLine, SavingsTieOut } from '../../shared/commands/savings'
import { SAVINGS_TYPES, type SavingsType } from '../../shared/savings/types'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import type { CommandContext } from '../commands/context'
import { cumulativeByAccount } from '../ledger/balances'
import { getMember } from '../members/register'
import { controlAccount } from './ledger'

const zero = (): Record<SavingsType, number> => ({ POKOK: 0, WAJIB: 0, SUKARELA: 0 })

export function passbook(ctx: CommandContext, input: CommandParsedInput<'savings.passbook'>): Passbook {
  const { book } = ctx
  const m = getMember(book, { id: input.memberId }, 'memberId')
  const to = input.to ?? todayOf(ctx)
  const opening = zero()
  if (input.from) {
    for (const r of book.q.rows<{ type: SavingsType; b: number }>(
      'SELECT type, SUM(amount) AS b FROM savings_transactions WHERE member_id = ? AND date < ? GROUP BY type',
      m.id,
      input.from
    )) {
      opening[r.type] = r.b
    }
  }
  let query = qb
    .selectFrom('savings_transactions as s')
    .innerJoin('journal_entries as e', 'e.id', 's.entry_id')
    .select([
      's.id',
      's.member_id',
      's.type',
      's.kind',
      's.date',
      's.amount',
      's.entry_id',
      'e.number as entry_number',
      's.note'
    ])
    .where('s.member_id', '=', m.id)
  if (input.from) query = query.where('s.date', '>=', input.from)
  query = query.where('s.date', '<=', to)
  if (input.type) query = query.where('s.type', '=', input.type)
  const rows = book.q.all(query.orderBy('s.date').orderBy('s.id'))
  const running = { ...opening }
  const lines: PassbookLine[] = rows.map((r) => {
    running[r.type] += r.amount
    return {
      id: r.id,
      memberId: r.member_id,
      type: r.type,
      kind: r.kind,
      date: r.date,
      amount: r.amount,
      entryId: r.entry_id,
      entryNumber: r.entry_number,
      note: r.note,
      balance: running[r.type]
    }
  })
  return {
    member: { id: m.id, memberNo: m.memberNo, name: m.name, status: m.status },
    from: input.from ?? null,
    to,
    opening,
    closing: running,
    lines
  }
}

/**
 * Σ savings of all members per kind on a date: the whole months from savings_month_totals (kept by
 * a trigger, proven by system.check), the days of the date's own month from the rows.
 */
export function savingsTotalsAsOf(book: Book, asOf: string): Map<SavingsType, number> {
  const out = new Map<SavingsType, number>()
  const add = (rows: [SavingsType, number][]) => {
    for (const [type, b] of rows) out.set(type, (out.get(type) ?? 0) + b)
  }
  add(
    book.q.tuples<[SavingsType, number]>(
      'SELECT type, SUM(amount) FROM savings_month_totals WHERE month < ? GROUP BY type',
      asOf.slice(0, 7)
    )
  )
  add(
    book.q.tuples<[SavingsType, number]>(
      `SELECT type, SUM(amount) FROM savings_transactions WHERE type IN ('POKOK', 'WAJIB', 'SUKARELA') AND date >= ? AND date <= ? GROUP BY type`,
      `${asOf.slice(0, 7)}-01`,
      asOf
    )
  )
  return out
}

export function memberBalances(ctx: CommandContext, input: CommandParsedInput<'savings.balances'>) {
  const { book } = ctx
  const asOf = input.asOf ?? todayOf(ctx)
  const where: string[] = []
  const params: unknown[] = []
  if (input.search) {
    const esc = input.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)
    where.push(`(m.name LIKE ? ESCAPE '\\' OR m.member_no LIKE ? ESCAPE '\\')`)
    params.push(`%${esc}%`, `${esc}%`)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = book.q.row<{ n: number }>(`SELECT count(*) AS n FROM members m ${clause}`, ...params)!.n
  const rows = book.q.rows<{
    id: number
    member_no: string
    name: string
    status: string
    pokok: number
    wajib: number
    sukarela: number
  }>(
    `SELECT m.id, m.member_no, m.name, m.status,
              COALESCE(SUM(CASE WHEN s.type = 'POKOK' THEN s.amount END), 0) AS pokok,
              COALESCE(SUM(CASE WHEN s.type = 'WAJIB' THEN s.amount END), 0) AS wajib,
              COALESCE(SUM(CASE WHEN s.type = 'SUKARELA' THEN s.amount END), 0) AS sukarela
       FROM members m LEFT JOIN savings_transactions s ON s.member_id = m.id AND s.date <= ?
       ${clause} GROUP BY m.id ORDER BY m.id LIMIT ? OFFSET ?`,
    asOf,
    ...params,
    input.pageSize,
    (input.page - 1) * input.pageSize
  )
  const totals = { pokok: 0, wajib: 0, sukarela: 0, total: 0 }
  for (const [type, b] of savingsTotalsAsOf(book, asOf)) totals[type.toLowerCase() as 'pokok'] = b
  totals.total = totals.pokok + totals.wajib + totals.sukarela
  const items: MemberSavingsBalance[] = rows.map((r) => ({
    memberId: r.id,
    memberNo: r.member_no,
    name: r.name,
    status: r.status,
    pokok: r.pokok,
    wajib: r.wajib,
    sukarela: r.sukarela,
    total: r.pokok + r.wajib + r.sukarela
  }))
  return { items, page: input.page, pageSize: input.pageSize, total, totals }
}

/** Control accounts (credit-normal) against the sum of every member's savings, by type. */
export function savingsTieOut(book: Book, asOf: string): SavingsTieOut {
  const ledger = cumulativeByAccount(book, asOf)
  const sums = savingsTotalsAsOf(book, asOf)
  const rows = SAVINGS_TYPES.map((type) => {
    const acc = controlAccount(book, type)
    const b = ledger.get(acc.id)
    const ledgerBalance = b ? b.credit - b.debit : 0
    const members = sums.get(type) ?? 0
    return { type, account: acc.code, ledger: ledgerBalance, members, difference: ledgerBalance - members }
  })
  return { asOf, ok: rows.every((r) => r.difference === 0), rows }
}

/**
 * Where the savings totals kept by a trigger (per member and kind for the arrears, per kind and
 * month for the jasa reminder) differ from the savings rows: derived data, proven by the whole-book
 * check. Members are named by number, months as YYYY-MM.
 */
export function savingsTotalsMismatches(
  book: Book
): { memberNo: string | null; month: string | null; type: SavingsType }[] {
  const members = book.q.rows<{ memberNo: string; month: null; type: SavingsType }>(
    `WITH rows AS (SELECT member_id, type, SUM(amount) AS amount FROM savings_transactions GROUP BY member_id, type),
            diff AS (SELECT * FROM rows EXCEPT SELECT member_id, type, amount FROM savings_member_totals
                     UNION ALL
                     SELECT member_id, type, amount FROM savings_member_totals WHERE amount != 0 EXCEPT SELECT * FROM rows)
       SELECT DISTINCT m.member_no AS memberNo, NULL AS month, d.type FROM diff d JOIN members m ON m.id = d.member_id LIMIT 100`
  )
  const months = book.q.rows<{ memberNo: null; month: string; type: SavingsType }>(
    `WITH rows AS (SELECT type, substr(date, 1, 7) AS month, SUM(amount) AS amount FROM savings_transactions GROUP BY type, substr(date, 1, 7)),
            diff AS (SELECT * FROM rows EXCEPT SELECT type, month, amount FROM savings_month_totals
                     UNION ALL
                     SELECT type, month, amount FROM savings_month_totals WHERE amount != 0 EXCEPT SELECT * FROM rows)
       SELECT DISTINCT NULL AS memberNo, month, type FROM diff LIMIT 100`
  )
  return [...members, ...months]
}
