import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { AccountPicker, filterAccounts, type PickerAccount } from '../../renderer/src/components/AccountPicker'
import { DateField } from '../../renderer/src/components/DateInput'
import { MoneyInput } from '../../renderer/src/components/MoneyInput'
import { suggestChildCode } from '../../renderer/src/lib/accounts'
import { readMoney } from '../../renderer/src/lib/money'
import { lockedThrough } from '../../renderer/src/screens/home/homeFigures'

afterEach(cleanup)

const accounts: PickerAccount[] = [
  { code: '1-1101', name: 'Kas Kantor / Kas Besar', isHeader: false, depth: 2 },
  { code: '1-1102', name: 'Kas Kecil', isHeader: false, depth: 2 },
  { code: '1-1201', name: 'Bank – Giro/Tabungan', isHeader: false, depth: 2 },
  { code: '5-3201', name: 'Beban Listrik, Air, Telepon, Internet', isHeader: false, depth: 2 }
]

function Money() {
  const [v, setV] = useState('')
  return <MoneyInput aria-label="Jumlah" value={v} onChange={setV} />
}

function Picker({ onPick }: { onPick: (c: string) => void }) {
  const [v, setV] = useState('')
  return (
    <AccountPicker
      aria-label="Akun"
      accounts={accounts}
      value={v}
      onChange={(c) => {
        setV(c)
        onPick(c)
      }}
    />
  )
}

function DateBox({ onIso }: { onIso: (iso: string) => void }) {
  const [v, setV] = useState('')
  return (
    <DateField
      label="Tanggal"
      value={v}
      onChange={(iso) => {
        setV(iso)
        onIso(iso)
      }}
    />
  )
}

describe('MoneyInput', () => {
  it('accepts what treasurers type and shows it as 1.250.000', () => {
    render(<Money />)
    const input = screen.getByRole('textbox', { name: 'Jumlah' }) as HTMLInputElement
    for (const typed of ['1250000', 'Rp1.250.000', 'Rp 1.250.000,-', '1.250.000,00']) {
      fireEvent.change(input, { target: { value: typed } })
      fireEvent.blur(input)
      expect(input.value).toBe('1.250.000')
    }
    fireEvent.change(input, { target: { value: '1,250,000' } })
    fireEvent.blur(input)
    expect(input.value).toBe('1,250,000')
    expect(screen.getByText('Format angka tidak valid')).toBeTruthy()
  })

  it('reads empty as 0 and refuses negatives for journal amounts', () => {
    expect(readMoney('')).toEqual({ ok: true, value: 0 })
    expect(readMoney('(1.500)')).toMatchObject({ ok: false })
    expect(readMoney('(1.500)', { allowNegative: true })).toEqual({ ok: true, value: -1500 })
  })
})

describe('AccountPicker', () => {
  it('filters by code prefix (with or without dashes) and by words of the name', () => {
    expect(filterAccounts(accounts, '1-11').map((a) => a.code)).toEqual(['1-1101', '1-1102'])
    expect(filterAccounts(accounts, '11101').map((a) => a.code)).toEqual(['1-1101'])
    expect(filterAccounts(accounts, '112').map((a) => a.code)).toEqual(['1-1201'])
    expect(filterAccounts(accounts, 'kas kec').map((a) => a.code)).toEqual(['1-1102'])
    expect(filterAccounts(accounts, 'listrik').map((a) => a.code)).toEqual(['5-3201'])
  })

  it('chooses with the arrow keys and Enter', () => {
    const picked: string[] = []
    render(<Picker onPick={(c) => picked.push(c)} />)
    const input = screen.getByRole('combobox', { name: 'Akun' }) as HTMLInputElement
    fireEvent.change(input, { target: { value: 'kas' } })
    expect(screen.getAllByRole('option')).toHaveLength(2)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(picked).toEqual(['1-1102'])
    expect(input.value).toBe('1-1102 · Kas Kecil')
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })

  it('takes a single match when the field is left, and flags text that matches nothing', () => {
    const picked: string[] = []
    render(<Picker onPick={(c) => picked.push(c)} />)
    const input = screen.getByRole('combobox', { name: 'Akun' }) as HTMLInputElement
    fireEvent.change(input, { target: { value: 'giro' } })
    fireEvent.blur(input)
    expect(picked).toEqual(['1-1201'])
    fireEvent.change(input, { target: { value: 'zzz' } })
    fireEvent.blur(input)
    expect(picked).toEqual(['1-1201', ''])
    expect(screen.getByText('Akun tidak ditemukan; pilih dari daftar')).toBeTruthy()
  })
})

describe('DateField', () => {
  it('reads Indonesian day-first dates and shows them as 31 Desember 2025', () => {
    const seen: string[] = []
    render(<DateBox onIso={(iso) => seen.push(iso)} />)
    const input = screen.getByLabelText('Tanggal') as HTMLInputElement
    fireEvent.change(input, { target: { value: '31/12/2025' } })
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2025-12-31')
    expect(input.value).toBe('31 Desember 2025')
    fireEvent.change(input, { target: { value: '3 des 2025' } })
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('2025-12-03')
    fireEvent.change(input, { target: { value: '12/31/2025' } })
    fireEvent.blur(input)
    expect(seen.at(-1)).toBe('')
    expect(screen.getByText(/Tanggal tidak dikenali/)).toBeTruthy()
  })
})

describe('helpers', () => {
  it('suggests the next free sub-account code at each level', () => {
    const codes = ['1', '1-11', '1-1101', '1-1102', '1-1110', '1-12', '1-1201']
    expect(suggestChildCode('1-11', codes)).toBe('1-1111')
    expect(suggestChildCode('1-12', codes)).toBe('1-1202')
    expect(suggestChildCode('1', codes)).toBe('1-13')
    expect(suggestChildCode('1-1201', codes)).toBe('1-1201-01')
  })

  it('finds the month the books are closed through', () => {
    const p = (month: string, locked: boolean) => ({ month, locked, lockedAt: null, lockedBy: null })
    expect(lockedThrough([p('2026-01', true), p('2026-02', true), p('2026-03', false), p('2026-04', true)])).toBe(
      '2026-02'
    )
    expect(lockedThrough([p('2026-01', false)])).toBeNull()
  })
})
