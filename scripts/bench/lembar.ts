// npm run bench:lembar — the Lembar Anggota of every member (one PDF, one page each, and the XLSX)
// for a cooperative with 5.000 members (target ≤ 30 s for the PDF). Members are inserted in batched
// transactions; savings (with monthly jasa), loans, gerai sales to members and expenses go through
// the real modules, like scripts/bench/ratbook.ts.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBook } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'
import { deposit, withdraw } from '../../main/savings/ledger'
import { postInterest } from '../../main/savings/interest'
import { applyLoan, decideLoan, disburseLoan, payLoan } from '../../main/loans/loans'
import { postEntry } from '../../main/ledger/journal'
import { exportMemberSheets } from '../../main/panduan/export'
import { memberSheets } from '../../main/panduan/member-sheet'
import { reminders } from '../../main/panduan/calendar'
import { firstMonthChecklist } from '../../main/panduan/checklist'
import { commands } from '../../shared/commands'
import { parseInput } from '../../shared/validation/issues'
import { mulberry32 } from './generate'

const N = Number(process.argv[2] ?? 5_000)
const LOANS = Math.round(N / 8)
const YEAR = 2026
const rand = mulberry32(18)
const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-lembar-'))
const book = await openBook(join(dir, 'buku.sqlite'), { create: true })
const ctx: CommandContext = { book, actor: 'bench', now: () => new Date('2027-02-15T03:00:00Z') }
const must = (name: string, input: unknown) => {
  const r = runCommand(ctx, name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result
}
const parse = <K extends keyof typeof commands>(name: K, input: unknown) =>
  parseInput(commands[name].input, input) as never
const pad = (n: number) => String(n).padStart(2, '0')

const t0 = performance.now()
must('setup.initialize', {
  profile: {
    name: 'Koperasi Desa Merah Putih Bench',
    village: 'Bench',
    district: 'b',
    regency: 'c',
    province: 'd',
    cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih'
  },
  firstFinancialYear: 2025,
  booksStartDate: '2025-01-01'
})
must('journal.post', {
  date: '2025-01-02',
  description: 'Hibah modal',
  lines: [
    { account: '1-1101', debit: 5_000_000_000 },
    { account: '3-3101', credit: 5_000_000_000 }
  ]
})
must('savings.setSettings', {
  effectiveFrom: '2025-01-01',
  pokokAmount: 100_000,
  wajibAmount: 20_000,
  sukarelaRate: '3',
  sukarelaMethod: 'SALDO_TERENDAH'
})
must('loans.setProduct', {
  code: 'UMUM',
  effectiveFrom: '2025-01-01',
  name: 'Pinjaman Umum',
  method: 'flat',
  ratePerMonth: '1.5',
  maxTenor: 24,
  maxAmount: 50_000_000,
  provisiPercent: '1'
})
const insertMember = book.sqlite.prepare(
  `INSERT INTO members (member_no, name, status, created_at, joined_at, gender, street, rt, rw, dusun) VALUES (?, ?, 'AKTIF', ?, ?, ?, ?, ?, '002', ?)`
)
const ids: number[] = []
const BATCH = 500
for (let start = 0; start < N; start += BATCH) {
  book.tx(() => {
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      const year = rand() < 0.6 ? 2025 : 2026
      const joined = `${year}-${pad(1 + Math.floor(rand() * (year === 2026 ? 6 : 12)))}-${pad(1 + Math.floor(rand() * 27))}`
      const gender = rand() < 0.55 ? 'L' : 'P'
      const id = Number(
        insertMember.run(
          `A-${String(i + 1).padStart(5, '0')}`,
          `${gender === 'L' ? 'Bapak' : 'Ibu'} Anggota ${i + 1}`,
          new Date().toISOString(),
          joined,
          gender,
          `Jl. Mawar ${i % 80}`,
          pad(1 + (i % 9)),
          i % 2 ? 'Cikaret' : 'Sukamanah'
        ).lastInsertRowid
      )
      ids.push(id)
      deposit(ctx, parse('savings.deposit', { memberId: id, type: 'POKOK', amount: 100_000, date: joined }))
      deposit(ctx, parse('savings.deposit', { memberId: id, type: 'WAJIB', amount: 240_000, date: joined }))
      if (year === 2025)
        deposit(ctx, parse('savings.deposit', { memberId: id, type: 'WAJIB', amount: 120_000, date: '2026-06-30' }))
      if (rand() < 0.4) {
        const amount = 50_000 * (1 + Math.floor(rand() * 20))
        deposit(ctx, parse('savings.deposit', { memberId: id, type: 'SUKARELA', amount, date: joined }))
        if (rand() < 0.3)
          withdraw(
            ctx,
            parse('savings.withdraw', {
              memberId: id,
              type: 'SUKARELA',
              amount: Math.floor(amount / 2),
              date: '2026-08-10'
            })
          )
      }
    }
  })
  process.stdout.write(`\r${Math.min(N, start + BATCH)} anggota dibuat…`)
}
book.tx(() => {
  for (let m = 1; m <= 12; m++)
    postInterest(ctx, `${YEAR}-${pad(m)}`, `${YEAR}-${pad(m)}-${m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31}`)
  for (let k = 0; k < LOANS; k++) {
    const memberId = ids[Math.floor(rand() * Math.min(ids.length, N / 2))]!
    const date = `${YEAR}-${pad(1 + Math.floor(rand() * 6))}-10`
    const loan = applyLoan(
      ctx,
      parse('loans.apply', {
        memberId,
        productCode: 'UMUM',
        principal: (10 + Math.floor(rand() * 90)) * 100_000,
        tenorMonths: 12,
        date
      })
    )
    decideLoan(ctx, parse('loans.decide', { loanId: loan.id, approve: true, date }))
    const l = disburseLoan(ctx, parse('loans.disburse', { loanId: loan.id, date }))
    const stop = rand() < 0.1 ? 2 : 99
    for (const inst of l.schedule) {
      if (inst.dueDate > `${YEAR}-12-31` || inst.no > stop) break
      payLoan(ctx, parse('loans.pay', { loanId: l.id, amount: inst.angsuran, date: inst.dueDate }))
    }
  }
  for (let d = 0; d < 300; d++) {
    const date = `${YEAR}-${pad(1 + (d % 12))}-${pad(1 + (d % 27))}`
    const a = 500_000 + Math.floor(rand() * 2_000_000)
    postEntry(
      ctx,
      parse('journal.post', {
        date,
        description: 'Penjualan sembako',
        lines: [
          { account: '1-1101', debit: a },
          { account: rand() < 0.7 ? '4-2101' : '4-2102', credit: a, unit: 'SEMBAKO', pihak: 'ANGGOTA' }
        ]
      })
    )
    postEntry(
      ctx,
      parse('journal.post', {
        date,
        description: 'Beban operasional',
        lines: [
          { account: '5-3201', debit: Math.round(a / 3), unit: 'KANTOR' },
          { account: '1-1101', credit: Math.round(a / 3) }
        ]
      })
    )
  }
})
const built = performance.now() - t0
console.log('')

/** Wall time, and the CPU time of this process (user + system): the machine is shared, so both are shown. */
const cpu: number[] = []
const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const s = performance.now()
  const c = process.cpuUsage()
  const r = await f()
  const u = process.cpuUsage(c)
  cpu.push((u.user + u.system) / 1000)
  return [r, performance.now() - s]
}
const both = (wall: number, i: number) => `${(wall / 1000).toFixed(1)} s (CPU ${(cpu[i]! / 1000).toFixed(1)} s)`
const [set, tData] = await time(() => memberSheets(ctx, YEAR))
const [pdf, tPdf] = await time(() => exportMemberSheets(ctx, { year: YEAR, format: 'pdf' }))
const [xlsx, tXlsx] = await time(() => exportMemberSheets(ctx, { year: YEAR, format: 'xlsx' }))
const pdfFile = join(dir, pdf.name)
writeFileSync(pdfFile, pdf.bytes)
const [, tRem] = await time(() => reminders(ctx, '2027-02-15'))
const [, tCheck] = await time(() => firstMonthChecklist(ctx, '2027-02-15'))
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1])
const mem = process.memoryUsage().rss / 1024 / 1024
console.log(`# Lembar Anggota at ${N.toLocaleString('id-ID')} members\n`)
console.log('| Measure | Result |\n|---|---|')
console.log(
  `| Build ${N} members with savings, ${LOANS} loans, 12 months of jasa, sales (setup, not measured) | ${(built / 1000).toFixed(1)} s |`
)
console.log(
  `| Figures of every sheet (savings, loans, SHU, arrears) for ${set.sheets.length} members | ${both(tData, 0)} |`
)
console.log(
  `| Lembar Anggota ${YEAR} as one PDF, figures included (${pages} pages, ${(pdf.bytes.length / 1024 / 1024).toFixed(1)} MB; target ≤ 30 s) | ${both(tPdf, 1)} |`
)
console.log(`| Lembar Anggota ${YEAR} as XLSX (${(xlsx.bytes.length / 1024).toFixed(0)} KB) | ${both(tXlsx, 2)} |`)
console.log(
  `| Beranda reminders: calendars of last year and this year, wajib arrears of ${N} members | ${both(tRem, 3)} |`
)
console.log(`| First-month checklist | ${both(tCheck, 4)} |`)
console.log(
  `| Load average while measuring (2 cores, shared) | ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} |`
)
console.log(`| Peak resident memory | ${mem.toFixed(0)} MB |`)
book.close()
rmSync(dir, { recursive: true, force: true })
