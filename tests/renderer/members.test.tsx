import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Member } from '../../shared/commands/members'
import { ApiProvider } from '../../renderer/src/api/context'
import { MembersScreen } from '../../renderer/src/screens/members/MembersScreen'
import { fakeApi, refuse } from './fakeApi'

afterEach(cleanup)

const member: Member = {
  position: 'ANGGOTA',
  id: 1,
  serial: 1,
  memberNo: 'A-0001',
  name: 'Siti Aminah',
  nik: '3273054508900001',
  kkNumber: null,
  birthPlace: null,
  birthDate: '1990-08-05',
  gender: 'L',
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
}

const WARNING = 'Jenis kelamin pada NIK (perempuan) berbeda dengan yang diisi'

function setup() {
  const api = fakeApi({
    'members.checkNik': (i) => ({
      valid: true,
      errors: [],
      warnings: i.gender === 'L' ? [WARNING] : [],
      provinceCode: '32',
      provinceName: 'Jawa Barat',
      regencyCode: '73',
      districtCode: '05',
      gender: 'P',
      birthDate: '1990-08-05',
      sequence: '0001',
      duplicateOf: null
    }),
    'members.create': (i) => {
      if (!i.acceptNikWarnings)
        refuse({
          code: 'NEEDS_CONFIRMATION',
          message: `Periksa dulu: ${WARNING}. Bila sudah benar, setujui peringatan ini lalu simpan lagi.`,
          field: 'nik'
        })
      return member
    }
  })
  render(
    <ApiProvider invoke={api.invoke}>
      <MembersScreen sub="tambah" query={{}} />
    </ApiProvider>
  )
  return api
}

describe('Tambah anggota', () => {
  it('reads the NIK live, then asks for confirmation of its warnings before saving with acceptNikWarnings', async () => {
    const api = setup()
    fireEvent.change(screen.getByLabelText(/^Nama lengkap/), { target: { value: 'Siti Aminah' } })
    fireEvent.change(screen.getByLabelText(/^Jenis kelamin/), { target: { value: 'L' } })
    fireEvent.change(screen.getByLabelText(/^NIK \(KTP\)/), { target: { value: '3273054508900001' } })

    const check = await screen.findByTestId('nik-check')
    expect(check.textContent).toContain('Jawa Barat')
    expect(check.textContent).toContain('Perempuan')
    expect(check.textContent).toContain('5 Agustus 1990')
    expect(screen.getByText(WARNING, { selector: '.nik-check__warning' })).toBeTruthy()

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Daftarkan anggota' }))
    })
    expect(api.inputsOf('members.create')).toHaveLength(1)
    expect(api.inputsOf('members.create')[0]).toMatchObject({
      name: 'Siti Aminah',
      nik: '3273054508900001',
      gender: 'L',
      acceptNikWarnings: false
    })
    expect(screen.getByText(/Periksa dulu: Jenis kelamin/)).toBeTruthy()
    const save = screen.getByRole('button', { name: 'Daftarkan anggota' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)

    fireEvent.click(screen.getByLabelText('Saya sudah memeriksa; simpan dengan peringatan ini'))
    expect(save.disabled).toBe(false)
    await act(async () => {
      fireEvent.click(save)
    })
    expect(api.inputsOf('members.create')).toHaveLength(2)
    expect(api.inputsOf('members.create')[1]).toMatchObject({ nik: '3273054508900001', acceptNikWarnings: true })
    await waitFor(() => expect(screen.getByText('Anggota A-0001 Siti Aminah berhasil didaftarkan.')).toBeTruthy())
  })

  it('shows a refusal next to the field it names', async () => {
    const api = fakeApi({
      'members.create': () => refuse({ code: 'INVALID_INPUT', message: 'Nomor telepon: hanya angka', field: 'phone' })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <MembersScreen sub="tambah" query={{}} />
      </ApiProvider>
    )
    fireEvent.change(screen.getByLabelText(/^Nama lengkap/), { target: { value: 'Budi' } })
    fireEvent.change(screen.getByLabelText(/^Jenis kelamin/), { target: { value: 'L' } })
    fireEvent.change(screen.getByLabelText(/^Nomor telepon/), { target: { value: 'abc' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Daftarkan anggota' }))
    })
    const phone = screen.getByLabelText(/^Nomor telepon/)
    expect(phone.getAttribute('aria-invalid')).toBe('true')
    expect(phone.closest('.field')!.textContent).toContain('Nomor telepon: hanya angka')
  })
})
