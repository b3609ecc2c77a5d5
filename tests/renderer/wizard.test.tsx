import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DefaultChartAccount, SetupStatus } from '../../shared/commands/setup'
import type { CommandErrorData } from '../../shared/errors'
import { ApiProvider } from '../../renderer/src/api/context'
import { Wizard } from '../../renderer/src/screens/wizard/Wizard'
import {
  locateError,
  STEP_CHART,
  STEP_PROFILE,
  STEP_START,
  STEP_UNITS
} from '../../renderer/src/screens/wizard/wizardState'
import { fakeApi, refuse } from './fakeApi'

afterEach(cleanup)

const chart: DefaultChartAccount[] = [
  { code: '1', name: 'Aset', type: 'ASET', normalBalance: 'D', isHeader: true, parentCode: null },
  { code: '1-11', name: 'Kas', type: 'ASET', normalBalance: 'D', isHeader: true, parentCode: '1' },
  {
    code: '1-1101',
    name: 'Kas Kantor / Kas Besar',
    type: 'ASET',
    normalBalance: 'D',
    isHeader: false,
    parentCode: '1-11'
  },
  { code: '1-1110', name: 'Kas Gerai', type: 'ASET', normalBalance: 'D', isHeader: false, parentCode: '1-11' }
]

const defaults = {
  accounts: chart,
  units: [
    { code: 'KANTOR', name: 'Kantor Koperasi', description: 'Administrasi dan umum' },
    { code: 'SEMBAKO', name: 'Gerai Sembako', description: null }
  ],
  cooperativeTypes: ['Koperasi Desa/Kelurahan Merah Putih', 'Koperasi Serba Usaha']
}

async function renderWizard(initialize: (input: unknown) => SetupStatus) {
  const api = fakeApi({ 'setup.defaults': () => defaults, 'setup.initialize': initialize })
  const onDone = vi.fn()
  render(
    <ApiProvider invoke={api.invoke}>
      <Wizard onDone={onDone} />
    </ApiProvider>
  )
  await act(async () => {})
  return { api, onDone }
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent
const next = () => fireEvent.click(screen.getByRole('button', { name: /Lanjut/ }))
const input = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input' }) as HTMLInputElement

function fillProfile() {
  for (const [label, value] of [
    ['Nama koperasi', 'Koperasi Desa Merah Putih Sukamaju'],
    ['Desa/kelurahan', 'Sukamaju'],
    ['Kecamatan', 'Cibeber'],
    ['Kabupaten/kota', 'Kabupaten Cianjur'],
    ['Provinsi', 'Jawa Barat']
  ] as const) {
    fireEvent.change(input(label), { target: { value } })
  }
}

async function walkToLastStepAndSubmit() {
  fillProfile()
  next()
  expect(heading()).toBe('Bagan akun')
  next()
  expect(heading()).toBe('Unit usaha')
  next()
  expect(heading()).toBe('Mulai pembukuan')
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Siapkan buku' }))
  })
}

function failWith(error: CommandErrorData) {
  return () => refuse(error)
}

describe('Wizard', () => {
  it('will not leave step 1 with required fields empty', async () => {
    await renderWizard(() => {
      throw new Error('not expected')
    })
    next()
    expect(heading()).toBe('Profil koperasi')
    expect(input('Nama koperasi').getAttribute('aria-invalid')).toBe('true')
    expect(screen.getAllByText('wajib diisi').length).toBe(5)
  })

  it('jumps back to the profile step and shows a profile.village error next to Desa/kelurahan', async () => {
    const message = 'Profil koperasi › Desa/kelurahan: paling banyak 100 karakter'
    await renderWizard(failWith({ code: 'INVALID_INPUT', message, field: 'profile.village' }))
    await walkToLastStepAndSubmit()
    expect(heading()).toBe('Profil koperasi')
    const village = input('Desa/kelurahan')
    expect(village.getAttribute('aria-invalid')).toBe('true')
    const describedBy = village.getAttribute('aria-describedby')!.split(' ')
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent)
    expect(texts).toContain(message)
  })

  it('maps units.1.name to the second unit row on the units step', async () => {
    await renderWizard(
      failWith({ code: 'INVALID_INPUT', message: 'Unit usaha ke-2 › Nama: wajib diisi', field: 'units.1.name' })
    )
    await walkToLastStepAndSubmit()
    expect(heading()).toBe('Unit usaha')
    const cell = input('Nama unit ke-2').closest('td')!
    expect(cell.textContent).toContain('Unit usaha ke-2 › Nama: wajib diisi')
    expect(input('Nama unit ke-2').getAttribute('aria-invalid')).toBe('true')
  })

  it('maps excludeAccounts.0 to the unticked account on the chart step', async () => {
    await renderWizard(
      failWith({ code: 'NOT_FOUND', message: 'Akun 1-1110 tidak ada di bagan akun bawaan', field: 'excludeAccounts.0' })
    )
    fillProfile()
    next()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pakai akun 1-1110 Kas Gerai' }))
    next()
    next()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Siapkan buku' }))
    })
    expect(heading()).toBe('Bagan akun')
    const row = screen.getByRole('checkbox', { name: 'Pakai akun 1-1110 Kas Gerai' }).closest('li')!
    expect(row.textContent).toContain('Akun 1-1110 tidak ada di bagan akun bawaan')
  })

  it('keeps a booksStartDate error on the last step and sends the whole setup', async () => {
    const { api } = await renderWizard(
      failWith({
        code: 'INVALID_INPUT',
        message: 'Tanggal mulai pembukuan: tidak boleh sebelum tahun buku pertama (2026)',
        field: 'booksStartDate'
      })
    )
    await walkToLastStepAndSubmit()
    expect(heading()).toBe('Mulai pembukuan')
    expect(screen.getByText('Tanggal mulai pembukuan: tidak boleh sebelum tahun buku pertama (2026)')).toBeTruthy()
    const [sent] = api.inputsOf('setup.initialize')
    expect(sent).toMatchObject({
      profile: {
        name: 'Koperasi Desa Merah Putih Sukamaju',
        village: 'Sukamaju',
        cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih',
        email: null,
        legalEntityDate: null
      },
      excludeAccounts: [],
      extraAccounts: [],
      units: [
        { code: 'KANTOR', name: 'Kantor Koperasi', description: 'Administrasi dan umum' },
        { code: 'SEMBAKO', name: 'Gerai Sembako', description: null }
      ]
    })
  })

  it('hands the new status over when the book is set up', async () => {
    const status: SetupStatus = {
      initialized: true,
      profile: null,
      cooperativeName: null,
      restricted: false,
      schemaVersion: 3,
      appVersion: '0.1.0',
      file: '/tmp/x.sqlite'
    }
    const { onDone } = await renderWizard(() => status)
    await walkToLastStepAndSubmit()
    expect(onDone).toHaveBeenCalledWith(status)
  })
})

describe('locateError', () => {
  const sent = { excludeAccounts: ['1-1110'], extraKeys: ['x1'], unitKeys: ['u1', 'u2'] }
  it('sends each field to its step', () => {
    expect(locateError('profile.name', sent)).toEqual({ step: STEP_PROFILE, key: 'profile.name' })
    expect(locateError('excludeAccounts.0', sent)).toEqual({ step: STEP_CHART, key: 'account:1-1110' })
    expect(locateError('extraAccounts.0.code', sent)).toEqual({ step: STEP_CHART, key: 'extra:x1.code' })
    expect(locateError('units.1.code', sent)).toEqual({ step: STEP_UNITS, key: 'unit:u2.code' })
    expect(locateError('units', sent)).toEqual({ step: STEP_UNITS, key: 'units' })
    expect(locateError('firstFinancialYear', sent)).toEqual({ step: STEP_START, key: 'firstFinancialYear' })
    expect(locateError(undefined, sent)).toEqual({ step: STEP_START, key: '' })
  })
})
