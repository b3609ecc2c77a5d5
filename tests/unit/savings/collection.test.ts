import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { ok } from '../../helpers/host'

let dir: string
let cleanup: () => void
let host: BookHost
const ids: number[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-tagihan-'))
  host = createExecutor(await openBook(join(dir, 'buku.sqlite'), { create: true }))
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  await ok(
    host.execute('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  )
  ids.length = 0
  for (const [name, joined] of [
    ['Siti', '2026-01-05'],
    ['Budi', '2026-02-10'],
    ['Ani', '2026-03-01']
  ] as const) {
    ids.push((await ok(host.execute('members.create', { name, gender: 'P', joinedAt: joined }))).id)
  }
})
afterEach(async () => {
  await host.close()
  cleanup()
})

describe('wajib billing and collection', () => {
  it('bills this month plus arrears, and collects many members in one journal', async () => {
    await ok(host.execute('savings.deposit', { memberId: ids[0], type: 'WAJIB', amount: 20_000, date: '2026-01-20' }))
    // A past month's bill is read on its last day: February is in arrears, March falls due that day.
    const bill = await ok(host.execute('savings.billing', { month: '2026-03' }))
    expect(bill.asOf).toBe('2026-03-31')
    expect(bill.rows.map((r: { name: string; due: number; arrears: number }) => [r.name, r.due, r.arrears])).toEqual([
      ['Siti', 20_000, 20_000],
      ['Budi', 20_000, 20_000],
      ['Ani', 20_000, 0]
    ])
    expect(bill.total).toBe(100_000)
    const c = await ok(
      host.execute('savings.collect', {
        date: '2026-03-25',
        items: bill.rows.map((r: { memberId: number; total: number }) => ({ memberId: r.memberId, amount: r.total }))
      })
    )
    expect(c).toMatchObject({ count: 3, total: 100_000 })
    const e = await ok(host.execute('journal.get', { id: c.entry.id }))
    expect(e.lines).toHaveLength(4)
    expect((await ok(host.execute('savings.billing', { month: '2026-03' }))).rows).toEqual([])
    expect((await ok(host.execute('savings.tieOut', { asOf: '2026-12-31' }))).ok).toBe(true)
    // all or nothing: one bad member refuses the whole round
    const r = await host.execute('savings.collect', {
      date: '2026-04-25',
      items: [
        { memberId: ids[0], amount: 20_000 },
        { memberId: 999, amount: 20_000 }
      ]
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.field).toBe('items.1.memberId')
    expect((await ok(host.execute('journal.list', { from: '2026-04-01' }))).total).toBe(0)
  })

  it('imports a payroll-deduction list, refusing it whole when one row is wrong', async () => {
    const file = join(dir, 'potongan.csv')
    writeFileSync(
      file,
      'No Anggota;Nama;Jumlah;Jenis\nA-0001;Siti;Rp 20.000;Wajib\nA-0002;Budi;50.000;sukarela\nA-0009;Siapa;20.000;wajib\n'
    )
    const p = await ok(host.execute('savings.collectionImportPreview', { file }))
    expect(p).toMatchObject({ rows: 3, valid: 2, total: 70_000 })
    expect(p.errors).toEqual([{ row: 4, column: 'No Anggota', message: 'anggota A-0009 tidak ditemukan' }])
    const refused = await host.execute('savings.collectionImport', { file, date: '2026-03-25' })
    expect(refused.ok).toBe(false)
    writeFileSync(file, 'No Anggota;Nama;Jumlah;Jenis\nA-0001;Siti;Rp 20.000;Wajib\nA-0002;Budi;50.000;sukarela\n')
    const r = await ok(host.execute('savings.collectionImport', { file, date: '2026-03-25' }))
    expect(r).toMatchObject({ count: 2, total: 70_000 })
    const pb = await ok(host.execute('savings.passbook', { memberId: ids[1] }))
    expect(pb.closing.SUKARELA).toBe(50_000)
    expect((await ok(host.execute('audit.list', { command: 'savings.collectionImport' }))).total).toBe(1)
  })
})
