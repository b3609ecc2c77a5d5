/**
 * What one journal entry moved into or out of kas and bank, by counter account (direct method).
 * Lines on non-cash accounts that offset each other exactly inside the entry (HPP against
 * persediaan in a cash sale) carry no cash and are set aside in pairs; every other non-cash line
 * is what cash was received for (its credit) or paid for (its debit). The result sums exactly to
 * the entry's net cash movement.
 */
export interface EntryLine {
  accountId: number
  isCash: boolean
  debit: number
  credit: number
}

export function entryCashFlows(lines: readonly EntryLine[]): Map<number, { inflow: number; outflow: number }> {
  const out = new Map<number, { inflow: number; outflow: number }>()
  if (!lines.some((l) => l.isCash)) return out
  const other = lines.filter((l) => !l.isCash)
  const offset = new Set<number>()
  other.forEach((d, i) => {
    if (d.debit === 0 || offset.has(i)) return
    const j = other.findIndex((c, k) => !offset.has(k) && k !== i && c.credit === d.debit)
    if (j >= 0) {
      offset.add(i)
      offset.add(j)
    }
  })
  other.forEach((l, i) => {
    if (offset.has(i)) return
    const p = out.get(l.accountId) ?? { inflow: 0, outflow: 0 }
    out.set(l.accountId, { inflow: p.inflow + l.credit, outflow: p.outflow + l.debit })
  })
  return out
}
