import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Loan } from '../../shared/commands/loans'
import type { Passbook } from '../../shared/commands/savings'
import type { Account } from '../../shared/ledger/types'
import { loanSchedule, effectiveMonthlyRate } from '../../shared/loans/schedule'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { LoansScreen } from '../../renderer/src/screens/loans/LoansScreen'
import { PassbookView } from '../../renderer/src/screens/savings/PassbookView'
import { UnsavedChangesDialog } from '../../renderer/src/components/UnsavedChangesDialog'
import { navigate } from '../../renderer/src/lib/router'
import { hasUnsavedChanges, leaveAnyway } from '../../renderer/src/lib/unsaved'
import { MemberForm } from '../../renderer/src/screens/members/MemberForm'
import { fakeApi, type Handlers } from './fakeApi'

afterEach(() => {
  leaveAnyway()
  cleanup()
})

const acc = (code: string, name: string): Account => ({
  id: code.length,
  code,
  name,
  type: 'ASET',
  normalBalance: 'D',
  parentCode: null,
  isHeader: false,
  isActive: true,
  isUsed: false,
  control: null,
  depth: 3,
  allowOverdraft: false
})
const ACCOUNTS = [
  acc('1-1101', 'Kas Kantor'),
  acc('1-1102', 'Kas Kecil'),
  acc('1-1201', 'Bank BRI'),
  acc('1-1401', 'Piutang Pinjaman Anggota'),
  acc('4-1101', 'Pendapatan Jasa Pinjaman')
]
const PROFILE = {
  name: 'Koperasi Desa Merah Putih Sukamaju',
  booksStartDate: '2026-01-01',
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Kabupaten Cianjur'
} as CooperativeProfile

function mount(node: React.ReactNode, handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <BookContext.Provider value={{ profile: PROFILE, appVersion: '0.1.0', refresh: () => {} }}>
        {node}
        <UnsavedChangesDialog />
      </BookContext.Provider>
    </ApiProvider>
  )
  return api
}

const approved = (over: Partial<Loan>): Loan => ({
  id: 9,
  loanNo: 'PJ-2026-00009',
  member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah' },
  productCode: 'UMUM',
  method: 'flat',
  ratePerMonth: '2',
  tenor: 10,
  principal: 5_000_000,
  provisi: 50_000,
  adminFee: 25_000,
  feeDeducted: true,
  status: 'DISETUJUI',
  writtenOffAt: null,
  writtenOffAmount: 0,
  recovered: 0,
  agunanPengurang: 0,
  dendaMode: 'TETAP',
  dendaValue: '0',
  graceDays: 0,
  earlyPayoffJasa: 'BULAN_BERJALAN',
  earlyPayoffPenaltyMonths: 0,
  purpose: null,
  appliedAt: '2026-02-01',
  decidedAt: '2026-02-02',
  decidedBy: 'ketua',
  decisionNote: null,
  disbursedAt: null,
  disbursementEntry: null,
  closedAt: null,
  schedule: [],
  payments: [],
  dues: null,
  ...over
})

describe('Pencairan pinjaman', () => {
  it('fees deducted: shows plafon − provisi − administrasi = the cash handed over (5.000.000 − 50.000 − 25.000 = 4.925.000)', async () => {
    mount(<LoansScreen sub="detail" query={{ id: '9' }} />, {
      'loans.get': () => approved({}),
      'accounts.list': () => ACCOUNTS
    })
    expect((await screen.findByTestId('disburse-handed-over')).textContent).toBe('Rp4.925.000')
    expect(screen.getByTestId('disburse-sum').textContent).toBe(
      'Rp5.000.000 − provisi Rp50.000 − administrasi Rp25.000 = Rp4.925.000'
    )
    expect(screen.queryByTestId('disburse-fees-in-cash')).toBeNull()
  })

  it('fees paid in cash: the whole plafon is handed over, the fees come back in cash, the kas goes down by 4.925.000', async () => {
    mount(<LoansScreen sub="detail" query={{ id: '9' }} />, {
      'loans.get': () => approved({ feeDeducted: false }),
      'accounts.list': () => ACCOUNTS
    })
    expect((await screen.findByTestId('disburse-handed-over')).textContent).toBe('Rp5.000.000')
    expect(screen.getByTestId('disburse-fees-in-cash').textContent).toBe('Rp75.000')
    expect(screen.getByTestId('disburse-net-cash').textContent).toBe('Rp4.925.000')
  })

  it('the cash account comes from a list of kas and bank accounts only; another code is not taken', async () => {
    const api = mount(<LoansScreen sub="detail" query={{ id: '9' }} />, {
      'loans.get': () => approved({}),
      'accounts.list': () => ACCOUNTS,
      'loans.disburse': () => approved({ status: 'CAIR' })
    })
    const picker = (await screen.findByRole('combobox', { name: /^Dibayar dari akun kas\/bank/ })) as HTMLInputElement
    await waitFor(() => expect(picker.value).toBe('1-1101 · Kas Kantor'))
    fireEvent.focus(picker)
    fireEvent.change(picker, { target: { value: '1' } })
    const options = within(screen.getByRole('listbox', { name: 'Pilihan akun' }))
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['1-1101Kas Kantor', '1-1102Kas Kecil', '1-1201Bank BRI'])
    // A receivable typed in is not a cash account.
    fireEvent.change(picker, { target: { value: '1-1401' } })
    fireEvent.blur(picker)
    expect(await screen.findByText('Akun tidak ditemukan; pilih dari daftar')).toBeTruthy()
    fireEvent.focus(picker)
    fireEvent.change(picker, { target: { value: 'bank' } })
    fireEvent.mouseDown(within(screen.getByRole('listbox')).getByRole('option'))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cairkan pinjaman' })))
    expect(api.inputsOf('loans.disburse')).toEqual([expect.objectContaining({ loanId: 9, cashAccount: '1-1201' })])
  })
})

describe('Simulasi untuk anggota', () => {
  it('shows the installment (5.000.000 at 2 % flat over 10 months: 500.000 + 100.000 = 600.000) and prints under the document name', async () => {
    const titles: string[] = []
    const print = vi.fn(() => titles.push(document.title))
    window.print = print
    mount(<LoansScreen sub="simulasi" query={{}} />, {
      'loans.schedulePreview': (i) => {
        const s = loanSchedule(i)
        return { ...s, effectiveRatePerMonth: effectiveMonthlyRate(i.principal, s.installments) }
      }
    })
    fireEvent.change(screen.getByLabelText(/^Plafon/), { target: { value: '5.000.000' } })
    fireEvent.change(screen.getByLabelText(/^Jasa % per bulan/), { target: { value: '2' } })
    fireEvent.change(screen.getByLabelText(/^Jangka waktu/), { target: { value: '10' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Hitung jadwal' })))
    const sheet = await screen.findByTestId('simulation-sheet')
    expect(within(sheet).getByTestId('sim-installment').textContent).toBe('Rp600.000')
    expect(within(sheet).getByTestId('sim-total-jasa').textContent).toBe('Rp1.000.000')
    expect(within(sheet).getByTestId('sim-total-paid').textContent).toBe('Rp6.000.000')
    expect(within(sheet).getByText('Simulasi Angsuran Pinjaman')).toBeTruthy()
    const before = document.title
    fireEvent.click(within(sheet).getByRole('button', { name: 'Cetak simulasi' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(titles).toEqual(['KDMP-Sukamaju-Simulasi-Pinjaman'])
    expect(document.title).toBe(before)
  })
})

describe('Buku simpanan', () => {
  it('each savings type in its own section with its own lines and balance', async () => {
    const pb: Passbook = {
      member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah', status: 'AKTIF' },
      from: null,
      to: '2026-03-31',
      opening: { POKOK: 0, WAJIB: 0, SUKARELA: 0 },
      closing: { POKOK: 100_000, WAJIB: 40_000, SUKARELA: 75_000 },
      lines: [
        {
          id: 1,
          memberId: 3,
          type: 'POKOK',
          kind: 'SETOR',
          amount: 100_000,
          date: '2026-01-05',
          entryNumber: 'KM-2026-000001',
          reference: null,
          note: null,
          balance: 100_000
        },
        {
          id: 2,
          memberId: 3,
          type: 'WAJIB',
          kind: 'SETOR',
          amount: 20_000,
          date: '2026-01-31',
          entryNumber: 'KM-2026-000002',
          reference: null,
          note: null,
          balance: 20_000
        },
        {
          id: 3,
          memberId: 3,
          type: 'SUKARELA',
          kind: 'SETOR',
          amount: 100_000,
          date: '2026-02-03',
          entryNumber: 'KM-2026-000003',
          reference: null,
          note: null,
          balance: 100_000
        },
        {
          id: 4,
          memberId: 3,
          type: 'WAJIB',
          kind: 'SETOR',
          amount: 20_000,
          date: '2026-02-28',
          entryNumber: 'KM-2026-000004',
          reference: null,
          note: null,
          balance: 40_000
        },
        {
          id: 5,
          memberId: 3,
          type: 'SUKARELA',
          kind: 'TARIK',
          amount: -25_000,
          date: '2026-03-10',
          entryNumber: 'KK-2026-000001',
          reference: null,
          note: null,
          balance: 75_000
        }
      ] as unknown as Passbook['lines']
    }
    mount(<PassbookView memberId={3} />, {
      'savings.passbook': () => pb,
      'members.list': () => ({ items: [], total: 0, page: 1, pageSize: 50 }) as never,
      'members.get': () => pb.member as never
    })
    const pokok = await screen.findByTestId('passbook-section-POKOK')
    const wajib = screen.getByTestId('passbook-section-WAJIB')
    const sukarela = screen.getByTestId('passbook-section-SUKARELA')
    expect(within(pokok).getByRole('heading').textContent).toBe('Simpanan pokok')
    expect(within(wajib).getByTestId('section-closing-WAJIB').textContent).toBe('Rp40.000')
    expect(within(sukarela).getByTestId('section-closing-SUKARELA').textContent).toBe('Rp75.000')
    const rows = (section: HTMLElement) =>
      within(within(section).getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent)
        )
    expect(rows(wajib)).toEqual([
      ['31 Januari 2026', 'KM-2026-000002', 'Setor', '20.000', '', '20.000'],
      ['28 Februari 2026', 'KM-2026-000004', 'Setor', '20.000', '', '40.000']
    ])
    expect(rows(sukarela).map((r) => [r[3], r[4], r[5]])).toEqual([
      ['100.000', '', '100.000'],
      ['', '25.000', '75.000']
    ])
    expect(rows(pokok)).toHaveLength(1)
    expect(within(wajib).getByRole('table').getAttribute('aria-label')).toBe('Buku simpanan — Simpanan wajib')
  })
})

describe('Meninggalkan formulir yang belum disimpan', () => {
  beforeEach(() => {
    window.location.hash = '#/anggota/baru'
  })

  it('asks before leaving a form with changes; "Tetap di sini" keeps it, "Tinggalkan" goes', async () => {
    mount(<MemberForm onSaved={() => {}} />, { 'members.checkNik': () => ({ problems: [] }) as never })
    expect(hasUnsavedChanges()).toBe(false)
    navigate('beranda')
    expect(window.location.hash).toBe('#/beranda')
    window.location.hash = '#/anggota/baru'

    fireEvent.change(screen.getByLabelText(/^Nama/), { target: { value: 'Budi Santoso' } })
    expect(hasUnsavedChanges()).toBe(true)
    act(() => navigate('beranda'))
    const dialog = await screen.findByRole('dialog', { name: 'Tinggalkan tanpa menyimpan?' })
    expect(window.location.hash).toBe('#/anggota/baru')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(window.location.hash).toBe('#/anggota/baru')
    expect((screen.getByLabelText(/^Nama/) as HTMLInputElement).value).toBe('Budi Santoso')

    // A link goes through the same question.
    const link = document.createElement('a')
    link.href = '#/simpanan'
    link.textContent = 'Simpanan'
    document.body.appendChild(link)
    fireEvent.click(link)
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan' }))
    expect(window.location.hash).toBe('#/simpanan')
    expect(hasUnsavedChanges()).toBe(false)
    link.remove()
  })

  it('the browser asks before closing the tab while a form has changes', () => {
    mount(<MemberForm onSaved={() => {}} />, {})
    const quiet = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(quiet)
    expect(quiet.defaultPrevented).toBe(false)
    fireEvent.change(screen.getByLabelText(/^Nama/), { target: { value: 'Budi' } })
    const ask = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(ask)
    expect(ask.defaultPrevented).toBe(true)
  })

  it('a saved form is clean again', async () => {
    const member = { id: 5, memberNo: 'A-0005', name: 'Budi' }
    mount(<MemberForm onSaved={() => {}} />, { 'members.create': () => member as never })
    fireEvent.change(screen.getByLabelText(/^Nama/), { target: { value: 'Budi' } })
    fireEvent.change(screen.getByLabelText(/^Jenis kelamin/), { target: { value: 'L' } })
    expect(hasUnsavedChanges()).toBe(true)
    await act(async () => fireEvent.submit(screen.getByRole('form')))
    await waitFor(() => expect(hasUnsavedChanges()).toBe(false))
  })
})
