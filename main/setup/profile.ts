import { CommandError } from '../../shared/errors'
import type { CooperativeProfile } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import type { Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { setTimeZoneSetting, timeZoneSetting, zoneOf } from './timezone'

type ProfileRow = Row<'profile'>

export function findProfile(book: Book): CooperativeProfile | null {
  const r = book.q.prepare('SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined
  if (!r) return null
  const zone = zoneOf(timeZoneSetting(book), r.province, r.province_code)
  return {
    name: r.name,
    legalEntityNumber: r.legal_entity_number,
    legalEntityDate: r.legal_entity_date,
    nikKoperasi: r.nik_koperasi,
    street: r.street,
    village: r.village,
    district: r.district,
    regency: r.regency,
    province: r.province,
    provinceCode: r.province_code,
    regencyCode: r.regency_code,
    districtCode: r.district_code,
    villageCode: r.village_code,
    postalCode: r.postal_code,
    phone: r.phone,
    email: r.email,
    cooperativeType: r.cooperative_type,
    firstFinancialYear: r.first_financial_year,
    booksStartDate: r.books_start_date,
    timeZone: zone.zone,
    timeZoneSource: zone.source
  }
}

export function requireProfile(book: Book): CooperativeProfile {
  const p = findProfile(book)
  if (!p)
    throw new CommandError(
      'NOT_INITIALIZED',
      'Buku belum disiapkan. Selesaikan wizard penyiapan (setup.initialize) terlebih dahulu.'
    )
  return p
}

type ProfileFields = CommandParsedInput<'profile.update'>

const COLUMNS = [
  'name',
  'legal_entity_number',
  'legal_entity_date',
  'nik_koperasi',
  'street',
  'village',
  'district',
  'regency',
  'province',
  'postal_code',
  'phone',
  'email',
  'cooperative_type',
  'province_code',
  'regency_code',
  'district_code',
  'village_code'
] as const

/** The values of COLUMNS, in that order. */
function columns(p: ProfileFields): (string | null)[] {
  return [
    p.name,
    p.legalEntityNumber,
    p.legalEntityDate,
    p.nikKoperasi,
    p.street,
    p.village,
    p.district,
    p.regency,
    p.province,
    p.postalCode,
    p.phone,
    p.email,
    p.cooperativeType,
    p.provinceCode ?? null,
    p.regencyCode ?? null,
    p.districtCode ?? null,
    p.villageCode ?? null
  ]
}

export function insertProfile(
  ctx: CommandContext,
  p: ProfileFields,
  firstFinancialYear: number,
  booksStartDate: string
): void {
  const at = nowIso(ctx)
  // Only the columns given a value: the rest default to NULL, and a book still at an older schema
  // (the migration tests set one up before migrating it) has no region-code columns to name.
  const values = columns(p)
  const given = COLUMNS.map((c, i) => [c, values[i]] as const).filter(
    ([, v], i) => v !== null || i < COLUMNS.indexOf('province_code')
  )
  ctx.book.q
    .prepare(
      `INSERT INTO profile (id, ${given.map(([c]) => c).join(', ')}, first_financial_year, books_start_date, created_at, updated_at) VALUES (1, ${given.map(() => '?').join(', ')}, ?, ?, ?, ?)`
    )
    .run(...given.map(([, v]) => v), firstFinancialYear, booksStartDate, at, at)
  if (p.timeZone !== undefined) setTimeZoneSetting(ctx.book, p.timeZone)
}

export function updateProfile(ctx: CommandContext, p: ProfileFields): CooperativeProfile {
  requireProfile(ctx.book)
  ctx.book.q
    .prepare(`UPDATE profile SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = 1`)
    .run(...columns(p), nowIso(ctx))
  if (p.timeZone !== undefined) setTimeZoneSetting(ctx.book, p.timeZone)
  return requireProfile(ctx.book)
}
