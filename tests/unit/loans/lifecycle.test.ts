import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
let siti: number
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '1',
    dendaMode: 'PER_HARI',
    dendaValue: '0.1',
    graceDays: 3
  })
})
afterEach(() => tb.close())

function disbursed(principal = 12_000_000) {
  const a = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal,
    tenorMonths: 12,
    date: '2026-02-01',
    purpose: 'Modal warung'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-02-02' })
  return tb.run('loans.disburse', { loanId: a.id, date: '2026-02-05' })
}

describe('life of a loan', () => {
  it('application checks the product limits and the member', () => {
    expect(
      tb.fail('loans.apply', {
        memberId: siti,
        productCode: 'UMUM',
        principal: 25_000_000,
        tenorMonths: 12,
        date: '2026-02-01'
      }).field
    ).toBe('principal')
    expect(
      tb.fail('loans.apply', {
        memberId: siti,
        productCode: 'UMUM',
        principal: 1_000_000,
        tenorMonths: 36,
        date: '2026-02-01'
      }).field
    ).toBe('tenorMonths')
    expect(
      tb.fail('loans.apply', {
        memberId: siti,
        productCode: 'KILAT',
        principal: 1_000_000,
        tenorMonths: 6,
        date: '2026-02-01'
      }).field
    ).toBe('productCode')
    const c = tb.run('members.create', { name: 'Calon', gender: 'L', joinedAt: '2026-01-05', status: 'CALON' }).id
    expect(
      tb.fail('loans.apply', {
        memberId: c,
        productCode: 'UMUM',
        principal: 1_000_000,
        tenorMonths: 6,
        date: '2026-02-01'
      }).field
    ).toBe('memberId')
    const a = tb.run('loans.apply', {
      memberId: siti,
      productCode: 'UMUM',
      principal: 1_000_000,
      tenorMonths: 6,
      date: '2026-02-01'
    })
    expect(tb.fail('loans.disburse', { loanId: a.id, date: '2026-02-05' }).code).toBe('CONFLICT')
    tb.run('loans.decide', { loanId: a.id, approve: false, date: '2026-02-02', note: 'Kas tidak cukup' })
    expect(tb.run('loans.get', { loanId: a.id }).status).toBe('DITOLAK')
  })

  it('disbursement posts DOMAIN.md §2.6 (provisi 1 % deducted) and stores the schedule', () => {
    const l = disbursed()
    expect(l.loanNo).toBe('PJ-2026-00001')
    expect(l.schedule).toHaveLength(12)
    expect(l.schedule[0]).toMatchObject({ no: 1, dueDate: '2026-03-05', pokok: 1_000_000, jasa: 180_000 })
    const e = tb.run('journal.list', { source: 'PINJAMAN' }).items[0]!
    const lines = tb.run('journal.get', { id: e.id }).lines.map((x) => [x.accountCode, x.debit, x.credit])
    expect(lines).toEqual([
      ['1-1401', 12_000_000, 0],
      ['1-1101', 0, 11_880_000],
      ['4-1201', 0, 120_000]
    ])
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('pays on time, late with denda (§4.3: Rp8.260), refuses overpayment with the payoff shown, then pays off early', () => {
    const l = disbursed()
    const p1 = tb.run('loans.pay', { loanId: l.id, amount: 1_180_000, date: '2026-03-05' })
    expect(p1.payment).toMatchObject({ denda: 0, jasa: 180_000, pokok: 1_000_000 })
    // The second installment (due 5 April) paid 10 days late: 7 days × 0,1 % × 1.180.000.
    const due = tb.run('loans.get', { loanId: l.id, asOf: '2026-04-15' }).dues!
    expect(due).toMatchObject({ denda: 8_260, overdueJasa: 180_000, overduePokok: 1_000_000, daysPastDue: 10 })
    const p2 = tb.run('loans.pay', { loanId: l.id, amount: 1_188_260, date: '2026-04-15' })
    expect(p2.payment).toMatchObject({ denda: 8_260, jasa: 180_000, pokok: 1_000_000 })
    expect(p2.payment.amountInWords).toBe('satu juta seratus delapan puluh delapan ribu dua ratus enam puluh rupiah')
    // Early payoff: remaining principal + this month's jasa.
    const d = tb.run('loans.get', { loanId: l.id, asOf: '2026-04-20' }).dues!
    expect(d.payoff).toBe(10_000_000 + 180_000)
    const over = tb.fail('loans.pay', { loanId: l.id, amount: 10_180_001, date: '2026-04-20' })
    expect(over.field).toBe('amount')
    expect(over.message).toContain('Rp10.180.000')
    const p3 = tb.run('loans.pay', { loanId: l.id, amount: 10_180_000, date: '2026-04-20' })
    expect(p3.status).toBe('LUNAS')
    expect(p3.payment).toMatchObject({ jasa: 180_000, pokok: 10_000_000 })
    expect(tb.fail('loans.pay', { loanId: l.id, amount: 1, date: '2026-04-21' }).code).toBe('CONFLICT')
    expect(tb.run('system.check', {}).ok).toBe(true)
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
    // The receivable is back to zero.
    const r = tb.run('reports.trialBalance', { asOf: '2026-12-31' }).rows.find((x) => x.code === '1-1401')!
    expect(r.closingDebit - r.closingCredit).toBe(0)
  })

  it('a partial payment goes to jasa before pokok; manual journals cannot touch the loan receivable', () => {
    const l = disbursed()
    const p = tb.run('loans.pay', { loanId: l.id, amount: 500_000, date: '2026-03-05' })
    expect(p.payment).toMatchObject({ jasa: 180_000, pokok: 320_000 })
    expect(
      tb.fail('journal.post', {
        date: '2026-03-06',
        description: 'x',
        lines: [
          { account: '1-1401', debit: 5 },
          { account: '1-1101', credit: 5 }
        ]
      }).message
    ).toMatch(/menu Pinjaman/)
  })
})

describe('lending limits (BMPP, DOMAIN.md §4.1)', () => {
  it('pengurus and pengawas may borrow up to 10 % of modal sendiri; other members only against a set limit', () => {
    tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
    tb.run('journal.post', {
      date: '2026-01-02',
      description: 'Modal penyertaan desa',
      lines: [
        { account: '1-1201', debit: 100_000_000 },
        { account: '3-2101', credit: 100_000_000 }
      ]
    })
    const ketua = tb.run('members.create', {
      name: 'Pak Ketua',
      gender: 'L',
      joinedAt: '2026-01-05',
      position: 'PENGURUS'
    }).id
    const err = tb.fail('loans.apply', {
      memberId: ketua,
      productCode: 'UMUM',
      principal: 10_000_001,
      tenorMonths: 12,
      date: '2026-02-01'
    })
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'principal' })
    expect(err.message).toContain('pihak terkait')
    expect(err.message).toContain('Rp10.000.000')
    tb.run('loans.apply', {
      memberId: ketua,
      productCode: 'UMUM',
      principal: 6_000_000,
      tenorMonths: 12,
      date: '2026-02-01'
    })
    expect(
      tb.fail('loans.apply', {
        memberId: ketua,
        productCode: 'UMUM',
        principal: 5_000_000,
        tenorMonths: 12,
        date: '2026-02-01'
      }).message
    ).toContain('Rp6.000.000')
    // an ordinary member: no limit until one is set
    tb.run('loans.apply', {
      memberId: siti,
      productCode: 'UMUM',
      principal: 20_000_000,
      tenorMonths: 12,
      date: '2026-02-01'
    })
    tb.run('loans.setLimits', { relatedPartyPercent: '10', otherPercent: '20' })
    expect(
      tb.fail('loans.apply', {
        memberId: siti,
        productCode: 'UMUM',
        principal: 1_000_000,
        tenorMonths: 12,
        date: '2026-02-01'
      }).message
    ).toContain('per anggota')
  })
})
