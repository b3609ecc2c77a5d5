import type { CommandInput } from '../../../../shared/commands'
import type { CooperativeProfile } from '../../../../shared/ledger/types'
import { t } from '../../i18n'
import type { FieldErrors } from '../../lib/fieldErrors'

/** The profile as the form edits it: every field a string ('' = empty). */
export interface ProfileDraft {
  name: string
  legalEntityNumber: string
  legalEntityDate: string
  nikKoperasi: string
  street: string
  village: string
  district: string
  regency: string
  province: string
  /** Kemendagri codes chosen in the region picker ('' = not chosen; the name is then as typed). */
  provinceCode: string
  regencyCode: string
  districtCode: string
  villageCode: string
  postalCode: string
  phone: string
  email: string
  cooperativeType: string
}

export type ProfileField = keyof ProfileDraft

export const PROFILE_FIELDS: readonly ProfileField[] = [
  'name',
  'legalEntityNumber',
  'legalEntityDate',
  'nikKoperasi',
  'street',
  'village',
  'district',
  'regency',
  'province',
  'postalCode',
  'phone',
  'email',
  'cooperativeType',
  'provinceCode',
  'regencyCode',
  'districtCode',
  'villageCode'
]

export const REQUIRED_PROFILE_FIELDS: readonly ProfileField[] = [
  'name',
  'village',
  'district',
  'regency',
  'province',
  'cooperativeType'
]

export function emptyProfile(cooperativeType = ''): ProfileDraft {
  return {
    name: '',
    legalEntityNumber: '',
    legalEntityDate: '',
    nikKoperasi: '',
    street: '',
    village: '',
    district: '',
    regency: '',
    province: '',
    postalCode: '',
    phone: '',
    email: '',
    cooperativeType,
    provinceCode: '',
    regencyCode: '',
    districtCode: '',
    villageCode: ''
  }
}

export function profileToDraft(p: CooperativeProfile): ProfileDraft {
  const draft = emptyProfile()
  for (const f of PROFILE_FIELDS) draft[f] = p[f] ?? ''
  return draft
}

type ProfileInput = CommandInput<'profile.update'>

export function draftToInput(d: ProfileDraft): ProfileInput {
  const opt = (s: string) => (s.trim() === '' ? null : s.trim())
  return {
    name: d.name.trim(),
    legalEntityNumber: opt(d.legalEntityNumber),
    legalEntityDate: d.legalEntityDate === '' ? null : d.legalEntityDate,
    nikKoperasi: opt(d.nikKoperasi),
    street: opt(d.street),
    village: d.village.trim(),
    district: d.district.trim(),
    regency: d.regency.trim(),
    province: d.province.trim(),
    provinceCode: d.provinceCode || null,
    regencyCode: d.regencyCode || null,
    districtCode: d.districtCode || null,
    villageCode: d.villageCode || null,
    postalCode: opt(d.postalCode),
    phone: opt(d.phone),
    email: opt(d.email),
    cooperativeType: d.cooperativeType
  }
}

/** What the form can tell before asking the book: the required fields. Keys are field names. */
export function checkRequired(d: ProfileDraft): FieldErrors {
  const errors: FieldErrors = {}
  for (const f of REQUIRED_PROFILE_FIELDS) if (d[f].trim() === '') errors[f] = t.errors.required
  return errors
}
