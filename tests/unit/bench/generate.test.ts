import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBook } from '../../../main/db/book'
import { runCommand } from '../../../main/commands/dispatch'
import type { CommandContext } from '../../../main/commands/context'
import type { LedgerCheckResult, TrialBalance } from '../../../shared/ledger/types'
import {
  dryRun,
  generateBook,
  mulberry32,
  PRESETS,
  presetBounds,
  type GenerateResult
} from '../../../scripts/bench/generate'

const dir = mkdtempSync(join(tmpdir(), 'lumbung-bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SEED = 20251

interface Summary {
  result: GenerateResult
  check: LedgerCheckResult
  tie: { ok: boolean }
  system: { ok: boolean; sections: { name: string; problems: string[] }[] }
  loans: number
  loanBalance: number
  loanOutstanding: number
  tb: TrialBalance
  midTb: TrialBalance
  dbLines: number
  dbEntries: number
  dbMembers: number
}

async function generateAndInspect(name: string, seed = SEED): Promise<Summary> {
  const file = join(dir, `${name}.sqlite`)
  const result = await generateBook(file, { preset: 'tiny', seed })
  const book = await openBook(file)
  try {
    const ctx: CommandContext = { book, actor: 'penguji', now: () => new Date() }
    const run = <T>(cmd: string, input: unknown): T => {
      const r = runCommand(ctx, cmd, input)
      if (!r.ok) throw new Error(`${cmd}: ${r.error.code} ${r.error.message}`)
      return r.result as T
    }
    const n = (sql: string) => (book.sqlite.prepare(sql).get() as { n: number }).n
    return {
      result,
      check: run<LedgerCheckResult>('ledger.check', {}),
      system: run<{ ok: boolean; sections: { name: string; problems: string[] }[] }>('system.check', {}),
      loans: n(`SELECT count(*) AS n FROM loans WHERE status IN ('CAIR', 'LUNAS')`),
      loanBalance: n(
        `SELECT COALESCE(SUM(l.debit - l.credit), 0) AS n FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = '1-1401'`
      ),
      loanOutstanding: n(`SELECT COALESCE(SUM(principal - paid_pokok), 0) AS n FROM loans WHERE status = 'CAIR'`),
      tie: run<{ ok: boolean }>('savings.tieOut', { asOf: result.lastDate }),
      tb: run<TrialBalance>('reports.trialBalance', { asOf: result.lastDate }),
      midTb: run<TrialBalance>('reports.trialBalance', { asOf: '2025-06-17' }),
      dbLines: n('SELECT count(*) AS n FROM journal_lines'),
      dbEntries: n('SELECT count(*) AS n FROM journal_entries'),
      dbMembers: n('SELECT count(*) AS n FROM members')
    }
  } finally {
    book.close()
  }
}

describe('bench generator (tiny preset)', () => {
  let first: Summary
  let second: Summary

  it('generates a book whose ledger.check passes and whose trial balance is balanced', async () => {
    first = await generateAndInspect('a')
    expect(first.check.problems).toEqual([])
    expect(first.check.ok).toBe(true)
    expect(first.tie.ok).toBe(true)
    expect(first.check.entriesChecked).toBe(first.result.entries)
    // The whole-book check too (issue 13: a generated book failed it, 1-1401 against an empty loan
    // sub-ledger): every loan posting has its loan, and every posting its audit record.
    expect(first.system.sections.filter((s) => s.problems.length)).toEqual([])
    expect(first.loans).toBeGreaterThan(0)
    expect(first.loanBalance).toBe(first.loanOutstanding)
    expect(first.tb.balanced).toBe(true)
    expect(first.midTb.balanced).toBe(true)
    expect(first.tb.totals.closingDebit).toBeGreaterThan(0)
    expect(first.tb.totals.closingDebit).toBe(first.tb.totals.closingCredit)
    // The counts it reports are the counts in the book.
    expect(first.dbLines).toBe(first.result.lines)
    expect(first.dbEntries).toBe(first.result.entries)
    expect(first.dbMembers).toBe(PRESETS.tiny.members)
  })

  it('keeps kas and bank at or above zero on every day, as a real cooperative must (issue 14)', async () => {
    // Independent of the app: running Σ debit − credit per day straight from the lines.
    const book = await openBook(first.result.file)
    try {
      const rows = book.sqlite
        .prepare(
          `SELECT a.code, l.date, SUM(l.debit) - SUM(l.credit) AS d FROM journal_lines l JOIN accounts a ON a.id = l.account_id
                  WHERE a.code LIKE '1-11%' OR a.code LIKE '1-12%' GROUP BY a.code, l.date ORDER BY a.code, l.date`
        )
        .all() as { code: string; date: string; d: number }[]
      const running = new Map<string, number>()
      const lowest = new Map<string, number>()
      for (const r of rows) {
        const b = (running.get(r.code) ?? 0) + r.d
        running.set(r.code, b)
        lowest.set(r.code, Math.min(lowest.get(r.code) ?? 0, b))
      }
      expect([...lowest.keys()].sort()).toEqual(['1-1101', '1-1110', '1-1201'])
      for (const [code, low] of lowest) expect(low, code).toBeGreaterThanOrEqual(0)
      const ctx: CommandContext = { book, actor: 'penguji', now: () => new Date() }
      const bs = runCommand(ctx, 'statements.balanceSheet', { asOf: first.result.lastDate })
      expect(bs.ok).toBe(true)
      expect(running.get('1-1201')!).toBeGreaterThan(0)
    } finally {
      book.close()
    }
  })

  it('lands within ±15 % of the preset line target', () => {
    const { min, max } = presetBounds(PRESETS.tiny)
    expect(first.result.lines).toBeGreaterThanOrEqual(min)
    expect(first.result.lines).toBeLessThanOrEqual(max)
  })

  it('is deterministic: the same seed gives the same lines and the same trial balance', async () => {
    second = await generateAndInspect('b')
    expect(second.result.lines).toBe(first.result.lines)
    expect(second.result.entries).toBe(first.result.entries)
    expect(second.tb.totals).toEqual(first.tb.totals)
    expect(second.tb.rows).toEqual(first.tb.rows)
    expect(second.midTb.totals).toEqual(first.midTb.totals)
  })

  it('posts a realistic mix: simpanan, loans, gerai sales with member and non-member pihak', () => {
    const codes = new Set(first.tb.rows.filter((r) => !r.isHeader).map((r) => r.code))
    for (const code of [
      '1-1101',
      '1-1110',
      '1-1201',
      '1-1401',
      '1-1601',
      '2-1101',
      '3-1101',
      '3-1102',
      '4-1101',
      '4-1201',
      '4-2101',
      '4-2102',
      '5-1101',
      '5-3101'
    ]) {
      expect(codes, code).toContain(code)
    }
    const pokok = first.tb.rows.find((r) => r.code === '3-1101')!
    expect(pokok.closingCredit).toBe(PRESETS.tiny.members * 100_000)
  })

  it('a different seed gives a different book; the dry run counts what the book holds', () => {
    const other = dryRun('tiny', SEED + 1)
    expect(other.lines).not.toBe(first.result.lines)
    expect(dryRun('tiny', SEED).lines).toBe(first.result.lines)
  })

  it('mulberry32 is a deterministic stream in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    for (let i = 0; i < 1000; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })
})
