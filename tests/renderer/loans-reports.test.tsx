import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuthUser } from '../../shared/commands/auth'
import type { ArrearsRow, Loan, LoanPolicy, LoanPortfolio, LoanProduct } from '../../shared/commands/loans'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { DEFAULT_PROVISION_POLICY } from '../../shared/loans/provisioning'
import { effectiveMonthlyRate, loanSchedule } from '../../shared/loans/schedule'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { StaticSession } from '../../renderer/src/app/session'
import { LoansScreen } from '../../renderer/src/screens/loans/LoansScreen'
import { moveStep, readPolicy, draftOfPolicy } from '../../renderer/src/screens/loans/allocationOrder'
import { productRules, termsOf } from '../../renderer/src/screens/loans/AgreementView'
import { fakeApi, refuse, type Handlers } from './fakeApi'

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

async function mount(sub: string, query: Record<string, string>, handlers: Handlers, user: AuthUser | null = null) {
  const api = fakeApi(handlers)
  const ui: ReactNode = (
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={user}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>
          <LoansScreen sub={sub} query={query} />
        </BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  render(ui)
  await act(async () => {})
  return api
}

const row = (over: Partial<ArrearsRow>): ArrearsRow => ({
  loanId: 1,
  loanNo: 'PJ-2026-0001',
  memberNo: 'A-0001',
  name: 'Siti Aminah',
  phone: '0812-3456-7890',
  outstandingPokok: 10_000_000,
  overduePokok: 1_000_000,
  overdueJasa: 180_000,
  denda: 8_260,
  daysPastDue: 10,
  kolektibilitas: 'LANCAR',
  ...over
})

describe('Pinjaman: tunggakan', () => {
  const rows = [
    row({}),
    row({
      loanId: 2,
      loanNo: 'PJ-2026-0002',
      memberNo: 'A-0002',
      name: 'Budi Santoso',
      phone: null,
      daysPastDue: 200,
      kolektibilitas: 'DIRAGUKAN',
      overduePokok: 3_000_000,
      overdueJasa: 540_000,
      denda: 120_000,
      outstandingPokok: 6_000_000
    }),
    row({
      loanId: 3,
      loanNo: 'PJ-2026-0003',
      memberNo: 'A-0003',
      name: 'Wati',
      daysPastDue: 95,
      kolektibilitas: 'KURANG_LANCAR',
      overduePokok: 2_000_000,
      overdueJasa: 360_000,
      denda: 50_000,
      outstandingPokok: 8_000_000
    })
  ]
  const arrears: Handlers['loans.arrears'] = ({ asOf }) => ({
    asOf,
    rows,
    total: { overduePokok: 6_000_000, overdueJasa: 1_080_000, denda: 178_260 }
  })

  it('lists loans by days past due with links, kolektibilitas labels and a totals row', async () => {
    const api = await mount('tunggakan', {}, { 'loans.arrears': arrears })
    const table = await screen.findByRole('table', { name: 'Daftar tunggakan pinjaman' })
    expect(api.inputsOf('loans.arrears')[0]!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const body = within(table).getAllByRole('row').slice(1, 4)
    expect(body.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'PJ-2026-0002',
      'PJ-2026-0003',
      'PJ-2026-0001'
    ])
    const first = within(body[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    // The phone sits under the member's name (one column fewer, issue 16 point 6).
    expect(first).toEqual([
      'PJ-2026-0002',
      'A-0002 Budi Santoso',
      '200',
      'Diragukan',
      '3.000.000',
      '540.000',
      '120.000',
      '6.000.000'
    ])
    expect(within(body[2]!).getAllByRole('cell')[1]!.textContent).toBe('A-0001 Siti Aminah0812-3456-7890')
    expect(within(body[0]!).getByRole('link', { name: 'PJ-2026-0002' }).getAttribute('href')).toBe(
      '#/pinjaman/detail?id=2'
    )
    expect(within(body[2]!).getByRole('link', { name: '0812-3456-7890' }).getAttribute('href')).toBe('tel:081234567890')
    expect(within(body[1]!).getByText('Kurang lancar')).toBeTruthy()
    const total = screen.getByTestId('arrears-total')
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['6.000.000', '1.080.000', '178.260', '24.000.000'])
    expect(screen.getByRole('heading', { name: 'Daftar Tunggakan Pinjaman' })).toBeTruthy()
    expect(screen.getByText('Koperasi Desa Merah Putih Sukamaju')).toBeTruthy()
    expect(screen.getByTestId('arrears-count').textContent).toBe('3 pinjaman menunggak')
  })

  it('asks again for the date typed', async () => {
    const api = await mount('tunggakan', {}, { 'loans.arrears': arrears })
    fireEvent.change(screen.getByLabelText(/^Per tanggal/), { target: { value: '31/12/2026' } })
    await act(async () => {})
    expect(api.inputsOf('loans.arrears').at(-1)).toEqual({ asOf: '2026-12-31' })
    expect(screen.getByText('per 31 Desember 2026')).toBeTruthy()
  })
})

describe('Pinjaman: urutan alokasi', () => {
  it('moveStep swaps with the neighbour and leaves the ends alone', () => {
    const o = ['DENDA', 'JASA_TERTUNGGAK', 'POKOK_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN'] as const
    expect(moveStep(o, 2, -1)).toEqual([
      'DENDA',
      'POKOK_TERTUNGGAK',
      'JASA_TERTUNGGAK',
      'JASA_BERJALAN',
      'POKOK_BERJALAN'
    ])
    expect(moveStep(o, 0, 1)).toEqual([
      'JASA_TERTUNGGAK',
      'DENDA',
      'POKOK_TERTUNGGAK',
      'JASA_BERJALAN',
      'POKOK_BERJALAN'
    ])
    expect(moveStep(o, 0, -1)).toEqual([...o])
    expect(moveStep(o, 4, 1)).toEqual([...o])
    expect(o[0]).toBe('DENDA')
  })

  it('readPolicy needs rising whole days and percents up to 100', () => {
    const d = draftOfPolicy(DEFAULT_PROVISION_POLICY)
    expect(d.rates.LANCAR).toBe('0,5')
    expect(readPolicy(d)).toEqual({ ok: true, policy: DEFAULT_PROVISION_POLICY })
    expect(readPolicy({ ...d, maxDays: { ...d.maxDays, KURANG_LANCAR: '90' } })).toEqual({
      ok: false,
      errors: { 'provision.maxDays.KURANG_LANCAR': 'order' }
    })
    expect(readPolicy({ ...d, rates: { ...d.rates, MACET: '101' }, maxDays: { ...d.maxDays, LANCAR: 'x' } })).toEqual({
      ok: false,
      errors: { 'provision.maxDays.LANCAR': 'days', 'provision.rates.MACET': 'rate' }
    })
  })

  const policy: LoanPolicy = {
    allocationOrder: ['DENDA', 'JASA_TERTUNGGAK', 'POKOK_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN'],
    provision: {
      maxDays: { LANCAR: 30, KURANG_LANCAR: 60, DIRAGUKAN: 120 },
      rates: { LANCAR: '1', KURANG_LANCAR: '10', DIRAGUKAN: '50', MACET: '100' }
    }
  }

  it('reorders with the buttons, keeps focus on the moved step, applies the preset and saves', async () => {
    const api = await mount(
      'kebijakan',
      {},
      { 'loans.policy': () => policy, 'loans.setPolicy': (i) => ({ ...policy, ...i }) as LoanPolicy }
    )
    const list = await screen.findByTestId('allocation-order')
    const labels = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.loan-order__label')!.textContent)
    expect(labels()).toEqual([
      'Denda',
      'Jasa tertunggak',
      'Pokok tertunggak',
      'Jasa berjalan',
      'Pokok berjalan',
      'Sisa pokok (selalu terakhir)'
    ])
    expect((screen.getByRole('button', { name: 'Naikkan Denda' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Naikkan Pokok tertunggak' }))
    fireEvent.click(screen.getByRole('button', { name: 'Naikkan Pokok tertunggak' }))
    expect(labels().slice(0, 3)).toEqual(['Pokok tertunggak', 'Denda', 'Jasa tertunggak'])
    // At the top the up button is disabled: focus goes to its down button.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Turunkan Pokok tertunggak' }))
    )
    expect(screen.getByText('Pokok tertunggak sekarang urutan ke-1.')).toBeTruthy()
    expect((screen.getByLabelText(/^Lancar: paling lama/) as HTMLInputElement).value).toBe('30')
    fireEvent.click(
      screen.getByRole('button', { name: 'Bawaan (90/180/270 hari; 0,5/10/50/100 %; agunan 75 %; 21 bulan)' })
    )
    expect((screen.getByLabelText(/^Lancar: paling lama/) as HTMLInputElement).value).toBe('90')
    expect((screen.getByLabelText(/^PPAP Lancar %/) as HTMLInputElement).value).toBe('0,5')
    expect(screen.getByTestId('macet-days').textContent).toBe(
      'Macet: lebih dari 270 hari (kecuali agunan paling sedikit 75 % dari utang), atau 21 bulan sesudah masuk Diragukan'
    )
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan kebijakan' }))
    })
    expect(api.inputsOf('loans.setPolicy')[0]).toEqual({
      allocationOrder: ['POKOK_TERTUNGGAK', 'DENDA', 'JASA_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN'],
      provision: DEFAULT_PROVISION_POLICY
    })
    expect(screen.getByText('Kebijakan pinjaman tersimpan.')).toBeTruthy()
  })

  it("shows the book's refusal next to the field and checks days before asking", async () => {
    const api = await mount(
      'kebijakan',
      {},
      {
        'loans.policy': () => policy,
        'loans.setPolicy': () =>
          refuse({ code: 'INVALID_INPUT', message: 'persen 0–100', field: 'provision.rates.MACET' })
      }
    )
    const dir = await screen.findByLabelText(/^Diragukan: paling lama/)
    fireEvent.change(dir, { target: { value: '50' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan kebijakan' }))
    })
    expect(api.inputsOf('loans.setPolicy')).toHaveLength(0)
    expect(dir.closest('.field')!.textContent).toContain('Batas hari harus naik')
    fireEvent.change(dir, { target: { value: '120' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan kebijakan' }))
    })
    expect(screen.getByLabelText(/^PPAP Macet %/).closest('.field')!.textContent).toContain('persen 0–100')
  })

  it('the Kebijakan tab is for admins only', async () => {
    await mount(
      'kebijakan',
      {},
      { 'loans.schedulePreview': () => refuse({ code: 'INVALID_INPUT', message: 'x' }) },
      { id: 2, username: 'ketua', fullName: 'Pak Ketua', role: 'ketua', isActive: true }
    )
    expect(screen.queryByRole('link', { name: 'Kebijakan' })).toBeNull()
    expect(screen.queryByTestId('allocation-order')).toBeNull()
    expect(screen.getByRole('link', { name: 'Tunggakan' })).toBeTruthy()
  })
})

describe('Pinjaman: produk', () => {
  it('the product form sends the early-payoff rule and the list shows it', async () => {
    const product = {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 20_000_000,
      provisiPercent: '1',
      adminFee: 0,
      feeDeducted: true,
      dendaMode: 'PER_HARI',
      dendaValue: '0.1',
      graceDays: 3,
      roundUpTo: 0,
      receivable: 'PINJAMAN_KONSUMTIF',
      earlyPayoffJasa: 'SELURUH_SISA',
      earlyPayoffPenaltyMonths: 1
    } as LoanProduct
    const api = await mount(
      'produk',
      {},
      { 'loans.products': () => [product], 'loans.setProduct': (i) => ({ ...product, ...i }) as LoanProduct }
    )
    const table = await screen.findByRole('table', { name: 'Produk pinjaman yang berlaku' })
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Seluruh sisa jasa terjadwal + penalti 1 bln')
    fireEvent.click(within(table).getAllByRole('row')[1]!.querySelector('td')!)
    expect((screen.getByLabelText(/^Jasa pelunasan dipercepat/) as HTMLSelectElement).value).toBe('SELURUH_SISA')
    fireEvent.change(screen.getByLabelText(/^Jasa pelunasan dipercepat/), { target: { value: 'TANPA_JASA' } })
    fireEvent.change(screen.getByLabelText(/^Penalti pelunasan dipercepat/), { target: { value: '3' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan produk' }))
    })
    expect(api.inputsOf('loans.setProduct')[0]).toMatchObject({
      code: 'UMUM',
      earlyPayoffJasa: 'TANPA_JASA',
      earlyPayoffPenaltyMonths: 3
    })
  })
})

describe('Pinjaman: portofolio & PPAP', () => {
  const byClass = {
    LANCAR: { count: 3, bakiDebet: 30_000_000, ppapwd: 150_000 },
    KURANG_LANCAR: { count: 1, bakiDebet: 4_200_000, ppapwd: 420_000 },
    DIRAGUKAN: { count: 0, bakiDebet: 0, ppapwd: 0 },
    MACET: { count: 0, bakiDebet: 0, ppapwd: 0 }
  }
  const pf: LoanPortfolio = {
    asOf: '2026-06-30',
    byProduct: [
      {
        productCode: 'UMUM',
        name: 'Pinjaman Umum',
        count: 4,
        outstanding: 34_200_000,
        byClass: { LANCAR: 30_000_000, KURANG_LANCAR: 4_200_000, DIRAGUKAN: 0, MACET: 0 }
      }
    ],
    provision: {
      byClass,
      total: { count: 4, bakiDebet: 34_200_000, ppapwd: 570_000 },
      nplPercent: '12.28',
      riskWeighted: 2_100_000
    },
    formed: 150_000,
    difference: 420_000
  }

  it('shows NPL with a comma, PPAP formed vs required, and provisions after confirming', async () => {
    const api = await mount(
      'portofolio',
      {},
      {
        'loans.portfolio': ({ asOf }) => ({ ...pf, asOf }),
        'loans.provision': ({ date }) => ({
          ...pf,
          asOf: date,
          formed: 570_000,
          difference: 0,
          entry: { id: 9, number: 'JU-2026-000009' }
        })
      }
    )
    expect((await screen.findByTestId('npl')).textContent).toBe('12,28 %')
    expect(screen.getByTestId('ppap-required').textContent).toBe('Rp570.000')
    expect(screen.getByTestId('ppap-formed').textContent).toBe('Rp150.000')
    expect(screen.getByTestId('ppap-difference').textContent).toBe('PPAP perlu ditambah Rp420.000')
    const prod = screen.getByRole('table', { name: 'Menurut produk' })
    expect(within(prod).getAllByRole('row')[1]!.textContent).toContain('Pinjaman Umum')
    expect(
      within(screen.getByTestId('portfolio-class-total'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['4', '34.200.000', '570.000'])
    expect(screen.getByTestId('kol-chart').getAttribute('aria-label')).toContain('Kurang lancar Rp4.200.000')
    fireEvent.click(screen.getByRole('button', { name: 'Bentuk/Sesuaikan PPAP' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog.textContent).toContain('menambah PPAP sebesar Rp420.000')
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Buat jurnal' }))
    })
    expect(api.inputsOf('loans.provision')[0]).toEqual({ date: api.inputsOf('loans.portfolio')[0]!.asOf })
    expect(screen.getByText('PPAP disesuaikan; jurnal JU-2026-000009.')).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('no provision button for a read-only role', async () => {
    await mount(
      'portofolio',
      {},
      { 'loans.portfolio': () => pf },
      { id: 3, username: 'pengawas', fullName: 'Bu Pengawas', role: 'pengawas', isActive: true }
    )
    await screen.findByTestId('npl')
    expect(screen.queryByRole('button', { name: 'Bentuk/Sesuaikan PPAP' })).toBeNull()
  })
})

const schedule = loanSchedule({
  principal: 12_000_000,
  ratePerMonth: '1.5',
  tenorMonths: 12,
  method: 'flat'
}).installments
const loan: Loan = {
  id: 7,
  loanNo: 'PJ-2026-0001',
  member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah' },
  productCode: 'UMUM',
  method: 'flat',
  ratePerMonth: '1.5',
  tenor: 12,
  principal: 12_000_000,
  provisi: 120_000,
  adminFee: 50_000,
  status: 'CAIR',
  writtenOffAt: null,
  writtenOffAmount: 0,
  recovered: 0,
  purpose: null,
  agunanPengurang: 0,
  feeDeducted: true,
  dendaMode: 'PER_HARI',
  dendaValue: '0.1',
  graceDays: 3,
  earlyPayoffJasa: 'BULAN_BERJALAN',
  earlyPayoffPenaltyMonths: 0,
  appliedAt: '2026-02-01',
  decidedAt: '2026-02-02',
  decidedBy: 'ketua',
  decisionNote: null,
  disbursedAt: '2026-02-05',
  disbursementEntry: 'KK-2026-000001',
  closedAt: null,
  schedule: schedule.map((i) => ({ ...i, dueDate: '2026-03-05' })),
  payments: [
    {
      id: 1,
      date: '2026-03-05',
      amount: 1_180_000,
      denda: 0,
      jasa: 180_000,
      pokok: 1_000_000,
      entryNumber: 'KM-2026-000002'
    }
  ],
  dues: {
    asOf: '2026-04-15',
    outstandingPokok: 11_000_000,
    overdueJasa: 180_000,
    overduePokok: 1_000_000,
    denda: 8_260,
    currentJasa: 0,
    currentPokok: 0,
    payoff: 11_368_260,
    payoffJasa: 180_000,
    payoffPenalty: 0,
    daysPastDue: 41
  }
}

describe('Pinjaman: hapus buku, pemulihan, perjanjian, rekening', () => {
  it("a refused write-off shows the book's message; the reason is required", async () => {
    const message = 'Hanya pinjaman macet yang dapat dihapus buku (kolektibilitas sekarang: Lancar)'
    const api = await mount(
      'detail',
      { id: '7' },
      {
        'loans.get': () => loan,
        'loans.writeOffPreview': (i) => ({
          loanId: 7,
          loanNo: loan.loanNo,
          member: loan.member,
          date: i.date,
          outstandingPokok: 11_000_000,
          overdueJasa: 180_000,
          denda: 5_000,
          daysPastDue: 300,
          kolektibilitas: 'MACET',
          lines: [
            { code: '1-1490', name: 'PPAP', debit: 11_000_000, credit: 0 },
            { code: '1-1401', name: 'Piutang Pinjaman Anggota', debit: 0, credit: 11_000_000 }
          ],
          ppapBefore: 11_000_000,
          ppapAfter: 0,
          problems: []
        }),
        'loans.writeOff': () => refuse({ code: 'CONFLICT', message })
      }
    )
    const form = await screen.findByRole('form', { name: 'Hapus buku' })
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Hapus buku' }))
    })
    expect(api.inputsOf('loans.writeOff')).toHaveLength(0)
    expect(
      within(form)
        .getByLabelText(/^Alasan hapus buku/)
        .closest('.field')!.textContent
    ).toContain('Isi alasan hapus buku.')
    fireEvent.change(within(form).getByLabelText(/^Alasan hapus buku/), {
      target: { value: 'Anggota pindah, tidak dapat ditagih' }
    })
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Hapus buku' }))
    })
    // First what it will do: the principal, the journal and the PPAP; nothing is posted yet.
    expect((await screen.findByTestId('writeoff-pokok')).textContent).toBe('Rp11.000.000')
    expect(screen.getByTestId('writeoff-ppap').textContent).toBe(
      'PPAP yang sudah dibentuk: Rp11.000.000 → sesudah hapus buku Rp0.'
    )
    expect(api.inputsOf('loans.writeOff')).toHaveLength(0)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ya, hapus buku' }))
    })
    expect(api.inputsOf('loans.writeOff')[0]).toMatchObject({
      loanId: 7,
      reason: 'Anggota pindah, tidak dapat ditagih'
    })
    expect(within(form).getByRole('alert').textContent).toBe(message)
    expect(screen.getByRole('link', { name: 'Semua pinjaman anggota ini' }).getAttribute('href')).toBe(
      '#/pinjaman/rekening?member=3'
    )
  })

  it('a written-off loan offers Terima pemulihan and no payment form', async () => {
    const off: Loan = {
      ...loan,
      status: 'HAPUS_BUKU',
      writtenOffAt: '2026-12-31',
      writtenOffAmount: 11_000_000,
      recovered: 0,
      dues: null
    }
    const api = await mount(
      'detail',
      { id: '7' },
      { 'loans.get': () => off, 'loans.recover': (i) => ({ ...off, recovered: i.amount }) }
    )
    const form = await screen.findByRole('form', { name: 'Terima pemulihan' })
    expect(screen.queryByRole('form', { name: 'Bayar angsuran' })).toBeNull()
    expect(screen.getByTestId('loan-written-off').textContent).toBe('Rp11.000.000 pada 31 Desember 2026')
    fireEvent.change(within(form).getByLabelText(/^Jumlah diterima/), { target: { value: '500.000' } })
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Simpan penerimaan' }))
    })
    expect(api.inputsOf('loans.recover')[0]).toMatchObject({ loanId: 7, amount: 500_000, cashAccount: '1-1101' })
    expect(screen.getByText('Penerimaan pemulihan tersimpan.')).toBeTruthy()
  })

  it('agunan pengurang is saved through loans.setCollateral', async () => {
    const api = await mount('detail', { id: '7' }, { 'loans.get': () => loan, 'loans.setCollateral': () => loan })
    const form = await screen.findByRole('form', { name: 'Agunan pengurang' })
    fireEvent.change(within(form).getByLabelText(/^Nilai agunan pengurang/), { target: { value: '2.500.000' } })
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Simpan agunan' }))
    })
    expect(api.inputsOf('loans.setCollateral')[0]).toEqual({
      loanId: 7,
      agunanPengurang: 2_500_000,
      effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
    })
  })

  it('the agreement summary shows identity, effective rate, fees, rules, terbilang and signatures', async () => {
    const product = {
      code: 'UMUM',
      effectiveFrom: '2026-01-01',
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 20_000_000,
      provisiPercent: '1',
      adminFee: 50_000,
      feeDeducted: true,
      dendaMode: 'PER_HARI',
      dendaValue: '0.1',
      graceDays: 3,
      roundUpTo: 0,
      receivable: 'PINJAMAN_KONSUMTIF'
    } as LoanProduct
    const api = await mount(
      'perjanjian',
      { id: '7' },
      {
        'loans.get': () => loan,
        'members.get': () =>
          ({
            id: 3,
            memberNo: 'A-0003',
            name: 'Siti Aminah',
            nik: '3273054508900001',
            street: null,
            rt: '001',
            rw: '002',
            dusun: 'Krajan',
            village: 'Sukamaju'
          }) as never,
        'loans.products': () => [product],
        'loans.schedulePreview': (input) => {
          const s = loanSchedule(input)
          return { ...s, effectiveRatePerMonth: effectiveMonthlyRate(input.principal, s.installments) }
        }
      }
    )
    const a = await screen.findByTestId('agreement')
    await waitFor(() => expect(screen.getByTestId('agreement-effective').textContent).toMatch(/^2,\d{3} % per bulan/))
    expect(api.inputsOf('loans.products')[0]).toEqual({ asOf: '2026-02-05' })
    expect(api.inputsOf('loans.schedulePreview')[0]).toEqual({
      principal: 12_000_000,
      ratePerMonth: '1.5',
      tenorMonths: 12,
      method: 'flat',
      roundUpTo: 0
    })
    expect(a.textContent).toContain('3273054508900001')
    expect(a.textContent).toContain('RT 001/RW 002, Krajan, Sukamaju')
    expect(screen.getByTestId('agreement-words').textContent).toBe('Dua belas juta rupiah')
    expect(screen.getByTestId('agreement-net').textContent).toContain('Rp11.830.000')
    expect(screen.getByTestId('agreement-denda').textContent).toBe(
      '0,1 % per hari dari angsuran yang terlambat, setelah masa tenggang 3 hari'
    )
    expect(screen.getByTestId('agreement-early').textContent).toBe('Sisa pokok ditambah jasa bulan berjalan')
    expect(screen.getByTestId('schedule-total').textContent).toContain('14.160.000')
    for (const who of ['Peminjam', 'Ketua/Pengurus', 'Bendahara']) expect(within(a).getByText(who)).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Ringkasan Perjanjian Pinjaman' })).toBeTruthy()
  })

  it("agreement terms: the loan's own copy first, else the product; missing early-payoff fields read as defaults", () => {
    const bare = { ...loan } as Partial<Loan>
    for (const k of [
      'feeDeducted',
      'dendaMode',
      'dendaValue',
      'graceDays',
      'earlyPayoffJasa',
      'earlyPayoffPenaltyMonths'
    ] as const)
      delete bare[k]
    const product = {
      code: 'UMUM',
      dendaMode: 'TETAP',
      dendaValue: '5000',
      graceDays: 5,
      feeDeducted: false,
      earlyPayoffJasa: 'SELURUH_SISA',
      earlyPayoffPenaltyMonths: 2
    } as LoanProduct
    expect(productRules(termsOf(bare as Loan, product) as never)).toEqual({
      denda: 'Rp5.000 per angsuran yang terlambat, setelah masa tenggang 5 hari',
      early: 'Sisa pokok ditambah seluruh sisa jasa terjadwal, ditambah penalti 2 kali jasa bulan berjalan'
    })
    const old = { ...product } as Partial<LoanProduct>
    delete old.earlyPayoffJasa
    delete old.earlyPayoffPenaltyMonths
    expect(productRules(termsOf(bare as Loan, old as LoanProduct) as never).early).toBe(
      'Sisa pokok ditambah jasa bulan berjalan'
    )
    expect(termsOf(bare as Loan, null)).toBeNull()
    expect(termsOf(loan, product)).toMatchObject({
      dendaMode: 'PER_HARI',
      earlyPayoffJasa: 'BULAN_BERJALAN',
      feeDeducted: true
    })
  })

  it('the member statement lists every loan with its payments and dues', async () => {
    const second: Loan = {
      ...loan,
      id: 8,
      loanNo: 'PJ-2026-0009',
      status: 'LUNAS',
      closedAt: '2026-05-01',
      dues: null,
      payments: []
    }
    const api = await mount(
      'rekening',
      { member: '3' },
      {
        'loans.list': () => [loan, second],
        'members.get': () => ({ id: 3, memberNo: 'A-0003', name: 'Siti Aminah' }) as never
      }
    )
    const s = await screen.findByTestId('statement')
    expect(api.inputsOf('loans.list')[0]).toMatchObject({ memberId: 3 })
    expect(within(s).getByRole('heading', { name: 'Rekening Pinjaman Anggota' })).toBeTruthy()
    const first = screen.getByTestId('statement-loan-7')
    const pay = within(first).getByRole('table')
    expect(
      within(within(pay).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['05/03/2026', 'KM-2026-000002', '-', '180.000', '1.000.000', '1.180.000'])
    expect(first.textContent).toContain('Rp11.368.260')
    expect(screen.getByTestId('statement-loan-8').textContent).toContain('Belum ada pembayaran.')
  })
})
