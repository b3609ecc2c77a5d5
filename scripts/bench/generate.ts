// Seeded generator of a realistic cooperative book for the benchmark (`npm run bench`).
//
// A KDKMP with a savings-and-loan unit (USP) and a sembako outlet (gerai): members join over the
// first years and pay simpanan pokok once, simpanan wajib monthly; some keep simpanan sukarela,
// some borrow and pay monthly installments; the gerai sells every day it is open and buys stock
// weekly; the office pays salaries and bills, and moves cash to and from the bank. Every entry goes
// through the real posting code (postEntry), batched ~2000 entries per transaction.
//
// Deterministic from the seed: same preset + seed → same members, entries, lines and amounts.
//
// CLI (used by run.ts to generate in a child process, so that the generator's memory does not
// count against the measured process):
//   tsx scripts/bench/generate.ts --preset 500k --seed 1 --out bench-data/x.sqlite [--meta x.json]
//   tsx scripts/bench/generate.ts --preset 5m --dry-run      (counts lines without a book)

import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openBook, type Book } from '../../main/db/book'
import { appendAudit } from '../../main/audit/trail'
import { runCommand } from '../../main/commands/dispatch'
import type { CommandContext } from '../../main/commands/context'
import { postEntryId, type PostInput } from '../../main/ledger/journal'
import { insertSavingsRow } from '../../main/savings/ledger'
import type { SavingsType } from '../../shared/commands/savings'

const SAVINGS_CONTROL: Record<string, SavingsType> = { '3-1101': 'POKOK', '3-1102': 'WAJIB', '2-1101': 'SUKARELA' }
import { MONTHS_ID } from '../../shared/dates/format'
import { addMonths } from '../../shared/dates/calendar'

// ───────────────────────────── presets ─────────────────────────────

export type PresetName = 'tiny' | '500k' | '1m' | '5m'

export interface Preset {
  name: PresetName
  /** Members at the end of the ramp (30 % founders, the rest join over the first years). */
  members: number
  years: number
  /** Gerai receipts per open day once every member has joined (fewer while the village ramps up). */
  salesPerDay: number
  /** The line count the preset aims at (±15 %). */
  targetLines: number
}

/** The last year of every generated book; earlier years are closed (locked). */
export const LAST_YEAR = 2025

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  tiny: { name: 'tiny', members: 60, years: 1, salesPerDay: 2.3, targetLines: 5_000 },
  '500k': { name: '500k', members: 2_000, years: 5, salesPerDay: 36, targetLines: 500_000 },
  '1m': { name: '1m', members: 4_000, years: 5, salesPerDay: 73, targetLines: 1_000_000 },
  // DOMAIN.md §9.7 design target: 5.000 members, ~300 sales a day at the sembako outlet.
  '5m': { name: '5m', members: 5_000, years: 10, salesPerDay: 270, targetLines: 5_000_000 }
}

export function isPresetName(s: string): s is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, s)
}

export function presetBounds(p: Preset): { min: number; max: number } {
  return { min: Math.round(p.targetLines * 0.85), max: Math.round(p.targetLines * 1.15) }
}

// ───────────────────────────── PRNG ─────────────────────────────

/** mulberry32: tiny, fast, good enough for synthetic data; never Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!
  }
  /** Skewed towards lo: lo·(hi/lo)^(u^skew), rounded to `step`. */
  skewed(lo: number, hi: number, step: number, skew = 1.6): number {
    const v = lo * Math.pow(hi / lo, Math.pow(this.next(), skew))
    return Math.max(lo, Math.round(v / step) * step)
  }
}

// ───────────────────────────── calendar ─────────────────────────────

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
/** 0 = Minggu … 6 = Sabtu. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}
function iso(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

// ───────────────────────────── the cooperative ─────────────────────────────

const FIRST_NAMES = [
  'Siti',
  'Ahmad',
  'Budi',
  'Dewi',
  'Eko',
  'Fitri',
  'Hendra',
  'Indah',
  'Joko',
  'Kartini',
  'Lestari',
  'Mulyadi',
  'Nur',
  'Putri',
  'Rahmat',
  'Sri',
  'Tri',
  'Wahyu',
  'Yanti',
  'Agus',
  'Bambang',
  'Cahya',
  'Dian',
  'Endang',
  'Asep',
  'Ujang',
  'Neneng',
  'Euis',
  'Dadang',
  'Iis',
  'Ratna',
  'Slamet',
  'Suparman',
  'Wati',
  'Yusuf',
  'Zainal'
]
const LAST_NAMES = [
  'Rahayu',
  'Susanto',
  'Wijaya',
  'Hidayat',
  'Saputra',
  'Lestari',
  'Kurniawan',
  'Permata',
  'Setiawan',
  'Nurhayati',
  'Gunawan',
  'Pratama',
  'Sulistyo',
  'Handayani',
  'Suryadi',
  'Maulana',
  'Kusnadi',
  'Sopandi',
  'Rohmah',
  'Hasanah'
]

export const SIMPANAN_POKOK = 100_000
const LOAN_RATE_PER_MONTH = 0.015
const PROVISI = 0.01
const LOAN_TENORS = [6, 10, 12, 12, 12, 18, 24] as const

interface Loan {
  principal: number
  remaining: number
  tenor: number
  paid: number
  pokok: number
  jasa: number
  late: boolean
  startMonth: number
}

interface Member {
  id: number
  no: string
  name: string
  joinMonth: number
  wajib: number
  arrears: number
  saver: boolean
  sukarela: number
  loan: Loan | null
  noLoanBefore: number
}

/**
 * What a loan entry means for the loan sub-ledger: the book gets a real loan with its schedule at
 * disbursement and a payment row with each installment, so every loan tie-out holds (issue 13: the
 * 500k preset failed system.check because 1-1401 moved with no loan behind it).
 */
type LoanEvent =
  | { kind: 'disburse'; loan: Loan; provisi: number }
  | { kind: 'pay'; loan: Loan; pokok: number; jasa: number; denda: number; closes: boolean }
const loanEvents = new WeakMap<PostInput, LoanEvent>()

export type GenItem =
  | { kind: 'member'; member: Member; joinDate: string }
  | { kind: 'entry'; input: PostInput }
  | { kind: 'month'; month: string }

type Line = PostInput['lines'][number]

function line(account: string, debit: number, credit: number, extra: Partial<Line> = {}): Line {
  return { account, debit, credit, memberId: null, unit: null, pihak: null, memo: null, ...extra }
}

function entry(date: string, series: 'JU' | 'KM' | 'KK', description: string, lines: Line[]): PostInput {
  return { date, series, description, reference: null, lines }
}

/** Outflows the cooperative may leave out when kas and bank cannot pay them (a loan waits for funds). */
interface Optional {
  cancel?: () => void
}

/** Net movement of an entry on one account (debit − credit). */
function net(e: PostInput, account: string): number {
  return e.lines.reduce((t, l) => t + (l.account === account ? l.debit - l.credit : 0), 0)
}

/**
 * The whole history as a lazy stream: members to insert when they join, entries in date order,
 * and a marker at the start of each month. Pure: depends on the preset and the seed only.
 */
export function* cooperativeHistory(preset: Preset, seed: number): Generator<GenItem> {
  const rng = new Rng(seed)
  const firstYear = LAST_YEAR - preset.years + 1
  const months = preset.years * 12
  const scale = preset.members / 2_000

  // Members: 30 % founders in the first month, the rest over the first 60 % of the history (≤ 3 years).
  const rampMonths = Math.max(1, Math.min(36, Math.round(months * 0.6)))
  const joinMonths: number[] = []
  for (let i = 0; i < preset.members; i++)
    joinMonths.push(i < preset.members * 0.3 ? 0 : rng.int(1, Math.max(1, rampMonths - 1)))
  joinMonths.sort((a, b) => a - b)
  const members: Member[] = joinMonths.map((joinMonth, i) => ({
    id: i + 1,
    no: `KDMP-${String(i + 1).padStart(5, '0')}`,
    name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    joinMonth,
    wajib: rng.int(2, 10) * 5_000,
    arrears: 0,
    saver: rng.chance(0.35),
    sukarela: 0,
    loan: null,
    noLoanBefore: joinMonth + 3
  }))
  let joined = 0

  // Kas, kas gerai and bank are followed to the rupiah: no posting may take one below zero (a real
  // cooperative cannot pay out money it does not have), so a loan waits when funds are short.
  let kas = 0
  let bank = 0
  let kasGerai = 0
  const optional = new Map<PostInput, Optional>()
  let stocked = false
  let weekCost = 0
  let nota = 0
  const kasFloor = Math.round(5_000_000 * Math.max(scale, 0.2))
  const kasCeiling = kasFloor * 4

  for (let m = 0; m < months; m++) {
    const year = firstYear + Math.floor(m / 12)
    const month = (m % 12) + 1
    const monthName = `${MONTHS_ID[month - 1]} ${year}`
    const nDays = daysIn(year, month)
    yield { kind: 'month', month: `${year}-${pad2(month)}` }

    const joiners: Member[] = []
    while (joined < members.length && members[joined]!.joinMonth === m) joiners.push(members[joined++]!)
    for (const mem of joiners) yield { kind: 'member', member: mem, joinDate: iso(year, month, 1) }
    const active = members.slice(0, joined)
    const activeShare = joined / members.length

    // Member events, bucketed per day.
    const byDay: PostInput[][] = Array.from({ length: nDays + 1 }, () => [])
    const memberDay = () => rng.int(1, Math.min(nDays, 28))

    if (m === 0) {
      // Dana Desa modal penyertaan: never below Rp100 juta, enough for a small village to start.
      const modal = Math.max(100_000_000, Math.round((1_000_000_000 * scale) / 1_000_000) * 1_000_000)
      byDay[1]!.push(
        entry(iso(year, 1, 1), 'JU', 'Penerimaan modal penyertaan Dana Desa', [
          line('1-1201', modal, 0, { unit: 'KANTOR' }),
          line('3-2101', 0, modal, { unit: 'KANTOR' })
        ])
      )
    }
    for (const mem of joiners) {
      byDay[rng.int(1, Math.min(nDays, 10))]!.push(
        entry('', 'KM', `Simpanan pokok ${mem.no} ${mem.name}`, [
          line('1-1101', SIMPANAN_POKOK, 0, { unit: 'USP' }),
          line('3-1101', 0, SIMPANAN_POKOK, { memberId: mem.id, unit: 'USP' })
        ])
      )
    }
    for (const mem of active) {
      // Simpanan wajib: most pay every month; some fall behind and catch up later.
      if (rng.chance(0.9)) {
        const n = 1 + (mem.arrears > 0 && rng.chance(0.6) ? mem.arrears : 0)
        mem.arrears -= n - 1
        const amount = mem.wajib * n
        byDay[memberDay()]!.push(
          entry('', 'KM', `Simpanan wajib ${monthName}${n > 1 ? ` (+${n - 1} bulan tunggakan)` : ''} ${mem.no}`, [
            line('1-1101', amount, 0, { unit: 'USP' }),
            line('3-1102', 0, amount, { memberId: mem.id, unit: 'USP' })
          ])
        )
      } else {
        mem.arrears++
      }
      // Simpanan sukarela.
      if (mem.saver) {
        if (rng.chance(0.6)) {
          const amount = rng.skewed(10_000, 2_000_000, 5_000)
          mem.sukarela += amount
          byDay[memberDay()]!.push(
            entry('', 'KM', `Setoran simpanan sukarela ${mem.no}`, [
              line('1-1101', amount, 0, { unit: 'USP' }),
              line('2-1101', 0, amount, { memberId: mem.id, unit: 'USP' })
            ])
          )
        }
        if (mem.sukarela >= 50_000 && rng.chance(0.22)) {
          const amount = Math.max(10_000, Math.floor((mem.sukarela * rng.float() * 0.6) / 10_000) * 10_000)
          mem.sukarela -= amount
          byDay[memberDay()]!.push(
            entry('', 'KK', `Penarikan simpanan sukarela ${mem.no}`, [
              line('2-1101', amount, 0, { memberId: mem.id, unit: 'USP' }),
              line('1-1101', 0, amount, { unit: 'USP' })
            ])
          )
        }
      }
      // Loans: an installment each month (sometimes late), a new loan now and then.
      const loan = mem.loan
      if (loan && m > loan.startMonth) {
        if (rng.chance(0.93)) {
          const pokok = loan.paid + 1 >= loan.tenor ? loan.remaining : Math.min(loan.pokok, loan.remaining)
          const denda = loan.late ? Math.round(((loan.pokok + loan.jasa) * 0.01) / 100) * 100 : 0
          const lines = [
            line('1-1101', pokok + loan.jasa + denda, 0, { unit: 'USP' }),
            line('1-1401', 0, pokok, { memberId: mem.id, unit: 'USP' }),
            line('4-1101', 0, loan.jasa, { memberId: mem.id, unit: 'USP', pihak: 'ANGGOTA' })
          ]
          if (denda > 0) lines.push(line('4-1301', 0, denda, { memberId: mem.id, unit: 'USP', pihak: 'ANGGOTA' }))
          const payment = entry('', 'KM', `Angsuran pinjaman ke-${loan.paid + 1}/${loan.tenor} ${mem.no}`, lines)
          loanEvents.set(payment, {
            kind: 'pay',
            loan,
            pokok,
            jasa: loan.jasa,
            denda,
            closes: loan.remaining - pokok <= 0
          })
          byDay[memberDay()]!.push(payment)
          loan.paid++
          loan.remaining -= pokok
          loan.late = false
          if (loan.remaining <= 0) {
            mem.loan = null
            mem.noLoanBefore = m + rng.int(1, 6)
          }
        } else {
          loan.late = true
        }
      } else if (!loan && m >= mem.noLoanBefore && rng.chance(0.02)) {
        const principal = rng.skewed(1_000_000, 20_000_000, 100_000)
        const tenor = rng.pick(LOAN_TENORS)
        const provisi = Math.round(principal * PROVISI)
        mem.loan = {
          principal,
          remaining: principal,
          tenor,
          paid: 0,
          pokok: Math.floor(principal / tenor / 100) * 100,
          jasa: Math.round(principal * LOAN_RATE_PER_MONTH),
          late: false,
          startMonth: m
        }
        const disbursement = entry('', 'KK', `Pencairan pinjaman ${mem.no} ${mem.name}, ${tenor} bulan`, [
          line('1-1401', principal, 0, { memberId: mem.id, unit: 'USP' }),
          line('1-1101', 0, principal - provisi, { unit: 'USP' }),
          line('4-1201', 0, provisi, { memberId: mem.id, unit: 'USP', pihak: 'ANGGOTA' })
        ])
        loanEvents.set(disbursement, { kind: 'disburse', loan: mem.loan, provisi })
        const borrower = mem
        const startMonth = m
        optional.set(disbursement, {
          cancel: () => {
            borrower.loan = null
            borrower.noLoanBefore = startMonth + 1
          }
        })
        byDay[memberDay()]!.push(disbursement)
      }
    }
    // Year end: jasa simpanan sukarela credited to each saver (3 % a year on the balance).
    if (month === 12) {
      for (const mem of active) {
        const jasa = mem.saver ? Math.round(mem.sukarela * 0.03) : 0
        if (jasa <= 0) continue
        mem.sukarela += jasa
        byDay[31]!.push(
          entry('', 'JU', `Jasa simpanan sukarela ${year} ${mem.no}`, [
            line('5-2101', jasa, 0, { unit: 'USP' }),
            line('2-1101', 0, jasa, { memberId: mem.id, unit: 'USP' })
          ])
        )
      }
    }

    // Office: bills and salaries.
    // A small cooperative has one employee and modest honoraria; a big one a team.
    const staff = Math.max(1, Math.round(6 * scale))
    const honor = Math.max(300_000, Math.round((2_250_000 * Math.min(1, scale * 2)) / 1_000) * 1_000)
    const expense = (day: number, account: string, amount: number, description: string, skippable = false) => {
      const e = entry('', 'KK', description, [
        line(account, amount, 0, { unit: 'KANTOR' }),
        line('1-1101', 0, amount, { unit: 'KANTOR' })
      ])
      if (skippable) optional.set(e, {})
      byDay[day]!.push(e)
    }
    expense(
      10,
      '5-3201',
      rng.skewed(300_000, 2_500_000 * Math.max(scale, 0.2), 1_000),
      `Bayar listrik, air dan internet ${monthName}`
    )
    if (rng.chance(0.5))
      expense(rng.int(2, 27), '5-3202', rng.skewed(50_000, 750_000, 500), `Pembelian ATK ${monthName}`, true)
    if (rng.chance(0.6))
      expense(rng.int(2, 27), '5-3203', rng.skewed(50_000, 1_000_000, 5_000), `Transport pengurus ${monthName}`, true)
    byDay[25]!.push(
      entry('', 'KK', `Gaji karyawan ${monthName} (${staff} orang)`, [
        line('5-3101', staff * 2_600_000, 0, { unit: 'KANTOR' }),
        line('1-1201', 0, staff * 2_600_000, { unit: 'KANTOR' })
      ])
    )
    byDay[25]!.push(
      entry('', 'KK', `Honor pengurus dan pengawas ${monthName}`, [
        line('5-3102', honor, 0, { unit: 'KANTOR' }),
        line('1-1101', 0, honor, { unit: 'KANTOR' })
      ])
    )

    // Day by day, in date order.
    for (let d = 1; d <= nDays; d++) {
      const date = iso(year, month, d)
      const wd = weekday(year, month, d)
      const todays = byDay[d]!
      for (const e of todays) e.date = date
      // Money in first (the modal on the first day, deposits, installments), then money out.
      todays.sort((a, b) => net(b, '1-1101') + net(b, '1-1201') - net(a, '1-1101') - net(a, '1-1201'))
      for (const e of todays) {
        const dk = net(e, '1-1101')
        const db = net(e, '1-1201')
        // Kas needed for a payment comes from the bank (in whole millions, keeping a float), bank
        // payments from kas; what neither can pay is left out if it can wait, else topped up by the desa.
        if (kas + dk < 0 && bank + db > 0) {
          let amount = Math.min(Math.ceil((kasFloor - kas - dk) / 1_000_000) * 1_000_000, bank + db)
          const rounded = Math.floor(amount / 1_000_000) * 1_000_000
          if (rounded >= -(kas + dk)) amount = rounded
          yield {
            kind: 'entry',
            input: entry(date, 'JU', 'Penarikan dari bank untuk kas', [
              line('1-1101', amount, 0, { unit: 'KANTOR' }),
              line('1-1201', 0, amount, { unit: 'KANTOR' })
            ])
          }
          kas += amount
          bank -= amount
        }
        if (bank + db < 0 && kas + dk > 0) {
          const amount = Math.min(kas + dk, -(bank + db))
          yield {
            kind: 'entry',
            input: entry(date, 'JU', 'Setoran kas ke bank', [
              line('1-1201', amount, 0, { unit: 'KANTOR' }),
              line('1-1101', 0, amount, { unit: 'KANTOR' })
            ])
          }
          kas -= amount
          bank += amount
        }
        if (kas + dk < 0 || bank + db < 0) {
          const o = optional.get(e)
          if (o) {
            o.cancel?.()
            continue
          }
          const amount = Math.ceil((Math.max(0, -(kas + dk)) + Math.max(0, -(bank + db))) / 1_000_000) * 1_000_000
          yield {
            kind: 'entry',
            input: entry(date, 'JU', 'Penerimaan tambahan modal penyertaan Dana Desa', [
              line('1-1201', amount, 0, { unit: 'KANTOR' }),
              line('3-2101', 0, amount, { unit: 'KANTOR' })
            ])
          }
          bank += amount
          if (kas + dk < 0) {
            const move = -(kas + dk)
            yield {
              kind: 'entry',
              input: entry(date, 'JU', 'Penarikan dari bank untuk kas', [
                line('1-1101', move, 0, { unit: 'KANTOR' }),
                line('1-1201', 0, move, { unit: 'KANTOR' })
              ])
            }
            kas += move
            bank -= move
          }
        }
        kas += dk
        bank += db
        yield { kind: 'entry', input: e }
      }

      // Gerai sembako: open Monday–Saturday.
      if (wd !== 0) {
        // Weekly stock purchase on Monday (and on the first open day of the books).
        if (wd === 1 || (m === 0 && !stocked)) {
          stocked = true
          const need = Math.max(weekCost, preset.salesPerDay * 6 * 60_000 * (0.4 + 0.6 * activeShare))
          // Stock is bought with what kas and bank hold; a short week buys less.
          const amount = Math.min(
            Math.round((need * (0.9 + rng.float() * 0.3)) / 1_000) * 1_000,
            Math.floor((kas + bank) / 1_000) * 1_000
          )
          const viaBank = amount > 5_000_000 && bank >= amount
          const parts = viaBank ? 2 : 1
          if (amount > 0 && !viaBank && kas < amount) {
            const move = amount - kas
            yield {
              kind: 'entry',
              input: entry(date, 'JU', 'Penarikan dari bank untuk kas', [
                line('1-1101', move, 0, { unit: 'KANTOR' }),
                line('1-1201', 0, move, { unit: 'KANTOR' })
              ])
            }
            kas += move
            bank -= move
          }
          for (let p = 0; p < parts && amount > 0; p++) {
            const a =
              p === parts - 1
                ? amount - Math.round(amount / parts / 1_000) * 1_000 * (parts - 1)
                : Math.round(amount / parts / 1_000) * 1_000
            yield {
              kind: 'entry',
              input: entry(date, 'KK', `Pembelian persediaan sembako${parts > 1 ? ` (pemasok ${p + 1})` : ''}`, [
                line('1-1601', a, 0, { unit: 'SEMBAKO' }),
                line(viaBank ? '1-1201' : '1-1101', 0, a, { unit: 'SEMBAKO' })
              ])
            }
            if (viaBank) bank -= a
            else kas -= a
          }
          weekCost = 0
        }
        const factor = (wd === 6 ? 1.3 : 1) * (0.4 + 0.6 * activeShare)
        const sales = Math.max(0, Math.round(preset.salesPerDay * factor * (0.75 + rng.float() * 0.5)))
        let dayTotal = 0
        for (let s = 0; s < sales; s++) {
          const amount = rng.skewed(5_000, 500_000, 500, 2.2)
          const hpp = Math.round(amount * (0.78 + rng.float() * 0.1))
          const buyer = active.length > 0 && rng.chance(0.45) ? rng.pick(active) : null
          nota++
          yield {
            kind: 'entry',
            input: entry(date, 'KM', `Penjualan gerai sembako nota ${nota}${buyer ? ` – ${buyer.no}` : ''}`, [
              line('1-1110', amount, 0, { unit: 'SEMBAKO' }),
              buyer
                ? line('4-2101', 0, amount, { memberId: buyer.id, unit: 'SEMBAKO', pihak: 'ANGGOTA' })
                : line('4-2102', 0, amount, { unit: 'SEMBAKO', pihak: 'NON_ANGGOTA' }),
              line('5-1101', hpp, 0, { unit: 'SEMBAKO' }),
              line('1-1601', 0, hpp, { unit: 'SEMBAKO' })
            ])
          }
          dayTotal += amount
          weekCost += hpp
        }
        kasGerai += dayTotal
        if (kasGerai > 0) {
          yield {
            kind: 'entry',
            input: entry(date, 'JU', 'Setoran kas gerai ke kas kantor', [
              line('1-1101', kasGerai, 0, { unit: 'SEMBAKO' }),
              line('1-1110', 0, kasGerai, { unit: 'SEMBAKO' })
            ])
          }
          kas += kasGerai
          kasGerai = 0
        }
      }

      // Surplus cash goes to the bank.
      if (kas > kasCeiling) {
        const amount = Math.floor((kas - kasCeiling / 2) / 1_000_000) * 1_000_000
        if (amount > 0) {
          yield {
            kind: 'entry',
            input: entry(date, 'JU', 'Setoran kas ke bank', [
              line('1-1201', amount, 0, { unit: 'KANTOR' }),
              line('1-1101', 0, amount, { unit: 'KANTOR' })
            ])
          }
          kas -= amount
          bank += amount
        }
      }
    }
    // Month end at the bank: interest in, admin fee out.
    const last = iso(year, month, nDays)
    const giro = rng.int(20, 400) * 1_000
    yield {
      kind: 'entry',
      input: entry(last, 'JU', `Jasa giro bank ${monthName}`, [
        line('1-1201', giro, 0, { unit: 'KANTOR' }),
        line('4-3101', 0, giro, { unit: 'KANTOR' })
      ])
    }
    bank += giro
    yield {
      kind: 'entry',
      input: entry(last, 'JU', `Biaya administrasi bank ${monthName}`, [
        line('5-4101', 15_000, 0, { unit: 'KANTOR' }),
        line('1-1201', 0, 15_000, { unit: 'KANTOR' })
      ])
    }
    bank -= 15_000
  }
}

// ───────────────────────────── posting ─────────────────────────────

export const GENERATOR_PROFILE = {
  name: 'Koperasi Desa Merah Putih Sukamaju (data uji kinerja)',
  legalEntityNumber: 'AHU-0012345.AH.01.29.TAHUN 2020',
  legalEntityDate: null,
  nikKoperasi: null,
  street: 'Jl. Raya Sukamaju No. 1',
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Kabupaten Cianjur',
  province: 'Jawa Barat',
  cooperativeType: 'Koperasi Desa/Kelurahan Merah Putih'
}

export interface GenerateProgress {
  lines: number
  entries: number
  members: number
  month: string
  elapsedMs: number
  targetLines: number
}

export interface GenerateOptions {
  preset?: PresetName
  seed?: number
  onProgress?: (p: GenerateProgress) => void
  /** How often onProgress is called (default every 3 s, plus once at the end). */
  progressIntervalMs?: number
  /** Entries per transaction (default 2000). */
  batchSize?: number
}

export interface GenerateResult {
  file: string
  preset: PresetName
  seed: number
  lines: number
  entries: number
  members: number
  firstDate: string
  lastDate: string
  /** Months up to and including this one are locked (null: none). */
  lockedThrough: string | null
  elapsedMs: number
}

function mustRun(ctx: CommandContext, name: string, input: unknown): unknown {
  const r = runCommand(ctx, name, input)
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`)
  return r.result
}

/** Creates a fresh book at `file` (which must not exist) and fills it with the preset's history. */
export async function generateBook(file: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const preset = PRESETS[options.preset ?? '500k']
  const seed = options.seed ?? 1
  const batchSize = options.batchSize ?? 2_000
  const interval = options.progressIntervalMs ?? 3_000
  if (existsSync(file)) throw new Error(`File already exists: ${file}`)
  const t0 = performance.now()
  const book: Book = await openBook(file, { create: true })
  try {
    // Generation only: a bigger page cache keeps the index inserts off the disk. The measured
    // process opens the book again with the app's own settings.
    book.sqlite.pragma('cache_size = -262144')
    const ctx: CommandContext = { book, actor: 'bench', now: () => new Date() }
    const firstYear = LAST_YEAR - preset.years + 1
    const booksStartDate = `${firstYear}-01-01`
    mustRun(ctx, 'setup.initialize', { profile: GENERATOR_PROFILE, firstFinancialYear: firstYear, booksStartDate })

    mustRun(ctx, 'loans.setProduct', {
      code: 'UMUM',
      effectiveFrom: booksStartDate,
      name: 'Pinjaman Umum',
      method: 'flat',
      ratePerMonth: '1.5',
      maxTenor: 24,
      maxAmount: 20_000_000,
      provisiPercent: '1',
      roundUpTo: 100
    })
    const loanIds = new Map<Loan, number>()
    let loanCount = 0
    const insertLoan = book.sqlite.prepare(
      `INSERT INTO loans (loan_no, member_id, product_code, method, rate_per_month, tenor, principal, round_up_to, provisi, admin_fee, fee_deducted,
         denda_mode, denda_value, grace_days, receivable, status, applied_at, decided_at, decided_by, disbursed_at, disbursement_entry_id, created_at)
       VALUES (?, ?, 'UMUM', 'flat', '1.5', ?, ?, 100, ?, 0, 1, 'PER_HARI', '0.1', 3, 'PINJAMAN_KONSUMTIF', 'CAIR', ?, ?, 'bench', ?, ?, ?)`
    )
    const insertInstallment = book.sqlite.prepare(
      'INSERT INTO loan_installments (loan_id, no, due_date, pokok, jasa, cum_pokok, cum_jasa) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    const insertPayment = book.sqlite.prepare(
      'INSERT INTO loan_payments (loan_id, date, amount, denda, jasa, pokok, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    const closeLoan = book.sqlite.prepare(`UPDATE loans SET status = 'LUNAS', closed_at = ? WHERE id = ?`)
    /** The loan sub-ledger row(s) that go with a loan entry, in the same transaction. */
    const recordLoan = (ev: LoanEvent, input: PostInput, entryId: number) => {
      const memberId = input.lines.find((l) => l.account === '1-1401')!.memberId!
      const at = `${input.date}T02:00:00.000Z`
      if (ev.kind === 'disburse') {
        const l = ev.loan
        loanCount++
        const id = Number(
          insertLoan.run(
            `PJ-${input.date.slice(0, 4)}-${String(loanCount).padStart(5, '0')}`,
            memberId,
            l.tenor,
            l.principal,
            ev.provisi,
            input.date,
            input.date,
            input.date,
            entryId,
            at
          ).lastInsertRowid
        )
        loanIds.set(l, id)
        let cumPokok = 0
        let cumJasa = 0
        for (let k = 1; k <= l.tenor; k++) {
          const pokok = k < l.tenor ? l.pokok : l.principal - l.pokok * (l.tenor - 1)
          cumPokok += pokok
          cumJasa += l.jasa
          insertInstallment.run(id, k, addMonths(input.date, k), pokok, l.jasa, cumPokok, cumJasa)
        }
        return
      }
      const id = loanIds.get(ev.loan)!
      insertPayment.run(id, input.date, ev.pokok + ev.jasa + ev.denda, ev.denda, ev.jasa, ev.pokok, entryId, at)
      if (ev.closes) closeLoan.run(input.date, id)
    }

    const insertMember = book.sqlite.prepare(
      `INSERT INTO members (member_no, name, status, created_at, joined_at, gender) VALUES (?, ?, 'AKTIF', ?, substr(?, 1, 10), 'L')`
    )
    let lines = 0
    let entries = 0
    let members = 0
    let month = booksStartDate.slice(0, 7)
    let lastReport = performance.now()
    const report = (force = false) => {
      const now = performance.now()
      if (!options.onProgress || (!force && now - lastReport < interval)) return
      lastReport = now
      options.onProgress({ lines, entries, members, month, elapsedMs: now - t0, targetLines: preset.targetLines })
    }

    const stream = cooperativeHistory(preset, seed)
    let done = false
    while (!done) {
      book.tx(() => {
        let n = 0
        while (n < batchSize) {
          const it = stream.next()
          if (it.done) {
            done = true
            break
          }
          const item = it.value
          if (item.kind === 'month') {
            month = item.month
          } else if (item.kind === 'member') {
            const id = Number(
              insertMember.run(item.member.no, item.member.name, `${item.joinDate}T01:00:00.000Z`, item.joinDate)
                .lastInsertRowid
            )
            if (id !== item.member.id) throw new Error(`member id ${id} ≠ ${item.member.id}: was the book not empty?`)
            members++
          } else {
            // Savings lines go through the savings sub-ledger too, so that the tie-out holds.
            const savings = item.input.lines.filter((l) => l.memberId !== null && SAVINGS_CONTROL[l.account])
            const loanEvent = loanEvents.get(item.input)
            const posted = postEntryId(ctx, item.input, {
              source: savings.length ? 'SIMPANAN' : loanEvent ? 'PINJAMAN' : 'BENCH'
            })
            if (loanEvent) recordLoan(loanEvent, item.input, posted.id)
            for (const l of savings) {
              insertSavingsRow(ctx, {
                memberId: l.memberId!,
                type: SAVINGS_CONTROL[l.account]!,
                kind: l.credit > 0 ? (item.input.description.startsWith('Jasa') ? 'JASA' : 'SETOR') : 'TARIK',
                date: item.input.date,
                amount: l.credit - l.debit,
                entryId: posted.id,
                note: null
              })
            }
            entries++
            lines += item.input.lines.length
            n++
          }
        }
        // The batch's postings go into the audit trail like any command's (system.check re-derives the ledger from it).
        appendAudit(book, {
          at: new Date().toISOString(),
          actor: 'bench',
          command: 'bench.generate',
          input: { preset: preset.name, seed, month },
          after: { entries: book.postings.pending.length }
        })
      })
      report()
    }

    book.tx(() => {
      book.sqlite
        .prepare(
          `INSERT INTO settings (key, value) VALUES ('loans.lastNumber', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`
        )
        .run(String(loanCount))
    })
    // Books are closed month by month: everything before the last year is locked.
    const lockedThrough = preset.years > 1 ? `${LAST_YEAR - 1}-12` : null
    if (lockedThrough) mustRun(ctx, 'periods.lock', { month: lockedThrough })
    book.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    report(true)
    return {
      file,
      preset: preset.name,
      seed,
      lines,
      entries,
      members,
      firstDate: booksStartDate,
      lastDate: `${LAST_YEAR}-12-31`,
      lockedThrough,
      elapsedMs: performance.now() - t0
    }
  } finally {
    book.close()
  }
}

/** Counts what a preset would generate without writing a book (for tuning the mix). */
export function dryRun(
  presetName: PresetName,
  seed: number
): { lines: number; entries: number; members: number; byKind: Record<string, number> } {
  let lines = 0
  let entries = 0
  let members = 0
  const byKind: Record<string, number> = {}
  for (const item of cooperativeHistory(PRESETS[presetName], seed)) {
    if (item.kind === 'member') members++
    if (item.kind !== 'entry') continue
    entries++
    lines += item.input.lines.length
    const kind = item.input.description
      .replace(/KDMP-\d+.*$|nota \d+.*$|\(.*$|\d.*$/, '')
      .replace(new RegExp(`\\b(${MONTHS_ID.join('|')})\\b.*$`), '')
      .trim()
    byKind[kind] = (byKind[kind] ?? 0) + item.input.lines.length
  }
  return { lines, entries, members, byKind }
}

// ───────────────────────────── CLI ─────────────────────────────

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

export function progressPrinter(prefix = ''): (p: GenerateProgress) => void {
  return (p) => {
    const pct = Math.min(100, (p.lines / p.targetLines) * 100)
    const rate = p.lines / Math.max(1, p.elapsedMs / 1000)
    console.log(
      `${prefix}${p.month}: ${formatCount(p.lines)} lines, ${formatCount(p.entries)} entries, ${formatCount(p.members)} members` +
        ` (~${pct.toFixed(0)} % of target, ${formatCount(Math.round(rate))} lines/s, ${(p.elapsedMs / 1000).toFixed(0)} s)`
    )
  }
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const presetName = arg(args, '--preset') ?? '500k'
  if (!isPresetName(presetName)) throw new Error(`Unknown preset: ${presetName} (tiny, 500k, 1m, 5m)`)
  const seed = Number(arg(args, '--seed') ?? '1')
  if (!Number.isSafeInteger(seed)) throw new Error('--seed must be an integer')
  if (args.includes('--dry-run')) {
    const t = performance.now()
    const r = dryRun(presetName, seed)
    const { min, max } = presetBounds(PRESETS[presetName])
    console.log(
      JSON.stringify(
        { ...r, target: PRESETS[presetName].targetLines, min, max, ms: Math.round(performance.now() - t) },
        null,
        2
      )
    )
    return
  }
  const out = resolve(arg(args, '--out') ?? `bench-data/lumbung-bench-${presetName}-s${seed}.sqlite`)
  const meta = arg(args, '--meta')
  try {
    const r = await generateBook(out, { preset: presetName, seed, onProgress: progressPrinter('  ') })
    if (meta) writeFileSync(meta, JSON.stringify(r, null, 2))
    console.log(
      `  done: ${formatCount(r.lines)} lines, ${formatCount(r.entries)} entries, ${formatCount(r.members)} members in ${(r.elapsedMs / 1000).toFixed(1)} s`
    )
  } catch (e) {
    for (const f of [out, `${out}-wal`, `${out}-shm`, `${out}.lock`]) rmSync(f, { force: true })
    throw e
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e)
    process.exit(1)
  })
}
