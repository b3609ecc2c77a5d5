import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackupInfo, BackupStatus } from '../../shared/commands/backup'
import { ApiProvider } from '../../renderer/src/api/context'
import { HealthProvider, useHealth } from '../../renderer/src/app/health'
import { backupTone, formatAge, formatSize } from '../../renderer/src/lib/age'
import { BackupSettings } from '../../renderer/src/screens/settings/BackupSettings'
import { BackupChip } from '../../renderer/src/screens/shell/HealthStatus'
import { fakeApi, fakeFiles } from './fakeApi'
import type { ReactNode } from 'react'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { BookContext } from '../../renderer/src/app/BookContext'

afterEach(cleanup)

const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  lastBackupAt: '2026-11-28T07:05:00.000Z',
  ageMinutes: 12,
  folder: '/home/bendahara/Lumbung/backups',
  extraFolder: null,
  extraFolderAvailable: null,
  intervalMinutes: 15,
  count: 2,
  ...over
})

const backup = (reason: string, at: string, size: number, folder = '/home/bendahara/Lumbung/backups'): BackupInfo => ({
  file: `${folder}/buku-${at}-${reason}.sqlite`,
  folder,
  name: `buku-${at}-${reason}.sqlite`,
  at,
  reason,
  automatic: reason === 'mulai' || reason === 'berkala',
  size,
  bookId: '0a1b2c3d'
})

const profile = { name: 'Koperasi Desa Merah Putih Sukamaju', booksStartDate: '2026-01-01' } as CooperativeProfile

function Book({ children }: { children: ReactNode }) {
  return (
    <BookContext.Provider value={{ profile, appVersion: '0.1.0', refresh: () => {} }}>{children}</BookContext.Provider>
  )
}

describe('backup age', () => {
  it('says how long ago in Indonesian', () => {
    expect(formatAge(0)).toBe('baru saja')
    expect(formatAge(12)).toBe('12 menit yang lalu')
    expect(formatAge(59)).toBe('59 menit yang lalu')
    expect(formatAge(60)).toBe('1 jam yang lalu')
    expect(formatAge(23 * 60 + 59)).toBe('23 jam yang lalu')
    expect(formatAge(3 * 24 * 60 + 5)).toBe('3 hari yang lalu')
    expect(formatAge(12, { short: true })).toBe('12 menit lalu')
    expect(formatAge(3 * 24 * 60, { short: true })).toBe('3 hari lalu')
  })

  it('is fine for a day, amber after that, red when there is none', () => {
    expect(backupTone(12)).toBe('ok')
    expect(backupTone(24 * 60)).toBe('ok')
    expect(backupTone(24 * 60 + 1)).toBe('old')
    expect(backupTone(null)).toBe('none')
  })

  it('sizes files in KB and MB with a decimal comma', () => {
    expect(formatSize(172_032)).toBe('168 KB')
    expect(formatSize(1_258_291)).toBe('1,2 MB')
    expect(formatSize(512)).toBe('512 B')
  })

  it('shows the header item green, amber or red', () => {
    const { rerender } = render(<BackupChip status={status()} />)
    const chip = () => screen.getByTestId('backup-age')
    expect(chip().textContent).toBe('Cadangan: 12 menit lalu')
    expect(chip().className).toContain('health-chip--ok')
    rerender(<BackupChip status={status({ ageMinutes: 2 * 24 * 60 + 3 })} />)
    expect(chip().textContent).toBe('Cadangan: 2 hari lalu')
    expect(chip().className).toContain('health-chip--old')
    rerender(<BackupChip status={status({ lastBackupAt: null, ageMinutes: null, count: 0 })} />)
    expect(chip().textContent).toBe('Cadangan: belum ada')
    expect(chip().className).toContain('health-chip--none')
    expect(chip().getAttribute('data-tone')).toBe('none')
  })

  it('re-reads the backup status every minute (here: every few ms)', async () => {
    let n = 0
    const api = fakeApi({ 'backup.status': () => status({ ageMinutes: n++ }) })
    function Show() {
      return <BackupChip status={useHealth().backup} />
    }
    render(
      <ApiProvider invoke={api.invoke}>
        <HealthProvider pollMs={20} runCheck={false}>
          <Show />
        </HealthProvider>
      </ApiProvider>
    )
    await waitFor(() => expect(api.inputsOf('backup.status').length).toBeGreaterThanOrEqual(3))
    await waitFor(() => expect(screen.getByTestId('backup-age').textContent).toMatch(/Cadangan: \d+ menit lalu/))
  })
})

describe('Pengaturan › Cadangan', () => {
  it('shows the status with the full date, reasons in Indonesian, sizes and folders', async () => {
    const extra = '/media/usb/cadangan'
    const api = fakeApi({
      'backup.status': () => status({ extraFolder: extra, extraFolderAvailable: false }),
      'backup.list': () => [
        backup('sebelum-pulih', '2026-11-28T07:05:00.000Z', 1_258_291),
        backup('mulai', '2026-11-28T01:00:00.000Z', 172_032),
        backup('berkala', '2026-11-27T09:30:00.000Z', 172_032, extra)
      ]
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    expect(screen.getByTestId('backup-last').textContent).toBe('12 menit yang lalu · 28 November 2026 14.05 WIB')
    expect(screen.getByText('tidak ditemukan (flashdisk tidak terpasang?)')).toBeTruthy()
    expect(screen.getByText('setiap 15 menit selama ada perubahan')).toBeTruthy()

    const table = screen.getByRole('table', { name: 'Daftar cadangan' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.querySelectorAll('td')[1]?.textContent)).toEqual([
      'Sebelum pemulihan',
      'Saat aplikasi dibuka',
      'Berkala'
    ])
    expect(rows[0]!.textContent).toContain('1,2 MB')
    expect(rows[1]!.textContent).toContain('168 KB')
    expect(rows[1]!.textContent).toContain('bawaan')
    expect(rows[2]!.textContent).toContain('tambahan')
    // Login off: every action is offered.
    expect(screen.getByRole('button', { name: 'Cadangkan sekarang' })).toBeTruthy()
    expect(within(rows[0]!).getByRole('button', { name: /^Pulihkan cadangan/ })).toBeTruthy()
  })

  it('says plainly that there is no backup yet', async () => {
    const api = fakeApi({
      'backup.status': () => status({ lastBackupAt: null, ageMinutes: null, count: 0 }),
      'backup.list': () => []
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    expect(screen.getByTestId('backup-last').textContent).toBe('Belum ada cadangan')
    expect(screen.getByRole('alert').textContent).toContain('Belum ada cadangan. Buat cadangan sekarang.')
    expect(screen.getByText('Belum ada cadangan.')).toBeTruthy()
  })
})

describe('Pengaturan › Cadangan: files only through the file door', () => {
  const verification = {
    ok: true,
    file: 'buku-lama.lumbung',
    schemaVersion: 17,
    cooperative: 'Koperasi Lain',
    entries: 12,
    bookId: 'ffff',
    sameBook: false,
    lastEntryDate: '2026-03-31',
    problems: [],
    current: { cooperative: 'Koperasi Desa Merah Putih Sukamaju', entries: 40, lastEntryDate: '2026-11-30' }
  }

  it('restores from a chosen file: checks it first, shows what will be replaced, then restores by upload id', async () => {
    const files = fakeFiles({
      sources: [{ source: { uploadId: 'unggahan-buku-000000001' }, name: 'buku-lama.lumbung' }]
    })
    const api = fakeApi({
      'backup.status': () => status(),
      'backup.list': () => [],
      'backup.verify': () => verification,
      'backup.restore': () => ({
        restoredFrom: 'buku-lama.lumbung',
        safetyBackup: '/x/backups/k-sebelum-pulih.sqlite',
        verification
      })
    })
    render(
      <ApiProvider invoke={api.invoke} files={files.door}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    await act(async () => screen.getByRole('button', { name: 'Pulihkan dari berkas lain…' }).click())
    const restore = screen.getByRole('button', { name: 'Ya, pulihkan' }) as HTMLButtonElement
    expect(restore.disabled).toBe(true)
    await act(async () => screen.getByTestId('restore-choose').click())
    expect(api.inputsOf('backup.verify')).toEqual([{ uploadId: 'unggahan-buku-000000001' }])
    expect(screen.getByTestId('restore-chosen').textContent).toBe('Berkas dipilih: buku-lama.lumbung')
    expect(screen.getByTestId('restore-current').textContent).toBe(
      'Buku saat ini: 40 jurnal, terakhir tanggal 30 November 2026. Semua itu diganti isi berkas.'
    )
    expect(document.body.textContent).toContain('Berkas ini adalah buku lain')
    expect(restore.disabled).toBe(false)
    await act(async () => restore.click())
    expect(api.inputsOf('backup.restore')).toEqual([{ uploadId: 'unggahan-buku-000000001' }])
  })

  it('a listed backup is checked and restored by its name, never by a path', async () => {
    const api = fakeApi({
      'backup.status': () => status(),
      'backup.list': () => [backup('manual', '2026-11-28T07:05:00.000Z', 100)],
      'backup.verify': () => ({ ...verification, sameBook: true }),
      'backup.restore': () => ({ restoredFrom: 'x', safetyBackup: 'y', verification })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    await act(async () => screen.getByRole('button', { name: /^Pulihkan cadangan/ }).click())
    expect(api.inputsOf('backup.verify')).toEqual([{ backup: 'buku-2026-11-28T07:05:00.000Z-manual.sqlite' }])
    await act(async () => screen.getByRole('button', { name: 'Ya, pulihkan' }).click())
    expect(api.inputsOf('backup.restore')).toEqual([{ backup: 'buku-2026-11-28T07:05:00.000Z-manual.sqlite' }])
  })

  it('in the browser the extra folder cannot be named: saving sends only the interval', async () => {
    const api = fakeApi({
      'backup.status': () => status({ extraFolder: '/media/usb' }),
      'backup.list': () => [],
      'backup.configure': () => status()
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    expect(document.body.textContent).toContain('hanya dapat dipilih di aplikasi desktop')
    expect(screen.queryByRole('button', { name: 'Pilih folder…' })).toBeNull()
    await act(async () => screen.getByRole('button', { name: 'Simpan' }).click())
    expect(api.inputsOf('backup.configure')).toEqual([{ intervalMinutes: 15 }])
  })

  it('on the desktop the extra folder comes from the folder dialog; the book export asks where to save', async () => {
    const files = fakeFiles({
      kind: 'electron',
      folders: ['/media/usb/cadangan'],
      targets: [{ file: '/media/usb/kop.lumbung', overwrite: true }]
    })
    const api = fakeApi({
      'backup.status': () => status(),
      'backup.list': () => [],
      'backup.configure': () => status(),
      'book.export': (i) => ({
        file: i.file ?? null,
        name: 'kop.lumbung',
        size: 2048,
        mime: 'application/x-sqlite3',
        sha256: 'x'
      })
    })
    render(
      <ApiProvider invoke={api.invoke} files={files.door}>
        <Book>
          <BackupSettings />
        </Book>
      </ApiProvider>
    )
    await act(async () => {})
    await act(async () => screen.getByRole('button', { name: 'Pilih folder…' }).click())
    expect(screen.getByTestId('backup-extra-folder').textContent).toBe('/media/usb/cadangan')
    await act(async () => screen.getByRole('button', { name: 'Simpan' }).click())
    expect(api.inputsOf('backup.configure')).toEqual([{ intervalMinutes: 15, extraFolder: '/media/usb/cadangan' }])
    await act(async () => screen.getByTestId('book-export').click())
    expect(files.asked.at(-1)).toMatchObject({
      kind: 'save',
      name: expect.stringMatching(/^KDMP-Sukamaju-Buku-\d{2}-\d{2}-\d{4}\.lumbung$/)
    })
    expect(api.inputsOf('book.export')).toEqual([{ file: '/media/usb/kop.lumbung', overwrite: true }])
    expect(document.body.textContent).toContain('Buku diekspor dan diperiksa')
    expect(document.body.textContent).toContain('Berkas tersimpan di /media/usb/kop.lumbung (2 KB)')
    // A book is not opened with a program; it can be shown in its folder.
    await act(async () => screen.getByRole('button', { name: 'Tampilkan kop.lumbung di folder' }).click())
    expect(files.opened).toEqual([{ how: 'reveal', name: '/media/usb/kop.lumbung' }])
  })
})
