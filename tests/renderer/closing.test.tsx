import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClosingPreview, ClosingResult, ClosingStatus } from '../../shared/commands/closing'
import { ApiProvider } from '../../renderer/src/api/context'
import { CloseTab } from '../../renderer/src/screens/closing/CloseTab'
import { fakeApi, type Handlers } from './fakeApi'

afterEach(cleanup)

const OPEN: ClosingStatus = {
  year: 2025,
  closed: false,
  reopened: false,
  closedAt: null,
  closedBy: null,
  closingDate: null,
  shu: null,
  shuBeforeTax: null,
  byUnit: [],
  tax: null,
  entries: [],
  backupFile: null,
  months: [{ month: '2025-12', locked: false }],
  allLocked: false,
  history: []
}
const PREVIEW: ClosingPreview = {
  year: 2025,
  closingDate: '2025-12-31',
  byUnit: [
    { unit: 'SEMBAKO', name: 'Gerai Sembako', shu: 5_000_000 },
    { unit: null, name: 'Bersama (tanpa unit)', shu: -811_029 }
  ],
  tax: {
    mode: 'PPH_FINAL',
    ratePercent: '0.5',
    turnover: 31_345_700,
    computed: 156_729,
    alreadyBooked: 0,
    toPost: 156_729
  },
  shuBeforeTax: 4_345_700,
  shu: 4_188_971,
  lines: [
    { code: '4-2101', name: 'Penjualan', unit: 'SEMBAKO', debit: 20_000_000, credit: 0 },
    { code: '3-9999', name: 'Ikhtisar Hasil Usaha', unit: 'SEMBAKO', debit: 0, credit: 20_000_000 }
  ],
  monthsToLock: ['2025-12'],
  problems: [],
  warnings: []
}

function mount(handlers: Handlers) {
  const api = fakeApi(handlers)
  render(
    <ApiProvider invoke={api.invoke}>
      <CloseTab query={{ tahun: '2025' }} />
    </ApiProvider>
  )
  return api
}

describe('Tutup buku tahunan', () => {
  it('previews tax and SHU, asks for confirmation, then closes and shows the status', async () => {
    let closed = false
    const api = mount({
      'closing.preview': () => PREVIEW,
      'closing.status': () =>
        closed
          ? {
              ...OPEN,
              closed: true,
              closingDate: '2026-02-10',
              closedBy: 'bendahara',
              shu: 4_188_971,
              tax: { mode: 'PPH_FINAL', ratePercent: '0.5', turnover: 31_345_700, amount: 156_729 },
              allLocked: true,
              backupFile: '/b/buku-sebelum-tutup-tahun.sqlite'
            }
          : OPEN,
      'closing.close': () => {
        closed = true
        return { ...OPEN, closed: true, warnings: [] } as ClosingResult
      }
    })
    expect((await screen.findByTestId('close-tax')).textContent).toBe('Rp156.729')
    expect(screen.getByTestId('close-shu').textContent).toBe('Rp4.188.971')
    expect(screen.getByTestId('close-turnover').textContent).toBe('Rp31.345.700')
    const units = screen.getByTestId('close-units')
    expect([...units.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      'Gerai Sembako5.000.000',
      'Bersama (tanpa unit)(811.029)'
    ])
    expect(units.querySelector('tfoot')!.textContent).toBe('Jumlah4.188.971')
    fireEvent.click(screen.getByRole('button', { name: 'Tutup buku…' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('Tutup buku tahun 2025?')
    expect(dialog.textContent).toContain('4-2101 Penjualan · SEMBAKO')
    const confirm = screen.getByRole('button', { name: 'Ya, tutup buku' }) as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    expect(api.inputsOf('closing.close')).toHaveLength(0)
    fireEvent.click(screen.getByLabelText('Saya sudah memeriksa neraca saldo dan laporan tahun ini'))
    expect(confirm.disabled).toBe(false)
    fireEvent.click(confirm)
    await waitFor(() =>
      expect(api.inputsOf('closing.close')).toEqual([{ year: 2025, tax: { mode: 'PPH_FINAL', ratePercent: '0.5' } }])
    )
    expect(await screen.findByText('Buku tahun 2025 sudah ditutup.')).toBeTruthy()
    await waitFor(() => expect(screen.getByTestId('close-state').textContent).toBe('Ditutup'))
    expect(screen.getByTestId('close-status-shu').textContent).toBe('Rp4.188.971')
  })

  it('cannot close while the preview lists problems', async () => {
    mount({
      'closing.preview': () => ({
        ...PREVIEW,
        problems: ['Tutup dulu buku tahun 2024: tahun buku ditutup berurutan.']
      }),
      'closing.status': () => OPEN
    })
    expect(await screen.findByText(/Tutup dulu buku tahun 2024/)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Tutup buku…' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('reopens only with a reason of at least 10 characters', async () => {
    const api = mount({
      'closing.preview': () => PREVIEW,
      'closing.status': () => ({
        ...OPEN,
        closed: true,
        closingDate: '2026-02-10',
        closedBy: 'bendahara',
        shu: 1,
        allLocked: true
      }),
      'closing.reopen': () => OPEN
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Buka kembali…' }))
    const go = screen.getByRole('button', { name: 'Buka kembali' }) as HTMLButtonElement
    fireEvent.change(screen.getByLabelText(/Alasan/), { target: { value: 'salah' } })
    expect(go.disabled).toBe(true)
    fireEvent.change(screen.getByLabelText(/Alasan/), { target: { value: 'Koreksi jurnal gaji Desember' } })
    fireEvent.click(go)
    await waitFor(() =>
      expect(api.inputsOf('closing.reopen')).toEqual([{ year: 2025, reason: 'Koreksi jurnal gaji Desember' }])
    )
  })
})
