// Issue 16 point 4: the date field takes dd/mm/yyyy and offers a calendar in Bahasa Indonesia
// (not the browser's English picker), by mouse and by keyboard; its value stays an ISO date.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { DateField, MonthField } from '../../renderer/src/components/DateInput'

afterEach(cleanup)

function Harness({ initial = '', onValue }: { initial?: string; onValue: (v: string) => void }) {
  const [v, setV] = useState(initial)
  return (
    <DateField
      label="Tanggal transaksi"
      value={v}
      onChange={(x) => {
        setV(x)
        onValue(x)
      }}
    />
  )
}

function MonthHarness({ initial = '', onValue }: { initial?: string; onValue: (v: string) => void }) {
  const [v, setV] = useState(initial)
  return (
    <MonthField
      label="Bulan"
      value={v}
      onChange={(x) => {
        setV(x)
        onValue(x)
      }}
    />
  )
}

describe('DateField', () => {
  it('reads 31/03/2026 as 2026-03-31 and shows it back as 31 Maret 2026', () => {
    const seen: string[] = []
    render(<Harness onValue={(v) => seen.push(v)} />)
    const input = screen.getByLabelText('Tanggal transaksi') as HTMLInputElement
    expect(input.type).toBe('text')
    fireEvent.change(input, { target: { value: '31/03/2026' } })
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2026-03-31')
    expect(input.value).toBe('31 Maret 2026')
  })

  it('refuses a US-order date and says how to write it', () => {
    const seen: string[] = []
    render(<Harness onValue={(v) => seen.push(v)} />)
    const input = screen.getByLabelText('Tanggal transaksi')
    fireEvent.change(input, { target: { value: '03/31/2026' } })
    fireEvent.blur(input)
    expect(seen.filter(Boolean)).toEqual([])
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/Tanggal tidak dikenali/)).toBeTruthy()
  })

  it('opens a calendar with Indonesian month and day names and picks a day by mouse', () => {
    const seen: string[] = []
    render(<Harness initial="2026-03-10" onValue={(v) => seen.push(v)} />)
    fireEvent.click(screen.getByRole('button', { name: 'Buka kalender' }))
    const cal = screen.getByRole('dialog', { name: 'Kalender' })
    expect((within(cal).getByLabelText('Bulan') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Maret')
    expect(
      within(cal)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'])
    expect(within(cal).getByRole('grid').getAttribute('aria-label')).toBe('Maret 2026')
    // 1 March 2026 is a Sunday: the first week starts on Monday 23 February.
    expect(within(cal).getAllByRole('gridcell')[0]!.textContent).toBe('23')
    fireEvent.click(within(cal).getByRole('button', { name: '31 Maret 2026' }))
    expect(seen.at(-1)).toBe('2026-03-31')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect((screen.getByLabelText('Tanggal transaksi') as HTMLInputElement).value).toBe('31 Maret 2026')
    expect(document.activeElement).toBe(screen.getByLabelText('Tanggal transaksi'))
  })

  it('is driven by the keyboard: Alt+↓ opens, arrows and PageDown move, Enter picks, Escape closes', async () => {
    const seen: string[] = []
    render(<Harness initial="2026-01-31" onValue={(v) => seen.push(v)} />)
    const input = screen.getByLabelText('Tanggal transaksi')
    input.focus()
    fireEvent.keyDown(input, { key: 'ArrowDown', altKey: true })
    await act(async () => {})
    expect(document.activeElement?.getAttribute('aria-label')).toBe('31 Januari 2026')
    const grid = screen.getByRole('grid')
    fireEvent.keyDown(grid, { key: 'PageDown' })
    await act(async () => {})
    // 31 January + 1 month is clamped to 28 February.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('28 Februari 2026')
    expect(grid.getAttribute('aria-label')).toBe('Februari 2026')
    fireEvent.keyDown(grid, { key: 'ArrowRight' })
    await act(async () => {})
    expect(document.activeElement?.getAttribute('aria-label')).toBe('1 Maret 2026')
    fireEvent.keyDown(grid, { key: 'ArrowUp' })
    await act(async () => {})
    expect(document.activeElement?.getAttribute('aria-label')).toBe('22 Februari 2026')
    fireEvent.click(document.activeElement!)
    expect(seen.at(-1)).toBe('2026-02-22')
    fireEvent.keyDown(input, { key: 'ArrowDown', altKey: true })
    await act(async () => {})
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(input)
    expect(seen.at(-1)).toBe('2026-02-22')
  })
})

describe('MonthField', () => {
  it('reads 02/2026 and Feb 2026, shows Februari 2026, and offers twelve Indonesian months', () => {
    const seen: string[] = []
    render(<MonthHarness onValue={(v) => seen.push(v)} />)
    const input = screen.getByLabelText('Bulan') as HTMLInputElement
    fireEvent.change(input, { target: { value: '02/2026' } })
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2026-02')
    expect(input.value).toBe('Februari 2026')
    fireEvent.change(input, { target: { value: 'agu 2025' } })
    expect(seen.at(-1)).toBe('2025-08')
    fireEvent.click(screen.getByRole('button', { name: 'Buka kalender' }))
    const months = within(screen.getByRole('dialog', { name: 'Pilih bulan' }))
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-month'))
    expect(months.map((b) => b.textContent)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agu',
      'Sep',
      'Okt',
      'Nov',
      'Des'
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Desember 2025' }))
    expect(seen.at(-1)).toBe('2025-12')
    expect(input.value).toBe('Desember 2025')
  })
})
