import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'
import { qb } from '../../../main/db/query'
import { ON_REGISTER, onRegisterAt, onRegisterSql } from '../../../main/members/on-register'

let tb: TestBook
const ids: Record<string, number> = {}

function add(no: string, status: string, joined: string | null, exit: string | null): void {
  const r = tb.book.sqlite
    .prepare(
      `INSERT INTO members (member_no, name, status, joined_at, exit_date, created_at) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')`
    )
    .run(no, `Anggota ${no}`, status, joined, exit)
  ids[no] = Number(r.lastInsertRowid)
}

beforeEach(async () => {
  tb = await createTestBook()
  add('A', 'AKTIF', '2026-01-10', null) // joined 10 January, still a member
  add('B', 'KELUAR', '2026-01-01', '2026-03-31') // exited 31 March
  add('C', 'CALON', null, null) // a candidate, never on the register
  add('D', 'AKTIF', null, null) // admitted but no join date: not counted
  add('E', 'AKTIF', '2026-04-01', null) // joined 1 April
})
afterEach(() => tb.close())

// Who is on the register, worked out by hand from the rows above.
const expected: [string, string[]][] = [
  ['2026-01-09', ['B']],
  ['2026-01-10', ['A', 'B']],
  ['2026-03-30', ['A', 'B']],
  ['2026-03-31', ['A']], // exit on the date: off the register that day
  ['2026-04-01', ['A', 'E']]
]

const names = (rows: { id: number }[]) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id)!).sort()

describe('members on the register at a date', () => {
  it.each(expected)('on %s: %j (positional SQL)', (date, who) => {
    expect(names(tb.book.q.rows<{ id: number }>(`SELECT id FROM members WHERE ${ON_REGISTER}`, date, date))).toEqual(
      who
    )
  })

  it.each(expected)('on %s: %j (named parameter)', (date, who) => {
    const rows = tb.book.q.prepare(`SELECT id FROM members WHERE ${onRegisterSql(':d')}`).all({ d: date })
    expect(names(rows as { id: number }[])).toEqual(who)
  })

  it.each(expected)('on %s: %j (kysely)', (date, who) => {
    expect(names(tb.book.q.all(qb.selectFrom('members').select('id').where(onRegisterAt(date))))).toEqual(who)
  })
})
