import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
let siti: number
beforeEach(async () => {
  tb = await createTestBook()
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-05' }).id
  tb.run('savings.deposit', { memberId: siti, type: 'POKOK', amount: 50_000, date: '2026-01-05' })
  tb.run('savings.deposit', { memberId: siti, type: 'WAJIB', amount: 60_000, date: '2026-03-05' })
  tb.run('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 400_000, date: '2026-03-05' })
})
afterEach(() => tb.close())

describe('member exit (DOMAIN.md §3.4)', () => {
  it('computes hak − kewajiban, offsets the bon gerai, and pays the rest as a payable to the ex-member', () => {
    // A credit sale at the gerai (bon) of Rp110.000 to the member.
    tb.run('journal.post', {
      date: '2026-04-01',
      description: 'Bon gerai',
      lines: [
        { account: '1-1501', debit: 110_000, memberId: siti },
        { account: '4-2101', credit: 110_000, pihak: 'ANGGOTA' }
      ]
    })
    const p = tb.run('members.exitPreview', { id: siti, date: '2026-04-30' })
    expect(p).toMatchObject({
      rights: { pokok: 50_000, wajib: 60_000, sukarela: 400_000, total: 510_000 },
      obligations: { receivable: 110_000, total: 110_000 },
      net: 400_000
    })
    const r = tb.run('members.exit', { id: siti, date: '2026-04-30', reason: 'PINDAH', note: 'Pindah ke kota' })
    expect(r).toMatchObject({ payable: 400_000, paidOut: 0, remainingReceivable: 0 })
    expect(r.member).toMatchObject({
      status: 'KELUAR',
      exitDate: '2026-04-30',
      exitReason: 'PINDAH',
      exitNote: 'Pindah ke kota'
    })
    const e = tb.run('journal.get', { id: r.entry!.id })
    expect(e.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['3-1101', 50_000, 0],
      ['3-1102', 60_000, 0],
      ['2-1101', 400_000, 0],
      ['1-1501', 0, 110_000],
      ['2-1701', 0, 400_000]
    ])
    const pb = tb.run('savings.passbook', { memberId: siti })
    expect(pb.closing).toEqual({ POKOK: 0, WAJIB: 0, SUKARELA: 0 })
    expect(tb.run('savings.tieOut', { asOf: '2026-12-31' }).ok).toBe(true)
    expect(tb.fail('members.exit', { id: siti, date: '2026-05-01', reason: 'PINDAH' }).code).toBe('CONFLICT')
    expect(tb.fail('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 5, date: '2026-05-01' }).code).toBe(
      'CONFLICT'
    )
    expect(tb.run('members.history', { id: siti }).some((h) => h.field === 'status' && h.newValue === 'KELUAR')).toBe(
      true
    )
  })

  it('pays out in cash when asked; obligations beyond the rights stay a receivable', () => {
    tb.run('journal.post', {
      date: '2026-04-01',
      description: 'Bon gerai besar',
      lines: [
        { account: '1-1501', debit: 600_000, memberId: siti },
        { account: '4-2101', credit: 600_000 }
      ]
    })
    const r = tb.run('members.exit', { id: siti, date: '2026-04-30', reason: 'MENINGGAL', payout: 'TUNAI' })
    expect(r.settlement.net).toBe(-90_000)
    expect(r).toMatchObject({ paidOut: 0, payable: 0, remainingReceivable: 90_000 })
    expect(tb.fail('members.exit', { id: 999, date: '2026-04-30', reason: 'PINDAH' }).code).toBe('NOT_FOUND')
  })

  it('refuses an exit dated before the member’s last savings movement', () => {
    expect(tb.fail('members.exit', { id: siti, date: '2026-03-01', reason: 'PERMINTAAN_SENDIRI' }).field).toBe('date')
    const r = tb.run('members.exit', { id: siti, date: '2026-03-31', reason: 'PERMINTAAN_SENDIRI', payout: 'TUNAI' })
    expect(r.paidOut).toBe(510_000)
    expect(tb.run('journal.get', { id: r.entry!.id }).lines.at(-1)).toMatchObject({
      accountCode: '1-1101',
      credit: 510_000
    })
  })
})

describe('member exit with an open loan', () => {
  it('offsets the loan payoff against the savings first, closes the loan, and keeps both tie-outs exact', () => {
    tb.run('loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 12,
      maxAmount: 10_000_000
    })
    const a = tb.run('loans.apply', {
      memberId: siti,
      productCode: 'UMUM',
      principal: 300_000,
      tenorMonths: 3,
      date: '2026-03-10'
    })
    tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-03-10' })
    tb.run('loans.disburse', { loanId: a.id, date: '2026-03-10' })
    const p = tb.run('members.exitPreview', { id: siti, date: '2026-03-31' })
    // payoff = 300.000 pokok + this month's jasa 4.500
    expect(p.obligations.loans).toEqual([
      {
        loanNo: 'PJ-2026-00001',
        outstandingPokok: 300_000,
        jasa: 4_500,
        jasaTertunggak: 0,
        jasaPelunasan: 4_500,
        denda: 0,
        payoff: 304_500
      }
    ])
    expect(p.net).toBe(510_000 - 304_500)
    const r = tb.run('members.exit', { id: siti, date: '2026-03-31', reason: 'PERMINTAAN_SENDIRI' })
    expect(r.payable).toBe(205_500)
    expect(tb.run('loans.get', { loanId: a.id }).status).toBe('LUNAS')
    expect(tb.run('system.check', {}).ok).toBe(true)
  })
})
