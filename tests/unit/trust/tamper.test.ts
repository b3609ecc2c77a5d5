import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { computeCashFlowDays } from '../../../main/statements/cash-flow-days'
import { rowHash, GENESIS_HASH, type AuditRow } from '../../../main/audit/trail'
import { entryDigest, type EntryFacts } from '../../../main/audit/postings'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import type { AuthUser } from '../../../shared/commands/auth'
import { initialize } from '../../../main/setup/initialize'
import { ok } from '../../helpers/host'

/**
 * A careful attacker with the SQLite file: every trigger dropped, an amount changed together with
 * everything derived from it (month totals, daily cash flow, the member's savings row and savings totals, the entry's
 * total), login switched off — and, in the harder case, the audit trail rewritten to match with
 * every hash recomputed.
 */
function consistentRewrite(file: string, entryNumber: string, newAmount: number, opts: { rewriteAudit: boolean }) {
  const db = new Database(file)
  const triggers = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`).all() as {
    name: string
    sql: string
  }[]
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`)
  const e = db.prepare('SELECT id, total FROM journal_entries WHERE number = ?').get(entryNumber) as {
    id: number
    total: number
  }
  db.prepare(
    'UPDATE journal_lines SET debit = CASE WHEN debit > 0 THEN ? ELSE 0 END, credit = CASE WHEN credit > 0 THEN ? ELSE 0 END WHERE entry_id = ?'
  ).run(newAmount, newAmount, e.id)
  db.prepare('UPDATE journal_entries SET total = ? WHERE id = ?').run(newAmount, e.id)
  db.prepare('UPDATE savings_transactions SET amount = ? WHERE entry_id = ?').run(newAmount, e.id)
  db.exec(`DELETE FROM account_month_balances;
           INSERT INTO account_month_balances (account_id, month, debit, credit)
           SELECT account_id, substr(date, 1, 7), SUM(debit), SUM(credit) FROM journal_lines GROUP BY account_id, substr(date, 1, 7)`)
  db.exec(`DELETE FROM savings_member_totals;
           INSERT INTO savings_member_totals (member_id, type, amount) SELECT member_id, type, SUM(amount) FROM savings_transactions GROUP BY member_id, type;
           DELETE FROM savings_month_totals;
           INSERT INTO savings_month_totals (type, month, amount) SELECT type, substr(date, 1, 7), SUM(amount) FROM savings_transactions GROUP BY type, substr(date, 1, 7)`)
  db.exec('DELETE FROM cash_flow_days')
  const ins = db.prepare('INSERT INTO cash_flow_days (account_id, date, inflow, outflow) VALUES (?, ?, ?, ?)')
  for (const [k, v] of computeCashFlowDays(db)) {
    const [acc, date] = k.split('|')
    ins.run(Number(acc), date, v.inflow, v.outflow)
  }
  db.prepare(`UPDATE settings SET value = 'false' WHERE key = 'auth.enabled'`).run()
  if (opts.rewriteAudit) {
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]
    let prev = GENESIS_HASH
    for (const r of rows) {
      let { postings, after } = r
      if (postings) {
        const recs = JSON.parse(postings) as {
          id: number
          total: number
          digest: string
          lines: [number, number, number, ...unknown[]][]
        }[]
        for (const p of recs) {
          if (p.id !== e.id) continue
          p.total = newAmount
          p.lines = p.lines.map((l) => [l[0], l[1] > 0 ? newAmount : 0, l[2] > 0 ? newAmount : 0, ...l.slice(3)])
          // The attacker can recompute the entry digest too (the code is public).
          p.digest = digestOf(db, e.id)
        }
        postings = JSON.stringify(recs)
      }
      if (r.command === 'auth.setEnabled') after = JSON.stringify({ enabled: false })
      const row = { ...r, postings, after, prev_hash: prev }
      const { hash: _old, ...rest } = row
      const hash = rowHash(rest)
      db.prepare('UPDATE audit_log SET postings = ?, after = ?, prev_hash = ?, hash = ? WHERE id = ?').run(
        postings,
        after,
        prev,
        hash,
        r.id
      )
      prev = hash
    }
    db.prepare(`UPDATE settings SET value = ? WHERE key = 'audit.head'`).run(`${rows.at(-1)!.id}:${prev}`)
  }
  for (const t of triggers) db.exec(t.sql)
  db.close()
}

function digestOf(db: Database.Database, entryId: number): string {
  const e = db.prepare('SELECT * FROM journal_entries WHERE id = ?').get(entryId) as {
    id: number
    number: string
    date: string
    total: number
    source: string
    description: string
    reference: string | null
    reversal_of: number | null
  }
  const lines = db
    .prepare(
      'SELECT account_id, debit, credit, member_id, unit_id, pihak, memo FROM journal_lines WHERE entry_id = ? ORDER BY line_no'
    )
    .all(entryId) as {
    account_id: number
    debit: number
    credit: number
    member_id: number | null
    unit_id: number | null
    pihak: string | null
    memo: string | null
  }[]
  const facts: EntryFacts = {
    id: e.id,
    number: e.number,
    date: e.date,
    total: e.total,
    source: e.source,
    description: e.description,
    reference: e.reference,
    reversalOf: e.reversal_of,
    lines: lines.map((l) => ({
      accountId: l.account_id,
      debit: l.debit,
      credit: l.credit,
      memberId: l.member_id,
      unitId: l.unit_id,
      pihak: l.pihak,
      memo: l.memo
    }))
  }
  return entryDigest(facts)
}

let dir: string
let cleanup: () => void
let file: string
let host: BookHost
let depositNo = ''
let siti: AuthUser

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir('lumbung-ubah-'))
  file = join(dir, 'buku.sqlite')
  host = createExecutor(await openBook(file, { create: true }), { scratchDir: join(dir, 's') })
  await ok(
    host.execute('setup.initialize', {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
  )
  const m = await ok<{ id: number }>(
    host.execute('members.create', { name: 'Sari Wulandari', gender: 'P', joinedAt: '2026-01-02' })
  )
  const d = await ok<{ entry: { number: string } }>(
    host.execute('savings.deposit', { memberId: m.id, type: 'SUKARELA', amount: 1_000_000, date: '2026-01-10' })
  )
  depositNo = d.entry.number
  await ok(
    host.execute('journal.post', {
      date: '2026-01-11',
      description: 'Hibah desa',
      lines: [
        { account: '1-1101', debit: 250_000 },
        { account: '3-3101', credit: 250_000 }
      ]
    })
  )
  siti = await ok<AuthUser>(
    host.execute('users.create', { username: 'siti', fullName: 'Siti', role: 'bendahara', password: 'bendahara-123' })
  )
  await ok(host.execute('auth.setEnabled', { enabled: true }))
})
afterEach(async () => {
  cleanup()
})

async function reopen() {
  return createExecutor(await openBook(file), { scratchDir: join(dir, 's') })
}

type Check = { ok: boolean; sections: { name: string; ok: boolean; problems: string[] }[] }
const problemsOf = (c: Check) => c.sections.flatMap((s) => s.problems)

describe('tamper evidence that holds against a careful edit', () => {
  it('a consistent rewrite of a posted amount (and login switched off) is reported by system.check, naming the entry and the setting', async () => {
    const before = await ok<Check>(host.execute('system.check', {}, { user: siti }))
    expect(before.ok, JSON.stringify(problemsOf(before))).toBe(true)
    await host.close()
    consistentRewrite(file, depositNo, 100_000, { rewriteAudit: false })
    const h = await reopen()
    try {
      // The classic checks are all satisfied by the careful edit…
      expect((await ok<{ ok: boolean }>(h.execute('ledger.check', {}, { user: siti }))).ok).toBe(true)
      expect((await ok<{ ok: boolean }>(h.execute('audit.verify', {}, { user: siti }))).ok).toBe(true)
      expect(
        (await ok<{ rows: { difference: number }[] }>(h.execute('savings.tieOut', {}, { user: siti }))).rows.every(
          (r) => r.difference === 0
        )
      ).toBe(true)
      // …but re-deriving the book from the audit trail is not.
      const c = await ok<Check>(h.execute('system.check', {}, { user: siti }))
      expect(c.ok).toBe(false)
      const text = problemsOf(c).join('\n')
      expect(text).toContain(`Jurnal ${depositNo} berbeda dari catatan audit`)
      expect(text).toMatch(/di buku akun 1-1101 debit Rp100\.000.*menurut jejak audit akun 1-1101 debit Rp1\.000\.000/)
      expect(text).toContain('Login pengguna di buku mati, menurut jejak audit menyala')
      console.log(
        '[faults] ubah-konsisten: jumlah, ringkasan, buku pembantu dan login diubah bersama; system.check melaporkannya'
      )
    } finally {
      await h.close()
    }
  })

  it('when the audit trail is rewritten too (every hash recomputed), the anchor written down earlier exposes it', async () => {
    const anchor = await ok<{ lastId: number; hash: string; fingerprint: string }>(
      host.execute('audit.head', {}, { user: siti })
    )
    const short = anchor.fingerprint.split('/')[1]!
    expect(short).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)
    expect(
      (
        await ok<{ ok: boolean }>(
          host.execute('audit.verify', { anchor: { id: anchor.lastId, hash: short } }, { user: siti })
        )
      ).ok
    ).toBe(true)
    await host.close()
    consistentRewrite(file, depositNo, 100_000, { rewriteAudit: true })
    const h = await reopen()
    try {
      // Internally consistent again: every derivation agrees with the rewritten audit trail.
      const c = await ok<Check>(h.execute('system.check', {}, { user: siti }))
      expect(c.ok, JSON.stringify(problemsOf(c))).toBe(true)
      // The pengawas' anchor does not match any more.
      const v = await ok<{ ok: boolean; problems: { message: string }[] }>(
        h.execute('audit.verify', { anchor: { id: anchor.lastId, hash: short } }, { user: siti })
      )
      expect(v.ok).toBe(false)
      expect(v.problems.map((p) => p.message).join(' ')).toContain(
        `Catatan audit ${anchor.lastId} tidak lagi sama dengan jangkar yang dicatat`
      )
    } finally {
      await h.close()
    }
  })

  it('names each kind of outside change: an entry without its audit record, a deleted entry, a user, role, password or session slipped in', async () => {
    await ok(
      host.execute(
        'users.create',
        { username: 'budi', fullName: 'Budi', role: 'pengawas', password: 'pengawas-123' },
        { user: siti }
      )
    )
    await host.close()
    const db = new Database(file)
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`).all() as {
      name: string
      sql: string
    }[]
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`)
    const acc = (code: string) => (db.prepare('SELECT id FROM accounts WHERE code = ?').get(code) as { id: number }).id
    const id = Number(
      db
        .prepare(
          `INSERT INTO journal_entries (number, series, year, seq, date, description, source, total, created_at, created_by) VALUES ('JU-2026-000099', 'JU', 2026, 99, '2026-01-20', 'disisipkan', 'MANUAL', 777, '2026-01-20', 'x')`
        )
        .run().lastInsertRowid
    )
    db.prepare(
      'INSERT INTO journal_lines (entry_id, line_no, account_id, date, debit, credit) VALUES (?, 1, ?, ?, 777, 0), (?, 2, ?, ?, 0, 777)'
    ).run(id, acc('1-1101'), '2026-01-20', id, acc('3-3101'), '2026-01-20')
    const hibah = db.prepare(`SELECT id FROM journal_entries WHERE description = 'Hibah desa'`).get() as { id: number }
    db.prepare('DELETE FROM journal_lines WHERE entry_id = ?').run(hibah.id)
    db.prepare('DELETE FROM journal_entries WHERE id = ?').run(hibah.id)
    db.prepare(
      `INSERT INTO users (username, full_name, role, password_hash, is_active, created_at, updated_at) SELECT 'penyusup', 'X', 'bendahara', password_hash, 1, created_at, updated_at FROM users WHERE username = 'siti'`
    ).run()
    db.prepare(`UPDATE users SET role = 'bendahara' WHERE username = 'budi'`).run()
    db.prepare(
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'budi') WHERE username = 'siti'`
    ).run()
    db.prepare(
      `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) SELECT 'abc', id, '2026-01-01', '2999-01-01' FROM users WHERE username = 'budi'`
    ).run()
    for (const t of triggers) db.exec(t.sql)
    db.close()
    const h = await reopen()
    try {
      const text = problemsOf(await ok<Check>(h.execute('system.check', {}, { user: siti }))).join('\n')
      expect(text).toContain('Jurnal JU-2026-000099 (Rp777) tidak punya catatan audit')
      expect(text).toMatch(/Catatan audit \d+ mencatat jurnal JU-2026-\d+ \(Rp250\.000\) yang tidak ada lagi di buku/)
      expect(text).toContain('Pengguna penyusup (bendahara) tidak pernah dibuat lewat aplikasi')
      expect(text).toContain('Peran pengguna budi di buku bendahara, menurut jejak audit pengawas')
      expect(text).toContain('Kata sandi pengguna siti diganti di luar aplikasi')
      expect(text).toContain('Sesi login pengguna budi tidak berasal dari login yang tercatat')
    } finally {
      await h.close()
    }
  })

  it('entries of a book from before this version are sealed by a baseline per month at migration', async () => {
    await host.close()
    const old = join(dir, 'lama.sqlite')
    // A book as version 16 left it: set up and posted without postings in its audit trail.
    const b16 = await openBook(old, { create: true, targetVersion: 16 })
    const ctx = { book: b16, actor: 'bendahara', now: () => new Date('2026-03-01T00:00:00Z') }
    initialize(ctx, {
      profile: SAMPLE_PROFILE,
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01',
      excludeAccounts: [],
      extraAccounts: []
    } as never)
    // Entries as version 16 wrote them (raw rows: today's posting code expects today's schema).
    const acc = (code: string) =>
      (b16.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').get(code) as { id: number }).id
    for (const [n, date, amt] of [
      [1, '2026-01-05', 700],
      [2, '2026-02-07', 900]
    ] as const) {
      const id = Number(
        b16.sqlite
          .prepare(
            `INSERT INTO journal_entries (number, series, year, seq, date, description, source, total, created_at, created_by) VALUES (?, 'JU', 2026, ?, ?, 'lama', 'MANUAL', ?, ?, 't')`
          )
          .run(`JU-2026-00000${n}`, n, date, amt, date).lastInsertRowid
      )
      b16.sqlite
        .prepare(
          'INSERT INTO journal_lines (entry_id, line_no, account_id, date, debit, credit) VALUES (?, 1, ?, ?, ?, 0), (?, 2, ?, ?, 0, ?)'
        )
        .run(id, acc('1-1101'), date, amt, id, acc('3-3101'), date, amt)
    }
    for (const [k, v] of computeCashFlowDays(b16.sqlite)) {
      const [a, d] = k.split('|')
      b16.sqlite
        .prepare('INSERT INTO cash_flow_days (account_id, date, inflow, outflow) VALUES (?, ?, ?, ?)')
        .run(Number(a), d, v.inflow, v.outflow)
    }
    b16.close()
    const h = createExecutor(await openBook(old), { scratchDir: join(dir, 's') })
    const first = await ok<Check>(h.execute('system.check', {}))
    expect(first.ok, JSON.stringify(problemsOf(first))).toBe(true)
    const base = await ok<{ items: { command: string }[] }>(h.execute('audit.list', { command: 'audit.baseline' }))
    expect(base.items).toHaveLength(1)
    await h.close()
    const db = new Database(old)
    db.exec('DROP TRIGGER journal_lines_no_update')
    db.exec('DROP TRIGGER journal_entries_no_update')
    db.exec(
      `UPDATE journal_lines SET debit = 901 WHERE entry_id = 2 AND debit = 900; UPDATE journal_lines SET credit = 901 WHERE entry_id = 2 AND credit = 900; UPDATE journal_entries SET total = 901 WHERE id = 2`
    )
    db.close()
    const h2 = createExecutor(await openBook(old), { scratchDir: join(dir, 's') })
    const text = problemsOf(await ok<Check>(h2.execute('system.check', {}))).join('\n')
    expect(text).toContain('Jurnal bulan Februari 2026 dari sebelum pencatatan rinci berbeda dari catatan dasar audit')
    expect(text).not.toContain('Januari 2026 dari sebelum')
    await h2.close()
  })
})
