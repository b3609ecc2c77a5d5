import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
})
afterEach(() => tb.close())

const SEWA = {
  description: 'Sewa gerai bulanan',
  dayOfMonth: 31,
  startMonth: '2026-01',
  endMonth: '2026-12',
  lines: [
    { account: '5-3204', debit: 1_500_000, unit: 'SEMBAKO' },
    { account: '1-1101', credit: 1_500_000 }
  ]
}

describe('jurnal berulang', () => {
  it('lists what is due, posts it linked to the template and month, refuses a second post for the month', () => {
    const t = tb.run('recurring.create', SEWA)
    expect(t).toMatchObject({ series: 'JU', active: true, total: 1_500_000, lastPostedMonth: null })
    expect(t.lines[0]).toMatchObject({
      account: '5-3204',
      accountName: 'Beban Sewa',
      debit: 1_500_000,
      unit: 'SEMBAKO'
    })
    const due = tb.run('recurring.due', { month: '2026-02' })
    expect(due.due.map((d) => [d.template.id, d.date])).toEqual([[t.id, '2026-02-28']])
    const p = tb.run('recurring.post', { templateId: t.id, month: '2026-02' })
    expect(p.entry).toMatchObject({ date: '2026-02-28', total: 1_500_000 })
    const e = tb.run('journal.get', { id: p.entry.id })
    expect(e).toMatchObject({
      source: 'BERULANG',
      reference: `BERULANG-${t.id}-2026-02`,
      description: 'Sewa gerai bulanan (Februari 2026)'
    })
    expect(e.lines.map((l) => [l.accountCode, l.unitCode, l.debit, l.credit])).toEqual([
      ['5-3204', 'SEMBAKO', 1_500_000, 0],
      ['1-1101', null, 0, 1_500_000]
    ])
    expect(tb.run('recurring.due', { month: '2026-02' })).toMatchObject({
      due: [],
      posted: [{ entry: { number: p.entry.number } }]
    })
    const twice = tb.fail('recurring.post', { templateId: t.id, month: '2026-02' })
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'month' })
    expect(twice.message).toContain(p.entry.number)
    expect(tb.run('recurring.list', {})[0]!.lastPostedMonth).toBe('2026-02')
    // Outside the template's months.
    expect(tb.run('recurring.due', { month: '2027-01' }).due).toEqual([])
    expect(tb.fail('recurring.post', { templateId: t.id, month: '2027-01' }).field).toBe('month')
    expect(tb.run('reports.trialBalance', { asOf: '2026-12-31' }).balanced).toBe(true)
    expect(tb.run('system.check', {}).ok).toBe(true)
  })

  it('posts with edited amounts, which must still balance', () => {
    const t = tb.run('recurring.create', {
      ...SEWA,
      description: 'Listrik',
      dayOfMonth: 20,
      lines: [
        { account: '5-3201', debit: 400_000 },
        { account: '1-1101', credit: 400_000 }
      ]
    })
    const bad = tb.fail('recurring.post', { templateId: t.id, month: '2026-03', amounts: [432_100, 400_000] })
    expect(bad).toMatchObject({ code: 'UNBALANCED', field: 'amounts' })
    expect(bad.message).toContain('selisih Rp32.100')
    expect(tb.fail('recurring.post', { templateId: t.id, month: '2026-03', amounts: [1] }).field).toBe('amounts')
    const p = tb.run('recurring.post', { templateId: t.id, month: '2026-03', amounts: [432_100, 432_100] })
    expect(p.entry).toMatchObject({ date: '2026-03-20', total: 432_100 })
  })

  it('refuses unbalanced templates and control accounts; an inactive template is not due; a reversal lets the month post again', () => {
    let e = tb.fail('recurring.create', {
      ...SEWA,
      lines: [
        { account: '5-3204', debit: 1_500_000 },
        { account: '1-1101', credit: 1_000_000 }
      ]
    })
    expect(e).toMatchObject({ code: 'UNBALANCED', field: 'lines' })
    expect(e.message).toBe(
      'Baris: templat tidak seimbang: total debit Rp1.500.000, total kredit Rp1.000.000, selisih Rp500.000'
    )
    e = tb.fail('recurring.create', {
      ...SEWA,
      lines: [
        { account: '3-1102', debit: 1_000 },
        { account: '1-1101', credit: 1_000 }
      ]
    })
    expect(e.field).toBe('lines.0.account')
    expect(e.message).toContain('menu Simpanan')
    expect(tb.fail('recurring.create', { ...SEWA, endMonth: '2025-12' }).field).toBe('endMonth')
    expect(tb.fail('recurring.create', { ...SEWA, dayOfMonth: 32 }).field).toBe('dayOfMonth')
    expect(tb.run('recurring.list', {})).toEqual([])

    const t = tb.run('recurring.create', SEWA)
    const p = tb.run('recurring.post', { templateId: t.id, month: '2026-01' })
    tb.run('journal.reverse', { entryId: p.entry.id, date: '2026-01-31', reason: 'Sewa belum dibayar' })
    expect(tb.run('recurring.due', { month: '2026-01' }).due).toHaveLength(1)
    tb.run('recurring.post', { templateId: t.id, month: '2026-01' })
    tb.run('recurring.update', { id: t.id, ...SEWA, active: false })
    expect(tb.run('recurring.due', { month: '2026-02' }).due).toEqual([])
    expect(tb.fail('recurring.post', { templateId: t.id, month: '2026-02' }).code).toBe('CONFLICT')
    tb.run('periods.lock', { month: '2026-03' })
    tb.run('recurring.update', { id: t.id, ...SEWA, active: true })
    expect(tb.fail('recurring.post', { templateId: t.id, month: '2026-03' })).toMatchObject({
      code: 'PERIOD_LOCKED',
      field: 'month'
    })
  })
})
