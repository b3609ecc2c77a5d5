import type { Executor } from '../../../main/commands/executor'
import { ok } from '../../helpers/host'

/**
 * A small book for January–March 2025 whose every figure is worked by hand below, so the exported
 * books are compared with arithmetic, not with the app's own output.
 *
 * Kas 1-1101: + 10.000.000 modal + 770.000 simpanan (pokok 150.000, wajib 120.000, sukarela 500.000)
 *   − 100.000 tarik sukarela − 1.200.000 pinjaman cair + 236.000 angsuran (2 × 118.000)
 *   − 1.500.000 Bukti Kas Keluar + 250.000 Bukti Kas Masuk − 600.000 pembelian beras
 *   = masuk 11.256.000, keluar 3.400.000, saldo akhir 7.856.000.
 * Bank 1-1201: + 20.000.000 modal − 12.000.000 motor = 8.000.000.
 * Neraca saldo 31 Maret 2025: debit = kredit = 32.071.000; mutasi debit (Σ semua jurnal) 48.041.000.
 * Simpanan: pokok 150.000, wajib 120.000 (Ahmad 60.000, Siti 40.000, Rudi 20.000), sukarela 400.000; jumlah 670.000.
 * Pinjaman 1.200.000 flat 1,5 % 12 bulan: angsuran 118.000 (pokok 100.000 + jasa 18.000); jadwal
 *   pokok 1.200.000, jasa 216.000, angsuran 1.416.000; dibayar 236.000 (jasa 36.000, pokok 200.000); sisa 1.000.000.
 * Motor 12.000.000 / 48 bulan = 250.000 sebulan, Februari dan Maret: akumulasi 500.000, nilai buku 11.500.000.
 * Beras BRS5: masuk 10 sak (600.000), keluar 2 + 1,5 + 1 = 4,5 sak (270.000); saldo 5,5 sak, 330.000.
 * Penjualan SEMBAKO: 2 Maret 2 transaksi, anggota 140.000, bukan anggota 105.000, HPP 210.000;
 *   3 Maret 2 transaksi (1 sak + harian 300.000), bukan anggota 370.000, HPP 60.000;
 *   jumlah 4 transaksi, bersih 615.000, HPP 270.000, laba kotor 345.000.
 */
export const HAND = {
  kas: { in: 11_256_000, out: 3_400_000, closing: 7_856_000 },
  bank: { in: 20_000_000, out: 12_000_000, closing: 8_000_000 },
  trialBalance: { total: 32_071_000, movementDebit: 48_041_000 },
  savings: {
    pokok: 150_000,
    wajib: 120_000,
    sukarela: 400_000,
    total: 670_000,
    wajibByMember: [60_000, 40_000, 20_000]
  },
  loan: {
    principal: 1_200_000,
    jasa: 216_000,
    angsuran: 1_416_000,
    paid: 236_000,
    paidJasa: 36_000,
    paidPokok: 200_000,
    outstanding: 1_000_000
  },
  asset: { cost: 12_000_000, monthly: 250_000, accumulated: 500_000, bookValue: 11_500_000 },
  stock: { qtyIn: 10, qtyOut: 4.5, closingQty: 5.5, closingValue: 330_000 },
  sales: { count: 4, member: 140_000, nonMember: 475_000, net: 615_000, hpp: 270_000, gross: 345_000 },
  members: ['Ahmad Fauzi', 'Siti Aminah', 'Rudi Hartono']
}

export const NOW = new Date('2025-12-05T06:05:00Z')
/** 06.05 UTC is 13.05 in Jawa Barat (WIB). */
export const STAMP = 'Dicetak 5 Desember 2025 13.05 WIB'

export async function seedBooks(
  host: Pick<Executor, 'execute'>
): Promise<{ memberIds: number[]; loanId: number; itemId: number }> {
  const run = <T = any>(name: string, input: unknown) => ok<T>(host.execute(name as never, input as never))
  await run('journal.post', {
    date: '2025-01-02',
    description: 'Modal penyertaan',
    lines: [
      { account: '1-1101', debit: 10_000_000 },
      { account: '1-1201', debit: 20_000_000 },
      { account: '3-2101', credit: 30_000_000 }
    ]
  })
  await run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  const memberIds: number[] = []
  for (const [k, name] of HAND.members.entries()) {
    const m = await run<{ id: number }>('members.create', {
      name,
      gender: k === 1 ? 'P' : 'L',
      joinedAt: '2025-01-05',
      birthPlace: 'Cianjur',
      occupation: 'Petani',
      village: 'Sukamaju',
      rt: '001',
      rw: '002'
    })
    memberIds.push(m.id)
    await run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 50_000, date: '2025-01-05' })
  }
  const wajib: [number, string][] = [
    [0, '2025-01-05'],
    [0, '2025-02-05'],
    [0, '2025-03-05'],
    [1, '2025-01-05'],
    [1, '2025-02-05'],
    [2, '2025-01-05']
  ]
  for (const [k, date] of wajib)
    await run('savings.deposit', { memberId: memberIds[k], type: 'WAJIB', amount: 20_000, date })
  await run('savings.deposit', { memberId: memberIds[0], type: 'SUKARELA', amount: 500_000, date: '2025-02-10' })
  await run('savings.withdraw', { memberId: memberIds[0], type: 'SUKARELA', amount: 100_000, date: '2025-03-10' })

  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2025-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0'
  })
  const loan = await run<{ id: number }>('loans.apply', {
    memberId: memberIds[0],
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2025-01-10'
  })
  await run('loans.decide', { loanId: loan.id, approve: true, date: '2025-01-10' })
  await run('loans.disburse', { loanId: loan.id, date: '2025-01-10', firstDueDate: '2025-02-10' })
  await run('loans.pay', { loanId: loan.id, amount: 118_000, date: '2025-02-10' })
  await run('loans.pay', { loanId: loan.id, amount: 118_000, date: '2025-03-10' })

  await run('cash.payment', {
    date: '2025-02-10',
    partyName: 'Toko Buku Sinar',
    description: 'ATK dan cetak',
    lines: [{ account: '5-3202', amount: 1_500_000 }]
  })
  await run('cash.receipt', {
    date: '2025-03-05',
    partyName: 'Desa Sukamaju',
    description: 'Sewa tenda',
    lines: [{ account: '4-3199', amount: 250_000 }]
  })

  await run('assets.create', {
    name: 'Motor roda tiga',
    group: 'KENDARAAN',
    acquiredAt: '2025-01-10',
    cost: 12_000_000,
    lifeMonths: 48,
    creditAccount: '1-1201'
  })
  await run('assets.depreciate', { month: '2025-02' })
  await run('assets.depreciate', { month: '2025-03' })

  const item = await run<{ id: number }>('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras 5 kg',
    uom: 'sak',
    sellPrice: 70_000
  })
  const supplier = await run<{ id: number }>('trading.saveSupplier', { name: 'UD Tani Makmur' })
  await run('trading.purchase', {
    date: '2025-03-01',
    unit: 'SEMBAKO',
    supplierId: supplier.id,
    payment: 'TUNAI',
    lines: [{ itemId: item.id, qty: 10, unitCost: 60_000 }]
  })
  await run('trading.sell', {
    date: '2025-03-02',
    unit: 'SEMBAKO',
    memberId: memberIds[0],
    lines: [{ itemId: item.id, qty: 2 }]
  })
  await run('trading.sell', { date: '2025-03-02', unit: 'SEMBAKO', lines: [{ itemId: item.id, qty: '1,5' }] })
  await run('trading.sell', { date: '2025-03-03', unit: 'SEMBAKO', lines: [{ itemId: item.id, qty: 1 }] })
  await run('trading.dailySales', { date: '2025-03-03', unit: 'SEMBAKO', nonMemberAmount: 300_000 })
  return { memberIds, loanId: loan.id, itemId: item.id }
}
