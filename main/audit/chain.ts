import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { DB } from '../db/schema'
import { qb, SyncRunner } from '../db/query'
import type { PostingRecord } from './postings'

/*
 * The audit chain on a raw connection: how a record is stored and hashed, and how one is appended.
 * Used by the audit trail (./trail.ts) and by migrations, which run before a Book exists.
 */

export const GENESIS_HASH = '0'.repeat(64)
const SEP = '\u001f'
export const HEAD_KEY = 'audit.head'
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

/** Appends one chained record on a raw connection (also used by migrations). */
export function appendAuditRow(
  db: Database.Database | SyncRunner,
  rec: AuditRecord,
  postings: PostingRecord[] = []
): AuditRow {
  const q = db instanceof SyncRunner ? db : new SyncRunner(db)
  const prev = q.first(qb.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1))
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
  const { device, ...stored } = row
  q.run(qb.insertInto('audit_log').values(device ? { ...stored, hash, device } : { ...stored, hash }))
  q.run(
    qb
      .insertInto('settings')
      .values({ key: HEAD_KEY, value: `${row.id}:${hash}` })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
  )
  return { ...row, hash }
}
