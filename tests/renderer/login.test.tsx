import { NO_FILES } from '../../renderer/src/api/context'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthUser } from '../../shared/commands/auth'
import type { SetupStatus } from '../../shared/commands/setup'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { App } from '../../renderer/src/app/App'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)
beforeEach(() => {
  window.location.hash = ''
})

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
const status: SetupStatus = {
  initialized: true,
  profile,
  cooperativeName: profile.name,
  restricted: false,
  schemaVersion: 3,
  appVersion: '0.1.0',
  file: '/tmp/buku.sqlite'
}
/** What the book tells a caller without a session while login is on. */
const restricted: SetupStatus = {
  initialized: true,
  profile: null,
  cooperativeName: profile.name,
  restricted: true,
  schemaVersion: 0,
  appVersion: '0.1.0',
  file: ''
}
const sri: AuthUser = { id: 1, username: 'sri', fullName: 'Sri Wahyuni', role: 'bendahara', isActive: true }

/** What Beranda and the shell read once someone is in. */
const shellHandlers: Handlers = {
  'reports.trialBalance': () => ({
    from: null,
    to: '2026-11-28',
    rows: [],
    balanced: true,
    totals: {
      openingDebit: 0,
      openingCredit: 0,
      movementDebit: 0,
      movementCredit: 0,
      closingDebit: 0,
      closingCredit: 0
    }
  }),
  'journal.list': () => ({ items: [], page: 1, pageSize: 6, total: 0 }),
  'periods.list': () => ({ periods: [], events: [] }),
  'backup.status': () => ({
    lastBackupAt: '2026-11-28T07:05:00Z',
    ageMinutes: 12,
    folder: '/tmp/backups',
    extraFolder: null,
    extraFolderAvailable: null,
    intervalMinutes: 15,
    count: 1
  }),
  'system.check': () => ({ ok: true, checkedAt: '2026-11-28T07:06:00Z', sections: [] })
}

function renderApp(extra: Handlers | ((end: () => void) => Handlers) = {}) {
  let session: AuthUser | null = null
  const end = () => {
    session = null
  }
  const api = fakeApi({
    'setup.status': () => (session ? status : restricted),
    'auth.status': () => ({ enabled: true, user: session, hasUsers: true }),
    'auth.login': (i) => {
      if (i.username !== 'sri' || i.password !== 'kas-desa-2026')
        refuse({ code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah', field: 'password' })
      session = sri
      return { sessionToken: '', user: sri, expiresAt: '2026-11-29T07:00:00Z' }
    },
    'auth.logout': () => {
      session = null
      return { ok: true as const }
    },
    ...shellHandlers,
    ...(typeof extra === 'function' ? extra(end) : extra)
  })
  render(<App api={{ invoke: api.invoke, onProgress: () => () => {}, files: NO_FILES }} />)
  return api
}

async function logIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: username } })
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }))
  })
}

describe('Login', () => {
  it('comes before the app, and a wrong password is said under the password field', async () => {
    const api = renderApp()
    await act(async () => {})
    expect(screen.getByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy()
    expect(screen.queryByRole('navigation', { name: 'Menu utama' })).toBeNull()

    await logIn('sri', 'bukan-ini')
    const password = screen.getByLabelText('Kata sandi')
    expect(password.getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(password.getAttribute('aria-describedby')!.split(' ')[0]!)
    expect(message?.textContent).toBe('Nama pengguna atau kata sandi salah')
    // Field order: the message sits right after the password input.
    expect(password.parentElement?.querySelector('.field__error')?.textContent).toBe(
      'Nama pengguna atau kata sandi salah'
    )
    expect((password as HTMLInputElement).value).toBe('')
    expect(api.inputsOf('auth.login')).toEqual([{ username: 'sri', password: 'bukan-ini' }])
  })

  it('checks empty fields before asking the book', async () => {
    const api = renderApp()
    await act(async () => {})
    await logIn('', '')
    expect(screen.getAllByText('wajib diisi')).toHaveLength(2)
    expect(api.inputsOf('auth.login')).toHaveLength(0)
  })

  it('opens the shell with the user name, role and Keluar; Keluar goes back to the login screen', async () => {
    const api = renderApp()
    await act(async () => {})
    await logIn('sri', 'kas-desa-2026')
    expect(screen.getByRole('heading', { name: 'Beranda', level: 1 })).toBeTruthy()
    const who = screen.getByRole('group', { name: 'Pengguna yang sedang masuk' })
    expect(within(who).getByText('Sri Wahyuni')).toBeTruthy()
    expect(within(who).getByText('Bendahara')).toBeTruthy()
    expect(screen.getByTestId('backup-age').textContent).toBe('Cadangan: 12 menit lalu')

    await act(async () => {
      fireEvent.click(within(who).getByRole('button', { name: 'Keluar' }))
    })
    expect(api.inputsOf('auth.logout')).toHaveLength(1)
    expect(screen.getByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy()
    expect(screen.getByText('Anda telah keluar.')).toBeTruthy()
  })

  it('sends the user back to the login screen when a command says the session is over', async () => {
    // The session ends on the book's side (expired, or the password was reset) after login.
    renderApp((end) => ({
      'journal.list': () => {
        end()
        return refuse({ code: 'UNAUTHORIZED', message: 'Silakan masuk (login) terlebih dahulu' })
      }
    }))
    await act(async () => {})
    await logIn('sri', 'kas-desa-2026')
    await act(async () => {})
    expect(screen.getByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy()
    expect(screen.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.')).toBeTruthy()
  })

  it('changes the password, and names a wrong current password by its field', async () => {
    const api = renderApp({
      'auth.changePassword': (i) => {
        if (i.currentPassword !== 'kas-desa-2026')
          refuse({ code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah', field: 'password' })
        return { ok: true as const }
      }
    })
    await act(async () => {})
    await logIn('sri', 'kas-desa-2026')
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }))
    const dialog = screen.getByRole('dialog', { name: 'Ganti kata sandi' })
    const fill = (label: string, value: string) =>
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } })
    fill('Kata sandi sekarang', 'keliru')
    fill('Kata sandi baru', 'sandi-baru-2026')
    fill('Ulangi kata sandi baru', 'sandi-baru-2027')
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ganti kata sandi' }))
    })
    expect(within(dialog).getByText('Kedua kata sandi tidak sama')).toBeTruthy()
    expect(api.inputsOf('auth.changePassword')).toHaveLength(0)

    fill('Ulangi kata sandi baru', 'sandi-baru-2026')
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ganti kata sandi' }))
    })
    expect(within(dialog).getByLabelText('Kata sandi sekarang').getAttribute('aria-invalid')).toBe('true')
    // A wrong current password is not a lost session: still in the app.
    expect(screen.getByRole('group', { name: 'Pengguna yang sedang masuk' })).toBeTruthy()

    fill('Kata sandi sekarang', 'kas-desa-2026')
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ganti kata sandi' }))
    })
    expect(within(dialog).getByText('Kata sandi berhasil diganti.')).toBeTruthy()
    expect(api.inputsOf('auth.changePassword').at(-1)).toEqual({
      currentPassword: 'kas-desa-2026',
      newPassword: 'sandi-baru-2026'
    })
  })
})
