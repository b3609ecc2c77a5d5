import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { runCommand } from '../../../main/commands/dispatch'
import type { CommandContext } from '../../../main/commands/context'
import { allowOverdraft, createTestBook, SAMPLE_PROFILE, tempDir, type TestBook } from '../../helpers/book'

/**
 * The summaries of migration 0021 (per unit and month, profit or loss per day, savings per member
 * and per month) give the same figures as the lines, are kept at posting, are built for a book that
 * had lines before them, and a wrong row is caught by system.check. Expected figures are summed
 * here from the fixture's own list of postings, not read back through another command.
 */
const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

interface Posting {
  date: string
  lines: { account: string; debit?: number; credit?: number; unit?: string; pihak?: 'ANGGOTA' | 'NON_ANGGOTA' }[]
}

/** Sales at the sembako outlet and office costs on days across three months, some cutting a month. */
const POSTINGS: Posting[] = [
  ['2026-01-05', 400_000, 'ANGGOTA'],
  ['2026-01-20', 250_000, 'NON_ANGGOTA'],
  ['2026-02-03', 300_000, 'ANGGOTA'],
  ['2026-02-14', 120_000, 'NON_ANGGOTA'],
  ['2026-02-15', 80_000, 'ANGGOTA'],
  ['2026-02-27', 510_000, 'ANGGOTA'],
  ['2026-03-02', 90_000, 'NON_ANGGOTA']
].flatMap(([date, amount, pihak]) => [
  {
    date: date as string,
    lines: [
      { account: '1-1101', debit: amount as number },
      {
        account: pihak === 'ANGGOTA' ? '4-2101' : '4-2102',
        credit: amount as number,
        unit: 'SEMBAKO',
        pihak: pihak as 'ANGGOTA'
      }
    ]
  },
  {
    date: date as string,
    lines: [
      { account: '5-3201', debit: Math.round((amount as number) / 10), unit: 'KANTOR' },
      { account: '1-1101', credit: Math.round((amount as number) / 10) }
    ]
  }
])

/** Σ (debit − credit) of the fixture's lines matching a filter: the hand-side of every comparison. */
function net(filter: (date: string, l: Posting['lines'][number]) => boolean): number {
  return POSTINGS.flatMap((p) =>
    p.lines.filter((l) => filter(p.date, l)).map((l) => (l.debit ?? 0) - (l.credit ?? 0))
  ).reduce((a, b) => a + b, 0)
}

function post(run: TestBook['run'], p: Posting) {
  run('journal.post', { date: p.date, description: 'Transaksi', lines: p.lines })
}

async function bookWithPostings(): Promise<TestBook> {
  const t = await createTestBook({ now: new Date('2026-03-31T03:00:00Z') })
  cleanups.push(() => t.close())
  allowOverdraft(t)
  for (const p of POSTINGS) post(t.run, p)
  return t
}

describe('trial balance of a unit, from the months per unit', () => {
  it('equals the unit’s lines at a month end, inside a month (both halves) and for a period', async () => {
    const t = await bookWithPostings()
    const closing = (asOf: string, code: string) => {
      const r = t.run('reports.trialBalance', { asOf, unit: 'SEMBAKO' }).rows.find((x) => x.code === code)
      return r ? r.closingCredit - r.closingDebit : 0
    }
    const sembako = (upTo: string, account: string) =>
      -net((d, l) => d <= upTo && l.unit === 'SEMBAKO' && l.account === account)
    for (const asOf of [
      '2026-01-31',
      '2026-02-10',
      '2026-02-14',
      '2026-02-20',
      '2026-02-28',
      '2026-03-01',
      '2026-03-31'
    ]) {
      expect(closing(asOf, '4-2101')).toBe(sembako(asOf, '4-2101'))
      expect(closing(asOf, '4-2102')).toBe(sembako(asOf, '4-2102'))
    }
    // 14 February: member sales up to then 400.000 + 300.000; non-member 250.000 + 120.000.
    expect(closing('2026-02-14', '4-2101')).toBe(700_000)
    expect(closing('2026-02-14', '4-2102')).toBe(370_000)
    const period = t.run('reports.trialBalance', { from: '2026-01-16', to: '2026-02-15', unit: 'SEMBAKO' })
    const row = (code: string) => period.rows.find((r) => r.code === code)!
    expect(row('4-2101').movementCredit).toBe(300_000 + 80_000)
    expect(row('4-2102').movementCredit).toBe(250_000 + 120_000)
    expect(row('4-2101').openingCredit).toBe(400_000)
    // Lines without the unit never count: the office's costs sit in KANTOR.
    expect(
      t.run('reports.trialBalance', { asOf: '2026-03-31', unit: 'SEMBAKO' }).rows.some((r) => r.code === '5-3201')
    ).toBe(false)
  })
})

describe('Hasil Usaha for a period that cuts months, from the days', () => {
  it('sums the cut days of both months and the whole months between, per unit and party', async () => {
    const t = await bookWithPostings()
    const is = t.run('statements.incomeStatement', { from: '2026-01-15', to: '2026-02-14', compare: false })
    const usaha = is.rows.find((r) => r.code === 'PENDAPATAN_USAHA')!
    expect(usaha.total).toBe(250_000 + 300_000 + 120_000)
    const beban = is.rows.find((r) => r.code === '5-3201')!
    expect(beban.total).toBe(25_000 + 30_000 + 12_000)
    const within = t.run('statements.incomeStatement', { from: '2026-02-14', to: '2026-02-15', compare: false })
    expect(within.rows.find((r) => r.code === 'PENDAPATAN_USAHA')!.total).toBe(120_000 + 80_000)
  })
})

describe('system.check proves the summaries', () => {
  it('passes on a book kept by posting, and names the summary a hand edit made wrong', async () => {
    const t = await bookWithPostings()
    const id = t.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-01-02' }).id
    t.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 60_000, date: '2026-02-10' })
    t.run('savings.deposit', { memberId: id, type: 'SUKARELA', amount: 150_000, date: '2026-03-10' })
    expect(t.run('system.check', {}).ok).toBe(true)
    const tamper = [
      [
        "UPDATE unit_month_balances SET credit = credit + 1 WHERE month = '2026-02'",
        'Buku besar',
        'Saldo bulanan unit SEMBAKO'
      ],
      [
        "UPDATE pl_day_dims SET credit = credit + 1 WHERE date = '2026-02-14'",
        'Buku besar',
        'Ringkasan hasil usaha harian akun 4-2102 tanggal 14 Februari 2026'
      ],
      [
        "UPDATE savings_member_totals SET amount = amount + 1 WHERE type = 'WAJIB'",
        'Simpanan anggota = akun kontrol',
        'simpanan wajib tersimpan tidak cocok'
      ],
      [
        "UPDATE savings_month_totals SET amount = amount - 1 WHERE type = 'SUKARELA'",
        'Simpanan anggota = akun kontrol',
        'Simpanan sukarela Maret 2026: jumlah bulanan tersimpan tidak cocok'
      ]
    ] as const
    for (const [sql, section, message] of tamper) {
      t.book.sqlite.exec('BEGIN')
      try {
        t.book.sqlite.exec(sql)
        const check = runCommand(t.ctx, 'system.check', {})
        if (!check.ok) throw new Error(check.error.message)
        const s = check.result as { ok: boolean; sections: { name: string; ok: boolean; problems: string[] }[] }
        expect(s.ok, sql).toBe(false)
        const bad = s.sections.filter((x) => !x.ok)
        expect(
          bad.map((x) => x.name),
          sql
        ).toEqual([section])
        expect(bad[0]!.problems.join('\n'), sql).toContain(message)
      } finally {
        t.book.sqlite.exec('ROLLBACK')
      }
    }
    expect(t.run('system.check', {}).ok).toBe(true)
  })
})

describe('a book from before the summaries', () => {
  it('gets them built from its lines and savings when it is opened by this version', async () => {
    const { dir, cleanup } = tempDir()
    cleanups.push(cleanup)
    const file = join(dir, 'lama.sqlite')
    const old = await openBook(file, { create: true, targetVersion: 19 })
    const ctx: CommandContext = { book: old, actor: 'penguji', now: () => new Date('2026-03-31T03:00:00Z') }
    const run = ((name: string, input: unknown) => {
      const r = runCommand(ctx, name, input)
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
      return r.result
    }) as TestBook['run']
    run('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
    allowOverdraft({ run })
    for (const p of POSTINGS) post(run, p)
    const member = run('members.create', { name: 'Budi Santoso', gender: 'L', joinedAt: '2026-01-02' }).id
    run('savings.deposit', { memberId: member, type: 'WAJIB', amount: 40_000, date: '2026-01-31' })
    run('savings.deposit', { memberId: member, type: 'WAJIB', amount: 20_000, date: '2026-02-28' })
    expect(
      (
        old.sqlite
          .prepare(
            `SELECT count(*) AS n FROM sqlite_master WHERE name IN ('unit_month_balances', 'pl_day_dims', 'savings_member_totals', 'savings_month_totals')`
          )
          .get() as { n: number }
      ).n
    ).toBe(0)
    old.close()

    const book = await openBook(file, { backupDir: join(dir, 'cadangan') })
    cleanups.push(() => book.close())
    expect(book.migration).toMatchObject({ from: 19 })
    const db = book.sqlite
    const unitFeb = db
      .prepare(
        `SELECT SUM(credit) AS c FROM unit_month_balances m JOIN units u ON u.id = m.unit_id WHERE u.code = 'SEMBAKO' AND month = '2026-02'`
      )
      .get() as { c: number }
    expect(unitFeb.c).toBe(-net((d, l) => d.startsWith('2026-02') && l.unit === 'SEMBAKO'))
    const day = db
      .prepare(
        `SELECT SUM(d.credit) AS c FROM pl_day_dims d JOIN accounts a ON a.id = d.account_id WHERE a.code = '4-2101' AND d.date = '2026-02-27'`
      )
      .get() as { c: number }
    expect(day.c).toBe(510_000)
    expect(
      db.prepare(`SELECT amount FROM savings_member_totals WHERE member_id = ? AND type = 'WAJIB'`).get(member)
    ).toEqual({ amount: 60_000 })
    expect(
      db.prepare(`SELECT month, amount FROM savings_month_totals WHERE type = 'WAJIB' ORDER BY month`).all()
    ).toEqual([
      { month: '2026-01', amount: 40_000 },
      { month: '2026-02', amount: 20_000 }
    ])
    const check = runCommand(
      { book, actor: 'penguji', now: () => new Date('2026-03-31T03:00:00Z') },
      'system.check',
      {}
    )
    expect(check.ok && (check.result as { ok: boolean }).ok).toBe(true)
  })
})
