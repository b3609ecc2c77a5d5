import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../main/commands/dispatch'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
beforeAll(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  for (const method of ['flat', 'efektif', 'anuitas'] as const) {
    tb.run('loans.setProduct', {
      code: method.toUpperCase(),
      effectiveFrom: '2026-01-01',
      name: method,
      method,
      ratePerMonth: '2',
      maxTenor: 24,
      maxAmount: 50_000_000,
      provisiPercent: '1',
      roundUpTo: method === 'anuitas' ? 100 : 0
    })
  }
})
afterAll(() => tb.close())

const entryCount = () => (tb.book.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n

const ledgerReceivable = () => {
  const t = tb.run('reports.trialBalance', { asOf: '2027-12-31' })
  const r = t.rows.find((x) => x.code === '1-1401')
  return (r?.closingDebit ?? 0) - (r?.closingCredit ?? 0)
}

describe('property: the loan receivable in the ledger equals the principal still owed', () => {
  it('after any sequence of disbursements and payments, valid or refused', () => {
    let n = 0
    fc.assert(
      fc.property(
        fc.constantFrom('FLAT', 'EFEKTIF', 'ANUITAS'),
        fc.integer({ min: 100_000, max: 30_000_000 }),
        fc.integer({ min: 1, max: 18 }),
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 }), amount: fc.integer({ min: 1, max: 5_000_000 }) }), {
          minLength: 1,
          maxLength: 8
        }),
        (product, principal, tenor, payments) => {
          const m = tb.run('members.create', { name: `Peminjam ${++n}`, gender: 'L', joinedAt: '2026-01-01' }).id
          const a = tb.run('loans.apply', {
            memberId: m,
            productCode: product,
            principal,
            tenorMonths: tenor,
            date: '2026-01-15'
          })
          tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-15' })
          tb.run('loans.disburse', { loanId: a.id, date: '2026-01-15' })
          let date = '2026-01-15'
          for (const p of payments) {
            date = new Date(Date.parse(`${date}T00:00:00Z`) + p.day * 86_400_000).toISOString().slice(0, 10)
            const loan = tb.run('loans.get', { loanId: a.id, asOf: date })
            if (loan.status !== 'CAIR') break
            const amount = Math.min(p.amount, loan.dues!.payoff + (p.amount % 3 === 0 ? 1 : 0))
            const entriesBefore = entryCount()
            const r = runCommand(tb.ctx, 'loans.pay', { loanId: a.id, amount, date })
            if (!r.ok) {
              // Refused: more than the payoff, or all the pokok without the jasa of a payoff. Nothing posted.
              expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' })
              expect(r.error.message).toMatch(
                amount > loan.dues!.payoff ? /melebihi yang harus dibayar/ : /melunasi seluruh pokok/
              )
              expect(entryCount()).toBe(entriesBefore)
            } else expect(amount).toBeLessThanOrEqual(loan.dues!.payoff)
          }
          const loans = tb.run('loans.list', { asOf: '2027-12-31' })
          const owed = loans.reduce((t, l) => t + (l.status === 'CAIR' ? l.dues!.outstandingPokok : 0), 0)
          expect(ledgerReceivable()).toBe(owed)
          for (const l of loans) {
            const paid = l.payments.reduce((t, p) => t + p.pokok, 0)
            expect(paid).toBeLessThanOrEqual(l.principal)
            if (l.status === 'LUNAS') expect(paid).toBe(l.principal)
          }
        }
      ),
      { numRuns: 40 }
    )
    expect(tb.run('system.check', {}).ok).toBe(true)
    // The set-based arrears list agrees with each loan's own dues, on any date.
    for (const asOf of ['2026-02-20', '2026-04-01', '2026-06-15', '2026-09-30', '2027-03-01']) {
      const arrears = new Map(tb.run('loans.arrears', { asOf }).rows.map((r) => [r.loanId, r]))
      const portfolio = tb.run('loans.portfolio', { asOf })
      const byClass = { LANCAR: 0, KURANG_LANCAR: 0, DIRAGUKAN: 0, MACET: 0 }
      for (const l of tb.run('loans.list', { asOf })) {
        const d = l.dues
        if (!d) continue
        if (d.outstandingPokok > 0)
          byClass[
            d.daysPastDue > 270
              ? 'MACET'
              : d.daysPastDue > 180
                ? 'DIRAGUKAN'
                : d.daysPastDue > 90
                  ? 'KURANG_LANCAR'
                  : 'LANCAR'
          ] += d.outstandingPokok
        const r = arrears.get(l.id)
        if (d.daysPastDue === 0 || d.overduePokok + d.overdueJasa === 0) {
          expect(r, `${asOf} ${l.loanNo}`).toBeUndefined()
        } else {
          expect(r, `${asOf} ${l.loanNo}`).toMatchObject({
            overduePokok: d.overduePokok,
            overdueJasa: d.overdueJasa,
            denda: d.denda,
            daysPastDue: d.daysPastDue,
            outstandingPokok: d.outstandingPokok
          })
        }
      }
      for (const c of ['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET'] as const)
        expect(portfolio.provision.byClass[c].bakiDebet, `${asOf} ${c}`).toBe(byClass[c])
    }
  }, 120_000)
})
