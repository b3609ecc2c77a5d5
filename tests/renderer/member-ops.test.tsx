import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { MemberImportPreview } from '../../shared/commands/imports'
import type { ExitSettlement, Member } from '../../shared/commands/members'
import { ApiProvider } from '../../renderer/src/api/context'
import { BookContext } from '../../renderer/src/app/BookContext'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { MembersScreen } from '../../renderer/src/screens/members/MembersScreen'
import { SavingsScreen } from '../../renderer/src/screens/savings/SavingsScreen'
import { fakeApi, fakeFiles, refuse } from './fakeApi'

afterEach(cleanup)

const HEADERS = [
  'No. Anggota',
  'Nama Lengkap',
  'NIK',
  'Jenis Kelamin',
  'Tgl Masuk',
  'Simpanan Pokok',
  'Simpanan Wajib',
  'Simpanan Sukarela'
]
const AUTO: Record<string, MemberImportPreview['mapping'][string]> = {
  0: 'memberNo',
  1: 'name',
  2: 'nik',
  3: 'gender',
  4: 'joinedAt',
  5: 'pokok',
  6: 'wajib',
  7: 'sukarela'
}

function previewFor(mapping: Record<string, string>): MemberImportPreview {
  const nikIgnored = mapping.NIK === ''
  const m = { ...AUTO }
  if (nikIgnored) delete m[2]
  return {
    file: '/data/anggota.xlsx',
    rows: 2,
    valid: nikIgnored ? 2 : 1,
    mapping: m,
    headers: HEADERS,
    unmapped: nikIgnored ? ['NIK'] : [],
    errors: nikIgnored ? [] : [{ row: 3, column: 'NIK', message: 'NIK (KTP): digit bulan lahir (13) harus 01–12' }],
    warnings: [],
    totals: { pokok: nikIgnored ? 100_000 : 50_000, wajib: 20_000, sukarela: 100_000 },
    sample: [
      {
        baris: 2,
        memberNo: 'A-1',
        name: 'Siti',
        nik: '3273054508900001',
        gender: 'P',
        joinedAt: '2025-01-05',
        pokok: 50_000,
        wajib: 20_000,
        sukarela: 100_000
      }
    ]
  }
}

describe('Anggota › Impor', () => {
  it('previews, lists row errors, keeps Impor disabled, re-previews when the mapping changes, then imports', async () => {
    const api = fakeApi({
      'accounts.list': () => [],
      'members.importPreview': (i) => previewFor(i.mapping as Record<string, string>),
      'members.import': () => ({
        members: 2,
        entry: { id: 5, number: 'JU-2026-000005' },
        totals: { pokok: 100_000, wajib: 40_000, sukarela: 100_000 }
      })
    })
    const files = fakeFiles({ sources: [{ source: { uploadId: 'unggahan-anggota-0001' }, name: 'anggota.xlsx' }] })
    render(
      <ApiProvider invoke={api.invoke} files={files.door}>
        <MembersScreen sub="impor" query={{}} />
      </ApiProvider>
    )
    await act(async () => fireEvent.click(screen.getByTestId('import-choose')))
    expect(screen.getByTestId('import-chosen').textContent).toBe('Berkas dipilih: anggota.xlsx')
    fireEvent.change(screen.getByLabelText(/^Tanggal saldo awal/), { target: { value: '01/01/2026' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pratinjau' }))
    })
    const errors = await screen.findByRole('table', { name: 'Kesalahan per baris' })
    const row = within(errors).getAllByRole('row')[1]!
    expect(row.textContent).toContain('3')
    expect(row.textContent).toContain('NIK')
    expect(row.textContent).toContain('digit bulan lahir (13)')
    expect(screen.getByTestId('import-valid').textContent).toBe('1')
    const impor = screen.getByRole('button', { name: 'Impor' }) as HTMLButtonElement
    expect(impor.disabled).toBe(true)
    expect(api.inputsOf('members.importPreview')[0]).toEqual({
      uploadId: 'unggahan-anggota-0001',
      openingDate: '2026-01-01',
      mapping: {}
    })

    // The mapping table shows each header with its field; ignoring NIK re-previews with the whole mapping.
    const select = screen.getByLabelText('Diisi ke: NIK') as HTMLSelectElement
    expect(select.value).toBe('nik')
    await act(async () => {
      fireEvent.change(select, { target: { value: '' } })
    })
    await waitFor(() => expect(api.inputsOf('members.importPreview')).toHaveLength(2))
    expect(api.inputsOf('members.importPreview')[1]!.mapping).toMatchObject({
      NIK: '',
      'Nama Lengkap': 'name',
      'Simpanan Pokok': 'pokok'
    })
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Kesalahan per baris' })).toBeNull())
    expect(screen.getByTestId('import-totals').textContent).toContain('Rp100.000')
    expect(impor.disabled).toBe(false)
    await act(async () => {
      fireEvent.click(impor)
    })
    expect(api.inputsOf('members.import')[0]).toMatchObject({
      uploadId: 'unggahan-anggota-0001',
      offsetAccount: '1-1101',
      acceptWarnings: false,
      mapping: { NIK: '' }
    })
    expect((await screen.findByTestId('import-done')).textContent).toContain('JU-2026-000005')
    expect(screen.getByRole('link', { name: 'Lihat Neraca saldo' }).getAttribute('href')).toContain(
      'laporan/neraca-saldo'
    )
  })

  it('shows the refusal when the book refuses the import', async () => {
    const api = fakeApi({
      'accounts.list': () => [],
      'members.importPreview': () => previewFor({ NIK: '' }),
      'members.import': () =>
        refuse({ code: 'CONFLICT', message: 'Nomor anggota A-1 sudah dipakai; tidak ada yang diimpor.' })
    })
    const files = fakeFiles({ sources: [{ source: { uploadId: 'unggahan-anggota-0001' }, name: 'anggota.xlsx' }] })
    render(
      <ApiProvider invoke={api.invoke} files={files.door}>
        <MembersScreen sub="impor" query={{}} />
      </ApiProvider>
    )
    await act(async () => fireEvent.click(screen.getByTestId('import-choose')))
    expect(screen.getByTestId('import-chosen').textContent).toBe('Berkas dipilih: anggota.xlsx')
    fireEvent.change(screen.getByLabelText(/^Tanggal saldo awal/), { target: { value: '01/01/2026' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pratinjau' }))
    })
    await screen.findByTestId('import-totals')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Impor' }))
    })
    expect((await screen.findByRole('alert')).textContent).toContain('sudah dipakai')
  })
})

const member: Member = {
  position: 'ANGGOTA',
  id: 7,
  serial: 7,
  memberNo: 'A-0007',
  name: 'Budi Santoso',
  nik: '3273051201850002',
  kkNumber: null,
  birthPlace: 'Cianjur',
  birthDate: '1985-01-12',
  gender: 'L',
  occupation: 'Petani',
  street: 'Kp. Cibodas',
  rt: '001',
  rw: '002',
  dusun: 'Cibodas',
  village: 'Sukamaju',
  phone: null,
  joinedAt: '2026-01-05',
  status: 'AKTIF',
  exitDate: null,
  exitReason: null,
  exitNote: null,
  note: null,
  signedRegister: true,
  createdAt: '2026-01-05T00:00:00Z',
  updatedAt: null
}
const settlement: ExitSettlement = {
  member: { id: 7, memberNo: 'A-0007', name: 'Budi Santoso', status: 'AKTIF' },
  date: '2025-12-31',
  rights: { pokok: 50_000, wajib: 240_000, sukarela: 1_250_000, total: 1_540_000 },
  obligations: { receivable: 40_000, loans: [], total: 40_000 },
  net: 1_500_000
}

describe('Anggota keluar', () => {
  it('previews hak/kewajiban/netto, confirms with members.exit, then shows the Berita Acara', async () => {
    const api = fakeApi({
      'members.get': () => member,
      'members.history': () => [],
      'members.exitPreview': () => settlement,
      'members.exit': () => ({
        settlement,
        entry: { id: 9, number: 'KK-2025-000009' },
        paidOut: 1_500_000,
        payable: 0,
        remainingReceivable: 0,
        member: { ...member, status: 'KELUAR', exitDate: '2025-12-31', exitReason: 'PINDAH' }
      })
    })
    const profile = { name: 'Koperasi Desa Merah Putih Sukamaju', village: 'Sukamaju' } as CooperativeProfile
    render(
      <ApiProvider invoke={api.invoke}>
        <BookContext.Provider value={{ profile, appVersion: '0', refresh: () => {} }}>
          <MembersScreen sub="detail" query={{ id: '7' }} />
        </BookContext.Provider>
      </ApiProvider>
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Proses keluar' }))
    fireEvent.change(screen.getByLabelText(/^Tanggal keluar/), { target: { value: '31/12/2025' } })
    fireEvent.change(screen.getByLabelText(/^Sebab berhenti/), { target: { value: 'PINDAH' } })
    fireEvent.change(screen.getByLabelText(/^Pengembalian simpanan/), { target: { value: 'TUNAI' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hitung pengembalian' }))
    })
    expect(api.inputsOf('members.exitPreview')[0]).toEqual({ id: 7, date: '2025-12-31' })
    expect(screen.getByTestId('exit-preview').textContent).toContain('Rp1.540.000')
    expect(screen.getByTestId('exit-net').textContent).toBe('Rp1.500.000')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi anggota keluar' }))
    })
    expect(api.inputsOf('members.exit')[0]).toMatchObject({
      id: 7,
      date: '2025-12-31',
      reason: 'PINDAH',
      payout: 'TUNAI'
    })
    const ba = await screen.findByTestId('berita-acara')
    expect(ba.textContent).toContain('Berita Acara Pengembalian Simpanan')
    expect(ba.textContent).toContain('Koperasi Desa Merah Putih Sukamaju')
    expect(ba.textContent).toContain('31 Desember 2025')
    expect(ba.textContent).toContain('3273051201850002')
    expect(ba.textContent).toContain('Pindah / tidak memenuhi syarat')
    expect(ba.textContent).toContain('KK-2025-000009')
    expect(screen.getByTestId('ba-net').textContent).toBe('1.500.000')
    expect(screen.getByTestId('ba-words').textContent).toBe('Satu juta lima ratus ribu rupiah')
    for (const who of ['Anggota', 'Bendahara', 'Ketua']) expect(within(ba).getAllByText(who).length).toBeGreaterThan(0)
  })

  it('activates a calon anggota', async () => {
    let status: Member['status'] = 'CALON'
    const api = fakeApi({
      'members.get': () => ({ ...member, status }),
      'members.history': () => [],
      'members.activate': () => {
        status = 'AKTIF'
        return { ...member, status }
      }
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <MembersScreen sub="detail" query={{ id: '7' }} />
      </ApiProvider>
    )
    const button = await screen.findByRole('button', { name: 'Aktifkan' })
    await act(async () => {
      fireEvent.click(button)
    })
    expect(api.inputsOf('members.activate')[0]).toMatchObject({ id: 7 })
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Aktifkan' })).toBeNull())
  })
})

const tieOut = () => ({
  asOf: '2026-01-31',
  ok: true,
  rows: [
    { type: 'POKOK' as const, account: '3-1101', ledger: 0, members: 0, difference: 0 },
    { type: 'WAJIB' as const, account: '3-1102', ledger: 0, members: 0, difference: 0 },
    { type: 'SUKARELA' as const, account: '2-1101', ledger: 0, members: 0, difference: 0 }
  ]
})

describe('Simpanan › Jasa', () => {
  it('shows the interest preview with totals, posts on the last day of the month, shows a refusal for a posted month', async () => {
    let posted = false
    const lines = [
      { memberId: 1, memberNo: 'A-0001', name: 'Siti', base: 10_000_000, gross: 25_000, tax: 0, net: 25_000 },
      { memberId: 2, memberNo: 'A-0002', name: 'Budi', base: 120_000_000, gross: 300_000, tax: 30_000, net: 270_000 }
    ]
    const api = fakeApi({
      'savings.tieOut': tieOut,
      'savings.interestPreview': (i) => ({
        month: i.month,
        members: 2,
        gross: 325_000,
        tax: 30_000,
        net: 295_000,
        lines
      }),
      'savings.postInterest': (i) => {
        if (posted) refuse({ code: 'CONFLICT', message: 'Jasa simpanan bulan Februari 2026 sudah dibukukan.' })
        posted = true
        return {
          month: i.month,
          date: i.date,
          entry: { id: 3, number: 'JU-2026-000003' },
          members: 2,
          gross: 325_000,
          tax: 30_000,
          net: 295_000,
          lines
        }
      }
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <SavingsScreen sub="jasa" query={{}} />
      </ApiProvider>
    )
    fireEvent.change(screen.getByLabelText(/^Bulan/), { target: { value: '2026-02' } })
    await waitFor(() => expect(screen.getByTestId('interest-gross').textContent).toBe('325.000'))
    expect(screen.getByTestId('interest-tax').textContent).toBe('30.000')
    expect(screen.getByTestId('interest-net').textContent).toBe('295.000')
    expect(api.inputsOf('savings.interestPreview').at(-1)).toEqual({ month: '2026-02' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bukukan' }))
    })
    expect(api.inputsOf('savings.postInterest')[0]).toEqual({ month: '2026-02', date: '2026-02-28' })
    expect(screen.getByRole('status').textContent).toContain('JU-2026-000003')
    // A month already posted: the book's refusal is shown.
    fireEvent.change(screen.getByLabelText(/^Bulan/), { target: { value: '2026-03' } })
    fireEvent.change(screen.getByLabelText(/^Bulan/), { target: { value: '2026-02' } })
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Bukukan' }) as HTMLButtonElement).disabled).toBe(false)
    )
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bukukan' }))
    })
    expect((await screen.findByRole('alert')).textContent).toContain('sudah dibukukan')
  })
})

describe('Simpanan › Penagihan', () => {
  it('collects the ticked rows with their (edited) amounts in one savings.collect', async () => {
    const api = fakeApi({
      'savings.tieOut': tieOut,
      'savings.billing': (i) => ({
        month: i.month,
        asOf: `${i.month}-15`,
        due: 40_000,
        arrears: 20_000,
        total: 60_000,
        rows: [
          { memberId: 1, memberNo: 'A-0001', name: 'Siti', due: 20_000, arrears: 20_000, total: 40_000 },
          { memberId: 2, memberNo: 'A-0002', name: 'Budi', due: 20_000, arrears: 0, total: 20_000 }
        ]
      }),
      'savings.collect': (i) => ({
        count: i.items.length,
        total: i.items.reduce((s, x) => s + x.amount, 0),
        entry: { id: 4, number: 'KM-2026-000004' }
      })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <SavingsScreen sub="penagihan" query={{}} />
      </ApiProvider>
    )
    await screen.findByLabelText('Pilih Siti')
    fireEvent.click(screen.getByLabelText('Pilih semua'))
    fireEvent.change(screen.getByLabelText('Jumlah dibayar Budi'), { target: { value: '10.000' } })
    expect(screen.getByTestId('billing-selected').textContent).toContain('Rp50.000')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Terima pembayaran' }))
    })
    expect(api.inputsOf('savings.collect')[0]!.items).toEqual([
      { memberId: 1, type: 'WAJIB', amount: 40_000 },
      { memberId: 2, type: 'WAJIB', amount: 10_000 }
    ])
    expect((await screen.findByTestId('billing-done')).textContent).toContain('KM-2026-000004')
  })
})
