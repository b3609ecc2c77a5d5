import type { Book } from '../db/book'
import { qb } from '../db/query'
import { getSetting } from '../settings'
import { appendAuditRow, GENESIS_HASH, HEAD_KEY, rowHash, type AuditRecord, type AuditRow } from './chain'
import type { AuditEntry, AuditVerification, Paged } from '../../shared/ledger/types'

export { appendAuditRow, auditJson, GENESIS_HASH, rowHash, type AuditRecord, type AuditRow } from './chain'

/** An earlier chain head written down outside the file (RAT book, Settings › Audit, Dinas export). */
export interface AuditAnchor {
  id: number
  /** The full hash, or its first 12 or more hex characters (dashes and spaces ignored). */
  hash: string
}

export interface AuditHead {
  count: number
  lastId: number
  hash: string
  at: string | null
  /** What the pengawas writes down: the record number and the first 16 hex characters in groups of four. */
  fingerprint: string
}

export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join('-')
}

const countAudit = (book: Book): number =>
  book.q.first(qb.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')))!.n

export function auditHead(book: Book): AuditHead {
  const last = book.q.first(qb.selectFrom('audit_log').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1))
  const count = countAudit(book)
  const hash = last?.hash ?? GENESIS_HASH
  return {
    count,
    lastId: last?.id ?? 0,
    hash,
    at: last?.at ?? null,
    fingerprint: `${last?.id ?? 0}/${shortHash(hash)}`
  }
}

/**
 * Appends one record, chained to the previous one, with the journal entries the command posted in
 * this transaction. Runs inside the command's transaction.
 */
export function appendAudit(book: Book, rec: AuditRecord): AuditRow {
  const postings = book.postings.pending
  book.postings.pending = []
  return appendAuditRow(book.q, rec, postings)
}

/**
 * Recomputes the chain from the first row. An edited row breaks its own hash; a deleted row
 * breaks the next row's link; a deleted tail no longer matches the head kept in settings.
 */
export function verifyAudit(
  book: Book,
  onProgress?: (done: number, total: number) => void,
  anchor?: AuditAnchor
): AuditVerification {
  const total = countAudit(book)
  const problems: AuditVerification['problems'] = []
  let prevHash = GENESIS_HASH
  let expectedId = 1
  let done = 0
  const wanted = anchor ? anchor.hash.replace(/[\s-]/g, '').toLowerCase() : null
  let anchorSeen = false
  for (const r of book.q.iterate<AuditRow>('SELECT * FROM audit_log ORDER BY id')) {
    if (anchor && r.id === anchor.id) {
      anchorSeen = true
      if (!r.hash.startsWith(wanted!))
        problems.push({
          id: r.id,
          message: `Catatan audit ${r.id} tidak lagi sama dengan jangkar yang dicatat (${shortHash(wanted!.padEnd(16, '?'))}): jejak audit sampai catatan itu telah ditulis ulang`
        })
    }
    if (r.id !== expectedId) problems.push({ id: r.id, message: `Baris audit ${expectedId}–${r.id - 1} hilang` })
    if (r.prev_hash !== prevHash) problems.push({ id: r.id, message: `Rantai audit putus di baris ${r.id}` })
    const { hash, ...rest } = r
    if (rowHash(rest) !== hash)
      problems.push({ id: r.id, message: `Isi baris audit ${r.id} telah diubah di luar aplikasi` })
    prevHash = r.hash
    expectedId = r.id + 1
    if (++done % 5000 === 0) onProgress?.(done, total)
    if (problems.length >= 100) break
  }
  if (anchor && !anchorSeen)
    problems.push({
      id: anchor.id,
      message: `Catatan audit ${anchor.id} yang dicatat sebagai jangkar tidak ada lagi: jejak audit telah dipotong atau ditulis ulang`
    })
  const stored = getSetting(book, HEAD_KEY)
  const actual = total === 0 ? null : `${expectedId - 1}:${prevHash}`
  if ((stored ?? null) !== actual) {
    problems.push({
      id: null,
      message: 'Ujung rantai audit tidak cocok dengan catatan terakhir: ada baris audit yang dihapus atau disisipkan'
    })
  }
  return { ok: problems.length === 0, count: total, head: prevHash, problems }
}

export function listAudit(
  book: Book,
  f: { command?: string; actor?: string; page: number; pageSize: number }
): Paged<AuditEntry> {
  let query = qb.selectFrom('audit_log')
  if (f.command) query = query.where('command', '=', f.command)
  if (f.actor) query = query.where('actor', '=', f.actor)
  const total = book.q.first(query.select((eb) => eb.fn.countAll<number>().as('n')))!.n
  const rows = book.q.all(
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
  )
  const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s))
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      command: r.command,
      input: parse(r.input),
      before: parse(r.before),
      after: parse(r.after),
      hash: r.hash,
      ...(r.device ? { device: parse(r.device) as AuditEntry['device'] } : {})
    })),
    page: f.page,
    pageSize: f.pageSize,
    total
  }
}
