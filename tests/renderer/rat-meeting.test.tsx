import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AttendanceList, Quorum, RatMeeting } from '../../shared/commands/rat'
import { ApiProvider } from '../../renderer/src/api/context'
import { MeetingTab } from '../../renderer/src/screens/rat/MeetingTab'
import { OrganisationTab } from '../../renderer/src/screens/rat/OrganisationTab'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

const q = (present: number): Quorum => ({
  rule: { mode: 'MORE_THAN_HALF' },
  eligible: 4,
  present,
  required: 3,
  met: present >= 3,
  presentPercent: ((present / 4) * 100).toFixed(1)
})
const MEETING: RatMeeting = {
  id: 7,
  year: 2025,
  number: 1,
  date: '2026-02-20',
  place: 'Balai Desa',
  agenda: null,
  quorumRule: { mode: 'MORE_THAN_HALF' },
  workPlan: null,
  guests: [],
  quorum: q(2),
  decisions: [],
  rapb: [
    { groupCode: '4-24', name: 'Pendapatan sewa', type: 'PENDAPATAN', amount: 0, actual: 6_000_000 },
    { groupCode: '5-32', name: 'Beban umum', type: 'BEBAN', amount: 0, actual: 1_000_000 }
  ],
  rapbTotals: { revenue: 0, expense: 0, shu: 0 }
}
const row = (no: number, name: string, present: boolean | null) => ({
  no,
  memberId: no,
  memberNo: `A${no}`,
  name,
  gender: 'L' as const,
  address: 'RT 001/RW 002',
  present
})
const LIST: AttendanceList = {
  ratId: 7,
  cooperative: 'Koperasi Desa Merah Putih',
  year: 2025,
  number: 1,
  date: '2026-02-20',
  place: 'Balai Desa',
  rows: [row(1, 'Ahmad', true), row(2, 'Budi', true), row(3, 'Citra', null), row(4, 'Dewi', null)],
  guests: [],
  registeredAtYearEnd: 5,
  quorum: q(2)
}

function mount(node: React.ReactNode, handlers: Handlers) {
  const api = fakeApi(handlers)
  render(<ApiProvider invoke={api.invoke}>{node}</ApiProvider>)
  return api
}

describe('RAT: kuorum hidup di daftar hadir', () => {
  it('shows present, required and whether the quorum is met, updating as members are ticked', async () => {
    let present = 2
    const api = mount(<MeetingTab query={{ tahun: '2025' }} />, {
      'rat.get': () => MEETING,
      'rat.attendanceList': () => LIST,
      'rat.rapbRealisation': () => ({
        year: 2025,
        ratId: null,
        rows: [],
        totals: { budgetRevenue: 0, actualRevenue: 0, budgetExpense: 0, actualExpense: 0, budgetShu: 0, actualShu: 0 }
      }),
      'rat.recordAttendance': (i) => {
        present += i.present ? i.memberIds.length : -i.memberIds.length
        return q(present)
      }
    })
    await screen.findByLabelText('Hadir: Citra')
    expect(screen.getByTestId('rat-required').textContent).toBe('3')
    expect(screen.getByTestId('rat-present').textContent).toBe('2 (50,0 %)')
    expect(screen.getByTestId('rat-quorum-state').textContent).toBe('Kuorum belum terpenuhi')
    fireEvent.click(screen.getByLabelText('Hadir: Citra'))
    await waitFor(() => expect(screen.getByTestId('rat-quorum-state').textContent).toBe('Kuorum terpenuhi'))
    expect(screen.getByTestId('rat-present').textContent).toBe('3 (75,0 %)')
    expect(api.inputsOf('rat.recordAttendance')).toEqual([{ ratId: 7, memberIds: [3], present: true }])
    expect(screen.getAllByText('Tanda tangan').length).toBeGreaterThan(0)
    fireEvent.change(screen.getByLabelText('RAPB 4-24'), { target: { value: '10.000.000' } })
    fireEvent.change(screen.getByLabelText('RAPB 5-32'), { target: { value: '2.000.000' } })
    expect(screen.getByTestId('rapb-shu').textContent).toBe('Rp8.000.000')
  })

  it('offers the form when the RAT is not recorded yet', async () => {
    mount(<MeetingTab query={{ tahun: '2025' }} />, {
      'rat.get': () => refuse({ code: 'NOT_FOUND', message: 'RAT tahun buku 2025 belum dicatat' })
    })
    expect(await screen.findByText('RAT tahun buku 2025 belum dicatat. Isi data di bawah.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Simpan data RAT' })).toBeTruthy()
  })
})

describe('Pengurus & karyawan', () => {
  it('lists the registers and adds a Ketua', async () => {
    const api = mount(<OrganisationTab query={{}} />, {
      'org.list': () => [
        {
          id: 1,
          body: 'PENGAWAS',
          position: 'KETUA',
          positionLabel: 'Ketua Pengawas',
          title: null,
          memberId: null,
          memberNo: null,
          name: 'Kepala Desa',
          gender: 'L',
          phone: null,
          decree: null,
          termStart: '2025-01-01',
          termEnd: null,
          endedAt: null,
          endReason: null,
          active: true,
          termExpired: false
        }
      ],
      'org.save': (i) => ({
        id: 2,
        body: i.body,
        position: i.position,
        positionLabel: 'Ketua',
        title: null,
        memberId: null,
        memberNo: null,
        name: i.name ?? '',
        gender: null,
        phone: null,
        decree: null,
        termStart: i.termStart,
        termEnd: null,
        endedAt: null,
        endReason: null,
        active: true,
        termExpired: false
      })
    })
    expect(await screen.findByText('Kepala Desa')).toBeTruthy()
    fireEvent.click(screen.getAllByRole('button', { name: 'Tambah' })[0]!)
    fireEvent.change(await screen.findByLabelText('Nama'), { target: { value: 'Ahmad' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(() =>
      expect(api.inputsOf('org.save')[0]).toMatchObject({ body: 'PENGURUS', position: 'KETUA', name: 'Ahmad' })
    )
  })
})
