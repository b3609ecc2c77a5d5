import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RatbookBlock, RatbookBlocks } from '../../shared/commands/ratbook'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { BookTab } from '../../renderer/src/screens/ratbook/BookTab'
import { fakeApi, fakeFiles, refuse, type Handlers } from './fakeApi'
import type { FileDoor } from '../../renderer/src/api/files'

afterEach(cleanup)
beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:buku-rat')
  URL.revokeObjectURL = vi.fn()
})

function blocksOf(year: number, saved: Record<string, string> = {}): RatbookBlocks {
  const base: [RatbookBlock['key'], string, string][] = [
    ['kataPengantar', 'Kata Pengantar', `Puji syukur … Tahun Buku ${year}.`],
    ['laporanPengawas', 'Laporan Hasil Pengawasan', 'Pendahuluan: Pengawas …']
  ]
  return {
    year,
    blocks: base.map(([key, title, text]) => ({
      key,
      title,
      text: saved[key] ?? text,
      isDefault: saved[key] === undefined
    }))
  }
}

function setup(extra: Handlers = {}, files?: FileDoor) {
  const saved: Record<string, string> = {}
  const api = fakeApi({
    'ratbook.blocks': (i) => blocksOf(i.year, saved),
    'ratbook.setBlock': (i) => {
      if (i.text.trim().length < 3)
        refuse({ code: 'INVALID_INPUT', message: 'Isi teks: terlalu pendek', field: 'text' })
      saved[i.key] = i.text.trim()
      return { key: i.key, title: 'x', text: i.text.trim(), isDefault: false }
    },
    'ratbook.resetBlock': (i) => {
      delete saved[i.key]
      return blocksOf(i.year).blocks.find((b) => b.key === i.key)!
    },
    ...extra
  })
  render(
    <ApiProvider invoke={api.invoke} {...(files ? { files } : {})}>
      <BookContext.Provider
        value={{
          profile: { name: 'Koperasi Desa Merah Putih Sukamaju', booksStartDate: '2025-01-01' } as CooperativeProfile,
          appVersion: '0.1.0',
          refresh: () => {}
        }}
      >
        <BookTab query={{ tahun: '2025' }} />
      </BookContext.Provider>
    </ApiProvider>
  )
  return api
}

describe('Buku RAT: teks yang dapat diubah', () => {
  it('shows every block of the year with its default text, and saves an edit', async () => {
    const api = setup()
    const block = await screen.findByTestId('ratbook-block-kataPengantar')
    const area = within(block).getByRole('textbox')
    expect((area as HTMLTextAreaElement).value).toContain('Tahun Buku 2025')
    expect(within(block).getByText('teks bawaan')).toBeTruthy()
    const save = within(block).getByRole('button', { name: 'Simpan teks' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    fireEvent.change(area, { target: { value: 'Kata pengantar baru dari pengurus.  ' } })
    expect(within(block).getByText('Belum disimpan')).toBeTruthy()
    expect(screen.getByText('Ada teks yang belum disimpan; simpan dulu agar masuk ke buku.')).toBeTruthy()
    fireEvent.click(save)
    await within(block).findByText('Teks tersimpan.')
    expect(api.inputsOf('ratbook.setBlock')).toEqual([
      { year: 2025, key: 'kataPengantar', text: 'Kata pengantar baru dari pengurus.  ' }
    ])
    expect((area as HTMLTextAreaElement).value).toBe('Kata pengantar baru dari pengurus.')
    expect(within(block).getByText('sudah diubah')).toBeTruthy()
    await waitFor(() =>
      expect(screen.queryByText('Ada teks yang belum disimpan; simpan dulu agar masuk ke buku.')).toBeNull()
    )
  })

  it('refuses an empty text without asking the book, and shows the book’s refusal in Indonesian', async () => {
    const api = setup()
    const block = await screen.findByTestId('ratbook-block-laporanPengawas')
    const area = within(block).getByRole('textbox')
    fireEvent.change(area, { target: { value: '   ' } })
    fireEvent.click(within(block).getByRole('button', { name: 'Simpan teks' }))
    await within(block).findByText('Isi teks tidak boleh kosong.')
    expect(api.inputsOf('ratbook.setBlock')).toEqual([])
    fireEvent.change(area, { target: { value: 'ab' } })
    fireEvent.click(within(block).getByRole('button', { name: 'Simpan teks' }))
    await within(block).findByText(/Isi teks: terlalu pendek/)
  })

  it('resets an edited block to the default after confirmation', async () => {
    const api = setup()
    const block = await screen.findByTestId('ratbook-block-kataPengantar')
    fireEvent.change(within(block).getByRole('textbox'), { target: { value: 'Teks sendiri' } })
    fireEvent.click(within(block).getByRole('button', { name: 'Simpan teks' }))
    await within(block).findByText('Teks tersimpan.')
    fireEvent.click(within(block).getByRole('button', { name: 'Kembalikan teks bawaan' }))
    expect(api.inputsOf('ratbook.resetBlock')).toEqual([])
    fireEvent.click(within(block).getByRole('button', { name: 'Ya, kembalikan' }))
    await waitFor(() => expect(api.inputsOf('ratbook.resetBlock')).toEqual([{ year: 2025, key: 'kataPengantar' }]))
    await waitFor(() =>
      expect(
        (within(screen.getByTestId('ratbook-block-kataPengantar')).getByRole('textbox') as HTMLTextAreaElement).value
      ).toContain('Puji syukur')
    )
  })

  it('desktop: asks where to save, a busy bar, then says it is done and offers to open it, with a preview', async () => {
    let finish: (v: unknown) => void = () => {}
    const target = '/buku/ekspor/KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf'
    const files = fakeFiles({ kind: 'electron', targets: [{ file: target, overwrite: true }] })
    const api = setup(
      {
        'ratbook.pdf': () =>
          new Promise((r) => {
            finish = r
          }) as never
      },
      files.door
    )
    await screen.findByTestId('ratbook-block-kataPengantar')
    fireEvent.click(screen.getByRole('button', { name: 'Buat buku RAT' }))
    expect(await screen.findByRole('progressbar')).toBeTruthy()
    expect(files.asked).toEqual([
      { kind: 'save', title: 'Simpan berkas', name: 'KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf' }
    ])
    expect((screen.getByRole('button', { name: 'Buat buku RAT' }) as HTMLButtonElement).disabled).toBe(true)
    finish({
      file: target,
      name: 'KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf',
      size: 10,
      pages: 44,
      mime: 'application/pdf',
      sha256: 'x',
      base64: btoa('%PDF-1.7 tes')
    })
    expect(await screen.findByText('Buku RAT selesai dibuat')).toBeTruthy()
    expect(screen.getByTestId('ratbook-file').textContent).toBe(`Berkas tersimpan di ${target}`)
    expect(screen.getByTestId('ratbook-pages').textContent).toBe('44 halaman')
    expect(screen.getByTestId('ratbook-preview').getAttribute('src')).toBe(
      'blob:uji/KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf'
    )
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(api.inputsOf('ratbook.pdf')).toEqual([{ year: 2025, file: target, overwrite: true }])
    fireEvent.click(screen.getByRole('button', { name: 'Buka KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf' }))
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf di folder' }))
    await waitFor(() =>
      expect(files.opened).toEqual([
        { how: 'open', name: target },
        { how: 'reveal', name: target }
      ])
    )
  })

  it('browser: the book is downloaded, previewed and can be opened; no folder button', async () => {
    setup({
      'ratbook.pdf': () => ({
        file: null,
        name: 'KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf',
        size: 10,
        pages: 44,
        mime: 'application/pdf',
        sha256: 'x',
        base64: btoa('%PDF-1.7 tes')
      })
    })
    await screen.findByTestId('ratbook-block-kataPengantar')
    fireEvent.click(screen.getByRole('button', { name: 'Buat buku RAT' }))
    expect((await screen.findByTestId('ratbook-file')).textContent).toBe(
      'Berkas diunduh: KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf'
    )
    expect(screen.getByTestId('ratbook-preview').getAttribute('src')).toBe('blob:buku-rat')
    expect(screen.getByRole('button', { name: 'Buka KDMP-Sukamaju-Buku-Laporan-RAT-2025.pdf' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /di folder$/ })).toBeNull()
    expect(screen.getByText(/folder Unduhan|"Unduhan"/)).toBeTruthy()
  })

  it('a book over 20 MB comes without bytes: only the path is shown', async () => {
    setup({
      'ratbook.pdf': () => ({
        file: '/buku/ekspor/buku-rat-2025.pdf',
        name: 'buku-rat-2025.pdf',
        size: 25_000_000,
        pages: 2000,
        mime: 'application/pdf',
        sha256: 'x'
      })
    })
    await screen.findByTestId('ratbook-block-kataPengantar')
    fireEvent.click(screen.getByRole('button', { name: 'Buat buku RAT' }))
    await screen.findByText('Berkas lebih dari 20 MB tidak dipratinjau di sini; gunakan Buka atau Tampilkan di folder.')
    expect(screen.queryByTestId('ratbook-download')).toBeNull()
  })
})
