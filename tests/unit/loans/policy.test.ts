import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
let siti: number
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
})
afterEach(() => tb.close())

function product(extra: Record<string, unknown> = {}) {
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0',
    graceDays: 3,
    ...extra
  } as never)
}

function disbursed(principal = 12_000_000) {
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal,
    tenorMonths: 12,
    date: '2026-02-01'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-02-02' })
  return tb.run('loans.disburse', { loanId: a.id, date: '2026-02-05' })
}

describe('early payoff rule per product (DOMAIN.md §4.3)', () => {
  it('BULAN_BERJALAN is the default: remaining principal and this month’s jasa', () => {
    product()
    const l = disbursed()
    expect(l.earlyPayoffJasa).toBe('BULAN_BERJALAN')
    tb.run('loans.pay', { loanId: l.id, amount: 1_180_000, date: '2026-03-05' })
    const d = tb.run('loans.get', { loanId: l.id, asOf: '2026-03-20' }).dues!
    expect(d).toMatchObject({ payoff: 11_000_000 + 180_000, payoffJasa: 180_000, payoffPenalty: 0 })
  })

  it('SELURUH_SISA charges every remaining month’s jasa; a payment clearing the principal for less is refused with the payoff', () => {
    product({ earlyPayoffJasa: 'SELURUH_SISA' })
    const l = disbursed()
    tb.run('loans.pay', { loanId: l.id, amount: 1_180_000, date: '2026-03-05' })
    const d = tb.run('loans.get', { loanId: l.id, asOf: '2026-03-20' }).dues!
    expect(d.payoff).toBe(11_000_000 + 11 * 180_000)
    const short = tb.fail('loans.pay', { loanId: l.id, amount: 11_180_000, date: '2026-03-20' })
    expect(short.field).toBe('amount')
    expect(short.message).toContain('Rp12.980.000')
    const paid = tb.run('loans.pay', { loanId: l.id, amount: 12_980_000, date: '2026-03-20' })
    expect(paid.status).toBe('LUNAS')
    expect(paid.payment).toMatchObject({ jasa: 1_980_000, pokok: 11_000_000, denda: 0 })
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('TANPA_JASA with a two-month penalty: principal plus 2 × the month’s jasa', () => {
    product({ earlyPayoffJasa: 'TANPA_JASA', earlyPayoffPenaltyMonths: 2 })
    const l = disbursed()
    const d = tb.run('loans.get', { loanId: l.id, asOf: '2026-02-20' }).dues!
    expect(d).toMatchObject({ payoff: 12_000_000 + 360_000, payoffJasa: 0, payoffPenalty: 360_000 })
    const paid = tb.run('loans.pay', { loanId: l.id, amount: 12_360_000, date: '2026-02-20' })
    expect(paid.status).toBe('LUNAS')
    expect(paid.payment).toMatchObject({ jasa: 360_000, pokok: 12_000_000 })
  })

  it('once every installment is due there is nothing early: the payoff is what is owed', () => {
    product({ earlyPayoffPenaltyMonths: 3 })
    const l = disbursed()
    const d = tb.run('loans.get', { loanId: l.id, asOf: '2027-02-10' }).dues!
    expect(d.payoffPenalty).toBe(0)
    expect(d.payoff).toBe(d.denda + d.overdueJasa + d.outstandingPokok)
  })
})

describe('loan policy settings', () => {
  it('defaults to DOMAIN.md §4.3 order and §4.4 bands, and refuses a malformed policy in Indonesian, changing nothing', () => {
    const p = tb.run('loans.policy', {})
    expect(p.allocationOrder).toEqual([
      'DENDA',
      'JASA_TERTUNGGAK',
      'POKOK_TERTUNGGAK',
      'JASA_BERJALAN',
      'POKOK_BERJALAN'
    ])
    expect(p.provision.maxDays).toEqual({ LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 270 })
    const dup = tb.fail('loans.setPolicy', {
      allocationOrder: ['DENDA', 'DENDA', 'POKOK_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN']
    })
    expect(dup.field).toBe('allocationOrder')
    expect(dup.message).toMatch(/kelima langkah/)
    const bands = tb.fail('loans.setPolicy', {
      provision: {
        maxDays: { LANCAR: 90, KURANG_LANCAR: 60, DIRAGUKAN: 270 },
        rates: { LANCAR: '0.5', KURANG_LANCAR: '10', DIRAGUKAN: '50', MACET: '100' }
      }
    })
    expect(bands.message).toMatch(/batas hari harus naik/)
    expect(
      tb.fail('loans.setPolicy', {
        provision: {
          maxDays: { LANCAR: 0, KURANG_LANCAR: 1, DIRAGUKAN: 2 },
          rates: { LANCAR: '0.5', KURANG_LANCAR: '10', DIRAGUKAN: '50', MACET: '101' }
        }
      }).field
    ).toMatch(/rates/)
    expect(tb.run('loans.policy', {})).toEqual(p)
  })

  it('a different allocation order changes how a partial payment is split', () => {
    product()
    const l = disbursed()
    // 10 April: installment of 5 March unpaid (denda accrues), 5 April due too.
    const first = tb.run('loans.get', { loanId: l.id, asOf: '2026-04-10' }).dues!
    expect(first.denda).toBeGreaterThan(0)
    tb.run('loans.setPolicy', {
      allocationOrder: ['POKOK_TERTUNGGAK', 'JASA_TERTUNGGAK', 'DENDA', 'POKOK_BERJALAN', 'JASA_BERJALAN']
    })
    const paid = tb.run('loans.pay', { loanId: l.id, amount: 1_500_000, date: '2026-04-10' })
    expect(paid.payment).toMatchObject({ pokok: 1_500_000, jasa: 0, denda: 0 })
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('day bands and rates decide kolektibilitas and PPAP', () => {
    product()
    const l = disbursed()
    const asOf = '2026-05-01' // first installment 57 days late
    expect(tb.run('loans.arrears', { asOf }).rows[0]).toMatchObject({
      loanId: l.id,
      daysPastDue: 57,
      kolektibilitas: 'LANCAR'
    })
    tb.run('loans.setPolicy', {
      provision: {
        maxDays: { LANCAR: 0, KURANG_LANCAR: 90, DIRAGUKAN: 120 },
        rates: { LANCAR: '1', KURANG_LANCAR: '25', DIRAGUKAN: '50', MACET: '100' }
      }
    })
    expect(tb.run('loans.arrears', { asOf }).rows[0]!.kolektibilitas).toBe('KURANG_LANCAR')
    const p = tb.run('loans.portfolio', { asOf })
    expect(p.provision.byClass.KURANG_LANCAR).toMatchObject({ count: 1, bakiDebet: 12_000_000, ppapwd: 3_000_000 })
    expect(p.byProduct).toEqual([
      {
        productCode: 'UMUM',
        name: 'Pinjaman Umum',
        count: 1,
        outstanding: 12_000_000,
        byClass: { LANCAR: 0, KURANG_LANCAR: 12_000_000, DIRAGUKAN: 0, MACET: 0 }
      }
    ])
  })
})

describe('loan journals belong to the loans module', () => {
  it('journal.reverse of a disbursement is refused, pointing to the Pinjaman menu, and changes nothing', () => {
    product()
    const l = disbursed()
    const entry = tb.run('journal.get', { number: l.disbursementEntry! })
    const before = tb.run('reports.trialBalance', { asOf: '2026-12-31' }).totals
    const e = tb.fail('journal.reverse', { entryId: entry.id, date: '2026-02-10', reason: 'salah catat' })
    expect(e.field).toBe('entryId')
    expect(e.message).toContain('menu Pinjaman')
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).totals).toEqual(before)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })
})

describe('the stored loan position is proven by the whole-book check', () => {
  it('a position that no longer matches the payments is reported', () => {
    product()
    const l = disbursed()
    tb.run('loans.pay', { loanId: l.id, amount: 1_180_000, date: '2026-03-05' })
    expect(tb.run('system.check', {}).ok).toBe(true)
    tb.book.sqlite.prepare('UPDATE loans SET paid_pokok = paid_pokok + 1 WHERE id = ?').run(l.id)
    const check = tb.run('system.check', {})
    expect(check.ok).toBe(false)
    expect(check.sections.find((s) => s.name.startsWith('Pinjaman'))!.problems.join(' ')).toContain(l.loanNo)
  })
})
