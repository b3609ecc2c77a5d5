import type { CashFlowLine, CashFlowStatement } from '../../shared/commands/statements'
import type { Book } from '../db/book'
import { dayBefore } from '../../shared/dates/calendar'
import { cumulativeByAccount } from '../ledger/balances'
import { booksStart, chart, natural, yearBefore, type ChartAccount } from './chart'

type Section = 'OPERASI' | 'INVESTASI' | 'PENDANAAN'

/**
 * Activity of a counter account (ASSUMED defaults, DOMAIN.md §1.2: for a KSP/USP, lending to and
 * saving from members is operating). Investing: placements, investments, fixed and other assets
 * and their disposal. Financing: member capital, grants, reserves and SHU, SHU funds, refunds to
 * former members and long-term debt. Everything else is operating.
 */
export function sectionOf(code: string): Section {
  if (['1-13', '1-2', '1-3', '1-4', '4-3103', '5-4102'].some((p) => code.startsWith(p))) return 'INVESTASI'
  if (code.startsWith('3-') || code.startsWith('2-16') || code.startsWith('2-17') || code.startsWith('2-21'))
    return 'PENDANAAN'
  return 'OPERASI'
}

const TITLES: Record<Section, string> = {
  OPERASI: 'Arus kas dari aktivitas operasi',
  INVESTASI: 'Arus kas dari aktivitas investasi',
  PENDANAAN: 'Arus kas dari aktivitas pendanaan'
}

interface Flow {
  inflow: number
  outflow: number
}

/** What each non-cash account brought into or took out of kas and bank over a period (days kept at posting). */
export function counterFlows(book: Book, from: string, to: string): Map<number, Flow> {
  const rows = book.q.rows<{ account_id: number; inflow: number; outflow: number }>(
    'SELECT account_id, SUM(inflow) AS inflow, SUM(outflow) AS outflow FROM cash_flow_days WHERE date >= ? AND date <= ? GROUP BY account_id',
    from,
    to
  )
  return new Map(rows.map((r) => [r.account_id, { inflow: r.inflow, outflow: r.outflow }]))
}

function cashBalance(book: Book, cash: ChartAccount[], date: string): number {
  const b = cumulativeByAccount(book, date)
  return cash.reduce((t, a) => t + natural(a.type, b.get(a.id)), 0)
}

/**
 * Laporan Arus Kas, direct method: receipts and payments shown gross by what they were for,
 * grouped by activity; opening cash plus the net change is the closing cash in the books.
 */
export function cashFlow(book: Book, from: string, to: string, compare: boolean): CashFlowStatement {
  const accounts = chart(book)
  const cash = accounts.filter((a) => a.isCash && !a.isHeader)
  const start = booksStart(book)
  const cmp =
    compare && start !== null && yearBefore(to) >= start ? { from: yearBefore(from), to: yearBefore(to) } : null
  const now = counterFlows(book, from, to)
  const then = cmp ? counterFlows(book, cmp.from, cmp.to) : null
  const byId = new Map(accounts.map((a) => [a.id, a]))
  // One line per activity, group and direction.
  const lines = new Map<string, CashFlowLine & { section: Section; codes: Set<string> }>()
  const put = (flows: Map<number, Flow>, which: 'amount' | 'compare') => {
    for (const [id, f] of flows) {
      const a = byId.get(id)
      if (!a) continue
      const section = sectionOf(a.code)
      for (const [dir, v] of [
        ['IN', f.inflow],
        ['OUT', -f.outflow]
      ] as const) {
        if (v === 0) continue
        const key = `${section}:${a.group.code}:${dir}`
        const l = lines.get(key) ?? {
          key,
          section,
          codes: new Set<string>(),
          label: `${dir === 'IN' ? 'Penerimaan' : 'Pembayaran'} — ${a.group.name}`,
          amount: 0,
          compare: cmp ? 0 : null,
          drill: null
        }
        if (which === 'amount') {
          l.amount += v
          l.codes.add(a.code)
        } else l.compare = (l.compare ?? 0) + v
        lines.set(key, l)
      }
    }
  }
  put(now, 'amount')
  if (then) put(then, 'compare')
  const sections = (['OPERASI', 'INVESTASI', 'PENDANAAN'] as Section[]).map((key) => {
    const ls = [...lines.values()].filter((l) => l.section === key).sort((a, b) => a.key.localeCompare(b.key))
    return {
      key,
      title: TITLES[key],
      lines: ls.map(({ section: _s, codes, ...l }) => ({
        ...l,
        drill: codes.size ? { accounts: [...codes], from, to, cashOnly: true } : null
      })),
      net: ls.reduce((t, l) => t + l.amount, 0),
      compareNet: cmp ? ls.reduce((t, l) => t + (l.compare ?? 0), 0) : null
    }
  })
  const netChange = sections.reduce((t, s) => t + s.net, 0)
  const openingCash = cashBalance(book, cash, dayBefore(from))
  const cashAccountsBalance = cashBalance(book, cash, to)
  const compareBlock = cmp
    ? (() => {
        const n = sections.reduce((t, s) => t + (s.compareNet ?? 0), 0)
        const o = cashBalance(book, cash, dayBefore(cmp.from))
        return { netChange: n, openingCash: o, closingCash: o + n }
      })()
    : null
  return {
    from,
    to,
    compareFrom: cmp?.from ?? null,
    compareTo: cmp?.to ?? null,
    sections,
    netChange,
    openingCash,
    closingCash: openingCash + netChange,
    cashAccountsBalance,
    compare: compareBlock
  }
}
