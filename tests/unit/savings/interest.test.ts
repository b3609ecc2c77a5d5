import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { interestFor } from '../../../main/savings/interest'
import { createTestBook, type TestBook } from '../../helpers/book'

const base = { sukarelaRate: '3', taxThreshold: 240_000, taxRate: '10' }

describe('jasa simpanan sukarela, DOMAIN.md §3.3 examples', () => {
  it('method A, lowest balance Rp2.000.000 at 3 % a year → Rp5.000', () => {
    const rows = [
      { date: '2026-05-20', amount: 2_000_000 },
      { date: '2026-06-10', amount: 500_000 }
    ]
    expect(interestFor(rows, '2026-06', { ...base, sukarelaMethod: 'SALDO_TERENDAH' })).toEqual({
      base: 2_000_000,
      gross: 5_000,
      tax: 0
    })
  })
  it('method B, Rp2.000.000 for all 30 days of June → 4.931,5 floored to Rp4.931', () => {
    const rows = [{ date: '2026-05-20', amount: 2_000_000 }]
    expect(interestFor(rows, '2026-06', { ...base, sukarelaMethod: 'SALDO_HARIAN' })).toEqual({
      base: 60_000_000,
      gross: 4_931,
      tax: 0
    })
  })
  it('the lowest balance includes the start of the month and every movement in it', () => {
    const rows = [
      { date: '2026-05-01', amount: 1_000_000 },
      { date: '2026-06-05', amount: -600_000 },
      { date: '2026-06-06', amount: 2_000_000 }
    ]
    expect(interestFor(rows, '2026-06', { ...base, sukarelaMethod: 'SALDO_TERENDAH' }).base).toBe(400_000)
    // daily: 4 days at 1.000.000, 1 day at 400.000, 25 days at 2.400.000
    expect(interestFor(rows, '2026-06', { ...base, sukarelaMethod: 'SALDO_HARIAN' }).base).toBe(
      4 * 1_000_000 + 400_000 + 25 * 2_400_000
    )
  })
  it('PPh final: nothing up to Rp240.000 a month, 10 % of the whole gross above it, half-up', () => {
    const at = (balance: number) =>
      interestFor([{ date: '2026-01-01', amount: balance }], '2026-06', {
        ...base,
        sukarelaRate: '12',
        sukarelaMethod: 'SALDO_TERENDAH'
      })
    expect(at(24_000_000)).toEqual({ base: 24_000_000, gross: 240_000, tax: 0 })
    expect(at(24_000_100)).toEqual({ base: 24_000_100, gross: 240_001, tax: 24_000 })
    expect(at(24_000_500)).toEqual({ base: 24_000_500, gross: 240_005, tax: 24_001 })
  })
})

describe('monthly posting', () => {
  let tb: TestBook
  beforeEach(async () => {
    tb = await createTestBook()
  })
  afterEach(() => tb.close())

  it('posts once per month: expense, each member net, tax withheld; passbook shows jasa and pajak; tie-out holds', () => {
    tb.run('savings.setSettings', {
      effectiveFrom: '2026-01-01',
      pokokAmount: 50_000,
      wajibAmount: 20_000,
      sukarelaRate: '12'
    })
    const a = tb.run('members.create', { name: 'Siti', gender: 'P', joinedAt: '2026-01-05' }).id
    const b = tb.run('members.create', { name: 'Budi', gender: 'L', joinedAt: '2026-01-05' }).id
    tb.run('savings.deposit', { memberId: a, type: 'SUKARELA', amount: 30_000_000, date: '2026-05-10' })
    tb.run('savings.deposit', { memberId: b, type: 'SUKARELA', amount: 1_000_000, date: '2026-05-10' })
    const preview = tb.run('savings.interestPreview', { month: '2026-06' })
    expect(preview.lines.map((l) => [l.memberId, l.gross, l.tax, l.net])).toEqual([
      [a, 300_000, 30_000, 270_000],
      [b, 10_000, 0, 10_000]
    ])
    expect(tb.fail('savings.postInterest', { month: '2026-06', date: '2026-06-29' }).field).toBe('date')
    const r = tb.run('savings.postInterest', { month: '2026-06', date: '2026-06-30' })
    expect(r).toMatchObject({ members: 2, gross: 310_000, tax: 30_000, net: 280_000 })
    const e = tb.run('journal.get', { id: r.entry!.id })
    expect(e.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['5-2101', 310_000, 0],
      ['2-1101', 0, 270_000],
      ['2-1101', 0, 10_000],
      ['2-1402', 0, 30_000]
    ])
    expect(tb.fail('savings.postInterest', { month: '2026-06', date: '2026-06-30' }).code).toBe('CONFLICT')
    const pb = tb.run('savings.passbook', { memberId: a })
    expect(pb.lines.map((l) => [l.kind, l.amount, l.balance])).toEqual([
      ['SETOR', 30_000_000, 30_000_000],
      ['JASA', 300_000, 30_300_000],
      ['PAJAK', -30_000, 30_270_000]
    ])
    expect(tb.run('savings.tieOut', { asOf: '2026-12-31' }).ok).toBe(true)
    // July's lowest balance includes June's jasa.
    expect(tb.run('savings.interestPreview', { month: '2026-07' }).lines[0]!.base).toBe(30_270_000)
  })
})
