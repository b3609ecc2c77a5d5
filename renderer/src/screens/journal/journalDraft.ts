import type { CommandInput } from '../../../../shared/commands'
import { readMoney } from '../../lib/money'

export interface LineDraft {
  key: string
  account: string
  debit: string
  credit: string
  unit: string
  memo: string
}

let seq = 0
export function emptyLine(): LineDraft {
  return { key: `l${++seq}`, account: '', debit: '', credit: '', unit: '', memo: '' }
}

/** A line the user has started (an account or an amount); blank rows are not posted. */
export function isStarted(l: LineDraft): boolean {
  return l.account !== '' || l.debit.trim() !== '' || l.credit.trim() !== '' || l.memo.trim() !== ''
}

export interface Totals {
  debit: number
  credit: number
  /** debit − credit */
  difference: number
  startedLines: number
  /** Some amount cannot be read. */
  invalid: boolean
  balanced: boolean
  /** Enough to send: ≥ 2 started lines, readable amounts, equal non-zero totals. */
  postable: boolean
}

export function computeTotals(lines: readonly LineDraft[]): Totals {
  let debit = 0
  let credit = 0
  let invalid = false
  for (const l of lines) {
    const d = readMoney(l.debit)
    const c = readMoney(l.credit)
    if (d.ok) debit += d.value
    else invalid = true
    if (c.ok) credit += c.value
    else invalid = true
  }
  const startedLines = lines.filter(isStarted).length
  const balanced = !invalid && debit === credit && debit > 0
  return {
    debit,
    credit,
    difference: debit - credit,
    startedLines,
    invalid,
    balanced,
    postable: balanced && startedLines >= 2
  }
}

type PostInput = CommandInput<'journal.post'>

/** The command input, and which form row each posted line came from (for error messages). */
export function buildPostInput(
  h: { date: string; description: string; reference: string; series: string },
  lines: readonly LineDraft[]
): { input: PostInput; keys: string[] } {
  const started = lines.filter(isStarted)
  const amount = (s: string) => {
    const r = readMoney(s)
    return r.ok ? r.value : 0
  }
  return {
    keys: started.map((l) => l.key),
    input: {
      date: h.date,
      description: h.description.trim(),
      reference: h.reference.trim() === '' ? null : h.reference.trim(),
      series: h.series,
      lines: started.map((l) => ({
        account: l.account,
        debit: amount(l.debit),
        credit: amount(l.credit),
        unit: l.unit === '' ? null : l.unit,
        memo: l.memo.trim() === '' ? null : l.memo.trim()
      }))
    }
  }
}

/** Maps a server field (`lines.1.debit`) onto the form's own keys (`line:<key>.debit`). */
export function localLineField(field: string | undefined, keys: readonly string[]): string {
  if (!field) return ''
  const m = /^lines\.(\d+)\.(\w+)/.exec(field)
  if (m) {
    const key = keys[Number(m[1])]
    const col = m[2] === 'memberId' || m[2] === 'pihak' ? 'account' : m[2]
    return key ? `line:${key}.${col}` : 'lines'
  }
  if (field.startsWith('lines')) return 'lines'
  if (['date', 'description', 'reference', 'series'].includes(field)) return field
  return ''
}
