import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
})
afterEach(() => tb.close())

const post = (amount: number) =>
  tb.run('journal.post', {
    date: '2026-01-05',
    description: 'Simpanan wajib',
    lines: [
      { account: '1-1101', debit: amount },
      { account: '3-3101', credit: amount }
    ]
  })

describe('audit trail', () => {
  it('records every change with who, when, what, and before/after for edits; queries add nothing', () => {
    const e = post(10_000)
    tb.run('accounts.update', { code: '1-1102', name: 'Kas Kecil Kantor' })
    tb.run('journal.list', {})
    tb.run('reports.trialBalance', { asOf: '2026-01-31' })
    tb.fail('journal.post', {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1-1101', debit: 1 },
        { account: '3-3101', credit: 2 }
      ]
    })
    const list = tb.run('audit.list', {})
    expect(list.items.map((i) => i.command)).toEqual(['accounts.update', 'journal.post', 'setup.initialize'])
    const edit = list.items[0]!
    expect(edit.actor).toBe('penguji')
    expect(edit.before).toMatchObject({ code: '1-1102', name: 'Kas Kecil' })
    expect(edit.after).toMatchObject({ code: '1-1102', name: 'Kas Kecil Kantor' })
    expect(list.items[1]!.after).toEqual({ id: e.id, number: e.number, date: '2026-01-05', total: 10_000 })
    expect(list.items[1]!.input).toMatchObject({
      description: 'Simpanan wajib',
      lines: [
        { account: '1-1101', debit: 10_000 },
        { account: '3-3101', credit: 10_000 }
      ]
    })
    expect(Date.parse(edit.at)).toBeGreaterThan(Date.now() - 60_000)
    const head = tb.run('audit.head', {})
    expect(head).toMatchObject({ count: 3, lastId: 3, hash: edit.hash })
  })

  it('a failed change leaves no audit row, and the posting and its audit row land together', () => {
    const before = tb.run('audit.head', {})
    tb.fail('journal.post', {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1-1101', debit: 1 },
        { account: '3-3101', credit: 2 }
      ]
    })
    expect(tb.run('audit.head', {})).toEqual(before)
  })

  it('verifies the chain, and detects an edited row, a deleted row and a deleted tail', () => {
    for (let i = 1; i <= 5; i++) post(i * 1000)
    expect(tb.run('audit.verify', {})).toMatchObject({ ok: true, count: 6, problems: [] })
    const db = tb.book.sqlite
    // Someone with a SQLite tool drops the triggers and edits history.
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
    db.prepare(`UPDATE audit_log SET input = replace(input, '3000', '30000') WHERE id = 4`).run()
    const edited = tb.run('audit.verify', {})
    expect(edited.ok).toBe(false)
    expect(edited.problems[0]!.message).toContain('baris audit 4 telah diubah')

    const t2 = tb
    t2.book.sqlite.prepare(`UPDATE audit_log SET input = replace(input, '30000', '3000') WHERE id = 4`).run()
    expect(t2.run('audit.verify', {}).ok).toBe(true)
    t2.book.sqlite.prepare('DELETE FROM audit_log WHERE id = 3').run()
    const gap = t2.run('audit.verify', {})
    expect(gap.ok).toBe(false)
    expect(gap.problems.map((p) => p.message).join(' ')).toMatch(/hilang|putus/)
  })

  it('detects a deleted tail through the stored head', async () => {
    post(1000)
    post(2000)
    tb.book.sqlite.exec('DROP TRIGGER audit_log_no_delete')
    tb.book.sqlite.prepare('DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)').run()
    const v = tb.run('audit.verify', {})
    expect(v.ok).toBe(false)
    expect(v.problems[0]!.message).toContain('Ujung rantai audit')
  })

  it('the database refuses to edit or delete audit rows', () => {
    post(1000)
    expect(() => tb.book.sqlite.prepare('UPDATE audit_log SET actor = ?').run('x')).toThrow(/tidak dapat diubah/)
    expect(() => tb.book.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/tidak dapat dihapus/)
  })
})
