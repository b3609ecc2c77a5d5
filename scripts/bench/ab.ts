// `npx tsx scripts/bench/ab.ts --base <checkout> --db <book.sqlite> [--rounds 15] [--posts 150]`
//
// Compares this checkout with another (an older commit in a git worktree) on the same book, for a
// change that must not make a report slower: both checkouts' command dispatchers are loaded into this
// one process and each report is run alternately, base then this, round after round, so a busy
// machine slows both alike. Each side reads its own copy of the book (a newer checkout may migrate
// it); the writes (journal.post, savings.deposit) run on scratch copies. Prints the medians and the
// ratio this/base for every row, and fails (exit 1) when a row is more than --limit % slower
// (default 10).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

interface Side {
  name: string
  root: string
  openBook: (file: string, opts?: { readonly?: boolean; backupDir?: string }) => Promise<SideBook>
  runCommand: (ctx: unknown, name: string, input: unknown) => { ok: boolean; error?: { message: string } }
}
interface SideBook {
  close(): void
}

function args(): { base: string; db: string; rounds: number; posts: number; limit: number } {
  const a = process.argv.slice(2)
  const get = (k: string) => {
    const i = a.indexOf(k)
    return i >= 0 ? a[i + 1] : undefined
  }
  const base = get('--base')
  const db = get('--db')
  if (!base || !db) {
    console.error('Pakai: tsx scripts/bench/ab.ts --base <checkout lama> --db <buku.sqlite> [--rounds N] [--posts N]')
    process.exit(2)
  }
  return {
    base: resolve(base),
    db: resolve(db),
    rounds: Number(get('--rounds') ?? 15),
    posts: Number(get('--posts') ?? 150),
    limit: Number(get('--limit') ?? 10)
  }
}

async function side(name: string, root: string): Promise<Side> {
  const url = (p: string) => pathToFileURL(join(root, p)).href
  const book = (await import(url('main/db/book.ts'))) as { openBook: Side['openBook'] }
  const dispatch = (await import(url('main/commands/dispatch.ts'))) as { runCommand: Side['runCommand'] }
  return { name, root, openBook: book.openBook, runCommand: dispatch.runCommand }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

async function main(): Promise<void> {
  const o = args()
  const here = fileURLToPath(new URL('../..', import.meta.url))
  const sides = [await side('base', o.base), await side('this', here)]
  const tmp = mkdtempSync(join(tmpdir(), 'lumbung-ab-'))
  try {
    // One copy of the book per side, opened for writing once so that each side migrates its own.
    const books = []
    for (const s of sides) {
      const file = join(tmp, `${s.name}.sqlite`)
      copyFileSync(o.db, file)
      ;(await s.openBook(file, { backupDir: join(tmp, `backup-${s.name}`) })).close()
      books.push(await s.openBook(file, { readonly: true }))
    }
    const year = 2025
    // [label, command, input, rounds at most]
    const reads: [string, string, unknown, number?][] = [
      ['trial balance, month end', 'reports.trialBalance', { asOf: `${year}-12-31` }],
      ['trial balance, mid-month', 'reports.trialBalance', { asOf: `${year}-06-17` }],
      ['trial balance, period', 'reports.trialBalance', { from: `${year}-03-16`, to: `${year}-09-15` }],
      ['balance sheet', 'statements.balanceSheet', { asOf: `${year}-12-31` }],
      ['income statement', 'statements.incomeStatement', { from: `${year}-01-01`, to: `${year}-12-31` }],
      ['income statement, cut months', 'statements.incomeStatement', { from: `${year}-03-16`, to: `${year}-09-15` }],
      ['equity changes', 'statements.equityChanges', { from: `${year}-01-01`, to: `${year}-12-31` }],
      ['cash flow', 'statements.cashFlow', { from: `${year}-01-01`, to: `${year}-12-31` }],
      ['dashboard', 'dashboard.summary', { asOf: `${year}-12-31` }],
      ['loan portfolio', 'loans.portfolio', { asOf: `${year}-12-31` }],
      ['savings balances', 'savings.balances', { asOf: `${year}-12-31` }],
      ['savings tie-out', 'savings.tieOut', { asOf: `${year}-12-31` }],
      ['members list', 'members.list', {}],
      ['ledger check', 'ledger.check', {}, 3]
    ]
    const rows: { label: string; ms: number[][] }[] = []
    for (const [label, command, input, most] of reads) {
      const ms: number[][] = [[], []]
      for (let r = -1; r < Math.min(o.rounds, most ?? o.rounds); r++) {
        for (let i = 0; i < sides.length; i++) {
          const ctx = { book: books[i], actor: 'bench', now: () => new Date(`${year + 1}-01-10T03:00:00Z`) }
          const t = performance.now()
          const res = sides[i]!.runCommand(ctx, command, input)
          const dt = performance.now() - t
          if (!res.ok) throw new Error(`${sides[i]!.name} ${command}: ${res.error?.message}`)
          if (r >= 0) ms[i]!.push(dt)
        }
      }
      rows.push({ label: `${label} (${command})`, ms })
      process.stderr.write('.')
    }
    for (const b of books) b.close()

    // Writes, fsync'd as the app does, on one scratch copy per side.
    const writers = []
    for (const s of sides) writers.push(await s.openBook(join(tmp, `${s.name}.sqlite`)))
    const member = 1
    const writes: [string, string, (n: number) => unknown][] = [
      [
        'journal.post',
        'journal.post',
        (n) => ({
          date: `${year}-12-31`,
          description: `AB ${n}`,
          lines: [
            { account: '1-1101', debit: 1000 + n, credit: 0 },
            { account: '4-1101', debit: 0, credit: 1000 + n }
          ]
        })
      ],
      [
        'savings.deposit',
        'savings.deposit',
        (n) => ({ memberId: member, type: 'SUKARELA', amount: 5000 + n, date: `${year}-12-31` })
      ]
    ]
    for (const [label, command, input] of writes) {
      const ms: number[][] = [[], []]
      for (let n = -1; n < o.posts; n++) {
        for (let i = 0; i < sides.length; i++) {
          const ctx = { book: writers[i], actor: 'bench', now: () => new Date(`${year + 1}-01-10T03:00:00Z`) }
          const t = performance.now()
          const res = sides[i]!.runCommand(ctx, command, input(n))
          const dt = performance.now() - t
          if (!res.ok) throw new Error(`${sides[i]!.name} ${command}: ${res.error?.message}`)
          if (n >= 0) ms[i]!.push(dt)
        }
      }
      rows.push({ label, ms })
    }
    for (const w of writers) w.close()

    process.stderr.write('\n')
    console.log(`| median of ${o.rounds} (ms) | base ${o.base} | this | this/base | fastest: base | this |`)
    console.log('|---|---:|---:|---:|---:|---:|')
    let worst = 0
    for (const r of rows) {
      const b = median(r.ms[0]!)
      const t = median(r.ms[1]!)
      const ratio = t / b
      worst = Math.max(worst, ratio)
      const fast = r.ms.map((x) => Math.min(...x).toFixed(2))
      console.log(`| ${r.label} | ${b.toFixed(2)} | ${t.toFixed(2)} | ${ratio.toFixed(2)} | ${fast[0]} | ${fast[1]} |`)
    }
    console.log(`\nworst ratio ${worst.toFixed(2)} (limit ${(1 + o.limit / 100).toFixed(2)})`)
    if (worst > 1 + o.limit / 100) process.exitCode = 1
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main()
