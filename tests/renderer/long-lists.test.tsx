// Issue 16 point 6: a long list renders only the rows in view, keeps its table semantics
// (aria-rowcount, aria-rowindex), shows the right rows when scrolled and can be walked by keyboard;
// the member register scrolls 50.000 members, loading pages as they come into view.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Member } from '../../shared/commands/members'
import { ApiProvider } from '../../renderer/src/api/context'
import { DataTable, VIRTUAL_FROM, visibleRange } from '../../renderer/src/components/DataTable'
import { MemberList } from '../../renderer/src/screens/members/MemberList'
import { fakeApi } from './fakeApi'

afterEach(cleanup)

const N = 50_000
interface Row {
  id: number
  no: string
  name: string
}
const rows: Row[] = Array.from({ length: N }, (_, i) => ({
  id: i + 1,
  no: `A-${String(i + 1).padStart(5, '0')}`,
  name: `Anggota ${i + 1}`
}))
const columns = [
  { key: 'no', header: 'Nomor', render: (r: Row) => <button type="button">{r.no}</button> },
  { key: 'name', header: 'Nama', render: (r: Row) => r.name }
]

const dataRows = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]'))
const ROW = 45

async function scrollTo(box: HTMLElement, top: number) {
  box.scrollTop = top
  fireEvent.scroll(box)
  await act(async () => {
    await new Promise((r) => setTimeout(r, 30))
  })
}

describe('virtual DataTable', () => {
  it('renders fewer than 100 of 50.000 rows and keeps the table semantics', () => {
    render(<DataTable aria-label="Daftar panjang" columns={columns} rows={rows} rowKey={(r) => r.id} />)
    expect(N).toBeGreaterThan(VIRTUAL_FROM)
    const table = screen.getByRole('table', { name: 'Daftar panjang' })
    expect(table.getAttribute('aria-rowcount')).toBe(String(N + 1))
    const shown = dataRows(table)
    expect(shown.length).toBeGreaterThan(10)
    expect(shown.length).toBeLessThan(100)
    expect(shown[0]!.getAttribute('aria-rowindex')).toBe('2')
    expect(shown[0]!.textContent).toBe('A-00001Anggota 1')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Nomor', 'Nama'])
  })

  it('shows the right rows after scrolling, still fewer than 100', async () => {
    render(<DataTable aria-label="Daftar panjang" columns={columns} rows={rows} rowKey={(r) => r.id} rowHeight={ROW} />)
    const box = screen.getByTestId('virtual-table')
    await scrollTo(box, ROW * 30_000)
    const shown = dataRows(box)
    expect(shown.length).toBeLessThan(100)
    const at = shown.find((r) => r.dataset.index === '30000')!
    expect(at.textContent).toBe('A-30001Anggota 30001')
    expect(at.getAttribute('aria-rowindex')).toBe('30002')
    // The rows around are consecutive: no gaps, no duplicates.
    const idx = shown.map((r) => Number(r.dataset.index))
    expect(idx).toEqual(Array.from({ length: idx.length }, (_, k) => idx[0]! + k))
    await scrollTo(box, ROW * N)
    expect(dataRows(box).at(-1)!.textContent).toBe('A-50000Anggota 50000')
  })

  it('walks the whole list by keyboard: arrows, PageDown, Ctrl+End and Ctrl+Home', async () => {
    render(<DataTable aria-label="Daftar panjang" columns={columns} rows={rows} rowKey={(r) => r.id} rowHeight={ROW} />)
    const first = screen.getByRole('button', { name: 'A-00001' })
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    await act(async () => {})
    expect(document.activeElement?.textContent).toBe('A-00002')
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' })
    await act(async () => {})
    const afterPage = Number(document.activeElement!.closest('tr')!.dataset.index)
    expect(afterPage).toBeGreaterThan(1)
    fireEvent.keyDown(document.activeElement!, { key: 'End', ctrlKey: true })
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30))
    })
    expect(document.activeElement?.textContent).toBe('A-50000')
    expect(dataRows(screen.getByTestId('virtual-table')).length).toBeLessThan(100)
    fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true })
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30))
    })
    expect(document.activeElement?.textContent).toBe('A-00001')
  })

  it('computes the window from the scroll position', () => {
    expect(visibleRange(0, 450, 45, 50_000)).toEqual([0, 18])
    expect(visibleRange(45 * 1000, 450, 45, 50_000)).toEqual([992, 1018])
    expect(visibleRange(45 * 60_000, 450, 45, 50_000)).toEqual([49_992, 50_000])
    expect(visibleRange(0, 450, 45, 3)).toEqual([0, 3])
  })
})

const member = (i: number): Member => ({
  position: 'ANGGOTA',
  id: i,
  serial: i,
  memberNo: `A-${String(i).padStart(5, '0')}`,
  name: `Anggota Nomor ${i}`,
  nik: null,
  kkNumber: null,
  birthPlace: null,
  birthDate: null,
  gender: i % 2 ? 'L' : 'P',
  occupation: null,
  street: null,
  rt: '001',
  rw: '002',
  dusun: null,
  village: 'Sukamaju',
  phone: null,
  joinedAt: '2026-01-05',
  status: 'AKTIF',
  exitDate: null,
  exitReason: null,
  exitNote: null,
  note: null,
  signedRegister: false,
  createdAt: '2026-01-05T00:00:00Z',
  updatedAt: null
})

describe('the member register with 50.000 members', () => {
  it('is one scrolling list that loads the page in view and shows the right member', async () => {
    const api = fakeApi({
      'members.list': (i) => {
        const page = i?.page ?? 1
        const size = i?.pageSize ?? 50
        const from = (page - 1) * size
        return {
          items: Array.from({ length: Math.max(0, Math.min(size, N - from)) }, (_, k) => member(from + k + 1)),
          page,
          pageSize: size,
          total: N
        }
      }
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <MemberList onOpen={() => {}} />
      </ApiProvider>
    )
    await screen.findByText('50.000 anggota')
    const box = screen.getByTestId('virtual-table')
    await waitFor(() => expect(dataRows(box)[0]!.textContent).toContain('Anggota Nomor 1'))
    expect(dataRows(box).length).toBeLessThan(100)
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(N + 1))
    // Only the first page was asked for.
    expect(api.inputsOf('members.list').map((x) => x?.page)).toEqual([1])

    await scrollTo(box, ROW * 41_234)
    await waitFor(() =>
      expect(dataRows(box).find((r) => r.dataset.index === '41234')?.textContent).toContain('Anggota Nomor 41235')
    )
    expect(dataRows(box).length).toBeLessThan(100)
    // 41.234 ÷ 200 → page 207 (and its neighbour when the window straddles two pages).
    const pages = api.inputsOf('members.list').map((x) => x?.page)
    expect(pages).toContain(207)
    expect(pages.length).toBeLessThanOrEqual(3)
  })
})
