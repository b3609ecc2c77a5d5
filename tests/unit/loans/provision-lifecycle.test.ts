import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 200_000_000
  })
})
afterEach(() => tb.close())

function loan(name: string, principal: number) {
  const m = tb.run('members.create', { name, gender: 'L', joinedAt: '2026-01-05', phone: '0812-1111-2222' }).id
  const a = tb.run('loans.apply', { memberId: m, productCode: 'UMUM', principal, tenorMonths: 12, date: '2026-01-10' })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-01-10' })
  return tb.run('loans.disburse', { loanId: a.id, date: '2026-01-10', firstDueDate: '2026-02-10' })
}

describe('arrears, kolektibilitas, PPAP, write-off', () => {
  it('lists arrears by days past due and classifies them', () => {
    const a = loan('Ali', 12_000_000)
    const b = loan('Badu', 6_000_000)
    for (const d of ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10'])
      tb.run('loans.pay', { loanId: a.id, amount: 1_180_000, date: d })
    const r = tb.run('loans.arrears', { asOf: '2026-06-30' })
    expect(r.rows.map((x) => [x.loanNo, x.daysPastDue, x.kolektibilitas])).toEqual([[b.loanNo, 140, 'KURANG_LANCAR']])
    expect(r.rows[0]).toMatchObject({ overduePokok: 2_500_000, overdueJasa: 450_000, phone: '0812-1111-2222' })
  })

  it('forms PPAP to the required amount, writes off a macet loan against it, and records a later recovery', () => {
    const good = loan('Ali', 100_000_000)
    const bad = loan('Badu', 2_000_000)
    tb.run('loans.setCollateral', { loanId: bad.id, agunanPengurang: 500_000, effectiveFrom: '2026-01-10' })
    // Ali pays everything due through November; Badu never pays.
    let due = '2026-02-10'
    for (let k = 0; k < 10; k++) {
      tb.run('loans.pay', { loanId: good.id, amount: 8_333_333 + 1_500_000, date: due })
      due = `2026-${String(3 + k).padStart(2, '0')}-10`
    }
    const p = tb.run('loans.portfolio', { asOf: '2026-12-01' })
    expect(p.provision.byClass.MACET.count).toBe(1)
    // Badu's baki debet 2.000.000, 294 days past due → macet: 100 % × (2.000.000 − 500.000).
    expect(p.provision.byClass.MACET.ppapwd).toBe(1_500_000)
    expect(p.formed).toBe(0)
    const posted = tb.run('loans.provision', { date: '2026-12-01' })
    expect(posted.formed).toBe(p.provision.total.ppapwd)
    expect(posted.difference).toBe(0)
    expect(tb.fail('loans.provision', { date: '2026-12-01' }).code).toBe('CONFLICT')
    expect(tb.fail('loans.writeOff', { loanId: good.id, date: '2026-12-01', reason: 'x' }).code).toBe('CONFLICT')
    const w = tb.run('loans.writeOff', {
      loanId: bad.id,
      date: '2026-12-01',
      reason: 'Anggota pindah, tidak dapat ditagih'
    })
    expect(w).toMatchObject({ status: 'HAPUS_BUKU', writtenOffAmount: 2_000_000 })
    expect(tb.fail('loans.pay', { loanId: bad.id, amount: 1, date: '2026-12-02' }).code).toBe('CONFLICT')
    const r = tb.run('loans.recover', { loanId: bad.id, amount: 300_000, date: '2026-12-15', allowFutureDate: true })
    expect(r.recovered).toBe(300_000)
    expect(
      tb.fail('loans.recover', { loanId: bad.id, amount: 1_800_000, date: '2026-12-16', allowFutureDate: true }).message
    ).toContain('Rp1.700.000')
    expect(tb.run('system.check', {}).ok).toBe(true)
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
  })
})
