import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Loan } from '../../shared/commands/loans'
import type { ExitSettlement, Member } from '../../shared/commands/members'
import { loanSchedule } from '../../shared/loans/schedule'
import { ApiProvider } from '../../renderer/src/api/context'
import { useFutureDateConfirmation } from '../../renderer/src/api/futureDate'
import type { Invoke } from '../../renderer/src/api/invoke'
import { DateField } from '../../renderer/src/components/DateInput'
import { setAppTimeZone } from '../../renderer/src/lib/dates'
import { CashChart, MembersChart } from '../../renderer/src/screens/home/DashCharts'
import { LoansScreen } from '../../renderer/src/screens/loans/LoansScreen'
import { BeritaAcara } from '../../renderer/src/screens/members/MemberExit'
import { OrganisationTab } from '../../renderer/src/screens/rat/OrganisationTab'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(() => {
  cleanup()
  setAppTimeZone('Asia/Jakarta')
})

describe('a posting dated after today asks first (issue 14 point 3)', () => {
  function Harness({ invoke }: { invoke: Invoke }) {
    const { invoke: guarded, dialog } = useFutureDateConfirmation(invoke)
    const [result, setResult] = useState('')
    const post = () =>
      guarded('journal.post', { date: '2030-01-02', description: 'x', lines: [] }).then(
        (r) => setResult(r.number),
        (e: Error) => setResult(`ditolak: ${e.message}`)
      )
    return (
      <>
        <button type="button" onClick={() => void post()}>
          Posting
        </button>
        <p data-testid="result">{result}</p>
        {dialog}
      </>
    )
  }
  const refusal =
    'Tanggal 2 Januari 2030 sesudah hari ini (4 Desember 2026). Periksa tanggalnya; bila memang benar, setujui tanggal sesudah hari ini lalu simpan lagi.'
  const handlers: Handlers = {
    'journal.post': (i) =>
      i.allowFutureDate
        ? ({ number: 'JU-2030-000001' } as never)
        : refuse({ code: 'NEEDS_CONFIRMATION', message: refusal, field: 'allowFutureDate' })
  }

  it("shows the book's message and, on yes, sends the same posting with allowFutureDate", async () => {
    const api = fakeApi(handlers)
    render(<Harness invoke={api.invoke} />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting' }))
    })
    expect((await screen.findByTestId('future-date-message')).textContent).toBe(refusal)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ya, bukukan dengan tanggal itu' }))
    })
    await waitFor(() => expect(screen.getByTestId('result').textContent).toBe('JU-2030-000001'))
    expect(api.inputsOf('journal.post').map((i) => i.allowFutureDate)).toEqual([undefined, true])
  })

  it('on cancel nothing is posted and the form gets the refusal', async () => {
    const api = fakeApi(handlers)
    render(<Harness invoke={api.invoke} />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Posting' }))
    })
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Batal, periksa tanggal' }))
    })
    await waitFor(() => expect(screen.getByTestId('result').textContent).toBe(`ditolak: ${refusal}`))
    expect(api.inputsOf('journal.post')).toHaveLength(1)
  })

  it("a posting date field warns as soon as the date is after today in the cooperative's zone", () => {
    setAppTimeZone('Asia/Jayapura')
    const { rerender } = render(<DateField posting label="Tanggal" value="2099-01-01" onChange={() => {}} />)
    expect(screen.getByTestId('future-date-warning').textContent).toMatch(
      /^Tanggal ini sesudah hari ini \(\d{1,2} \S+ \d{4}, WIT\)/
    )
    rerender(<DateField posting label="Tanggal" value="2020-01-01" onChange={() => {}} />)
    expect(screen.queryByTestId('future-date-warning')).toBeNull()
    rerender(<DateField label="Tanggal" value="2099-01-01" onChange={() => {}} />)
    expect(screen.queryByTestId('future-date-warning')).toBeNull()
  })
})

describe('charts (issue 14 points 4 and 6)', () => {
  const ticks = (el: HTMLElement) => [...el.querySelectorAll('text.dash-axis')].map((t) => t.textContent)
  it('an empty chart says "Belum ada data" instead of drawing an axis (issue 16 point 5)', () => {
    render(<MembersChart data={[{ month: '2026-01', male: 0, female: 0, unknown: 0 }]} />)
    const m = screen.getByTestId('dash-members-chart')
    expect(m.querySelector('svg')).toBeNull()
    expect(m.textContent).toContain('Belum ada data')
    cleanup()
    render(
      <CashChart
        data={[
          { month: '2026-01', kas: 0, bank: 0 },
          { month: '2026-02', kas: 0, bank: 0 }
        ]}
      />
    )
    const c = screen.getByTestId('dash-cash-chart')
    expect(c.querySelector('svg')).toBeNull()
    expect(c.textContent).toContain('Belum ada data')
  })

  it('a chart of one member reads 0 and 1 on its axis, never 0,5', () => {
    render(<MembersChart data={[{ month: '2026-01', male: 1, female: 0, unknown: 0 }]} />)
    expect(ticks(screen.getByTestId('dash-members-chart'))).toEqual(['0', '1', 'Jan 26'])
  })

  it('a negative balance is drawn below the zero line, not clamped to it', () => {
    render(
      <CashChart
        data={[
          { month: '2026-01', kas: 3_000_000, bank: 0 },
          { month: '2026-02', kas: -2_000_000, bank: 0 }
        ]}
      />
    )
    const chart = screen.getByTestId('dash-cash-chart')
    const zero = Number(chart.querySelector('line.dash-zero')!.getAttribute('y1'))
    const ys = chart
      .querySelector('[data-testid="cash-line-kas"]')!
      .getAttribute('d')!
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => Number(p.split(',')[1]))
    expect(ys[0]!).toBeLessThan(zero)
    expect(ys[1]!).toBeGreaterThan(zero)
    expect(ticks(chart)).toContain('-Rp2 jt')
  })
})

describe('Berita Acara: every loan row adds up (issue 14 point 7)', () => {
  it('shows sisa pokok, jasa tertunggak and denda under the payoff they make up', () => {
    const member = {
      id: 1,
      memberNo: 'A-0001',
      name: 'Siti',
      nik: null,
      street: null,
      rt: null,
      rw: null,
      dusun: null,
      village: 'Sukamaju',
      joinedAt: '2026-01-02'
    } as Member
    const settlement: ExitSettlement = {
      member: { id: 1, memberNo: 'A-0001', name: 'Siti', status: 'AKTIF' },
      date: '2026-04-20',
      rights: { pokok: 100_000, wajib: 80_000, sukarela: 0, total: 180_000 },
      obligations: {
        receivable: 0,
        loans: [
          {
            loanNo: 'PJ-2026-00001',
            outstandingPokok: 1_100_000,
            jasa: 36_000,
            jasaTertunggak: 36_000,
            jasaPelunasan: 0,
            denda: 6_490,
            payoff: 1_142_490
          }
        ],
        total: 1_142_490
      },
      net: 180_000 - 1_142_490
    }
    render(<BeritaAcara member={member} settlement={settlement} reason="PINDAH" entry={null} />)
    const rows = within(screen.getByTestId('berita-acara'))
      .getAllByRole('row')
      .map((r) => r.textContent)
    const at = rows.indexOf('Pelunasan pinjaman PJ-2026-000011.142.490')
    expect(at).toBeGreaterThan(0)
    expect(rows.slice(at + 1, at + 4)).toEqual(['– sisa pokok1.100.000', '– jasa tertunggak36.000', '– denda6.490'])
    expect(1_100_000 + 36_000 + 6_490).toBe(1_142_490)
  })
})

describe('pengurus linked by nomor anggota (issue 14 point 6)', () => {
  it('sends "A-0001" as the member number, not Number("A-0001")', async () => {
    const api = fakeApi({
      'org.list': () => [],
      'org.save': (i) => ({
        id: 2,
        body: i.body,
        position: i.position,
        positionLabel: 'Ketua',
        title: null,
        memberId: 1,
        memberNo: 'A-0001',
        name: 'Siti',
        gender: 'P',
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
    render(
      <ApiProvider invoke={api.invoke}>
        <OrganisationTab query={{}} />
      </ApiProvider>
    )
    fireEvent.click((await screen.findAllByRole('button', { name: 'Tambah' }))[0]!)
    fireEvent.change(await screen.findByLabelText(/^Nomor anggota/), { target: { value: 'A-0001' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(() =>
      expect(api.inputsOf('org.save')[0]).toMatchObject({
        body: 'PENGURUS',
        position: 'KETUA',
        memberNo: 'A-0001',
        name: null
      })
    )
  })
})

describe('loan payment form: allocation and payoff intent (issue 14 point 2)', () => {
  const dues = {
    asOf: '2026-05-06',
    outstandingPokok: 900_000,
    overdueJasa: 18_000,
    overduePokok: 100_000,
    denda: 0,
    currentJasa: 18_000,
    currentPokok: 100_000,
    payoff: 936_000,
    payoffJasa: 18_000,
    payoffPenalty: 0,
    daysPastDue: 1
  }
  const loan = {
    id: 7,
    loanNo: 'PJ-2026-00001',
    member: { id: 3, memberNo: 'A-0003', name: 'Siti Aminah' },
    productCode: 'UMUM',
    method: 'flat',
    ratePerMonth: '1.5',
    tenor: 12,
    principal: 1_200_000,
    provisi: 0,
    adminFee: 0,
    status: 'CAIR',
    purpose: null,
    appliedAt: '2026-01-05',
    decidedAt: '2026-01-05',
    decidedBy: 'ketua',
    decisionNote: null,
    disbursedAt: '2026-01-05',
    disbursementEntry: 'KK-2026-000001',
    closedAt: null,
    schedule: loanSchedule({
      principal: 1_200_000,
      ratePerMonth: '1.5',
      tenorMonths: 12,
      method: 'flat'
    }).installments.map((i) => ({ ...i, dueDate: '2026-05-05' })),
    payments: [],
    dues
  } as unknown as Loan
  it('shows how the amount will be split and what stays owed; Lunasi sends the payoff flag', async () => {
    const api = fakeApi({
      'loans.get': () => loan,
      'loans.payPreview': (i) =>
        i.amount === 936_000
          ? {
              amount: 936_000,
              isPayoff: true,
              closes: true,
              excess: 0,
              dues,
              allocation: { denda: 0, jasa: 36_000, pokok: 900_000 },
              steps: [
                { step: 'JASA_TERTUNGGAK', amount: 18_000 },
                { step: 'JASA_PELUNASAN', amount: 18_000 },
                { step: 'SISA_POKOK', amount: 900_000 }
              ],
              remaining: { denda: 0, overdueJasa: 0, overduePokok: 0, currentJasa: 0, outstandingPokok: 0, total: 0 }
            }
          : {
              amount: i.amount,
              isPayoff: false,
              closes: false,
              excess: 0,
              dues,
              allocation: { denda: 0, jasa: 36_000, pokok: 464_000 },
              steps: [
                { step: 'JASA_TERTUNGGAK', amount: 18_000 },
                { step: 'POKOK_TERTUNGGAK', amount: 100_000 },
                { step: 'JASA_BERJALAN', amount: 18_000 },
                { step: 'POKOK_BERJALAN', amount: 100_000 },
                { step: 'SISA_POKOK', amount: 264_000 }
              ],
              remaining: {
                denda: 0,
                overdueJasa: 0,
                overduePokok: 0,
                currentJasa: 0,
                outstandingPokok: 436_000,
                total: 436_000
              }
            },
      'loans.pay': () => refuse({ code: 'CONFLICT', message: 'stop' })
    })
    render(
      <ApiProvider invoke={api.invoke}>
        <LoansScreen sub="detail" query={{ id: '7' }} />
      </ApiProvider>
    )
    const amount = (await screen.findByLabelText(/^Jumlah bayar/)) as HTMLInputElement
    fireEvent.change(amount, { target: { value: '500.000' } })
    expect((await screen.findByTestId('plan-remaining')).textContent).toBe(
      'Belum lunas. Sesudah pembayaran ini masih terutang Rp436.000 (sisa pokok Rp436.000).'
    )
    expect(screen.getByTestId('plan-SISA_POKOK').textContent).toBe('Rp264.000')
    fireEvent.click(screen.getByRole('button', { name: 'Lunasi' }))
    expect(amount.value).toBe('936.000')
    expect(await screen.findByTestId('plan-closes')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pembayaran' }))
    })
    expect(api.inputsOf('loans.pay')[0]).toMatchObject({ loanId: 7, amount: 936_000, payoff: true })
  })
})
