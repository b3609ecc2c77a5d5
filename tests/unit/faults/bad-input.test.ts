import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { commands, COMMAND_NAMES, type CommandName } from '../../../shared/commands'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { startHttpBridge } from '../../../main/http/server'
import { runCli } from '../../../main/cli/cli'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'
import { cli } from '../../helpers/cli'

const FULL = process.env.LUMBUNG_FAULTS === 'full'
const t = tempDir('lumbung-fuzz-')
const file = join(t.dir, 'buku.sqlite')
afterAll(() => t.cleanup())

const BAD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.0001,
  2 ** 53,
  -(2 ** 53),
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'NaN',
  'Infinity',
  '1e3',
  '-5',
  'Rp1.000',
  '2026-02-30',
  '31/12/2025',
  '2026-13-01',
  '0000-00-00',
  "'; DROP TABLE journal_entries; --",
  '<script>alert(1)</script>',
  '${process.exit()}',
  '\u0000\u0001',
  'Ω≈ç√∫',
  'x'.repeat(FULL ? 100_000 : 5_000),
  [],
  [1, 2],
  {},
  { a: { b: { c: [] } } }
]

/** Valid inputs to start from, so that mutations reach the deeper fields. */
const SAMPLES: Partial<Record<CommandName, Record<string, unknown>>> = {
  'journal.post': {
    date: '2026-01-05',
    description: 'Uji',
    lines: [
      { account: '1-1101', debit: 1000 },
      { account: '3-3101', credit: 1000 }
    ]
  },
  'journal.reverse': { entryId: 1, date: '2026-01-06', reason: 'Salah catat' },
  'journal.get': { id: 1 },
  'journal.list': { page: 1, pageSize: 10 },
  'accounts.create': { parentCode: '1-1201', code: '1-1201-01', name: 'Bank' },
  'accounts.update': { code: '1-1102', name: 'Kas kecil' },
  'accounts.setActive': { code: '1-1110', active: false },
  'units.create': { code: 'PUPUK', name: 'Kios pupuk' },
  'units.update': { code: 'KLINIK', name: 'Klinik' },
  'units.setActive': { code: 'LOGISTIK', active: false },
  'periods.lock': { month: '2026-01' },
  'periods.unlock': { month: '2026-01', reason: 'Koreksi faktur' },
  'reports.trialBalance': { asOf: '2026-01-31' },
  'ledger.account': { account: '1-1101', from: '2026-01-01', to: '2026-12-31' },
  'profile.update': { ...SAMPLE_PROFILE },
  'users.create': { username: 'budi', fullName: 'Budi', role: 'viewer', password: 'sandi-rahasia' },
  'backup.configure': { extraFolder: null, intervalMinutes: 30 },
  'backup.restore': { file: '/tmp/tidak-ada.sqlite' },
  'auth.login': { username: 'budi', password: 'x' }
}

/** Inputs that pass the schema but name things that do not exist: they must fail in the core. */
const UNKNOWN_IDS: [CommandName, unknown][] = [
  ['journal.reverse', { entryId: 987654, date: '2026-01-06', reason: 'Tidak ada jurnalnya' }],
  ['journal.get', { id: 987654 }],
  ['journal.get', { number: 'JU-2026-999999' }],
  [
    'journal.post',
    {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1-1109', debit: 1 },
        { account: '3-3101', credit: 1 }
      ]
    }
  ],
  [
    'journal.post',
    {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1-1101', debit: 1, memberId: 987654 },
        { account: '3-3101', credit: 1 }
      ]
    }
  ],
  [
    'journal.post',
    {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1-1101', debit: 1, unit: 'TIDAKADA' },
        { account: '3-3101', credit: 1 }
      ]
    }
  ],
  [
    'journal.post',
    {
      date: '2026-01-05',
      description: 'x',
      lines: [
        { account: '1', debit: 1 },
        { account: '3-3101', credit: 1 }
      ]
    }
  ],
  ['accounts.update', { code: '1-9999', name: 'x' }],
  ['accounts.create', { parentCode: '5-9999', code: '5-9999-01', name: 'x' }],
  ['units.update', { code: 'TIDAKADA', name: 'x' }],
  ['users.update', { username: 'tidak.ada', role: 'viewer' }],
  ['ledger.account', { account: '2-9999', from: '2026-01-01', to: '2026-12-31' }],
  ['auth.login', { username: 'tidak.ada', password: 'salah' }],
  ['backup.restore', { file: '/tmp/tidak-ada-sama-sekali.sqlite' }],
  ['setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' }]
]

function* malformedInputs(): Generator<[CommandName, unknown]> {
  for (const name of COMMAND_NAMES) {
    const schema = commands[name].input as z.ZodType
    const base = SAMPLES[name] ?? {}
    const candidates: unknown[] = [
      ...BAD_VALUES.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      { ...base, tidakDikenal: 1 }
    ]
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>
    }
    const keys = new Set([...Object.keys(json.properties ?? {}), ...Object.keys(base)])
    for (const key of keys) {
      for (const bad of BAD_VALUES) candidates.push({ ...base, [key]: bad })
      const { [key]: _drop, ...missing } = base
      candidates.push(missing)
    }
    if (Array.isArray((base as { lines?: unknown[] }).lines)) {
      const lines = (base as { lines: Record<string, unknown>[] }).lines
      for (const field of ['account', 'debit', 'credit', 'memberId', 'unit', 'pihak', 'memo', 'extra']) {
        for (const bad of BAD_VALUES) candidates.push({ ...base, lines: [{ ...lines[0], [field]: bad }, lines[1]] })
      }
      candidates.push({ ...base, lines: Array.from({ length: 501 }, () => lines[0]) })
    }
    for (const c of candidates) {
      // Only what the schema refuses counts as malformed here; the rest is tested as unknown ids.
      if (!schema.safeParse(c).success) yield [name, c]
    }
  }
}

/**
 * Everything the book holds, except what a refused login must write: its audit record
 * (auth.loginFailed, which moves the chain head) and the back-off counters.
 */
function fingerprint(): string {
  const h = createHash('sha256')
  const db = new Database(file, { readonly: true })
  try {
    const tables = (
      db
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('login_throttle') ORDER BY name`)
        .all() as { name: string }[]
    ).map((r) => r.name)
    for (const name of tables) {
      const where =
        name === 'audit_log'
          ? ` WHERE command != 'auth.loginFailed'`
          : name === 'settings'
            ? ` WHERE key != 'audit.head'`
            : ''
      h.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"${where}`).raw().all()))
    }
  } finally {
    db.close()
  }
  return h.digest('hex')
}

function failedLoginsAudited(): number {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM audit_log WHERE command = 'auth.loginFailed'`).get() as { n: number })
      .n
  } finally {
    db.close()
  }
}

function assertClearError(reply: unknown, context: string): void {
  const r = reply as { ok?: boolean; error?: { code?: unknown; message?: unknown } }
  expect(r.ok === false || r.error !== undefined, context).toBe(true)
  expect(typeof r.error?.code, context).toBe('string')
  const msg = String(r.error?.message)
  expect(msg.length, context).toBeGreaterThan(5)
  expect(msg, context).not.toMatch(
    /\bat .*\.(ts|js):\d+|undefined|\[object Object\]|SqliteError|TypeError|Expected|Invalid input/
  )
  expect(r.error?.code, context).not.toBe('INTERNAL')
}

beforeAll(async () => {
  const book = await openBook(file, { create: true })
  const host = createExecutor(book)
  const r = await host.execute('setup.initialize', {
    profile: SAMPLE_PROFILE,
    firstFinancialYear: 2026,
    booksStartDate: '2026-01-01'
  })
  expect(r.ok).toBe(true)
  await host.execute('journal.post', SAMPLES['journal.post'])
  await host.close()
})

describe('malformed and hostile input', () => {
  const inputs = [...malformedInputs()]

  it('through the CLI door: every reply is a clear error, nothing crashes, the file is byte-identical', async () => {
    const before = fingerprint()
    const loginsBefore = failedLoginsAudited()
    let tried = 0
    for (const [name, input] of [...inputs, ...UNKNOWN_IDS]) {
      let out = ''
      const code = await runCli(['--db', file, name, JSON.stringify(input)], { out: (s) => (out += s), err: () => {} })
      expect(code, `${name} ${JSON.stringify(input).slice(0, 200)}`).not.toBe(0)
      assertClearError(JSON.parse(out), `${name} ${JSON.stringify(input).slice(0, 200)}`)
      tried++
    }
    // A few through the real binary as well, including broken JSON.
    for (const raw of ['{', '[1,', 'null', '"x"', '{"date":']) {
      const r = cli(['--db', file, 'journal.post', raw])
      expect(r.code).not.toBe(0)
      tried++
    }
    expect(fingerprint()).toBe(before)
    expect(failedLoginsAudited()).toBeGreaterThan(loginsBefore)
    console.log(`[faults] CLI: ${tried} masukan buruk dicoba, ${COMMAND_NAMES.length} perintah, 0 baris berubah`)
  }, 600_000)

  it('through the HTTP door: every reply is a clear error, the server stays up, the file is byte-identical', async () => {
    const book = await openBook(file)
    const host = createExecutor(book)
    const bridge = await startHttpBridge({ executor: host, staticDir: null })
    const before = fingerprint()
    let tried = 0
    try {
      for (const [name, input] of [...inputs, ...UNKNOWN_IDS]) {
        const res = await fetch(`${bridge.url}/rpc/${name}`, {
          method: 'POST',
          headers: { 'X-Lumbung-Token': bridge.token },
          body: JSON.stringify(input)
        })
        assertClearError(await res.json(), `${name} ${JSON.stringify(input).slice(0, 200)}`)
        tried++
      }
      for (const raw of ['{', 'null null', '\u0000', 'x'.repeat(100)]) {
        const res = await fetch(`${bridge.url}/rpc/journal.post`, {
          method: 'POST',
          headers: { 'X-Lumbung-Token': bridge.token },
          body: raw
        })
        assertClearError(await res.json(), raw)
        tried++
      }
      const alive = await fetch(`${bridge.url}/rpc/journal.list`, {
        method: 'POST',
        headers: { 'X-Lumbung-Token': bridge.token },
        body: '{}'
      })
      expect(((await alive.json()) as { ok: boolean }).ok).toBe(true)
      expect(fingerprint()).toBe(before)
      console.log(`[faults] HTTP: ${tried} masukan buruk dicoba, 0 baris berubah`)
    } finally {
      await bridge.close()
      await host.close()
    }
  }, 600_000)

  it('text with SQL or HTML is stored as plain text, never executed', async () => {
    const book = await openBook(file)
    const host = createExecutor(book)
    try {
      const hostile = "'); DROP TABLE journal_lines; -- <img src=x onerror=alert(1)>"
      const r = await host.execute('journal.post', { ...SAMPLES['journal.post'], description: hostile })
      expect(r.ok).toBe(true)
      const got = await host.execute('journal.list', { search: 'DROP TABLE' })
      expect(got.ok && (got.result as { items: { description: string }[] }).items[0]!.description).toBe(hostile)
      expect(book.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'journal_lines'`).get()).toEqual(
        { n: 1 }
      )
    } finally {
      await host.close()
    }
  })
})
