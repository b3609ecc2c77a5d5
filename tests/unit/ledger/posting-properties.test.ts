import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

const POSTABLE = [
  '1-1101',
  '1-1102',
  '1-1110',
  '1-1201',
  '1-1301',
  '2-1501',
  '3-2101',
  '3-3101',
  '4-1101',
  '4-2101',
  '5-1101',
  '5-3101'
]

let tb: TestBook
beforeAll(async () => {
  tb = await createTestBook()
  for (const code of ['1-1101', '1-1102', '1-1110', '1-1201']) allowOverdraft(tb, code)
})
afterAll(() => tb.close())

function snapshot(t: TestBook) {
  const db = t.book.sqlite
  return {
    entries: db.prepare('SELECT count(*) AS n FROM journal_entries').get(),
    lines: db
      .prepare('SELECT count(*) AS n, COALESCE(SUM(debit),0) AS d, COALESCE(SUM(credit),0) AS c FROM journal_lines')
      .get(),
    balances: db
      .prepare('SELECT COALESCE(SUM(debit),0) AS d, COALESCE(SUM(credit),0) AS c FROM account_month_balances')
      .get(),
    counters: db.prepare('SELECT COALESCE(SUM(last_seq),0) AS n FROM journal_counters').get()
  }
}

const dateArb = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const amountArb = fc.integer({ min: 1, max: 50_000_000 })

/** A balanced entry: random debits, and credits that split the same total. */
const balancedEntryArb = fc
  .record({
    date: dateArb,
    debits: fc.array(fc.record({ account: fc.constantFrom(...POSTABLE), amount: amountArb }), {
      minLength: 1,
      maxLength: 5
    }),
    creditAccounts: fc.array(fc.constantFrom(...POSTABLE), { minLength: 1, maxLength: 5 }),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 })
  })
  .map(({ date, debits, creditAccounts, cuts }) => {
    const total = debits.reduce((s, d) => s + d.amount, 0)
    // Split the total into credit parts that are each ≥ 1 and sum exactly to it.
    const n = Math.min(creditAccounts.length, total)
    const points = [...new Set(cuts.slice(0, n - 1).map((c) => 1 + Math.floor(c * (total - 1))))].sort((a, b) => a - b)
    const bounds = [0, ...points.filter((p) => p > 0 && p < total), total]
    const credits = bounds
      .slice(1)
      .map((b, i) => ({ account: creditAccounts[i % creditAccounts.length]!, credit: b - bounds[i]! }))
    return {
      date,
      description: 'Jurnal acak',
      lines: [...debits.map((d) => ({ account: d.account, debit: d.amount })), ...credits]
    }
  })

describe('posting invariants (property tests)', () => {
  it('random valid entries keep Σdebit = Σcredit everywhere, and the monthly table equals the lines', () => {
    fc.assert(
      fc.property(balancedEntryArb, (entry) => {
        const posted = tb.run('journal.post', { ...entry, allowFutureDate: true })
        const sumD = posted.lines.reduce((s, l) => s + l.debit, 0)
        const sumC = posted.lines.reduce((s, l) => s + l.credit, 0)
        expect(sumD).toBe(sumC)
        expect(posted.total).toBe(sumD)
      }),
      { numRuns: 150 }
    )
    const totals = tb.book.sqlite.prepare('SELECT SUM(debit) AS d, SUM(credit) AS c FROM journal_lines').get() as {
      d: number
      c: number
    }
    expect(totals.d).toBe(totals.c)
    const tbal = tb.run('reports.trialBalance', { asOf: '2027-12-31' })
    expect(tbal.balanced).toBe(true)
    expect(tbal.totals.movementDebit).toBe(totals.d)
    const check = tb.run('ledger.check', {})
    expect(check.problems).toEqual([])
    expect(check.ok).toBe(true)
  })

  it('the trial balance at any date equals a plain sum of the lines up to that date', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const t = tb.run('reports.trialBalance', { asOf: date })
        const expected = tb.book.sqlite
          .prepare(
            `SELECT a.code, SUM(l.debit) - SUM(l.credit) AS net FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.date <= ? GROUP BY a.code`
          )
          .all(date) as { code: string; net: number }[]
        for (const e of expected) {
          const r = t.rows.find((x) => x.code === e.code)
          expect((r?.closingDebit ?? 0) - (r?.closingCredit ?? 0), `${date} ${e.code}`).toBe(e.net)
        }
        expect(t.balanced).toBe(true)
      }),
      { numRuns: 80 }
    )
  })

  it('random invalid entries change nothing', () => {
    const invalidArb = fc.oneof(
      // off by a random non-zero amount
      fc.tuple(balancedEntryArb, fc.integer({ min: 1, max: 1000 })).map(([e, off]) => ({
        ...e,
        lines: e.lines.map((l, i) => (i === 0 && 'debit' in l ? { ...l, debit: (l.debit as number) + off } : l))
      })),
      // a header account somewhere
      balancedEntryArb.map((e) => ({
        ...e,
        lines: e.lines.map((l, i) => (i === e.lines.length - 1 ? { ...l, account: '4-21' } : l))
      })),
      // an impossible date
      balancedEntryArb.map((e) => ({ ...e, date: e.date.slice(0, 8) + '32' })),
      // garbage amounts
      fc
        .tuple(balancedEntryArb, fc.constantFrom(-1, 0.5, Number.NaN, Infinity, 2 ** 53, '1000', null, true))
        .map(([e, bad]) => ({
          ...e,
          lines: e.lines.map((l, i) => (i === 0 ? { account: l.account, debit: bad } : l))
        })),
      // unknown account
      balancedEntryArb.map((e) => ({ ...e, lines: e.lines.map((l, i) => (i === 0 ? { ...l, account: '5-9999' } : l)) }))
    )
    fc.assert(
      fc.property(invalidArb, (entry) => {
        const before = snapshot(tb)
        tb.fail('journal.post', { ...entry, allowFutureDate: true })
        expect(snapshot(tb)).toEqual(before)
      }),
      { numRuns: 150 }
    )
  })
})
