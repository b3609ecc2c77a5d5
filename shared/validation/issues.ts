import { z } from 'zod'
import { CommandError } from '../errors'
import { FIELD_LABELS } from './field-labels'

type Issue = z.core.$ZodRawIssue

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  object: 'objek',
  array: 'daftar',
  date: 'tanggal',
  bigint: 'bilangan bulat',
  null: 'kosong (null)',
  undefined: 'kosong'
}

/** Treasurer-facing wording for zod issues that a schema did not phrase itself. */
export function indonesianIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'wajib diisi'
      if (issue.expected === 'number' && typeof issue.input === 'number' && Number.isNaN(issue.input)) {
        return 'harus berupa angka'
      }
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `harus bernilai ${String(issue.values[0])}`
        : `harus salah satu dari: ${issue.values.map(String).join(', ')}`
    case 'too_big':
      if (issue.origin === 'string') return `paling banyak ${String(issue.maximum)} karakter`
      if (issue.origin === 'array') return `paling banyak ${String(issue.maximum)} baris`
      return `paling besar ${String(issue.maximum)}`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'wajib diisi' : `paling sedikit ${String(issue.minimum)} karakter`
      if (issue.origin === 'array') return `paling sedikit ${String(issue.minimum)} baris`
      return `paling kecil ${String(issue.minimum)}`
    case 'invalid_format':
      return 'formatnya tidak valid'
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')}`
    case 'invalid_union':
      return 'isiannya tidak valid'
    case 'not_multiple_of':
      return `harus kelipatan ${String(issue.divisor)}`
    default:
      return 'isiannya tidak valid'
  }
}

export const indonesianErrorMap = (issue: Issue): string => indonesianIssueMessage(issue)

/** "lines.1.debit" → "Baris jurnal ke-2 › Debit" */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    if (typeof seg === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'Baris'} ke-${seg + 1}`
      continue
    }
    const key = String(seg)
    parts.push(FIELD_LABELS[key] ?? key)
  }
  return parts.join(' › ')
}

/**
 * An input that may take one of several shapes (journal.get by id or by number) is refused with the
 * shapes' own summary ("isi id atau number") only when no shape comes closer than another. When one
 * shape fails on fewer fields, its first problem is the one the treasurer made: "Per tanggal" given
 * but "Tampilkan nol" not true/false is said so, not "isi asOf, atau from dan to".
 */
function closestIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue
  const fewest = Math.min(...issue.errors.map((e) => e.length))
  const closest = issue.errors.filter((e) => e.length === fewest)
  const inner = closest.length === 1 ? closest[0]![0] : undefined
  return inner ? closestIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue
}

export function zodErrorToCommandError(error: z.ZodError): CommandError {
  const first = error.issues[0]
  if (!first) return new CommandError('INVALID_INPUT', 'Isian tidak valid')
  const issue = closestIssue(first)
  const path = issue.path
  const field = path.map(String).join('.')
  const label = path.length > 0 ? fieldLabel(path) : 'Isian'
  return new CommandError('INVALID_INPUT', `${label}: ${issue.message}`, field === '' ? undefined : field)
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: indonesianErrorMap })
  if (!parsed.success) throw zodErrorToCommandError(parsed.error)
  return parsed.data
}
