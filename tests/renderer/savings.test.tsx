import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Member } from '../../shared/commands/members'
import type { SavingsReceipt } from '../../shared/commands/savings'
import { ApiProvider } from '../../renderer/src/api/context'
import { SavingsScreen } from '../../renderer/src/screens/savings/SavingsScreen'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

const member = { id: 3, serial: 3, memberNo: 'A-0003', name: 'Siti Aminah', status: 'AKTIF' } as Member

const receipt: SavingsReceipt = {
  transaction: {
    id: 9,
    memberId: 3,
    type: 'SUKARELA',
    kind: 'SETOR',
    date: '2026-01-06',
    amount: 100_000,
    entryId: 4,
    entryNumber: 'KM-2026-000004',
    note: null
  },
  entry: { id: 4, number: 'KM-2026-000004' },
  member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah' },
  balanceAfter: 100_000,
  amountInWords: 'seratus ribu rupiah'
}

function setup(extra: Handlers) {
  const tieOk = true
  const api = fakeApi({
    'members.list': () => ({ items: [member], page: 1, pageSize: 50, total: 1 }),
    'savings.tieOut': () => ({
      asOf: '2026-01-06',
      ok: tieOk,
      rows: [
        { type: 'POKOK', account: '3-1101', ledger: 0, members: 0, difference: 0 },
        { type: 'WAJIB', account: '3-1102', ledger: 0, members: 0, difference: 0 },
        { type: 'SUKARELA', account: '2-1101', ledger: tieOk ? 0 : 5000, members: 0, difference: tieOk ? 0 : 5000 }
      ]
    }),
    ...extra
  })
  const view = render(
    <ApiProvider invoke={api.invoke}>
      <SavingsScreen sub="transaksi" query={{}} />
    </ApiProvider>
  )
  return { api, view }
}

async function fill(amount: string, direction: 'Setor' | 'Tarik' = 'Setor') {
  await screen.findByRole('option', { name: 'A-0003 · Siti Aminah' })
  fireEvent.change(screen.getByLabelText(/^Anggota/), { target: { value: '3' } })
  fireEvent.change(screen.getByLabelText(/^Jenis simpanan/), { target: { value: 'SUKARELA' } })
  fireEvent.click(screen.getByLabelText(direction))
  fireEvent.change(screen.getByLabelText(/^Jumlah/), { target: { value: amount } })
}

describe('Simpanan: setor / tarik', () => {
  it('posts a deposit and shows the kwitansi with nomor jurnal, amount and terbilang; the tie-out is re-read', async () => {
    const { api } = setup({ 'savings.deposit': () => receipt })
    expect((await screen.findByTestId('tie-out-SUKARELA')).textContent).toContain('Cocok ✓')
    await fill('100.000')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan setoran' }))
    })
    expect(api.inputsOf('savings.deposit')[0]).toMatchObject({ memberId: 3, type: 'SUKARELA', amount: 100_000 })
    const r = await screen.findByTestId('receipt')
    expect(r.textContent).toContain('Kwitansi setoran simpanan')
    expect(screen.getByTestId('receipt-entry').textContent).toBe('KM-2026-000004')
    expect(screen.getByTestId('receipt-amount').textContent).toBe('Rp100.000')
    expect(screen.getByTestId('receipt-words').textContent).toBe('Seratus ribu rupiah')
    expect(r.textContent).toContain('A-0003 · Siti Aminah')
    expect(screen.getByRole('button', { name: 'Cetak kwitansi' })).toBeTruthy()
    await waitFor(() => expect(api.inputsOf('savings.tieOut').length).toBe(2))
  })

  it('shows a refused withdrawal next to the amount and keeps the form', async () => {
    const message =
      'Jumlah: saldo simpanan sukarela Siti Aminah pada tanggal itu Rp100.000; penarikan Rp150.000 akan membuat saldo minus'
    const { api } = setup({ 'savings.withdraw': () => refuse({ code: 'CONFLICT', message, field: 'amount' }) })
    await fill('150.000', 'Tarik')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan penarikan' }))
    })
    expect(api.inputsOf('savings.withdraw')).toHaveLength(1)
    const amount = screen.getByLabelText(/^Jumlah/)
    expect(amount.closest('.field')!.textContent).toContain(message)
    expect(screen.queryByTestId('receipt')).toBeNull()
  })

  it('marks a tie-out difference in red', async () => {
    const api = fakeApi({
      'members.list': () => ({ items: [], page: 1, pageSize: 50, total: 0 }),
      'savings.tieOut': () => ({
        asOf: '2026-01-06',
        ok: false,
        rows: [{ type: 'SUKARELA', account: '2-1101', ledger: 5000, members: 0, difference: 5000 }]
      })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <SavingsScreen sub="transaksi" query={{}} />
      </ApiProvider>
    )
    const row = await screen.findByTestId('tie-out-SUKARELA')
    expect(row.textContent).toContain('Tidak cocok ✗')
    expect(row.className).toContain('is-bad')
    expect(screen.getByTestId('tie-out').className).toContain('tieout--bad')
  })
})

describe('Simpanan: pengaturan', () => {
  it('sends the settings as numbers from the date on, and shows a refusal next to its field', async () => {
    const current = {
      effectiveFrom: '2026-01-01',
      pokokAmount: 50_000,
      pokokInstallments: 1,
      wajibAmount: 20_000,
      sukarelaRate: '3',
      sukarelaMethod: 'SALDO_TERENDAH' as const,
      taxThreshold: 240_000,
      taxRate: '10',
      decisionRef: null
    }
    let calls = 0
    const api = fakeApi({
      'savings.tieOut': () => ({ asOf: '2026-01-06', ok: true, rows: [] }),
      'savings.settings': () => ({ current, history: [current], wajibDueDay: null }),
      'savings.setSettings': (i) => {
        calls++
        if (calls === 1) refuse({ code: 'INVALID_INPUT', message: 'Jasa: persen per tahun', field: 'sukarelaRate' })
        return { ...current, ...i } as typeof current
      }
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <SavingsScreen sub="pengaturan" query={{}} />
      </ApiProvider>
    )
    await waitFor(() =>
      expect((screen.getByLabelText(/^Simpanan wajib per bulan/) as HTMLInputElement).value).toBe('20.000')
    )
    fireEvent.change(screen.getByLabelText(/^Berlaku mulai/), { target: { value: '01/07/2026' } })
    fireEvent.change(screen.getByLabelText(/^Simpanan wajib per bulan/), { target: { value: '25.000' } })
    fireEvent.change(screen.getByLabelText(/^Jasa simpanan sukarela/), { target: { value: '2,5' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    })
    expect(api.inputsOf('savings.setSettings')[0]).toMatchObject({
      effectiveFrom: '2026-07-01',
      pokokAmount: 50_000,
      wajibAmount: 25_000,
      sukarelaRate: '2.5'
    })
    expect(screen.getByLabelText(/^Jasa simpanan sukarela/).closest('.field')!.textContent).toContain(
      'Jasa: persen per tahun'
    )
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    })
    expect(screen.getByText('Pengaturan simpanan tersimpan.')).toBeTruthy()
  })
})
