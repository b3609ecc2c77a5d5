import type { Account } from '../../../shared/ledger/types'

/** Depth of a chart code like the core computes it: 1 → 0, 1-11 → 1, 1-1101 → 2, 1-1101-01 → 3. */
export function codeDepth(code: string): number {
  const parts = code.split('-')
  if (parts.length === 1) return 0
  if (parts.length === 2) return (parts[1] ?? '').length <= 2 ? 1 : 2
  return parts.length
}

export const ACCOUNT_CODE_PATTERN = /^[1-5](-\d{2,4}(-\d{1,3})*)?$/

/** Is `code` a well-formed child code of `parent` (one level below, same prefix)? */
export function isChildCode(parent: string, code: string): boolean {
  return (
    ACCOUNT_CODE_PATTERN.test(code) && code.startsWith(parent) && code !== parent && codeDepth(code) > codeDepth(parent)
  )
}

/** The next free child code under `parent`: 1 → 1-NN, 1-11 → 1-11NN, 1-1101 → 1-1101-NN. */
export function suggestChildCode(parent: string, existing: Iterable<string>): string {
  const taken = new Set(existing)
  const depth = codeDepth(parent)
  const make = (n: number) => {
    const two = String(n).padStart(2, '0')
    if (depth === 0) return `${parent}-${two}`
    if (depth === 1) return `${parent}${two}`
    return `${parent}-${two}`
  }
  // Start after the highest existing direct child, so new codes follow the chart's order.
  let max = 0
  for (const c of taken) {
    if (!c.startsWith(parent) || c === parent) continue
    const rest = c.slice(parent.length).replace(/^-/, '')
    if (codeDepth(c) !== (depth === 0 ? 1 : depth === 1 ? 2 : depth + 1) || !/^\d+$/.test(rest)) continue
    max = Math.max(max, Number(rest))
  }
  for (let n = max + 1; n < 100; n++) if (!taken.has(make(n))) return make(n)
  for (let n = 1; n < 100; n++) if (!taken.has(make(n))) return make(n)
  return make(99)
}

/** Accounts that can carry journal lines: active and not a header. */
export function postableAccounts(accounts: Account[]): Account[] {
  return accounts.filter((a) => a.isActive && !a.isHeader)
}

/** Kas (1-11xx) and bank (1-12xx) accounts: where money is handed over or received. */
export function isCashAccount(code: string): boolean {
  return /^1-1[12]\d\d/.test(code)
}

export function accountLabel(a: { code: string; name: string }): string {
  return `${a.code} · ${a.name}`
}
