import { afterEach, describe, expect, it } from 'vitest'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'

/**
 * DOMAIN.md §3.2 (issue 14 point 1): the wajib of a month is due on its due day (default the last
 * day) and counts as tunggakan only from the day after; months before joining never count; a change
 * of amount applies to every month whose due day is on or after its effective date. The Beranda,
 * the bill, the arrears list and the SHU eligibility use the same rule and agree.
 * Expected figures below are worked by hand from the deposits.
 */
let tb: TestBook | null = null
afterEach(() => {
  tb?.close()
  tb = null
})

/** 40 members, wajib Rp20.000 from January 2026, every one paid January–February on 5 March. */
async function cooperative(now: string, opts: { province?: string } = {}) {
  const t = await createTestBook({ now: new Date(now) })
  tb = t
  if (opts.province) t.run('profile.update', { ...SAMPLE_PROFILE, province: opts.province })
  t.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  const ids: number[] = []
  for (let i = 0; i < 40; i++) {
    const id = t.run('members.create', {
      name: `Anggota ${i + 1}`,
      gender: i % 2 ? 'L' : 'P',
      joinedAt: '2026-01-02'
    }).id
    ids.push(id)
    t.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 40_000, date: '2026-03-05' })
  }
  return { t, ids }
}

const reminder = (t: TestBook, asOf: string) =>
  t.run('dashboard.summary', { asOf }).reminders.find((r) => r.key === 'WAJIB')!.count

describe('wajib arrears: the month in progress is not due yet', () => {
  it('members paid up to last month are not menunggak on 15 March, on the Beranda, the bill or the list', async () => {
    const { t } = await cooperative('2026-03-15T03:00:00Z')
    expect(reminder(t, '2026-03-15')).toBe(0)
    const list = t.run('savings.arrears', {})
    expect(list).toMatchObject({ asOf: '2026-03-15', month: '2026-03', rows: [], total: 0, notYetDue: 40 * 20_000 })
    const bill = t.run('savings.billing', { month: '2026-03' })
    expect(bill.asOf).toBe('2026-03-15')
    expect(bill.arrears).toBe(0)
    expect(bill.due).toBe(40 * 20_000)
    expect(bill.rows).toHaveLength(40)
    expect(bill.rows.every((r) => r.due === 20_000 && r.arrears === 0)).toBe(true)
    // On the last day March is still "belum jatuh tempo"; from 1 April it is arrears.
    expect(reminder(t, '2026-03-31')).toBe(0)
    expect(reminder(t, '2026-04-01')).toBe(40)
    const april = t.run('savings.arrears', { asOf: '2026-04-01' })
    expect(april.total).toBe(40 * 20_000)
    expect(
      april.rows.every((r) => r.months === 1 && r.shortfall === 20_000 && r.expected === 60_000 && r.paid === 40_000)
    ).toBe(true)
  })

  it('the due day is a setting: with the 10th, March is arrears on 15 March', async () => {
    const { t, ids } = await cooperative('2026-03-15T03:00:00Z')
    expect(t.run('savings.setWajibDueDay', { dueDay: 10 })).toEqual({ wajibDueDay: 10 })
    expect(t.run('savings.settings', {}).wajibDueDay).toBe(10)
    expect(reminder(t, '2026-03-10')).toBe(0)
    expect(reminder(t, '2026-03-11')).toBe(40)
    t.run('savings.deposit', { memberId: ids[0]!, type: 'WAJIB', amount: 20_000, date: '2026-03-12' })
    const list = t.run('savings.arrears', {})
    expect(list.rows).toHaveLength(39)
    expect(list.total).toBe(39 * 20_000)
    expect(t.run('savings.billing', { month: '2026-03' })).toMatchObject({ arrears: 39 * 20_000, due: 0 })
    expect(t.fail('savings.setWajibDueDay', { dueDay: 31 })).toMatchObject({ code: 'INVALID_INPUT', field: 'dueDay' })
    t.run('savings.setWajibDueDay', { dueDay: null })
    expect(reminder(t, '2026-03-15')).toBe(0)
  })

  it('months whose due day is before the member joined never count', async () => {
    const { t } = await cooperative('2026-05-02T03:00:00Z')
    t.run('savings.setWajibDueDay', { dueDay: 10 })
    const late = t.run('members.create', { name: 'Anggota Baru', gender: 'P', joinedAt: '2026-03-20' }).id
    // Due on 10 March (before joining): not owed; April owed and overdue on 2 May; May not yet due.
    const row = t.run('savings.arrears', {}).rows.find((r) => r.memberId === late)!
    expect(row).toMatchObject({ expected: 20_000, paid: 0, shortfall: 20_000, months: 1, notYetDue: 20_000 })
    t.run('savings.setWajibDueDay', { dueDay: null })
    // With the month's end as due day, March (due 31 March) and April are owed.
    expect(t.run('savings.arrears', {}).rows.find((r) => r.memberId === late)).toMatchObject({
      expected: 40_000,
      months: 2
    })
  })

  it('a change of wajib effective 7 January applies to January (amount in force on the due day)', async () => {
    const { t, ids } = await cooperative('2026-03-15T03:00:00Z')
    t.run('savings.setMemberWajib', { memberId: ids[0]!, effectiveFrom: '2026-01-07', amount: 25_000 })
    t.run('savings.setSettings', { effectiveFrom: '2026-02-07', pokokAmount: 50_000, wajibAmount: 22_000 })
    const list = t.run('savings.arrears', {})
    // Member 1: 25.000 × 2 = 50.000 due, 40.000 paid. Others: 20.000 (Jan) + 22.000 (Feb) = 42.000 due.
    expect(list.rows.find((r) => r.memberId === ids[0])).toMatchObject({
      expected: 50_000,
      paid: 40_000,
      shortfall: 10_000,
      months: 1,
      notYetDue: 25_000
    })
    expect(
      list.rows
        .filter((r) => r.memberId !== ids[0])
        .every((r) => r.expected === 42_000 && r.shortfall === 2_000 && r.notYetDue === 22_000)
    ).toBe(true)
    expect(list.total).toBe(10_000 + 39 * 2_000)
    expect(reminder(t, '2026-03-15')).toBe(40)
  })

  it('the Beranda count, the bill and the list agree on any day', async () => {
    const { t, ids } = await cooperative('2026-06-20T03:00:00Z')
    ids
      .slice(0, 15)
      .forEach((id, i) =>
        t.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 20_000 * (1 + (i % 4)), date: '2026-04-02' })
      )
    for (const asOf of ['2026-03-31', '2026-04-01', '2026-04-15', '2026-05-31', '2026-06-01', '2026-06-20']) {
      const list = t.run('savings.arrears', { asOf })
      expect(reminder(t, asOf), asOf).toBe(list.rows.length)
    }
    const bill = t.run('savings.billing', { month: '2026-06' })
    const list = t.run('savings.arrears', { month: '2026-06' })
    expect(bill.arrears).toBe(list.total)
    expect(bill.due).toBe(list.notYetDue)
    expect(bill.rows.filter((r) => r.arrears > 0).map((r) => r.memberId)).toEqual(list.rows.map((r) => r.memberId))
  })

  it('SHU leaves out only members in arrears at the year end by the same rule', async () => {
    const t = await createTestBook({ now: new Date('2027-02-01T03:00:00Z') })
    tb = t
    t.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
    t.run('shu.setSettings', {
      year: 2026,
      percentages: {
        cadangan: '40',
        jasaModal: '20',
        jasaUsaha: '20',
        pengurus: '5',
        karyawan: '5',
        pendidikan: '5',
        sosial: '2,5',
        pembangunan: '2,5'
      },
      eligibility: { excludeWajibArrears: true }
    })
    const paidUp = t.run('members.create', { name: 'Lunas November', gender: 'P', joinedAt: '2026-10-01' }).id
    const behind = t.run('members.create', { name: 'Kurang Oktober', gender: 'L', joinedAt: '2026-10-01' }).id
    t.run('savings.deposit', { memberId: paidUp, type: 'WAJIB', amount: 40_000, date: '2026-11-30' })
    t.run('savings.deposit', { memberId: behind, type: 'WAJIB', amount: 20_000, date: '2026-11-30' })
    // December falls due on 31 December: at the year end October–November are due.
    const excluded = t.run('shu.simulate', { year: 2026 }).excluded.map((e) => e.memberId)
    expect(excluded).toEqual([behind])
  })
})

describe("today is the cooperative's today", () => {
  it('at 23.30 WIB on 31 March (00.30 WITA on 1 April) March is overdue only for a WITA cooperative', async () => {
    const instant = '2026-03-31T16:30:00Z'
    const wib = await cooperative(instant)
    expect(wib.t.run('savings.arrears', {})).toMatchObject({ asOf: '2026-03-31', total: 0 })
    wib.t.close()
    tb = null
    const wita = await cooperative(instant, { province: 'Kalimantan Timur' })
    expect(wita.t.run('profile.get', {})).toMatchObject({ timeZone: 'Asia/Makassar', timeZoneSource: 'PROVINSI' })
    expect(wita.t.run('savings.arrears', {})).toMatchObject({ asOf: '2026-04-01', total: 40 * 20_000 })
  })
})
