// Child process of the crash test: posts entries as fast as it can and acknowledges each one on
// stdout only after its transaction has committed. The parent kills it with SIGKILL at random.
import { openBook } from '../../../main/db/book'
import { runCommand } from '../../../main/commands/dispatch'

const [file, seedArg] = process.argv.slice(2)
let seed = Number(seedArg) >>> 0
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const book = await openBook(file!)
const ctx = { book, actor: 'crash-test', now: () => new Date() }
const accounts = ['1-1101', '1-1102', '1-1110', '1-1201', '3-3101', '2-1501', '4-2101', '5-3201']
for (;;) {
  const n = 2 + Math.floor(rand() * 6)
  const lines: { account: string; debit?: number; credit?: number }[] = []
  let total = 0
  for (let i = 0; i < n - 1; i++) {
    const amount = 1 + Math.floor(rand() * 1_000_000)
    total += amount
    lines.push({ account: accounts[Math.floor(rand() * accounts.length)]!, debit: amount })
  }
  lines.push({ account: accounts[Math.floor(rand() * accounts.length)]!, credit: total })
  const day = 1 + Math.floor(rand() * 28)
  const r = runCommand(ctx, 'journal.post', {
    date: `2026-03-${String(day).padStart(2, '0')}`,
    description: 'uji crash',
    lines
  })
  if (!r.ok) {
    process.stderr.write(`${r.error.message}\n`)
    process.exit(3)
  }
  const e = r.result as { number: string; total: number }
  process.stdout.write(`${e.number} ${e.total}\n`)
}
