import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Account, JournalEntry } from '../../shared/ledger/types'
import { ApiProvider } from '../../renderer/src/api/context'
import { JournalEntryForm } from '../../renderer/src/screens/journal/JournalEntryForm'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

const account = (code: string, name: string): Account => ({
  id: code.length,
  code,
  name,
  type: code.startsWith('1') ? 'ASET' : 'EKUITAS',
  normalBalance: code.startsWith('1') ? 'D' : 'K',
  parentCode: null,
  isHeader: false,
  isActive: true,
  isUsed: false,
  control: null,
  depth: 2,
  allowOverdraft: false
})

const lists: Handlers = {
  'accounts.list': () => [
    account('1-1101', 'Kas Kantor / Kas Besar'),
    account('1-1102', 'Kas Kecil'),
    account('3-1101', 'Simpanan Pokok')
  ],
  'units.list': () => [
    { id: 1, code: 'USP', name: 'Unit Simpan Pinjam', description: null, isActive: true, sortOrder: 0 }
  ],
  'journal.series': () => [
    { code: 'JU', name: 'Jurnal Umum' },
    { code: 'KM', name: 'Kas Masuk' }
  ]
}

async function renderForm(post: Handlers['journal.post']) {
  const api = fakeApi({ ...lists, 'journal.post': post })
  render(
    <ApiProvider invoke={api.invoke}>
      <JournalEntryForm />
    </ApiProvider>
  )
  await act(async () => {})
  return api
}

const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement
const combo = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement
const postButton = () => screen.getByRole('button', { name: 'Posting' }) as HTMLButtonElement

function chooseAccount(line: number, code: string) {
  const input = combo(`Akun baris ${line}`)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value: code } })
  fireEvent.blur(input)
}

function type(name: string, value: string) {
  const input = box(name)
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}

function fillBalanced() {
  fireEvent.change(box('Keterangan'), { target: { value: 'Setoran simpanan pokok' } })
  chooseAccount(1, '1-1101')
  type('Debit baris 1', '1.250.000')
  chooseAccount(2, '3-1101')
  type('Kredit baris 2', 'Rp1.250.000')
}

const posted: JournalEntry = {
  id: 7,
  number: 'JU-2026-000001',
  series: 'JU',
  date: '2026-03-02',
  description: 'Setoran simpanan pokok',
  reference: null,
  source: 'MANUAL',
  total: 1_250_000,
  reversalOf: null,
  reversedBy: null,
  createdAt: '2026-03-02T01:00:00Z',
  createdBy: 'bendahara',
  lines: []
}

describe('JournalEntryForm', () => {
  it('shows the running totals and selisih, and keeps Posting disabled while unbalanced', async () => {
    await renderForm(() => posted)
    expect(postButton().disabled).toBe(true)
    expect(screen.getByTestId('selisih').textContent).toContain('Isi paling sedikit 2 baris')

    chooseAccount(1, '1-1101')
    type('Debit baris 1', '1250000')
    expect(box('Debit baris 1').value).toBe('1.250.000')
    chooseAccount(2, '3-1101')
    type('Kredit baris 2', '1.000.000')

    expect(screen.getByTestId('selisih').textContent).toBe('Rp250.000debit lebih besar')
    expect(screen.getByTestId('total-debit').textContent).toBe('Rp1.250.000')
    expect(screen.getByTestId('total-credit').textContent).toBe('Rp1.000.000')
    expect(postButton().disabled).toBe(true)

    type('Kredit baris 2', 'Rp1.250.000')
    expect(box('Kredit baris 2').value).toBe('1.250.000')
    expect(screen.getByTestId('selisih').textContent).toContain('Seimbang')
    expect(postButton().disabled).toBe(false)

    type('Kredit baris 2', '1.250.000,50')
    expect(screen.getByText('Jumlah harus dalam rupiah penuh (tanpa sen)')).toBeTruthy()
    expect(postButton().disabled).toBe(true)
  })

  it('shows a refusal from the book next to the field it names (lines.0.account)', async () => {
    const message = 'Baris 1: akun 1-1101 Kas Kantor / Kas Besar tidak aktif'
    const api = await renderForm(() => refuse({ code: 'INVALID_INPUT', message, field: 'lines.0.account' }))
    fillBalanced()
    await act(async () => {
      fireEvent.click(postButton())
    })
    const error = screen.getByText(message)
    const row = error.closest('tr')!
    expect(within(row).getByRole('combobox', { name: 'Akun baris 1' }).getAttribute('aria-invalid')).toBe('true')
    expect(api.inputsOf('journal.post')).toHaveLength(1)
    // Nothing was cleared: the treasurer fixes the line and posts again.
    expect(box('Keterangan').value).toBe('Setoran simpanan pokok')
  })

  it('maps line errors past blank rows onto the right row', async () => {
    const api = await renderForm(() =>
      refuse({ code: 'NOT_FOUND', message: 'Baris 2: akun tidak ditemukan', field: 'lines.1.account' })
    )
    fireEvent.change(box('Keterangan'), { target: { value: 'Uji' } })
    chooseAccount(1, '1-1101')
    type('Debit baris 1', '500')
    fireEvent.click(screen.getByRole('button', { name: '+ Tambah baris' }))
    chooseAccount(3, '3-1101')
    type('Kredit baris 3', '500')
    await act(async () => {
      fireEvent.click(postButton())
    })
    const sent = api.inputsOf('journal.post')[0]!
    expect(sent.lines).toHaveLength(2)
    expect(sent.lines.map((l) => l.account)).toEqual(['1-1101', '3-1101'])
    const row = screen.getByText('Baris 2: akun tidak ditemukan').closest('tr')!
    expect(within(row).getByRole('combobox', { name: 'Akun baris 3' })).toBeTruthy()
  })

  it('posts what was typed, shows the new number and clears the form', async () => {
    const api = await renderForm(() => posted)
    fillBalanced()
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit usaha baris 1' }), { target: { value: 'USP' } })
    await act(async () => {
      fireEvent.keyDown(box('Keterangan'), { key: 'Enter', ctrlKey: true })
    })
    const [sent] = api.inputsOf('journal.post')
    expect(sent).toMatchObject({
      description: 'Setoran simpanan pokok',
      series: 'JU',
      reference: null,
      lines: [
        { account: '1-1101', debit: 1_250_000, credit: 0, unit: 'USP', memo: null },
        { account: '3-1101', debit: 0, credit: 1_250_000, unit: null, memo: null }
      ]
    })
    expect(screen.getByText('Jurnal JU-2026-000001 berhasil diposting.')).toBeTruthy()
    expect(box('Keterangan').value).toBe('')
    expect(combo('Akun baris 1').value).toBe('')
    expect(box('Debit baris 1').value).toBe('')
    expect(box('Kredit baris 2').value).toBe('')
    expect(postButton().disabled).toBe(true)
  })
})
