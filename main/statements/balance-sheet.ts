import type { BalanceSheet, StatementLine, StatementSection } from '../../shared/commands/statements'
import type { Book } from '../db/book'
import { dayBefore } from '../../shared/dates/calendar'
import { cumulativeByAccount, type DebitCredit } from '../ledger/balances'
import { getSetting, setSetting } from '../settings'
import { booksStart, chart, isProfitOrLoss, natural, yearBefore, type ChartAccount } from './chart'

const MEMBER_SHARES = ['3-1101', '3-1102']

export const memberSharesAsLiability = (book: Book) => getSetting(book, 'statements.memberSharesAsLiability') === '1'

/** Groups and accounts with their amounts on each date, skipping what is zero on both. */
export function groupedLines(
  accounts: ChartAccount[],
  amount: (a: ChartAccount) => number,
  compare: ((a: ChartAccount) => number) | null,
  drill: (a: ChartAccount) => StatementLine['drill']
): { lines: StatementLine[]; total: number; compareTotal: number | null } {
  const lines: StatementLine[] = []
  let total = 0
  let compareTotal = compare ? 0 : null
  const groups = new Map<string, ChartAccount[]>()
  for (const a of accounts) {
    if (a.isHeader) continue
    const list = groups.get(a.group.code) ?? []
    list.push(a)
    groups.set(a.group.code, list)
  }
  for (const [code, list] of groups) {
    const rows = list
      .map((a) => ({ a, v: amount(a), c: compare ? compare(a) : null }))
      .filter((r) => r.v !== 0 || (r.c ?? 0) !== 0)
    if (rows.length === 0) continue
    const gv = rows.reduce((t, r) => t + r.v, 0)
    const gc = compare ? rows.reduce((t, r) => t + (r.c ?? 0), 0) : null
    lines.push({
      code,
      name: list[0]!.group.name,
      level: 1,
      amount: gv,
      compare: gc,
      drill: { accounts: rows.map((r) => r.a.code), from: null, to: '' }
    })
    for (const r of rows)
      lines.push({ code: r.a.code, name: r.a.name, level: 2, amount: r.v, compare: r.c, drill: drill(r.a) })
    total += gv
    if (compareTotal !== null) compareTotal += gc ?? 0
  }
  return { lines, total, compareTotal }
}

/**
 * Laporan Posisi Keuangan: assets in liquidity order (code order of the chart), liabilities by
 * maturity, equity with the SHU not yet closed into the equity accounts shown as its own lines.
 */
export function balanceSheet(book: Book, asOf: string, compare: boolean): BalanceSheet {
  const accounts = chart(book)
  const start = booksStart(book)
  const compareAsOf = compare && start !== null && yearBefore(asOf) >= dayBefore(start) ? yearBefore(asOf) : null
  const now = cumulativeByAccount(book, asOf)
  const then = compareAsOf ? cumulativeByAccount(book, compareAsOf) : null
  const asLiability = memberSharesAsLiability(book)
  const drillTo = (to: string) => (a: ChartAccount) => ({ accounts: [a.code], from: null, to })

  const sectionOf = (key: string, title: string, list: ChartAccount[]): StatementSection => {
    const g = groupedLines(
      list,
      (a) => natural(a.type, now.get(a.id)),
      then ? (a) => natural(a.type, then.get(a.id)) : null,
      drillTo(asOf)
    )
    for (const l of g.lines) if (l.level === 1 && l.drill) l.drill.to = asOf
    return { key, title, lines: g.lines, total: g.total, compareTotal: g.compareTotal }
  }
  const assets = sectionOf(
    'ASET',
    'Aset',
    accounts.filter((a) => a.type === 'ASET')
  )
  const liabilities = sectionOf(
    'LIABILITAS',
    'Liabilitas',
    accounts.filter((a) => a.type === 'LIABILITAS' || (asLiability && MEMBER_SHARES.includes(a.code)))
  )
  const equity = sectionOf(
    'EKUITAS',
    'Ekuitas',
    accounts.filter((a) => a.type === 'EKUITAS' && !(asLiability && MEMBER_SHARES.includes(a.code)))
  )

  // Profit or loss not yet closed into equity: this financial year's, and any earlier year's.
  const pl = accounts.filter((a) => isProfitOrLoss(a.type) && !a.isHeader)
  const plCodes = pl.map((a) => a.code)
  const netPl = (m: Map<number, DebitCredit> | null) =>
    m ? pl.reduce((t, a) => t + ((m.get(a.id)?.credit ?? 0) - (m.get(a.id)?.debit ?? 0)), 0) : 0
  const yearStart = (d: string) => `${d.slice(0, 4)}-01-01`
  const before = (d: string) => cumulativeByAccount(book, dayBefore(yearStart(d)))
  const earlierNow = netPl(before(asOf))
  const earlierThen = compareAsOf ? netPl(before(compareAsOf)) : null
  const currentNow = netPl(now) - earlierNow
  const currentThen = compareAsOf ? netPl(then) - earlierThen! : null
  const addComputed = (code: string, name: string, v: number, c: number | null, from: string | null) => {
    if (v === 0 && (c ?? 0) === 0) return
    equity.lines.push({ code, name, level: 1, amount: v, compare: c, drill: { accounts: plCodes, from, to: asOf } })
    equity.total += v
    if (equity.compareTotal !== null) equity.compareTotal += c ?? 0
  }
  addComputed('SHU-LALU', 'SHU tahun lalu yang belum ditutup', earlierNow, earlierThen, null)
  addComputed('SHU-BERJALAN', 'SHU tahun berjalan (belum ditutup)', currentNow, currentThen, yearStart(asOf))

  const liabEq = liabilities.total + equity.total
  const cLiabEq = compareAsOf ? (liabilities.compareTotal ?? 0) + (equity.compareTotal ?? 0) : null
  return {
    asOf,
    compareAsOf,
    sections: [assets, liabilities, equity],
    totalAssets: assets.total,
    totalLiabilitiesAndEquity: liabEq,
    compareTotalAssets: compareAsOf ? assets.compareTotal : null,
    compareTotalLiabilitiesAndEquity: cLiabEq,
    balanced: assets.total === liabEq && (cLiabEq === null || assets.compareTotal === cLiabEq),
    memberSharesAsLiability: asLiability
  }
}

/** Whether simpanan pokok and wajib are shown as a liability (SAK EP) instead of equity. */
export function setMemberSharesAsLiability(book: Book, asLiability: boolean): { memberSharesAsLiability: boolean } {
  setSetting(book, 'statements.memberSharesAsLiability', asLiability ? '1' : '0')
  return { memberSharesAsLiability: memberSharesAsLiability(book) }
}
