import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

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
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-02' }).id
})
afterEach(() => tb.close())

type Rule = 'BULAN_BERJALAN' | 'SELURUH_SISA' | 'TANPA_JASA'

/** Flat 1.200.000 over 12 months (pokok 100.000, jasa 18.000), disbursed 5 January, first due 5 February. */
function loan(rule: Rule, penalty = 0) {
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 50_000_000,
    provisiPercent: '0',
    graceDays: 3,
    dendaMode: 'PER_HARI',
    dendaValue: '0.1',
    earlyPayoffJasa: rule,
    earlyPayoffPenaltyMonths: penalty
  })
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2026-01-05'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-05' })
  return tb.run('loans.disburse', { loanId: a.id, date: '2026-01-05', firstDueDate: '2026-02-05' })
}

describe('member exit Berita Acara with a loan in arrears (issue 14 point 7, DOMAIN.md §3.4)', () => {
  it('two installments behind, no current-month jasa on payoff: jasa is only the jasa tertunggak and the row adds up', () => {
    const l = loan('TANPA_JASA')
    tb.run('loans.pay', { loanId: l.id, amount: 118_000, date: '2026-02-05' })
    // 20 April: installments of 5 March (46 days) and 5 April (15 days) unpaid; grace 3 days, 0,1 %/day:
    // 118.000 × 0,1 % × 43 = 5.074 and 118.000 × 0,1 % × 12 = 1.416 → denda 6.490.
    const p = tb.run('members.exitPreview', { id: siti, date: '2026-04-20' })
    expect(p.obligations.loans).toEqual([
      {
        loanNo: l.loanNo,
        outstandingPokok: 1_100_000,
        jasa: 36_000,
        jasaTertunggak: 36_000,
        jasaPelunasan: 0,
        denda: 6_490,
        payoff: 1_142_490
      }
    ])
    const row = p.obligations.loans[0]!
    expect(row.outstandingPokok + row.jasa + row.denda).toBe(row.payoff)
    expect(p.obligations.total).toBe(1_142_490)
  })

  it('every row equals the sum of its parts, under every early-payoff rule and on any day', () => {
    for (const [rule, penalty] of [
      ['BULAN_BERJALAN', 0],
      ['SELURUH_SISA', 0],
      ['TANPA_JASA', 2],
      ['BULAN_BERJALAN', 1]
    ] as [Rule, number][]) {
      const l = loan(rule, penalty)
      for (const date of ['2026-01-20', '2026-02-05', '2026-02-06', '2026-03-05', '2026-04-20', '2026-07-09']) {
        const p = tb.run('members.exitPreview', { id: siti, date })
        const row = p.obligations.loans.find((x) => x.loanNo === l.loanNo)!
        const d = tb.run('loans.get', { loanId: l.id, asOf: date }).dues!
        expect(row.outstandingPokok + row.jasaTertunggak + row.jasaPelunasan + row.denda, `${rule} ${date}`).toBe(
          row.payoff
        )
        expect(row.jasa).toBe(row.jasaTertunggak + row.jasaPelunasan)
        expect(row.payoff).toBe(d.payoff)
        expect(row.jasaTertunggak).toBe(d.overdueJasa)
      }
      tb.run('loans.writeOff', { loanId: l.id, date: '2026-12-31', reason: 'uji' })
    }
  })
})

describe('collateral carries the date it takes effect (issue 14 point 8)', () => {
  it('PPAP at an earlier date does not deduct collateral registered later', () => {
    const l = loan('BULAN_BERJALAN')
    // Never paid: on 1 December 2026 the oldest installment (5 February) is 299 days late → macet.
    tb.run('loans.setCollateral', { loanId: l.id, agunanPengurang: 500_000, effectiveFrom: '2026-11-15' })
    const nov = tb.run('loans.portfolio', { asOf: '2026-11-14' })
    const dec = tb.run('loans.portfolio', { asOf: '2026-12-01' })
    expect(nov.provision.byClass.MACET).toMatchObject({ count: 1, bakiDebet: 1_200_000, ppapwd: 1_200_000 })
    expect(dec.provision.byClass.MACET).toMatchObject({ count: 1, bakiDebet: 1_200_000, ppapwd: 700_000 })
    // A higher value from January 2027 leaves December as it was.
    tb.run('loans.setCollateral', { loanId: l.id, agunanPengurang: 900_000, effectiveFrom: '2027-01-10' })
    expect(tb.run('loans.portfolio', { asOf: '2026-12-01' }).provision.byClass.MACET.ppapwd).toBe(700_000)
    expect(tb.run('loans.portfolio', { asOf: '2027-01-31' }).provision.byClass.MACET.ppapwd).toBe(300_000)
    const got = tb.run('loans.get', { loanId: l.id, asOf: '2026-12-01' })
    expect(got.agunanPengurang).toBe(500_000)
    expect(got.collateralHistory).toEqual([
      { effectiveFrom: '2026-11-15', amount: 500_000 },
      { effectiveFrom: '2027-01-10', amount: 900_000 }
    ])
    // Undated input takes effect today in the cooperative's zone (1 March 2027 here).
    tb.run('loans.setCollateral', { loanId: l.id, agunanPengurang: 1_000_000 })
    expect(tb.run('loans.get', { loanId: l.id }).collateralHistory!.at(-1)).toEqual({
      effectiveFrom: '2027-03-01',
      amount: 1_000_000
    })
    expect(
      tb.fail('loans.setCollateral', { loanId: l.id, agunanPengurang: 1, effectiveFrom: '2025-12-31' }).field
    ).toBe('effectiveFrom')
  })
})

describe('collateral recorded before it was dated', () => {
  it("the upgrade gives each existing value the loan's disbursement date", async () => {
    const { openBook } = await import('../../../main/db/book')
    const { join } = await import('node:path')
    const file = join(tb.dir, 'lama.sqlite')
    const old = await openBook(file, { create: true, targetVersion: 16 })
    const db = old.sqlite
    db.prepare(
      `INSERT INTO members (member_no, name, status, created_at) VALUES ('A-0001', 'Siti', 'AKTIF', '2026-01-01T00:00:00Z')`
    ).run()
    const cols = `loan_no, member_id, product_code, method, rate_per_month, tenor, principal, round_up_to, provisi, admin_fee, fee_deducted, denda_mode, denda_value, grace_days, receivable, status, applied_at, disbursed_at, agunan_pengurang, created_at`
    db.prepare(
      `INSERT INTO loans (${cols}) VALUES ('PJ-1', 1, 'UMUM', 'flat', '1.5', 12, 1000000, 0, 0, 0, 1, 'PER_HARI', '0.1', 3, 'PINJAMAN_KONSUMTIF', 'CAIR', '2026-02-01', '2026-02-03', 400000, '2026-02-01T00:00:00Z')`
    ).run()
    db.prepare(
      `INSERT INTO loans (${cols}) VALUES ('PJ-2', 1, 'UMUM', 'flat', '1.5', 12, 1000000, 0, 0, 0, 1, 'PER_HARI', '0.1', 3, 'PINJAMAN_KONSUMTIF', 'CAIR', '2026-02-01', '2026-02-05', 0, '2026-02-01T00:00:00Z')`
    ).run()
    old.close()
    const upgraded = await openBook(file)
    expect(
      upgraded.sqlite
        .prepare('SELECT l.loan_no, c.effective_from, c.amount FROM loan_collateral c JOIN loans l ON l.id = c.loan_id')
        .all()
    ).toEqual([{ loan_no: 'PJ-1', effective_from: '2026-02-03', amount: 400_000 }])
    upgraded.close()
  })
})
