import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { SystemCheck } from '../../shared/commands/backup'
import { ApiProvider } from '../../renderer/src/api/context'
import { HealthProvider, useHealth } from '../../renderer/src/app/health'
import { StaticSession } from '../../renderer/src/app/session'
import { CheckBanner } from '../../renderer/src/screens/home/HomeScreen'
import { SystemCheckPanel } from '../../renderer/src/screens/settings/SystemCheckPanel'
import { CheckLine } from '../../renderer/src/screens/shell/HealthStatus'
import { fakeApi } from './fakeApi'

afterEach(cleanup)

const good: SystemCheck = {
  ok: true,
  checkedAt: '2026-11-28T07:05:00.000Z',
  sections: [
    { name: 'Integritas berkas SQLite', ok: true, problems: [] },
    { name: 'Buku besar', ok: true, problems: [] },
    { name: 'Jejak audit', ok: true, problems: [] }
  ]
}
const bad: SystemCheck = {
  ...good,
  ok: false,
  sections: [
    good.sections[0]!,
    good.sections[1]!,
    { name: 'Jejak audit', ok: false, problems: ['Isi baris audit 2 telah diubah di luar aplikasi'] }
  ]
}

function Health() {
  return <CheckLine check={useHealth().check} />
}

async function renderWith(
  result: SystemCheck,
  ui = (
    <>
      <Health />
      <CheckBanner />
    </>
  ),
  role: 'bendahara' | 'kasir' | null = null
) {
  const api = fakeApi({
    'system.check': () => result,
    'backup.status': () => ({
      lastBackupAt: null,
      ageMinutes: null,
      folder: '/x',
      extraFolder: null,
      extraFolderAvailable: null,
      intervalMinutes: 15,
      count: 0
    })
  })
  render(
    <ApiProvider invoke={api.invoke}>
      <StaticSession user={role ? { id: 1, username: role, fullName: role, role, isActive: true } : null}>
        <HealthProvider>{ui}</HealthProvider>
      </StaticSession>
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

describe('the check at start', () => {
  it('runs once in the background; a quiet line when the book is fine', async () => {
    const api = await renderWith(good)
    expect(api.inputsOf('system.check')).toHaveLength(1)
    expect(screen.getByTestId('check-ok').textContent).toBe('✓ Buku diperiksa: baik')
    expect(screen.queryByTestId('check-banner')).toBeNull()
  })

  it('puts the problems in a red banner with a link to the check screen', async () => {
    await renderWith(bad)
    const banner = screen.getByTestId('check-banner')
    expect(within(banner).getByText('Pemeriksaan buku menemukan masalah')).toBeTruthy()
    expect(banner.textContent).toContain('Jejak audit: Isi baris audit 2 telah diubah di luar aplikasi')
    expect(within(banner).getByRole('link', { name: 'Buka Pemeriksaan buku' }).getAttribute('href')).toBe(
      '#/pengaturan/pemeriksaan'
    )
    expect(screen.getByText(/Buku diperiksa: ada masalah/)).toBeTruthy()
  })

  it('does not run for a role that may not read the book', async () => {
    const api = await renderWith(good, <Health />, 'kasir')
    expect(api.calls).toHaveLength(0)
  })
})

describe('Pemeriksaan buku', () => {
  it('shows the start-up result, runs system.check again, sections with ✓ and ✗', async () => {
    const api = await renderWith(bad, <SystemCheckPanel />)
    expect(screen.getByText('Ditemukan 1 masalah.')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Periksa buku sekarang' }))
    })
    expect(api.inputsOf('system.check')).toHaveLength(2)
    const sections = document.querySelectorAll('.check-section')
    expect([...sections].map((s) => s.querySelector('.check-section__mark')?.textContent)).toEqual(['✓', '✓', '✗'])
    expect(sections[2]!.textContent).toContain('Isi baris audit 2 telah diubah di luar aplikasi')
  })
})
