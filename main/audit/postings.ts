import { createHash } from 'node:crypto'

/**
 * What the audit trail keeps of every journal entry a command posts: its lines in full and a
 * digest of everything else (description, memo, reference, source), so that `system.check` can
 * re-derive what the ledger must be from the audit trail alone and name any difference.
 */
export type PostedLine = [
  accountId: number,
  debit: number,
  credit: number,
  memberId: number | null,
  unitId: number | null,
  pihak: string | null
]

export interface PostingRecord {
  id: number
  no: string
  date: string
  total: number
  digest: string
  lines: PostedLine[]
}

export interface EntryFacts {
  id: number
  number: string
  date: string
  total: number
  source: string
  description: string
  reference: string | null
  reversalOf: number | null
  lines: {
    accountId: number
    debit: number
    credit: number
    memberId: number | null
    unitId: number | null
    pihak: string | null
    memo: string | null
  }[]
}

export function entryDigest(e: EntryFacts): string {
  const text = JSON.stringify([
    e.id,
    e.number,
    e.date,
    e.total,
    e.source,
    e.description,
    e.reference,
    e.reversalOf,
    e.lines.map((l) => [l.accountId, l.debit, l.credit, l.memberId, l.unitId, l.pihak, l.memo])
  ])
  return createHash('sha256').update(text).digest('hex')
}

export function postingRecord(e: EntryFacts): PostingRecord {
  return {
    id: e.id,
    no: e.number,
    date: e.date,
    total: e.total,
    digest: entryDigest(e),
    lines: e.lines.map((l) => [l.accountId, l.debit, l.credit, l.memberId, l.unitId, l.pihak])
  }
}

/** Entries posted inside the running transaction, waiting for the command's audit record. */
export interface PostingCollector {
  pending: PostingRecord[]
}
