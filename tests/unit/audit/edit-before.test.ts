import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMAND_NAMES, commands, type CommandName } from '../../../shared/commands'
import { AUDIT, MUTATIONS } from '../../../main/commands/policy'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'
import { buildPanduanFixture } from '../../helpers/panduan-fixture'

/*
 * Every edit keeps, in its audit record, the state of what it changed as it was before. The rows an
 * edit changed are found here on their own: every table is read with plain SQL before and after the
 * command, and the rows that changed or went are compared with the audit record's before image.
 */

type Row = Record<string, unknown>
type Snapshot = Map<string, Map<string, Row>>

/** Tables an edit's image leaves out: the trail itself, kept answers, and the chain head setting. */
const NOT_STATE = new Set(['audit_log', 'idempotency_keys'])

function snapshot(tb: TestBook): Snapshot {
  const db = tb.book.sqlite
  const tables = db
    .prepare(
      `SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`
    )
    .all() as { name: string; wr: number }[]
  const out: Snapshot = new Map()
  for (const t of tables) {
    if (NOT_STATE.has(t.name)) continue
    const pk = (
      db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(t.name) as {
        name: string
      }[]
    ).map((c) => c.name)
    const rows = db.prepare(`SELECT ${t.wr ? '' : 'rowid AS "__key", '}* FROM "${t.name}"`).all() as Row[]
    const m = new Map<string, Row>()
    for (const r of rows) {
      const key = t.wr ? JSON.stringify(pk.map((c) => r[c])) : String(r.__key)
      const { __key: _k, ...row } = r
      for (const [c, v] of Object.entries(row)) if (Buffer.isBuffer(v)) row[c] = v.toString('hex').toUpperCase()
      if (t.name === 'settings' && row.key === 'audit.head') continue
      m.set(key, row)
    }
    out.set(t.name, m)
  }
  return out
}

/** Rows present before that changed or are gone after: what the edit replaced. */
function replaced(before: Snapshot, after: Snapshot): Record<string, Row[]> {
  const out: Record<string, Row[]> = {}
  for (const [table, rows] of before) {
    for (const [key, row] of rows) {
      const now = after.get(table)?.get(key)
      // The audit trail never holds a secret: a password or token column is kept as '***' (main/audit auditJson).
      const masked = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, /password|token/i.test(c) ? '***' : v]))
      if (!now || JSON.stringify(now) !== JSON.stringify(row)) (out[table] ??= []).push(masked)
    }
  }
  return out
}

const sortRows = (rows: Row[]) => [...rows].map((r) => JSON.stringify(r)).sort()
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function lastAudit(tb: TestBook, command: string): { before: unknown } {
  const r = tb.book.sqlite
    .prepare('SELECT before FROM audit_log WHERE command = ? ORDER BY id DESC LIMIT 1')
    .get(command) as { before: string | null } | undefined
  if (!r) throw new Error(`tidak ada catatan audit untuk ${command}`)
  return { before: r.before === null ? null : JSON.parse(r.before) }
}

/**
 * Edits captured by the same mechanism (dispatch captures every command classified 'edit') whose
 * case needs an imported Dinas submission: not exercised here yet.
 */
const PENDING: CommandName[] = ['dinas.removePeriodic', 'dinas.removeSubmission']

interface Case {
  /** Brings the book to a state where the edit has something to change. */
  setup?: () => Promise<unknown> | unknown
  input: unknown | (() => unknown)
  /** The edit writes a record that did not exist (locking a month again adds its lock): the image is empty. */
  nothingBefore?: boolean
}

let tb: TestBook
let host: BookHost
let ids: { A: number; B: number; C: number; D: number }
let loanId: number
const run = (name: CommandName, input: unknown) => tb.run(name, input as never)
async function hostRun(name: string, input: unknown, sessionToken?: string) {
  const r = await host.execute(name, input, sessionToken ? { sessionToken } : {})
  if (!r.ok) throw new Error(`${name} gagal: ${r.error.code} ${r.error.message}`)
  return r.result as Record<string, unknown>
}

const PASSWORD = 'rahasia-panjang-1'
let session = ''
let recurringId = 0
let ratId = 0
let officerId = 0
let attemptId = 0
let tillId = 0

/** One case per edit command, run in this order on one book. */
const CASES: Partial<Record<CommandName, Case>> = {
  'profile.update': { input: { ...SAMPLE_PROFILE, name: 'KSP Maju Bersama' } },
  'health.saveAnswers': {
    setup: () => run('health.saveAnswers', { year: 2025, answers: { 'A.1.1': true } }),
    input: { year: 2025, answers: { 'A.1.1': false } }
  },
  'health.setSettings': {
    setup: () => run('health.setSettings', { settings: {} }),
    input: { settings: null }
  },
  'accounts.update': { input: { code: '1-1101', name: 'Kas Tunai' } },
  'accounts.setActive': { input: { code: '1-1102', active: false } },
  'units.update': { input: { code: 'SEMBAKO', name: 'Gerai Sembako Desa' } },
  'units.setActive': { input: { code: 'SEMBAKO', active: false } },
  'periods.lock': {
    setup: () => {
      run('units.setActive', { code: 'SEMBAKO', active: true })
      run('periods.lock', { month: '2025-01' })
      run('periods.unlock', { month: '2025-01', reason: 'Koreksi saldo awal' })
    },
    input: { month: '2025-01' },
    nothingBefore: true
  },
  'periods.unlock': { input: { month: '2025-01', reason: 'Koreksi saldo awal lagi' } },
  'backup.configure': {
    setup: () => run('backup.configure', { intervalMinutes: 30 }),
    input: { intervalMinutes: 60 }
  },
  'members.update': { input: () => ({ id: ids.A, name: 'Siti Aminah Rahayu' }) },
  'members.activate': {
    setup: () =>
      run('members.create', {
        memberNo: 'A-009',
        name: 'Calon Anggota',
        gender: 'L',
        status: 'CALON',
        joinedAt: '2026-01-10'
      }),
    input: () => ({ id: ids.D + 1, date: '2026-01-15' })
  },
  'members.exit': { input: () => ({ id: ids.C, date: '2026-01-15', reason: 'PINDAH', payout: 'TUNAI' }) },
  'savings.setSettings': {
    input: {
      effectiveFrom: '2025-01-01',
      pokokAmount: 100_000,
      wajibAmount: 60_000,
      sukarelaRate: '3',
      sukarelaMethod: 'SALDO_TERENDAH',
      taxThreshold: 240_000,
      taxRate: '10'
    }
  },
  'savings.setWajibDueDay': {
    setup: () => run('savings.setWajibDueDay', { dueDay: 10 }),
    input: { dueDay: 15 }
  },
  'savings.setMemberWajib': {
    setup: () => run('savings.setMemberWajib', { memberId: ids.A, effectiveFrom: '2026-01-01', amount: 70_000 }),
    input: () => ({ memberId: ids.A, effectiveFrom: '2026-01-01', amount: 80_000 })
  },
  'loans.setProduct': {
    input: {
      code: 'UMUM',
      effectiveFrom: '2025-01-01',
      name: 'Pinjaman Umum Anggota',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 12,
      maxAmount: 20_000_000,
      provisiPercent: '1'
    }
  },
  'loans.decide': {
    setup: () =>
      run('loans.apply', {
        memberId: ids.A,
        productCode: 'UMUM',
        principal: 500_000,
        tenorMonths: 6,
        date: '2026-01-10'
      }),
    input: () => ({ loanId: loanId + 1, approve: false, date: '2026-01-11', note: 'Belum cukup simpanan' })
  },
  'loans.setCollateral': {
    setup: () => run('loans.setCollateral', { loanId, agunanPengurang: 100_000 }),
    input: () => ({ loanId, agunanPengurang: 200_000 })
  },
  'loans.setPolicy': {
    setup: () =>
      run('loans.setPolicy', {
        allocationOrder: ['DENDA', 'JASA_TERTUNGGAK', 'POKOK_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN']
      }),
    input: { allocationOrder: ['JASA_TERTUNGGAK', 'DENDA', 'POKOK_TERTUNGGAK', 'JASA_BERJALAN', 'POKOK_BERJALAN'] }
  },
  'loans.setLimits': {
    setup: () => run('loans.setLimits', { relatedPartyPercent: '5', otherPercent: null }),
    input: { relatedPartyPercent: '10', otherPercent: '20' }
  },
  'trading.saveItem': {
    input: () => ({ id: 1, unit: 'SEMBAKO', code: 'BRS', name: 'Beras premium', uom: 'kg', sellPrice: 15_000 })
  },
  'trading.saveSupplier': { input: { id: 1, name: 'UD Makmur Jaya', phone: '0812' } },
  'assets.setSettings': {
    setup: () => run('assets.setSettings', { depreciationStart: 'BULAN_PEROLEHAN' }),
    input: { depreciationStart: 'BULAN_BERIKUTNYA' }
  },
  'recurring.update': {
    setup: () => {
      const r = run('recurring.create', {
        description: 'Sewa kantor',
        dayOfMonth: 5,
        startMonth: '2026-01',
        lines: [
          { account: '5-3201', debit: 200_000 },
          { account: '1-1101', credit: 200_000 }
        ]
      }) as { id: number }
      recurringId = r.id
    },
    input: () => ({
      id: recurringId,
      description: 'Sewa kantor desa',
      dayOfMonth: 6,
      startMonth: '2026-01',
      lines: [
        { account: '5-3201', debit: 250_000 },
        { account: '1-1101', credit: 250_000 }
      ]
    })
  },
  'statements.setPolicyText': {
    setup: () =>
      run('statements.setPolicyText', { key: 'persediaan', text: 'Persediaan dicatat sebesar biaya perolehan.' }),
    input: { key: 'persediaan', text: 'Persediaan dicatat sebesar biaya perolehan rata-rata.' }
  },
  'statements.setPresentation': {
    setup: () => run('statements.setPresentation', { memberSharesAsLiability: false }),
    input: { memberSharesAsLiability: true }
  },
  'shu.setSettings': {
    setup: () =>
      run('shu.setSettings', {
        year: 2025,
        percentages: {
          cadangan: 25,
          jasaModal: 20,
          jasaUsaha: 20,
          pengurus: 10,
          karyawan: 5,
          pendidikan: 5,
          sosial: 5,
          pembangunan: 10
        }
      }),
    input: {
      year: 2025,
      percentages: {
        cadangan: 30,
        jasaModal: 20,
        jasaUsaha: 15,
        pengurus: 10,
        karyawan: 5,
        pendidikan: 5,
        sosial: 5,
        pembangunan: 10
      }
    }
  },
  'org.save': {
    setup: () => {
      const r = run('org.save', {
        body: 'PENGURUS',
        position: 'KETUA',
        memberId: ids.A,
        termStart: '2025-01-01'
      }) as { id: number }
      officerId = r.id
    },
    input: () => ({ id: officerId, body: 'PENGURUS', position: 'KETUA', memberId: ids.A, termStart: '2025-01-02' })
  },
  'org.end': { input: () => ({ id: officerId, date: '2026-01-15', reason: 'Mengundurkan diri' }) },
  'rat.save': {
    setup: () => {
      const r = run('rat.save', { year: 2025, number: 1, date: '2026-01-18', place: 'Balai desa' }) as { id: number }
      ratId = r.id
    },
    input: { year: 2025, number: 1, date: '2026-01-19', place: 'Balai desa Sukamanah' }
  },
  'rat.recordAttendance': {
    setup: () => run('rat.recordAttendance', { ratId, memberIds: [ids.A, ids.B], present: true }),
    input: () => ({ ratId, memberIds: [ids.B], present: false })
  },
  'rat.decisions': {
    setup: () => run('rat.decisions', { ratId, decisions: [{ number: 1, text: 'Mengesahkan laporan' }] }),
    input: () => ({ ratId, decisions: [{ number: 1, text: 'Mengesahkan laporan pertanggungjawaban' }] })
  },
  'rat.savePlan': {
    setup: () =>
      run('rat.savePlan', { ratId, workPlan: 'Rencana kerja 2026', rapb: [{ groupCode: '5-32', amount: 1_000_000 }] }),
    input: () => ({ ratId, workPlan: 'Rencana kerja 2026, direvisi', rapb: [{ groupCode: '5-32', amount: 2_000_000 }] })
  },
  'ratbook.setBlock': {
    setup: () => run('ratbook.setBlock', { year: 2025, key: 'penutup', text: 'Terima kasih.' }),
    input: { year: 2025, key: 'penutup', text: 'Terima kasih atas kepercayaan anggota.' }
  },
  'ratbook.resetBlock': { input: { year: 2025, key: 'penutup' } },
  'dinas.setProfile': {
    setup: () => run('dinas.setProfile', { perubahanAdNomor: 'AD-1', izinUsaha: true }),
    input: { perubahanAdNomor: 'AD-2', izinUsaha: true }
  },
  'dinas.setTemplate': {
    setup: () =>
      run('dinas.setTemplate', { columns: [{ key: 'nama', label: 'Nama koperasi', order: 1, included: true }] }),
    input: { columns: null }
  },
  'dinas.setExpected': {
    setup: () => run('dinas.setExpected', { cooperatives: [{ name: 'KSP Satu' }] }),
    input: { cooperatives: [{ name: 'KSP Satu' }, { name: 'KSP Dua', regency: 'Kab. Bandung' }] }
  },
  'panduan.setCalendarSettings': {
    setup: () => run('panduan.setCalendarSettings', { ratMonths: 6, reminderDays: 14 }),
    input: { ratMonths: 5, reminderDays: 30 }
  },
  'panduan.mark': {
    setup: () => run('panduan.mark', { key: 'SALDO_AWAL', done: true, date: '2026-01-10' }),
    input: { key: 'SALDO_AWAL', done: false }
  },
  'panduan.quizSubmit': {
    setup: () => {
      const r = run('panduan.quizStart', { role: 'PENGURUS', name: 'Siti' }) as { attemptId: number }
      attemptId = r.attemptId
    },
    input: () => ({ attemptId, answers: Array.from({ length: 20 }, (_, i) => i % 3) })
  },
  'till.close': {
    setup: () => {
      tillId = (run('till.open', { date: '2026-01-20', openingFloat: 100_000 }) as { id: number }).id
    },
    input: { counted: 100_000 }
  },
  'till.accept': { input: () => ({ sessionId: tillId }) },
  'till.setSettings': {
    setup: () => run('till.setSettings', { withdrawLimit: 1_000_000 }),
    input: { withdrawLimit: 2_000_000 }
  },
  'closing.reopen': {
    setup: () => hostRun('closing.close', { year: 2025 }),
    input: { year: 2025, reason: 'Koreksi jurnal gaji Desember' }
  }
}

/** Host edits, run at the book host with a login session (logins are on by then). */
const HOST_CASES: Partial<Record<CommandName, Case>> = {
  'users.update': {
    setup: async () => {
      await hostRun('users.create', { username: 'admin', fullName: 'Admin', role: 'bendahara', password: PASSWORD })
      await hostRun('users.create', { username: 'kasir1', fullName: 'Kasir', role: 'kasir', password: PASSWORD })
    },
    input: { username: 'kasir1', fullName: 'Kasir Satu' }
  },
  'users.resetPassword': { input: { username: 'kasir1', password: 'kata-sandi-baru-2' } },
  'auth.setEnabled': { setup: () => hostRun('auth.setEnabled', { enabled: false }), input: { enabled: true } },
  'auth.changePassword': {
    setup: async () => {
      session = String((await hostRun('auth.login', { username: 'admin', password: PASSWORD })).sessionToken)
    },
    input: { currentPassword: PASSWORD, newPassword: 'kata-sandi-lain-3' }
  }
}

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01', now: new Date('2026-01-20T03:00:00Z') })
  const f = await buildPanduanFixture(async (name, input) => tb.run(name as CommandName, input as never))
  ids = f.ids
  loanId = f.loanId
  host = createExecutor(tb.book, { now: () => new Date('2026-01-20T03:00:00Z') })
}, 60_000)
afterAll(() => tb.close())

const mutations = COMMAND_NAMES.filter((n) => commands[n].kind === 'mutation')
const edits = mutations.filter((n) => MUTATIONS[n] === 'edit')

describe('every edit is audited with its before image', () => {
  it('every mutation is classified (create, edit, posting, session, host), and only mutations are', () => {
    expect(mutations.filter((n) => MUTATIONS[n] === undefined)).toEqual([])
    expect(Object.keys(MUTATIONS).filter((n) => !mutations.includes(n as CommandName))).toEqual([])
    expect(edits.length).toBeGreaterThan(40)
  })

  it('every edit command has a case here (or is named in the pending list)', () => {
    const covered = new Set([...Object.keys(CASES), ...Object.keys(HOST_CASES), ...PENDING])
    expect(edits.filter((n) => !covered.has(n))).toEqual([])
    expect(PENDING.filter((n) => MUTATIONS[n] !== 'edit')).toEqual([])
  })
})

function checkImage(name: CommandName, expected: Record<string, Row[]>, before: unknown, nothingBefore = false) {
  if (nothingBefore) {
    expect(expected, name).toEqual({})
    expect(before, name).toEqual({})
    return
  }
  const spec = AUDIT[name]
  if (spec?.before) {
    // The command's own record of what it replaced: each of its fields that is a column of the changed row holds that row's old value.
    const rows = Object.values(expected).flat()
    expect(rows.length, `${name}: the edit changed no row`).toBeGreaterThan(0)
    const rec = before as Record<string, unknown>
    const match = rows.some((row) => {
      const shared = Object.keys(rec).filter((k) => snake(k) in row && (typeof rec[k] !== 'object' || rec[k] === null))
      return (
        shared.length >= 2 &&
        shared.every((k) => {
          const v = row[snake(k)]
          return typeof rec[k] === 'boolean' ? (v === 1) === rec[k] : v === rec[k]
        })
      )
    })
    expect(match, `${name}: before ${JSON.stringify(before)} vs rows ${JSON.stringify(rows)}`).toBe(true)
    return
  }
  expect(Object.keys(expected).length, `${name}: the edit changed no row`).toBeGreaterThan(0)
  const image = before as Record<string, Row[]>
  if ((before as { ringkas?: boolean }).ringkas === true) {
    // A large image is kept as the hash of its text (main/audit auditJson): the same text of the rows read here.
    const text = JSON.stringify(expected)
    expect(before, name).toEqual({
      ringkas: true,
      panjang: text.length,
      sha256: createHash('sha256').update(text).digest('hex')
    })
    return
  }
  expect(Object.keys(image).sort(), name).toEqual(Object.keys(expected).sort())
  for (const t of Object.keys(expected)) expect(sortRows(image[t]!), `${name} ${t}`).toEqual(sortRows(expected[t]!))
}

describe('each edit, on a real book', () => {
  for (const [name, c] of Object.entries(CASES) as [CommandName, Case][]) {
    it(`${name} keeps the rows it changed as they were`, async () => {
      await c.setup?.()
      const s0 = snapshot(tb)
      tb.run(name, (typeof c.input === 'function' ? (c.input as () => unknown)() : c.input) as never)
      checkImage(name, replaced(s0, snapshot(tb)), lastAudit(tb, name).before, c.nothingBefore)
    })
  }
  for (const [name, c] of Object.entries(HOST_CASES) as [CommandName, Case][]) {
    it(`${name} (at the book host) keeps the rows it changed as they were`, async () => {
      await c.setup?.()
      const s0 = snapshot(tb)
      await hostRun(name, typeof c.input === 'function' ? (c.input as () => unknown)() : c.input, session || undefined)
      checkImage(name, replaced(s0, snapshot(tb)), lastAudit(tb, name).before, c.nothingBefore)
    })
  }
})
