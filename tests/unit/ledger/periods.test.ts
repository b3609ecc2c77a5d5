import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
})
afterEach(() => tb.close())

const entry = (date: string) => ({
  date,
  description: 'Simpanan wajib',
  lines: [
    { account: '1-1101', debit: 20_000 },
    { account: '3-3101', credit: 20_000 }
  ]
})

describe('monthly period lock', () => {
  it('locking a month locks every earlier open month and refuses postings there', () => {
    tb.run('journal.post', entry('2026-02-10'))
    const locked = tb.run('periods.lock', { month: '2026-03' })
    expect(locked.map((p) => p.month)).toEqual(['2026-01', '2026-02', '2026-03'])
    for (const d of ['2026-01-31', '2026-02-15', '2026-03-01']) {
      const err = tb.fail('journal.post', entry(d))
      expect(err.code).toBe('PERIOD_LOCKED')
      expect(err.field).toBe('date')
      expect(err.message).toContain('sudah ditutup')
    }
    expect(tb.run('journal.post', entry('2026-04-01')).number).toBe('JU-2026-000002')
    expect(tb.fail('periods.lock', { month: '2026-02' }).code).toBe('CONFLICT')
  })

  it('a reversal dated in a locked month is refused; dated in an open month it is allowed', () => {
    const e = tb.run('journal.post', entry('2026-01-10'))
    tb.run('periods.lock', { month: '2026-01' })
    expect(tb.fail('journal.reverse', { entryId: e.id, date: '2026-01-20', reason: 'Koreksi salah catat' }).code).toBe(
      'PERIOD_LOCKED'
    )
    expect(
      tb.run('journal.reverse', { entryId: e.id, date: '2026-02-01', reason: 'Koreksi salah catat' }).reversalOf?.id
    ).toBe(e.id)
  })

  it('unlocking needs a reason and is recorded; the lock can be set again', () => {
    tb.run('periods.lock', { month: '2026-02' })
    expect(tb.fail('periods.unlock', { month: '2026-02', reason: '' }).field).toBe('reason')
    expect(tb.fail('periods.unlock', { month: '2026-02', reason: 'salah' }).field).toBe('reason')
    expect(tb.fail('periods.unlock', { month: '2026-05', reason: 'Koreksi faktur listrik Februari' }).code).toBe(
      'CONFLICT'
    )
    const s = tb.run('periods.unlock', { month: '2026-02', reason: 'Koreksi faktur listrik Februari' })
    expect(s.locked).toBe(false)
    tb.run('journal.post', entry('2026-02-20'))
    expect(tb.fail('journal.post', entry('2026-01-20')).code).toBe('PERIOD_LOCKED')
    tb.run('periods.lock', { month: '2026-02' })
    const list = tb.run('periods.list', { year: 2026 })
    expect(list.periods.slice(0, 3).map((p) => [p.month, p.locked])).toEqual([
      ['2026-01', true],
      ['2026-02', true],
      ['2026-03', false]
    ])
    expect(list.events.map((e) => [e.month, e.action, e.reason])).toEqual([
      ['2026-02', 'TUTUP', null],
      ['2026-02', 'BUKA', 'Koreksi faktur listrik Februari'],
      ['2026-02', 'TUTUP', null],
      ['2026-01', 'TUTUP', null]
    ])
    expect(list.events[1]!.by).toBe('penguji')
    expect(tb.run('ledger.check', {}).ok).toBe(true)
  })

  it('the database refuses a line in a locked month even if the posting code were bypassed', () => {
    tb.run('periods.lock', { month: '2026-01' })
    const db = tb.book.sqlite
    db.prepare(
      `INSERT INTO journal_entries (number, series, year, seq, date, description, source, total, created_at, created_by)
                VALUES ('X-1', 'JU', 2026, 99, '2026-01-05', 'bypass', 'MANUAL', 1, '2026-01-05', 'x')`
    ).run()
    expect(() =>
      db
        .prepare(
          `INSERT INTO journal_lines (entry_id, line_no, account_id, date, debit, credit) VALUES ((SELECT id FROM journal_entries WHERE number = 'X-1'), 1, 1, '2026-01-05', 1, 0)`
        )
        .run()
    ).toThrow(/periode sudah dikunci/)
  })

  it('refuses months before the books start and malformed months', () => {
    expect(tb.fail('periods.lock', { month: '2025-12' }).field).toBe('month')
    expect(tb.fail('periods.lock', { month: '2026-13' }).field).toBe('month')
    expect(tb.fail('periods.lock', { month: '2026-1' }).field).toBe('month')
  })
})
