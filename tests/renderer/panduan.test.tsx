import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CooperativeProfile } from '../../shared/ledger/types'
import type { QuizPaperView, QuizResult } from '../../shared/commands/panduan'
import type { Obligation } from '../../shared/panduan/calendar'
import { glossaryEntry } from '../../shared/panduan/glossary'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { TermHelp } from '../../renderer/src/components/TermHelp'
import { GlossaryProvider } from '../../renderer/src/screens/panduan/GlossaryDialog'
import { WhyPanel } from '../../renderer/src/screens/panduan/WhyPanel'
import { QuizTab } from '../../renderer/src/screens/panduan/QuizTab'
import { ObligationReminders } from '../../renderer/src/screens/panduan/HomeCards'
import { SavingsScreen } from '../../renderer/src/screens/savings/SavingsScreen'
import { fakeApi, type Handlers } from './fakeApi'

afterEach(cleanup)
beforeEach(() => {
  localStorage.clear()
  window.location.hash = ''
})

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

async function renderWith(ui: ReactNode, handlers: Handlers = {}) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
        <GlossaryProvider>{ui}</GlossaryProvider>
      </BookContext.Provider>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

describe('glosarium from anywhere', () => {
  it('a "?" beside a label opens that term; Esc closes', async () => {
    await renderWith(
      <label>
        Simpanan wajib <TermHelp term="simpanan-wajib" />
      </label>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Penjelasan istilah: Simpanan wajib' }))
    const dialog = screen.getByRole('dialog', { name: 'Glosarium istilah koperasi' })
    const entry = within(dialog).getByTestId('glossary-entry-simpanan-wajib')
    expect(within(entry).getByRole('heading', { name: 'Simpanan wajib' })).toBeTruthy()
    expect(entry.textContent).toContain(glossaryEntry('simpanan-wajib')!.rule)
    expect(entry.textContent).toContain('DOMAIN.md §3.1, §1.4')
    expect(entry.textContent).toContain('Rp10.000 per bulan')
    fireEvent.click(within(entry).getByRole('button', { name: 'Tunggakan simpanan wajib' }))
    expect(within(dialog).getByTestId('glossary-entry-tunggakan-wajib')).toBeTruthy()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('F1 and Ctrl+K open the search; Enter shows the best match', async () => {
    await renderWith(<p>Beranda</p>)
    fireEvent.keyDown(window, { key: 'F1' })
    let dialog = screen.getByRole('dialog', { name: 'Glosarium istilah koperasi' })
    const search = within(dialog).getByLabelText('Cari istilah')
    expect(document.activeElement).toBe(search)
    fireEvent.change(search, { target: { value: 'ppap' } })
    fireEvent.keyDown(search, { key: 'Enter' })
    expect(within(dialog).getByTestId('glossary-entry-ppap')).toBeTruthy()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true })
    dialog = screen.getByRole('dialog', { name: 'Glosarium istilah koperasi' })
    fireEvent.change(within(dialog).getByLabelText('Cari istilah'), { target: { value: 'zzz tidak ada' } })
    expect(within(dialog).getByText('Tidak ada istilah yang cocok.')).toBeTruthy()
  })

  it('every "?" rendered on a screen names a glossary entry', async () => {
    const settings = {
      effectiveFrom: '2026-01-01',
      pokokAmount: 50_000,
      pokokInstallments: 1,
      wajibAmount: 10_000,
      sukarelaRate: '3',
      sukarelaMethod: 'SALDO_TERENDAH',
      taxThreshold: 240_000,
      taxRate: '10',
      decisionRef: null
    }
    await renderWith(<SavingsScreen sub="pengaturan" query={{}} />, {
      'savings.settings': () => ({ current: settings, history: [settings] }) as never,
      'savings.tieOut': () => ({ asOf: '2026-01-31', ok: true, rows: [] }),
      'accounts.list': () => []
    })
    const marks = [...document.querySelectorAll<HTMLElement>('[data-term]')]
    expect(marks.length).toBeGreaterThanOrEqual(5)
    for (const m of marks) expect(glossaryEntry(m.dataset.term!), m.dataset.term).toBeDefined()
    // The "?" stays outside the label: the field keeps its name.
    expect(screen.getByLabelText('Simpanan wajib per bulan', { exact: false })).toBeTruthy()
  })
})

describe('Untuk apa layar ini?', () => {
  it('is folded until opened, says what, who, how often and what goes wrong, and remembers being open', async () => {
    await renderWith(<WhyPanel screen="simpanan" sub="tunggakan" />)
    const toggle = screen.getByRole('button', { name: /Untuk apa layar ini\?/ })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText('Tunggakan wajib')).toBeNull()
    fireEvent.click(toggle)
    const panel = screen.getByTestId('why-panel')
    expect(panel.textContent).toContain('Tunggakan wajib')
    expect(panel.textContent).toContain('Bendahara dan ketua.')
    expect(panel.textContent).toContain('Setiap bulan')
    expect(panel.textContent).toContain('Bila dilewatkan')
    cleanup()
    await renderWith(<WhyPanel screen="simpanan" sub="tunggakan" />)
    expect(screen.getByRole('button', { name: /Sembunyikan penjelasan/ }).getAttribute('aria-expanded')).toBe('true')
  })
})

const paper: QuizPaperView = {
  attemptId: 11,
  role: 'ANGGOTA',
  person: { memberId: 3, memberNo: 'A-003', officerId: null, name: 'Dewi Lestari' },
  startedAt: '2026-02-01T02:00:00Z',
  passPercent: 70,
  questions: [
    {
      no: 1,
      topic: 'SIMPANAN',
      computed: false,
      question: 'Simpanan pokok dibayar …',
      options: ['setiap bulan', 'sekali, ketika masuk menjadi anggota', 'setiap tahun', 'setiap meminjam']
    },
    {
      no: 2,
      topic: 'SHU',
      computed: true,
      question: 'Berapa JMA Anda?',
      options: ['Rp300.000', 'Rp600.000', 'Rp1.200.000', 'Rp3.000.000']
    }
  ]
}
const result: QuizResult = {
  attemptId: 11,
  role: 'ANGGOTA',
  person: paper.person,
  startedAt: paper.startedAt,
  submittedAt: '2026-02-01T02:10:00Z',
  takenOn: '2026-02-01',
  passPercent: 70,
  score: {
    correct: 1,
    total: 2,
    percent: '50.0',
    passed: false,
    byTopic: [
      { topic: 'SIMPANAN', correct: 1, total: 1 },
      { topic: 'SHU', correct: 0, total: 1 }
    ]
  },
  questions: [
    {
      ...paper.questions[0]!,
      answer: 1,
      chosen: 1,
      correct: true,
      explanation: 'Dibayar sekali saat masuk.',
      basis: '§3.1',
      terms: ['simpanan-pokok']
    },
    {
      ...paper.questions[1]!,
      answer: 1,
      chosen: 0,
      correct: false,
      explanation: 'S ÷ ΣS × jasa modal.',
      basis: '§5.4',
      terms: ['jma']
    }
  ]
}

describe('Tes pemahaman', () => {
  it('starts a paper for a member, sends the chosen option of each question, shows and prints the result sheet', async () => {
    const print = vi.fn()
    window.print = print
    const api = await renderWith(<QuizTab query={{}} />, {
      'org.list': () => [],
      'members.list': () =>
        ({
          items: [{ id: 3, memberNo: 'A-003', name: 'Dewi Lestari', status: 'AKTIF' }],
          page: 1,
          pageSize: 50,
          total: 1
        }) as never,
      'panduan.quizResults': () => [],
      'panduan.quizSummary': () => ({
        year: 2026,
        byRole: {
          PENGURUS: { took: 0, passed: 0, attempts: 0 },
          PENGAWAS: { took: 0, passed: 0, attempts: 0 },
          ANGGOTA: { took: 0, passed: 0, attempts: 0 }
        },
        serving: { PENGURUS: 0, PENGAWAS: 0 }
      }),
      'panduan.quizStart': () => paper,
      'panduan.quizSubmit': () => result
    })
    fireEvent.change(screen.getByLabelText('Tes untuk'), { target: { value: 'ANGGOTA' } })
    await act(async () => {})
    fireEvent.change(screen.getByLabelText('Anggota'), { target: { value: '3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Mulai tes' }))
    await act(async () => {})
    expect(api.inputsOf('panduan.quizStart')).toEqual([{ role: 'ANGGOTA', memberId: 3 }])
    const form = screen.getByTestId('quiz-paper')
    expect(within(form).getByText('dari buku koperasi')).toBeTruthy()
    fireEvent.click(within(form).getByLabelText(/sekali, ketika masuk menjadi anggota/))
    // One open question: asked to confirm first.
    fireEvent.click(within(form).getByRole('button', { name: 'Kumpulkan jawaban' }))
    expect(screen.getByText(/1 soal belum dijawab/)).toBeTruthy()
    fireEvent.click(within(form).getByLabelText(/Rp300\.000/))
    fireEvent.click(within(form).getByRole('button', { name: 'Kumpulkan jawaban' }))
    await act(async () => {})
    expect(api.inputsOf('panduan.quizSubmit')).toEqual([{ attemptId: 11, answers: [1, 0] }])
    const sheet = screen.getByTestId('quiz-result')
    expect(within(sheet).getByTestId('quiz-score').textContent).toContain('1 dari 2 benar (50,0 %) — BELUM LULUS')
    expect(sheet.textContent).toContain('Jawaban benar: B. Rp600.000')
    expect(sheet.textContent).toContain('Dasar: DOMAIN.md §5.4')
    fireEvent.click(within(sheet).getByRole('button', { name: 'Cetak lembar hasil' }))
    expect(print).toHaveBeenCalledTimes(1)
  })
})

describe('Beranda reminders from the Kalender kewajiban', () => {
  it('lists what is late and what is coming, with where to do it', async () => {
    const o = (
      key: string,
      kind: Obligation['kind'],
      period: string,
      due: string,
      status: Obligation['status'],
      extra: Partial<Obligation> = {}
    ): Obligation => ({
      key,
      kind,
      period,
      due,
      status,
      doneOn: null,
      count: null,
      name: null,
      manual: false,
      route: 'simpanan/penagihan',
      basis: '§3.2',
      ...extra
    })
    await renderWith(<ObligationReminders />, {
      'panduan.reminders': () => ({
        asOf: '2026-02-15',
        late: [
          o('TUTUP_BULAN:2025-12', 'TUTUP_BULAN', '2025-12', '2026-01-31', 'TERLAMBAT'),
          o('WAJIB:2026-01', 'WAJIB', '2026-01', '2026-01-31', 'TERLAMBAT', { count: 3 }),
          o('TUTUP_BULAN:2026-01', 'TUTUP_BULAN', '2026-01', '2026-02-28', 'TERLAMBAT')
        ],
        soon: [o('DINAS:2025', 'DINAS', '2025', '2026-03-10', 'SEGERA', { manual: true, route: 'dinas/laporan' })]
      }),
      'panduan.mark': () => ({ key: 'DINAS:2025', done: true, doneOn: '2026-02-15' })
    })
    const card = screen.getByTestId('obligation-reminders')
    const late = within(card).getByTestId('late-WAJIB')
    expect(late.textContent).toContain('31 Januari 2026')
    expect(late.textContent).toContain('Tagih dan catat simpanan wajib — Januari 2026')
    expect(late.textContent).toContain('Terlambat')
    // Several late obligations of one kind make one line.
    expect(within(card).getByTestId('late-TUTUP_BULAN').textContent).toContain(
      'Tutup (kunci) buku bulan: 2 belum selesai, sejak Desember 2025'
    )
    const soon = within(card).getByTestId('obligation-DINAS:2025')
    expect(within(soon).getByRole('link').getAttribute('href')).toBe('#/dinas/laporan')
    expect(soon.textContent).toContain('Segera')
    expect(within(card).getByRole('link', { name: 'Kalender lengkap →' }).getAttribute('href')).toBe(
      '#/panduan/kalender'
    )
  })
})
