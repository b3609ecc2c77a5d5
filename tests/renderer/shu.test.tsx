import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CommandInput } from '../../shared/commands'
import type { ShuSettings, ShuSimulation } from '../../shared/commands/shu'
import {
  allocate,
  DEFAULT_PERCENTAGES,
  normalizePercent,
  STANDARD_KEYS,
  type PercentTable
} from '../../shared/shu/allocate'
import { ApiProvider } from '../../renderer/src/api/context'
import { ShuTab } from '../../renderer/src/screens/shu/ShuTab'
import { fakeApi, refuse, type Handlers } from './fakeApi'

afterEach(cleanup)

const settings: ShuSettings = {
  year: 2025,
  isDefault: true,
  percentages: DEFAULT_PERCENTAGES,
  nonMemberPercentages: null,
  poolMode: 'SINGLE_POOL',
  unitPools: { commonCosts: 'GROSS_MARGIN', withoutTransactions: 'ALL_TRANSACTIONS', percentages: {} },
  sBasis: 'YEAR_END',
  tBasis: { purchases: true, jasaPinjaman: true, services: true },
  eligibility: { excludeWajibArrears: false },
  rounding: 'LARGEST_REMAINDER',
  payoutRoundTo: 0,
  payoutRemainderTo: 'cadangan',
  decisionRef: null
}
const MEMBERS = [
  { memberId: 1, memberNo: 'A', name: 'Ani', S: 1_600_000, T: 19_170_000 },
  { memberId: 2, memberNo: 'B', name: 'Budi', S: 2_350_000, T: 9_410_000 },
  { memberId: 3, memberNo: 'C', name: 'Citra', S: 550_000, T: 3_333_000 },
  ...Array.from({ length: 57 }, (_, i) => ({
    memberId: 10 + i,
    memberNo: `X-${i + 1}`,
    name: `Warga ${i + 1}`,
    S: 0,
    T: 0
  }))
]

function simulate(input: CommandInput<'shu.simulate'>): ShuSimulation {
  const given = input.percentages
  const p = given
    ? (Object.fromEntries(STANDARD_KEYS.map((k) => [k, normalizePercent(given[k])!])) as unknown as PercentTable)
    : DEFAULT_PERCENTAGES
  const a = allocate({ shuAfterTax: 6_532_150, percentages: p, members: MEMBERS })
  const byNo = new Map(MEMBERS.map((m) => [m.memberNo, m]))
  return {
    year: input.year,
    settings: { ...settings, percentages: p },
    shuAfterTax: 6_532_150,
    loss: false,
    message: null,
    poolMode: 'SINGLE_POOL',
    split: null,
    pools: null,
    components: a.components,
    members: a.members.map((m) => ({
      ...m,
      memberId: byNo.get(m.memberNo)!.memberId,
      name: byNo.get(m.memberNo)!.name
    })),
    totals: { ...a.totals, members: a.members.length },
    adjustments: a.adjustments,
    excluded: [],
    posted: null
  }
}

function mount(extra: Handlers = {}) {
  const api = fakeApi({
    'shu.settings': () => ({ current: settings, history: [] }),
    'shu.simulate': simulate,
    'shu.explain': (i) => ({
      year: i.year,
      member: { id: i.memberId, memberNo: 'A', name: 'Ani' },
      eligible: true,
      row: null,
      paragraphs: ['Jasa modal Anda (JMA) = S ÷ ΣS × jasa modal = Rp1.600.000 ÷ Rp4.500.000 × Rp1.306.430']
    }),
    ...extra
  })
  render(
    <ApiProvider invoke={api.invoke}>
      <ShuTab query={{ tahun: '2025' }} />
    </ApiProvider>
  )
  return api
}

const pct = (label: RegExp) => screen.getByLabelText(label)

describe('SHU: pengaturan', () => {
  it('shows a live Σ and refuses to simulate or save unless the §5.3 rules hold', async () => {
    const api = mount({ 'shu.setSettings': (i) => ({ ...settings, year: i.year, isDefault: false }) })
    await screen.findByTestId('shu-sum')
    // Let the settings and the first simulation arrive, so the form is not reset under the edit.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    expect(screen.getByTestId('shu-sum').textContent).toMatch(/Jumlah: 100 %.*Jumlah tepat 100 %/)
    fireEvent.change(pct(/^Dana sosial/), { target: { value: '5' } })
    expect(screen.getByTestId('shu-sum').textContent).toMatch(/Jumlah: 102,5 %.*harus tepat 100 %, sekarang 102,5 %/)
    const simsBefore = api.inputsOf('shu.simulate').length
    fireEvent.click(screen.getByRole('button', { name: 'Simulasikan dengan persentase ini' }))
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))
    expect(api.inputsOf('shu.simulate').length).toBe(simsBefore)
    expect(api.inputsOf('shu.setSettings')).toHaveLength(0)

    fireEvent.change(pct(/^Dana cadangan/), { target: { value: '0' } })
    fireEvent.change(pct(/^Dana pengurus/), { target: { value: '42,5' } })
    expect(await screen.findByText(/Dana cadangan: harus lebih dari 0 %/)).toBeTruthy()

    fireEvent.change(pct(/^Dana cadangan/), { target: { value: '37,5' } })
    fireEvent.change(pct(/^Dana pengurus/), { target: { value: '5' } })
    expect(screen.getByTestId('shu-sum').textContent).toMatch(/Jumlah tepat 100 %/)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))
    })
    expect(api.inputsOf('shu.setSettings')[0]).toMatchObject({
      year: 2025,
      percentages: { cadangan: '37.5', sosial: '5', pembangunan: '2.5' },
      poolMode: 'SINGLE_POOL'
    })
    expect(await screen.findByText('Pengaturan disimpan; berlaku mulai tahun buku 2025.')).toBeTruthy()
  })

  it('shows a refusal from the core next to its field', async () => {
    mount({
      'shu.setSettings': () =>
        refuse({
          code: 'CONFLICT',
          message: 'Tahun: pembagian SHU tahun 2025 atau sesudahnya sudah dibukukan',
          field: 'year'
        })
    })
    await screen.findByTestId('shu-sum')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))
    })
    expect(await screen.findByText(/sudah dibukukan/)).toBeTruthy()
  })
})

describe('SHU: pool per unit usaha', () => {
  it("chooses pools per unit, the basis of common costs and a unit's own table, checked before saving", async () => {
    const unitSettings: ShuSettings = {
      ...settings,
      isDefault: false,
      poolMode: 'UNIT_POOL',
      unitPools: { commonCosts: 'GROSS_MARGIN', withoutTransactions: 'ALL_TRANSACTIONS', percentages: {} }
    }
    const units = [
      { id: 2, code: 'SEMBAKO', name: 'Gerai Sembako', description: null, isActive: true, sortOrder: 1 },
      { id: 3, code: 'USP', name: 'Unit Simpan Pinjam', description: null, isActive: true, sortOrder: 2 }
    ]
    const api = mount({
      'shu.settings': () => ({ current: unitSettings, history: [] }),
      'units.list': () => units,
      'shu.setSettings': (i) => ({ ...unitSettings, year: i.year })
    })
    await screen.findByTestId('shu-unit-tables')
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    fireEvent.change(screen.getByLabelText(/^Biaya bersama/), { target: { value: 'REVENUE' } })
    fireEvent.click(screen.getByLabelText('Unit Simpan Pinjam memakai tabel sendiri'))
    fireEvent.change(screen.getByLabelText(/^Unit Simpan Pinjam: Jasa usaha/), { target: { value: '30' } })
    expect(screen.getByTestId('shu-unit-tables').textContent).toContain('harus tepat 100 %, sekarang 110 %')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))
    })
    expect(api.inputsOf('shu.setSettings')).toHaveLength(0)
    fireEvent.change(screen.getByLabelText(/^Unit Simpan Pinjam: Dana cadangan/), { target: { value: '30' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))
    })
    expect(api.inputsOf('shu.setSettings')[0]).toMatchObject({
      poolMode: 'UNIT_POOL',
      unitPools: {
        commonCosts: 'REVENUE',
        percentages: { USP: { cadangan: '30', jasaModal: '20', jasaUsaha: '30', sosial: '2.5' } }
      }
    })
    expect(
      Object.keys((api.inputsOf('shu.setSettings')[0] as { unitPools: { percentages: object } }).unitPools.percentages)
    ).toEqual(['USP'])
  })
})

describe('SHU: simulasi', () => {
  it('lists members with S, T, JMA, JUA and totals; search, paging and explanation', async () => {
    mount()
    const table = await screen.findByRole('table', { name: 'Simulasi SHU' })
    const rowA = within(table).getByText('Ani').closest('tr')!
    expect(rowA.textContent).toMatch(/1\.600\.000.*19\.170\.000.*464\.508.*784\.767.*1\.249\.275/)
    expect(screen.getByTestId('shu-total-jma').textContent).toBe('1.306.430')
    expect(screen.getByTestId('shu-total-jua').textContent).toBe('1.306.430')
    expect(screen.getByTestId('shu-after-tax').textContent).toBe('Rp6.532.150')
    // 60 members, 50 a page: natural order puts X-10 after X-9.
    expect(within(table).getAllByRole('row').length).toBe(1 + 50 + 1)
    const names = within(table)
      .getAllByRole('row')
      .slice(1, -1)
      .map((r) => (r as HTMLTableRowElement).cells[0]!.textContent)
    expect(names.slice(0, 5)).toEqual(['A', 'B', 'C', 'X-1', 'X-2'])
    expect(names.indexOf('X-10')).toBe(names.indexOf('X-9') + 1)
    fireEvent.change(screen.getByLabelText('Cari nama atau nomor anggota'), { target: { value: 'budi' } })
    expect(within(table).getAllByRole('row').length).toBe(3)
    fireEvent.click(screen.getByRole('button', { name: 'Penjelasan Budi' }))
    expect((await screen.findByTestId('shu-explain')).textContent).toMatch(/JMA\) = S ÷ ΣS/)
  })

  it('re-simulates with changed percentages without saving them', async () => {
    const api = mount()
    await screen.findByRole('table', { name: 'Simulasi SHU' })
    fireEvent.change(pct(/^Dana cadangan/), { target: { value: '30' } })
    fireEvent.change(pct(/^Jasa modal/), { target: { value: '30' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Simulasikan dengan persentase ini' }))
    })
    await waitFor(() => expect(screen.getByTestId('shu-total-jma').textContent).toBe('1.959.645'))
    expect(api.inputsOf('shu.simulate').at(-1)).toMatchObject({
      year: 2025,
      percentages: { cadangan: '30', jasaModal: '30' }
    })
    expect(api.inputsOf('shu.setSettings')).toHaveLength(0)
  })
})

describe('SHU: setelah RAT', () => {
  it('shows why posting is refused (year not closed) before anything is posted', async () => {
    const problem = 'Tahun: tahun buku 2025 harus ditutup lebih dahulu — saldo 3-5102 SHU Belum Dibagi Rp0'
    const api = mount({
      'shu.postPreview': (i) => ({
        year: i.year,
        date: i.date,
        shuAfterTax: 1_000_000,
        available: 0,
        lines: [],
        members: { count: 2, total: 200_000, excluded: 0 },
        problems: [problem]
      }),
      'shu.post': () => refuse({ code: 'CONFLICT', message: problem, field: 'year' })
    })
    await screen.findByRole('table', { name: 'Simulasi SHU' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bukukan pembagian' }))
    })
    expect(await screen.findByText(/harus ditutup lebih dahulu/)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Ya, bukukan' }) as HTMLButtonElement).disabled).toBe(true)
    expect(api.inputsOf('shu.post')).toHaveLength(0)
  })

  it('asks for confirmation with the journal and the members before posting', async () => {
    const api = mount({
      'shu.postPreview': (i) => ({
        year: i.year,
        date: i.date,
        shuAfterTax: 1_000_000,
        available: 1_000_000,
        problems: [],
        lines: [
          { account: '3-5102', name: 'SHU Belum Dibagi', memo: null, debit: 1_000_000, credit: 0 },
          { account: '3-4101', name: 'Cadangan', memo: null, debit: 0, credit: 600_000 },
          { account: '2-1601', name: 'SHU Bagian Anggota', memo: null, debit: 0, credit: 400_000 }
        ],
        members: { count: 2, total: 400_000, excluded: 1 }
      }),
      'shu.post': (i) => ({
        ...simulate({ year: i.year }),
        posted: { date: i.date, entryNumber: 'JU-2026-000009', decisionRef: null },
        entry: { id: 9, number: 'JU-2026-000009' }
      })
    })
    await screen.findByRole('table', { name: 'Simulasi SHU' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bukukan pembagian' }))
    })
    const members = await screen.findByTestId('shu-post-members')
    expect(members.textContent).toBe(
      '2 anggota menerima SHU bagian anggota, jumlah Rp400.000; 1 anggota tidak ikut (lihat simulasi).'
    )
    const table = screen.getByRole('table', { name: 'Jurnal yang akan dibukukan' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent)
    ).toEqual([
      'AkunDebitKredit',
      '3-5102 SHU Belum Dibagi1.000.000',
      '3-4101 Cadangan600.000',
      '2-1601 SHU Bagian Anggota400.000',
      'Jumlah1.000.0001.000.000'
    ])
    expect(api.inputsOf('shu.post')).toHaveLength(0)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ya, bukukan' }))
    })
    await waitFor(() => expect(api.inputsOf('shu.post')).toHaveLength(1))
  })

  it('pays selected members and prints one receipt each', async () => {
    const posted = (i: CommandInput<'shu.simulate'>) => ({
      ...simulate(i),
      posted: { date: '2026-03-15', entryNumber: 'JU-2026-000009', decisionRef: null }
    })
    let paid = false
    const api = mount({
      'shu.simulate': posted,
      'shu.payables': () => ({
        year: 2025,
        total: 2_316_741,
        paid: paid ? 1_249_275 : 0,
        unpaid: paid ? 1_067_466 : 2_316_741,
        rows: [
          {
            memberId: 1,
            memberNo: 'A',
            name: 'Ani',
            amount: 1_249_275,
            paid: paid ? 1_249_275 : 0,
            unpaid: paid ? 0 : 1_249_275,
            paidAt: paid ? '2026-03-20' : null,
            method: paid ? 'TUNAI' : null,
            entryNumber: null
          },
          {
            memberId: 2,
            memberNo: 'B',
            name: 'Budi',
            amount: 1_067_466,
            paid: 0,
            unpaid: 1_067_466,
            paidAt: null,
            method: null,
            entryNumber: null
          }
        ]
      }),
      'shu.pay': (i) => {
        paid = true
        return {
          year: i.year,
          date: i.date,
          count: 1,
          total: 1_249_275,
          receipts: [
            {
              memberId: 1,
              memberNo: 'A',
              name: 'Ani',
              year: 2025,
              date: i.date,
              amount: 1_249_275,
              amountInWords: 'satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah',
              method: 'TUNAI',
              entryNumber: 'KK-2026-000001'
            }
          ]
        }
      }
    })
    const table = await screen.findByRole('table', { name: 'SHU anggota: sudah dan belum dibayar' })
    expect(screen.getByText(/Pembagian SHU sudah dibukukan pada 15 Maret 2026 \(JU-2026-000009\)/)).toBeTruthy()
    fireEvent.click(await within(table).findByRole('checkbox', { name: 'Pilih Ani' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bayar: Anggota terpilih (1)' }))
    })
    expect(api.inputsOf('shu.pay')[0]).toMatchObject({
      year: 2025,
      memberIds: [1],
      method: 'TUNAI',
      cashAccount: '1-1101'
    })
    const receipts = await screen.findByTestId('shu-receipts')
    expect(receipts.textContent).toMatch(/Kuitansi Pembayaran SHU.*KK-2026-000001.*Rp1\.249\.275.*satu juta dua ratus/)
    expect(await screen.findByText('1 anggota dibayar, seluruhnya Rp1.249.275.')).toBeTruthy()
  })
})

describe('SHU: tahun rugi', () => {
  it('says nothing is distributed and does not offer posting', async () => {
    mount({
      'shu.simulate': (i) => {
        const a = allocate({ shuAfterTax: -250_000, percentages: DEFAULT_PERCENTAGES, members: MEMBERS })
        return {
          ...simulate(i),
          shuAfterTax: -250_000,
          loss: true,
          message: a.message,
          components: a.components,
          members: [],
          totals: { ...a.totals, members: 0 }
        }
      }
    })
    expect(await screen.findByText(/Tahun ini rugi Rp250\.000: tidak ada SHU yang dibagi/)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Bukukan pembagian' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
