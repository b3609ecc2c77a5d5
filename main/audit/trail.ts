import { createHash } from 'node:crypto'
import type { Book } from '../db/book-type'
import type { DB } from '../db/schema'
import type Database from 'better-sqlite3'
import { getSetting } from '../settings'
import type { PostingRecord } from './postings'
import type { AuditEntry, AuditVerification, Paged } from '../../shared/ledger/types'

export const GENESIS_HASH = '0'.repeat(64)
const SEP = '\u001f'
const HEAD_KEY = 'audit.head'
const MAX_STORED_JSON = 8000

export interface AuditRecord {
  at: string
  actor: string
  command: string
  input: unknown
  before?: unknown
  after?: unknown
  /** The device a write over HTTP came from (office network mode). */
  device?: { id: string; label: string; address: string } | null
  /** Keep `after` whole however large (the baseline record); otherwise very large values are kept as their hash. */
  full?: boolean
}

export type AuditRow = Omit<DB['audit_log'], 'id' | 'device'> & { id: number; device?: string | null }

/** An earlier chain head written down outside the file (RAT book, Settings › Audit, Dinas export). */
export interface AuditAnchor {
  id: number
  /** The full hash, or its first 12 or more hex characters (dashes and spaces ignored). */
  hash: string
}

const SECRET_KEYS = /password|token/i

/** JSON with secrets masked and very large values replaced by their hash. */
export function auditJson(value: unknown, full = false): string | null {
  if (value === undefined) return null
  const text = JSON.stringify(value, (k, v: unknown) => (k && SECRET_KEYS.test(k) ? '***' : v))
  if (text === undefined) return null
  if (full || text.length <= MAX_STORED_JSON) return text
  return JSON.stringify({
    ringkas: true,
    panjang: text.length,
    sha256: createHash('sha256').update(text).digest('hex')
  })
}

/**
 * The postings and device columns join the hash only when present, so rows written before them keep
 * their hashes; with a device the postings place is always filled (a NUL when none), so neither can
 * pass for the other.
 */
export function rowHash(r: Omit<AuditRow, 'hash'>): string {
  const parts: (string | number)[] = [
    r.prev_hash,
    r.id,
    r.at,
    r.actor,
    r.command,
    r.input,
    r.before ?? '\u0000',
    r.after ?? '\u0000'
  ]
  if (r.device !== null && r.device !== undefined) parts.push(r.postings ?? '\u0000', `device:${r.device}`)
  else if (r.postings !== null && r.postings !== undefined) parts.push(r.postings)
  return createHash('sha256').update(parts.join(SEP)).digest('hex')
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

export function auditHead(book: Book): AuditHead {
  const last = book.q.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string; at: string } | undefined
  const count = (book.q.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
  const hash = last?.hash ?? GENESIS_HASH
  return {
    count,
    lastId: last?.id ?? 0,
    hash,
    at: last?.at ?? null,
    fingerprint: `${last?.id ?? 0}/${shortHash(hash)}`
  }
}

/** Appends one chained record on a raw connection (also used by migrations). */
export function appendAuditRow(db: Database.Database, rec: AuditRecord, postings: PostingRecord[] = []): AuditRow {
  const prev = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined
  const row: Omit<AuditRow, 'hash'> = {
    id: (prev?.id ?? 0) + 1,
    at: rec.at,
    actor: rec.actor,
    command: rec.command,
    input: auditJson(rec.input) ?? '{}',
    before: auditJson(rec.before),
    after: auditJson(rec.after, rec.full),
    prev_hash: prev?.hash ?? GENESIS_HASH,
    postings: postings.length ? JSON.stringify(postings) : null,
    device: rec.device ? JSON.stringify(rec.device) : null
  }
  const hash = rowHash(row)
  // Without a device the column is left out: the baseline record is written by a migration before it exists.
  if (row.device) {
    db.prepare(
      'INSERT INTO audit_log (id, at, actor, command, input, before, after, prev_hash, hash, postings, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    ).run(
      row.id,
      row.at,
      row.actor,
      row.command,
      row.input,
      row.before,
      row.after,
      row.prev_hash,
      hash,
      row.postings,
      row.device
    )
  } else {
    db.prepare(
      'INSERT INTO audit_log (id, at, actor, command, input, before, after, prev_hash, hash, postings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    ).run(row.id, row.at, row.actor, row.command, row.input, row.before, row.after, row.prev_hash, hash, row.postings)
  }
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  ).run(HEAD_KEY, `${row.id}:${hash}`)
  return { ...row, hash }
}

/**
 * Appends one record, chained to the previous one, with the journal entries the command posted in
 * this transaction. Runs inside the command's transaction.
 */
export function appendAudit(book: Book, rec: AuditRecord): AuditRow {
  const postings = book.postings.pending
  book.postings.pending = []
  return appendAuditRow(book.sqlite, rec, postings)
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
  const total = (book.q.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
  const problems: AuditVerification['problems'] = []
  let prevHash = GENESIS_HASH
  let expectedId = 1
  let done = 0
  const wanted = anchor ? anchor.hash.replace(/[\s-]/g, '').toLowerCase() : null
  let anchorSeen = false
  for (const r of book.q.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
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
  const where: string[] = []
  const params: unknown[] = []
  if (f.command) {
    where.push('command = ?')
    params.push(f.command)
  }
  if (f.actor) {
    where.push('actor = ?')
    params.push(f.actor)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (book.q.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n
  const rows = book.q
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, f.pageSize, (f.page - 1) * f.pageSize) as AuditRow[]
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
