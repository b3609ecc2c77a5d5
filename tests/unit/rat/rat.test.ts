import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, type TestBook } from '../../helpers/book'
import { quorumOf } from '../../../main/rat/meetings'
import { memberStatistics, ratMeeting, signatories } from '../../../main/rat'

describe('quorum math (DOMAIN.md §1.3)', () => {
  it('more than half is ⌊n/2⌋ + 1', () => {
    expect(quorumOf({ mode: 'MORE_THAN_HALF' }, 10, 5)).toMatchObject({
      required: 6,
      met: false,
      presentPercent: '50.0'
    })
    expect(quorumOf({ mode: 'MORE_THAN_HALF' }, 10, 6)).toMatchObject({ required: 6, met: true })
    expect(quorumOf({ mode: 'MORE_THAN_HALF' }, 9, 5)).toMatchObject({ required: 5, met: true, presentPercent: '55.6' })
    expect(quorumOf({ mode: 'MORE_THAN_HALF' }, 0, 0)).toMatchObject({ required: 1, met: false, presentPercent: '0.0' })
  })
  it('a percentage rounds the head count up', () => {
    expect(quorumOf({ mode: 'PERCENT', percent: '20' }, 9, 2)).toMatchObject({ required: 2, met: true })
    expect(quorumOf({ mode: 'PERCENT', percent: '20' }, 11, 2)).toMatchObject({ required: 3, met: false })
    expect(quorumOf({ mode: 'PERCENT', percent: '50' }, 10, 5)).toMatchObject({ required: 5, met: true })
  })
})

let tb: TestBook
const ids: Record<string, number> = {}
beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  const add = (key: string, name: string, gender: 'L' | 'P', joinedAt: string, status: 'AKTIF' | 'CALON' = 'AKTIF') => {
    ids[key] = tb.run('members.create', { name, gender, joinedAt, status, rt: '001', rw: '002', dusun: 'Krajan' }).id
  }
  add('a', 'Ahmad', 'L', '2024-12-01')
  add('b', 'Budi', 'L', '2025-02-01')
  add('c', 'Citra', 'P', '2025-03-01')
  add('d', 'Dewi', 'P', '2025-04-01')
  add('e', 'Eko', 'L', '2025-05-01')
  add('f', 'Fitri', 'P', '2025-06-01')
  add('g', 'Gita', 'P', '2026-03-01') // joins after the RAT
  add('h', 'Hadi', 'L', '2025-07-01', 'CALON')
  tb.run('members.exit', { id: ids.f!, date: '2025-11-30', reason: 'PINDAH' })
  tb.run('members.exit', { id: ids.e!, date: '2026-02-01', reason: 'MENINGGAL' })
  // 2025: revenue and expense by group; 2026: the year the RAPB is compared with.
  const post = (date: string, lines: { account: string; debit?: number; credit?: number }[]) =>
    tb.run('journal.post', { date, description: 'Transaksi', lines })
  post('2025-03-01', [
    { account: '1-1101', debit: 6_000_000 },
    { account: '4-2401', credit: 6_000_000 }
  ])
  post('2025-04-01', [
    { account: '5-3201', debit: 1_000_000 },
    { account: '1-1101', credit: 1_000_000 }
  ])
  post('2026-03-01', [
    { account: '1-1101', debit: 8_000_000 },
    { account: '4-2401', credit: 8_000_000 }
  ])
  post('2026-04-01', [
    { account: '5-3201', debit: 1_500_000 },
    { account: '1-1101', credit: 1_500_000 }
  ])
})
afterAll(() => tb.close())

describe('registers of pengurus, pengawas and karyawan', () => {
  it('records officers, keeps one Ketua at a time, and tells who signs', () => {
    const k1 = tb.run('org.save', {
      body: 'PENGURUS',
      position: 'KETUA',
      memberId: ids.a,
      termStart: '2025-01-01',
      termEnd: '2029-12-31',
      decree: 'Keputusan Rapat Pembentukan'
    })
    expect(k1).toMatchObject({ name: 'Ahmad', gender: 'L', positionLabel: 'Ketua', active: true })
    tb.run('org.save', { body: 'PENGURUS', position: 'SEKRETARIS', name: 'Sari', gender: 'P', termStart: '2025-01-01' })
    tb.run('org.save', { body: 'PENGURUS', position: 'BENDAHARA', memberId: ids.c, termStart: '2025-01-01' })
    tb.run('org.save', {
      body: 'PENGAWAS',
      position: 'KETUA',
      name: 'Kepala Desa Sukamaju',
      gender: 'L',
      termStart: '2025-01-01'
    })
    tb.run('org.save', { body: 'KARYAWAN', position: 'MANAJER', name: 'Rudi', gender: 'L', termStart: '2025-02-01' })
    tb.run('org.save', {
      body: 'KARYAWAN',
      position: 'KARYAWAN',
      title: 'Kasir gerai',
      name: 'Nina',
      gender: 'P',
      termStart: '2025-02-01'
    })
    expect(
      tb.fail('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: ids.b, termStart: '2026-01-01' }).message
    ).toMatch(/masih dijabat Ahmad/)
    expect(
      tb.fail('org.save', { body: 'PENGAWAS', position: 'BENDAHARA', name: 'X', termStart: '2026-01-01' }).code
    ).toBe('INVALID_INPUT')
    expect(tb.fail('org.save', { body: 'PENGURUS', position: 'ANGGOTA', termStart: '2026-01-01' }).code).toBe(
      'INVALID_INPUT'
    )
    tb.run('org.end', { id: k1.id, date: '2026-02-28', reason: 'Mengundurkan diri' })
    expect(tb.fail('org.end', { id: k1.id, date: '2026-03-01' }).code).toBe('CONFLICT')
    const k2 = tb.run('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: ids.b, termStart: '2026-03-01' })
    expect(k2.name).toBe('Budi')
    const before = signatories(tb.book, '2026-01-15').signatories
    expect(before.map((s) => [s.role, s.name])).toEqual([
      ['KETUA', 'Ahmad'],
      ['SEKRETARIS', 'Sari'],
      ['BENDAHARA', 'Citra'],
      ['KETUA_PENGAWAS', 'Kepala Desa Sukamaju']
    ])
    expect(signatories(tb.book, '2026-03-01').signatories[0]!.name).toBe('Budi')
    expect(signatories(tb.book, '2024-06-01').signatories.every((s) => s.name === null)).toBe(true)
    expect(tb.run('org.list', { asOf: '2026-01-15' }).map((o) => o.name)).toEqual([
      'Ahmad',
      'Sari',
      'Citra',
      'Kepala Desa Sukamaju',
      'Rudi',
      'Nina'
    ])
    expect(
      tb.run('org.list', { asOf: '2026-03-15', body: 'PENGURUS', includeEnded: true }).find((o) => o.name === 'Ahmad')
    ).toMatchObject({ active: false, endedAt: '2026-02-28' })
  })
})

describe('RAT meeting: attendance, quorum, decisions, RAPB', () => {
  let ratId: number
  it('saves the RAT (default quorum more than half) and pre-prints the attendance list', () => {
    expect(tb.fail('rat.save', { year: 2025, number: 1, date: '2025-12-15', place: 'Balai Desa' }).code).toBe(
      'INVALID_INPUT'
    )
    const rat = tb.run('rat.save', {
      year: 2025,
      number: 1,
      date: '2026-02-20',
      place: 'Balai Desa Sukamaju',
      guests: [{ name: 'Camat Cibeber', role: 'Undangan' }]
    })
    ratId = rat.id
    expect(rat.quorumRule).toEqual({ mode: 'MORE_THAN_HALF' })
    // Active on 20 Feb 2026: Ahmad, Budi, Citra, Dewi (Eko left 1 Feb, Fitri in November, Gita joins in March, Hadi is calon).
    expect(rat.quorum).toMatchObject({ eligible: 4, present: 0, required: 3, met: false })
    const list = tb.run('rat.attendanceList', { ratId })
    expect(list.rows.map((r) => r.name)).toEqual(['Ahmad', 'Budi', 'Citra', 'Dewi'])
    expect(list.rows[0]).toMatchObject({ no: 1, gender: 'L', address: 'RT 001/RW 002, Dusun Krajan', present: null })
    expect(list.registeredAtYearEnd).toBe(5)
    expect(list.guests).toEqual([{ name: 'Camat Cibeber', role: 'Undangan' }])
    expect(list.cooperative).toMatch(/Koperasi/)
  })

  it('records attendance and shows whether the quorum is met', () => {
    expect(tb.run('rat.recordAttendance', { ratId, memberIds: [ids.a!, ids.b!], present: true })).toMatchObject({
      present: 2,
      met: false
    })
    expect(tb.run('rat.recordAttendance', { ratId, memberIds: [ids.d!], present: true })).toMatchObject({
      present: 3,
      required: 3,
      met: true,
      presentPercent: '75.0'
    })
    expect(tb.run('rat.recordAttendance', { ratId, memberIds: [ids.b!], present: false })).toMatchObject({
      present: 2,
      met: false
    })
    expect(tb.fail('rat.recordAttendance', { ratId, memberIds: [ids.g!], present: true }).message).toMatch(
      /bukan anggota aktif/
    )
    const r = tb.run('rat.save', {
      year: 2025,
      number: 1,
      date: '2026-02-20',
      place: 'Balai Desa Sukamaju',
      quorumRule: { mode: 'PERCENT', percent: '50' }
    })
    expect(r.quorum).toMatchObject({ eligible: 4, present: 2, required: 2, met: true })
    expect(tb.run('rat.get', { year: 2025 }).id).toBe(ratId)
  })

  it('records decisions and the Rencana Kerja + RAPB by group', () => {
    expect(
      tb.fail('rat.decisions', {
        ratId,
        decisions: [
          { number: 1, text: 'a' },
          { number: 1, text: 'b' }
        ]
      }).code
    ).toBe('INVALID_INPUT')
    const d = tb.run('rat.decisions', {
      ratId,
      decisions: [
        { number: 2, text: 'Menetapkan pembagian SHU 2025' },
        { number: 1, text: 'Mengesahkan LPJ pengurus 2025' }
      ]
    })
    expect(d.map((x) => x.number)).toEqual([1, 2])
    const m = tb.run('rat.savePlan', {
      ratId,
      workPlan: 'Membuka gudang desa',
      rapb: [
        { groupCode: '4-24', amount: 10_000_000 },
        { groupCode: '5-32', amount: 2_000_000 }
      ]
    })
    expect(m.workPlan).toBe('Membuka gudang desa')
    expect(m.rapb.find((l) => l.groupCode === '4-24')).toMatchObject({
      amount: 10_000_000,
      actual: 6_000_000,
      type: 'PENDAPATAN'
    })
    expect(m.rapbTotals).toEqual({ revenue: 10_000_000, expense: 2_000_000, shu: 8_000_000 })
    expect(tb.fail('rat.savePlan', { ratId, rapb: [{ groupCode: '4-99', amount: 1 }] }).code).toBe('NOT_FOUND')
  })

  it("compares last year's RAPB with the ledger by group", () => {
    const r = tb.run('rat.rapbRealisation', { year: 2026 })
    expect(r.ratId).toBe(ratId)
    expect(r.rows.find((x) => x.groupCode === '4-24')).toMatchObject({
      budget: 10_000_000,
      actual: 8_000_000,
      difference: -2_000_000,
      percent: '80.0'
    })
    expect(r.rows.find((x) => x.groupCode === '5-32')).toMatchObject({
      budget: 2_000_000,
      actual: 1_500_000,
      percent: '75.0'
    })
    expect(r.totals).toEqual({
      budgetRevenue: 10_000_000,
      actualRevenue: 8_000_000,
      budgetExpense: 2_000_000,
      actualExpense: 1_500_000,
      budgetShu: 8_000_000,
      actualShu: 6_500_000
    })
    expect(tb.run('rat.rapbRealisation', { year: 2025 })).toMatchObject({ ratId: null })
  })

  it('ratMeeting gives the RAT book everything in one call', () => {
    const m = ratMeeting(tb.book, 2025)!
    expect(m.meeting.decisions).toHaveLength(2)
    expect(m.attendance.rows).toHaveLength(4)
    expect(ratMeeting(tb.book, 2030)).toBeNull()
  })
})

describe('member statistics (DOMAIN.md §6.3)', () => {
  it('counts by gender: start, joined, left by reason, end, calon, officers', () => {
    const s = memberStatistics(tb.book, 2025)
    expect(s.start).toEqual({ L: 1, P: 0, tanpa: 0, total: 1 })
    expect(s.joined).toEqual({ L: 2, P: 3, tanpa: 0, total: 5 })
    expect(s.left).toEqual({ L: 0, P: 1, tanpa: 0, total: 1 })
    expect(s.leftByReason.find((r) => r.reason === 'PINDAH')!.count.total).toBe(1)
    expect(s.end).toEqual({ L: 3, P: 2, tanpa: 0, total: 5 })
    expect(s.end.total).toBe(s.start.total + s.joined.total - s.left.total)
    expect(s.calon).toEqual({ L: 1, P: 0, tanpa: 0, total: 1 })
    expect(s.officers.pengurus).toMatchObject({ L: 1, P: 2, total: 3 })
    expect(s.officers.pengawas.total).toBe(1)
    expect(s.officers.manajer).toMatchObject({ L: 1, total: 1 })
    expect(s.officers.karyawan).toMatchObject({ P: 1, total: 1 })
    const s26 = tb.run('rat.memberStatistics', { year: 2026 })
    expect(s26.start).toEqual(s.end)
    expect(s26.leftByReason.find((r) => r.reason === 'MENINGGAL')!.count).toMatchObject({ L: 1, total: 1 })
    expect(s26.end.total).toBe(5 - 1 + 1)
  })
})
