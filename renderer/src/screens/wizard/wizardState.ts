import type { CommandInput } from '../../../../shared/commands'
import type { DefaultChartAccount } from '../../../../shared/commands/setup'
import type { FieldErrors } from '../../lib/fieldErrors'
import { draftToInput, type ProfileDraft } from '../profile/profileForm'

export interface ExtraAccountDraft {
  key: string
  parentCode: string
  code: string
  name: string
}

export interface UnitDraft {
  key: string
  code: string
  name: string
  description: string
  /** A default unit keeps its code; a new one gets one typed by the user. */
  isDefault: boolean
}

export interface WizardDraft {
  profile: ProfileDraft
  excluded: ReadonlySet<string>
  extras: ExtraAccountDraft[]
  units: UnitDraft[]
  booksStartDate: string
  firstFinancialYear: string
}

let keySeq = 0
/** A stable React key for rows the user adds and removes. */
export const newKey = (prefix: string): string => `${prefix}${++keySeq}`

export const STEP_COUNT = 4
export const STEP_PROFILE = 0
export const STEP_CHART = 1
export const STEP_UNITS = 2
export const STEP_START = 3

/** What was sent, so an error on `units.2.code` can find the row it is about. */
export interface SentShape {
  excludeAccounts: string[]
  extraKeys: string[]
  unitKeys: string[]
}

export function buildInitializeInput(d: WizardDraft): { input: CommandInput<'setup.initialize'>; sent: SentShape } {
  const excludeAccounts = [...d.excluded].sort()
  const input: CommandInput<'setup.initialize'> = {
    profile: draftToInput(d.profile),
    firstFinancialYear: Number(d.firstFinancialYear),
    booksStartDate: d.booksStartDate,
    excludeAccounts,
    extraAccounts: d.extras.map((x) => ({ parentCode: x.parentCode, code: x.code.trim(), name: x.name.trim() })),
    units: d.units.map((u) => ({
      code: u.code.trim(),
      name: u.name.trim(),
      description: u.description.trim() === '' ? null : u.description.trim()
    }))
  }
  return {
    input,
    sent: { excludeAccounts, extraKeys: d.extras.map((x) => x.key), unitKeys: d.units.map((u) => u.key) }
  }
}

/**
 * Where a server error about `field` belongs: the wizard step and the local error key.
 * Local keys: `profile.<field>`, `account:<code>`, `extra:<key>.<field>`, `unit:<key>.<field>`,
 * `units`, `booksStartDate`, `firstFinancialYear`. Unknown or missing fields go to the last step.
 */
export function locateError(field: string | undefined, sent: SentShape): { step: number; key: string } {
  if (!field) return { step: STEP_START, key: '' }
  const parts = field.split('.')
  const [head, index, ...rest] = parts
  const i = Number(index)
  switch (head) {
    case 'profile':
      return { step: STEP_PROFILE, key: index ? `profile.${index}` : '' }
    case 'excludeAccounts': {
      const code = sent.excludeAccounts[i]
      return { step: STEP_CHART, key: code ? `account:${code}` : 'chart' }
    }
    case 'extraAccounts': {
      const key = sent.extraKeys[i]
      return { step: STEP_CHART, key: key ? `extra:${key}.${rest[0] ?? 'code'}` : 'chart' }
    }
    case 'units': {
      const key = sent.unitKeys[i]
      return { step: STEP_UNITS, key: key ? `unit:${key}.${rest[0] ?? 'code'}` : 'units' }
    }
    case 'booksStartDate':
    case 'firstFinancialYear':
      return { step: STEP_START, key: head }
    default:
      return { step: STEP_START, key: '' }
  }
}

/** The profile step's errors keyed by bare field name. */
export function profileErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {}
  for (const [k, v] of Object.entries(errors)) if (k.startsWith('profile.')) out[k.slice('profile.'.length)] = v
  return out
}

/** The chart as it will be seeded: kept defaults plus extras, in code order. */
export interface ChartRow {
  code: string
  name: string
  depth: number
  isHeader: boolean
  /** A default leaf that gets sub-accounts becomes a header. */
  becomesHeader: boolean
  excluded: boolean
  extraKey: string | null
}

export function chartRows(
  defaults: readonly DefaultChartAccount[],
  excluded: ReadonlySet<string>,
  extras: readonly ExtraAccountDraft[],
  depthOf: (code: string) => number
): ChartRow[] {
  const parentsWithExtras = new Set(extras.map((x) => x.parentCode))
  const rows: ChartRow[] = defaults.map((a) => ({
    code: a.code,
    name: a.name,
    depth: depthOf(a.code),
    isHeader: a.isHeader,
    becomesHeader: !a.isHeader && parentsWithExtras.has(a.code),
    excluded: excluded.has(a.code),
    extraKey: null
  }))
  for (const x of extras) {
    rows.push({
      code: x.code,
      name: x.name,
      depth: depthOf(x.code),
      isHeader: false,
      becomesHeader: parentsWithExtras.has(x.code),
      excluded: false,
      extraKey: x.key
    })
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
