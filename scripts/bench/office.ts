// npm run bench:office [-- --seconds N] [--kill] — several desks on one book (issue 19): the host on
// 127.0.0.1 with a generated book; 3 desks each post 10 journal entries a second (every one with its
// own Idempotency-Key, retried with the same key until confirmed) while a fourth client reads the
// trial balance in a loop. Prints p50/p95/max latency of the postings, refused, lost (confirmed but
// not in the book), twice (in the book more than once), then runs system.check. --kill: kill -9 the
// host halfway, start it again, and the desks carry on with their keys.
import { fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { openBook } from '../../main/db/book'
import { createExecutor } from '../../main/commands/executor'
import { getUser } from '../../main/auth/users'
import { SAMPLE_PROFILE } from '../../tests/helpers/book'

const args = process.argv.slice(2)
const SECONDS = Number(args[args.indexOf('--seconds') + 1] ?? 300) || 300
const KILL = args.includes('--kill')
const DESKS = 3
const PER_SECOND = 10
const USERS = Array.from({ length: DESKS }, (_, i) => ({
  username: `meja${i + 1}`,
  fullName: `Meja ${i + 1}`,
  role: 'bendahara',
  password: `meja-${i + 1}-kantor`
}))

const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-kantor-'))
const file = join(dir, 'buku.sqlite')

async function prepare(): Promise<void> {
  const book = await openBook(file, { create: true })
  const ex = createExecutor(book)
  const run = async (name: string, input: unknown) => {
    const r = await ex.execute(name, input)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  }
  await run('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
  for (const u of USERS) await run('users.create', u)
  await run('auth.setEnabled', { enabled: true })
  await ex.close()
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port
      s.close(() => ok(p))
    })
  })
}

const token = randomBytes(24).toString('base64url')
let port = 0
let host: ChildProcess | null = null
function startHost(): Promise<void> {
  host = fork(fileURLToPath(new URL('./office-host.ts', import.meta.url)), [file, String(port), token], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit'
  })
  return new Promise((ok, err) => {
    host!.once('message', () => ok())
    host!.once('exit', (c) => err(new Error(`host berhenti (${c})`)))
  })
}

class Desk {
  cookie = ''
  async call(
    name: string,
    input: unknown,
    key?: string
  ): Promise<{ ok: boolean; result?: any; error?: { message: string } }> {
    const res = await fetch(`http://127.0.0.1:${port}/rpc/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Lumbung-Token': token,
        Cookie: this.cookie,
        ...(key ? { 'Idempotency-Key': key } : {})
      },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(15_000)
    })
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!)
    if (set.length) {
      const jar = new Map(
        this.cookie
          .split('; ')
          .filter(Boolean)
          .map((p) => [p.split('=')[0]!, p] as const)
      )
      for (const p of set) jar.set(p.split('=')[0]!, p)
      this.cookie = [...jar.values()].join('; ')
    }
    return (await res.json()) as never
  }
}

const latencies: number[] = []
let refused = 0
const confirmed = new Map<string, string>()
const refusals: string[] = []
let reads = 0
let running = true

/** Posts one entry, retrying with the same key through a dropped connection or a restart, until answered. */
async function post(desk: Desk, description: string, amount: number): Promise<void> {
  const key = `bench-${description}`
  const t0 = performance.now()
  for (;;) {
    try {
      const r = await desk.call(
        'journal.post',
        {
          date: '2026-02-02',
          description,
          lines: [
            { account: '1-1101', debit: amount },
            { account: '3-2101', credit: amount }
          ]
        },
        key
      )
      latencies.push(performance.now() - t0)
      if (r.ok) confirmed.set(description, r.result.number as string)
      else {
        refused++
        if (refusals.length < 5) refusals.push(r.error?.message ?? '?')
      }
      return
    } catch {
      if (performance.now() - t0 > 60_000) return
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

async function main(): Promise<void> {
  await prepare()
  port = await freePort()
  await startHost()
  const desks = USERS.map(() => new Desk())
  for (const [i, d] of desks.entries()) {
    const r = await d.call('auth.login', { username: USERS[i]!.username, password: USERS[i]!.password })
    if (!r.ok) throw new Error(r.error?.message)
  }
  const reader = new Desk()
  await reader.call('auth.login', { username: USERS[0]!.username, password: USERS[0]!.password })
  console.log(
    `Bench kantor: ${DESKS} meja × ${PER_SECOND} posting/detik selama ${SECONDS} detik, 1 pembaca laporan${KILL ? ', host dimatikan (kill -9) di tengah' : ''}`
  )

  const inFlight: Promise<void>[] = []
  const started = performance.now()
  let n = 0
  const timers = desks.map((d, i) =>
    setInterval(() => {
      if (!running) return
      const k = n++
      inFlight.push(post(d, `meja${i + 1}-${k}`, 1000 + (k % 1000)))
    }, 1000 / PER_SECOND)
  )
  const readLoop = (async () => {
    while (running) {
      try {
        await reader.call('reports.trialBalance', { asOf: '2026-12-31' })
        reads++
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
  })()
  let killedAt: number | null = null
  if (KILL) {
    setTimeout(
      () => {
        killedAt = performance.now()
        host!.removeAllListeners('exit')
        host!.kill('SIGKILL')
        console.log('host dimatikan (kill -9); mulai lagi…')
        void new Promise((r) => setTimeout(r, 1000))
          .then(() => startHost())
          .then(() => console.log(`host kembali setelah ${Math.round(performance.now() - killedAt!)} ms`))
      },
      (SECONDS * 1000) / 2
    )
  }
  await new Promise((r) => setTimeout(r, SECONDS * 1000))
  running = false
  for (const t of timers) clearInterval(t)
  await Promise.all(inFlight)
  await readLoop
  const elapsed = (performance.now() - started) / 1000

  host!.removeAllListeners('exit')
  await new Promise<void>((ok) => {
    host!.once('exit', () => ok())
    host!.kill('SIGTERM')
  })

  const book = await openBook(file)
  const counts = new Map(
    (
      book.sqlite
        .prepare(
          `SELECT description, count(*) AS n FROM journal_entries WHERE description LIKE 'meja%' GROUP BY description`
        )
        .all() as { description: string; n: number }[]
    ).map((r) => [r.description, r.n])
  )
  let lost = 0
  let twice = 0
  for (const [d] of confirmed) if ((counts.get(d) ?? 0) === 0) lost++
  for (const [, c] of counts) if (c > 1) twice++
  const unconfirmed = n - confirmed.size - refused
  const ex = createExecutor(book)
  const check = await ex.execute('system.check', {}, { user: getUser(book, USERS[0]!.username) })
  await ex.close()
  const sorted = [...latencies].sort((a, b) => a - b)
  const q = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0)
  console.log(
    `posting dikirim: ${n} dalam ${elapsed.toFixed(1)} detik (${(n / elapsed).toFixed(1)}/detik); dikonfirmasi: ${confirmed.size}; di buku: ${counts.size}`
  )
  console.log(
    `latensi posting: p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, maks ${(sorted.at(-1) ?? 0).toFixed(1)} ms`
  )
  console.log(`laporan neraca saldo dibaca: ${reads} kali`)
  console.log(
    `ditolak: ${refused}${refusals.length ? ` (${refusals.join(' | ')})` : ''}; hilang: ${lost}; dua kali: ${twice}; tanpa jawaban: ${unconfirmed}`
  )
  const ok = check.ok && (check.result as { ok: boolean }).ok
  console.log(`system.check: ${ok ? 'bersih' : JSON.stringify(check)}`)
  rmSync(dir, { recursive: true, force: true })
  process.exit(ok && lost === 0 && twice === 0 && refused === 0 ? 0 : 1)
}

main().catch((e: unknown) => {
  console.error(e)
  host?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
  process.exit(1)
})
