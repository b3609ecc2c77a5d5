import { CommandError } from '../../shared/errors'
import type { CooperativeProfile } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { setTimeZoneSetting, timeZoneSetting, zoneOf } from './timezone'

export function findProfile(book: Book): CooperativeProfile | null {
  const r = book.q.first(book.k.selectFrom('profile').selectAll().where('id', '=', 1))
  if (!r) return null
  const zone = zoneOf(timeZoneSetting(book), r.province)
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
  if (!p) throw new CommandError('NOT_INITIALIZED', 'Buku belum disiapkan. Selesaikan wizard penyiapan (setup.initialize) terlebih dahulu.')
  return p
}

type ProfileFields = CommandParsedInput<'profile.update'>

function columns(p: ProfileFields) {
  return {
    name: p.name,
    legal_entity_number: p.legalEntityNumber,
    legal_entity_date: p.legalEntityDate,
    nik_koperasi: p.nikKoperasi,
    street: p.street,
    village: p.village,
    district: p.district,
    regency: p.regency,
    province: p.province,
    postal_code: p.postalCode,
    phone: p.phone,
    email: p.email,
    cooperative_type: p.cooperativeType
  }
}

export function insertProfile(ctx: CommandContext, p: ProfileFields, firstFinancialYear: number, booksStartDate: string): void {
  const at = nowIso(ctx)
  ctx.book.q.run(
    ctx.book.k.insertInto('profile').values({
      id: 1,
      ...columns(p),
      first_financial_year: firstFinancialYear,
      books_start_date: booksStartDate,
      created_at: at,
      updated_at: at
    })
  )
  if (p.timeZone !== undefined) setTimeZoneSetting(ctx.book, p.timeZone)
}

export function updateProfile(ctx: CommandContext, p: ProfileFields): CooperativeProfile {
  requireProfile(ctx.book)
  ctx.book.q.run(ctx.book.k.updateTable('profile').set({ ...columns(p), updated_at: nowIso(ctx) }).where('id', '=', 1))
  if (p.timeZone !== undefined) setTimeZoneSetting(ctx.book, p.timeZone)
  return requireProfile(ctx.book)
}
