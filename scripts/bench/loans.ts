// npm run bench:loans — arrears and kolektibilitas (target ≤ 50 ms) and the portfolio with PPAP
// (target ≤ 20 ms) for 15.000 running loans.
// The loans go through the real module (apply, approve, disburse, pay) in batched transactions.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { timeRow } from './timing'
import { openBook } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'
import { applyLoan, decideLoan, disburseLoan, payLoan } from '../../main/loans/loans'
import { loanArrears, loanPortfolio } from '../../main/loans/portfolio'
import { commands } from '../../shared/commands'
import { parseInput } from '../../shared/validation/issues'
import { mulberry32 } from './generate'

const N = Number(process.argv[2] ?? 15_000)
const rand = mulberry32(42)
// LUMBUNG_BENCH_DB=<file> keeps the generated book there and reuses it on the next run.
const keep = process.env.LUMBUNG_BENCH_DB
const reuse = keep !== undefined && existsSync(keep)
const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-pinjaman-'))
const book = await openBook(keep ?? join(dir, 'buku.sqlite'), { create: !reuse })
const ctx: CommandContext = { book, actor: 'bench', now: () => new Date() }
const must = (name: string, input: unknown) => {
  const r = runCommand(ctx, name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result
}
const parse = <K extends keyof typeof commands>(name: K, input: unknown) =>
  parseInput(commands[name].input, input) as never
let built = 0
if (!reuse) build()
function build() {
  must('setup.initialize', {
    profile: { name: 'Kop Bench', village: 'a', district: 'b', regency: 'c', province: 'd', cooperativeType: 'KSU' },
    firstFinancialYear: 2025,
    booksStartDate: '2025-01-01'
  })
  // Disbursements before the repayments come in: the kas may run below zero here (an agreed overdraft).
  must('accounts.update', { code: '1-1101', allowOverdraft: true })
  for (const method of ['flat', 'efektif', 'anuitas']) {
    must('loans.setProduct', {
      code: method.toUpperCase(),
      effectiveFrom: '2025-01-01',
      name: method,
      method,
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 50_000_000,
      provisiPercent: '1'
    })
  }
  const insertMember = book.sqlite.prepare(
    `INSERT INTO members (member_no, name, status, created_at, joined_at, gender) VALUES (?, ?, 'AKTIF', ?, '2025-01-01', 'L')`
  )
  const t0 = performance.now()
  const BATCH = 1000
  for (let start = 0; start < N; start += BATCH) {
    book.tx(() => {
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const memberId = Number(insertMember.run(`P-${i}`, `Peminjam ${i}`, new Date().toISOString()).lastInsertRowid)
        const month = 1 + Math.floor(rand() * 10)
        const date = `2025-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`
        const product = ['FLAT', 'EFEKTIF', 'ANUITAS'][Math.floor(rand() * 3)]!
        const loan = applyLoan(
          ctx,
          parse('loans.apply', {
            memberId,
            productCode: product,
            principal: (10 + Math.floor(rand() * 190)) * 100_000,
            tenorMonths: [6, 10, 12, 18, 24][Math.floor(rand() * 5)]!,
            date
          })
        )
        decideLoan(ctx, parse('loans.decide', { loanId: loan.id, approve: true, date }))
        const l = disburseLoan(ctx, parse('loans.disburse', { loanId: loan.id, date }))
        // Most pay on time, some fall behind, a few stop paying.
        const behaviour = rand()
        for (const inst of l.schedule) {
          if (inst.dueDate > '2025-12-31') break
          if (behaviour < 0.08 && inst.no > 2) break
          if (behaviour < 0.2 && rand() < 0.4) continue
          payLoan(ctx, parse('loans.pay', { loanId: l.id, amount: inst.angsuran, date: inst.dueDate }))
        }
      }
    })
    process.stdout.write(`\r${Math.min(N, start + BATCH)} pinjaman dibuat…`)
  }
  built = performance.now() - t0
  console.log('')
}

const lines = (book.sqlite.prepare('SELECT count(*) AS n FROM journal_lines').get() as { n: number }).n
const arrears = loanArrears(book, '2025-12-31')
console.log(`# Loans at ${N.toLocaleString('id-ID')} running loans\n`)
console.log('| Measure | Result | Target | |\n|---|---|---|---|')
if (!reuse)
  console.log(
    `| Build ${N} loans through apply/approve/disburse/pay (${lines.toLocaleString('id-ID')} journal lines) | ${(built / 1000).toFixed(1)} s | | |`
  )
console.log(
  timeRow(
    `Arrears and kolektibilitas of every running loan on 2025-12-31 (${arrears.rows.length} in arrears)`,
    () => loanArrears(book, '2025-12-31'),
    15,
    1,
    50
  )
)
console.log(
  timeRow(
    'Portfolio by product and kolektibilitas with PPAP (issue 17)',
    () => loanPortfolio(book, '2025-12-31'),
    15,
    1,
    20
  )
)
book.close()
rmSync(dir, { recursive: true, force: true })
