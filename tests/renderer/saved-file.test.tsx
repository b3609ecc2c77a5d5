import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProvider } from '../../renderer/src/api/context'
import { electronFileDoor, httpFileDoor, type FileDoor, type SavedFile } from '../../renderer/src/api/files'
import { SavedFileNotice } from '../../renderer/src/components/SavedFileNotice'

afterEach(cleanup)
beforeEach(() => {
  let n = 0
  URL.createObjectURL = vi.fn(() => `blob:unduhan-${++n}`)
  URL.revokeObjectURL = vi.fn()
})

function show(door: FileDoor, saved: SavedFile) {
  render(
    <ApiProvider invoke={(async () => null) as never} files={door}>
      <SavedFileNotice saved={saved} testId="where" />
    </ApiProvider>
  )
}

const pdf = { name: 'KDMP-Sukamaju-Neraca-2025.pdf', size: 23_962, mime: 'application/pdf', sha256: 'x' }

describe('the notice after saving a document', () => {
  it('desktop: where it was saved and its size, "Buka" and "Tampilkan di folder" through the narrow bridge', async () => {
    const calls: [string, string][] = []
    const door = electronFileDoor(
      async () => null,
      async (path, how) => {
        calls.push([how, path])
        return how === 'reveal' ? null : null
      }
    )
    const saved = await door.deliver({ ...pdf, file: '/home/siti/Dokumen/KDMP-Sukamaju-Neraca-2025.pdf' })
    show(door, saved)
    expect(screen.getByText('Berkas tersimpan')).toBeTruthy()
    expect(screen.getByTestId('where').textContent).toBe(
      'Berkas tersimpan di /home/siti/Dokumen/KDMP-Sukamaju-Neraca-2025.pdf'
    )
    expect(screen.getByTestId('saved-size').textContent).toBe('(23 KB)')
    fireEvent.click(screen.getByRole('button', { name: 'Buka KDMP-Sukamaju-Neraca-2025.pdf' }))
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan KDMP-Sukamaju-Neraca-2025.pdf di folder' }))
    await waitFor(() =>
      expect(calls).toEqual([
        ['open', '/home/siti/Dokumen/KDMP-Sukamaju-Neraca-2025.pdf'],
        ['reveal', '/home/siti/Dokumen/KDMP-Sukamaju-Neraca-2025.pdf']
      ])
    )
    expect(screen.queryByText(/Unduhan/)).toBeNull()
  })

  it('desktop: a refusal from the main process is shown; a book file is only shown in its folder', async () => {
    const door = electronFileDoor(
      async () => null,
      async () => 'Berkas tidak ditemukan lagi di lokasinya; mungkin sudah dipindah atau dihapus.'
    )
    show(door, await door.deliver({ ...pdf, file: '/x/a.pdf' }))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buka KDMP-Sukamaju-Neraca-2025.pdf' })))
    expect(screen.getByRole('alert').textContent).toContain('tidak ditemukan lagi')
    cleanup()
    show(
      door,
      await door.deliver({
        name: 'KDMP-Sukamaju-Buku-03-02-2026.lumbung',
        size: 2048,
        mime: 'application/x-sqlite3',
        sha256: 'y',
        file: '/x/KDMP-Sukamaju-Buku-03-02-2026.lumbung'
      })
    )
    expect(screen.queryByRole('button', { name: /^Buka/ })).toBeNull()
    expect(screen.getByRole('button', { name: /di folder$/ })).toBeTruthy()
  })

  it('browser: the bytes come from GET /download/<id> and are saved under the document name; "Buka" opens them, no folder button', async () => {
    const fetched: string[] = []
    const door = httpFileDoor(
      async () => {
        throw new Error('x')
      },
      async () => null,
      async (id) => {
        fetched.push(id)
        return new Blob(['%PDF-1.7'], { type: 'application/pdf' })
      }
    )
    const clicks: { href: string; download: string }[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download })
    })
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null)
    try {
      const saved = await door.deliver({ ...pdf, file: null, downloadId: 'satu-kali-0000000000000000000000' })
      expect(fetched).toEqual(['satu-kali-0000000000000000000000'])
      expect(clicks).toEqual([{ href: 'blob:unduhan-1', download: 'KDMP-Sukamaju-Neraca-2025.pdf' }])
      show(door, saved)
      expect(screen.getByText('Berkas diunduh')).toBeTruthy()
      expect(screen.getByTestId('where').textContent).toBe('Berkas diunduh: KDMP-Sukamaju-Neraca-2025.pdf')
      expect(screen.queryByRole('button', { name: /di folder$/ })).toBeNull()
      expect(screen.getByText(/"Unduhan"/)).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: 'Buka KDMP-Sukamaju-Neraca-2025.pdf' }))
      await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:unduhan-1', '_blank', 'noopener'))
    } finally {
      click.mockRestore()
      opened.mockRestore()
    }
  })

  it('browser: a small document without a download id still downloads from its base64; a spreadsheet gets no "Buka"', async () => {
    const door = httpFileDoor(
      async () => {
        throw new Error('x')
      },
      async () => null,
      async () => {
        throw new Error('tidak dipakai')
      }
    )
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    try {
      const saved = await door.deliver({
        name: 'KDMP-Sukamaju-Neraca-2025.xlsx',
        size: 3,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        sha256: 'x',
        file: null,
        base64: 'UEsD'
      })
      expect(saved.url).toBe('blob:unduhan-1')
      expect(click).toHaveBeenCalledTimes(1)
      show(door, saved)
      expect(screen.queryByRole('button', { name: /^Buka/ })).toBeNull()
    } finally {
      click.mockRestore()
    }
  })
})
