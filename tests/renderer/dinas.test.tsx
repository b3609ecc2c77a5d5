import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CooperativeProfile } from '../../shared/ledger/types'
import {
  defaultTemplate,
  DINAS_FIELDS,
  type DinasRecap,
  type DinasReport,
  type RecapRow
} from '../../shared/dinas/fields'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { DinasScreen } from '../../renderer/src/screens/dinas/DinasScreen'
import { fakeApi, fakeFiles, refuse, type Handlers } from './fakeApi'
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

const VALUES: Record<string, string | number | boolean | null> = {
  nama: profile.name,
  nikKoperasi: '3203010020001',
  anggota: 47,
  aset: 123_456_789,
  izinUsaha: true
}
const report: DinasReport = {
  year: 2025,
  asOf: '2025-12-31',
  cooperative: {
    name: profile.name,
    nikKoperasi: '3203010020001',
    regency: 'Kabupaten Cianjur',
    province: 'Jawa Barat',
    district: 'Cibeber',
    village: 'Sukamaju',
    legalEntityNumber: null
  },
  predicate: 'TIDAK_DAPAT_DINILAI',
  figures: DINAS_FIELDS.map((d) => ({
    ...d,
    value: VALUES[d.key] ?? null,
    how: `Cara hitung ${d.key}`,
    drill:
      d.key === 'aset'
        ? { type: 'ledger' as const, drill: { accounts: ['1-1101'], from: null, to: '2025-12-31' } }
        : d.key === 'anggota'
          ? { type: 'route' as const, route: 'anggota/daftar' }
          : null
  }))
}

const row = (name: string, nik: string | null, anggota: number, aset: number): RecapRow => ({
  key: nik ? `nik:${nik}` : `nama:${name}`,
  name,
  nikKoperasi: nik,
  regency: 'Kabupaten Cianjur',
  generatedAt: '2026-03-01T03:00:00.000Z',
  importedAt: '2026-04-01T00:00:00.000Z',
  ratHeld: true,
  ratTanggal: '2026-02-15',
  izinUsaha: false,
  predicate: 'SEHAT',
  values: {
    anggotaL: anggota - 10,
    anggotaP: 10,
    anggota,
    calonL: 0,
    calonP: 0,
    manajerL: 0,
    manajerP: 0,
    karyawanL: 0,
    karyawanP: 0,
    modalSendiri: 1,
    modalLuar: 2,
    modalPenyertaan: 0,
    aset,
    volumeUsaha: 3,
    simpanan: 0,
    pinjamanDisalurkan: 0,
    pinjamanBeredar: 0,
    shu: 4
  }
})
const recap: DinasRecap = {
  year: 2025,
  rows: [row('Kopdes Alfa', '1111', 30, 500), row('Kopdes Beta', '2222', 20, 900)],
  totals: {
    cooperatives: 2,
    withRat: 2,
    withIzin: 0,
    values: {
      ...row('x', null, 50, 1400).values,
      anggotaL: 30,
      anggotaP: 20,
      modalSendiri: 2,
      modalLuar: 4,
      volumeUsaha: 6,
      shu: 8
    },
    byPredicate: { SEHAT: 2, CUKUP_SEHAT: 0, DALAM_PENGAWASAN: 0, DALAM_PENGAWASAN_KHUSUS: 0, TIDAK_DAPAT_DINILAI: 0 }
  },
  notReported: [{ name: 'Kopdes Gamma', nikKoperasi: '3333', regency: null }]
}

async function mount(
  sub: string,
  handlers: Handlers,
  query: Record<string, string> = { tahun: '2025' },
  files: FileDoor | undefined = undefined
) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke} files={files}>
      <StaticSession user={null}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <DinasScreen sub={sub} query={query} />
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

const base: Handlers = {
  'dinas.report': () => report,
  'dinas.template': () => ({ columns: defaultTemplate(), defaults: defaultTemplate() }),
  'dinas.profile': () => ({
    perubahanAdNomor: null,
    perubahanAdTanggal: null,
    statusNik: null,
    nikBerlaku: null,
    bentuk: 'PRIMER',
    jenis: null,
    kelompok: null,
    sektorUsaha: null,
    grade: null,
    izinUsaha: false,
    izinUsahaNomor: null
  }),
  'dinas.recap': () => recap,
  'dinas.expected': () => []
}

describe('Dinas › Laporan Tahunan', () => {
  it('shows the fields grouped, with values, how they were computed and drills', async () => {
    const api = await mount('laporan', base)
    expect(api.inputsOf('dinas.report')).toEqual([{ year: 2025 }])
    const table = screen.getByTestId('dinas-fields')
    expect(within(table).getByText('Identitas')).toBeTruthy()
    expect(within(screen.getByTestId('dinas-field-nikKoperasi')).getByText('Nomor Induk Koperasi (NIK)')).toBeTruthy()
    expect(within(screen.getByTestId('dinas-field-aset')).getByRole('button').textContent).toBe('Rp123.456.789')
    expect(within(screen.getByTestId('dinas-field-anggota')).getByRole('link').getAttribute('href')).toBe(
      '#/anggota/daftar'
    )
    expect(within(screen.getByTestId('dinas-field-izinUsaha')).getByText('Ya')).toBeTruthy()
    expect(within(screen.getByTestId('dinas-field-aset')).getByText('Cara hitung aset')).toBeTruthy()
  })

  it('desktop: asks where to save (named for the cooperative and year), exports there and says where the two files are', async () => {
    const files = fakeFiles({ kind: 'electron', targets: [{ file: '/media/usb/kop.xlsx', overwrite: true }] })
    const api = await mount(
      'laporan',
      {
        ...base,
        'dinas.export': (i) => ({
          file: i.file ?? null,
          name: 'kop.xlsx',
          size: 3,
          mime: 'x',
          sha256: 'a',
          payloadFile: '/media/usb/kop.lumbung.json',
          payload: {
            file: '/media/usb/kop.lumbung.json',
            name: 'kop.lumbung.json',
            size: 2,
            mime: 'application/json',
            sha256: 'b'
          }
        })
      },
      { tahun: '2025' },
      files.door
    )
    await act(async () => fireEvent.click(screen.getByTestId('dinas-export-xlsx')))
    expect(files.asked).toEqual([
      { kind: 'save', title: 'Simpan berkas', name: 'KDMP-Sukamaju-Laporan-Dinas-2025.xlsx' }
    ])
    expect(api.inputsOf('dinas.export')).toEqual([
      { year: 2025, format: 'xlsx', file: '/media/usb/kop.xlsx', overwrite: true }
    ])
    expect(screen.getByTestId('dinas-export-file').textContent).toBe('Berkas tersimpan di /media/usb/kop.xlsx')
    expect(screen.getByTestId('dinas-export-payload').textContent).toContain('/media/usb/kop.lumbung.json')
  })

  it('browser: no path is sent; both files come back as downloads', async () => {
    const files = fakeFiles()
    const payload = {
      file: null,
      name: 'kop.lumbung.json',
      size: 2,
      mime: 'application/json',
      sha256: 'b',
      base64: 'e30='
    }
    const api = await mount(
      'laporan',
      {
        ...base,
        'dinas.export': () => ({
          file: null,
          name: 'kop.xlsx',
          size: 3,
          mime: 'x',
          sha256: 'a',
          base64: 'YWJj',
          payloadFile: null,
          payload
        })
      },
      { tahun: '2025' },
      files.door
    )
    await act(async () => fireEvent.click(screen.getByTestId('dinas-export-xlsx')))
    expect(api.inputsOf('dinas.export')).toEqual([{ year: 2025, format: 'xlsx' }])
    expect(files.delivered.map((d) => d.name)).toEqual(['kop.xlsx', 'kop.lumbung.json'])
    expect(screen.getByTestId('dinas-export-file').textContent).toBe('Berkas diunduh: kop.xlsx')
  })
})

describe('Dinas › Rekap Dinas', () => {
  it('shows totals, sorts and filters the rows, lists who has not reported', async () => {
    await mount('rekap', base)
    expect(screen.getByTestId('dinas-total-coops').textContent).toBe('2')
    expect(screen.getByTestId('dinas-total-members').textContent).toBe('50')
    const names = () =>
      within(screen.getByTestId('dinas-recap-table'))
        .getAllByRole('row')
        .slice(1, -1)
        .map((r) => r.querySelector('td')!.textContent)
    expect(names()).toEqual(['Kopdes Alfa', 'Kopdes Beta'])
    fireEvent.click(screen.getByRole('button', { name: 'Urutkan menurut Aset' }))
    expect(names()).toEqual(['Kopdes Beta', 'Kopdes Alfa'])
    fireEvent.change(
      within(screen.getByTestId('dinas-recap-filter').closest('.field') ?? document.body).getByRole('textbox'),
      { target: { value: 'alfa' } }
    )
    expect(names()).toEqual(['Kopdes Alfa'])
    expect(screen.getByTestId('dinas-not-reported').textContent).toContain('Kopdes Gamma')
  })

  it('imports a file and shows a refusal with its reason', async () => {
    const files = fakeFiles({ sources: [{ source: { uploadId: 'unggahan-0000000000001' }, name: 'x.lumbung.json' }] })
    const api = await mount(
      'rekap',
      {
        ...base,
        'dinas.importExport': () =>
          refuse({
            code: 'INVALID_INPUT',
            message: 'Berkas x.lumbung.json ditolak — checksum tidak cocok',
            field: 'file'
          })
      },
      { tahun: '2025' },
      files.door
    )
    await act(async () => fireEvent.click(screen.getByTestId('dinas-import-file')))
    expect(api.inputsOf('dinas.importExport')).toEqual([{ uploadId: 'unggahan-0000000000001' }])
    expect(document.body.textContent).toContain('checksum tidak cocok')
  })
})
