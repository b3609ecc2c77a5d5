import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, SAMPLE_PROFILE, type TestBook, allowOverdraft } from '../../helpers/book'
import type { CommandResponse } from '../../../shared/errors'

export async function ok<T>(p: Promise<CommandResponse<unknown>>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`)
  return r.result as T
}

export interface Coop {
  tb: TestBook
  host: BookHost
  ids: number[]
  close: () => Promise<void>
}

/**
 * A cooperative with books from 2024: `n` members (every third a woman; the last fifth joined in
 * 2025), two calon anggota, savings, three exits in 2025, one loan, some postings, the pengurus,
 * pengawas and staff, the RAT of 2025 and (optionally) the closing of 2025.
 */
export async function buildCoop(opts: {
  n: number
  name?: string
  nik?: string | null
  regency?: string
  scale?: number
  close?: boolean
  now?: Date
}): Promise<Coop> {
  const tb = await createTestBook({ booksStartDate: '2024-01-01' })
  allowOverdraft(tb)
  const now = opts.now ?? new Date('2026-03-01T03:00:00Z')
  const host = createExecutor(tb.book, { now: () => now })
  const k = opts.scale ?? 1
  if (opts.name)
    tb.run('profile.update', {
      ...SAMPLE_PROFILE,
      name: opts.name,
      nikKoperasi: opts.nik ?? null,
      regency: opts.regency ?? SAMPLE_PROFILE.regency
    })
  const post = (
    date: string,
    description: string,
    lines: { account: string; debit?: number; credit?: number; unit?: string; pihak?: 'ANGGOTA' | 'NON_ANGGOTA' }[]
  ) => tb.run('journal.post', { date, description, lines })
  tb.run('savings.setSettings', { effectiveFrom: '2024-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  const ids: number[] = []
  const late = Math.floor(opts.n * 0.8)
  for (let i = 0; i < opts.n; i++) {
    const joinedAt =
      i < late ? `2024-${String(1 + (i % 12)).padStart(2, '0')}-10` : `2025-${String(1 + (i % 6)).padStart(2, '0')}-15`
    const m = tb.run('members.create', { name: `Anggota ${i + 1}`, gender: i % 3 === 0 ? 'P' : 'L', joinedAt })
    ids.push(m.id)
    tb.run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: joinedAt })
    tb.run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: 20_000 * (1 + (i % 4)), date: joinedAt })
    if (i % 2 === 0)
      tb.run('savings.deposit', {
        memberId: m.id,
        type: 'SUKARELA',
        amount: 50_000 * (1 + (i % 5)) * k,
        date: '2025-06-01'
      })
  }
  tb.run('members.create', { name: 'Calon Satu', gender: 'L', joinedAt: '2025-11-01', status: 'CALON' })
  tb.run('members.create', { name: 'Calon Dua', gender: 'P', joinedAt: '2025-11-02', status: 'CALON' })
  tb.run('members.exit', { id: ids[3]!, date: '2025-04-30', reason: 'PINDAH' })
  tb.run('members.exit', { id: ids[4]!, date: '2025-07-31', reason: 'MENINGGAL' })
  tb.run('members.exit', { id: ids[5]!, date: '2025-09-30', reason: 'PERMINTAAN_SENDIRI', payout: 'TUNAI' })

  post('2024-01-05', 'Modal penyertaan desa', [
    { account: '1-1201', debit: 50_000_000 * k },
    { account: '3-2101', credit: 50_000_000 * k }
  ])
  post('2024-02-01', 'Hibah', [
    { account: '1-1201', debit: 10_000_000 },
    { account: '3-3101', credit: 10_000_000 }
  ])
  post('2025-01-10', 'Pinjaman bank', [
    { account: '1-1201', debit: 20_000_000 },
    { account: '2-2101', credit: 20_000_000 }
  ])
  post('2025-02-01', 'Beli sembako', [
    { account: '1-1601', debit: 9_000_000 * k, unit: 'SEMBAKO' },
    { account: '1-1201', credit: 9_000_000 * k }
  ])
  post('2025-03-10', 'Penjualan sembako', [
    { account: '1-1101', debit: 12_000_000 * k, unit: 'SEMBAKO' },
    { account: '4-2101', credit: 8_000_000 * k, unit: 'SEMBAKO', pihak: 'ANGGOTA' },
    { account: '4-2102', credit: 4_000_000 * k, unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' },
    { account: '5-1101', debit: 7_000_000 * k, unit: 'SEMBAKO' },
    { account: '1-1601', credit: 7_000_000 * k, unit: 'SEMBAKO' }
  ])
  post('2025-04-01', 'Retur penjualan', [
    { account: '4-2109', debit: 500_000, unit: 'SEMBAKO' },
    { account: '1-1101', credit: 500_000 }
  ])
  post('2025-06-30', 'Jasa giro', [
    { account: '1-1201', debit: 300_000 },
    { account: '4-3101', credit: 300_000 }
  ])
  post('2025-12-20', 'Gaji', [
    { account: '5-3101', debit: 1_500_000 },
    { account: '1-1101', credit: 1_500_000 }
  ])
  post('2024-12-20', 'Penjualan 2024', [
    { account: '1-1101', debit: 2_000_000 },
    { account: '4-2101', credit: 2_000_000, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
  ])

  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2024-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '1',
    dendaMode: 'PER_HARI',
    dendaValue: '0.1',
    graceDays: 3
  })
  const a = tb.run('loans.apply', {
    memberId: ids[1]!,
    productCode: 'UMUM',
    principal: 5_000_000,
    tenorMonths: 10,
    date: '2025-02-01'
  })
  tb.run('loans.decide', { loanId: a.id, approve: true, date: '2025-02-02' })
  tb.run('loans.disburse', { loanId: a.id, date: '2025-02-05' })
  tb.run('loans.pay', { loanId: a.id, amount: 575_000, date: '2025-03-05' })
  const b = tb.run('loans.apply', {
    memberId: ids[2]!,
    productCode: 'UMUM',
    principal: 2_000_000,
    tenorMonths: 10,
    date: '2024-05-01'
  })
  tb.run('loans.decide', { loanId: b.id, approve: true, date: '2024-05-02' })
  tb.run('loans.disburse', { loanId: b.id, date: '2024-05-05' })

  tb.run('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: ids[0]!, termStart: '2024-01-01' })
  tb.run('org.save', {
    body: 'PENGURUS',
    position: 'SEKRETARIS',
    name: 'Sari Wulandari',
    gender: 'P',
    termStart: '2024-01-01',
    phone: '0812-1111-2222'
  })
  tb.run('org.save', { body: 'PENGURUS', position: 'BENDAHARA', memberId: ids[6]!, termStart: '2024-01-01' })
  tb.run('org.save', {
    body: 'PENGAWAS',
    position: 'KETUA',
    name: 'Pak Pengawas',
    gender: 'L',
    termStart: '2024-01-01'
  })
  tb.run('org.save', {
    body: 'KARYAWAN',
    position: 'MANAJER',
    name: 'Bu Manajer',
    gender: 'P',
    termStart: '2024-06-01'
  })
  tb.run('org.save', {
    body: 'KARYAWAN',
    position: 'KARYAWAN',
    name: 'Kasir Satu',
    gender: 'L',
    termStart: '2024-06-01'
  })
  tb.run('org.save', {
    body: 'KARYAWAN',
    position: 'KARYAWAN',
    name: 'Kasir Dua',
    gender: 'P',
    termStart: '2025-06-01'
  })
  tb.run('rat.save', { year: 2025, number: 2, date: '2026-02-15', place: 'Balai desa' })
  if (opts.close) {
    await ok(host.execute('closing.close', { year: 2024 }))
    await ok(host.execute('closing.close', { year: 2025 }))
  }
  return { tb, host, ids, close: async () => tb.close() }
}
