import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { TillSession } from '../../../shared/commands/till'
import type { JournalEntry } from '../../../shared/ledger/types'
import { balanceOf, buildDeskTemplate, openDesk, TODAY, type Desk, type DeskTemplate } from './fixture'

/**
 * Issue 19 point 4, the kasir's day. Figures by hand:
 *   Kas Kantor before the day: 5.000.000 + 50.000 + 500.000 (simpanan) − 120.000 (beras) − 1.200.000 (pinjaman) = 4.230.000
 *   modal awal 200.000; sales 1,5 kg × 14.000 = 21.000 and 2 kg × 14.000 = 28.000;
 *   setoran sukarela 100.000; penarikan sukarela 30.000
 *   kas seharusnya = 200.000 + 21.000 + 28.000 + 100.000 − 30.000 = 319.000
 *   hitung: 3 × 100.000 + 1 × 10.000 + 1 × 5.000 + 1 × 2.000 = 317.000 → kurang 2.000
 */
let template: DeskTemplate
let d: Desk
beforeAll(async () => {
  template = await buildDeskTemplate()
}, 120_000)
afterAll(() => template.cleanup())
beforeEach(async () => {
  d = await openDesk(template)
})
afterEach(() => d.tb.close())

async function kasirDay(): Promise<TillSession> {
  const open = await d.ok<TillSession>('kasir1', 'till.open', { date: TODAY, openingFloat: 200_000, unit: 'SEMBAKO' })
  expect(open).toMatchObject({
    status: 'BUKA',
    openingFloat: 200_000,
    cashAccount: { code: '1-1110' },
    sourceAccount: { code: '1-1101' },
    cashierName: 'Rina Kasir'
  })
  await d.ok('kasir1', 'trading.sell', {
    date: TODAY,
    unit: 'SEMBAKO',
    paid: 50_000,
    lines: [{ itemId: d.ids.beras, qty: '1,5' }]
  })
  await d.ok('kasir1', 'trading.sell', { date: TODAY, unit: 'SEMBAKO', lines: [{ itemId: d.ids.beras, qty: 2 }] })
  await d.ok('kasir1', 'savings.deposit', {
    memberId: d.ids.siti,
    type: 'SUKARELA',
    amount: 100_000,
    date: TODAY,
    cashAccount: '1-1110'
  })
  await d.ok('kasir1', 'savings.withdraw', {
    memberId: d.ids.siti,
    type: 'SUKARELA',
    amount: 30_000,
    date: TODAY,
    cashAccount: '1-1110'
  })
  // the bendahara's own posting through Kas Gerai is not the kasir's
  await d.ok('siti', 'journal.post', {
    date: TODAY,
    description: 'Tambah kas gerai',
    lines: [
      { account: '1-1110', debit: 7_000 },
      { account: '1-1101', credit: 7_000 }
    ]
  })
  return d.ok<TillSession>('kasir1', 'till.current', {})
}

describe('the kasir day', () => {
  it('opening float, sales and savings through the drawer, closing count short Rp2.000: selisih posts only after the bendahara accepts', async () => {
    const day = await kasirDay()
    expect(day.movements.map((m) => [m.source, m.cashIn, m.cashOut])).toEqual([
      ['USAHA', 21_000, 0],
      ['USAHA', 28_000, 0],
      ['SIMPANAN', 100_000, 0],
      ['SIMPANAN', 0, 30_000]
    ])
    expect(day).toMatchObject({ cashIn: 149_000, cashOut: 30_000, expected: 319_000, counted: null, difference: null })
    expect(balanceOf(d.tb, '1-1101')).toBe(4_230_000 - 200_000 - 7_000)

    const closed = await d.ok<TillSession>('kasir1', 'till.close', {
      denominations: [
        { value: 100_000, count: 3 },
        { value: 2_000, count: 1 },
        { value: 10_000, count: 1 },
        { value: 5_000, count: 1 },
        { value: 500, count: 0 }
      ]
    })
    expect(closed).toMatchObject({ status: 'DISERAHKAN', expected: 319_000, counted: 317_000, difference: -2_000 })
    expect(closed.denominations).toEqual([
      { value: 100_000, count: 3, amount: 300_000 },
      { value: 10_000, count: 1, amount: 10_000 },
      { value: 5_000, count: 1, amount: 5_000 },
      { value: 2_000, count: 1, amount: 2_000 }
    ])
    // handed over, not yet accepted: nothing posted, no selisih
    expect(balanceOf(d.tb, '5-3405')).toBe(0)
    expect(balanceOf(d.tb, '1-1110')).toBe(319_000 + 7_000)
    // the kasir cannot accept it, nor sell any more on the closed day
    expect(await d.as('kasir1', 'till.accept', { sessionId: closed.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' }
    })
    expect(
      await d.as('kasir1', 'trading.sell', { date: TODAY, unit: 'SEMBAKO', lines: [{ itemId: d.ids.beras, qty: 1 }] })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Kas kasir belum dibuka: buka kas hari ini (modal awal) di Meja Kasir sebelum mencatat transaksi'
      }
    })
    // a new day waits for the acceptance
    expect(await d.as('kasir1', 'till.open', { date: TODAY, openingFloat: 0 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })

    const pending = await d.ok<TillSession[]>('siti', 'till.list', { status: 'DISERAHKAN' })
    expect(pending.map((s) => s.id)).toEqual([closed.id])
    const accepted = await d.ok<TillSession>('siti', 'till.accept', { sessionId: closed.id })
    expect(accepted).toMatchObject({ status: 'DITERIMA', difference: -2_000, acceptedBy: 'siti', acceptDate: TODAY })
    const entry = await d.ok<JournalEntry>('siti', 'journal.get', { number: accepted.handoverEntryNumber })
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 317_000, 0],
      ['1-1110', 0, 319_000],
      ['5-3405', 2_000, 0]
    ])
    expect(entry.source).toBe('KASIR')
    expect(balanceOf(d.tb, '5-3405')).toBe(2_000)
    expect(balanceOf(d.tb, '4-3107')).toBe(0)
    expect(balanceOf(d.tb, '1-1110')).toBe(7_000)
    expect(balanceOf(d.tb, '1-1101')).toBe(4_230_000 - 200_000 - 7_000 + 317_000)
    expect(await d.as('siti', 'till.accept', { sessionId: closed.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })

    // the day's report keeps its figures; the audit trail names the kasir and the bendahara
    const report = await d.ok<TillSession>('kasir1', 'till.report', { sessionId: closed.id })
    expect(report).toMatchObject({
      expected: 319_000,
      counted: 317_000,
      difference: -2_000,
      cashIn: 149_000,
      cashOut: 30_000
    })
    const audit = await d.ok<{ items: { actor: string; command: string }[] }>('siti', 'audit.list', {})
    expect(
      audit.items
        .filter((a) => a.command.startsWith('till.'))
        .map((a) => [a.command, a.actor])
        .reverse()
    ).toEqual([
      ['till.open', 'kasir1'],
      ['till.close', 'kasir1'],
      ['till.accept', 'siti']
    ])
    const check = await d.ok<{ ok: boolean; problems?: unknown }>('siti', 'system.check', {})
    expect(check.ok).toBe(true)
  })

  it('a count over the expected cash posts selisih lebih to 4-3107; the counted amount and the denominations must agree', async () => {
    await kasirDay()
    expect(
      await d.as('kasir1', 'till.close', { counted: 320_000, denominations: [{ value: 100_000, count: 3 }] })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'counted' } })
    expect(await d.as('kasir1', 'till.close', { denominations: [{ value: 75_000, count: 1 }] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    expect(await d.as('kasir1', 'till.close', {})).toMatchObject({ ok: false, error: { field: 'counted' } })
    const closed = await d.ok<TillSession>('kasir1', 'till.close', {
      counted: 320_500,
      denominations: [{ value: 50_000, count: 0 }]
    })
    expect(closed).toMatchObject({ counted: 320_500, difference: 1_500, denominations: null })
    const accepted = await d.ok<TillSession>('siti', 'till.accept', {
      sessionId: closed.id,
      note: 'uang lebih dari pembeli'
    })
    const entry = await d.ok<JournalEntry>('siti', 'journal.get', { number: accepted.handoverEntryNumber })
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 320_500, 0],
      ['1-1110', 0, 319_000],
      ['4-3107', 0, 1_500]
    ])
    expect(balanceOf(d.tb, '4-3107')).toBe(-1_500)
  })

  it('an exact count posts no selisih; the next day opens after acceptance', async () => {
    await kasirDay()
    const closed = await d.ok<TillSession>('kasir1', 'till.close', { counted: 319_000 })
    const accepted = await d.ok<TillSession>('siti', 'till.accept', { sessionId: closed.id })
    const entry = await d.ok<JournalEntry>('siti', 'journal.get', { number: accepted.handoverEntryNumber })
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 319_000, 0],
      ['1-1110', 0, 319_000]
    ])
    expect(await d.ok<TillSession>('kasir1', 'till.open', { date: TODAY, openingFloat: 0 })).toMatchObject({
      status: 'BUKA',
      openingEntryNumber: null,
      expected: 0
    })
  })

  it("the bendahara's recount stands over the kasir's: Rp319.000 handed over, Rp318.000 received, kurang Rp1.000", async () => {
    await kasirDay()
    const closed = await d.ok<TillSession>('kasir1', 'till.close', { counted: 319_000 })
    expect(closed.difference).toBe(0)
    const accepted = await d.ok<TillSession>('siti', 'till.accept', {
      sessionId: closed.id,
      received: 318_000,
      note: 'hitung ulang di kantor'
    })
    expect(accepted).toMatchObject({ counted: 319_000, received: 318_000, difference: -1_000 })
    const entry = await d.ok<JournalEntry>('siti', 'journal.get', { number: accepted.handoverEntryNumber })
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1101', 318_000, 0],
      ['1-1110', 0, 319_000],
      ['5-3405', 1_000, 0]
    ])
    // a recount equal to the kasir's is no recount
    const again = await d.ok<TillSession>('kasir1', 'till.open', { date: TODAY, openingFloat: 0 })
    const closed2 = await d.ok<TillSession>('kasir1', 'till.close', { counted: 0 })
    expect(await d.ok<TillSession>('siti', 'till.accept', { sessionId: closed2.id, received: 0 })).toMatchObject({
      id: again.id,
      received: null,
      difference: 0,
      handoverEntryNumber: null
    })
  })

  it("the desk rule: own drawer, the open day's date, withdrawals up to the bendahara's limit", async () => {
    expect(await d.ok('kasir1', 'till.settings', {})).toEqual({
      withdrawLimit: 1_000_000,
      cashAccount: '1-1110',
      sourceAccount: '1-1101'
    })
    expect(await d.as('kasir1', 'till.open', { date: '2026-03-09', openingFloat: 200_000 })).toMatchObject({
      ok: false,
      error: { field: 'date', message: 'Tanggal: kasir membuka kas untuk hari ini (10 Maret 2026)' }
    })
    await d.ok('kasir1', 'till.open', { date: TODAY, openingFloat: 200_000 })
    expect(
      await d.as('kasir1', 'trading.sell', {
        date: TODAY,
        unit: 'SEMBAKO',
        cashAccount: '1-1101',
        lines: [{ itemId: d.ids.beras, qty: 1 }]
      })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'cashAccount',
        message: 'Akun kas: kasir menerima dan membayar uang tunai hanya lewat laci kasnya sendiri (1-1110 Kas Gerai)'
      }
    })
    expect(
      await d.as('kasir1', 'trading.sell', {
        date: '2026-03-09',
        unit: 'SEMBAKO',
        lines: [{ itemId: d.ids.beras, qty: 1 }]
      })
    ).toMatchObject({ ok: false, error: { field: 'date' } })
    expect(
      await d.as('kasir1', 'savings.deposit', { memberId: d.ids.siti, type: 'SUKARELA', amount: 10_000, date: TODAY })
    ).toMatchObject({ ok: false, error: { field: 'cashAccount' } })
    // another kasir has no open day
    expect(
      await d.as('kasir2', 'savings.deposit', {
        memberId: d.ids.siti,
        type: 'SUKARELA',
        amount: 10_000,
        date: TODAY,
        cashAccount: '1-1110'
      })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // the limit: Rp150.000 is over a limit of Rp100.000 set by the bendahara, Rp100.000 is not
    expect(await d.as('kasir1', 'till.setSettings', { withdrawLimit: 100_000 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' }
    })
    await d.ok('siti', 'till.setSettings', { withdrawLimit: 100_000 })
    expect(
      await d.as('kasir1', 'savings.withdraw', {
        memberId: d.ids.siti,
        type: 'SUKARELA',
        amount: 150_000,
        date: TODAY,
        cashAccount: '1-1110'
      })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'UNAUTHORIZED',
        field: 'amount',
        message:
          'Jumlah: kasir/teller boleh membayar penarikan paling banyak Rp100.000 per transaksi (batas dari bendahara); penarikan yang lebih besar dilayani bendahara'
      }
    })
    await d.ok('kasir1', 'savings.withdraw', {
      memberId: d.ids.siti,
      type: 'SUKARELA',
      amount: 100_000,
      date: TODAY,
      cashAccount: '1-1110'
    })
    // the bendahara is not bound by the desk rule
    await d.ok('siti', 'savings.withdraw', { memberId: d.ids.siti, type: 'SUKARELA', amount: 150_000, date: TODAY })
    // nothing of the refused attempts reached the book: 1 opening entry + 2 withdrawals today
    const today = await d.ok<{ total: number }>('siti', 'journal.list', { from: TODAY, to: TODAY })
    expect(today.total).toBe(3)
  })

  it("the teller's day: a loan instalment and a deposit through the drawer, exact count, no selisih; the kasir takes no instalment", async () => {
    expect(
      await d.as('kasir1', 'loans.pay', { loanId: d.ids.loan, amount: 100_000, date: TODAY, cashAccount: '1-1110' })
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    await d.ok('teller1', 'till.open', { date: TODAY, openingFloat: 0 })
    const paid = await d.ok<{ payment: { amount: number; entryNumber: string } }>('teller1', 'loans.pay', {
      loanId: d.ids.loan,
      amount: 100_000,
      date: TODAY,
      cashAccount: '1-1110'
    })
    expect(paid.payment.amount).toBe(100_000)
    await d.ok('teller1', 'savings.deposit', {
      memberId: d.ids.siti,
      type: 'SUKARELA',
      amount: 20_000,
      date: TODAY,
      cashAccount: '1-1110'
    })
    const closed = await d.ok<TillSession>('teller1', 'till.close', { counted: 120_000 })
    expect(closed).toMatchObject({ cashierName: 'Tono Teller', unit: null, expected: 120_000, difference: 0 })
    expect(closed.movements.map((m) => [m.entryNumber, m.source, m.cashIn])).toEqual([
      [paid.payment.entryNumber, 'PINJAMAN', 100_000],
      [expect.any(String), 'SIMPANAN', 20_000]
    ])
    await d.ok('siti', 'till.accept', { sessionId: closed.id })
    expect(balanceOf(d.tb, '1-1110')).toBe(0)
    expect(balanceOf(d.tb, '5-3405') + balanceOf(d.tb, '4-3107')).toBe(0)
    expect(balanceOf(d.tb, '1-1101')).toBe(4_230_000 + 120_000)
  })

  it('a kasir sees only their own day report; the pengawas reads any', async () => {
    const a = await d.ok<TillSession>('kasir1', 'till.open', { date: TODAY, openingFloat: 50_000 })
    const b = await d.ok<TillSession>('kasir2', 'till.open', { date: TODAY, openingFloat: 60_000 })
    expect(await d.as('kasir1', 'till.report', { sessionId: b.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Kasir hanya dapat melihat laporan kas hariannya sendiri' }
    })
    expect(await d.ok('kasir1', 'till.report', { sessionId: a.id })).toMatchObject({ openingFloat: 50_000 })
    expect(await d.ok('bu.pengawas', 'till.report', { sessionId: b.id })).toMatchObject({
      openingFloat: 60_000,
      cashierName: 'Dedi Kasir'
    })
    expect(await d.as('kasir1', 'till.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
  })
})
