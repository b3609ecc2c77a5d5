import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { SyncRunner } from '../db/query'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatDateLong, formatMonth } from '../../shared/dates/format'
import { entryDigest, type EntryFacts, type PostedLine, type PostingRecord } from './postings'

/**
 * Re-derives from the audit trail what the book must hold, and compares both ways: every journal
 * entry against the lines its command's audit record kept (entries posted before this version
 * against the month digests of the baseline record), every sub-ledger row against its entry, and
 * users, roles, login sessions and the login switch against their audited changes. A careful hand
 * edit of the SQLite file that keeps the ledger balanced still shows up here unless the audit trail
 * is rewritten too — which the chain head written down outside the file (audit.verify with an
 * anchor) exposes.
 */

export interface BaselineUser {
  username: string
  role: string
  active: boolean
  /** sha256 of the stored password hash. */
  credential: string
}

export interface Baseline {
  upToEntryId: number
  entries: number
  months: Record<string, { entries: number; digest: string }>
  users: BaselineUser[]
  authEnabled: boolean
  /** Fingerprints of the login sessions open at the time. */
  sessions: { session: string; username: string }[]
}

export function credentialOf(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('hex').slice(0, 32)
}

export function sessionFingerprint(tokenHash: string): string {
  return createHash('sha256').update(tokenHash).digest('hex').slice(0, 32)
}

/** Walks every entry with its lines in id order, as stored. */
function* storedEntries(db: Database.Database, fromId = 0, toId = Number.MAX_SAFE_INTEGER): Generator<EntryFacts> {
  const rows = new SyncRunner(db).iterate<{
    id: number
    number: string
    date: string
    total: number
    source: string
    description: string
    reference: string | null
    reversal_of: number | null
    account_id: number | null
    debit: number
    credit: number
    member_id: number | null
    unit_id: number | null
    pihak: string | null
    memo: string | null
  }>(
    `SELECT e.id, e.number, e.date, e.total, e.source, e.description, e.reference, e.reversal_of,
              l.account_id, l.debit, l.credit, l.member_id, l.unit_id, l.pihak, l.memo
       FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id
       WHERE e.id > ? AND e.id <= ?
       ORDER BY e.id, l.line_no`,
    fromId,
    toId
  )
  let cur: EntryFacts | null = null
  for (const r of rows) {
    if (!cur || cur.id !== r.id) {
      if (cur) yield cur
      cur = {
        id: r.id,
        number: r.number,
        date: r.date,
        total: r.total,
        source: r.source,
        description: r.description,
        reference: r.reference,
        reversalOf: r.reversal_of,
        lines: []
      }
    }
    if (r.account_id !== null)
      cur.lines.push({
        accountId: r.account_id,
        debit: r.debit,
        credit: r.credit,
        memberId: r.member_id,
        unitId: r.unit_id,
        pihak: r.pihak,
        memo: r.memo
      })
  }
  if (cur) yield cur
}

function tableExists(db: Database.Database, name: string): boolean {
  return (
    new SyncRunner(db).row<Record<string, unknown>>(
      `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`,
      name
    ) !== undefined
  )
}

/** The state of a book written before postings were audited, sealed once by the migration. */
export function legacyBaseline(db: Database.Database): Baseline {
  const months: Baseline['months'] = {}
  const hashes = new Map<string, ReturnType<typeof createHash>>()
  let entries = 0
  let upTo = 0
  for (const e of storedEntries(db)) {
    const m = e.date.slice(0, 7)
    if (!hashes.has(m)) hashes.set(m, createHash('sha256'))
    hashes.get(m)!.update(entryDigest(e))
    months[m] = { entries: (months[m]?.entries ?? 0) + 1, digest: '' }
    entries++
    upTo = e.id
  }
  for (const [m, h] of hashes) months[m]!.digest = h.digest('hex')
  const users = tableExists(db, 'users')
    ? new SyncRunner(db)
        .rows<{
          username: string
          role: string
          is_active: number
          password_hash: string
        }>('SELECT username, role, is_active, password_hash FROM users ORDER BY id')
        .map((u) => ({
          username: u.username,
          role: u.role,
          active: u.is_active === 1,
          credential: credentialOf(u.password_hash)
        }))
    : []
  const enabled =
    new SyncRunner(db).row<{ value: string }>(`SELECT value FROM settings WHERE key = 'auth.enabled'`)?.value === 'true'
  const sessions = tableExists(db, 'sessions')
    ? new SyncRunner(db)
        .rows<{
          token_hash: string
          username: string
        }>('SELECT s.token_hash, u.username FROM sessions s JOIN users u ON u.id = s.user_id')
        .map((s) => ({
          session: sessionFingerprint(s.token_hash),
          username: s.username
        }))
    : []
  return { upToEntryId: upTo, entries, months, users, authEnabled: enabled, sessions }
}

interface AuditRowLite {
  id: number
  command: string
  after: string | null
  postings: string | null
}

const parse = (s: string | null): Record<string, unknown> | null => {
  if (s === null) return null
  try {
    const v = JSON.parse(s) as unknown
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function lineText(db: Database.Database, l: PostedLine): string {
  const acc = new SyncRunner(db).row<{ code: string }>('SELECT code FROM accounts WHERE id = ?', l[0])
  return `akun ${acc?.code ?? `#${l[0]}`} debit ${formatRupiah(l[1])} kredit ${formatRupiah(l[2])}${l[3] !== null ? ` anggota #${l[3]}` : ''}`
}

function describeDifference(db: Database.Database, stored: EntryFacts, audited: PostingRecord): string {
  const lines: PostedLine[] = stored.lines.map((l) => [l.accountId, l.debit, l.credit, l.memberId, l.unitId, l.pihak])
  const n = Math.max(lines.length, audited.lines.length)
  for (let i = 0; i < n; i++) {
    const a = lines[i]
    const b = audited.lines[i]
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      return `baris ${i + 1}: di buku ${a ? lineText(db, a) : '(tidak ada)'}, menurut jejak audit ${b ? lineText(db, b) : '(tidak ada)'}`
    }
  }
  if (stored.total !== audited.total)
    return `total di buku ${formatRupiah(stored.total)}, menurut jejak audit ${formatRupiah(audited.total)}`
  if (stored.date !== audited.date)
    return `tanggal di buku ${formatDateLong(stored.date)}, menurut jejak audit ${formatDateLong(audited.date)}`
  if (stored.number !== audited.no) return `nomor di buku ${stored.number}, menurut jejak audit ${audited.no}`
  return 'keterangan, referensi atau memo berubah'
}

const MAX_FINDINGS = 200

/** Journal entries against the audit trail, both ways. */
export function ledgerAgainstAudit(db: Database.Database, progress?: (done: number, total: number) => void): string[] {
  const problems: string[] = []
  const push = (m: string) => {
    if (problems.length < MAX_FINDINGS) problems.push(m)
  }
  const audited = new Map<number, { auditId: number; rec: PostingRecord }>()
  let baseline: Baseline | null = null
  const rows = new SyncRunner(db).iterate<AuditRowLite>(
    `SELECT id, command, after, postings FROM audit_log WHERE postings IS NOT NULL OR command = 'audit.baseline' ORDER BY id`
  )
  for (const r of rows) {
    if (r.command === 'audit.baseline') {
      baseline ??= parse(r.after) as unknown as Baseline
      continue
    }
    let recs: PostingRecord[] = []
    try {
      recs = JSON.parse(r.postings!) as PostingRecord[]
    } catch {
      push(`Catatan audit ${r.id}: daftar jurnalnya tidak dapat dibaca (diubah di luar aplikasi)`)
      continue
    }
    for (const rec of recs) {
      const seen = audited.get(rec.id)
      if (seen) push(`Jurnal ${rec.no} tercatat dua kali di jejak audit (catatan ${seen.auditId} dan ${r.id})`)
      audited.set(rec.id, { auditId: r.id, rec })
    }
  }
  const upTo = baseline?.upToEntryId ?? 0
  const total = new SyncRunner(db).row<{ n: number }>('SELECT count(*) AS n FROM journal_entries')!.n
  let done = 0

  // Entries before the baseline: digest per month.
  if (upTo > 0) {
    const hashes = new Map<string, { h: ReturnType<typeof createHash>; n: number }>()
    for (const e of storedEntries(db, 0, upTo)) {
      const m = e.date.slice(0, 7)
      if (!hashes.has(m)) hashes.set(m, { h: createHash('sha256'), n: 0 })
      const x = hashes.get(m)!
      x.h.update(entryDigest(e))
      x.n++
      if (++done % 20_000 === 0) progress?.(done, total)
    }
    const months = new Set([...hashes.keys(), ...Object.keys(baseline!.months ?? {})])
    for (const m of [...months].sort()) {
      const want = baseline!.months[m]
      const got = hashes.get(m)
      const digest = got?.h.digest('hex') ?? null
      if (!want)
        push(
          `Jurnal bulan ${formatMonth(m)} dari sebelum pencatatan rinci (${got?.n ?? 0} jurnal) tidak ada di catatan dasar audit: ditambahkan di luar aplikasi`
        )
      else if (!got || got.n !== want.entries || digest !== want.digest) {
        push(
          `Jurnal bulan ${formatMonth(m)} dari sebelum pencatatan rinci berbeda dari catatan dasar audit (${want.entries} jurnal tercatat, ${got?.n ?? 0} di buku): diubah, ditambah atau dihapus di luar aplikasi`
        )
      }
    }
  }

  // Entries after it: each against its own audit record.
  for (const e of storedEntries(db, upTo)) {
    const a = audited.get(e.id)
    if (!a) push(`Jurnal ${e.number} (${formatRupiah(e.total)}) tidak punya catatan audit: dibuat di luar aplikasi`)
    else {
      if (entryDigest(e) !== a.rec.digest)
        push(`Jurnal ${e.number} berbeda dari catatan audit ${a.auditId}: ${describeDifference(db, e, a.rec)}`)
      audited.delete(e.id)
    }
    if (++done % 20_000 === 0) progress?.(done, total)
  }
  for (const [id, a] of audited) {
    if (id <= upTo) continue
    push(
      `Catatan audit ${a.auditId} mencatat jurnal ${a.rec.no} (${formatRupiah(a.rec.total)}) yang tidak ada lagi di buku: dihapus di luar aplikasi`
    )
  }
  return problems
}

/** Sub-ledger rows against the entries they were posted with. */
export function subledgersAgainstEntries(db: Database.Database): string[] {
  const problems: string[] = []
  const savings = new SyncRunner(db).rows<{
    entry_id: number
    number: string
    member_no: string | null
  }>(`WITH sub AS (SELECT s.entry_id, s.member_id, s.type, SUM(s.amount) AS amount FROM savings_transactions s GROUP BY s.entry_id, s.member_id, s.type HAVING SUM(s.amount) != 0),
            gl AS (SELECT l.entry_id, l.member_id,
                          CASE a.control WHEN 'SIMPANAN_POKOK' THEN 'POKOK' WHEN 'SIMPANAN_WAJIB' THEN 'WAJIB' WHEN 'SIMPANAN_SUKARELA' THEN 'SUKARELA' END AS type,
                          SUM(l.credit - l.debit) AS amount
                   FROM journal_lines l JOIN accounts a ON a.id = l.account_id
                   WHERE a.control IN ('SIMPANAN_POKOK', 'SIMPANAN_WAJIB', 'SIMPANAN_SUKARELA') AND l.member_id IS NOT NULL
                   GROUP BY l.entry_id, l.member_id, a.control),
            diff AS (SELECT * FROM sub EXCEPT SELECT * FROM gl WHERE amount != 0
                     UNION ALL SELECT * FROM gl WHERE amount != 0 AND entry_id IN (SELECT entry_id FROM sub) EXCEPT SELECT * FROM sub)
       SELECT DISTINCT d.entry_id, e.number, m.member_no FROM diff d JOIN journal_entries e ON e.id = d.entry_id LEFT JOIN members m ON m.id = d.member_id LIMIT 50`)
  for (const s of savings)
    problems.push(`Simpanan anggota ${s.member_no ?? '?'} pada jurnal ${s.number} tidak sama dengan baris jurnalnya`)
  if (tableExists(db, 'loan_payments')) {
    const payments = new SyncRunner(db).rows<{
      number: string
      loan_no: string
      pokok: number
      gl: number
    }>(`SELECT p.id, e.number, ln.loan_no, p.pokok,
                (SELECT COALESCE(SUM(l.credit - l.debit), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id
                 WHERE l.entry_id = p.entry_id AND a.control = ln.receivable AND l.member_id = ln.member_id) AS gl
         FROM loan_payments p JOIN loans ln ON ln.id = p.loan_id JOIN journal_entries e ON e.id = p.entry_id
         WHERE gl != p.pokok LIMIT 50`)
    for (const p of payments)
      problems.push(
        `Pembayaran pinjaman ${p.loan_no} pada jurnal ${p.number}: pokok ${formatRupiah(p.pokok)} di buku pinjaman, ${formatRupiah(p.gl)} di buku besar`
      )
    const disbursed = new SyncRunner(db).rows<{
      loan_no: string
      number: string
      principal: number
      gl: number
    }>(`SELECT ln.loan_no, e.number, ln.principal,
                (SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id
                 WHERE l.entry_id = ln.disbursement_entry_id AND a.control = ln.receivable AND l.member_id = ln.member_id) AS gl
         FROM loans ln JOIN journal_entries e ON e.id = ln.disbursement_entry_id
         WHERE gl != ln.principal LIMIT 50`)
    for (const d of disbursed)
      problems.push(
        `Pencairan pinjaman ${d.loan_no} pada jurnal ${d.number}: pokok ${formatRupiah(d.principal)} di buku pinjaman, ${formatRupiah(d.gl)} di buku besar`
      )
  }
  return problems
}

interface ExpectedUser {
  role: string
  active: boolean
  credential: string | null
}

/** Users, roles, sessions and the login switch against their audited changes. */
export function accessAgainstAudit(db: Database.Database): string[] {
  const problems: string[] = []
  const users = new Map<string, ExpectedUser>()
  const sessions = new Map<string, string>()
  let enabled = false
  const key = (u: string) => u.toLowerCase()
  const rows = new SyncRunner(db).iterate<{
    id: number
    command: string
    input: string
    after: string | null
  }>(`SELECT id, command, input, after FROM audit_log
       WHERE command IN ('audit.baseline', 'users.create', 'users.update', 'users.resetPassword', 'auth.changePassword', 'auth.setEnabled', 'auth.login', 'auth.logout', 'devices.disconnect')
       ORDER BY id`)
  for (const r of rows) {
    const after = parse(r.after) ?? {}
    const input = parse(r.input) ?? {}
    if (r.command === 'audit.baseline') {
      const b = after as unknown as Baseline
      users.clear()
      sessions.clear()
      for (const u of b.users ?? [])
        users.set(key(u.username), { role: u.role, active: u.active, credential: u.credential })
      for (const s of b.sessions ?? []) sessions.set(s.session, key(s.username))
      enabled = b.authEnabled === true
      continue
    }
    const name =
      typeof after.username === 'string' ? after.username : typeof input.username === 'string' ? input.username : null
    const credential = typeof after.credential === 'string' ? after.credential : null
    if (r.command === 'users.create' && name)
      users.set(key(name), { role: String(after.role), active: after.isActive !== false, credential })
    else if (r.command === 'users.update' && name) {
      const u = users.get(key(name))
      const active = after.isActive !== false
      users.set(key(name), { role: String(after.role), active, credential: u?.credential ?? null })
      if (!active) for (const [s, owner] of sessions) if (owner === key(name)) sessions.delete(s)
    } else if ((r.command === 'users.resetPassword' || r.command === 'auth.changePassword') && name) {
      const u = users.get(key(name))
      if (u) u.credential = credential
      if (r.command === 'users.resetPassword')
        for (const [s, owner] of sessions) if (owner === key(name)) sessions.delete(s)
    } else if (r.command === 'auth.setEnabled') {
      enabled = after.enabled === true
      if (!enabled) sessions.clear()
    } else if (r.command === 'auth.login' && typeof after.session === 'string' && typeof after.user === 'string')
      sessions.set(after.session, key(after.user))
    else if (r.command === 'auth.logout' && typeof after.session === 'string') sessions.delete(after.session)
    else if (r.command === 'devices.disconnect' && Array.isArray(after.sessions))
      for (const s of after.sessions) sessions.delete(String(s))
  }
  const stored = new SyncRunner(db).rows<{
    username: string
    role: string
    is_active: number
    password_hash: string
  }>('SELECT username, role, is_active, password_hash FROM users')
  for (const u of stored) {
    const want = users.get(key(u.username))
    if (!want) {
      problems.push(
        `Pengguna ${u.username} (${u.role}) tidak pernah dibuat lewat aplikasi: disisipkan di luar aplikasi`
      )
      continue
    }
    users.delete(key(u.username))
    if (want.role !== u.role)
      problems.push(`Peran pengguna ${u.username} di buku ${u.role}, menurut jejak audit ${want.role}`)
    if (want.active !== (u.is_active === 1))
      problems.push(
        `Status pengguna ${u.username} di buku ${u.is_active === 1 ? 'aktif' : 'nonaktif'}, menurut jejak audit ${want.active ? 'aktif' : 'nonaktif'}`
      )
    if (want.credential !== null && want.credential !== credentialOf(u.password_hash))
      problems.push(`Kata sandi pengguna ${u.username} diganti di luar aplikasi`)
  }
  for (const [name] of users)
    problems.push(`Pengguna ${name} tercatat di jejak audit tetapi tidak ada di buku: dihapus di luar aplikasi`)
  const setting =
    new SyncRunner(db).row<{ value: string }>(`SELECT value FROM settings WHERE key = 'auth.enabled'`)?.value === 'true'
  if (setting !== enabled)
    problems.push(
      `Login pengguna di buku ${setting ? 'menyala' : 'mati'}, menurut jejak audit ${enabled ? 'menyala' : 'mati'}: diubah di luar aplikasi`
    )
  const open = new SyncRunner(db).rows<{
    token_hash: string
    username: string
  }>('SELECT s.token_hash, u.username FROM sessions s JOIN users u ON u.id = s.user_id')
  for (const s of open) {
    const fp = sessionFingerprint(s.token_hash)
    if (sessions.get(fp) !== key(s.username))
      problems.push(
        `Sesi login pengguna ${s.username} tidak berasal dari login yang tercatat: disisipkan di luar aplikasi`
      )
  }
  return problems
}
