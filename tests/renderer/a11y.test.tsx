import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useRef, useState, type FormEvent } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { Dialog } from '../../renderer/src/components/Dialog'
import { Notice } from '../../renderer/src/components/Notice'
import { ScrollRegion } from '../../renderer/src/components/ScrollRegion'
import { useResultFocus } from '../../renderer/src/lib/resultFocus'
import { useFoldingMenu } from '../../renderer/src/screens/shell/AppShell'

afterEach(cleanup)

/** A list whose rows are rebuilt after a save (as a reload does), each with an "Ubah" button opening a dialog. */
function EditableList({ rebuildOnSave, labelAfterSave }: { rebuildOnSave?: boolean; labelAfterSave?: string }) {
  const [open, setOpen] = useState<number | null>(null)
  const [generation, setGeneration] = useState(0)
  const [saved, setSaved] = useState(false)
  return (
    <main tabIndex={-1}>
      <ul>
        {[1, 2, 3].map((n) => (
          <li key={`${generation}-${n}`}>
            Baris {n}
            <button type="button" onClick={() => setOpen(n)}>
              {saved && n === 2 && labelAfterSave ? labelAfterSave : `Ubah ${n}`}
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <Dialog
          title={`Ubah baris ${open}`}
          onClose={() => setOpen(null)}
          footer={
            <button
              type="button"
              onClick={() => {
                setOpen(null)
                setSaved(true)
                if (rebuildOnSave) setGeneration((g) => g + 1)
              }}
            >
              Simpan
            </button>
          }
        >
          <input aria-label="Nama" />
        </Dialog>
      )}
    </main>
  )
}

describe('Dialog gives focus back', () => {
  it('to its opener after Esc', () => {
    render(<EditableList />)
    const opener = screen.getByRole('button', { name: 'Ubah 2' })
    opener.focus()
    fireEvent.click(opener)
    expect(screen.getByLabelText('Nama')).toBe(document.activeElement)
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ubah 2' }))
  })

  it('to the close button’s opener after the × button', () => {
    render(<EditableList />)
    const opener = screen.getByRole('button', { name: 'Ubah 3' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }))
    expect(document.activeElement).toBe(opener)
  })

  it('to the same row’s button when a save rebuilt the list behind the dialog', () => {
    render(<EditableList rebuildOnSave />)
    const opener = screen.getByRole('button', { name: 'Ubah 2' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    expect(opener.isConnected).toBe(false)
    const successor = screen.getByRole('button', { name: 'Ubah 2' })
    expect(successor).not.toBe(opener)
    expect(document.activeElement).toBe(successor)
  })

  it('to the control in the opener’s place when the opener changed its label', () => {
    render(<EditableList rebuildOnSave labelAfterSave="Buka kunci 2" />)
    const opener = screen.getByRole('button', { name: 'Ubah 2' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    // The row itself was rebuilt too: the button that is now second in the list holds the focus, not the page.
    expect(document.activeElement).not.toBe(document.body)
    expect(document.activeElement?.tagName).toBe('BUTTON')
  })

  it('follows an opener replaced just after the dialog closed (a list reloading)', async () => {
    function Reloading() {
      const [open, setOpen] = useState(false)
      const [generation, setGeneration] = useState(0)
      return (
        <main tabIndex={-1}>
          <button type="button" key={generation} onClick={() => setOpen(true)}>
            Kartu stok
          </button>
          {open && (
            <Dialog
              title="Kartu stok"
              onClose={() => {
                setOpen(false)
                setTimeout(() => setGeneration((g) => g + 1), 0)
              }}
            >
              <p>isi</p>
            </Dialog>
          )}
        </main>
      )
    }
    render(<Reloading />)
    const opener = screen.getByRole('button', { name: 'Kartu stok' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(document.activeElement).toBe(opener)
    await waitFor(() => expect(opener.isConnected).toBe(false))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Kartu stok' })))
  })
})

function Shell() {
  const mainRef = useRef<HTMLElement>(null)
  const menu = useFoldingMenu(mainRef)
  return (
    <div className={`shell${menu.open ? ' is-menu-open' : ''}`}>
      <aside id="sidebar" ref={menu.sidebarRef} onKeyDown={menu.onKeyDown} data-testid="sidebar">
        <nav>
          <a href="#/beranda">Beranda</a>
          <a href="#/anggota" aria-current="page">
            Anggota
          </a>
        </nav>
      </aside>
      <button
        type="button"
        ref={menu.buttonRef}
        aria-controls="sidebar"
        aria-expanded={menu.open}
        onClick={menu.toggle}
      >
        Menu
      </button>
      <main ref={mainRef} tabIndex={-1}>
        isi
      </main>
    </div>
  )
}

describe('the folding sidebar', () => {
  it('opens from the Menu button with focus on the current screen, and Esc folds it back to the button', () => {
    const { container } = render(<Shell />)
    const button = screen.getByRole('button', { name: 'Menu' })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    button.focus()
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(container.querySelector('.shell')?.classList.contains('is-menu-open')).toBe(true)
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Anggota' }))
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button)
  })

  it('folds when a screen is chosen, and focus goes to the new screen', () => {
    render(<Shell />)
    const button = screen.getByRole('button', { name: 'Menu' })
    fireEvent.click(button)
    // What following the link does (the address itself is left alone: tests share the window).
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(screen.getByRole('main'))
  })

  it('toggles with the same button', () => {
    render(<Shell />)
    const button = screen.getByRole('button', { name: 'Menu' })
    fireEvent.click(button)
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button)
  })
})

function SavingForm({ outcome }: { outcome: 'notice' | 'error' | 'fields' }) {
  const mainRef = useRef<HTMLElement>(null)
  useResultFocus(mainRef)
  const [result, setResult] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    // The answer comes later, as a command's does.
    setTimeout(() => {
      if (outcome === 'fields') setInvalid(true)
      else setResult(outcome === 'notice' ? 'Setoran tersimpan.' : 'Saldo kas tidak cukup.')
    }, 0)
  }
  return (
    <main ref={mainRef} tabIndex={-1}>
      {result && <Notice tone={outcome === 'error' ? 'error' : 'success'}>{result}</Notice>}
      <form onSubmit={submit} aria-label="Setoran">
        <input aria-label="Keterangan" />
        <input aria-label="Jumlah" aria-invalid={invalid || undefined} />
        <button type="submit">Simpan setoran</button>
      </form>
    </main>
  )
}

describe('after a submit, focus goes to the result', () => {
  it('to the success message, even above the form', async () => {
    render(<SavingForm outcome="notice" />)
    fireEvent.submit(screen.getByRole('form', { name: 'Setoran' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')))
    expect(screen.getByRole('status').textContent).toContain('Setoran tersimpan.')
  })

  it('to the error', async () => {
    render(<SavingForm outcome="error" />)
    fireEvent.submit(screen.getByRole('form', { name: 'Setoran' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')))
  })

  it('to the first invalid field when the answer is field errors', async () => {
    render(<SavingForm outcome="fields" />)
    fireEvent.submit(screen.getByRole('form', { name: 'Setoran' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Jumlah')))
  })

  it('not when the user went on typing before the answer came', async () => {
    render(<SavingForm outcome="notice" />)
    const other = screen.getByLabelText('Keterangan')
    fireEvent.submit(screen.getByRole('form', { name: 'Setoran' }))
    other.focus()
    fireEvent.keyDown(other, { key: 'a' })
    await waitFor(() => expect(screen.getByRole('status')).toBeTruthy())
    expect(document.activeElement).toBe(other)
  })
})

describe('ScrollRegion', () => {
  it('is a named tab stop: its table’s label, or the one given', () => {
    render(
      <>
        <ScrollRegion>
          <table aria-label="Daftar anggota">
            <tbody>
              <tr>
                <td>1</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
        <ScrollRegion label="Jadwal angsuran">
          <table>
            <tbody>
              <tr>
                <td>1</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </>
    )
    const regions = screen.getAllByRole('region')
    expect(regions.map((r) => r.getAttribute('aria-label'))).toEqual(['Daftar anggota', 'Jadwal angsuran'])
    expect(regions.every((r) => r.tabIndex === 0)).toBe(true)
  })
})
