import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { JournalEntry, TrialBalance } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { JournalDetail } from '../../renderer/src/screens/journal/JournalDetail'
import { TrialBalanceTable } from '../../renderer/src/screens/reports/TrialBalanceReport'
import { fakeApi, refuse } from './fakeApi'

afterEach(cleanup)

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  id: 1,
  number: 'JU-2026-000001',
  series: 'JU',
  date: '2026-01-02',
  description: 'Setoran simpanan pokok',
  reference: 'KW-001',
  source: 'MANUAL',
  total: 1_250_000,
  reversalOf: null,
  reversedBy: null,
  createdAt: '2026-01-02T02:00:00Z',
  createdBy: 'bendahara',
  lines: [
    {
      lineNo: 1,
      accountCode: '1-1101',
      accountName: 'Kas Kantor / Kas Besar',
      debit: 1_250_000,
      credit: 0,
      memberId: null,
      memberName: null,
      unitCode: 'USP',
      pihak: null,
      memo: null
    },
    {
      lineNo: 2,
      accountCode: '3-1101',
      accountName: 'Simpanan Pokok',
      debit: 0,
      credit: 1_250_000,
      memberId: null,
      memberName: null,
      unitCode: null,
      pihak: null,
      memo: null
    }
  ],
  ...over
})

describe('JournalDetail', () => {
  it('reverses an entry with a date and a reason, then marks it as reversed', async () => {
    let reversed = false
    const api = fakeApi({
      'journal.get': () => (reversed ? entry({ reversedBy: { id: 2, number: 'JU-2026-000002' } }) : entry()),
      'journal.reverse': () => {
        reversed = true
        return entry({
          id: 2,
          number: 'JU-2026-000002',
          reversalOf: { id: 1, number: 'JU-2026-000001' },
          source: 'REVERSAL'
        })
      }
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <JournalDetail id={1} onClose={() => {}} onOpen={() => {}} />
      </ApiProvider>
    )
    await act(async () => {})
    const dialog = screen.getByRole('dialog', { name: 'Jurnal JU-2026-000001' })
    expect(within(dialog).getByText('Kas Kantor / Kas Besar', { exact: false })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Balik jurnal…' }))
    const date = screen.getByLabelText('Tanggal pembalikan') as HTMLInputElement
    fireEvent.change(date, { target: { value: '05/01/2026' } })
    fireEvent.blur(date)
    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'abc' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Balik jurnal sekarang' }))
    })
    expect(screen.getByText('Alasan paling sedikit 5 karakter')).toBeTruthy()
    expect(api.inputsOf('journal.reverse')).toHaveLength(0)

    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'Salah akun, seharusnya Kas Kecil' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Balik jurnal sekarang' }))
    })
    expect(api.inputsOf('journal.reverse')).toEqual([
      { entryId: 1, date: '2026-01-05', reason: 'Salah akun, seharusnya Kas Kecil' }
    ])
    expect(screen.getByText('Jurnal pembalik JU-2026-000002 berhasil diposting.')).toBeTruthy()
    expect(screen.getByText('Jurnal ini sudah dibalik oleh')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Balik jurnal…' })).toBeNull()
  })

  it('shows a refused reversal (locked period) by the date field', async () => {
    const api = fakeApi({
      'journal.get': () => entry(),
      'journal.reverse': () =>
        refuse({ code: 'PERIOD_LOCKED', message: 'Periode Januari 2026 sudah ditutup (dikunci).', field: 'date' })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <JournalDetail id={1} onClose={() => {}} onOpen={() => {}} />
      </ApiProvider>
    )
    await act(async () => {})
    fireEvent.click(screen.getByRole('button', { name: 'Balik jurnal…' }))
    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'Salah catat nominal' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Balik jurnal sekarang' }))
    })
    const date = screen.getByLabelText('Tanggal pembalikan')
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Periode Januari 2026 sudah ditutup (dikunci).')).toBeTruthy()
  })

  it('says which entry a reversal undoes and offers no second reversal', async () => {
    const api = fakeApi({
      'journal.get': () => entry({ id: 2, number: 'JU-2026-000002', reversalOf: { id: 1, number: 'JU-2026-000001' } })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <JournalDetail id={2} onClose={() => {}} onOpen={() => {}} />
      </ApiProvider>
    )
    await act(async () => {})
    expect(screen.getByText('Jurnal ini membalik')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Balik jurnal…' })).toBeNull()
  })
})

describe('TrialBalanceTable', () => {
  const row = (code: string, name: string, depth: number, isHeader: boolean, d: number, k: number) => ({
    code,
    name,
    type: 'ASET' as const,
    normalBalance: 'D' as const,
    depth,
    isHeader,
    openingDebit: 0,
    openingCredit: 0,
    movementDebit: d,
    movementCredit: k,
    closingDebit: d,
    closingCredit: k
  })
  const tb = (balanced: boolean, from: string | null = null): TrialBalance => ({
    from,
    to: '2025-12-31',
    rows: [
      row('1', 'Aset', 0, true, 1_500_000, 0),
      row('1-1101', 'Kas Kantor / Kas Besar', 2, false, 1_500_000, 0),
      row('3-1101', 'Simpanan Pokok', 2, false, 0, balanced ? 1_500_000 : 1_000_000)
    ],
    totals: {
      openingDebit: 0,
      openingCredit: 0,
      movementDebit: 1_500_000,
      movementCredit: balanced ? 1_500_000 : 1_000_000,
      closingDebit: 1_500_000,
      closingCredit: balanced ? 1_500_000 : 1_000_000
    },
    balanced
  })

  it('shows the title, the date in words, statement-style amounts and "Seimbang ✓"', () => {
    render(<TrialBalanceTable tb={tb(true)} coopName="Koperasi Sukamaju" place="Sukamaju, Cianjur" />)
    expect(screen.getByText('Per 31 Desember 2025')).toBeTruthy()
    expect(screen.getByText('Seimbang ✓')).toBeTruthy()
    const header = screen.getByText('Aset').closest('tr')!
    expect(header.className).toContain('is-header')
    const total = screen.getByText('Jumlah').closest('tr')!
    expect(within(total).getAllByText('1.500.000')).toHaveLength(2)
    // asOf mode: code, name, saldo D/K
    expect(header.querySelectorAll('td')).toHaveLength(4)
  })

  it('flags an unbalanced trial balance and shows six amount columns for a period', () => {
    render(<TrialBalanceTable tb={tb(false, '2025-01-01')} coopName="Koperasi Sukamaju" place="Sukamaju, Cianjur" />)
    expect(screen.getByText('TIDAK seimbang')).toBeTruthy()
    expect(screen.getByText('Periode 1 Januari 2025 s.d. 31 Desember 2025')).toBeTruthy()
    expect(screen.getByText('Aset').closest('tr')!.querySelectorAll('td')).toHaveLength(8)
  })
})
