import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { HealthAssessment } from '../../shared/commands/health'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { DEFAULT_HEALTH_SETTINGS, type HealthFigures, type HealthRegime } from '../../shared/health/model'
import { scoreHealth, type HealthAnswers } from '../../shared/health/score'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { ReportsScreen } from '../../renderer/src/screens/reports/ReportsScreen'
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
  firstFinancialYear: 2026,
  booksStartDate: '2026-01-01',
  timeZone: 'Asia/Jakarta',
  timeZoneSource: 'PROVINSI'
}

const F: HealthFigures = {
  totalAset: 200_000_000,
  kasBank: 20_000_000,
  modalSendiri: 80_000_000,
  atmr: 180_000_000,
  pinjamanAnggota: 100_000_000,
  pinjamanDiberikan: 100_000_000,
  pinjamanBermasalah: 14_000_000,
  risikoPinjamanBermasalah: 9_000_000,
  cadanganRisiko: 3_000_000,
  ppapDibentuk: 3_000_000,
  ppapWajib: 4_500_000,
  asetProduktif: 120_000_000,
  kewajibanLancar: 160_000_000,
  danaDiterima: 150_000_000,
  pendapatanUsaha: 30_000_000,
  partisipasiBruto: 24_000_000,
  pendapatanTotal: 30_000_000,
  hpp: 6_000_000,
  bebanUsaha: 12_000_000,
  hasilUsahaBruto: 24_000_000,
  bebanKaryawan: 4_000_000,
  shuSebelumPajak: 12_000_000,
  shuSetelahPajak: 11_850_000,
  simpananPokokWajib: 60_000_000
}

let stored: HealthAnswers = {}
const assess = (i: { year?: number; regime?: HealthRegime; answers?: HealthAnswers }): HealthAssessment => {
  const answers = i.answers ?? stored
  return {
    year: i.year ?? 2026,
    from: '2026-01-01',
    asOf: '2026-06-30',
    figures: F,
    answers,
    answersSavedAt: null,
    settings: DEFAULT_HEALTH_SETTINGS,
    ...scoreHealth(F, answers, i.regime ?? 'JUKNIS_2021')
  }
}

async function mount(handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={null}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <ReportsScreen sub="kesehatan" query={{}} />
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

const handlers: Handlers = {
  'health.assess': (i) => assess(i as never),
  'health.saveAnswers': (i) => {
    stored = i.answers
    return { year: i.year, answers: i.answers, savedAt: '2026-06-30T03:00:00.000Z' }
  },
  'profile.get': () => profile
}

describe('Laporan › Kesehatan', () => {
  it('has its own tab and shows the summary, every ratio with formula and figures, and the predicate', async () => {
    stored = {}
    await mount(handlers)
    expect(screen.getByRole('link', { name: 'Kesehatan' }).getAttribute('href')).toBe('#/laporan/kesehatan')
    const summary = await screen.findByTestId('health-summary')
    expect(within(summary).getByText('A. Tata kelola')).toBeTruthy()
    expect(screen.getByTestId('health-total').textContent).toBe('60,18')
    expect(screen.getByTestId('health-predicate').textContent).toBe('Dalam Pengawasan')
    const npl = screen.getByTestId('ratio-NPL')
    expect(npl.textContent).toContain('(KL + D + M) ÷ pinjaman diberikan × 100 %')
    expect(npl.textContent).toContain('Rp14.000.000')
    expect(npl.textContent).toContain('14,00 %')
    expect(screen.getByTestId('ratio-PPAP_PPAPWD').textContent).toContain('66,67 %')
  })

  it('ticks checklist answers, rescoring with them, and saves them for the year', async () => {
    stored = {}
    const api = await mount(handlers)
    await screen.findByTestId('health-checklist')
    const box = screen.getByRole('checkbox', {
      name: 'Syarat keanggotaan tertulis dan terbuka bagi yang memenuhi syarat'
    })
    fireEvent.click(box)
    await act(async () => {})
    expect(api.inputsOf('health.assess').at(-1)!.answers).toEqual({ 'J.PK1.1': true })
    expect(screen.getByTestId('health-saved').textContent).toContain('belum disimpan')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jawaban' }))
    await act(async () => {})
    expect(api.inputsOf('health.saveAnswers')).toEqual([{ year: 2026, answers: { 'J.PK1.1': true } }])
    expect(stored).toEqual({ 'J.PK1.1': true })
  })

  it('switches to the Perdep 2016 worksheet with points per ratio', async () => {
    stored = {}
    const api = await mount(handlers)
    await screen.findByTestId('health-summary')
    fireEvent.change(screen.getByTestId('health-regime'), { target: { value: 'PERDEP_2016' } })
    await act(async () => {})
    expect(api.inputsOf('health.assess').at(-1)!.regime).toBe('PERDEP_2016')
    expect(screen.getByTestId('ratio-RASIO_KAS').textContent).toContain('10,00 / 10')
    expect(screen.getByText('Daftar periksa manajemen')).toBeTruthy()
  })
})
