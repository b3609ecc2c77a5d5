import { afterEach, describe, expect, it } from 'vitest'
import { commands } from '../../../shared/commands'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'

/** Issue 14 points 3 and 4: postings dated after today, and kas/bank below zero. */
let tb: TestBook | null = null
afterEach(() => {
  tb?.close()
  tb = null
})

async function book(now: string, province?: string): Promise<TestBook> {
  const t = await createTestBook({ now: new Date(now) })
  tb = t
  if (province) t.run('profile.update', { ...SAMPLE_PROFILE, province })
  return t
}

const capital = (t: TestBook, amount: number, date = '2026-01-02', account = '1-1101') =>
  t.run('journal.post', {
    date,
    description: 'Modal penyertaan',
    lines: [
      { account, debit: amount },
      { account: '3-2101', credit: amount }
    ]
  })
const pay = (date: string, amount: number, extra: Record<string, unknown> = {}) => ({
  date,
  description: 'Bayar listrik',
  lines: [
    { account: '5-3201', debit: amount },
    { account: '1-1101', credit: amount }
  ],
  ...extra
})
const count = (t: TestBook) =>
  (t.book.sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n

describe("postings dated after today (in the cooperative's zone)", () => {
  it('need allowFutureDate; today and earlier do not', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    capital(t, 10_000_000)
    const before = count(t)
    const e = t.fail('journal.post', pay('2026-09-11', 100_000))
    expect(e).toMatchObject({ code: 'NEEDS_CONFIRMATION', field: 'allowFutureDate' })
    expect(e.message).toContain('11 September 2026')
    expect(e.message).toContain('10 September 2026')
    expect(count(t)).toBe(before)
    expect(t.run('journal.post', pay('2026-09-10', 100_000)).date).toBe('2026-09-10')
    expect(t.run('journal.post', pay('2026-09-11', 100_000, { allowFutureDate: true })).date).toBe('2026-09-11')
  })

  it('the zone decides what today is: 23.30 WIB is already tomorrow in WITA', async () => {
    const wib = await book('2026-03-31T16:30:00Z')
    capital(wib, 1_000_000)
    expect(wib.fail('journal.post', pay('2026-04-01', 1_000)).code).toBe('NEEDS_CONFIRMATION')
    wib.close()
    const wita = await book('2026-03-31T16:30:00Z', 'Nusa Tenggara Barat')
    capital(wita, 1_000_000)
    expect(wita.run('journal.post', pay('2026-04-01', 1_000)).date).toBe('2026-04-01')
    expect(wita.fail('journal.post', pay('2026-04-02', 1_000)).code).toBe('NEEDS_CONFIRMATION')
  })

  it('every posting command takes the flag, and the sub-ledgers refuse without it', async () => {
    const posting = [
      'journal.post',
      'journal.reverse',
      'cash.receipt',
      'cash.payment',
      'opening.post',
      'assets.create',
      'assets.dispose',
      'recurring.post',
      'savings.collectionImport',
      'members.import',
      'loans.disburse',
      'loans.pay',
      'loans.provision',
      'loans.writeOff',
      'loans.recover',
      'members.exit',
      'savings.deposit',
      'savings.withdraw',
      'savings.postInterest',
      'savings.collect',
      'shu.post',
      'shu.pay',
      'trading.purchase',
      'trading.purchaseReturn',
      'trading.paySupplier',
      'trading.sell',
      'trading.saleReturn',
      'trading.payBon',
      'trading.dailySales',
      'trading.service',
      'trading.opname'
    ] as const
    for (const name of posting)
      expect(Object.keys((commands[name].input as unknown as { shape: object }).shape), name).toContain(
        'allowFutureDate'
      )
    const t = await book('2026-09-10T03:00:00Z')
    capital(t, 10_000_000)
    t.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
    const m = t.run('members.create', { name: 'Siti', gender: 'P', joinedAt: '2026-01-05' }).id
    expect(t.fail('savings.deposit', { memberId: m, type: 'POKOK', amount: 50_000, date: '2026-12-01' }).code).toBe(
      'NEEDS_CONFIRMATION'
    )
    expect(
      t.run('savings.deposit', {
        memberId: m,
        type: 'POKOK',
        amount: 50_000,
        date: '2026-12-01',
        allowFutureDate: true
      }).transaction.date
    ).toBe('2026-12-01')
    expect(
      t.fail('cash.receipt', {
        date: '2026-09-30',
        partyName: 'Desa',
        description: 'Hibah',
        lines: [{ account: '3-3101', amount: 1_000 }]
      }).code
    ).toBe('NEEDS_CONFIRMATION')
    const kk = t.run('journal.post', pay('2026-09-01', 10_000))
    expect(t.fail('journal.reverse', { entryId: kk.id, date: '2026-10-01', reason: 'salah akun' }).code).toBe(
      'NEEDS_CONFIRMATION'
    )
  })

  it('jasa simpanan for a month not yet ended is refused with the reason, even with the flag', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    t.run('savings.setSettings', {
      effectiveFrom: '2026-01-01',
      pokokAmount: 50_000,
      wajibAmount: 20_000,
      sukarelaRate: '3'
    })
    for (const month of ['2026-12', '2026-09']) {
      const e = t.fail('savings.postInterest', { month, date: `${month}-30`, allowFutureDate: true })
      expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'month' })
      expect(e.message).toMatch(/belum berakhir/)
    }
    expect(t.run('savings.postInterest', { month: '2026-08', date: '2026-08-31' })).toMatchObject({
      month: '2026-08',
      members: 0,
      entry: null
    })
  })

  it('depreciation of future months is refused; months are posted in order; a month with nothing due is a zero result', async () => {
    const t = await book('2026-04-10T03:00:00Z')
    capital(t, 100_000_000)
    t.run('assets.create', {
      name: 'Laptop',
      group: 'INVENTARIS',
      acquiredAt: '2026-01-20',
      cost: 12_000_000,
      lifeMonths: 36,
      creditAccount: '1-1101'
    })
    expect(t.run('assets.depreciate', { month: '2026-01' })).toMatchObject({ total: 0, entry: null, lines: [] })
    const future = t.fail('assets.depreciate', { month: '2026-04' })
    expect(future).toMatchObject({ code: 'INVALID_INPUT', field: 'month' })
    expect(future.message).toContain('30 April 2026')
    const order = t.fail('assets.depreciate', { month: '2026-03' })
    expect(order).toMatchObject({ code: 'CONFLICT', field: 'month' })
    expect(order.message).toContain('Februari 2026 belum diposting')
    expect(t.run('assets.depreciate', { month: '2026-02' }).total).toBe(333_333)
    expect(t.run('assets.depreciate', { month: '2026-03' }).total).toBe(333_333)
    expect(t.fail('assets.depreciate', { month: '2026-03' }).code).toBe('CONFLICT')
  })
})

describe('kas and bank never below zero', () => {
  it('a payment larger than the cash on its date is refused, naming the account, the date and the shortfall', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    capital(t, 500_000, '2026-03-01')
    const before = count(t)
    const e = t.fail('journal.post', pay('2026-03-05', 750_000))
    expect(e.code).toBe('CONFLICT')
    expect(e.field).toBe('lines.1.credit')
    expect(e.message).toContain('1-1101 Kas Kantor / Kas Besar')
    expect(e.message).toContain('5 Maret 2026')
    expect(e.message).toContain('kurang Rp250.000')
    expect(count(t)).toBe(before)
    // A payment before the money came in is short on its own date.
    expect(t.fail('journal.post', pay('2026-02-27', 1_000)).message).toContain('27 Februari 2026: kurang Rp1.000')
    expect(t.run('journal.post', pay('2026-03-05', 500_000)).total).toBe(500_000)
  })

  it('a back-dated payment that leaves a later day short is refused, naming that day', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    capital(t, 1_000_000, '2026-03-01')
    t.run('journal.post', pay('2026-03-20', 800_000))
    const e = t.fail('journal.post', pay('2026-03-10', 300_000))
    expect(e.message).toContain('20 Maret 2026: kurang Rp100.000')
    // Through the savings sub-ledger as well: a withdrawal goes through the same door.
    t.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
    const m = t.run('members.create', { name: 'Siti', gender: 'P', joinedAt: '2026-01-05' }).id
    t.run('savings.deposit', { memberId: m, type: 'POKOK', amount: 50_000, date: '2026-04-01', cashAccount: '1-1102' })
    t.run('savings.deposit', {
      memberId: m,
      type: 'SUKARELA',
      amount: 300_000,
      date: '2026-04-01',
      cashAccount: '1-1102'
    })
    t.run('journal.post', {
      date: '2026-04-02',
      description: 'Setor ke kas besar',
      lines: [
        { account: '1-1101', debit: 350_000 },
        { account: '1-1102', credit: 350_000 }
      ]
    })
    const w = t.fail('savings.withdraw', {
      memberId: m,
      type: 'SUKARELA',
      amount: 100_000,
      date: '2026-04-03',
      cashAccount: '1-1102'
    })
    expect(w.message).toContain('1-1102 Kas Kecil akan minus pada 3 April 2026: kurang Rp100.000')
  })

  it('reversing a receipt is checked too; receipts never are', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    const km = capital(t, 1_000_000, '2026-03-01')
    t.run('journal.post', pay('2026-03-05', 600_000))
    expect(t.fail('journal.reverse', { entryId: km.id, date: '2026-03-06', reason: 'salah catat' }).message).toContain(
      'kurang Rp600.000'
    )
  })

  it('an account marked for overdraft may go below zero; only kas and bank can be marked', async () => {
    const t = await book('2026-09-10T03:00:00Z')
    expect(t.run('accounts.update', { code: '1-1201', allowOverdraft: true }).allowOverdraft).toBe(true)
    const e = t.run('journal.post', {
      date: '2026-03-01',
      description: 'Cerukan bank',
      lines: [
        { account: '5-3201', debit: 2_000_000 },
        { account: '1-1201', credit: 2_000_000 }
      ]
    })
    expect(e.total).toBe(2_000_000)
    expect(t.fail('journal.post', pay('2026-03-01', 1))).toMatchObject({ code: 'CONFLICT' })
    expect(t.fail('accounts.update', { code: '4-1101', allowOverdraft: true }).field).toBe('allowOverdraft')
    t.run('accounts.update', { code: '1-1201', allowOverdraft: false })
    expect(
      t.fail('journal.post', {
        date: '2026-03-02',
        description: 'x',
        lines: [
          { account: '5-3201', debit: 1 },
          { account: '1-1201', credit: 1 }
        ]
      }).message
    ).toContain('1-1201')
  })
})
