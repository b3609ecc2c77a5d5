import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuthUser } from '../../shared/commands/auth'
import type {
  BalanceSheet,
  CashFlowStatement,
  Calk,
  EquityChanges,
  IncomeStatement
} from '../../shared/commands/statements'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { ReportsScreen } from '../../renderer/src/screens/reports/ReportsScreen'
import { fakeApi, type Handlers } from './fakeApi'

const profile: CooperativeProfile = {
  name: 'Koperasi Desa Merah Putih Sukamaju',
  legalEntityNumber: null,
  legalEntityDate: null,
  nikKoperasi: null,
  street: null,
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Kabupaten Cianjur',
  province: 'Jawa Barat',
  postalCode: null,
  phone: null,
  email: null,
  cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih',
  firstFinancialYear: 2026,
  booksStartDate: '2026-01-01',
  timeZone: 'Asia/Jakarta',
  timeZoneSource: 'PROVINSI'
}

const P = { from: '2026-01-01', to: '2026-12-31' }
const d = (accounts: string[], from: string | null = P.from, to = P.to) => ({ accounts, from, to })

const bs: BalanceSheet = {
  asOf: '2026-12-31',
  compareAsOf: '2025-12-31',
  totalAssets: 60_000_000,
  totalLiabilitiesAndEquity: 60_000_000,
  compareTotalAssets: 50_000_000,
  compareTotalLiabilitiesAndEquity: 50_000_000,
  balanced: true,
  memberSharesAsLiability: false,
  sections: [
    {
      key: 'ASET',
      title: 'Aset',
      total: 60_000_000,
      compareTotal: 50_000_000,
      lines: [
        { code: '1-11', name: 'Kas', level: 1, amount: 8_000_000, compare: 0, drill: d(['1-1110'], null) },
        { code: '1-1110', name: 'Kas Gerai', level: 2, amount: 8_000_000, compare: 0, drill: d(['1-1110'], null) },
        {
          code: '1-1201',
          name: 'Bank – Giro/Tabungan',
          level: 2,
          amount: 48_000_000,
          compare: 50_000_000,
          drill: d(['1-1201'], null)
        },
        { code: '1-1601', name: 'Persediaan', level: 2, amount: 4_000_000, compare: 0, drill: d(['1-1601'], null) },
        {
          code: '1-3409',
          name: 'Akumulasi Penyusutan',
          level: 2,
          amount: -1_500,
          compare: 0,
          drill: d(['1-3409'], null)
        }
      ]
    },
    {
      key: 'LIABILITAS',
      title: 'Liabilitas',
      total: 10_001_500,
      compareTotal: 0,
      lines: [
        { code: '2-1301', name: 'Utang Usaha', level: 2, amount: 10_001_500, compare: 0, drill: d(['2-1301'], null) }
      ]
    },
    {
      key: 'EKUITAS',
      title: 'Ekuitas',
      total: 49_998_500,
      compareTotal: 50_000_000,
      lines: [
        {
          code: '3-2101',
          name: 'Modal Penyertaan',
          level: 2,
          amount: 50_000_000,
          compare: 50_000_000,
          drill: d(['3-2101'], null)
        },
        { code: 'SHU-BERJALAN', name: 'SHU tahun berjalan', level: 2, amount: -1_500, compare: 0, drill: null }
      ]
    }
  ]
}

const is: IncomeStatement = {
  ...P,
  compareFrom: '2025-01-01',
  compareTo: '2025-12-31',
  units: [
    { code: 'KANTOR', name: 'Kantor Koperasi' },
    { code: 'SEMBAKO', name: 'Gerai Sembako' },
    { code: '', name: '' }
  ],
  rows: [
    {
      code: 'PENDAPATAN_USAHA',
      name: 'Pendapatan usaha',
      level: 0,
      byUnit: [0, 8_000_000, 0],
      total: 8_000_000,
      compare: 3_000_000,
      drill: d(['4-2101', '4-2102'])
    },
    {
      code: '4-2101',
      name: 'Penjualan Sembako – Anggota',
      level: 2,
      byUnit: [0, 5_000_000, 0],
      total: 5_000_000,
      compare: 2_000_000,
      drill: d(['4-2101'])
    },
    {
      code: '4-2102',
      name: 'Penjualan Sembako – Non-Anggota',
      level: 2,
      byUnit: [0, 3_000_000, 0],
      total: 3_000_000,
      compare: 1_000_000,
      drill: d(['4-2102'])
    },
    {
      code: 'BEBAN_USAHA',
      name: 'Beban usaha',
      level: 0,
      byUnit: [2_000_000, 6_000_000, 1_500],
      total: 8_001_500,
      compare: 0,
      drill: d(['5-3101', '5-1101'])
    },
    {
      code: 'SHU_SETELAH_PAJAK',
      name: 'SHU setelah pajak (SHU tahun berjalan)',
      level: 0,
      byUnit: [-2_000_000, 2_000_000, -1_500],
      total: -1_500,
      compare: 3_000_000,
      drill: null
    }
  ],
  shu: { byUnit: [-2_000_000, 2_000_000, -1_500], total: -1_500, compare: 3_000_000 },
  revenueByParty: [
    { unit: 'KANTOR', name: 'Kantor Koperasi', anggota: 0, nonAnggota: 0, tanpa: 0, total: 0 },
    { unit: 'SEMBAKO', name: 'Gerai Sembako', anggota: 5_000_000, nonAnggota: 3_000_000, tanpa: 0, total: 8_000_000 }
  ],
  revenueTotal: { anggota: 5_000_000, nonAnggota: 3_000_000, tanpa: 0, total: 8_000_000 }
}

const eq: EquityChanges = {
  ...P,
  shu: -1_500,
  columns: [
    { code: '3-2101', name: 'Modal Penyertaan' },
    { code: 'SHU', name: 'SHU belum ditutup' }
  ],
  rows: [
    { key: 'SALDO_AWAL', label: 'Saldo awal', amounts: [50_000_000, 0], total: 50_000_000 },
    { key: 'PENAMBAHAN', label: 'Penambahan', amounts: [0, 0], total: 0 },
    { key: 'SHU', label: 'SHU periode berjalan', amounts: [0, -1_500], total: -1_500 },
    { key: 'SALDO_AKHIR', label: 'Saldo akhir', amounts: [50_000_000, -1_500], total: 49_998_500 }
  ]
}

const cf: CashFlowStatement = {
  ...P,
  compareFrom: '2025-01-01',
  compareTo: '2025-12-31',
  sections: [
    {
      key: 'OPERASI',
      title: 'Arus kas dari aktivitas operasi',
      net: 6_000_000,
      compareNet: 0,
      lines: [
        {
          key: 'OPERASI:4-21:IN',
          label: 'Penerimaan — Penjualan Sembako',
          amount: 8_000_000,
          compare: 0,
          drill: { ...d(['4-2101', '4-2102']), cashOnly: true }
        },
        {
          key: 'OPERASI:5-31:OUT',
          label: 'Pembayaran — Beban Karyawan dan Pengurus',
          amount: -2_000_000,
          compare: 0,
          drill: { ...d(['5-3101']), cashOnly: true }
        }
      ]
    },
    { key: 'INVESTASI', title: 'Arus kas dari aktivitas investasi', net: 0, compareNet: 0, lines: [] },
    { key: 'PENDANAAN', title: 'Arus kas dari aktivitas pendanaan', net: 0, compareNet: 50_000_000, lines: [] }
  ],
  netChange: 6_000_000,
  openingCash: 50_000_000,
  closingCash: 56_000_000,
  cashAccountsBalance: 56_000_000,
  compare: { netChange: 50_000_000, openingCash: 0, closingCash: 50_000_000 }
}

const calk: Calk = {
  asOf: '2026-12-31',
  from: '2026-01-01',
  notes: [
    {
      key: 'umum',
      title: 'Umum',
      text: 'Koperasi Desa Merah Putih Sukamaju berkedudukan di Sukamaju.',
      editable: false,
      table: null
    },
    {
      key: 'persediaan',
      title: 'Persediaan',
      text: 'Persediaan dinilai dengan rata-rata bergerak.',
      editable: true,
      table: null
    },
    {
      key: 'kas',
      title: 'Kas dan setara kas',
      text: '',
      editable: false,
      table: {
        head: ['Akun', '31 Desember 2026', '31 Desember 2025'],
        rows: [
          ['1-1110 Kas Gerai', 8_000_000, 0],
          ['Jumlah', 56_000_000, 50_000_000]
        ]
      }
    }
  ]
}

const lines: Handlers['statements.lines'] = (i) => ({
  lines: [
    {
      entryId: 3,
      number: 'JU-2026-000002',
      date: '2026-02-15',
      description: 'Penjualan sembako',
      account: i.accounts[0]!,
      accountName: 'Penjualan Sembako – Anggota',
      unit: 'SEMBAKO',
      pihak: 'ANGGOTA',
      member: null,
      debit: 0,
      credit: 5_000_000
    }
  ],
  total: 1,
  totalDebit: 0,
  totalCredit: 5_000_000,
  page: 1,
  pageSize: 100
})

// Browser mode: nothing is written on the computer running the book; the bytes come back as a download.
const exported: Handlers['statements.export'] = (i) => ({
  file: null,
  name: `laporan.${i.format}`,
  size: 3,
  mime: 'application/pdf',
  sha256: 'x',
  base64: 'YWJj'
})

const handlers: Handlers = {
  'statements.balanceSheet': () => bs,
  'statements.incomeStatement': () => is,
  'statements.equityChanges': () => eq,
  'statements.cashFlow': () => cf,
  'statements.calk': () => calk,
  'statements.lines': lines,
  'statements.export': exported,
  'statements.setPolicyText': (i) => ({ key: i.key, text: i.text })
}

async function mount(sub: string, query: Record<string, string> = {}, user: AuthUser | null = null) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={user}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <ReportsScreen sub={sub} query={query} />
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

let clicked: { download: string; href: string }[] = []
beforeEach(() => {
  window.location.hash = ''
  clicked = []
  URL.createObjectURL = vi.fn(() => 'blob:fake')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.getAttribute('href') ?? '' })
  })
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('Laporan: tabs', () => {
  it('keeps Neraca Saldo first and adds the five statements, the periodic ones and the health worksheet', async () => {
    await mount('posisi-keuangan', { per: '2026-12-31' })
    const tabs = within(screen.getByRole('navigation', { name: 'Daftar laporan' })).getAllByRole('link')
    expect(tabs.map((a) => a.textContent)).toEqual([
      'Neraca saldo',
      'Posisi Keuangan',
      'Hasil Usaha',
      'Perubahan Ekuitas',
      'Arus Kas',
      'CALK',
      'Triwulanan & Semesteran',
      'Kesehatan'
    ])
    expect(tabs[2]!.getAttribute('href')).toBe('#/laporan/hasil-usaha?per=2026-12-31')
    expect(tabs[1]!.getAttribute('aria-current')).toBe('page')
  })
})

describe('Laporan Posisi Keuangan', () => {
  it('shows the figures in statement style, both years, and the balance flag', async () => {
    const api = await mount('posisi-keuangan', { per: '2026-12-31' })
    expect(api.inputsOf('statements.balanceSheet')).toEqual([{ asOf: '2026-12-31', compare: true }])
    expect(screen.getByRole('heading', { name: 'Laporan Posisi Keuangan' })).toBeTruthy()
    expect(screen.getByText('Per 31 Desember 2026')).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: '31 Desember 2025' })).toBeTruthy()
    const bank = screen.getByText('Bank – Giro/Tabungan').closest('tr')!
    expect(cellsOf(bank)).toEqual(['1-1201Bank – Giro/Tabungan', '48.000.000', '50.000.000'])
    const acc = screen.getByText('Akumulasi Penyusutan').closest('tr')!
    expect(cellsOf(acc)[1]).toBe('(1.500)')
    expect(cellsOf(screen.getByTestId('bs-total-le'))).toEqual(['60.000.000', '50.000.000'])
    expect(screen.getByText('Seimbang ✓')).toBeTruthy()
  })

  it('reads the date without comparison from the address', async () => {
    const api = await mount('posisi-keuangan', { per: '2026-06-30', banding: '0' })
    expect(api.inputsOf('statements.balanceSheet')).toEqual([{ asOf: '2026-06-30', compare: false }])
    expect((screen.getByLabelText('Bandingkan dengan tahun lalu') as HTMLInputElement).checked).toBe(false)
  })

  it('puts the chosen date in the address on Tampilkan', async () => {
    await mount('posisi-keuangan', { per: '2026-12-31' })
    fireEvent.change(screen.getByLabelText(/^Per tanggal/), { target: { value: '30/06/2026' } })
    fireEvent.click(screen.getByLabelText('Bandingkan dengan tahun lalu'))
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }))
    expect(window.location.hash).toBe('#/laporan/posisi-keuangan?per=2026-06-30&banding=0')
  })

  it('drills down from a figure (this year and last year)', async () => {
    const api = await mount('posisi-keuangan', { per: '2026-12-31' })
    fireEvent.click(screen.getByRole('button', { name: 'Rincian 1-1201 Bank – Giro/Tabungan: 48.000.000' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rincian 1-1201 Bank – Giro/Tabungan' })
    expect(api.inputsOf('statements.lines')).toEqual([
      { accounts: ['1-1201'], from: null, to: '2026-12-31', page: 1, pageSize: 100 }
    ])
    await waitFor(() =>
      expect(within(dialog).getByRole('link', { name: 'JU-2026-000002' }).getAttribute('href')).toBe(
        '#/jurnal/daftar?buka=3'
      )
    )
    const row = within(dialog).getByText('Penjualan sembako').closest('tr')!
    expect(cellsOf(row)).toEqual([
      '15/02/2026',
      'JU-2026-000002',
      'Penjualan sembako',
      '1-1201 Penjualan Sembako – Anggota',
      'SEMBAKO',
      'Anggota',
      '-',
      '5.000.000'
    ])
    expect(cellsOf(within(dialog).getByTestId('drill-total'))).toEqual(['0', '5.000.000'])
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Rincian 1-1201 Bank – Giro/Tabungan, tahun lalu: 50.000.000' }))
    await act(async () => {})
    expect(api.inputsOf('statements.lines').at(-1)).toEqual({
      accounts: ['1-1201'],
      from: null,
      to: '2025-12-31',
      page: 1,
      pageSize: 100
    })
  })

  it('exports PDF and Excel with the shown parameters, downloads the file and names where it was saved', async () => {
    const api = await mount('posisi-keuangan', { per: '2026-12-31' })
    fireEvent.click(screen.getByRole('button', { name: 'Unduh Excel' }))
    await waitFor(() => expect(screen.getByTestId('stmt-export-file').textContent).toBe('Berkas diunduh: laporan.xlsx'))
    expect(api.inputsOf('statements.export')).toEqual([
      { statement: 'POSISI_KEUANGAN', format: 'xlsx', asOf: '2026-12-31', compare: true }
    ])
    expect(clicked).toEqual([{ download: 'laporan.xlsx', href: 'blob:fake' }])
    fireEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }))
    await waitFor(() => expect(screen.getByTestId('stmt-export-file').textContent).toBe('Berkas diunduh: laporan.pdf'))
    expect(api.inputsOf('statements.export')[1]).toEqual({
      statement: 'POSISI_KEUANGAN',
      format: 'pdf',
      asOf: '2026-12-31',
      compare: true
    })
    expect((URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls.length).toBe(2)
  })
})

describe('Laporan Perhitungan Hasil Usaha', () => {
  it('has a column per unit, Jumlah and Tahun lalu, and the member / non-member table', async () => {
    const api = await mount('hasil-usaha', { dari: '2026-01-01', sampai: '2026-12-31' })
    expect(api.inputsOf('statements.incomeStatement')).toEqual([
      { from: '2026-01-01', to: '2026-12-31', compare: true }
    ])
    const table = screen.getByRole('table', { name: 'Laporan Perhitungan Hasil Usaha' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Uraian', 'Kantor Koperasi', 'Gerai Sembako', 'Tanpa unit', 'Jumlah', 'Tahun lalu'])
    expect(cellsOf(screen.getByTestId('is-row-4-2101'))).toEqual(['-', '5.000.000', '-', '5.000.000', '2.000.000'])
    expect(cellsOf(screen.getByTestId('is-row-SHU_SETELAH_PAJAK'))).toEqual([
      '(2.000.000)',
      '2.000.000',
      '(1.500)',
      '(1.500)',
      '3.000.000'
    ])
    expect(cellsOf(screen.getByTestId('party-SEMBAKO'))).toEqual(['5.000.000', '3.000.000', '-', '8.000.000'])
    expect(cellsOf(screen.getByTestId('party-total'))).toEqual(['5.000.000', '3.000.000', '0', '8.000.000'])
    expect(screen.getByText('Untuk periode 1 Januari 2026 s.d. 31 Desember 2026')).toBeTruthy()
    // Three units: still portrait.
    expect(screen.getByRole('article').className).not.toContain('report--wide')
  })

  it('drills into a unit cell with the unit code, the no-unit cell with an empty code, and a party cell with the party', async () => {
    const api = await mount('hasil-usaha', { dari: '2026-01-01', sampai: '2026-12-31' })
    fireEvent.click(
      screen.getByRole('button', { name: 'Rincian 4-2101 Penjualan Sembako – Anggota, unit Gerai Sembako: 5.000.000' })
    )
    expect(
      await screen.findByRole('dialog', { name: 'Rincian 4-2101 Penjualan Sembako – Anggota, unit Gerai Sembako' })
    ).toBeTruthy()
    expect(api.inputsOf('statements.lines')[0]).toEqual({
      accounts: ['4-2101'],
      from: '2026-01-01',
      to: '2026-12-31',
      unit: 'SEMBAKO',
      page: 1,
      pageSize: 100
    })
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }))
    fireEvent.click(screen.getByRole('button', { name: 'Rincian Beban usaha, unit Tanpa unit: 1.500' }))
    await act(async () => {})
    expect(api.inputsOf('statements.lines').at(-1)).toEqual({
      accounts: ['5-3101', '5-1101'],
      from: '2026-01-01',
      to: '2026-12-31',
      unit: '',
      page: 1,
      pageSize: 100
    })
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }))
    fireEvent.click(screen.getByRole('button', { name: 'Rincian 4-2101 Penjualan Sembako – Anggota: 5.000.000' }))
    await act(async () => {})
    expect(api.inputsOf('statements.lines').at(-1)).toEqual({
      accounts: ['4-2101'],
      from: '2026-01-01',
      to: '2026-12-31',
      page: 1,
      pageSize: 100
    })
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }))
    fireEvent.click(
      screen.getByRole('button', { name: 'Rincian 4-2101 Penjualan Sembako – Anggota, tahun lalu: 2.000.000' })
    )
    await act(async () => {})
    expect(api.inputsOf('statements.lines').at(-1)).toEqual({
      accounts: ['4-2101'],
      from: '2025-01-01',
      to: '2025-12-31',
      page: 1,
      pageSize: 100
    })
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }))
    fireEvent.click(screen.getByRole('button', { name: 'Rincian pendapatan Gerai Sembako – Non-anggota: 3.000.000' }))
    await act(async () => {})
    expect(api.inputsOf('statements.lines').at(-1)).toEqual({
      accounts: ['4-2101', '4-2102'],
      from: '2026-01-01',
      to: '2026-12-31',
      unit: 'SEMBAKO',
      pihak: 'NON_ANGGOTA',
      page: 1,
      pageSize: 100
    })
  })

  it('draws SHU per unit as bars, negative to the left', async () => {
    await mount('hasil-usaha', { dari: '2026-01-01', sampai: '2026-12-31' })
    const chart = screen.getByTestId('shu-chart')
    expect(chart.getAttribute('aria-label')).toBe(
      'SHU per unit usaha: Kantor Koperasi (2.000.000); Gerai Sembako 2.000.000; Tanpa unit (1.500)'
    )
    expect(within(screen.getByTestId('shu-bar-KANTOR') as unknown as HTMLElement).getByText('(2.000.000)')).toBeTruthy()
    expect(screen.getByTestId('shu-bar-KANTOR').querySelector('rect')!.getAttribute('class')).toContain('is-negative')
    expect(screen.getByTestId('shu-bar-SEMBAKO').querySelector('rect')!.getAttribute('class')).toContain('is-positive')
  })

  it('prints landscape with more than three units and exports the period', async () => {
    const many = {
      ...is,
      units: ['A', 'B', 'C', 'D'].map((c) => ({ code: c, name: `Unit ${c}` })),
      rows: [],
      shu: { byUnit: [1, 2, 3, 4], total: 10, compare: null },
      revenueByParty: []
    }
    const api = fakeApi({ ...handlers, 'statements.incomeStatement': () => many })
    render(
      <ApiProvider invoke={api.invoke}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <ReportsScreen sub="hasil-usaha" query={{ dari: '2026-02-01', sampai: '2026-03-31', banding: '0' }} />
        </BookContext.Provider>
      </ApiProvider>
    )
    await act(async () => {})
    expect(screen.getByRole('article').className).toContain('report--wide')
    fireEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }))
    await act(async () => {})
    expect(api.inputsOf('statements.export')).toEqual([
      { statement: 'HASIL_USAHA', format: 'pdf', from: '2026-02-01', to: '2026-03-31', compare: false }
    ])
  })
})

describe('Laporan Perubahan Ekuitas', () => {
  it('shows the rows per column with the SHU check, and exports the period', async () => {
    const api = await mount('perubahan-ekuitas', { dari: '2026-01-01', sampai: '2026-12-31' })
    expect(api.inputsOf('statements.equityChanges')).toEqual([{ from: '2026-01-01', to: '2026-12-31' }])
    expect(cellsOf(screen.getByTestId('eq-row-SALDO_AKHIR'))).toEqual(['50.000.000', '(1.500)', '49.998.500'])
    expect(screen.getByTestId('eq-shu-check').textContent).toBe(
      'SHU periode berjalan menurut Laporan Hasil Usaha: (1.500) — sama ✓'
    )
    fireEvent.click(screen.getByRole('button', { name: 'Unduh Excel' }))
    await act(async () => {})
    expect(api.inputsOf('statements.export')).toEqual([
      { statement: 'PERUBAHAN_EKUITAS', format: 'xlsx', from: '2026-01-01', to: '2026-12-31' }
    ])
  })
})

describe('Laporan Arus Kas', () => {
  it('shows sections, nets, opening and closing cash and the check against the books', async () => {
    const api = await mount('arus-kas', { dari: '2026-01-01', sampai: '2026-12-31' })
    expect(api.inputsOf('statements.cashFlow')).toEqual([{ from: '2026-01-01', to: '2026-12-31', compare: true }])
    for (const s of [
      'Arus kas dari aktivitas operasi',
      'Arus kas dari aktivitas investasi',
      'Arus kas dari aktivitas pendanaan'
    ])
      expect(screen.getByText(s)).toBeTruthy()
    expect(screen.getByText('Arus kas bersih dari aktivitas operasi')).toBeTruthy()
    expect(cellsOf(screen.getByTestId('cf-net-OPERASI'))).toEqual(['6.000.000', '0'])
    expect(cellsOf(screen.getByTestId('cf-net-change'))).toEqual(['6.000.000', '50.000.000'])
    expect(cellsOf(screen.getByTestId('cf-opening'))).toEqual(['50.000.000', '0'])
    expect(cellsOf(screen.getByTestId('cf-closing'))).toEqual(['56.000.000', '50.000.000'])
    expect(screen.getByTestId('cf-check').textContent).toBe(
      'Saldo kas dan bank di buku: 56.000.000 — sama dengan kas akhir ✓'
    )
    const pay = screen.getByText('Pembayaran — Beban Karyawan dan Pengurus').closest('tr')!
    expect(cellsOf(pay)[1]).toBe('(2.000.000)')
    fireEvent.click(
      within(pay).getByRole('button', { name: 'Rincian Pembayaran — Beban Karyawan dan Pengurus: (2.000.000)' })
    )
    await act(async () => {})
    expect(api.inputsOf('statements.lines')).toEqual([
      { accounts: ['5-3101'], from: '2026-01-01', to: '2026-12-31', cashOnly: true, page: 1, pageSize: 100 }
    ])
    expect(screen.getByText(/Hanya baris yang berlawanan dengan kas atau bank/)).toBeTruthy()
  })
})

describe('CALK', () => {
  it('lists the notes in order with computed tables', async () => {
    await mount('calk', { dari: '2026-01-01', sampai: '2026-12-31' })
    const notes = within(screen.getByRole('list', { name: 'Catatan' })).getAllByRole('heading')
    expect(notes.map((h) => h.textContent)).toEqual(['1. Umum', '2. Persediaan', '3. Kas dan setara kas'])
    const table = screen.getByRole('table', { name: 'Kas dan setara kas' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => Array.from(r.children).map((c) => c.textContent))
    ).toEqual([
      ['Akun', '31 Desember 2026', '31 Desember 2025'],
      ['1-1110 Kas Gerai', '8.000.000', '0'],
      ['Jumlah', '56.000.000', '50.000.000']
    ])
  })

  it('edits a policy note with statements.setPolicyText', async () => {
    const api = await mount('calk', { dari: '2026-01-01', sampai: '2026-12-31' })
    expect(screen.queryByRole('button', { name: 'Ubah catatan Umum' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Ubah catatan Persediaan' }))
    const area = screen.getByLabelText('Teks catatan Persediaan')
    fireEvent.change(area, { target: { value: 'Persediaan dinilai dengan FIFO.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }))
    await act(async () => {})
    expect(api.inputsOf('statements.setPolicyText')).toEqual([
      { key: 'persediaan', text: 'Persediaan dinilai dengan FIFO.' }
    ])
    expect(screen.getByText('Catatan Persediaan tersimpan.')).toBeTruthy()
    expect(api.inputsOf('statements.calk').length).toBe(2)
  })

  it('hides the edit button from a read-only role', async () => {
    await mount(
      'calk',
      { dari: '2026-01-01', sampai: '2026-12-31' },
      { id: 2, username: 'pengawas', fullName: 'Pak Pengawas', role: 'pengawas', isActive: true }
    )
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBe(3)
    expect(screen.queryByRole('button', { name: /^Ubah catatan/ })).toBeNull()
  })
})
