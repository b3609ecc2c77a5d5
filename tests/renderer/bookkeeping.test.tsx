import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Account } from '../../shared/ledger/types'
import type { CashVoucher, OpeningStatus } from '../../shared/commands/bookkeeping'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookkeepingScreen } from '../../renderer/src/screens/bookkeeping/BookkeepingScreen'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

function mount(sub: string, handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <BookkeepingScreen sub={sub} query={{}} />
    </ApiProvider>
  )
  return api
}

const acc = (code: string, name: string): Account => ({
  id: 1,
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

const STATUS: OpeningStatus = {
  date: '2026-01-01',
  posted: null,
  controlTotals: { debit: 0, credit: 500_000 },
  accounts: [
    {
      code: '1-1101',
      name: 'Kas Kantor',
      type: 'ASET',
      normalBalance: 'D',
      control: null,
      existingDebit: 500_000,
      existingCredit: 0
    },
    {
      code: '2-1101',
      name: 'Simpanan Sukarela',
      type: 'LIABILITAS',
      normalBalance: 'K',
      control: 'SIMPANAN_SUKARELA',
      existingDebit: 0,
      existingCredit: 500_000
    },
    {
      code: '3-2101',
      name: 'Modal Penyertaan',
      type: 'EKUITAS',
      normalBalance: 'K',
      control: null,
      existingDebit: 0,
      existingCredit: 0
    }
  ]
}

describe('Kas & Aset: saldo awal', () => {
  it('shows live totals with the control balances, cannot post while unbalanced, posts the entered sheet', async () => {
    const api = mount('saldo-awal', {
      'opening.status': () => STATUS,
      'opening.post': (input) => ({
        entry: { id: 9, number: 'JU-2026-000001' },
        date: input.date,
        totalDebit: 2_000_000,
        totalCredit: 2_000_000
      })
    })
    await screen.findByLabelText('Debit 1-1101')
    await waitFor(() => expect((screen.getByLabelText('Debit 1-1101') as HTMLInputElement).value).toBe('500.000'))
    expect(screen.getByTestId('opening-credit').textContent).toBe('Rp500.000')
    fireEvent.change(screen.getByLabelText('Debit 1-1101'), { target: { value: '2.000.000' } })
    expect(screen.getByTestId('opening-debit').textContent).toBe('Rp2.000.000')
    expect(screen.getByTestId('opening-difference').textContent).toBe('Rp1.500.000')
    const post = screen.getByRole('button', { name: 'Posting saldo awal' })
    expect((post as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText(/Belum seimbang: selisih Rp1\.500\.000/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Kredit 3-2101'), { target: { value: '1.500.000' } })
    expect(screen.getByTestId('opening-difference').textContent).toBe('Seimbang')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting saldo awal' }))
    })
    expect(api.inputsOf('opening.post')[0]).toEqual({
      date: '2026-01-01',
      lines: [
        { account: '1-1101', debit: 2_000_000, credit: 0 },
        { account: '3-2101', debit: 0, credit: 1_500_000 }
      ]
    })
    expect(await screen.findByText('Saldo awal diposting: jurnal JU-2026-000001.')).toBeTruthy()
  })
})

const VOUCHER: CashVoucher = {
  entryId: 5,
  number: 'KK-2026-000001',
  kind: 'KELUAR',
  date: '2026-02-10',
  cashAccount: { code: '1-1101', name: 'Kas Kantor' },
  partyName: 'PLN',
  description: 'Listrik Februari',
  reference: null,
  lines: [{ accountCode: '5-3201', accountName: 'Beban Listrik', unitCode: null, memo: null, amount: 1_249_275 }],
  total: 1_249_275,
  amountInWords: 'satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah',
  cooperativeName: 'Koperasi Sukamaju',
  createdBy: 'bendahara',
  reversedBy: null
}

describe('Kas & Aset: buku kas', () => {
  it('lists the movements with opening and closing, and prints a voucher with terbilang and four signatures', async () => {
    mount('buku', {
      'accounts.list': () => [acc('1-1101', 'Kas Kantor'), acc('1-1201', 'Bank')],
      'cash.book': (i) => ({
        account: { code: i.account ?? '1-1101', name: 'Kas Kantor' },
        from: i.from,
        to: i.to,
        opening: 10_000_000,
        totalIn: 0,
        totalOut: 1_249_275,
        closing: 8_750_725,
        rows: [
          {
            entryId: 5,
            date: '2026-02-10',
            number: 'KK-2026-000001',
            description: 'Listrik Februari',
            source: 'BUKTI_KAS',
            in: 0,
            out: 1_249_275,
            balance: 8_750_725,
            hasVoucher: true
          }
        ]
      }),
      'cash.voucher': () => VOUCHER
    })
    expect((await screen.findByTestId('cash-opening')).textContent).toBe('10.000.000')
    expect(screen.getByTestId('cash-closing').textContent).toBe('8.750.725')
    fireEvent.click(screen.getByRole('button', { name: 'Cetak bukti KK-2026-000001' }))
    expect((await screen.findByTestId('voucher-words')).textContent).toBe(
      'Satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah'
    )
    expect(screen.getByTestId('voucher-total').textContent).toBe('Rp1.249.275')
    for (const s of ['Dibuat', 'Diperiksa', 'Disetujui', 'Penerima'])
      expect(screen.getByText(new RegExp(`^${s}`))).toBeTruthy()
  })
})

describe('Kas & Aset: penyusutan', () => {
  it('shows the refusal of a second run for the month', async () => {
    mount('aset', {
      'assets.list': (i) => ({
        asOf: i?.asOf ?? '2026-02-28',
        assets: [],
        totals: { cost: 0, accumulated: 0, bookValue: 0 },
        byGroup: []
      }),
      'assets.depreciationPreview': (i) => ({
        month: i.month,
        date: '2026-02-28',
        total: 333_333,
        lines: [],
        entry: { id: 3, number: 'JU-2026-000003' }
      }),
      'assets.depreciate': () =>
        refuse({
          code: 'CONFLICT',
          message:
            'Bulan: penyusutan Februari 2026 sudah diposting dengan jurnal JU-2026-000003; tidak dapat diposting dua kali',
          field: 'month'
        })
    })
    fireEvent.change(screen.getByLabelText(/^Bulan penyusutan/), { target: { value: '2026-02' } })
    await waitFor(() =>
      expect(screen.getByTestId('depreciation-preview').textContent).toContain(
        'Sudah diposting dengan jurnal JU-2026-000003'
      )
    )
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting penyusutan' }))
    })
    expect(
      screen.getByText(/sudah diposting dengan jurnal JU-2026-000003; tidak dapat diposting dua kali/)
    ).toBeTruthy()
  })
})

describe('Kas & Aset: jadwal dan pelepasan aset', () => {
  it('opens an asset schedule from the register and disposes of it', async () => {
    const asset = {
      id: 1,
      assetNo: 'AT-0001',
      name: 'Laptop',
      group: 'INVENTARIS' as const,
      acquiredAt: '2026-01-20',
      cost: 12_000_000,
      residual: 0,
      lifeMonths: 36,
      startMonth: '2026-02',
      openingAccumulated: 0,
      openingThrough: null,
      unitCode: null,
      location: null,
      acquisitionEntry: 'KK-2026-000001',
      status: 'AKTIF' as const,
      disposedAt: null,
      disposalProceeds: null,
      disposalEntry: null,
      accumulated: 333_333,
      bookValue: 11_666_667,
      monthlyDepreciation: 333_333
    }
    const api = mount('aset', {
      'accounts.list': () => [acc('1-1101', 'Kas Kantor')],
      'assets.list': () => ({
        asOf: '2026-02-28',
        assets: [asset],
        totals: { cost: 12_000_000, accumulated: 333_333, bookValue: 11_666_667 },
        byGroup: []
      }),
      'assets.depreciationPreview': (i) => ({ month: i.month, date: '2026-02-28', total: 0, lines: [], entry: null }),
      'assets.schedule': () => ({
        asset,
        rows: [
          {
            month: '2026-02',
            amount: 333_333,
            accumulated: 333_333,
            bookValue: 11_666_667,
            entryNumber: 'JU-2026-000002'
          }
        ]
      }),
      'assets.dispose': () => ({
        ...asset,
        status: 'DIJUAL',
        disposal: { entry: { id: 7, number: 'KM-2026-000002' }, bookValue: 11_666_667, gain: 0, loss: 1_666_667 }
      })
    })
    fireEvent.click(await screen.findByText('Laptop'))
    expect(await screen.findByText('JU-2026-000002')).toBeTruthy()
    fireEvent.change(screen.getByLabelText(/^Hasil penjualan/), { target: { value: '10.000.000' } })
    fireEvent.change(screen.getByLabelText(/^Tanggal pelepasan/), { target: { value: '10/03/2026' } })
    fireEvent.blur(screen.getByLabelText(/^Tanggal pelepasan/))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lepas aset' }))
    })
    expect(api.inputsOf('assets.dispose')[0]).toMatchObject({
      assetId: 1,
      kind: 'JUAL',
      proceeds: 10_000_000,
      cashAccount: '1-1101'
    })
    expect(await screen.findByText('Aset dilepas: jurnal KM-2026-000002; laba Rp0, rugi Rp1.666.667.')).toBeTruthy()
  })
})
