import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { PERIODIC_FIELDS, type DinasPeriodicRecap, type DinasPeriodicReport } from '../../shared/dinas/periodic'
import { reportingPeriod } from '../../shared/statements/periods'
import type { PeriodicStatements } from '../../shared/commands/statements'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { DinasScreen } from '../../renderer/src/screens/dinas/DinasScreen'
import { PeriodicView } from '../../renderer/src/screens/statements/PeriodicView'
import { fakeApi, fakeFiles, type Handlers } from './fakeApi'
import type { FileDoor } from '../../renderer/src/api/files'

afterEach(cleanup)

const profile: CooperativeProfile = {
  name: 'Koperasi Desa Merah Putih Sukamaju',
  legalEntityNumber: null,
  legalEntityDate: null,
  nikKoperasi: '3203010020001',
  street: null,
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Kabupaten Cianjur',
  province: 'Jawa Barat',
  postalCode: null,
  phone: null,
  email: null,
  cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih',
  firstFinancialYear: 2025,
  booksStartDate: '2025-01-01',
  timeZone: 'Asia/Jakarta',
  timeZoneSource: 'PROVINSI'
}
const cooperative = {
  name: profile.name,
  nikKoperasi: '3203010020001',
  regency: 'Kabupaten Cianjur',
  province: 'Jawa Barat',
  district: 'Cibeber',
  village: 'Sukamaju',
  legalEntityNumber: null
}
const values = (aset: number) => Object.fromEntries(PERIODIC_FIELDS.map((f) => [f.key, f.key === 'aset' ? aset : 1]))
const cell = (aset: number) => ({
  generatedAt: '2026-04-02T03:00:00.000Z',
  importedAt: '2026-04-05T03:00:00.000Z',
  values: values(aset)
})
const recap: DinasPeriodicRecap = {
  year: 2026,
  fields: PERIODIC_FIELDS,
  rows: [
    {
      key: 'nik:1111',
      name: 'Kopdes Alfa',
      nikKoperasi: '1111',
      regency: 'Kabupaten Cianjur',
      cooperative,
      quarters: [cell(1_000_000), cell(1_650_000), null, null]
    },
    {
      key: 'nik:2222',
      name: 'Kopdes Beta',
      nikKoperasi: '2222',
      regency: 'Kabupaten Cianjur',
      cooperative,
      quarters: [cell(2_000_000), null, null, null]
    }
  ],
  totals: [
    { quarter: 1, reported: 2, values: values(3_000_000) },
    { quarter: 2, reported: 1, values: values(1_650_000) },
    { quarter: 3, reported: 0, values: values(0) },
    { quarter: 4, reported: 0, values: values(0) }
  ]
}
const report: DinasPeriodicReport = {
  year: 2026,
  quarter: 1,
  from: '2026-01-01',
  to: '2026-03-31',
  label: 'Triwulan I 2026 (1 Januari – 31 Maret 2026)',
  cooperative,
  figures: PERIODIC_FIELDS.map((f) => ({ ...f, value: f.key === 'aset' ? 1_000_000 : 3, how: `Cara hitung ${f.key}` }))
}

async function mount(sub: string, handlers: Handlers, query: Record<string, string>, files?: FileDoor) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke} files={files}>
      <StaticSession user={null}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          {sub === 'laporan/periodik' ? <PeriodicView query={query} /> : <DinasScreen sub={sub} query={query} />}
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

describe('Pemantauan triwulanan', () => {
  it('the cooperative sees the quarter in words with each figure and exports it', async () => {
    const files = fakeFiles({ targets: [{ file: '/tmp/tw1.xlsx' }] })
    const api = await mount(
      'triwulan',
      {
        'dinas.periodic': () => report,
        'dinas.periodicExport': (i) => ({
          file: i.file ?? null,
          name: 'tw1.xlsx',
          size: 10,
          mime: 'x',
          sha256: 'a',
          payloadFile: '/tmp/tw1.lumbung.json',
          payload: {
            file: '/tmp/tw1.lumbung.json',
            name: 'tw1.lumbung.json',
            size: 5,
            mime: 'application/json',
            sha256: 'b'
          }
        })
      },
      { tahun: '2026', tw: '1' },
      files.door
    )
    expect(api.inputsOf('dinas.periodic')).toEqual([{ year: 2026, quarter: 1 }])
    expect(screen.getByTestId('dinas-periodic-label').textContent).toBe('Triwulan I 2026 (1 Januari – 31 Maret 2026)')
    expect(screen.getByTestId('dinas-periodic-table').textContent).toContain('AsetRp1.000.000Cara hitung aset')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Excel (XLSX + JSON)' })))
    expect(api.inputsOf('dinas.periodicExport')).toEqual([
      { year: 2026, quarter: 1, format: 'xlsx', file: '/tmp/tw1.xlsx' }
    ])
    expect(screen.getByTestId('dinas-periodic-payload').textContent).toContain('tw1.lumbung.json')
  })

  it('the Dinas compares one figure across cooperatives and quarters, with the change and the totals', async () => {
    const api = await mount(
      'rekap-triwulan',
      {
        'dinas.periodicRecap': () => recap,
        'dinas.periodicRecapExport': () => ({
          file: null,
          name: 'r.xlsx',
          size: 3,
          mime: 'x',
          sha256: 'a',
          base64: 'YWJj',
          payloadFile: null,
          payload: null
        })
      },
      { tahun: '2026', isian: 'aset' }
    )
    expect(api.inputsOf('dinas.periodicRecap')).toEqual([{ year: 2026 }])
    const table = screen.getByTestId('dinas-periodic-recap')
    const rows = [...table.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent)
    )
    expect(rows).toEqual([
      ['Kopdes Alfa', '1111', 'Kabupaten Cianjur', '1.000.000', '1.650.000', '—', '—', '650.000'],
      ['Kopdes Beta', '2222', 'Kabupaten Cianjur', '2.000.000', '—', '—', '—', '—']
    ])
    expect([...table.querySelectorAll('tfoot tr')][0]!.textContent).toBe('Jumlah3.000.0001.650.000——')
    expect(document.body.textContent).toContain('Aset — tahun 2026')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rekap ke Excel' })))
    expect(api.inputsOf('dinas.periodicRecapExport')).toEqual([{ year: 2026 }])
  })

  it('the statements of a quarter: the period in words and the headline figures', async () => {
    const period = reportingPeriod('TRIWULAN', 2026, 2)
    const data = {
      period,
      balanceSheet: { totalAssets: 53_750_000, totalLiabilitiesAndEquity: 53_750_000 },
      incomeStatement: { shu: { total: 1_750_000, byUnit: [], compare: null } },
      cashFlow: { openingCash: 52_000_000, netChange: 1_750_000, closingCash: 53_750_000 }
    } as unknown as PeriodicStatements
    const api = await mount(
      'laporan/periodik',
      { 'statements.periodic': () => data },
      { jenis: 'TRIWULAN', tahun: '2026', ke: '2' }
    )
    expect(api.inputsOf('statements.periodic')).toEqual([{ kind: 'TRIWULAN', year: 2026, number: 2, compare: true }])
    expect(screen.getByTestId('periodic-label').textContent).toBe('Triwulan II 2026 (1 April – 30 Juni 2026)')
    expect(screen.getByTestId('periodic-shu').textContent).toBe('1.750.000')
  })
})
