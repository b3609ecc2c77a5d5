// Child process of process-tz.test.ts: builds a WITA cooperative with a fixed clock at 16.30 UTC on
// 31 March 2026 (23.30 WIB, 00.30 WITA on 1 April) and prints everything that depends on "today"
// or on a time of day. Run under different TZ values, the output must be identical.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBook } from '../../../main/db/book'
import { runCommand } from '../../../main/commands/dispatch'
import type { CommandContext } from '../../../main/commands/context'
import { formatDateTime, formatDateTimeZone, formatTimeZone } from '../../../shared/dates/format'
import { todayIso } from '../../../shared/dates/calendar'

const NOW = new Date('2026-03-31T16:30:00Z')
const dir = mkdtempSync(join(tmpdir(), 'lumbung-tz-'))
const book = await openBook(join(dir, 'buku.sqlite'), { create: true })
const ctx: CommandContext = { book, actor: 'tz', now: () => NOW }
const run = (name: string, input: unknown): any => {
  const r = runCommand(ctx, name, input)
  if (!r.ok) return { error: r.error }
  return r.result
}
run('setup.initialize', {
  profile: {
    name: 'Koperasi Desa Merah Putih Loa Janan',
    village: 'Loa Janan',
    district: 'Loa Janan',
    regency: 'Kabupaten Kutai Kartanegara',
    province: 'kalimantan  TIMUR',
    cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih'
  },
  firstFinancialYear: 2026,
  booksStartDate: '2026-01-01'
})
run('journal.post', {
  date: '2026-01-02',
  description: 'Modal',
  lines: [
    { account: '1-1101', debit: 5_000_000 },
    { account: '3-2101', credit: 5_000_000 }
  ]
})
run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
const m = run('members.create', { name: 'Siti', gender: 'P', joinedAt: '2026-01-05' })
const receipt = run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: 40_000, date: '2026-02-10' })
run('loans.setProduct', {
  code: 'UMUM',
  effectiveFrom: '2026-01-01',
  name: 'Umum',
  method: 'flat',
  ratePerMonth: '1.5',
  maxTenor: 24,
  maxAmount: 5_000_000,
  provisiPercent: '0'
})
const loan = run('loans.apply', {
  memberId: m.id,
  productCode: 'UMUM',
  principal: 1_200_000,
  tenorMonths: 12,
  date: '2026-01-05'
})
run('loans.decide', { loanId: loan.id, approve: true, date: '2026-01-05' })
run('loans.disburse', { loanId: loan.id, date: '2026-01-05', firstDueDate: '2026-02-05' })
const out = {
  hostZone: process.env.TZ ?? null,
  profile: (({ timeZone, timeZoneSource }) => ({ timeZone, timeZoneSource }))(run('profile.get', {})),
  arrears: (({ asOf, month, total, notYetDue }) => ({ asOf, month, total, notYetDue }))(run('savings.arrears', {})),
  billing: (({ asOf, arrears, due }) => ({ asOf, arrears, due }))(run('savings.billing', { month: '2026-04' })),
  dashboardWajib: run('dashboard.summary', { asOf: run('savings.arrears', {}).asOf }).reminders.find(
    (r: { key: string }) => r.key === 'WAJIB'
  ).count,
  loanDuesAsOf: run('loans.get', { loanId: loan.id }).dues.asOf,
  futureRefused:
    run('journal.post', {
      date: '2026-04-02',
      description: 'x',
      lines: [
        { account: '5-3201', debit: 1 },
        { account: '1-1101', credit: 1 }
      ]
    }).error?.code ?? 'diterima',
  todayPosted: run('journal.post', {
    date: '2026-04-01',
    description: 'x',
    lines: [
      { account: '5-3201', debit: 1 },
      { account: '1-1101', credit: 1 }
    ]
  }).date,
  receiptRecorded: formatDateTimeZone(receipt.transaction.recordedAt, 'Asia/Makassar'),
  formats: [
    formatDateTime('2026-03-31T16:30:00Z', 'Asia/Jakarta'),
    formatDateTimeZone(NOW, 'Asia/Makassar'),
    formatTimeZone(NOW, 'Asia/Jayapura'),
    todayIso('Asia/Jakarta', NOW),
    todayIso('Asia/Makassar', NOW)
  ],
  periods: run('periods.list', { year: 2026 }).periods.length
}
book.close()
rmSync(dir, { recursive: true, force: true })
process.stdout.write(JSON.stringify(out))
