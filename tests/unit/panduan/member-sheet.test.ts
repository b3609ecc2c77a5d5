import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import type { MemberSheet } from '../../../shared/panduan/member-sheet'
import { winAnsi } from '../../../main/files/pdf-engine'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'
import { buildPanduanFixture, EXPECTED, YEAR, type PanduanFixture } from '../../helpers/panduan-fixture'

let dir: string
let cleanup: () => void
let host: BookHost
let fx: PanduanFixture
const run = (name: string, input: unknown) => ok(host.execute(name, input))

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-lembar-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  await run('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: YEAR, booksStartDate: `${YEAR}-01-01` })
  fx = await buildPanduanFixture(run)
}, 60_000)
afterAll(async () => {
  await host.close()
  cleanup()
})

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
const rp = (n: number) => n.toLocaleString('id-ID')

describe('Lembar Anggota figures against the hand calculation', () => {
  it('savings of every member: opening, deposits, withdrawals, jasa, PPh, closing', async () => {
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      const s: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids[key] })
      const e = EXPECTED.members[key]
      expect(s.member.memberNo).toBe(e.memberNo)
      for (const [type, want] of Object.entries(e.savings)) {
        const got = s.savings.find((x) => x.type === type)!
        expect(got, `${key} ${type}`).toMatchObject({ opening: 0, pph: 0, corrections: 0, ...want })
        expect(
          got.opening + got.deposits - got.withdrawals + got.jasa - got.pph + got.corrections,
          `${key} ${type} adds up`
        ).toBe(got.closing)
      }
      expect(s.savingsClosingTotal, key).toBe(e.savingsTotal)
    }
  })

  it('loans: paid this year, outstanding and kolektibilitas on 31 December', async () => {
    const b: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids.B })
    expect(b.loans).toHaveLength(1)
    expect(b.loans[0]).toMatchObject({ ...EXPECTED.members.B.loan, openingOutstanding: 0 })
    expect(b.loans[0]!.daysPastDue).toBeGreaterThan(90)
    expect(b.loans[0]!.daysPastDue).toBeLessThanOrEqual(180)
    const a: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids.A })
    expect(a.loans).toEqual([])
  })

  it('SHU share: S, T, JMA, JUA and the words explain them from the member own figures', async () => {
    for (const key of ['A', 'B', 'C'] as const) {
      const s: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids[key] })
      const e = EXPECTED.members[key]
      expect(s.shu, key).toMatchObject({
        status: 'PERKIRAAN',
        shuAfterTax: EXPECTED.shuAfterTax,
        jmPool: EXPECTED.jmPool,
        juPool: EXPECTED.juPool,
        totalS: EXPECTED.totalS,
        totalT: EXPECTED.totalT,
        S: e.S,
        T: e.T,
        JMA: e.JMA,
        JUA: e.JUA,
        total: e.shu
      })
    }
    const d: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids.D })
    expect(d.shu).toMatchObject({ status: 'TIDAK_IKUT', JMA: 0, JUA: 0, total: 0 })
    expect(d.shu.reason).toMatch(/keluar pada 31 Oktober 2025/i)
    expect(d.member.exitDate).toBe('2025-10-31')
    const b: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: fx.ids.B })
    expect(b.wajibArrears).toBe(250_000)
    expect(b.wajibArrearsMonths).toBe(5)
    expect(b.wajibPerMonth).toBe(50_000)
  })

  it('totals equal the passbooks, the savings sub-ledger and the SHU computation', async () => {
    const set = await run('panduan.memberSheets', { year: YEAR })
    expect(set.members.map((m: { memberNo: string }) => m.memberNo)).toEqual(['A-001', 'A-002', 'A-003', 'A-004'])
    expect(set.totals.savingsClosing).toBe(EXPECTED.totals.savingsClosing)
    expect(set.totals.shu).toMatchObject({
      JMA: EXPECTED.totals.JMA,
      JUA: EXPECTED.totals.JUA,
      total: EXPECTED.totals.shu
    })
    expect(set.totals.loans.outstanding).toBe(EXPECTED.totals.loanOutstanding)
    // Each member's closing equals the passbook on 31 December; the sum equals the balances list.
    let passbooks = 0
    for (const id of Object.values(fx.ids)) {
      const pb = await run('savings.passbook', { memberId: id, to: `${YEAR}-12-31` })
      const sheet: MemberSheet = await run('panduan.memberSheet', { year: YEAR, memberId: id })
      for (const t of ['POKOK', 'WAJIB', 'SUKARELA'] as const)
        expect(sheet.savings.find((x) => x.type === t)!.closing).toBe(pb.closing[t])
      passbooks += pb.closing.POKOK + pb.closing.WAJIB + pb.closing.SUKARELA
    }
    expect(set.totals.savingsClosing).toBe(passbooks)
    const balances = await run('savings.balances', { asOf: `${YEAR}-12-31`, page: 1, pageSize: 50 })
    expect(set.totals.savingsClosing).toBe(balances.totals.total)
    for (const t of ['POKOK', 'WAJIB', 'SUKARELA'] as const)
      expect(set.totals.savings[t].closing).toBe(balances.totals[t.toLowerCase()])
    const sim = await run('shu.simulate', { year: YEAR })
    expect(set.totals.shu.JMA).toBe(sim.totals.JMA)
    expect(set.totals.shu.JUA).toBe(sim.totals.JUA)
    expect(set.totals.shu.total).toBe(sim.totals.total)
  })
})

describe('Lembar Anggota as files', () => {
  it('one A4 PDF for all members, sorted by member number, one page each, figures as computed by hand', async () => {
    const r = await run('panduan.memberSheetExport', { year: YEAR, format: 'pdf' })
    expect(r.file).toBe(join(dir, 'ekspor', `KDMP-Sukamaju-Lembar-Anggota-${YEAR}.pdf`))
    expect(r.members).toBe(4)
    expect(Buffer.from(r.base64, 'base64').equals(readFileSync(r.file))).toBe(true)
    const info = execFileSync('pdfinfo', [r.file], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841/)
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(4)
    expect(r.pages).toBe(4)
    const pages = pdfText(r.file)
      .split('\f')
      .filter((p) => p.trim())
    expect(pages).toHaveLength(4)
    const order = ['A', 'B', 'C', 'D'] as const
    order.forEach((key, i) => {
      const page = pages[i]!
      const e = EXPECTED.members[key]
      expect(page).toContain(`LEMBAR ANGGOTA — TAHUN BUKU ${YEAR}`)
      expect(page).toContain(`Nomor anggota: ${e.memberNo}`)
      expect(page).toContain(e.name)
      expect(page).toContain(rp(e.savingsTotal))
    })
    // A: savings lines, JMA/JUA explained with her own figures.
    const a = pages[0]!.replace(/\s+/g, ' ')
    expect(a).toMatch(/Simpanan sukarela 0 1\.000\.000 0 7\.518 0 0 1\.007\.518/)
    expect(a).toContain('Rp700.000 ÷ Rp1.700.000 × Rp15.496 = Rp6.381')
    expect(a).toContain('Rp280.000 ÷ Rp458.000 × Rp15.496 = Rp9.474')
    expect(a).toContain('JMA + JUA = Rp6.381 + Rp9.474 = Rp15.855')
    expect(a).toContain('Tidak ada pinjaman')
    // B: the loan and the arrears.
    const b = pages[1]!.replace(/\s+/g, ' ')
    expect(b).toMatch(/0 600\.000 108\.000 0 600\.000 Kurang lancar/)
    expect(b).toContain('Tunggakan simpanan wajib per 31 Desember: Rp250.000 (5 bulan)')
    expect(b).toContain('Membayar simpanan wajib Rp50.000 setiap bulan')
    // C and D.
    expect(pages[2]!.replace(/\s+/g, ' ')).toContain('JMA + JUA = Rp5.469 + Rp2.368 = Rp7.837')
    expect(pages[3]!.replace(/\s+/g, ' ')).toMatch(
      /tidak ikut pembagian SHU tahun buku 2025: keluar pada 31 Oktober 2025/i
    )
  })

  it('XLSX: a row per member and a total row equal to the sum of the rows and to the passbooks and SHU', async () => {
    const r = await run('panduan.memberSheetExport', { year: YEAR, format: 'xlsx' })
    expect(r.name).toBe(`KDMP-Sukamaju-Lembar-Anggota-${YEAR}.xlsx`)
    const rows = (await readSheet(r.file, 'Anggota')) as unknown[][]
    const header = rows.findIndex((x) => x[0] === 'No')
    const cols = rows[header] as string[]
    const col = (label: string) => cols.indexOf(label)
    const body = rows.slice(header + 1, header + 5)
    const total = rows[header + 5]!
    expect(total[2]).toBe('Jumlah')
    expect(body.map((x) => x[1])).toEqual(['A-001', 'A-002', 'A-003', 'A-004'])
    const sum = (label: string) => body.reduce((t, x) => t + (x[col(label)] as number), 0)
    for (const label of [
      'Pokok akhir',
      'Wajib akhir',
      'Sukarela akhir',
      'Sukarela jasa',
      'Jumlah simpanan akhir',
      'JMA',
      'JUA',
      'SHU',
      'Sisa pinjaman 31 Des'
    ]) {
      expect(total[col(label)], label).toBe(sum(label))
    }
    expect(total[col('Jumlah simpanan akhir')]).toBe(EXPECTED.totals.savingsClosing)
    expect(total[col('Sukarela jasa')]).toBe(EXPECTED.totals.jasa)
    expect(total[col('SHU')]).toBe(EXPECTED.totals.shu)
    expect(body[0]![col('JMA')]).toBe(EXPECTED.members.A.JMA)
    expect(body[2]![col('JUA')]).toBe(EXPECTED.members.C.JUA)
    expect(body[1]![col('Tunggakan wajib')]).toBe(250_000)
    const loans = (await readSheet(r.file, 'Pinjaman')) as unknown[][]
    const lh = loans.findIndex((x) => x[0] === 'No. anggota')
    expect(loans[lh + 1]).toEqual(
      expect.arrayContaining(['A-002', 'Budi Santoso', 1_200_000, 600_000, 108_000, 'Kurang lancar'])
    )
  })

  it('sets text the standard PDF font can show: anything outside Windows-1252 gets a close equivalent, never garbage', () => {
    expect(winAnsi('ΣS − Rp1.000 — Ānanda 中 é … • ÷ ×')).toBe('jumlah S - Rp1.000 — Ananda ? é … • ÷ ×')
  })

  it('refuses a file name with the wrong extension and changes nothing', async () => {
    const r = await host.execute('panduan.memberSheetExport', { year: YEAR, format: 'pdf', file: join(dir, 'x.xlsx') })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'file' })
  })
})
