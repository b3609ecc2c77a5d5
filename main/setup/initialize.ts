import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { SetupStatus } from '../../shared/commands/setup'
import { APP_VERSION } from '../../shared/version'
import type { CommandContext } from '../commands/context'
import type { Book } from '../db/book'
import { CONTROL_ACCOUNTS, defaultChart, TYPE_BY_DIGIT } from '../ledger/default-chart'
import { depthOf, seedChart } from '../ledger/accounts'
import { DEFAULT_UNITS } from '../units/default-units'
import { insertUnits } from '../units/units'
import { findProfile, insertProfile } from './profile'

export const DEFAULT_SERIES = [
  { code: 'JU', name: 'Jurnal Umum', is_system: 1 },
  { code: 'KM', name: 'Kas Masuk', is_system: 1 },
  { code: 'KK', name: 'Kas Keluar', is_system: 1 },
  { code: 'JP', name: 'Jurnal Penutup', is_system: 1 }
]

/**
 * The book's state for the first screen. With login on, a caller without a session learns only what
 * the login screen needs: that the book is set up, the cooperative's name and the app version.
 */
export function setupStatus(book: Book, restricted = false): SetupStatus {
  const profile = findProfile(book)
  if (restricted)
    return {
      initialized: profile !== null,
      profile: null,
      cooperativeName: profile?.name ?? null,
      restricted: true,
      schemaVersion: 0,
      appVersion: APP_VERSION,
      file: ''
    }
  return {
    initialized: profile !== null,
    profile,
    cooperativeName: profile?.name ?? null,
    restricted: false,
    schemaVersion: book.schemaVersion(),
    appVersion: APP_VERSION,
    file: book.file
  }
}

export function initialize(ctx: CommandContext, input: CommandParsedInput<'setup.initialize'>): SetupStatus {
  const { book } = ctx
  if (findProfile(book)) throw new CommandError('ALREADY_INITIALIZED', 'Buku ini sudah disiapkan sebelumnya')
  const startYear = Number(input.booksStartDate.slice(0, 4))
  if (startYear < input.firstFinancialYear) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal mulai pembukuan: tidak boleh sebelum tahun buku pertama (${input.firstFinancialYear})`,
      'booksStartDate'
    )
  }

  let chart = defaultChart()
  const known = new Set(chart.map((a) => a.code))
  input.excludeAccounts.forEach((code, i) => {
    if (!known.has(code))
      throw new CommandError('NOT_FOUND', `Akun ${code} tidak ada di bagan akun bawaan`, `excludeAccounts.${i}`)
    if (depthOf(code) === 0)
      throw new CommandError('INVALID_INPUT', `Golongan utama ${code} tidak dapat dihapus`, `excludeAccounts.${i}`)
    const control = Object.keys(CONTROL_ACCOUNTS).find(
      (c) => c === code || (c.startsWith(code) && depthOf(c) > depthOf(code))
    )
    if (control)
      throw new CommandError(
        'INVALID_INPUT',
        `Akun kontrol ${control} (simpanan/pinjaman) wajib ada dan tidak dapat dihapus`,
        `excludeAccounts.${i}`
      )
  })
  const excluded = (code: string) =>
    input.excludeAccounts.some((x) => code === x || (code.startsWith(x) && depthOf(code) > depthOf(x)))
  chart = chart.filter((a) => !excluded(a.code))
  input.extraAccounts.forEach((extra, i) => {
    const parent = chart.find((a) => a.code === extra.parentCode)
    if (!parent)
      throw new CommandError('NOT_FOUND', `Akun induk ${extra.parentCode} tidak ada`, `extraAccounts.${i}.parentCode`)
    if (!extra.code.startsWith(parent.code) || depthOf(extra.code) <= depthOf(parent.code)) {
      throw new CommandError(
        'INVALID_INPUT',
        `Kode akun ${extra.code} harus berada di bawah ${parent.code}`,
        `extraAccounts.${i}.code`
      )
    }
    if (chart.some((a) => a.code === extra.code))
      throw new CommandError('CONFLICT', `Kode akun ${extra.code} sudah ada`, `extraAccounts.${i}.code`)
    parent.isHeader = true
    chart.push({
      code: extra.code,
      name: extra.name,
      type: TYPE_BY_DIGIT[extra.code[0]!]!.type,
      normalBalance: extra.normalBalance ?? parent.normalBalance,
      isHeader: extra.isHeader ?? false,
      parentCode: parent.code
    })
  })
  chart.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))

  insertProfile(ctx, input.profile, input.firstFinancialYear, input.booksStartDate)
  seedChart(ctx, chart)
  insertUnits(ctx, input.units ?? DEFAULT_UNITS)
  const series = book.q.prepare('INSERT INTO journal_series (code, name, is_system) VALUES (?, ?, ?)')
  for (const s of DEFAULT_SERIES) series.run(s.code, s.name, s.is_system)
  return setupStatus(book)
}
