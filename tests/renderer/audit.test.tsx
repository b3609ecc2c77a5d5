import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { AuditDetail, commandLabel } from '../../renderer/src/screens/settings/AuditDetail'
import { AuditSettings } from '../../renderer/src/screens/settings/AuditSettings'
import { fakeApi } from './fakeApi'

afterEach(cleanup)

const userEdit: AuditEntry = {
  id: 4,
  at: '2026-11-28T07:05:00.000Z',
  actor: 'sri',
  command: 'users.update',
  input: { username: 'budi', fullName: 'Budi S.', role: 'viewer' },
  before: { id: 2, username: 'budi', fullName: 'Budi Santoso', role: 'pengawas', isActive: true },
  after: { id: 2, username: 'budi', fullName: 'Budi S.', role: 'viewer', isActive: true },
  hash: 'f597492ad41da8f264d9cb8120eb08f6ac965dc16455f67e973c4322c6926db1'
}

const posting: AuditEntry = {
  id: 5,
  at: '2026-11-28T07:06:00.000Z',
  actor: 'sri',
  command: 'journal.post',
  input: {
    date: '2026-01-02',
    description: 'Setoran simpanan pokok',
    reference: null,
    series: 'JU',
    lines: [
      { account: '1-1101', debit: 1_250_000, credit: 0, memberId: null, unit: null, pihak: null, memo: null },
      { account: '3-1101', debit: 0, credit: 1_250_000, memberId: null, unit: null, pihak: null, memo: null }
    ]
  },
  before: null,
  after: { id: 1, number: 'JU-2026-000001', date: '2026-01-02', total: 1_250_000 },
  hash: '2b2019a544d92e77726aaff9093c948305b5a11498c7729b1b4a466dad1126a8'
}

describe('AuditDetail', () => {
  it('shows an edit as before → after, changed fields marked, the rest folded away', () => {
    render(<AuditDetail entry={userEdit} />)
    const changed = document.querySelectorAll('tr.is-changed')
    expect([...changed].map((r) => r.getAttribute('data-field'))).toEqual(['fullName', 'role'])
    const name = changed[0]!
    expect(within(name as HTMLElement).getByText('Nama lengkap')).toBeTruthy()
    expect(name.querySelector('del')?.textContent).toBe('Budi Santoso')
    expect(name.querySelector('ins')?.textContent).toBe('Budi S.')
    // Roles read as their labels.
    expect(changed[1]!.querySelector('del')?.textContent).toBe('Pengawas (hanya baca)')
    expect(changed[1]!.querySelector('ins')?.textContent).toBe('Peninjau (hanya baca)')
    expect(screen.getByText('3 isian lain tidak berubah')).toBeTruthy()
  })

  it('shows a posting as a readable input and result: dates in words, rupiah, lines', () => {
    render(<AuditDetail entry={posting} />)
    expect(screen.getByText('Masukan')).toBeTruthy()
    expect(screen.getByText('Hasil')).toBeTruthy()
    expect(screen.getAllByText('2 Januari 2026')).toHaveLength(2)
    expect(screen.getByText('JU-2026-000001')).toBeTruthy()
    const lines = screen.getByText('Baris jurnal').nextElementSibling!
    expect(lines.querySelectorAll('li')).toHaveLength(2)
    expect(lines.textContent).toContain('Akun: 1-1101 · Debit: Rp1.250.000')
    expect(lines.textContent).toContain('Akun: 3-1101 · Kredit: Rp1.250.000')
    expect(document.querySelector('tr.is-changed')).toBeNull()
  })

  it('hides secrets and names commands in Indonesian', () => {
    render(
      <AuditDetail
        entry={{ ...posting, command: 'users.create', input: { username: 'budi', password: '***' }, after: null }}
      />
    )
    expect(screen.getByText('•••• (disembunyikan)')).toBeTruthy()
    expect(commandLabel('journal.post')).toBe('Memposting jurnal')
    expect(commandLabel('auth.login')).toBe('Masuk (login)')
    expect(commandLabel('modul.baru')).toBe('modul.baru')
  })
})

describe('Pengaturan › Jejak audit', () => {
  it('lists records with a filter, expands details, shows the chain head and verifies it', async () => {
    const api = fakeApi({
      'audit.head': () => ({
        count: 5,
        lastId: 5,
        hash: posting.hash,
        at: posting.at,
        fingerprint: `5/${posting.hash.slice(0, 4)}-${posting.hash.slice(4, 8)}-${posting.hash.slice(8, 12)}-${posting.hash.slice(12, 16)}`
      }),
      'audit.list': (i) => ({
        items: i?.command === 'journal.post' ? [posting] : [posting, userEdit],
        page: 1,
        pageSize: 25,
        total: i?.command ? 1 : 2
      }),
      'audit.verify': () => ({ ok: true, count: 5, head: posting.hash, problems: [] })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <AuditSettings />
      </ApiProvider>
    )
    await act(async () => {})
    expect(screen.getByTestId('audit-count').textContent).toBe('5')
    expect(screen.getByTestId('audit-hash').textContent).toBe(posting.hash)
    expect(screen.getByRole('button', { name: 'Salin' })).toBeTruthy()

    const table = screen.getByRole('table', { name: 'Jejak audit' })
    const row = within(table).getByText('Mengubah pengguna').closest('tr')!
    expect(row.textContent).toContain('28 November 2026 14.05')
    expect(row.textContent).toContain('sri')
    fireEvent.click(within(row).getByRole('button', { name: 'Rincian catatan 4' }))
    expect(document.querySelectorAll('tr.is-changed')).toHaveLength(2)

    fireEvent.change(screen.getByLabelText('Perintah'), { target: { value: 'journal.post' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }))
    })
    expect(api.inputsOf('audit.list').at(-1)).toEqual({ command: 'journal.post', page: 1, pageSize: 25 })
    expect(within(table).queryByText('Mengubah pengguna')).toBeNull()

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Periksa rantai' }))
    })
    expect(screen.getByText('Rantai audit utuh: 5 catatan diperiksa, tidak ada yang diubah atau dihapus.')).toBeTruthy()
  })
})
