import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TradeDoc, TradeItem } from '../../shared/commands/trading'
import { ApiProvider } from '../../renderer/src/api/context'
import { TradingScreen } from '../../renderer/src/screens/trading/TradingScreen'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

const beras: TradeItem = {
  id: 1,
  unit: 'SEMBAKO',
  code: 'BRS',
  name: 'Beras medium',
  uom: 'kg',
  sellPrice: 14_000,
  inventoryAccount: '1-1601',
  revenueMemberAccount: '4-2101',
  revenueNonMemberAccount: '4-2102',
  hppAccount: '5-1101',
  active: true,
  stock: { qty: '12.5', value: 150_000, avgCost: 12_000 }
}
const units = [
  { id: 2, code: 'SEMBAKO', name: 'Gerai Sembako', description: null, isActive: true, sortOrder: 1 }
] as never
const doc: TradeDoc = {
  id: 9,
  docNo: 'JL-2026-00001',
  type: 'JUAL',
  date: '2026-02-03',
  unit: 'SEMBAKO',
  supplier: null,
  member: null,
  payment: 'TUNAI',
  cashAccount: '1-1110',
  amount: 21_000,
  hpp: 18_000,
  memberAmount: 0,
  nonMemberAmount: 21_000,
  originalDocNo: null,
  entryNumber: 'KM-2026-000001',
  reference: null,
  note: null,
  lines: [
    {
      itemId: 1,
      code: 'BRS',
      name: 'Beras medium',
      uom: 'kg',
      qty: '1.5',
      price: 14_000,
      amount: 21_000,
      cost: 18_000,
      counted: null,
      moveId: 1
    }
  ],
  amountInWords: 'dua puluh satu ribu rupiah',
  paid: 50_000,
  change: 29_000,
  recordedAt: '2026-02-03T07:05:00.000Z',
  cashier: 'Sari Kasir',
  hppCorrection: 0,
  opening: null,
  returned: []
}
const base: Handlers = {
  'units.list': () => units,
  'accounts.list': () => [
    {
      id: 1,
      code: '1-1110',
      name: 'Kas Gerai',
      type: 'ASET',
      normalBalance: 'D',
      parentCode: '1-11',
      isHeader: false,
      isActive: true,
      isUsed: false,
      control: null,
      depth: 2,
      allowOverdraft: false
    }
  ],
  'trading.items': () => [beras],
  'trading.docs': () => [],
  'trading.parties': () => ({ asOf: '2026-02-03', suppliers: [], members: [] })
}

function mount(sub: string, handlers: Handlers) {
  const api = fakeApi({ ...base, ...handlers })
  render(
    <ApiProvider invoke={api.invoke}>
      <TradingScreen sub={sub} query={{}} />
    </ApiProvider>
  )
  return api
}

describe('Unit usaha: penjualan', () => {
  it('adds an item by code with Enter, totals 1,5 kg × Rp14.000, posts and shows the receipt with HPP', async () => {
    const api = mount('penjualan', { 'trading.sell': () => doc })
    const search = await screen.findByLabelText('Cari barang (kode atau nama)')
    await waitFor(() => expect(api.inputsOf('trading.items').length).toBeGreaterThan(0))
    fireEvent.change(search, { target: { value: 'brs' } })
    await screen.findByText(/BRS · Beras medium — Rp14\.000/)
    fireEvent.keyDown(search, { key: 'Enter' })
    const qty = await screen.findByLabelText('Jumlah Beras medium')
    fireEvent.change(qty, { target: { value: '1,5' } })
    expect(screen.getByTestId('sale-total').textContent).toBe('Rp21.000')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting penjualan' }))
    })
    expect(api.inputsOf('trading.sell')[0]).toMatchObject({
      unit: 'SEMBAKO',
      memberId: null,
      payment: 'TUNAI',
      lines: [{ itemId: 1, qty: '1.5', price: 14_000 }]
    })
    expect((await screen.findByTestId('receipt-total')).textContent).toBe('Rp21.000')
    expect(screen.getByTestId('receipt-hpp').textContent).toContain('HPP: Rp18.000')
    expect(screen.getByTestId('sale-receipt').textContent).toContain('dua puluh satu ribu rupiah')
  })

  it('shows the refusal of the book (stock) in Indonesian', async () => {
    mount('penjualan', {
      'trading.sell': () =>
        refuse({
          code: 'INVALID_INPUT',
          message: 'Baris 1: stok Beras medium tidak cukup; tersedia 12,5 kg, diminta 20 kg',
          field: 'lines.0.qty'
        })
    })
    const search = await screen.findByLabelText('Cari barang (kode atau nama)')
    await screen.findByRole('button', { name: 'Posting penjualan' })
    await waitFor(() => {
      fireEvent.change(search, { target: { value: 'BRS' } })
      expect(screen.queryByText(/BRS · Beras medium —/)).not.toBeNull()
    })
    fireEvent.keyDown(search, { key: 'Enter' })
    fireEvent.change(await screen.findByLabelText('Jumlah Beras medium'), { target: { value: '20' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting penjualan' }))
    })
    expect(await screen.findByText(/stok Beras medium tidak cukup; tersedia 12,5 kg/)).toBeTruthy()
  })
})

describe('Unit usaha: barang & stok', () => {
  it('lists stock with a decimal comma and the value in rupiah', async () => {
    mount('barang', {})
    expect((await screen.findByTestId('stock-BRS')).textContent).toBe('12,5')
    expect(screen.getByTestId('value-BRS').textContent).toBe('Rp150.000')
    expect(screen.getByRole('link', { name: 'Penjualan harian' }).getAttribute('href')).toBe('#/unit-usaha/harian')
  })
})

describe('Unit usaha: retur', () => {
  // A member's bon sale of 3 kg of which 1 kg came back already: 2 kg may still be returned.
  const sale: TradeDoc = {
    ...doc,
    id: 11,
    docNo: 'JL-2026-00002',
    member: { id: 5, memberNo: 'A-0001', name: 'Siti Aminah' },
    payment: 'KREDIT',
    cashAccount: null,
    amount: 54_000,
    hpp: 30_000,
    memberAmount: 54_000,
    nonMemberAmount: 0,
    paid: null,
    change: null,
    lines: [
      {
        itemId: 1,
        code: 'BRS',
        name: 'Beras medium',
        uom: 'kg',
        qty: '3',
        price: 18_000,
        amount: 54_000,
        cost: 30_000,
        counted: null,
        moveId: 4
      }
    ],
    returned: [{ itemId: 1, qty: '1' }]
  }
  const note: TradeDoc = {
    ...doc,
    id: 12,
    docNo: 'RJ-2026-00002',
    type: 'RETUR_JUAL',
    member: sale.member,
    payment: 'KREDIT',
    cashAccount: null,
    amount: 27_000,
    hpp: 15_000,
    originalDocNo: 'JL-2026-00002',
    entryNumber: 'JU-2026-000009',
    paid: null,
    change: null,
    amountInWords: 'dua puluh tujuh ribu rupiah',
    lines: [
      {
        itemId: 1,
        code: 'BRS',
        name: 'Beras medium',
        uom: 'kg',
        qty: '1.5',
        price: 18_000,
        amount: 27_000,
        cost: 15_000,
        counted: null,
        moveId: 7
      }
    ]
  }

  it('finds the struk, allows at most what is left, keeps the bon refund and shows the nota retur', async () => {
    const api = mount('retur', {
      'trading.docs': (input) => ((input as { type?: string }).type === 'JUAL' ? [sale] : []),
      'trading.saleReturn': () => note,
      'trading.costCorrections': () => []
    })
    fireEvent.change(await screen.findByLabelText('No. struk penjualan'), { target: { value: '00002' } })
    fireEvent.click(await screen.findByRole('button', { name: /^JL-2026-00002/ }))
    expect(screen.getByTestId('return-original').textContent).toContain('A-0001 · Siti Aminah')
    expect(screen.getByTestId('return-left-BRS').textContent).toBe('2')
    expect((screen.getByLabelText('Pengembalian') as HTMLSelectElement).value).toBe('BON')
    fireEvent.change(screen.getByLabelText('Jumlah retur Beras medium'), { target: { value: '2,5' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting retur' }))
    })
    expect(screen.getByText('Paling banyak 2')).toBeTruthy()
    expect(api.inputsOf('trading.saleReturn')).toHaveLength(0)
    fireEvent.change(screen.getByLabelText('Jumlah retur Beras medium'), { target: { value: '1,5' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting retur' }))
    })
    expect(api.inputsOf('trading.saleReturn')[0]).toMatchObject({
      saleId: 11,
      payment: 'BON',
      lines: [{ itemId: 1, qty: '1.5' }]
    })
    expect((await screen.findByTestId('return-total')).textContent).toBe('Rp27.000')
    expect(screen.getByTestId('return-ref').textContent).toContain('JL-2026-00002')
    expect(screen.getByTestId('return-refund').textContent).toBe('Dikurangkan dari bon anggota')
  })
})
