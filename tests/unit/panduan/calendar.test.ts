import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Obligation } from '../../../shared/panduan/calendar'
import { addMonths, ratDeadline } from '../../../shared/panduan/calendar'
import { createTestBook, type TestBook } from '../../helpers/book'
import { buildPanduanFixture, type PanduanFixture } from '../../helpers/panduan-fixture'

/*
 * The Lembar Anggota fixture (financial year 2025) seen from 15 February 2026. Wajib Rp50.000 a
 * month: the last month whose due day has passed is January 2026. Paid by then: A 600.000 of 650.000
 * (1 month behind), B 300.000 of 650.000 (7 months: July 2025–January 2026), C 500.000 of 550.000
 * (1 month, from March 2025); D has left. So July–December 2025 are open for one member (B), January
 * 2026 for three, and January–June 2025 are done.
 */

let tb: TestBook
let fx: PanduanFixture
const AS_OF = '2026-02-15'
const run = async (name: string, input: unknown) => tb.run(name as never, input as never)

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  fx = await buildPanduanFixture(run)
  tb.run('org.save', {
    body: 'PENGURUS',
    position: 'KETUA',
    memberId: fx.ids.A,
    termStart: '2021-07-01',
    termEnd: '2026-06-30'
  })
  tb.run('org.save', {
    body: 'PENGURUS',
    position: 'BENDAHARA',
    memberId: fx.ids.C,
    termStart: '2025-03-01',
    termEnd: '2030-02-28'
  })
}, 60_000)
afterAll(() => tb?.close())

const calendar = (year: number, asOf = AS_OF) => tb.run('panduan.calendar', { year, asOf }).items
const item = (items: Obligation[], key: string) => {
  const i = items.find((x) => x.key === key)
  if (!i) throw new Error(`${key} not in calendar: ${items.map((x) => x.key).join(', ')}`)
  return i
}

describe('Kalender kewajiban from the book', () => {
  it('wajib of each month: done when no member still owes it, else late with the count', () => {
    const y25 = calendar(2025)
    for (const m of ['01', '02', '03', '04', '05', '06'])
      expect(item(y25, `WAJIB:2025-${m}`), m).toMatchObject({
        status: 'SELESAI',
        count: 0,
        due: `2025-${m}-${m === '02' ? '28' : ['04', '06'].includes(m) ? '30' : '31'}`
      })
    for (const m of ['07', '08', '09', '10', '11', '12'])
      expect(item(y25, `WAJIB:2025-${m}`), m).toMatchObject({ status: 'TERLAMBAT', count: 1 })
    const y26 = calendar(2026)
    expect(item(y26, 'WAJIB:2026-01')).toMatchObject({ status: 'TERLAMBAT', count: 3, due: '2026-01-31' })
    // February is not due yet (its last day): coming soon, not late.
    expect(item(y26, 'WAJIB:2026-02')).toMatchObject({ status: 'SEGERA', count: null })
    expect(item(y26, 'WAJIB:2026-03').status).toBe('AKAN_DATANG')
  })

  it('month-end jasa: done for the months posted, late for the others; month locks follow the periods', () => {
    let y25 = calendar(2025)
    for (const m of ['02', '03', '04'])
      expect(item(y25, `JASA:2025-${m}`)).toMatchObject({
        status: 'SELESAI',
        doneOn: `2025-${m}-${m === '02' ? '28' : m === '04' ? '30' : '31'}`,
        due: `2025-${String(Number(m) + 1).padStart(2, '0')}-10`
      })
    expect(item(y25, 'JASA:2025-05').status).toBe('TERLAMBAT')
    expect(item(y25, 'TUTUP_BULAN:2025-06')).toMatchObject({ status: 'TERLAMBAT', due: '2025-07-31' })
    expect(y25.some((o) => o.kind === 'PENYUSUTAN')).toBe(false)
    tb.run('savings.postInterest', { month: '2025-05', date: '2025-05-31' })
    tb.run('periods.lock', { month: '2025-06' })
    y25 = calendar(2025)
    expect(item(y25, 'JASA:2025-05').status).toBe('SELESAI')
    for (const m of ['01', '02', '03', '04', '05', '06'])
      expect(item(y25, `TUTUP_BULAN:2025-${m}`).status).toBe('SELESAI')
    expect(item(y25, 'TUTUP_BULAN:2025-07').status).toBe('TERLAMBAT')
  })

  it('depreciation appears for the months an asset is written down, done once posted', () => {
    tb.run('assets.create', {
      name: 'Timbangan digital',
      group: 'PERALATAN',
      acquiredAt: '2025-09-01',
      cost: 2_400_000,
      residual: 0,
      lifeMonths: 48,
      mode: 'BELI',
      creditAccount: '1-1101'
    } as never)
    let y25 = calendar(2025)
    const dep = y25.filter((o) => o.kind === 'PENYUSUTAN')
    expect(dep.length).toBeGreaterThan(0)
    const first = dep[0]!
    expect(first.status).toBe('TERLAMBAT')
    tb.run('assets.depreciate', { month: first.period } as never)
    y25 = calendar(2025)
    expect(item(y25, first.key).status).toBe('SELESAI')
  })

  it('the year before: closing, laporan tahunan, RAT by the setting, the Dinas report a month after the RAT', () => {
    let y26 = calendar(2026)
    expect(item(y26, 'RAT:2025')).toMatchObject({ status: 'AKAN_DATANG', due: '2026-06-30' })
    expect(item(y26, 'TUTUP_TAHUN:2025')).toMatchObject({ due: '2026-05-30', status: 'AKAN_DATANG' })
    expect(item(y26, 'LAPORAN_TAHUNAN:2025')).toMatchObject({ due: '2026-05-30', manual: true })
    expect(item(y26, 'DINAS:2025')).toMatchObject({ due: '2026-07-30', manual: true })
    // A Dinas that asks for the RAT by the end of March, reminders 60 days ahead.
    tb.run('panduan.setCalendarSettings', { ratMonths: 3, reminderDays: 60 })
    y26 = calendar(2026)
    expect(item(y26, 'RAT:2025')).toMatchObject({ status: 'SEGERA', due: '2026-03-31' })
    expect(item(y26, 'TUTUP_TAHUN:2025')).toMatchObject({ due: '2026-02-28', status: 'SEGERA' })
    // The RAT is held on 10 February: done; laporan tahunan was due a month before; Dinas by 10 March.
    tb.run('rat.save', { year: 2025, number: 1, date: '2026-02-10', place: 'Balai desa' })
    y26 = calendar(2026)
    expect(item(y26, 'RAT:2025')).toMatchObject({ status: 'SELESAI', doneOn: '2026-02-10', due: '2026-02-10' })
    expect(item(y26, 'LAPORAN_TAHUNAN:2025')).toMatchObject({ status: 'TERLAMBAT', due: '2026-01-10' })
    expect(item(y26, 'DINAS:2025')).toMatchObject({ status: 'SEGERA', due: '2026-03-10' })
    tb.run('panduan.mark', { key: 'DINAS:2025', done: true, date: '2026-02-14' })
    expect(item(calendar(2026), 'DINAS:2025')).toMatchObject({ status: 'SELESAI', doneOn: '2026-02-14' })
    tb.run('panduan.mark', { key: 'DINAS:2025', done: false })
    expect(item(calendar(2026), 'DINAS:2025').status).toBe('SEGERA')
    expect(tb.fail('panduan.mark', { key: 'DINAS:2025', done: false })).toMatchObject({ code: 'CONFLICT' })
    expect(tb.fail('panduan.mark', { key: 'RAT:2025', done: true })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'key'
    })
    tb.run('panduan.setCalendarSettings', { ratMonths: 6, reminderDays: 30 })
    expect(tb.fail('panduan.setCalendarSettings', { ratMonths: 7, reminderDays: 30 })).toMatchObject({
      field: 'ratMonths'
    })
  })

  it('quarterly statements of the USP and officer terms that end', () => {
    const y25 = calendar(2025)
    expect(y25.filter((o) => o.kind === 'LAPORAN_TRIWULAN').map((o) => o.due)).toEqual([
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
      '2026-01-31'
    ])
    const y26 = calendar(2026)
    const term = y26.find((o) => o.kind === 'MASA_JABATAN')!
    expect(term).toMatchObject({ due: '2026-06-30', status: 'AKAN_DATANG' })
    expect(term.name).toContain('Siti Aminah')
    expect(y26.filter((o) => o.kind === 'MASA_JABATAN')).toHaveLength(1)
  })

  it('reminders for the Beranda: what is late from last year and this year, and what falls due soon', () => {
    const r = tb.run('panduan.reminders', { asOf: AS_OF })
    const late = r.late.map((o) => o.key)
    expect(late).toEqual(
      expect.arrayContaining(['WAJIB:2025-12', 'WAJIB:2026-01', 'TUTUP_BULAN:2025-07', 'LAPORAN_TAHUNAN:2025'])
    )
    expect(late).not.toContain('WAJIB:2025-06')
    expect(r.soon.map((o) => o.key)).toEqual(expect.arrayContaining(['WAJIB:2026-02', 'DINAS:2025']))
    expect(r.late.every((o) => o.due < AS_OF)).toBe(true)
    expect([...r.late].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).map((o) => o.key)).toEqual(late)
  })

  it('date rules: RAT 6 months after the year end, one month before and after clamped to the month end', () => {
    expect(ratDeadline(2025, 6)).toBe('2026-06-30')
    expect(ratDeadline(2025, 3)).toBe('2026-03-31')
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
  })
})

describe('Langkah bulan pertama', () => {
  let fresh: TestBook
  beforeAll(async () => {
    fresh = await createTestBook({ booksStartDate: '2026-01-01' })
  })
  afterAll(() => fresh?.close())
  const check = (asOf: string) => fresh.run('panduan.checklist', { asOf })
  const done = (asOf: string) => Object.fromEntries(check(asOf).items.map((i) => [i.key, i.done]))

  it('ticks each step from what the book shows', () => {
    const start = check('2026-01-10')
    expect(start).toMatchObject({ firstMonth: '2026-01', done: 2, showOnHome: true })
    // No sukarela yet: the first month's jasa is not needed.
    expect(start.items.find((i) => i.key === 'JASA_BULAN_PERTAMA')).toMatchObject({ done: true, notNeeded: true })
    expect(done('2026-01-10')).toMatchObject({
      PROFIL: true,
      PENGURUS: false,
      ANGGOTA: false,
      SALDO_AWAL: false,
      KAS: false,
      TUTUP_BULAN_PERTAMA: false
    })
    fresh.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 10_000 })
    const ids: number[] = []
    for (let i = 1; i <= 9; i++)
      ids.push(
        fresh.run('members.create', { name: `Pendiri ${i}`, gender: i % 2 ? 'L' : 'P', joinedAt: '2026-01-05' }).id
      )
    expect(check('2026-01-10').items.find((i) => i.key === 'SIMPANAN_POKOK')).toMatchObject({
      done: false,
      count: 0,
      total: 9
    })
    for (const id of ids) {
      fresh.run('savings.deposit', { memberId: id, type: 'POKOK', amount: 50_000, date: '2026-01-05' })
      fresh.run('savings.deposit', { memberId: id, type: 'WAJIB', amount: 10_000, date: '2026-01-20' })
    }
    fresh.run('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: ids[0]!, termStart: '2026-01-05' })
    fresh.run('org.save', { body: 'PENGURUS', position: 'BENDAHARA', memberId: ids[1]!, termStart: '2026-01-05' })
    expect(done('2026-01-20').PENGURUS).toBe(false)
    fresh.run('org.save', { body: 'PENGAWAS', position: 'KETUA', name: 'Kepala Desa', termStart: '2026-01-05' })
    fresh.run('panduan.mark', { key: 'SALDO_AWAL', done: true })
    const mid = done('2026-01-20')
    expect(mid).toMatchObject({
      PENGURUS: true,
      PENGATURAN_SIMPANAN: true,
      ANGGOTA: true,
      SIMPANAN_POKOK: true,
      KAS: true,
      SALDO_AWAL: true,
      JASA_BULAN_PERTAMA: true
    })
    // The first month's wajib can be checked only after its due day.
    expect(mid.WAJIB_BULAN_PERTAMA).toBe(false)
    expect(done('2026-02-05').WAJIB_BULAN_PERTAMA).toBe(true)
    expect(check('2026-02-05').items.find((i) => i.key === 'JASA_BULAN_PERTAMA')!.notNeeded).toBe(true)
  })

  it('finishes with the month locked, a backup folder, a product and the pengurus test; then leaves the Beranda', () => {
    fresh.run('periods.lock', { month: '2026-01' })
    fresh.run('backup.configure', { extraFolder: fresh.dir, intervalMinutes: 30 })
    fresh.run('loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 12,
      maxAmount: 5_000_000
    })
    expect(check('2026-02-05')).toMatchObject({ done: 12, showOnHome: true })
    const ketua = fresh.run('org.list', { body: 'PENGURUS' })[0]!
    const p = fresh.run('panduan.quizStart', { role: 'PENGURUS', officerId: ketua.id })
    fresh.run('panduan.quizSubmit', { attemptId: p.attemptId, answers: p.questions.map(() => 0) })
    const all = check('2026-02-05')
    expect(all).toMatchObject({ done: all.total, showOnHome: false })
  })

  it('can be hidden from the Beranda, and is not shown once the books are older than three months', () => {
    fresh.run('panduan.mark', { key: 'SALDO_AWAL', done: false })
    expect(check('2026-02-05').showOnHome).toBe(true)
    expect(check('2026-04-01').showOnHome).toBe(false)
    fresh.run('panduan.mark', { key: 'CHECKLIST_HIDDEN', done: true })
    expect(check('2026-02-05')).toMatchObject({ hidden: true, showOnHome: false })
  })
})
