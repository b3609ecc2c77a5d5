import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import type { DinasFileResult } from '../../../shared/commands/dinas'
import type { DinasPeriodicPayload, DinasPeriodicRecap } from '../../../shared/dinas/periodic'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'
import { ok } from './fixture'
import { cli } from '../../helpers/cli'

/**
 * Two cooperatives, by hand (k = 1 for Sukamaju, 2 for Cibeber). Q1 2026: three members (1 man,
 * 2 women) join on 10 January and pay pokok 100.000 each; sales 1.000.000 × k; salary 300.000.
 * → cash = aset = 300.000 + 1.000.000k − 300.000; SHU 1.000.000k − 300.000; modal sendiri = aset.
 * Q2: a man joins on 5 April, pays pokok 100.000 and wajib 50.000; sales 500.000 × k.
 * → members 4; simpanan 450.000; SHU Q2 500.000k; SHU since January 1.500.000k − 300.000.
 */
interface Coop {
  tb: TestBook
  host: BookHost
}
const coops: Coop[] = []
const exported: { q1: string; q2: string }[] = []
let dinas: TestBook
let host: BookHost

async function buildCoop(name: string, nik: string, k: number): Promise<Coop> {
  const tb = await createTestBook({ booksStartDate: '2026-01-01', now: new Date('2026-07-15T03:00:00Z') })
  const h = createExecutor(tb.book, { now: () => new Date('2026-07-15T03:00:00Z') })
  tb.run('profile.update', { ...SAMPLE_PROFILE, name, nikKoperasi: nik })
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 100_000, wajibAmount: 50_000 })
  for (const [i, gender] of (['L', 'P', 'P'] as const).entries()) {
    const id = tb.run('members.create', { name: `Anggota ${i + 1}`, gender, joinedAt: '2026-01-10' }).id
    tb.run('savings.deposit', { memberId: id, type: 'POKOK', amount: 100_000, date: '2026-01-10' })
  }
  const post = (date: string, description: string, lines: unknown[]) =>
    tb.run('journal.post', { date, description, lines } as never)
  post('2026-02-15', 'Penjualan', [
    { account: '1-1101', debit: 1_000_000 * k },
    { account: '4-2101', credit: 1_000_000 * k, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
  ])
  post('2026-03-25', 'Gaji', [
    { account: '5-3101', debit: 300_000 },
    { account: '1-1101', credit: 300_000 }
  ])
  const late = tb.run('members.create', { name: 'Anggota 4', gender: 'L', joinedAt: '2026-04-05' }).id
  tb.run('savings.deposit', { memberId: late, type: 'POKOK', amount: 100_000, date: '2026-04-05' })
  tb.run('savings.deposit', { memberId: late, type: 'WAJIB', amount: 50_000, date: '2026-04-30' })
  post('2026-05-20', 'Penjualan', [
    { account: '1-1101', debit: 500_000 * k },
    { account: '4-2101', credit: 500_000 * k, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
  ])
  return { tb, host: h }
}

beforeAll(async () => {
  for (const [name, nik, k] of [
    ['Koperasi Desa Merah Putih Sukamaju', '3203010020001', 1],
    ['Koperasi Desa Merah Putih Cibeber', '3203010020002', 2]
  ] as const) {
    const c = await buildCoop(name, nik, k)
    coops.push(c)
    const q1 = await ok<DinasFileResult>(
      c.host.execute('dinas.periodicExport', { year: 2026, quarter: 1, format: 'xlsx' })
    )
    const q2 = await ok<DinasFileResult>(
      c.host.execute('dinas.periodicExport', { year: 2026, quarter: 2, format: 'json' })
    )
    exported.push({ q1: q1.payloadFile!, q2: q2.file! })
  }
  dinas = await createTestBook({ booksStartDate: '2026-01-01' })
  host = createExecutor(dinas.book, { now: () => new Date('2026-07-20T02:00:00Z') })
}, 120_000)
afterAll(() => {
  for (const c of coops) c.tb.close()
  dinas?.close()
})

const expected = (k: number) => ({
  q1: {
    anggota: 3,
    anggotaL: 1,
    anggotaP: 2,
    anggotaMasuk: 3,
    anggotaKeluar: 0,
    aset: 1_000_000 * k,
    kas: 1_000_000 * k,
    modalSendiri: 1_000_000 * k,
    modalLuar: 0,
    simpananPokok: 300_000,
    simpananWajib: 0,
    simpananSukarela: 0,
    simpanan: 300_000,
    pinjamanBeredar: 0,
    pinjamanBermasalah: 0,
    pinjamanDisalurkan: 0,
    pinjamanDisalurkanJumlah: 0,
    volumeUsaha: 1_000_000 * k,
    shu: 1_000_000 * k - 300_000,
    shuKumulatif: 1_000_000 * k - 300_000
  },
  q2: {
    anggota: 4,
    anggotaL: 2,
    anggotaP: 2,
    anggotaMasuk: 1,
    anggotaKeluar: 0,
    aset: 1_500_000 * k + 150_000,
    kas: 1_500_000 * k + 150_000,
    modalSendiri: 1_500_000 * k + 150_000,
    modalLuar: 0,
    simpananPokok: 400_000,
    simpananWajib: 50_000,
    simpananSukarela: 0,
    simpanan: 450_000,
    pinjamanBeredar: 0,
    pinjamanBermasalah: 0,
    pinjamanDisalurkan: 0,
    pinjamanDisalurkanJumlah: 0,
    volumeUsaha: 500_000 * k,
    shu: 500_000 * k,
    shuKumulatif: 1_500_000 * k - 300_000
  }
})

describe('Pemantauan triwulanan for the Dinas', () => {
  it('the cooperative computes the quarter; the XLSX and the JSON beside it carry the same figures', async () => {
    const r = coops[0]!.tb.run('dinas.periodic', { year: 2026, quarter: 1 })
    expect(r.label).toBe('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    expect(Object.fromEntries(r.figures.map((f) => [f.key, f.value]))).toEqual(expected(1).q1)
    const p = JSON.parse(readFileSync(exported[0]!.q1, 'utf8')) as DinasPeriodicPayload
    expect(p).toMatchObject({
      schema: 'lumbung-dinas-triwulan',
      year: 2026,
      quarter: 1,
      from: '2026-01-01',
      to: '2026-03-31'
    })
    expect(p.cooperative).toMatchObject({
      name: 'Koperasi Desa Merah Putih Sukamaju',
      nikKoperasi: '3203010020001',
      regency: SAMPLE_PROFILE.regency,
      province: SAMPLE_PROFILE.province
    })
    const rows = (await readSheet(exported[0]!.q1.replace(/\.lumbung\.json$/, '.xlsx'))) as unknown[][]
    expect(rows[1]![0]).toBe('Laporan Pemantauan Triwulanan untuk Dinas — Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    expect(rows.find((x) => x[4] === 'aset')![2]).toBe(1_000_000)
    expect(rows.find((x) => x[4] === 'shu')![2]).toBe(700_000)
  })

  it('round trip: the Dinas imports both quarters of both cooperatives and compares them', async () => {
    for (const e of exported) {
      expect(await ok(host.execute('dinas.importExport', { file: e.q1 }))).toMatchObject({
        action: 'BARU',
        year: 2026,
        quarter: 1
      })
      expect(await ok(host.execute('dinas.importExport', { file: e.q2 }))).toMatchObject({
        action: 'BARU',
        year: 2026,
        quarter: 2
      })
    }
    const recap = await ok<DinasPeriodicRecap>(host.execute('dinas.periodicRecap', { year: 2026 }))
    expect(recap.rows.map((r) => [r.name, r.nikKoperasi, r.quarters.map((q) => q !== null)])).toEqual([
      ['Koperasi Desa Merah Putih Cibeber', '3203010020002', [true, true, false, false]],
      ['Koperasi Desa Merah Putih Sukamaju', '3203010020001', [true, true, false, false]]
    ])
    const [cibeber, sukamaju] = recap.rows
    expect(sukamaju!.cooperative).toMatchObject({
      province: SAMPLE_PROFILE.province,
      district: SAMPLE_PROFILE.district,
      village: 'Sukamaju'
    })
    expect(sukamaju!.quarters[0]!.values).toEqual(expected(1).q1)
    expect(sukamaju!.quarters[1]!.values).toEqual(expected(1).q2)
    expect(cibeber!.quarters[0]!.values).toEqual(expected(2).q1)
    expect(cibeber!.quarters[1]!.values).toEqual(expected(2).q2)
    expect(recap.totals.map((t) => [t.quarter, t.reported, t.values.anggota, t.values.aset, t.values.shu])).toEqual([
      [1, 2, 6, 3_000_000, 2_400_000],
      [2, 2, 8, 1_650_000 + 3_150_000, 1_500_000],
      [3, 0, 0, 0, 0],
      [4, 0, 0, 0, 0]
    ])
    // The recap as a workbook: a sheet per quarter and the changes between quarters.
    const x = await ok<DinasFileResult>(
      host.execute('dinas.periodicRecapExport', { year: 2026, file: join(dinas.dir, 'rekap-tw.xlsx') })
    )
    const q1 = (await readSheet(x.file!, 'Triwulan I')) as unknown[][]
    expect(q1[0]![0]).toBe('Rekap Pemantauan Triwulanan — Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    const asetCol = (q1[3] as unknown[]).indexOf('Aset')
    expect(q1.slice(4).map((r) => [r[1], r[asetCol]])).toEqual([
      ['Koperasi Desa Merah Putih Cibeber', 2_000_000],
      ['Koperasi Desa Merah Putih Sukamaju', 1_000_000],
      ['2 koperasi', 3_000_000]
    ])
    const ch = (await readSheet(x.file!, 'Perubahan')) as unknown[][]
    const shuCol = (ch[2] as unknown[]).indexOf('SHU triwulan (setelah pajak)')
    expect(ch.slice(3).map((r) => [r[0], r[2], r[shuCol]])).toEqual([
      ['Koperasi Desa Merah Putih Cibeber', 'Triwulan I → Triwulan II', 1_000_000 - 1_700_000],
      ['Koperasi Desa Merah Putih Sukamaju', 'Triwulan I → Triwulan II', 500_000 - 700_000]
    ])
    // The annual recap is not touched by quarterly files.
    expect((await ok<{ rows: unknown[] }>(host.execute('dinas.recap', { year: 2026 }))).rows).toEqual([])
  })

  it('the CLI exports the same quarter, and the Dinas book imports it as a replacement', async () => {
    const target = join(dinas.dir, 'cli-tw2.lumbung.json')
    const r = cli([
      '--db',
      coops[1]!.tb.file,
      'dinas.periodicExport',
      JSON.stringify({ year: 2026, quarter: 2, format: 'json', file: target })
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('cli-tw2.lumbung.json')
    const p = JSON.parse(readFileSync(target, 'utf8')) as DinasPeriodicPayload
    expect(p.fields).toEqual(expected(2).q2)
    expect(await ok(host.execute('dinas.importExport', { file: target }))).toMatchObject({
      action: 'MENGGANTI',
      quarter: 2
    })
  }, 60_000)

  it('refuses the same export twice and a tampered figure; removes a quarter', async () => {
    const again = await host.execute('dinas.importExport', { file: exported[0]!.q1 })
    expect(!again.ok && again.error.code).toBe('CONFLICT')
    const p = JSON.parse(readFileSync(exported[0]!.q2, 'utf8')) as DinasPeriodicPayload
    p.fields.shu = 9_999_999
    p.generatedAt = '2026-07-16T00:00:00.000Z'
    const bad = join(dinas.dir, 'ubah.lumbung.json')
    writeFileSync(bad, JSON.stringify(p))
    const r = await host.execute('dinas.importExport', { file: bad })
    expect(!r.ok && r.error.message).toMatch(/checksum tidak cocok/)
    const key = (await ok<DinasPeriodicRecap>(host.execute('dinas.periodicRecap', { year: 2026 }))).rows[1]!.key
    await ok(host.execute('dinas.removePeriodic', { year: 2026, quarter: 2, key }))
    const after = await ok<DinasPeriodicRecap>(host.execute('dinas.periodicRecap', { year: 2026 }))
    expect(after.rows[1]!.quarters[1]).toBeNull()
    expect(after.totals[1]!.reported).toBe(1)
  })
})
