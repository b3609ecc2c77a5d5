import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

/**
 * Issue 14 point 2, DOMAIN.md §4.3: a payoff on the due date D_k costs jasa_k, not jasa_{k+1}; the
 * day after it costs jasa_{k+1} too. Worked check: flat P = 1.200.000, 12 × 100.000 pokok, jasa
 * 1,5 % = 18.000, installments 1–3 paid: on D_4 918.000, on D_4 + 1 day 936.000.
 */
let tb: TestBook
let siti: number
beforeEach(async () => {
  tb = await createTestBook({ now: new Date('2027-03-01T03:00:00Z') })
  tb.run('journal.post', {
    date: '2026-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-02' }).id
})
afterEach(() => tb.close())

function loan(principal: number, method: 'flat' | 'anuitas' = 'flat', extra: Record<string, unknown> = {}) {
  tb.run('loans.setProduct', {
    code: method.toUpperCase(),
    effectiveFrom: '2026-01-01',
    name: `Pinjaman ${method}`,
    method,
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 50_000_000,
    provisiPercent: '0',
    graceDays: 3,
    ...extra
  } as never)
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: method.toUpperCase(),
    principal,
    tenorMonths: 12,
    date: '2026-01-05'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-05' })
  const l = tb.run('loans.disburse', { loanId: a.id, date: '2026-01-05', firstDueDate: '2026-02-05' })
  for (const i of l.schedule.slice(0, 3)) tb.run('loans.pay', { loanId: l.id, amount: i.angsuran, date: i.dueDate })
  return l
}

const D4 = '2026-05-05'

describe('early payoff on a due date (DOMAIN.md §4.3 worked check)', () => {
  it('flat: 918.000 on D_4, 936.000 the day after', () => {
    const l = loan(1_200_000)
    expect(l.schedule[3]!.dueDate).toBe(D4)
    expect(tb.run('loans.get', { loanId: l.id, asOf: D4 }).dues).toMatchObject({
      payoff: 918_000,
      outstandingPokok: 900_000,
      overdueJasa: 0,
      overduePokok: 0,
      currentJasa: 18_000,
      payoffJasa: 18_000,
      daysPastDue: 0
    })
    expect(tb.run('loans.get', { loanId: l.id, asOf: '2026-05-06' }).dues).toMatchObject({
      payoff: 936_000,
      overdueJasa: 18_000,
      overduePokok: 100_000,
      denda: 0,
      payoffJasa: 18_000,
      daysPastDue: 1
    })
    // The arrears list agrees: nothing overdue on D_4, installment 4 the day after.
    expect(tb.run('loans.arrears', { asOf: D4 }).rows).toEqual([])
    expect(
      tb.run('loans.arrears', { asOf: '2026-05-06' }).rows.map((r) => [r.overduePokok, r.overdueJasa, r.daysPastDue])
    ).toEqual([[100_000, 18_000, 1]])
  })

  it('anuitas: the jasa of period k as the schedule computes it (DOMAIN.md §4.2 table)', () => {
    const l = loan(12_000_000, 'anuitas')
    // After installments 1–3 the balance is 9.197.906; jasa_4 = 137.969, jasa_5 = 123.536.
    expect(tb.run('loans.get', { loanId: l.id, asOf: D4 }).dues!.payoff).toBe(9_197_906 + 137_969)
    expect(tb.run('loans.get', { loanId: l.id, asOf: '2026-05-06' }).dues!.payoff).toBe(9_197_906 + 137_969 + 123_536)
  })

  it('a payoff on D_4 closes the loan with jasa 18.000 and pokok 900.000; the quote stays available afterwards as zeros', () => {
    const l = loan(1_200_000)
    const paid = tb.run('loans.pay', { loanId: l.id, amount: 918_000, date: D4, payoff: true })
    expect(paid.status).toBe('LUNAS')
    expect(paid.payment).toMatchObject({ amount: 918_000, jasa: 18_000, pokok: 900_000, denda: 0 })
    expect(paid.payment.plan).toMatchObject({ isPayoff: true, closes: true, remaining: { total: 0 } })
    const e = tb.run('journal.list', { search: 'Pelunasan pinjaman', page: 1, pageSize: 10 })
    expect(e.items.map((x) => x.total)).toEqual([918_000])
    const after = tb.run('loans.get', { loanId: l.id, asOf: '2026-06-01' }).dues
    expect(after).toEqual({
      asOf: '2026-06-01',
      outstandingPokok: 0,
      overdueJasa: 0,
      overduePokok: 0,
      denda: 0,
      currentJasa: 0,
      currentPokok: 0,
      payoff: 0,
      payoffJasa: 0,
      payoffPenalty: 0,
      daysPastDue: 0
    })
    // Before it was paid off, the same loan still shows what it owed then.
    expect(tb.run('loans.get', { loanId: l.id, asOf: '2026-04-20' }).dues!.outstandingPokok).toBe(900_000)
  })

  it('a payment meant as payoff is refused when it is not the payoff, naming the payoff; nothing is posted', () => {
    const l = loan(1_200_000)
    const before = tb.run('journal.list', { page: 1, pageSize: 1 }).total
    const e = tb.fail('loans.pay', { loanId: l.id, amount: 936_000, date: D4, payoff: true })
    expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' })
    expect(e.message).toContain('Rp918.000')
    expect(e.message).toContain('sisa pokok Rp900.000')
    expect(tb.run('journal.list', { page: 1, pageSize: 1 }).total).toBe(before)
    expect(tb.run('loans.get', { loanId: l.id }).status).toBe('CAIR')
  })

  it('a smaller payment is never taken as a payoff: the preview and the result show the split and what stays owed', () => {
    const l = loan(1_200_000)
    const preview = tb.run('loans.payPreview', { loanId: l.id, amount: 500_000, date: '2026-05-06' })
    // denda 0 → jasa tertunggak 18.000 → pokok tertunggak 100.000 → jasa berjalan 18.000 → pokok berjalan 100.000 → sisa 264.000.
    expect(preview).toMatchObject({
      isPayoff: false,
      closes: false,
      excess: 0,
      allocation: { denda: 0, jasa: 36_000, pokok: 464_000 },
      steps: [
        { step: 'JASA_TERTUNGGAK', amount: 18_000 },
        { step: 'POKOK_TERTUNGGAK', amount: 100_000 },
        { step: 'JASA_BERJALAN', amount: 18_000 },
        { step: 'POKOK_BERJALAN', amount: 100_000 },
        { step: 'SISA_POKOK', amount: 264_000 }
      ],
      remaining: {
        denda: 0,
        overdueJasa: 0,
        overduePokok: 0,
        currentJasa: 0,
        outstandingPokok: 436_000,
        total: 436_000
      }
    })
    const paid = tb.run('loans.pay', { loanId: l.id, amount: 500_000, date: '2026-05-06' })
    expect(paid.status).toBe('CAIR')
    expect(paid.payment.plan).toEqual({
      amount: 500_000,
      isPayoff: false,
      closes: false,
      allocation: preview.allocation,
      steps: preview.steps,
      remaining: preview.remaining
    })
    expect(paid.dues!.outstandingPokok).toBe(436_000)
    // An amount above the payoff: the preview says by how much; the payment is refused.
    expect(tb.run('loans.payPreview', { loanId: l.id, amount: 500_000, date: '2026-05-06' }).excess).toBe(
      500_000 - 436_000
    )
    expect(tb.fail('loans.pay', { loanId: l.id, amount: 500_000, date: '2026-05-06' }).field).toBe('amount')
  })

  it('on the last due date the payoff is the last installment: no early-payoff penalty', () => {
    const l = loan(1_200_000, 'flat', { earlyPayoffPenaltyMonths: 2 })
    for (const i of l.schedule.slice(3, 11)) tb.run('loans.pay', { loanId: l.id, amount: i.angsuran, date: i.dueDate })
    const last = l.schedule[11]!
    expect(tb.run('loans.get', { loanId: l.id, asOf: last.dueDate }).dues).toMatchObject({
      payoff: 118_000,
      payoffPenalty: 0
    })
    // Paying the installment on that day closes the loan.
    expect(tb.run('loans.pay', { loanId: l.id, amount: 118_000, date: last.dueDate }).status).toBe('LUNAS')
  })
})
