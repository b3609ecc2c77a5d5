import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { DashboardSummary } from '../../shared/commands/dashboard'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { HomeScreen } from '../../renderer/src/screens/home/HomeScreen'
import { shortMonth } from '../../renderer/src/screens/home/DashCharts'
import { compactRupiah } from '../../shared/charts/axis'
import { fakeApi, type Handlers } from './fakeApi'

afterEach(cleanup)

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
  firstFinancialYear: 2025,
  booksStartDate: '2025-07-01',
  timeZone: 'Asia/Jakarta',
  timeZoneSource: 'PROVINSI'
}

const base = { due: null, daysLeft: null, count: null, year: null, months: [], ageMinutes: null, done: false }
const SUMMARY: DashboardSummary = {
  asOf: '2026-06-30',
  year: 2026,
  members: { active: 3, male: 1, female: 2, unknown: 0 },
  savings: { pokok: 300_000, wajib: 800_000, sukarela: 250_000, total: 1_350_000 },
  loans: { count: 2, outstanding: 13_000_000, nplPercent: '46.15', npl: 6_000_000 },
  cash: { kas: 4_000_000, bank: 12_000_000, total: 16_000_000 },
  shuYtd: 2_900_000,
  series: {
    membersByMonth: Array.from({ length: 24 }, (_, i) => ({
      month: `${2024 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`,
      male: i > 12 ? 1 : 0,
      female: i > 18 ? 2 : 0,
      unknown: 0
    })),
    savingsByType: [
      { type: 'POKOK', amount: 300_000 },
      { type: 'WAJIB', amount: 800_000 },
      { type: 'SUKARELA', amount: 250_000 }
    ],
    loansByClass: [
      { kolektibilitas: 'LANCAR', count: 1, amount: 7_000_000 },
      { kolektibilitas: 'KURANG_LANCAR', count: 1, amount: 6_000_000 },
      { kolektibilitas: 'DIRAGUKAN', count: 0, amount: 0 },
      { kolektibilitas: 'MACET', count: 0, amount: 0 }
    ],
    byUnit: [
      { unit: 'USP', name: 'Simpan Pinjam', revenue: 900_000, shu: 900_000 },
      { unit: 'SEMBAKO', name: 'Gerai Sembako', revenue: 2_000_000, shu: -100_000 }
    ],
    cashByMonth: [
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06'
    ].map((month, i) => ({ month, kas: 1_000_000 * i, bank: 12_000_000 }))
  },
  reminders: [
    { ...base, key: 'RAT', year: 2025, due: '2026-06-30', daysLeft: 0, tone: 'warn', route: 'rat/rapat' },
    { ...base, key: 'DINAS', year: 2025, due: '2026-07-30', daysLeft: 30, tone: 'ok', route: 'rat/rapat' },
    { ...base, key: 'WAJIB', count: 1, tone: 'warn', route: 'simpanan/tunggakan' },
    { ...base, key: 'PINJAMAN', count: 1, tone: 'warn', route: 'pinjaman/tunggakan' },
    { ...base, key: 'PERIODE', count: 2, months: ['2026-04', '2026-05'], tone: 'bad', route: 'pengaturan/periode' },
    { ...base, key: 'CADANGAN', tone: 'bad', route: 'pengaturan/cadangan' }
  ]
}

async function mount(handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={null}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <HomeScreen />
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

const handlers: Handlers = {
  'dashboard.summary': ({ asOf }) => ({ ...SUMMARY, asOf }),
  'journal.list': () => ({ items: [], total: 0, page: 1, pageSize: 6 }) as never
}

describe('Beranda dashboard', () => {
  it('shows key figure tiles that link to their screens', async () => {
    const api = await mount(handlers)
    expect(api.inputsOf('dashboard.summary')[0]!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const tile = (id: string) => screen.getByTestId(id)
    expect(tile('tile-members').getAttribute('href')).toBe('#/anggota/daftar')
    expect(tile('tile-members').textContent).toContain('3')
    expect(tile('tile-members').textContent).toContain('L 1 · P 2')
    expect(tile('tile-savings').getAttribute('href')).toBe('#/simpanan/saldo')
    expect(tile('tile-savings').textContent).toContain('Rp1.350.000')
    expect(tile('tile-loans').getAttribute('href')).toBe('#/pinjaman/portofolio')
    expect(tile('tile-loans').textContent).toContain('Rp13.000.000')
    expect(tile('tile-npl').textContent).toContain('46,15 %')
    expect(tile('tile-cash').getAttribute('href')).toBe('#/laporan/posisi-keuangan')
    expect(tile('tile-cash').textContent).toContain('Rp16.000.000')
    expect(tile('tile-shu').getAttribute('href')).toBe('#/laporan/hasil-usaha')
    expect(tile('tile-shu').textContent).toContain('SHU 2026')
  })

  it('lists reminders with links and readable text', async () => {
    await mount(handlers)
    const link = (k: string) => within(screen.getByTestId(`reminder-${k}`)).getByRole('link')
    expect(link('RAT').getAttribute('href')).toBe('#/rat/rapat')
    expect(link('RAT').textContent).toContain('RAT tahun buku 2025')
    expect(link('RAT').textContent).toContain('Paling lambat hari ini, 30 Juni 2026')
    expect(link('DINAS').textContent).toContain('30 Juli 2026')
    expect(link('DINAS').textContent).toContain('30 hari lagi')
    expect(link('WAJIB').getAttribute('href')).toBe('#/simpanan/tunggakan')
    expect(link('WAJIB').textContent).toContain('1 anggota menunggak')
    expect(link('PINJAMAN').getAttribute('href')).toBe('#/pinjaman/tunggakan')
    expect(link('PERIODE').getAttribute('href')).toBe('#/pengaturan/periode')
    expect(link('PERIODE').textContent).toContain('April 2026, Mei 2026')
    expect(link('CADANGAN').getAttribute('href')).toBe('#/pengaturan/cadangan')
    expect(link('CADANGAN').textContent).toContain('Belum pernah')
    expect(screen.getByTestId('reminder-PERIODE').className).toContain('dash-reminder--bad')
  })

  it('draws the charts as plain SVG with readable labels', async () => {
    await mount(handlers)
    for (const id of ['dash-members-chart', 'dash-cash-chart', 'dash-savings-chart', 'dash-units-chart', 'kol-chart'])
      expect(screen.getByTestId(id)).toBeTruthy()
    const members = screen.getByTestId('dash-members-chart')
    expect(members.querySelectorAll('rect.dash-fill--male').length).toBe(11)
    expect(within(members).getByRole('img').getAttribute('aria-label')).toContain('Laki-laki 1, Perempuan 2')
    const units = screen.getByTestId('dash-units-chart')
    expect(units.querySelectorAll('rect.dash-fill--loss').length).toBe(1)
    expect(screen.getByTestId('dash-cash-chart').querySelectorAll('path.dash-line').length).toBe(3)
    expect(within(screen.getByTestId('dash-savings-chart')).getByText('Rp800.000')).toBeTruthy()
  })

  it('formats axis helpers', () => {
    expect(compactRupiah(1_250_000_000)).toBe('Rp1,3 M')
    expect(compactRupiah(350_000_000)).toBe('Rp350 jt')
    expect(compactRupiah(-12_000)).toBe('-Rp12 rb')
    expect(shortMonth('2026-08')).toBe('Agu 26')
  })
})
