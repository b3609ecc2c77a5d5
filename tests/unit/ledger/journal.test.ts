import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, insertMember, type TestBook, allowOverdraft } from '../../helpers/book'

let tb: TestBook
beforeEach(async () => {
  tb = await createTestBook()
  allowOverdraft(tb)
})
afterEach(() => tb.close())

const simplePokok = (date = '2026-01-05', amount = 50_000) => ({
  date,
  description: 'Setoran simpanan pokok',
  lines: [
    { account: '1-1101', debit: amount },
    { account: '3-2101', credit: amount }
  ]
})

function counts(t: TestBook) {
  const q = (sql: string) => (t.book.sqlite.prepare(sql).get() as { n: number }).n
  return {
    entries: q('SELECT count(*) AS n FROM journal_entries'),
    lines: q('SELECT count(*) AS n FROM journal_lines'),
    counters: q('SELECT COALESCE(SUM(last_seq), 0) AS n FROM journal_counters')
  }
}

describe('journal.post', () => {
  it('posts a balanced entry with a number per series and year', () => {
    const a = tb.run('journal.post', simplePokok())
    const b = tb.run('journal.post', simplePokok('2026-02-01'))
    const c = tb.run('journal.post', { ...simplePokok('2027-01-02'), series: 'KM', allowFutureDate: true })
    const d = tb.run('journal.post', { ...simplePokok('2027-03-02'), allowFutureDate: true })
    expect([a.number, b.number, c.number, d.number]).toEqual([
      'JU-2026-000001',
      'JU-2026-000002',
      'KM-2027-000001',
      'JU-2027-000001'
    ])
    expect(a.total).toBe(50_000)
    expect(a.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 50_000, 0],
      ['3-2101', 0, 50_000]
    ])
    expect(a.createdBy).toBe('penguji')
  })

  it('keeps member, unit, pihak and memo on each line', () => {
    const memberId = insertMember(tb.book, 'A-0001', 'Siti Aminah')
    const e = tb.run('journal.post', {
      date: '2026-01-10',
      description: 'Penjualan gerai',
      lines: [
        { account: '1-1110', debit: 125_000, unit: 'SEMBAKO' },
        { account: '4-2101', credit: 125_000, unit: 'SEMBAKO', pihak: 'ANGGOTA', memberId, memo: 'bon 17' }
      ]
    })
    expect(e.lines[1]).toMatchObject({
      unitCode: 'SEMBAKO',
      pihak: 'ANGGOTA',
      memberId,
      memberName: 'Siti Aminah',
      memo: 'bon 17'
    })
  })

  it.each([
    [
      'unbalanced',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 50_000 },
          { account: '3-2101', credit: 49_999 }
        ]
      },
      'UNBALANCED',
      'lines'
    ],
    ['one line', { ...simplePokok(), lines: [{ account: '1-1101', debit: 50_000 }] }, 'INVALID_INPUT', 'lines'],
    [
      'negative amount',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: -5 },
          { account: '3-2101', credit: -5 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.debit'
    ],
    [
      'fractional rupiah',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 10.5 },
          { account: '3-2101', credit: 10.5 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.debit'
    ],
    [
      'zero line',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 0 },
          { account: '3-2101', credit: 0 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.debit'
    ],
    [
      'debit and credit on one line',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 5, credit: 5 },
          { account: '3-2101', credit: 5 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.credit'
    ],
    [
      'header account',
      {
        ...simplePokok(),
        lines: [
          { account: '1-11', debit: 5 },
          { account: '3-2101', credit: 5 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.account'
    ],
    [
      'unknown account',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 5 },
          { account: '3-1199', credit: 5 }
        ]
      },
      'NOT_FOUND',
      'lines.1.account'
    ],
    [
      'unknown unit',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 5, unit: 'BENGKEL' },
          { account: '3-2101', credit: 5 }
        ]
      },
      'NOT_FOUND',
      'lines.0.unit'
    ],
    [
      'unknown member',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 5, memberId: 999 },
          { account: '3-2101', credit: 5 }
        ]
      },
      'NOT_FOUND',
      'lines.0.memberId'
    ],
    ['impossible date', { ...simplePokok('2026-02-30') }, 'INVALID_INPUT', 'date'],
    ['before the books start', { ...simplePokok('2025-12-31') }, 'INVALID_INPUT', 'date'],
    ['empty description', { ...simplePokok(), description: '   ' }, 'INVALID_INPUT', 'description'],
    ['unknown series', { ...simplePokok(), series: 'ZZ' }, 'NOT_FOUND', 'series'],
    [
      'amount beyond the limit',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 2 ** 53 },
          { account: '3-2101', credit: 2 ** 53 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.debit'
    ],
    [
      'amount as a string',
      {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: '5000' },
          { account: '3-2101', credit: 5000 }
        ]
      },
      'INVALID_INPUT',
      'lines.0.debit'
    ],
    ['extra field', { ...simplePokok(), hack: 1 }, 'INVALID_INPUT', undefined]
  ])('refuses %s with a field-level Indonesian error and changes nothing', (_name, input, code, field) => {
    const before = counts(tb)
    const err = tb.fail('journal.post', input)
    expect(err.code).toBe(code)
    expect(err.field).toBe(field)
    expect(err.message).toMatch(/[a-z]/)
    expect(err.message).not.toMatch(/expected|invalid_type|undefined|NaN/i)
    expect(counts(tb)).toEqual(before)
  })

  it('names the unbalance in rupiah', () => {
    const err = tb.fail('journal.post', {
      ...simplePokok(),
      lines: [
        { account: '1-1101', debit: 1_250_000 },
        { account: '3-2101', credit: 1_000_000 }
      ]
    })
    expect(err.message).toBe(
      'Jurnal tidak seimbang: total debit Rp1.250.000, total kredit Rp1.000.000, selisih Rp250.000'
    )
  })

  it('refuses inactive accounts and units', () => {
    tb.run('accounts.setActive', { code: '1-1102', active: false })
    expect(
      tb.fail('journal.post', {
        ...simplePokok(),
        lines: [
          { account: '1-1102', debit: 5 },
          { account: '3-2101', credit: 5 }
        ]
      }).field
    ).toBe('lines.0.account')
    tb.run('units.setActive', { code: 'KLINIK', active: false })
    expect(
      tb.fail('journal.post', {
        ...simplePokok(),
        lines: [
          { account: '1-1101', debit: 5, unit: 'KLINIK' },
          { account: '3-2101', credit: 5 }
        ]
      }).field
    ).toBe('lines.0.unit')
  })

  it('the database itself refuses to edit or delete posted rows', () => {
    const e = tb.run('journal.post', simplePokok())
    expect(() => tb.book.sqlite.prepare('UPDATE journal_lines SET debit = 1 WHERE entry_id = ?').run(e.id)).toThrow(
      /tidak dapat diubah/
    )
    expect(() => tb.book.sqlite.prepare('DELETE FROM journal_entries WHERE id = ?').run(e.id)).toThrow(
      /tidak dapat dihapus/
    )
    expect(() => tb.book.sqlite.prepare('DELETE FROM journal_lines').run()).toThrow(/tidak dapat dihapus/)
  })
})

describe('journal.reverse', () => {
  it('posts the mirror entry, links both ways, and nets the accounts to zero', () => {
    const e = tb.run('journal.post', simplePokok('2026-01-05', 75_000))
    const r = tb.run('journal.reverse', { entryId: e.id, date: '2026-01-20', reason: 'Salah akun' })
    expect(r.number).toBe('JU-2026-000002')
    expect(r.source).toBe('REVERSAL')
    expect(r.reversalOf).toEqual({ id: e.id, number: e.number })
    expect(r.description).toBe('Pembalikan JU-2026-000001: Salah akun')
    expect(r.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 0, 75_000],
      ['3-2101', 75_000, 0]
    ])
    expect(tb.run('journal.get', { id: e.id }).reversedBy).toEqual({ id: r.id, number: r.number })
    const tbal = tb.run('reports.trialBalance', { asOf: '2026-01-31' })
    expect(tbal.rows.find((x) => x.code === '1-1101')).toMatchObject({ closingDebit: 0, closingCredit: 0 })
    // Before the reversal date the original still stands.
    const mid = tb.run('reports.trialBalance', { asOf: '2026-01-10' })
    expect(mid.rows.find((x) => x.code === '1-1101')).toMatchObject({ closingDebit: 75_000 })
  })

  it('refuses a second reversal, reversing a reversal, and a date before the original', () => {
    const e = tb.run('journal.post', simplePokok('2026-01-05'))
    expect(tb.fail('journal.reverse', { entryId: e.id, date: '2026-01-04', reason: 'Salah tanggal' }).field).toBe(
      'date'
    )
    const r = tb.run('journal.reverse', { entryId: e.id, date: '2026-01-06', reason: 'Salah tanggal' })
    expect(tb.fail('journal.reverse', { entryId: e.id, date: '2026-01-07', reason: 'Salah lagi' }).code).toBe(
      'CONFLICT'
    )
    expect(tb.fail('journal.reverse', { entryId: r.id, date: '2026-01-07', reason: 'Batal balik' }).code).toBe(
      'CONFLICT'
    )
    expect(tb.fail('journal.reverse', { entryId: 999, date: '2026-01-07', reason: 'Tidak ada' }).code).toBe('NOT_FOUND')
    expect(tb.fail('journal.reverse', { entryId: e.id, date: '2026-01-07', reason: '' }).field).toBe('reason')
  })
})

describe('journal.list and journal.get', () => {
  it('filters by date, account (with sub-accounts), unit, member, text, and pages', () => {
    const m = insertMember(tb.book, 'A-0002', 'Budi')
    for (let i = 1; i <= 25; i++) {
      tb.run('journal.post', {
        date: `2026-01-${String(i).padStart(2, '0')}`,
        description: i % 5 === 0 ? `Penjualan tunai ${i}` : `Setoran wajib ${i}`,
        lines: [
          { account: i % 5 === 0 ? '1-1110' : '1-1101', debit: 1000 * i, unit: i % 5 === 0 ? 'SEMBAKO' : null },
          { account: i % 5 === 0 ? '4-2102' : '3-3101', credit: 1000 * i, memberId: i % 5 === 0 ? null : m }
        ]
      })
    }
    const all = tb.run('journal.list', { pageSize: 10 })
    expect(all.total).toBe(25)
    expect(all.items).toHaveLength(10)
    expect(all.items[0]!.date).toBe('2026-01-25')
    expect(tb.run('journal.list', { page: 3, pageSize: 10 }).items).toHaveLength(5)
    expect(tb.run('journal.list', { from: '2026-01-10', to: '2026-01-19' }).total).toBe(10)
    expect(tb.run('journal.list', { account: '1-1110' }).total).toBe(5)
    expect(tb.run('journal.list', { account: '1-11' }).total).toBe(25)
    expect(tb.run('journal.list', { unit: 'SEMBAKO' }).total).toBe(5)
    expect(tb.run('journal.list', { memberId: m }).total).toBe(20)
    expect(tb.run('journal.list', { search: 'penjualan' }).total).toBe(5)
    expect(tb.run('journal.list', { search: '%' }).total).toBe(0)
    expect(tb.run('journal.get', { number: 'JU-2026-000005' }).description).toBe('Penjualan tunai 5')
    expect(tb.fail('journal.get', { number: 'JU-2026-999999' }).code).toBe('NOT_FOUND')
  })
})
