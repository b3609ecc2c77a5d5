import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Loan } from '../../shared/commands/loans'
import { effectiveMonthlyRate, loanSchedule } from '../../shared/loans/schedule'
import { ApiProvider } from '../../renderer/src/api/context'
import { LoansScreen } from '../../renderer/src/screens/loans/LoansScreen'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

function mount(sub: string, query: Record<string, string>, handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <LoansScreen sub={sub} query={query} />
    </ApiProvider>
  )
  return api
}

const preview: Handlers['loans.schedulePreview'] = (input) => {
  const s = loanSchedule(input)
  return { ...s, effectiveRatePerMonth: effectiveMonthlyRate(input.principal, s.installments) }
}

async function simulate(method: 'flat' | 'anuitas') {
  fireEvent.change(screen.getByLabelText(/^Plafon/), { target: { value: '12.000.000' } })
  fireEvent.change(screen.getByLabelText(/^Jasa % per bulan/), { target: { value: '1,5' } })
  fireEvent.change(screen.getByLabelText(/^Jangka waktu/), { target: { value: '12' } })
  fireEvent.change(screen.getByLabelText(/^Metode/), { target: { value: method } })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Hitung jadwal' }))
  })
}

describe('Pinjaman: simulasi', () => {
  it('shows a flat schedule with totals and the effective rate with a decimal comma', async () => {
    const api = mount('simulasi', {}, { 'loans.schedulePreview': preview })
    await simulate('flat')
    expect(api.inputsOf('loans.schedulePreview')[0]).toEqual({
      principal: 12_000_000,
      ratePerMonth: '1.5',
      tenorMonths: 12,
      method: 'flat',
      roundUpTo: 0
    })
    const rate = await screen.findByTestId('effective-rate')
    expect(rate.textContent).toMatch(/^Jasa efektif ≈ 2,\d{3} % per bulan$/)
    const first = screen.getByTestId('schedule-row-1')
    expect(first.textContent).toContain('1.000.000')
    expect(first.textContent).toContain('180.000')
    expect(first.textContent).toContain('1.180.000')
    expect(screen.getByTestId('schedule-total').textContent).toContain('14.160.000')
    expect(screen.getAllByRole('row').length).toBe(12 + 2)
  })

  it('anuitas: first row pokok 920.160 and jasa 180.000; no effective-rate line', async () => {
    mount('simulasi', {}, { 'loans.schedulePreview': preview })
    await simulate('anuitas')
    const first = await screen.findByTestId('schedule-row-1')
    const cells = within(first)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells).toEqual(['1', '920.160', '180.000', '1.100.160', '11.079.840'])
    expect(screen.queryByTestId('effective-rate')).toBeNull()
  })

  it('checks the form before asking the book', async () => {
    const api = mount('simulasi', {}, { 'loans.schedulePreview': preview })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hitung jadwal' }))
    })
    expect(api.inputsOf('loans.schedulePreview')).toHaveLength(0)
    expect(screen.getByLabelText(/^Plafon/).closest('.field')!.textContent).toContain('Isi plafon')
  })
})

const dues = {
  asOf: '2026-04-15',
  outstandingPokok: 11_000_000,
  overdueJasa: 180_000,
  overduePokok: 1_000_000,
  denda: 8_260,
  currentJasa: 180_000,
  currentPokok: 1_000_000,
  payoff: 11_368_260,
  payoffJasa: 0,
  payoffPenalty: 0,
  daysPastDue: 10
}
const loan = {
  id: 7,
  loanNo: 'PJ-2026-0001',
  member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah' },
  productCode: 'UMUM',
  method: 'flat',
  ratePerMonth: '1.5',
  tenor: 12,
  principal: 12_000_000,
  provisi: 120_000,
  adminFee: 0,
  status: 'CAIR',
  purpose: 'Modal warung',
  appliedAt: '2026-02-01',
  decidedAt: '2026-02-02',
  decidedBy: 'ketua',
  decisionNote: null,
  disbursedAt: '2026-02-05',
  disbursementEntry: 'KK-2026-000001',
  closedAt: null,
  schedule: loanSchedule({
    principal: 12_000_000,
    ratePerMonth: '1.5',
    tenorMonths: 12,
    method: 'flat'
  }).installments.map((i) => ({
    ...i,
    dueDate: `2026-${String(i.no + 2).padStart(2, '0')}-05`.replace('2026-13', '2027-01').replace('2026-14', '2027-02')
  })),
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
  dues
} as Loan

describe('Pinjaman: bayar angsuran', () => {
  it('shows the dues, defaults the amount, fills the payoff, shows a refusal under the amount', async () => {
    const message = 'Jumlah: pembayaran melebihi pelunasan Rp11.368.260'
    const api = mount(
      'detail',
      { id: '7' },
      {
        'loans.get': () => loan,
        'loans.pay': () => refuse({ code: 'CONFLICT', message, field: 'amount' })
      }
    )
    expect((await screen.findByTestId('dues-denda')).textContent).toBe('Rp8.260')
    expect(screen.getByTestId('dues-payoff').textContent).toBe('Rp11.368.260')
    const amount = screen.getByLabelText(/^Jumlah bayar/) as HTMLInputElement
    await waitFor(() => expect(amount.value).toBe('1.188.260'))
    fireEvent.click(screen.getByRole('button', { name: 'Lunasi' }))
    expect(amount.value).toBe('11.368.260')
    fireEvent.change(amount, { target: { value: '12.000.000' } })
    fireEvent.change(screen.getByLabelText(/^Tanggal bayar/), { target: { value: '15/04/2026' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pembayaran' }))
    })
    expect(api.inputsOf('loans.pay')[0]).toMatchObject({ loanId: 7, amount: 12_000_000, cashAccount: '1-1101' })
    expect(amount.closest('.field')!.textContent).toContain(message)
    expect(screen.queryByTestId('receipt')).toBeNull()
    // Kartu angsuran is on the page with the schedule and the payment.
    expect(screen.getByRole('region', { name: 'Kartu angsuran' }).textContent).toContain('KM-2026-000002')
  })

  it('after a payment shows the kwitansi with the allocation and terbilang', async () => {
    const paid = {
      ...loan,
      payments: [
        ...loan.payments,
        {
          id: 2,
          date: '2026-04-15',
          amount: 1_188_260,
          denda: 8_260,
          jasa: 180_000,
          pokok: 1_000_000,
          entryNumber: 'KM-2026-000003'
        }
      ],
      dues: { ...dues, outstandingPokok: 10_000_000, overdueJasa: 0, overduePokok: 0, denda: 0, payoff: 10_180_000 },
      payment: {
        amount: 1_188_260,
        denda: 8_260,
        jasa: 180_000,
        pokok: 1_000_000,
        entryNumber: 'KM-2026-000003',
        amountInWords: 'satu juta seratus delapan puluh delapan ribu dua ratus enam puluh rupiah'
      }
    }
    const api = mount('detail', { id: '7' }, { 'loans.get': () => loan, 'loans.pay': () => paid })
    const amount = (await screen.findByLabelText(/^Jumlah bayar/)) as HTMLInputElement
    await waitFor(() => expect(amount.value).toBe('1.188.260'))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pembayaran' }))
    })
    expect(api.inputsOf('loans.pay')[0]).toMatchObject({ loanId: 7, amount: 1_188_260 })
    const r = await screen.findByTestId('receipt')
    expect(r.textContent).toContain('Kwitansi pembayaran angsuran pinjaman')
    expect(screen.getByTestId('receipt-amount').textContent).toBe('Rp1.188.260')
    expect(screen.getByTestId('receipt-words').textContent).toBe(
      'Satu juta seratus delapan puluh delapan ribu dua ratus enam puluh rupiah'
    )
    expect(screen.getByTestId('receipt-denda').textContent).toBe('Rp8.260')
    expect(screen.getByTestId('receipt-jasa').textContent).toBe('Rp180.000')
    expect(screen.getByTestId('receipt-pokok').textContent).toBe('Rp1.000.000')
    expect(screen.getByTestId('receipt-outstanding').textContent).toBe('Rp10.000.000')
    expect(screen.getByRole('button', { name: 'Cetak kwitansi' })).toBeTruthy()
  })
})
