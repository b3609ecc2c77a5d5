import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSheet } from 'read-excel-file/node'
import { execFileSync } from 'node:child_process'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { payloadChecksum } from '../../../main/dinas/payload'
import { RECAP_NUMBER_FIELDS, type DinasPayload, type DinasRecap } from '../../../shared/dinas/fields'
import type { DinasFileResult } from '../../../shared/commands/dinas'
import { createTestBook, type TestBook } from '../../helpers/book'
import { buildCoop, ok, type Coop } from './fixture'

/** Three cooperatives export; a Dinas book imports them, refuses damage and tampering, recaps. */
const coops: Coop[] = []
const files: string[] = []
let dinas: TestBook
let host: BookHost

beforeAll(async () => {
  const specs = [
    { n: 12, name: 'Koperasi Desa Merah Putih Sukamaju', nik: '3203010020001', scale: 1 },
    { n: 9, name: 'Koperasi Desa Merah Putih Cibeber', nik: '3203010020002', scale: 2 },
    { n: 7, name: 'Koperasi Desa Merah Putih Tanpa NIK', nik: null, regency: 'Kabupaten Sukabumi', scale: 3 }
  ]
  for (const s of specs) {
    const c = await buildCoop({ ...s })
    coops.push(c)
    const r = await ok<DinasFileResult>(c.host.execute('dinas.export', { year: 2025, format: 'xlsx' }))
    files.push(r.payloadFile!)
  }
  dinas = await createTestBook({ booksStartDate: '2026-01-01' })
  host = createExecutor(dinas.book, { now: () => new Date('2026-04-01T02:00:00Z') })
}, 180_000)
afterAll(async () => {
  await Promise.all(coops.map((c) => c.close()))
  dinas?.close()
})

const load = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as DinasPayload
const imp = (file: string) => host.execute('dinas.importExport', { file })

describe('Rekap Dinas', () => {
  it('refuses a damaged file, a file of another kind, an incomplete one and a tampered one, naming the problem', async () => {
    const dir = dinas.dir
    const bad = join(dir, 'rusak.lumbung.json')
    writeFileSync(bad, '{"schema": "lumbung-dinas", "year": 20')
    let r = await imp(bad)
    expect(!r.ok && r.error.message).toMatch(/ditolak — berkas rusak: isinya bukan JSON/)

    const other = join(dir, 'lain.json')
    writeFileSync(other, JSON.stringify({ schema: 'lain', schemaVersion: 1 }))
    r = await imp(other)
    expect(!r.ok && r.error.message).toMatch(/bukan ekspor laporan Dinas Lumbung/)

    const p = load(files[0]!)
    const incomplete: Partial<DinasPayload> & Record<string, unknown> = { ...p, fields: { ...p.fields } }
    delete (incomplete.fields as Record<string, unknown>).aset
    incomplete.checksum = payloadChecksum(incomplete as DinasPayload)
    const inc = join(dir, 'kurang.lumbung.json')
    writeFileSync(inc, JSON.stringify(incomplete))
    r = await imp(inc)
    expect(!r.ok && r.error.message).toMatch(/tidak lengkap: fields\.aset/)

    const tampered = { ...p, fields: { ...p.fields, aset: (p.fields.aset as number) + 1_000_000 } }
    const tam = join(dir, 'diubah.lumbung.json')
    writeFileSync(tam, JSON.stringify(tampered))
    r = await imp(tam)
    expect(!r.ok && r.error.message).toMatch(/checksum tidak cocok/)
    expect(!r.ok && r.error.code).toBe('INVALID_INPUT')
    expect(dinas.run('dinas.recap', { year: 2025 }).rows).toEqual([])
  })

  it('imports three exports; totals are the sums of the parts', async () => {
    for (const f of files) expect((await ok<{ action: string }>(imp(f))).action).toBe('BARU')
    const recap = dinas.run('dinas.recap', { year: 2025 })
    expect(recap.totals.cooperatives).toBe(3)
    const parts = files.map(load)
    for (const k of RECAP_NUMBER_FIELDS)
      expect(recap.totals.values[k], k).toBe(parts.reduce((t, p) => t + (p.fields[k] as number), 0))
    expect(recap.totals.values.anggota).toBe(12 + 9 + 7 - 9)
    expect(recap.totals.withRat).toBe(3)
    expect(recap.totals.byPredicate.TIDAK_DAPAT_DINILAI).toBe(3)
    expect(recap.rows.map((r) => r.key).sort()).toEqual([
      'nama:koperasi desa merah putih tanpa nik|kabupaten sukabumi',
      'nik:3203010020001',
      'nik:3203010020002'
    ])
    // The audit trail records each import.
    expect(dinas.run('audit.list', { command: 'dinas.importExport', page: 1, pageSize: 10 }).total).toBe(3)
  })

  it('accepts a newer export of the same cooperative as a replacement and refuses an older one', async () => {
    const c = coops[1]!
    c.tb.run('journal.post', {
      date: '2025-12-30',
      description: 'Tambahan modal penyertaan',
      lines: [
        { account: '1-1201', debit: 7_000_000 },
        { account: '3-2101', credit: 7_000_000 }
      ]
    })
    const later = createExecutor(c.tb.book, { now: () => new Date('2026-03-05T03:00:00Z') })
    const newer = await ok<DinasFileResult>(
      later.execute('dinas.export', { year: 2025, format: 'json', file: join(c.tb.dir, 'baru.lumbung.json') })
    )
    const before = dinas.run('dinas.recap', { year: 2025 }).totals.values.modalPenyertaan
    expect((await ok<{ action: string }>(imp(newer.file!))).action).toBe('MENGGANTI')
    const recap = dinas.run('dinas.recap', { year: 2025 })
    expect(recap.totals.cooperatives).toBe(3)
    expect(recap.totals.values.modalPenyertaan).toBe(before + 7_000_000)
    const r = await imp(files[1]!)
    expect(!r.ok && r.error.code).toBe('CONFLICT')
    expect(!r.ok && r.error.message).toMatch(/lebih lama/)
  })

  it('lists expected cooperatives that have not reported', () => {
    dinas.run('dinas.setExpected', {
      cooperatives: [
        { name: 'Koperasi Desa Merah Putih Sukamaju', nikKoperasi: '3203010020001' },
        { name: 'Koperasi Desa Merah Putih Tanpa NIK', regency: 'Kabupaten Sukabumi' },
        { name: 'Koperasi Desa Merah Putih Belum Lapor', nikKoperasi: '3203010020009', regency: 'Kabupaten Cianjur' }
      ]
    })
    const recap: DinasRecap = dinas.run('dinas.recap', { year: 2025 })
    expect(recap.notReported.map((e) => e.name)).toEqual(['Koperasi Desa Merah Putih Belum Lapor'])
  })

  it('exports the recap to XLSX and PDF', async () => {
    const x = await ok<DinasFileResult>(host.execute('dinas.recapExport', { year: 2025, format: 'xlsx' }))
    const rows = await readSheet(x.file!)
    const total = rows.find((r) => r[0] === 'Jumlah')!
    const recap = dinas.run('dinas.recap', { year: 2025 })
    expect(total).toContain(recap.totals.values.aset)
    expect(rows.some((r) => r[0] === 'Koperasi Desa Merah Putih Belum Lapor')).toBe(true)
    const p = await ok<DinasFileResult>(host.execute('dinas.recapExport', { year: 2025, format: 'pdf' }))
    const text = execFileSync('pdftotext', ['-layout', p.file!, '-'], { encoding: 'utf8' })
    expect(text).toContain('Rekap Laporan Tahunan Koperasi')
    expect(text).toMatch(/Halaman 1 dari 1/)
    expect(text).toContain('Belum Lapor')
  })
})
