import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBook, SAMPLE_PROFILE, tempDir, type TestBook, allowOverdraft } from '../../helpers/book'
import { cliBatch } from '../../helpers/cli'
import { join } from 'node:path'
import { commands } from '../../../shared/commands'
import { shuTieOut } from '../../../main/shu/shu'

const YEAR = 2026
const N = 300

describe('shu.allocatePreview through the CLI', () => {
  it('gives the §5.5 numbers on any initialized book', () => {
    const { dir, cleanup } = tempDir()
    try {
      const file = join(dir, 'buku.sqlite')
      const input = {
        shuAfterTax: 6_532_150,
        percentages: {
          cadangan: '40',
          jasaModal: '20',
          jasaUsaha: '20',
          pengurus: '5',
          karyawan: '5',
          pendidikan: '5',
          sosial: '2,5',
          pembangunan: '2.5'
        },
        members: [
          { memberNo: 'A', S: 1_600_000, T: 19_170_000 },
          { memberNo: 'B', S: 2_350_000, T: 9_410_000 },
          { memberNo: 'C', S: 550_000, T: 3_333_000 }
        ]
      }
      // One CLI process for the three calls (batch mode), not one process each.
      const [setup, r, bad] = cliBatch(file, [
        {
          command: 'setup.initialize',
          input: { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' }
        },
        { command: 'shu.allocatePreview', input },
        { command: 'shu.allocatePreview', input: { ...input, percentages: { ...input.percentages, sosial: '5' } } }
      ]).lines
      expect(setup!.ok).toBe(true)
      expect(r!.ok, JSON.stringify(r!.error)).toBe(true)
      const out = r!.result as {
        components: { key: string; name: string; percent: string; amount: number }[]
        members: { memberNo: string; JMA: number; JUA: number; total: number }[]
      }
      expect(out.components.find((c) => c.key === 'cadangan')).toEqual({
        key: 'cadangan',
        name: 'Dana Cadangan',
        percent: '40',
        amount: 2_612_863
      })
      expect(out.members).toEqual([
        { memberNo: 'A', JMA: 464_508, JUA: 784_767, total: 1_249_275 },
        { memberNo: 'B', JMA: 682_247, JUA: 385_219, total: 1_067_466 },
        { memberNo: 'C', JMA: 159_675, JUA: 136_444, total: 296_119 }
      ])
      expect(bad!.ok).toBe(false)
      expect(bad!.error!.message).toMatch(/Jumlah persentase: harus tepat 100 %, sekarang 102,5 %/)
    } finally {
      cleanup()
    }
  })

  it('is a query and declared with its input shape', () => {
    expect(commands['shu.allocatePreview'].kind).toBe('query')
    expect(commands['shu.post'].kind).toBe('mutation')
  })
})

describe(`a generated cooperative of ${N} members, from the books to the payout`, () => {
  let tb: TestBook
  const ids: number[] = []
  beforeAll(async () => {
    tb = await createTestBook({ now: new Date('2027-06-01T03:00:00Z') })
    allowOverdraft(tb)
    tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 25_000 })
    for (let i = 0; i < N; i++) {
      const m = tb.run('members.create', {
        name: `Anggota ${i + 1}`,
        gender: i % 2 ? 'L' : 'P',
        joinedAt: '2026-01-02'
      })
      ids.push(m.id)
      tb.run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2026-01-05' })
      tb.run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: 25_000 * (1 + (i % 12)), date: '2026-06-30' })
      if (i % 7 === 0)
        tb.run('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 500_000, date: '2026-03-01' })
    }
    // A member who exits during the year is left out.
    tb.run('loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 20_000_000,
      provisiPercent: '1'
    })
    for (const k of [3, 50, 120, 200, 299]) {
      const a = tb.run('loans.apply', {
        memberId: ids[k]!,
        productCode: 'UMUM',
        principal: 2_000_000 + k * 10_000,
        tenorMonths: 12,
        date: '2026-02-01'
      })
      tb.run('loans.decide', { loanId: a.id, approve: true, date: '2026-02-02' })
      const l = tb.run('loans.disburse', { loanId: a.id, date: '2026-02-05' })
      for (const inst of l.schedule.slice(0, 3))
        tb.run('loans.pay', { loanId: a.id, amount: inst.angsuran, date: inst.dueDate })
    }
    const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur', phone: '0812' }).id
    const beras = tb.run('trading.saveItem', {
      unit: 'SEMBAKO',
      code: 'BRS5',
      name: 'Beras medium',
      uom: 'kg',
      sellPrice: 14_000
    }).id
    tb.run('trading.purchase', {
      date: '2026-04-01',
      unit: 'SEMBAKO',
      supplierId: sup,
      payment: 'TUNAI',
      lines: [{ itemId: beras, qty: 5000, unitCost: 12_000 }]
    })
    for (let i = 0; i < N; i += 2)
      tb.run('trading.sell', {
        date: '2026-05-02',
        unit: 'SEMBAKO',
        memberId: ids[i]!,
        lines: [{ itemId: beras, qty: 1 + (i % 9) }]
      })
    tb.run('trading.sell', { date: '2026-05-03', unit: 'SEMBAKO', lines: [{ itemId: beras, qty: 200 }] })
    tb.run('members.exit', { id: ids[10]!, date: '2026-11-30', reason: 'PINDAH' } as never)
  }, 120_000)
  afterAll(() => tb?.close())

  const tbRows = () => tb.run('reports.trialBalance', { asOf: '2026-12-31' }).rows.filter((r) => !r.isHeader)

  it('simulates from the books: SHU of the year, S and T per member, exact pools', () => {
    const sim = tb.run('shu.simulate', { year: YEAR })
    expect(sim.shuAfterTax).toBeGreaterThan(0)
    expect(sim.components.reduce((s, c) => s + c.amount, 0)).toBe(sim.shuAfterTax)
    const jm = sim.components.find((c) => c.key === 'jasaModal')!
    expect(sim.members.reduce((s, m) => s + m.JMA, 0)).toBe(jm.amount)
    expect(sim.excluded.map((e) => e.memberId)).toContain(ids[10])
    expect(sim.members).toHaveLength(N - 1)
    const m3 = sim.members.find((m) => m.memberId === ids[3])!
    expect(m3.S).toBe(100_000 + 25_000 * 4)
    expect(m3.T).toBeGreaterThan(0)
    // Changed percentages (not saved) re-simulate.
    const alt = tb.run('shu.simulate', {
      year: YEAR,
      percentages: {
        cadangan: '30',
        jasaModal: '30',
        jasaUsaha: '20',
        pengurus: '5',
        karyawan: '5',
        pendidikan: '5',
        sosial: '2,5',
        pembangunan: '2,5'
      }
    })
    expect(alt.components.find((c) => c.key === 'jasaModal')!.nominal).toBe(Math.floor(sim.shuAfterTax * 0.3))
    expect(
      tb.fail('shu.simulate', {
        year: YEAR,
        percentages: {
          cadangan: '0',
          jasaModal: '40',
          jasaUsaha: '40',
          pengurus: '5',
          karyawan: '5',
          pendidikan: '5',
          sosial: '2,5',
          pembangunan: '2,5'
        }
      })
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'percentages.cadangan' })
    const ex = tb.run('shu.explain', { year: YEAR, memberId: ids[3]! })
    expect(ex.eligible).toBe(true)
    expect(ex.paragraphs.join('\n')).toMatch(/JMA\) = S ÷ ΣS × jasa modal/)
    expect(tb.run('shu.explain', { year: YEAR, memberId: ids[10]! }).eligible).toBe(false)
  })

  it('settings by year: saved settings apply from their year on', () => {
    expect(tb.run('shu.settings', { year: YEAR }).current.isDefault).toBe(true)
    expect(
      tb.fail('shu.setSettings', {
        year: YEAR,
        percentages: {
          cadangan: '40',
          jasaModal: '20',
          jasaUsaha: '20',
          pengurus: '5',
          karyawan: '5',
          pendidikan: '5',
          sosial: '5',
          pembangunan: '2,5'
        }
      }).message
    ).toMatch(/^Jumlah persentase/)
    tb.run('shu.setSettings', {
      year: YEAR,
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
      payoutRoundTo: 100
    })
    expect(tb.run('shu.settings', { year: YEAR + 1 }).current).toMatchObject({
      year: YEAR,
      isDefault: false,
      payoutRoundTo: 100,
      percentages: { sosial: '2.5' }
    })
    expect(tb.run('shu.settings', { year: YEAR - 1 }).current.isDefault).toBe(true)
  })

  it('refuses to post before the year is closed, posts once after, pays out and ties out', () => {
    const sim = tb.run('shu.simulate', { year: YEAR })
    expect(tb.fail('shu.post', { year: YEAR, date: '2027-03-15' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/harus ditutup lebih dahulu/)
    })
    expect(tb.fail('shu.pay', { year: YEAR, date: '2027-03-20', method: 'TUNAI' }).code).toBe('CONFLICT')

    // Closing (no closing command yet): move every P&L balance into 3-5102 with a JP entry.
    const lines: { account: string; debit: number; credit: number }[] = []
    let net = 0
    for (const r of tbRows().filter((x) => x.type === 'PENDAPATAN' || x.type === 'BEBAN')) {
      const v = r.closingCredit - r.closingDebit
      if (v === 0) continue
      net += v
      lines.push(v > 0 ? { account: r.code, debit: v, credit: 0 } : { account: r.code, debit: 0, credit: -v })
    }
    lines.push({ account: '3-5102', debit: 0, credit: net })
    tb.run('journal.post', {
      date: '2026-12-31',
      description: 'Jurnal penutup tahun buku 2026',
      series: 'JP',
      lines
    } as never)
    expect(net).toBe(sim.shuAfterTax)
    // After closing the year's SHU is still the same (closing entries are added back).
    expect(tb.run('shu.simulate', { year: YEAR }).shuAfterTax).toBe(sim.shuAfterTax)

    const posted = tb.run('shu.post', { year: YEAR, date: '2027-03-15', decisionRef: 'Keputusan RAT No. 01/RAT/2027' })
    const entry = tb.run('journal.get', { id: posted.entry.id })
    expect(entry.lines.find((l) => l.accountCode === '3-5102')!.debit).toBe(sim.shuAfterTax)
    const p2 = entry.lines.find((l) => l.accountCode === '2-1601')!.credit
    expect(p2).toBe(posted.totals.payout)
    expect(posted.members.every((m) => m.payout % 100 === 0)).toBe(true)
    expect(tb.fail('shu.post', { year: YEAR, date: '2027-03-16' })).toMatchObject({ code: 'CONFLICT', field: 'year' })
    expect(
      tb.fail('shu.setSettings', {
        year: YEAR,
        percentages: {
          cadangan: '40',
          jasaModal: '20',
          jasaUsaha: '20',
          pengurus: '5',
          karyawan: '5',
          pendidikan: '5',
          sosial: '2,5',
          pembangunan: '2,5'
        }
      }).code
    ).toBe('CONFLICT')
    expect(shuTieOut(tb.book)).toMatchObject({ ok: true, ledger: p2 })
    // After posting, shu.simulate answers with the booked figures.
    const booked = tb.run('shu.simulate', { year: YEAR })
    expect(booked.posted).toMatchObject({ date: '2027-03-15', decisionRef: 'Keputusan RAT No. 01/RAT/2027' })
    expect(booked.members).toEqual(posted.members)
    expect(booked.components).toEqual(posted.components)

    const unpaid = tb.run('shu.payables', { year: YEAR, status: 'BELUM' }).rows
    const half = unpaid.slice(0, Math.floor(unpaid.length / 2)).map((r) => r.memberId)
    const cash = tb.run('shu.pay', {
      year: YEAR,
      date: '2027-03-20',
      memberIds: half,
      method: 'TUNAI',
      cashAccount: '1-1101'
    })
    expect(cash.count).toBe(half.length)
    expect(cash.receipts[0]!.amountInWords).toMatch(/rupiah$/)
    expect(tb.fail('shu.pay', { year: YEAR, date: '2027-03-20', memberIds: [half[0]!], method: 'TUNAI' }).code).toBe(
      'CONFLICT'
    )
    expect(shuTieOut(tb.book).ok).toBe(true)
    const before = tb.run('savings.balances', { asOf: '2027-03-21', pageSize: 1000 } as never).totals.sukarela
    const rest = tb.run('shu.pay', { year: YEAR, date: '2027-03-21', method: 'SIMPANAN_SUKARELA' })
    expect(tb.run('savings.balances', { asOf: '2027-03-21', pageSize: 1000 } as never).totals.sukarela - before).toBe(
      rest.total
    )
    expect(cash.total + rest.total).toBe(p2)

    const pay = tb.run('shu.payables', { year: YEAR })
    expect(pay.unpaid).toBe(0)
    const rows = tb.run('reports.trialBalance', { asOf: '2027-12-31' })
    expect(rows.balanced).toBe(true)
    const r1601 = rows.rows.find((r) => r.code === '2-1601')!
    expect(r1601.closingCredit - r1601.closingDebit).toBe(0)
    expect(tb.run('savings.tieOut', { asOf: '2027-12-31' } as never).ok).toBe(true)
    expect(shuTieOut(tb.book)).toMatchObject({ ok: true, ledger: 0, subledger: 0 })
  }, 60_000)
})
