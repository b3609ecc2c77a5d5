/**
 * A small cooperative over financial year 2025 whose every Lembar Anggota figure is computed here by
 * hand (not by the app): four members, savings with jasa, one loan that stops paying, gerai sales
 * to members and a non-member, an expense, and a member who leaves. Used by the unit tests and the
 * Playwright spec.
 */

export const YEAR = 2025

type Run = (name: string, input: unknown) => Promise<any>

export interface PanduanFixture {
  ids: { A: number; B: number; C: number; D: number }
  loanId: number
}

export async function buildPanduanFixture(run: Run): Promise<PanduanFixture> {
  await run('journal.post', {
    date: '2025-01-02',
    description: 'Hibah modal pemerintah desa',
    lines: [
      { account: '1-1101', debit: 5_000_000 },
      { account: '3-3101', credit: 5_000_000 }
    ]
  })
  await run('savings.setSettings', {
    effectiveFrom: '2025-01-01',
    pokokAmount: 100_000,
    wajibAmount: 50_000,
    sukarelaRate: '3',
    sukarelaMethod: 'SALDO_TERENDAH',
    taxThreshold: 240_000,
    taxRate: '10'
  })
  await run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2025-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 12,
    maxAmount: 20_000_000,
    provisiPercent: '1'
  })
  const member = async (memberNo: string, name: string, gender: 'L' | 'P', joinedAt: string) =>
    (await run('members.create', { memberNo, name, gender, joinedAt, dusun: 'Sukamanah', rt: '001', rw: '002' }))
      .id as number
  const A = await member('A-001', 'Siti Aminah', 'P', '2025-01-02')
  const B = await member('A-002', 'Budi Santoso', 'L', '2025-01-02')
  const C = await member('A-003', 'Dewi Lestari', 'P', '2025-03-01')
  const D = await member('A-004', 'Joko Prasetyo', 'L', '2025-01-10')
  const dep = (memberId: number, type: string, amount: number, date: string) =>
    run('savings.deposit', { memberId, type, amount, date })
  await dep(A, 'POKOK', 100_000, '2025-01-02')
  await dep(A, 'WAJIB', 600_000, '2025-01-31')
  await dep(A, 'SUKARELA', 1_000_000, '2025-01-05')
  await dep(B, 'POKOK', 100_000, '2025-01-02')
  await dep(B, 'WAJIB', 300_000, '2025-06-30')
  await dep(C, 'POKOK', 100_000, '2025-03-01')
  await dep(C, 'WAJIB', 500_000, '2025-03-01')
  await dep(C, 'SUKARELA', 2_000_000, '2025-03-01')
  await run('savings.withdraw', { memberId: C, type: 'SUKARELA', amount: 500_000, date: '2025-06-15' })
  await dep(D, 'POKOK', 100_000, '2025-01-10')
  await dep(D, 'WAJIB', 100_000, '2025-02-28')
  for (const month of ['2025-02', '2025-03', '2025-04'])
    await run('savings.postInterest', {
      month,
      date: `${month}-${month === '2025-02' ? '28' : month === '2025-04' ? '30' : '31'}`
    })

  const loan = await run('loans.apply', {
    memberId: B,
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2025-02-01'
  })
  await run('loans.decide', { loanId: loan.id, approve: true, date: '2025-02-01' })
  const l = await run('loans.disburse', { loanId: loan.id, date: '2025-02-01' })
  for (const inst of (l.schedule as { no: number; dueDate: string; angsuran: number }[]).slice(0, 6))
    await run('loans.pay', { loanId: l.id, amount: inst.angsuran, date: inst.dueDate })

  const supplier = (await run('trading.saveSupplier', { name: 'UD Makmur' })).id
  const beras = (
    await run('trading.saveItem', { unit: 'SEMBAKO', code: 'BRS', name: 'Beras medium', uom: 'kg', sellPrice: 14_000 })
  ).id
  await run('trading.purchase', {
    date: '2025-04-01',
    unit: 'SEMBAKO',
    supplierId: supplier,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 100, unitCost: 12_000 }]
  })
  await run('trading.sell', { date: '2025-05-02', unit: 'SEMBAKO', memberId: A, lines: [{ itemId: beras, qty: 20 }] })
  await run('trading.sell', { date: '2025-05-03', unit: 'SEMBAKO', memberId: C, lines: [{ itemId: beras, qty: 5 }] })
  await run('trading.sell', { date: '2025-05-04', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 10 }] })
  await run('journal.post', {
    date: '2025-06-20',
    description: 'Listrik gerai',
    lines: [
      { account: '5-3201', debit: 100_000, unit: 'SEMBAKO' },
      { account: '1-1101', credit: 100_000 }
    ]
  })

  await run('members.exit', { id: D, date: '2025-10-31', reason: 'PINDAH', payout: 'TUNAI' })
  return { ids: { A, B, C, D }, loanId: l.id }
}

/*
 * Hand calculation, financial year 2025 (DOMAIN.md §3.3, §4.2, §5.4, §5.5):
 *
 * Jasa sukarela, saldo terendah × 3 % ÷ 12, floored, credited to the balance (so it earns jasa
 * the month after): A has Rp1.000.000 from 5 January (January's lowest balance is 0); February
 * 1.000.000 → 2.500; March 1.002.500 → 2.506 (2.506,25); April 1.005.006 → 2.512 (2.512,51);
 * A's jasa 7.518. C deposits 2.000.000 on 1 March (March's lowest is 0), April 2.000.000 → 5.000.
 * Total jasa 12.518, all under Rp240.000 → PPh 0.
 *
 * Loan B: Rp1.200.000 flat 1,5 % × 12, provisi 1 % = 12.000; six installments of 100.000 + 18.000
 * paid on their due dates → pokok 600.000, jasa 108.000 paid; outstanding 600.000 at 31 December;
 * the 7th installment (due 1 September) unpaid since → 121 days → kurang lancar (91–180).
 *
 * Gerai: 100 kg bought at 12.000; sold 20 kg to A (280.000), 5 kg to C (70.000), 10 kg to a
 * non-member (140.000) at 14.000; HPP 35 × 12.000 = 420.000.
 *
 * SHU = sales 490.000 − HPP 420.000 + jasa pinjaman 108.000 + provisi 12.000 − jasa simpanan
 * 12.518 − listrik 100.000 = 77.482 (no tax posted). Jasa modal 20 % = 15.496 (15.496,4 floored),
 * jasa usaha 20 % = 15.496. D left on 31 October: not in the SHU.
 * S: A 100.000 + 600.000 = 700.000; B 100.000 + 300.000 = 400.000; C 100.000 + 500.000 = 600.000;
 *    ΣS = 1.700.000. JMA exact 6.380,71 / 3.646,12 / 5.469,18 → floors 15.495, +1 to A (largest
 *    fraction) → 6.381 / 3.646 / 5.469.
 * T: A purchases 280.000; B jasa paid 108.000; C purchases 70.000; ΣT = 458.000. JUA exact
 *    9.473,54 / 3.654,08 / 2.368,38 → floors 15.495, +1 to A → 9.474 / 3.654 / 2.368.
 * SHU per member: A 15.855, B 7.300, C 7.837 (Σ 30.992 = 2 × 15.496).
 *
 * Wajib at 50.000 a month: A owes Jan–Dec 600.000, paid 600.000; B owes 600.000, paid 300.000 →
 * arrears 300.000 (6 months); C owes Mar–Dec 500.000, paid.
 */
export const EXPECTED = {
  shuAfterTax: 77_482,
  jmPool: 15_496,
  juPool: 15_496,
  totalS: 1_700_000,
  totalT: 458_000,
  members: {
    A: {
      memberNo: 'A-001',
      name: 'Siti Aminah',
      savings: {
        POKOK: { deposits: 100_000, closing: 100_000 },
        WAJIB: { deposits: 600_000, closing: 600_000 },
        SUKARELA: { deposits: 1_000_000, withdrawals: 0, jasa: 7_518, closing: 1_007_518 }
      },
      savingsTotal: 1_707_518,
      S: 700_000,
      T: 280_000,
      JMA: 6_381,
      JUA: 9_474,
      shu: 15_855,
      loans: 0,
      wajibArrears: 0
    },
    B: {
      memberNo: 'A-002',
      name: 'Budi Santoso',
      savings: {
        POKOK: { deposits: 100_000, closing: 100_000 },
        WAJIB: { deposits: 300_000, closing: 300_000 },
        SUKARELA: { deposits: 0, withdrawals: 0, jasa: 0, closing: 0 }
      },
      // Wajib 50.000 a month from January; on 31 December (due day = month end, DOMAIN §3.2) January–November
      // are due: 11 × 50.000 − 300.000 paid = 250.000 in arrears (5 months); December is not yet due.
      savingsTotal: 400_000,
      S: 400_000,
      T: 108_000,
      JMA: 3_646,
      JUA: 3_654,
      shu: 7_300,
      loans: 1,
      wajibArrears: 250_000,
      wajibArrearsMonths: 5,
      loan: {
        principal: 1_200_000,
        paidPokok: 600_000,
        paidJasa: 108_000,
        paidDenda: 0,
        outstanding: 600_000,
        kolektibilitas: 'KURANG_LANCAR' as const
      }
    },
    C: {
      memberNo: 'A-003',
      name: 'Dewi Lestari',
      savings: {
        POKOK: { deposits: 100_000, closing: 100_000 },
        WAJIB: { deposits: 500_000, closing: 500_000 },
        SUKARELA: { deposits: 2_000_000, withdrawals: 500_000, jasa: 5_000, closing: 1_505_000 }
      },
      savingsTotal: 2_105_000,
      S: 600_000,
      T: 70_000,
      JMA: 5_469,
      JUA: 2_368,
      shu: 7_837,
      loans: 0,
      wajibArrears: 0
    },
    D: {
      memberNo: 'A-004',
      name: 'Joko Prasetyo',
      savings: {
        POKOK: { deposits: 100_000, withdrawals: 100_000, closing: 0 },
        WAJIB: { deposits: 100_000, withdrawals: 100_000, closing: 0 }
      },
      savingsTotal: 0
    }
  },
  totals: { savingsClosing: 4_212_518, jasa: 12_518, JMA: 15_496, JUA: 15_496, shu: 30_992, loanOutstanding: 600_000 }
}
