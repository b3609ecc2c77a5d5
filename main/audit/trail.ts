import { createHash } from 'node:crypto'
import type { Book } from '../db/book'
import type { DB } from '../db/schema'
import { getSetting, setSetting } from '../settings'
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
}

export type AuditRow = Omit<DB['audit_log'], 'id'> & { id: number }

const SECRET_KEYS = /password|token/i

/** JSON with secrets masked and very large values replaced by their hash. */
export function auditJson(value: unknown): string | null {
  if (value === undefined) return null
  const text = JSON.stringify(value, (k, v: unknown) => (k && SECRET_KEYS.test(k) ? '***' : v))
  if (text === undefined) return null
  if (text.length <= MAX_STORED_JSON) return text
  return JSON.stringify({ ringkas: true, panjang: text.length, sha256: createHash('sha256').update(text).digest('hex') })
}

export function rowHash(r: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256')
    .update([r.prev_hash, r.id, r.at, r.actor, r.command, r.input, r.before ?? '\u0000', r.after ?? '\u0000'].join(SEP))
    .digest('hex')
}

export function auditHead(book: Book): { count: number; lastId: number; hash: string; at: string | null } {
  const last = book.q.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string; at: string }
    | undefined
  const count = (book.q.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
  return { count, lastId: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH, at: last?.at ?? null }
}

/** Appends one record, chained to the previous one. Runs inside the command's transaction. */
export function appendAudit(book: Book, rec: AuditRecord): AuditRow {
  const prev = book.q.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined
  const row: Omit<AuditRow, 'hash'> = {
    id: (prev?.id ?? 0) + 1,
    at: rec.at,
    actor: rec.actor,
    command: rec.command,
    input: auditJson(rec.input) ?? '{}',
    before: auditJson(rec.before),
    after: auditJson(rec.after),
    prev_hash: prev?.hash ?? GENESIS_HASH
  }
  const hash = rowHash(row)
  book.q
    .prepare('INSERT INTO audit_log (id, at, actor, command, input, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(row.id, row.at, row.actor, row.command, row.input, row.before, row.after, row.prev_hash, hash)
  setSetting(book, HEAD_KEY, `${row.id}:${hash}`)
  return { ...row, hash }
}

/**
 * Recomputes the chain from the first row. An edited row breaks its own hash; a deleted row
 * breaks the next row's link; a deleted tail no longer matches the head kept in settings.
 */
export function verifyAudit(book: Book, onProgress?: (done: number, total: number) => void): AuditVerification {
  const total = (book.q.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
  const problems: AuditVerification['problems'] = []
  let prevHash = GENESIS_HASH
  let expectedId = 1
  let done = 0
  for (const r of book.q.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    if (r.id !== expectedId) problems.push({ id: r.id, message: `Baris audit ${expectedId}–${r.id - 1} hilang` })
    if (r.prev_hash !== prevHash) problems.push({ id: r.id, message: `Rantai audit putus di baris ${r.id}` })
    const { hash, ...rest } = r
    if (rowHash(rest) !== hash) problems.push({ id: r.id, message: `Isi baris audit ${r.id} telah diubah di luar aplikasi` })
    prevHash = r.hash
    expectedId = r.id + 1
    if (++done % 5000 === 0) onProgress?.(done, total)
    if (problems.length >= 100) break
  }
  const stored = getSetting(book, HEAD_KEY)
  const actual = total === 0 ? null : `${expectedId - 1}:${prevHash}`
  if ((stored ?? null) !== actual) {
    problems.push({ id: null, message: 'Ujung rantai audit tidak cocok dengan catatan terakhir: ada baris audit yang dihapus atau disisipkan' })
  }
  return { ok: problems.length === 0, count: total, head: prevHash, problems }
}

export function listAudit(book: Book, f: { command?: string; actor?: string; page: number; pageSize: number }): Paged<AuditEntry> {
  const where: string[] = []
  const params: unknown[] = []
  if (f.command) { where.push('command = ?'); params.push(f.command) }
  if (f.actor) { where.push('actor = ?'); params.push(f.actor) }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (book.q.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n
  const rows = book.q
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, f.pageSize, (f.page - 1) * f.pageSize) as AuditRow[]
  const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s))
  return {
    items: rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, command: r.command, input: parse(r.input), before: parse(r.before), after: parse(r.after), hash: r.hash })),
    page: f.page,
    pageSize: f.pageSize,
    total
  }
}
