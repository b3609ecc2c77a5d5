import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { createExecutor } from '../../../main/commands/executor'
import type { DinasFileResult } from '../../../shared/commands/dinas'
import type { DinasPayload, DinasRecap } from '../../../shared/dinas/fields'
import type { DinasPeriodicPayload, DinasPeriodicRecap } from '../../../shared/dinas/periodic'
import { createTestBook, SAMPLE_PROFILE } from '../../helpers/book'
import { buildCoop, ok, type Coop } from '../dinas/fixture'

const closers: (() => unknown)[] = []
afterAll(async () => {
  for (const c of closers) await c()
})

describe('the region codes travel in the Dinas export and back through the recap', () => {
  it('kodeWilayah and the four codes in the sealed export, the village code in the Dinas recap', async () => {
    const coop: Coop = await buildCoop({ n: 8, name: 'Koperasi Desa Merah Putih Sukamaju', nik: '3203010020001' })
    closers.push(coop.close)
    coop.tb.run('profile.update', {
      ...SAMPLE_PROFILE,
      provinceCode: '32',
      regencyCode: '32.03',
      districtCode: '32.03.03',
      villageCode: '32.03.03.2013'
    })
    const report = coop.tb.run('dinas.report', { year: 2025 })
    expect(report.figures.find((f) => f.key === 'kodeWilayah')?.value).toBe('32.03.03.2013')
    expect(report.cooperative).toMatchObject({
      provinceCode: '32',
      regencyCode: '32.03',
      districtCode: '32.03.03',
      villageCode: '32.03.03.2013'
    })
    const r = await ok<DinasFileResult>(coop.host.execute('dinas.export', { year: 2025, format: 'xlsx' }))
    const payload = JSON.parse(readFileSync(r.payloadFile!, 'utf8')) as DinasPayload
    expect(payload.cooperative).toMatchObject({
      villageCode: '32.03.03.2013',
      districtCode: '32.03.03',
      regencyCode: '32.03',
      provinceCode: '32'
    })
    expect(payload.fields.kodeWilayah).toBe('32.03.03.2013')

    const dinas = await createTestBook({ booksStartDate: '2026-01-01' })
    closers.push(() => dinas.close())
    const host = createExecutor(dinas.book, { now: () => new Date('2026-04-01T02:00:00Z') })
    await ok(host.execute('dinas.importExport', { file: r.payloadFile! }))
    const recap = await ok<DinasRecap>(host.execute('dinas.recap', { year: 2025 }))
    expect(recap.rows.map((x) => [x.name, x.regionCode])).toEqual([
      ['Koperasi Desa Merah Putih Sukamaju', '32.03.03.2013']
    ])
  }, 120_000)

  it('the quarterly monitoring file carries the same codes, and the Dinas sees them in the quarterly recap', async () => {
    const coop: Coop = await buildCoop({ n: 8, name: 'Koperasi Desa Merah Putih Cibeber', nik: '3203010020002' })
    closers.push(coop.close)
    coop.tb.run('profile.update', {
      ...SAMPLE_PROFILE,
      name: 'Koperasi Desa Merah Putih Cibeber',
      provinceCode: '32',
      regencyCode: '32.03',
      districtCode: '32.03.03',
      villageCode: '32.03.03.2013'
    })
    const r = await ok<DinasFileResult>(
      coop.host.execute('dinas.periodicExport', { year: 2025, quarter: 4, format: 'json' })
    )
    const payload = JSON.parse(readFileSync(r.file!, 'utf8')) as DinasPeriodicPayload
    expect(payload).toMatchObject({ year: 2025, quarter: 4, from: '2025-10-01', to: '2025-12-31' })
    expect(payload.cooperative).toMatchObject({
      provinceCode: '32',
      regencyCode: '32.03',
      districtCode: '32.03.03',
      villageCode: '32.03.03.2013'
    })

    const dinas = await createTestBook({ booksStartDate: '2026-01-01' })
    closers.push(() => dinas.close())
    const host = createExecutor(dinas.book, { now: () => new Date('2026-04-01T02:00:00Z') })
    await ok(host.execute('dinas.importExport', { file: r.file! }))
    const recap = await ok<DinasPeriodicRecap>(host.execute('dinas.periodicRecap', { year: 2025 }))
    expect(recap.rows.map((x) => [x.name, x.cooperative.villageCode, x.quarters.map((q) => q !== null)])).toEqual([
      ['Koperasi Desa Merah Putih Cibeber', '32.03.03.2013', [false, false, false, true]]
    ])
  }, 120_000)
})
