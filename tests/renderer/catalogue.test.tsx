// The English catalogue mirrors the Indonesian one: the same keys, and every message function takes
// the same arguments and puts every one of them on screen the same number of times. The language is
// chosen per device (localStorage) and Bahasa Indonesia is the default; English dates use English
// month names while money stays Indonesian rupiah.
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../../renderer/src/i18n/en'
import { id } from '../../renderer/src/i18n/id'
import { LanguageSettings } from '../../renderer/src/screens/settings/LanguageSettings'

type Tree = { [key: string]: unknown }

/** Every leaf of a catalogue as `path → value`. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node as Tree))
      for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf)
  } else out.set(path, node)
  return out
}

const SENTINEL = (i: number) => `⟦${i}⟧`

/** What a message function shows of its arguments: the count of each argument's sentinel, or 'throws'. */
function placeholders(fn: (...args: string[]) => unknown): string {
  try {
    const text = String(fn(...Array.from({ length: fn.length }, (_, i) => SENTINEL(i))))
    return Array.from({ length: fn.length }, (_, i) => text.split(SENTINEL(i)).length - 1).join(',')
  } catch {
    return 'throws'
  }
}

describe('catalogues', () => {
  const idLeaves = leaves(id)
  const enLeaves = leaves(en)

  it('English has exactly the keys of Bahasa Indonesia', () => {
    expect(idLeaves.size).toBeGreaterThan(2000)
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort())
  })

  it('every message has the same kind, arity and placeholders in both languages', () => {
    const differences: string[] = []
    for (const [path, value] of idLeaves) {
      const other = enLeaves.get(path)
      if (typeof value !== typeof other || Array.isArray(value) !== Array.isArray(other)) {
        differences.push(`${path}: ${typeof value} vs ${typeof other}`)
      } else if (Array.isArray(value) && value.length !== (other as unknown[]).length) {
        differences.push(`${path}: ${value.length} items vs ${(other as unknown[]).length}`)
      } else if (typeof value === 'function') {
        const f = value as (...a: string[]) => unknown
        const g = other as (...a: string[]) => unknown
        if (f.length !== g.length) differences.push(`${path}: ${f.length} arguments vs ${g.length}`)
        else if (placeholders(f) !== placeholders(g))
          differences.push(`${path}: placeholders ${placeholders(f)} vs ${placeholders(g)}`)
      }
    }
    expect(differences).toEqual([])
  })

  it('the placeholder check sees a dropped or doubled argument', () => {
    const a = (name: string, n: string) => `Anggota ${name}: ${n}`
    expect(placeholders(a)).toBe('1,1')
    expect(placeholders((name: string, n: string) => `Member ${name}${n ? '' : ''}`)).toBe('1,0')
  })

  it('English is English (spot check against the words a person reads)', () => {
    expect(en.nav.settings).toBe('Settings')
    expect(en.common.save).toBe('Save')
    expect(en.settings.language.options.id).toBe('Bahasa Indonesia')
    expect(id.nav.settings).toBe('Pengaturan')
  })
})

describe('language of the window', () => {
  afterEach(() => {
    localStorage.clear()
    vi.resetModules()
  })

  it('defaults to Bahasa Indonesia: Indonesian dates and rupiah', async () => {
    localStorage.clear()
    vi.resetModules()
    const i18n = await import('../../renderer/src/i18n')
    const dates = await import('../../renderer/src/lib/dateText')
    const { formatRupiah } = await import('../../shared/money/rupiah')
    expect(i18n.locale).toBe('id')
    expect(i18n.t.nav.settings).toBe('Pengaturan')
    expect(dates.formatDateLong('2025-12-31')).toBe('31 Desember 2025')
    expect(dates.formatDateWithDay('2025-12-31')).toBe('Rabu, 31 Desember 2025')
    expect(formatRupiah(1234567)).toBe('Rp1.234.567')
  })

  it('English once chosen on this device: English month and day names, the same rupiah', async () => {
    localStorage.setItem('lumbung.language', 'en')
    vi.resetModules()
    const i18n = await import('../../renderer/src/i18n')
    const dates = await import('../../renderer/src/lib/dateText')
    const { formatRupiah } = await import('../../shared/money/rupiah')
    expect(i18n.locale).toBe('en')
    expect(i18n.t.nav.settings).toBe('Settings')
    expect(dates.formatDateLong('2025-12-31')).toBe('31 December 2025')
    expect(dates.formatDateWithDay('2025-12-31')).toBe('Wednesday, 31 December 2025')
    expect(dates.formatMonth('2026-05')).toBe('May 2026')
    expect(dates.formatDateTimeZone('2025-12-31T07:05:00Z', 'Asia/Makassar')).toBe('31 December 2025 15.05 WITA')
    // What a date field shows reads back: English and Indonesian names and numbers.
    expect(dates.parseDateId('31 December 2025')).toBe('2025-12-31')
    expect(dates.parseDateId('Wednesday, 31 December 2025')).toBe('2025-12-31')
    expect(dates.parseDateId('31 Desember 2025')).toBe('2025-12-31')
    expect(dates.parseDateId('31/12/2025')).toBe('2025-12-31')
    expect(dates.parseMonthId('May 2026')).toBe('2026-05')
    expect(formatRupiah(1234567)).toBe('Rp1.234.567')
  })

  it('saveLocale stores the choice for this device only', async () => {
    vi.resetModules()
    const i18n = await import('../../renderer/src/i18n')
    i18n.saveLocale('en')
    expect(localStorage.getItem('lumbung.language')).toBe('en')
    expect(i18n.storedLocale()).toBe('en')
    i18n.saveLocale('id')
    expect(i18n.storedLocale()).toBe('id')
  })
})

describe('Pengaturan › Tentang: language of this device', () => {
  afterEach(() => {
    cleanup()
    localStorage.clear()
  })

  it('offers Bahasa Indonesia (chosen) and English; choosing English stores it and reloads the window', () => {
    localStorage.clear()
    const reload = vi.fn()
    render(<LanguageSettings reload={reload} />)
    const select = screen.getByLabelText('Bahasa di perangkat ini') as HTMLSelectElement
    expect([...select.options].map((o) => o.textContent)).toEqual(['Bahasa Indonesia', 'English'])
    expect(select.value).toBe('id')
    const apply = screen.getByRole('button', { name: 'Pakai bahasa ini' }) as HTMLButtonElement
    expect(apply.disabled).toBe(true)
    fireEvent.change(select, { target: { value: 'en' } })
    fireEvent.click(apply)
    expect(localStorage.getItem('lumbung.language')).toBe('en')
    expect(reload).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Bahasa berganti saat jendela dimuat ulang.')).toBeTruthy()
  })
})
