import { act, cleanup, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthUser } from '../../shared/commands/auth'
import type { Role } from '../../shared/auth/roles'
import type { Account, CooperativeProfile, JournalEntry } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import { allows, StaticSession } from '../../renderer/src/app/session'
import { JournalDetail } from '../../renderer/src/screens/journal/JournalDetail'
import { JournalScreen } from '../../renderer/src/screens/journal/JournalScreen'
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen'
import { AppShell } from '../../renderer/src/screens/shell/AppShell'
import { fakeApi, type Handlers } from './fakeApi'

afterEach(cleanup)
beforeEach(() => {
  window.location.hash = ''
})

const user = (role: Role): AuthUser => ({ id: 7, username: role, fullName: `Pak ${role}`, role, isActive: true })

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

const kas: Account = {
  id: 1,
  code: '1-1101',
  name: 'Kas Kantor / Kas Besar',
  type: 'ASET',
  normalBalance: 'D',
  parentCode: '1-11',
  isHeader: false,
  isActive: true,
  isUsed: true,
  control: null,
  depth: 2,
  allowOverdraft: false
}

const entry: JournalEntry = {
  id: 1,
  number: 'JU-2026-000001',
  series: 'JU',
  date: '2026-01-02',
  description: 'Setoran simpanan pokok',
  reference: null,
  source: 'MANUAL',
  total: 1_250_000,
  reversalOf: null,
  reversedBy: null,
  createdAt: '2026-01-02T02:00:00Z',
  createdBy: 'sri',
  lines: []
}

const handlers: Handlers = {
  'journal.list': () => ({ items: [], page: 1, pageSize: 25, total: 0 }),
  'journal.series': () => [{ code: 'JU', name: 'Jurnal Umum' }],
  'accounts.list': () => [kas],
  'units.list': () => [],
  'journal.get': () => entry,
  'setup.defaults': () => ({ accounts: [], units: [], cooperativeTypes: ['Koperasi Desa/Kelurahan Merah Putih'] })
}

async function renderAs(role: Role | null, ui: ReactNode, extra: Handlers = {}) {
  const api = fakeApi({ ...handlers, ...extra })
  render(
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={role ? user(role) : null}>
        <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>{ui}</BookContext.Provider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

describe('role-aware screens', () => {
  it('gives a pengawas the journal list but no Posting form', async () => {
    await renderAs('pengawas', <JournalScreen sub={undefined} query={{}} />)
    expect(screen.queryByRole('link', { name: 'Catat jurnal' })).toBeNull()
    expect(screen.queryByRole('form', { name: 'Catat jurnal' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Posting' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Daftar jurnal' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Buku besar' })).toBeTruthy()
  })

  it('gives a bendahara the Posting form (and so does a laptop with login off)', async () => {
    await renderAs('bendahara', <JournalScreen sub={undefined} query={{}} />)
    expect(screen.getByRole('form', { name: 'Catat jurnal' })).toBeTruthy()
    cleanup()
    await renderAs(null, <JournalScreen sub={undefined} query={{}} />)
    expect(screen.getByRole('button', { name: 'Posting' })).toBeTruthy()
  })

  it('offers Balik jurnal only to a role that may post', async () => {
    await renderAs('pengawas', <JournalDetail id={1} onClose={() => {}} onOpen={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Jurnal JU-2026-000001' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Balik jurnal…' })).toBeNull()
    cleanup()
    await renderAs('bendahara', <JournalDetail id={1} onClose={() => {}} onOpen={() => {}} />)
    expect(screen.getByRole('button', { name: 'Balik jurnal…' })).toBeTruthy()
  })

  it('shows a pengawas the audit trail but not user management, and the profile read-only', async () => {
    await renderAs('pengawas', <SettingsScreen sub={undefined} />)
    expect(screen.getByRole('link', { name: 'Jejak audit' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Cadangan' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: 'Pengguna' })).toBeNull()
    expect(screen.getByText(/Peran Anda hanya dapat melihat bagian ini/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull()
    expect(
      (screen.getByLabelText('Nama koperasi', { exact: false, selector: 'input' }) as HTMLInputElement).closest(
        'fieldset'
      )?.disabled
    ).toBe(true)
  })

  it("gives a kasir only the Meja Kasir, which asks only for the kasir's own day", async () => {
    const api = await renderAs('kasir', <AppShell />, { 'till.current': () => null })
    const nav = screen.getByRole('navigation', { name: 'Menu utama' })
    expect(Array.from(nav.querySelectorAll('a')).map((a) => a.textContent)).toEqual(['▭Meja Kasir'])
    expect(screen.getByRole('form', { name: 'Buka kas hari ini' })).toBeTruthy()
    // Nothing the role may not read is even asked for.
    expect(api.calls.map((c) => c.name).sort()).toEqual(['till.current', 'units.list'])
  })

  it('gives a teller the same desk without sales; a pengawas the setoran list without the Terima button', async () => {
    const open = {
      id: 3,
      username: 'teller',
      cashierName: 'Tono',
      date: '2026-03-10',
      unit: null,
      cashAccount: { code: '1-1110', name: 'Kas Gerai' },
      sourceAccount: { code: '1-1101', name: 'Kas Kantor' },
      openingFloat: 100_000,
      openingEntryNumber: 'JU-2026-000009',
      openedAt: '2026-03-10T01:00:00Z',
      status: 'BUKA' as const,
      movements: [],
      cashIn: 0,
      cashOut: 0,
      expected: 100_000,
      counted: null,
      denominations: null,
      received: null,
      difference: null,
      closedAt: null,
      closeNote: null,
      acceptedAt: null,
      acceptedBy: null,
      acceptedByName: null,
      acceptDate: null,
      handoverEntryNumber: null,
      acceptNote: null
    }
    await renderAs('teller', <AppShell />, {
      'till.current': () => open,
      'savings.settings': () => ({ current: null, history: [], wajibDueDay: null }),
      'members.list': () => ({ items: [], page: 1, pageSize: 50, total: 0 })
    })
    const tabs = screen.getByRole('navigation', { name: 'Meja Kasir' })
    expect(Array.from(tabs.querySelectorAll('a')).map((a) => a.textContent)).toEqual([
      'Simpanan',
      'Angsuran',
      'Tutup kas',
      'Laporan kas'
    ])
    expect(screen.getByTestId('till-expected').textContent).toBe('Rp100.000')
    cleanup()
    window.location.hash = '#/kasir'
    await renderAs('pengawas', <AppShell />, {
      'till.list': () => [{ ...open, status: 'DISERAHKAN' as const, counted: 98_000, difference: -2_000 }]
    })
    expect(screen.getByRole('link', { name: /Meja Kasir/ })).toBeTruthy()
    expect(screen.getByText('kurang Rp2.000')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Terima setoran' })).toBeNull()
    expect(screen.queryByRole('form', { name: 'Batas penarikan oleh kasir/teller' })).toBeNull()
  })

  it('follows the permission table of shared/auth/roles', () => {
    expect(allows(false, null, 'admin')).toBe(true)
    expect(allows(true, null, 'read')).toBe(false)
    expect(allows(true, user('ketua'), 'close')).toBe(true)
    expect(allows(true, user('ketua'), 'post')).toBe(false)
    expect(allows(true, user('viewer'), 'read')).toBe(true)
    expect(allows(true, user('kasir'), 'read')).toBe(false)
    expect(allows(true, user('kasir'), 'sales')).toBe(true)
    expect(allows(true, user('teller'), 'sales')).toBe(false)
    expect(allows(true, user('teller'), 'instalment')).toBe(true)
    expect(allows(true, user('pengawas'), 'till')).toBe(false)
  })
})
