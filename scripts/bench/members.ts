// npm run bench:members — the member register at 50.000 members: registering through the real
// command, searching by name, nomor anggota and NIK, and the savings balances of everyone.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { timeRow } from './timing'
import { openBook } from '../../main/db/book'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'

const N = Number(process.argv[2] ?? 50_000)
const FIRST = [
  'Siti',
  'Budi',
  'Agus',
  'Dewi',
  'Rina',
  'Joko',
  'Sri',
  'Ahmad',
  'Nur',
  'Wayan',
  'Made',
  'Putu',
  'Yohanes',
  'Maria',
  'Andi',
  'Fitri'
]
const LAST = [
  'Aminah',
  'Santoso',
  'Wijaya',
  'Lestari',
  'Hidayat',
  'Saputra',
  'Rahayu',
  'Pratama',
  'Kurniawan',
  'Susanti',
  'Nugroho',
  'Siregar'
]
let seed = 7
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
}

const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-anggota-'))
const book = await openBook(join(dir, 'buku.sqlite'), { create: true })
const ctx: CommandContext = { book, actor: 'bench', now: () => new Date() }
const must = (name: string, input: unknown) => {
  const r = runCommand(ctx, name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.result
}
must('setup.initialize', {
  profile: { name: 'Kop Bench', village: 'a', district: 'b', regency: 'c', province: 'd', cooperativeType: 'KSU' },
  firstFinancialYear: 2026,
  booksStartDate: '2026-01-01'
})
must('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })

const t0 = performance.now()
book.tx(() => {
  for (let i = 1; i <= N; i++) {
    const female = rand(2) === 1
    const day = 1 + rand(28)
    const nik = `3203${String(1 + rand(30)).padStart(2, '0')}${String(female ? day + 40 : day).padStart(2, '0')}${String(1 + rand(12)).padStart(2, '0')}${String(60 + rand(40))}${String(i).padStart(4, '0').slice(-4)}`
    const r = runCommand(ctx, 'members.create', {
      name: `${FIRST[rand(FIRST.length)]} ${LAST[rand(LAST.length)]} ${i}`,
      nik: i % 10_000 === 0 ? null : nik,
      gender: female ? 'P' : 'L',
      joinedAt: '2026-01-05',
      village: `Desa ${rand(5)}`,
      rt: String(1 + rand(12)).padStart(3, '0'),
      acceptNikWarnings: true
    })
    if (!r.ok && r.error.code !== 'CONFLICT') throw new Error(r.error.message)
    if (r.ok && i % 4 === 0)
      must('savings.deposit', {
        memberId: (r.result as { id: number }).id,
        type: 'POKOK',
        amount: 50_000,
        date: '2026-01-06'
      })
  }
})
const created = performance.now() - t0

console.log(`# Member register at ${N.toLocaleString('id-ID')} members\n`)
console.log('| Measure | Result |\n|---|---|')
console.log(
  `| Register ${N} members through members.create (one transaction, NIK checked), every 4th paying pokok | ${(created / 1000).toFixed(1)} s (${(created / N).toFixed(3)} ms each) |`
)
console.log(
  timeRow('Search by part of a name ("hidayat"), first page of 50', () => must('members.list', { search: 'hidayat' }))
)
console.log(
  timeRow('Search by a rare name part ("santoso 4999")', () => must('members.list', { search: 'santoso 4999' }))
)
console.log(timeRow('Search by NIK prefix ("320301")', () => must('members.list', { search: '320301' })))
console.log(timeRow('Search by nomor anggota ("A-04")', () => must('members.list', { search: 'A-04' })))
console.log(
  timeRow('Filter: women in Desa 3, RT 005', () => must('members.list', { gender: 'P', village: 'Desa 3', rt: '005' }))
)
console.log(
  timeRow('Savings balances of all members, first page + totals', () =>
    must('savings.balances', { asOf: '2026-12-31' })
  )
)
console.log(timeRow('Savings tie-out', () => must('savings.tieOut', { asOf: '2026-12-31' })))
book.close()
rmSync(dir, { recursive: true, force: true })

// Import: the same register from a spreadsheet (CSV), with opening savings, all or nothing.
{
  const { createExecutor } = await import('../../main/commands/executor')
  const { writeFileSync } = await import('node:fs')
  const dir2 = mkdtempSync(join(tmpdir(), 'lumbung-bench-impor-'))
  const file = join(dir2, 'anggota.csv')
  const lines = ['No Anggota;Nama;NIK;JK;Desa;RT;Tgl Masuk;Simpanan Pokok;Simpanan Wajib;Simpanan Sukarela']
  for (let i = 1; i <= N; i++) {
    const female = i % 2 === 0
    const day = 1 + (i % 28)
    const nik = `3203${String(1 + (i % 30)).padStart(2, '0')}${String(female ? day + 40 : day).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(60 + (i % 40))}${String(i).padStart(4, '0').slice(-4)}`
    lines.push(
      `K-${i};${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${i};${i % 10_000 === 0 ? '' : nik};${female ? 'P' : 'L'};Desa ${i % 5};00${1 + (i % 9)};15/03/2024;Rp 50.000;1.250.000;${(i % 7) * 10_000}`
    )
  }
  writeFileSync(file, lines.join('\n'))
  const b2 = await openBook(join(dir2, 'buku.sqlite'), { create: true })
  const host = createExecutor(b2)
  await host.execute('setup.initialize', {
    profile: { name: 'Kop Impor', village: 'a', district: 'b', regency: 'c', province: 'd', cooperativeType: 'KSU' },
    firstFinancialYear: 2026,
    booksStartDate: '2026-01-01'
  })
  const s = performance.now()
  const r = await host.execute('members.import', { file, openingDate: '2026-01-01', acceptWarnings: true })
  const ms = performance.now() - s
  if (!r.ok) throw new Error(r.error.message)
  console.log(
    `| Import ${N} members with opening pokok/wajib/sukarela from CSV (preview rules, one transaction, one journal) | ${(ms / 1000).toFixed(2)} s (target < 5 s) |`
  )
  await host.close()
  rmSync(dir2, { recursive: true, force: true })
}
