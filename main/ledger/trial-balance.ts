import { CommandError } from '../../shared/errors'
import type { AccountType, NormalBalance, TrialBalance, TrialBalanceRow } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { dayBefore } from '../../shared/dates/calendar'
import { cumulativeByAccount, safeAdd, type DebitCredit } from './balances'
import { depthOf } from './accounts'

type Input = CommandParsedInput<'reports.trialBalance'>

interface AccountNode {
  id: number
  code: string
  name: string
  type: AccountType
  normal_balance: NormalBalance
  parent_id: number | null
  is_header: number
}

type Sums = { opening: number; movDebit: number; movCredit: number }

/** A net amount shown in the debit column when positive, in the credit column when negative. */
function split(net: number): { debit: number; credit: number } {
  return net >= 0 ? { debit: net, credit: 0 } : { debit: 0, credit: -net }
}

function unitIdOf(book: Book, code: string): number {
  const u = book.q.first(qb.selectFrom('units').select('id').where('code', '=', code))
  if (!u) throw new CommandError('NOT_FOUND', `Unit usaha: ${code} tidak ada`, 'unit')
  return u.id
}

export function trialBalance(book: Book, input: Input): TrialBalance {
  const from = 'from' in input ? input.from : null
  const to = 'to' in input ? input.to : input.asOf
  if (from !== null && from > to) {
    throw new CommandError('INVALID_INPUT', 'Dari tanggal: tidak boleh setelah "sampai tanggal"', 'from')
  }
  const unitId = input.unit ? unitIdOf(book, input.unit) : null
  const upTo = (date: string) => cumulativeByAccount(book, date, unitId)
  const closing = upTo(to)
  const opening = from !== null ? upTo(dayBefore(from)) : new Map<number, DebitCredit>()

  const accounts: AccountNode[] = book.q.all(
    qb
      .selectFrom('accounts')
      .select(['id', 'code', 'name', 'type', 'normal_balance', 'parent_id', 'is_header'])
      .orderBy('code')
  )
  const sums = new Map<number, Sums>()
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const totals = { opening: { d: 0, k: 0 }, movDebit: 0, movCredit: 0, closing: { d: 0, k: 0 } }

  for (const a of accounts) {
    const c = closing.get(a.id) ?? { debit: 0, credit: 0 }
    const o = opening.get(a.id) ?? { debit: 0, credit: 0 }
    const own: Sums = { opening: o.debit - o.credit, movDebit: c.debit - o.debit, movCredit: c.credit - o.credit }
    if (own.opening === 0 && own.movDebit === 0 && own.movCredit === 0) continue
    const op = split(own.opening)
    const cl = split(own.opening + own.movDebit - own.movCredit)
    totals.opening.d = safeAdd(totals.opening.d, op.debit)
    totals.opening.k = safeAdd(totals.opening.k, op.credit)
    totals.movDebit = safeAdd(totals.movDebit, own.movDebit)
    totals.movCredit = safeAdd(totals.movCredit, own.movCredit)
    totals.closing.d = safeAdd(totals.closing.d, cl.debit)
    totals.closing.k = safeAdd(totals.closing.k, cl.credit)
    // Roll the account's own amounts up to itself and every ancestor.
    for (
      let node: AccountNode | undefined = a;
      node;
      node = node.parent_id !== null ? byId.get(node.parent_id) : undefined
    ) {
      const s = sums.get(node.id) ?? { opening: 0, movDebit: 0, movCredit: 0 }
      sums.set(node.id, {
        opening: safeAdd(s.opening, own.opening),
        movDebit: safeAdd(s.movDebit, own.movDebit),
        movCredit: safeAdd(s.movCredit, own.movCredit)
      })
    }
  }

  const rows: TrialBalanceRow[] = []
  for (const a of accounts) {
    const s = sums.get(a.id)
    if (!s && !input.includeZero) continue
    const v = s ?? { opening: 0, movDebit: 0, movCredit: 0 }
    const op = split(v.opening)
    const cl = split(v.opening + v.movDebit - v.movCredit)
    rows.push({
      code: a.code,
      name: a.name,
      type: a.type,
      normalBalance: a.normal_balance,
      depth: depthOf(a.code),
      isHeader: a.is_header === 1,
      openingDebit: op.debit,
      openingCredit: op.credit,
      movementDebit: v.movDebit,
      movementCredit: v.movCredit,
      closingDebit: cl.debit,
      closingCredit: cl.credit
    })
  }
  return {
    from,
    to,
    rows,
    totals: {
      openingDebit: totals.opening.d,
      openingCredit: totals.opening.k,
      movementDebit: totals.movDebit,
      movementCredit: totals.movCredit,
      closingDebit: totals.closing.d,
      closingCredit: totals.closing.k
    },
    balanced:
      totals.opening.d === totals.opening.k &&
      totals.movDebit === totals.movCredit &&
      totals.closing.d === totals.closing.k
  }
}
