import { join } from 'node:path'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { confirmFuture, SAMPLE_PROFILE } from '../../helpers/book'
import { ok } from '../../helpers/host'

export interface Cooperative {
  host: BookHost
  /** Member ids in the order created. */
  ids: number[]
  /** What the generator put in, to check the book against. */
  expect: {
    men: number
    women: number
    exitedIn2026: number
    pokok: number
    wajib: number
    sukarela: number
    loanPrincipal: number
  }
}

/**
 * A cooperative of `n` members over two years (2025 and 2026): members with gender, savings through
 * savings.deposit, a few loans through apply/decide/disburse/pay, sales and expenses per unit
 * marked anggota/non-anggota, and two members leaving in 2026.
 */
export async function buildCooperative(dir: string, n = 300): Promise<Cooperative> {
  const host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  const run = (name: string, input: unknown) => ok(host.execute(name, confirmFuture(name, input)))
  await run('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2025, booksStartDate: '2025-01-01' })
  await run('journal.post', {
    date: '2025-01-02',
    description: 'Modal penyertaan desa',
    lines: [
      { account: '1-1201', debit: 50_000_000 },
      { account: '3-2101', credit: 50_000_000 }
    ]
  })
  await run('journal.post', {
    date: '2025-01-03',
    description: 'Hibah pemerintah',
    lines: [
      { account: '1-1101', debit: 100_000_000 },
      { account: '3-3101', credit: 100_000_000 }
    ]
  })
  await run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 20_000 })
  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2025-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000
  })
  const e = { men: 0, women: 0, exitedIn2026: 0, pokok: 0, wajib: 0, sukarela: 0, loanPrincipal: 0 }
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const gender = i % 5 < 3 ? 'L' : 'P'
    const joinedAt = i < n / 2 ? `2025-0${1 + (i % 9)}-15` : `2026-0${1 + (i % 9)}-15`
    const m = await run('members.create', {
      name: `${gender === 'L' ? 'Bapak' : 'Ibu'} Anggota ${String(i + 1).padStart(3, '0')}`,
      gender,
      joinedAt,
      street: `Jl. Melati ${i % 40}`,
      rt: String(1 + (i % 6)).padStart(3, '0'),
      rw: '002',
      dusun: i % 2 ? 'Cikaret' : 'Sukamanah',
      position: i === 0 || i === 1 || i === 2 ? 'PENGURUS' : i === 3 ? 'PENGAWAS' : 'ANGGOTA'
    })
    ids.push(m.id)
    if (gender === 'L') e.men++
    else e.women++
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: joinedAt })
    const wajib = 20_000 * (1 + (i % 6))
    await run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: wajib, date: joinedAt })
    e.pokok += 100_000
    e.wajib += wajib
    if (i % 3 === 0) {
      await run('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 250_000 + i * 1_000, date: joinedAt })
      e.sukarela += 250_000 + i * 1_000
    }
  }
  // The organisation: three pengurus from the members, the Kepala Desa as Ketua Pengawas (§1.4).
  for (const [k, position] of (['KETUA', 'SEKRETARIS', 'BENDAHARA'] as const).entries()) {
    await run('org.save', {
      body: 'PENGURUS',
      position,
      memberId: ids[k]!,
      termStart: '2025-07-12',
      termEnd: '2030-07-11'
    })
  }
  await run('org.save', {
    body: 'PENGAWAS',
    position: 'KETUA',
    name: 'H. Kepala Desa Sukamaju',
    gender: 'L',
    termStart: '2025-07-12'
  })
  // Twelve loans in 2026; most pay, two stop paying (kolektibilitas other than lancar).
  for (let k = 0; k < 12; k++) {
    const principal = 2_000_000 + k * 500_000
    const loan = await run('loans.apply', {
      memberId: ids[10 + k * 7]!,
      productCode: 'UMUM',
      principal,
      tenorMonths: 10,
      date: '2026-02-01'
    })
    await run('loans.decide', { loanId: loan.id, approve: true, date: '2026-02-01' })
    const l = await run('loans.disburse', { loanId: loan.id, date: '2026-02-01' })
    e.loanPrincipal += principal
    const stopAfter = k < 2 ? 2 : 99
    for (const inst of l.schedule as { no: number; dueDate: string; angsuran: number }[]) {
      if (inst.dueDate > '2026-11-30' || inst.no > stopAfter) break
      await run('loans.pay', { loanId: l.id, amount: inst.angsuran, date: inst.dueDate })
    }
  }
  // Unit sales (members and non-members) and expenses in both years.
  for (const year of [2025, 2026]) {
    for (let mo = 1; mo <= 12; mo++) {
      const d = `${year}-${String(mo).padStart(2, '0')}-20`
      const f = year === 2025 ? 1 : 1.5
      await run('journal.post', {
        date: d,
        description: `Penjualan sembako ${mo}`,
        lines: [
          { account: '1-1101', debit: Math.round(12_000_000 * f) },
          { account: '4-2101', credit: Math.round(8_000_000 * f), unit: 'SEMBAKO', pihak: 'ANGGOTA' },
          { account: '4-2102', credit: Math.round(4_000_000 * f), unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' }
        ]
      })
      await run('journal.post', {
        date: d,
        description: `Beban gaji ${mo}`,
        lines: [
          { account: '5-3101', debit: Math.round(6_000_000 * f), unit: 'KANTOR' },
          { account: '1-1101', credit: Math.round(6_000_000 * f) }
        ]
      })
    }
  }
  // Two members leave in 2026.
  for (const id of [ids[n - 1]!, ids[n - 2]!]) {
    await run('members.exit', { id, date: '2026-11-30', reason: 'PINDAH', payout: 'TUNAI' })
    e.exitedIn2026++
  }
  return { host, ids, expect: e }
}
