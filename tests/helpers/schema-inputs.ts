import { z } from 'zod'
import { commands, type CommandName } from '../../shared/commands'

/** The parts of a JSON Schema (as z.toJSONSchema writes it) that the input generator reads. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  default?: unknown
  additionalProperties?: boolean | JsonSchema
  multipleOf?: number
}

export function jsonSchemaOf(name: CommandName): JsonSchema {
  return z.toJSONSchema(commands[name].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

/**
 * Field values a real book understands, by field name (an id of a row that exists, an account code,
 * a unit). `command` lets one name mean different rows in different modules (`id`).
 */
export type FieldValues = (key: string, command: CommandName, schema: JsonSchema) => unknown

/** Strings tried, in order, against a pattern that no field value covered. */
const PATTERN_SAMPLES = [
  '2026-03',
  'SEMBAKO',
  '1-1101',
  '1-1101-01',
  '4-21',
  'UJI',
  'KAS',
  '1.5',
  'budi',
  'uji-kode',
  'kodeUji',
  'B.12.1',
  '3273054508900001',
  '0123456789abcdef',
  'AbCdEfGh12345678_-',
  'LAPORAN_TAHUNAN:2026',
  '127.0.0.1'
]

const AMOUNT_KEY = /amount|price|cost|debit|credit|principal|nominal|value|saldo|total|limit|plafon/i

function branches(s: JsonSchema): JsonSchema[] | null {
  return s.anyOf ?? s.oneOf ?? null
}

function typeOf(s: JsonSchema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? s.type[0]
  return s.type
}

/** Lowest and highest numbers the schema allows (integers where it asks for integers). */
function numberRange(s: JsonSchema): [number, number] {
  const int = typeOf(s) === 'integer'
  let lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (int ? 1 : 0.5) : -1e9)
  let hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (int ? 1 : 0.5) : 1e12)
  if (int) {
    lo = Math.ceil(lo)
    hi = Math.floor(hi)
  }
  return [lo, hi]
}

/**
 * A value that the schema accepts, built from its JSON Schema: field values of the book first, then
 * enums, date formats, patterns, numbers in range, one item per list. `withOptional` fills optional
 * fields too (some schemas refine across fields, e.g. a journal line needs a debit or a credit).
 */
export function exampleOf(
  s: JsonSchema,
  command: CommandName,
  values: FieldValues,
  withOptional: boolean,
  key = ''
): unknown {
  if (key) {
    const v = values(key, command, s)
    if (v !== undefined) return v
  }
  const alts = branches(s)
  if (alts) {
    const nonNull = alts.filter((a) => typeOf(a) !== 'null')
    return exampleOf(nonNull[0] ?? alts[0]!, command, values, withOptional, key)
  }
  if ('const' in s) return s.const
  if (s.enum) return s.enum[0]
  switch (typeOf(s)) {
    case 'null':
      return null
    case 'boolean':
      return false
    case 'integer':
    case 'number': {
      const [lo, hi] = numberRange(s)
      const want = AMOUNT_KEY.test(key) ? 10_000 : 1
      const n = Math.min(Math.max(want, lo), hi)
      return s.multipleOf ? Math.ceil(n / s.multipleOf) * s.multipleOf : n
    }
    case 'string': {
      if (s.format === 'date') return '2026-06-15'
      if (s.format === 'date-time') return '2026-06-15T03:00:00.000Z'
      if (s.pattern) {
        const re = new RegExp(s.pattern)
        const hit = PATTERN_SAMPLES.find((c) => re.test(c))
        if (hit !== undefined) return hit
      }
      const min = s.minLength ?? 0
      const max = s.maxLength ?? 1000
      return 'Uji isian'.padEnd(Math.max(min, 1), 'x').slice(0, Math.max(max, 1))
    }
    case 'array': {
      const n = Math.max(1, s.minItems ?? 0)
      return Array.from({ length: n }, () => exampleOf(s.items ?? {}, command, values, withOptional, key))
    }
    case 'object':
    default: {
      if (!s.properties) return {}
      const out: Record<string, unknown> = {}
      const required = new Set(s.required ?? [])
      for (const [k, p] of Object.entries(s.properties)) {
        if (!required.has(k) && !withOptional) continue
        if (k === 'allowFutureDate') continue
        out[k] = exampleOf(p, command, values, withOptional, k)
      }
      return out
    }
  }
}

export interface BadInput {
  /** The top-level field the refusal must name. */
  field: string
  how: string
  input: unknown
}

function wrongTypeFor(s: JsonSchema): unknown {
  switch (typeOf(branches(s)?.find((a) => typeOf(a) !== 'null') ?? s)) {
    case 'string':
      return 12345
    case 'integer':
    case 'number':
      return 'dua ribu'
    case 'boolean':
      return 'ya'
    case 'array':
      return 'bukan daftar'
    case 'object':
      return 7
    default:
      return Symbol.for('tidak') // filtered out below: not JSON
  }
}

/** Out of range for the field's own limits (number bounds, length, pattern, enum, calendar date). */
function outOfRange(s: JsonSchema): [string, unknown][] {
  const t = branches(s)?.find((a) => typeOf(a) !== 'null') ?? s
  const out: [string, unknown][] = []
  if (t.enum) out.push(['bukan pilihan', 'TIDAK_ADA_PILIHAN'])
  const type = typeOf(t)
  if (type === 'integer' || type === 'number') {
    const [lo, hi] = numberRange(t)
    if (lo > -1e9) out.push(['di bawah batas', lo - 1])
    if (hi < 1e12 && hi < Number.MAX_SAFE_INTEGER) out.push(['di atas batas', hi + 1])
    if (type === 'integer') out.push(['pecahan', Math.max(lo, 0) + 0.5])
  }
  if (type === 'string') {
    if (t.format === 'date') out.push(['tanggal tidak ada', '2026-02-30'], ['format tanggal lain', '15/06/2026'])
    if (t.pattern) out.push(['pola salah', '!! salah !!'])
    if (t.maxLength !== undefined && t.maxLength < 20_000) out.push(['terlalu panjang', 'x'.repeat(t.maxLength + 1)])
    if ((t.minLength ?? 0) >= 1) out.push(['kosong', ''])
  }
  if (type === 'array') {
    if ((t.minItems ?? 0) >= 1) out.push(['daftar kosong', []])
  }
  return out
}

/**
 * For every top-level field of a valid input: a wrong type, left out (when required), and out of
 * its range. Only the ones the schema itself refuses are kept.
 */
export function badInputsFor(name: CommandName, valid: Record<string, unknown>): BadInput[] {
  const whole = jsonSchemaOf(name)
  // A union of input shapes (journal.get: by id or by number): the first shape's fields.
  const js = branches(whole)?.[0] ?? whole
  const schema = commands[name].input as z.ZodType
  const out: BadInput[] = []
  const required = new Set(js.required ?? [])
  for (const [field, s] of Object.entries(js.properties ?? {})) {
    const wrong = wrongTypeFor(s)
    if (typeof wrong !== 'symbol') out.push({ field, how: 'jenis salah', input: { ...valid, [field]: wrong } })
    if (required.has(field)) {
      const { [field]: _gone, ...rest } = valid
      out.push({ field, how: 'tidak diisi', input: rest })
    }
    for (const [how, v] of outOfRange(s)) out.push({ field, how, input: { ...valid, [field]: v } })
  }
  if (js.additionalProperties === false)
    out.push({ field: '', how: 'isian tidak dikenal', input: { ...valid, isianAsing: 1 } })
  return out.filter((b) => !schema.safeParse(b.input).success)
}
