import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCommand } from '../../../main/commands/dispatch'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
let siti: number
let budi: number

beforeEach(async () => {
  tb = await createTestBook()
  tb.run('savings.setSettings', {
    effectiveFrom: '2026-01-01',
    pokokAmount: 50_000,
    wajibAmount: 20_000,
    sukarelaRate: '3'
  })
  siti = tb.run('members.create', {
    name: 'Siti Aminah',
    nik: '3273054508900001',
    gender: 'P',
    joinedAt: '2026-01-05'
  }).id
  budi = tb.run('members.create', {
    name: 'Budi Santoso',
    nik: '3404071203850003',
    gender: 'L',
    joinedAt: '2026-01-05'
  }).id
})
afterEach(() => tb.close())

const dep = (memberId: number, type: 'POKOK' | 'WAJIB' | 'SUKARELA', amount: number, date = '2026-01-10') =>
  tb.run('savings.deposit', { memberId, type, amount, date })
const tie = () => tb.run('savings.tieOut', { asOf: '2026-12-31' })

describe('deposits and withdrawals', () => {
  it('posts the journal and the member row together, with a receipt in words', () => {
    const r = dep(siti, 'POKOK', 50_000)
    expect(r.entry.number).toBe('KM-2026-000001')
    expect(r.transaction).toMatchObject({
      memberId: siti,
      type: 'POKOK',
      kind: 'SETOR',
      amount: 50_000,
      date: '2026-01-10'
    })
    expect(r.balanceAfter).toBe(50_000)
    expect(r.amountInWords).toBe('lima puluh ribu rupiah')
    const e = tb.run('journal.get', { id: r.entry.id })
    expect(e.source).toBe('SIMPANAN')
    expect(e.lines.map((l) => [l.accountCode, l.debit, l.credit, l.memberId])).toEqual([
      ['1-1101', 50_000, 0, siti],
      ['3-1101', 0, 50_000, siti]
    ])
    dep(siti, 'WAJIB', 20_000)
    dep(siti, 'SUKARELA', 100_000)
    const w = tb.run('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 30_000, date: '2026-01-20' })
    expect(w.entry.number).toBe('KK-2026-000001')
    expect(w.balanceAfter).toBe(70_000)
    expect(tie().ok).toBe(true)
    expect(tie().rows.map((r) => [r.account, r.ledger, r.members])).toEqual([
      ['3-1101', 50_000, 50_000],
      ['3-1102', 20_000, 20_000],
      ['2-1101', 70_000, 70_000]
    ])
  })

  it('pokok is paid once for the set amount (installments only when allowed)', () => {
    expect(
      tb.fail('savings.deposit', { memberId: siti, type: 'POKOK', amount: 20_000, date: '2026-01-10' }).message
    ).toMatch(/sekaligus sebesar Rp50\.000/)
    dep(siti, 'POKOK', 50_000)
    expect(
      tb.fail('savings.deposit', { memberId: siti, type: 'POKOK', amount: 50_000, date: '2026-01-11' }).message
    ).toMatch(/sudah lunas/)
    tb.run('savings.setSettings', {
      effectiveFrom: '2026-02-01',
      pokokAmount: 50_000,
      pokokInstallments: 5,
      wajibAmount: 20_000
    })
    dep(budi, 'POKOK', 20_000, '2026-02-02')
    dep(budi, 'POKOK', 20_000, '2026-02-03')
    expect(
      tb.fail('savings.deposit', { memberId: budi, type: 'POKOK', amount: 20_000, date: '2026-02-04' }).message
    ).toMatch(/tinggal Rp10\.000/)
    dep(budi, 'POKOK', 10_000, '2026-02-04')
    expect(tie().ok).toBe(true)
  })

  it('pokok and wajib cannot be withdrawn; sukarela never goes below zero, even back-dated; refusals change nothing', () => {
    dep(siti, 'POKOK', 50_000)
    dep(siti, 'WAJIB', 20_000)
    dep(siti, 'SUKARELA', 100_000, '2026-01-10')
    tb.run('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 80_000, date: '2026-01-20' })
    const before = tb.run('savings.passbook', { memberId: siti })
    expect(
      tb.fail('savings.withdraw', { memberId: siti, type: 'POKOK', amount: 1_000, date: '2026-01-21' }).message
    ).toMatch(/tidak dapat ditarik selama masih menjadi anggota/)
    expect(tb.fail('savings.withdraw', { memberId: siti, type: 'WAJIB', amount: 1_000, date: '2026-01-21' }).code).toBe(
      'CONFLICT'
    )
    const over = tb.fail('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 20_001, date: '2026-01-25' })
    expect(over).toMatchObject({ code: 'CONFLICT', field: 'amount' })
    expect(over.message).toMatch(/Rp20\.000/)
    // On the 15th the balance was 100.000, but the later withdrawal leaves only 20.000 to take.
    expect(
      tb.fail('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 50_000, date: '2026-01-15' }).code
    ).toBe('CONFLICT')
    expect(
      tb.fail('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 5_000, date: '2026-01-05' }).code
    ).toBe('CONFLICT')
    expect(tb.fail('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 0, date: '2026-01-21' }).field).toBe(
      'amount'
    )
    expect(tb.fail('savings.deposit', { memberId: 999, type: 'SUKARELA', amount: 5, date: '2026-01-21' }).field).toBe(
      'memberId'
    )
    expect(
      tb.fail('savings.deposit', {
        memberId: siti,
        type: 'SUKARELA',
        amount: 5,
        date: '2026-01-21',
        cashAccount: '3-1101'
      }).field
    ).toBe('cashAccount')
    expect(tb.run('savings.passbook', { memberId: siti })).toEqual(before)
    expect(tie().ok).toBe(true)
  })

  it('a calon member pays pokok first; a member who left cannot deposit', () => {
    const c = tb.run('members.create', { name: 'Calon', gender: 'L', joinedAt: '2026-01-05', status: 'CALON' }).id
    expect(tb.fail('savings.deposit', { memberId: c, type: 'WAJIB', amount: 20_000, date: '2026-01-10' }).field).toBe(
      'type'
    )
    dep(c, 'POKOK', 50_000)
    tb.book.sqlite.prepare(`UPDATE members SET status = 'KELUAR' WHERE id = ?`).run(budi)
    expect(tb.fail('savings.deposit', { memberId: budi, type: 'SUKARELA', amount: 5, date: '2026-01-21' }).code).toBe(
      'CONFLICT'
    )
  })

  it('needs the savings settings for pokok', async () => {
    const t = await createTestBook()
    try {
      const m = t.run('members.create', { name: 'X', gender: 'L', joinedAt: '2026-01-05' }).id
      expect(t.fail('savings.deposit', { memberId: m, type: 'POKOK', amount: 5, date: '2026-01-10' }).message).toMatch(
        /Pengaturan simpanan belum ditetapkan/
      )
    } finally {
      t.close()
    }
  })
})

describe('the ledger stays the truth', () => {
  it('manual journals cannot touch the savings control accounts', () => {
    const err = tb.fail('journal.post', {
      date: '2026-01-10',
      description: 'x',
      lines: [
        { account: '1-1101', debit: 5 },
        { account: '3-1102', credit: 5 }
      ]
    })
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'lines.1.account' })
    expect(err.message).toMatch(/menu Simpanan/)
    expect(tb.fail('accounts.setActive', { code: '2-1101', active: false }).code).toBe('CONFLICT')
    expect(tb.fail('accounts.create', { parentCode: '3-1101', code: '3-1101-01', name: 'x' }).code).toBe('CONFLICT')
  })

  it('reversing a savings journal reverses the member row with it', () => {
    const r = dep(siti, 'SUKARELA', 100_000)
    tb.run('journal.reverse', { entryId: r.entry.id, date: '2026-01-12', reason: 'Salah anggota' })
    const pb = tb.run('savings.passbook', { memberId: siti })
    expect(pb.lines.map((l) => [l.kind, l.amount, l.balance])).toEqual([
      ['SETOR', 100_000, 100_000],
      ['KOREKSI', -100_000, 0]
    ])
    expect(tie().ok).toBe(true)
  })

  it('a reversal that would make sukarela negative is refused', () => {
    const r = dep(siti, 'SUKARELA', 100_000)
    tb.run('savings.withdraw', { memberId: siti, type: 'SUKARELA', amount: 60_000, date: '2026-01-15' })
    expect(tb.fail('journal.reverse', { entryId: r.entry.id, date: '2026-01-16', reason: 'Salah anggota' }).code).toBe(
      'CONFLICT'
    )
    expect(tie().ok).toBe(true)
  })

  it('property: any sequence of valid and invalid deposits and withdrawals keeps the tie-out exact', () => {
    const op = fc.record({
      member: fc.constantFrom(siti, budi),
      kind: fc.constantFrom('deposit', 'withdraw'),
      type: fc.constantFrom('POKOK', 'WAJIB', 'SUKARELA'),
      amount: fc.integer({ min: -10, max: 200_000 }),
      day: fc.integer({ min: 1, max: 28 })
    })
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        for (const o of ops) {
          runSafe(o.kind === 'deposit' ? 'savings.deposit' : 'savings.withdraw', {
            memberId: o.member,
            type: o.type,
            amount: o.amount,
            date: `2026-03-${String(o.day).padStart(2, '0')}`
          })
        }
        const t = tie()
        expect(t.ok).toBe(true)
        for (const m of [siti, budi]) {
          const pb = tb.run('savings.passbook', { memberId: m })
          let s = 0
          for (const l of pb.lines
            .filter((x) => x.type === 'SUKARELA')
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))) {
            s += l.amount
            expect(s).toBeGreaterThanOrEqual(0)
          }
        }
      }),
      { numRuns: 40 }
    )
    expect(tb.run('system.check', {}).ok).toBe(true)
  })
})

/**
 * Runs a deposit or withdrawal that may be refused. A refusal must be one of the rules that apply to
 * it (not a crash), name the field at fault, and write nothing.
 */
function runSafe(
  name: 'savings.deposit' | 'savings.withdraw',
  input: { memberId: number; type: string; amount: number; date: string }
): void {
  const rows = () =>
    (
      tb.book.sqlite
        .prepare('SELECT (SELECT count(*) FROM savings_transactions) + (SELECT count(*) FROM journal_entries) AS n')
        .get() as { n: number }
    ).n
  const before = rows()
  const r = runCommand(tb.ctx, name, input)
  if (r.ok) {
    expect(input.amount).toBeGreaterThan(0)
    if (name === 'savings.withdraw') expect(input.type).toBe('SUKARELA')
    return
  }
  expect(rows()).toBe(before)
  if (input.amount <= 0) expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' })
  else if (name === 'savings.withdraw' && input.type !== 'SUKARELA')
    expect(r.error).toMatchObject({
      code: 'CONFLICT',
      field: 'type',
      message: expect.stringMatching(/tidak dapat ditarik/)
    })
  else if (name === 'savings.withdraw')
    expect(r.error).toMatchObject({ code: 'CONFLICT', field: 'amount', message: expect.stringMatching(/saldo minus/) })
  else {
    // A deposit: pokok already paid or over what is left, or wajib/sukarela before the pokok.
    expect(['CONFLICT', 'INVALID_INPUT']).toContain(r.error.code)
    expect(['amount', 'type']).toContain(r.error.field)
    expect(r.error.message).toMatch(/simpanan pokok|calon anggota/i)
  }
}

describe('passbook, balances and arrears', () => {
  it('passbook with running balances per type, from a date', () => {
    dep(siti, 'POKOK', 50_000, '2026-01-05')
    dep(siti, 'WAJIB', 20_000, '2026-01-05')
    dep(siti, 'WAJIB', 20_000, '2026-02-05')
    dep(siti, 'SUKARELA', 75_000, '2026-02-06')
    const pb = tb.run('savings.passbook', { memberId: siti, from: '2026-02-01', to: '2026-12-31' })
    expect(pb.opening).toEqual({ POKOK: 50_000, WAJIB: 20_000, SUKARELA: 0 })
    expect(pb.lines.map((l) => [l.type, l.balance])).toEqual([
      ['WAJIB', 40_000],
      ['SUKARELA', 75_000]
    ])
    expect(pb.closing).toEqual({ POKOK: 50_000, WAJIB: 40_000, SUKARELA: 75_000 })
    const b = tb.run('savings.balances', { asOf: '2026-12-31' })
    expect(b.totals).toEqual({ pokok: 50_000, wajib: 40_000, sukarela: 75_000, total: 165_000 })
    expect(b.items.find((x) => x.memberId === siti)).toMatchObject({
      pokok: 50_000,
      wajib: 40_000,
      sukarela: 75_000,
      total: 165_000
    })
    expect(tb.run('savings.balances', { asOf: '2026-01-31' }).totals.total).toBe(70_000)
  })

  it('arrears of wajib in months and rupiah, with per-member amounts', () => {
    tb.run('savings.setMemberWajib', { memberId: budi, effectiveFrom: '2026-01-01', amount: 30_000 })
    dep(siti, 'WAJIB', 40_000, '2026-01-05')
    dep(budi, 'WAJIB', 30_000, '2026-01-05')
    // The April list is read on 30 April: January–March are due; April falls due that day (not yet arrears).
    const a = tb.run('savings.arrears', { month: '2026-04' })
    expect(a.asOf).toBe('2026-04-30')
    expect(a.rows.map((r) => [r.memberNo, r.expected, r.paid, r.shortfall, r.months, r.notYetDue])).toEqual([
      ['A-0001', 60_000, 40_000, 20_000, 1, 20_000],
      ['A-0002', 90_000, 30_000, 60_000, 2, 30_000]
    ])
    expect(a.total).toBe(80_000)
    dep(siti, 'WAJIB', 30_000, '2026-04-20')
    expect(tb.run('savings.arrears', { month: '2026-04' }).rows.map((r) => r.memberNo)).toEqual(['A-0002'])
    // On 1 May April is overdue too.
    expect(
      tb.run('savings.arrears', { asOf: '2026-05-01' }).rows.map((r) => [r.memberNo, r.shortfall, r.months])
    ).toEqual([
      ['A-0001', 10_000, 1],
      ['A-0002', 90_000, 3]
    ])
  })
})
