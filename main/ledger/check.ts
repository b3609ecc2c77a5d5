import { computeCashFlowDays } from '../statements/cash-flow-days'
import type { LedgerCheckResult } from '../../shared/ledger/types'
import { formatDateLong, formatMonth } from '../../shared/dates/format'
import type { CommandContext } from '../commands/context'
import { qb } from '../db/query'

/**
 * Proves the ledger's invariants from the raw rows: every entry balanced and equal to its
 * total, the summary tables (per month, per unit and month, cash flow per day, profit or loss per
 * month and per day) equal to the lines, no line on a header account, no entry
 * created in a month after it was locked.
 */
export function checkLedger(ctx: CommandContext): LedgerCheckResult {
  const db = ctx.book.sqlite
  const q = ctx.book.q
  const problems: LedgerCheckResult['problems'] = []
  const step = (done: number, label: string) => ctx.progress?.({ done, total: 5, label })

  step(0, 'Memeriksa keseimbangan setiap jurnal')
  const entriesChecked = q.row<{ n: number }>('SELECT count(*) AS n FROM journal_entries')!.n
  const unbalanced = q.rows<{
    number: string
    d: number
    c: number
    n: number
    total: number
  }>(`SELECT e.number, COALESCE(s.d, 0) AS d, COALESCE(s.c, 0) AS c, COALESCE(s.n, 0) AS n, e.total
       FROM journal_entries e
       LEFT JOIN (SELECT entry_id, SUM(debit) AS d, SUM(credit) AS c, count(*) AS n FROM journal_lines GROUP BY entry_id) s
         ON s.entry_id = e.id
       WHERE s.n IS NULL OR s.n < 2 OR s.d != s.c OR s.d != e.total
       LIMIT 100`)
  for (const u of unbalanced) {
    problems.push({
      code: 'UNBALANCED_ENTRY',
      message: `Jurnal ${u.number} tidak seimbang atau tidak lengkap (${u.n} baris, debit ${u.d}, kredit ${u.c}, total ${u.total})`
    })
  }

  step(1, 'Mencocokkan saldo bulanan dengan baris jurnal')
  const mismatch = q.rows<{
    code: string
    month: string
  }>(`WITH lines AS (SELECT account_id, substr(date, 1, 7) AS month, SUM(debit) AS debit, SUM(credit) AS credit
                      FROM journal_lines GROUP BY account_id, substr(date, 1, 7)),
            diff AS (SELECT * FROM lines EXCEPT SELECT account_id, month, debit, credit FROM account_month_balances
                     UNION ALL
                     SELECT account_id, month, debit, credit FROM account_month_balances WHERE debit != 0 OR credit != 0
                     EXCEPT SELECT * FROM lines)
       SELECT a.code, d.month FROM diff d JOIN accounts a ON a.id = d.account_id LIMIT 100`)
  for (const m of mismatch) {
    problems.push({
      code: 'BALANCE_MISMATCH',
      message: `Saldo bulanan akun ${m.code} untuk ${formatMonth(m.month)} tidak sama dengan baris jurnalnya`
    })
  }

  step(1, 'Mencocokkan ringkasan arus kas harian dengan baris jurnal')
  const expected = computeCashFlowDays(db)
  const stored = q.rows<{ account_id: number; date: string; inflow: number; outflow: number }>(
    'SELECT account_id, date, inflow, outflow FROM cash_flow_days WHERE inflow != 0 OR outflow != 0'
  )
  const bad = new Set<string>()
  for (const r of stored) {
    const e = expected.get(`${r.account_id}|${r.date}`)
    if (!e || e.inflow !== r.inflow || e.outflow !== r.outflow) bad.add(`${r.account_id}|${r.date}`)
    expected.delete(`${r.account_id}|${r.date}`)
  }
  for (const [k, e] of expected) if (e.inflow !== 0 || e.outflow !== 0) bad.add(k)
  const cashFlowMismatch = [...bad].slice(0, 100).map((k) => {
    const [id, date] = k.split('|') as [string, string]
    return { code: q.first(qb.selectFrom('accounts').select('code').where('id', '=', Number(id)))!.code, date }
  })
  for (const m of cashFlowMismatch) {
    problems.push({
      code: 'CASH_FLOW_MISMATCH',
      message: `Ringkasan arus kas akun ${m.code} tanggal ${formatDateLong(m.date)} tidak sama dengan baris jurnalnya`
    })
  }

  const plMismatch = q.rows<{
    code: string
    month: string
  }>(`WITH lines AS (SELECT l.account_id, substr(l.date, 1, 7) AS month, COALESCE(l.unit_id, 0) AS unit_id, COALESCE(l.pihak, '') AS pihak,
                             SUM(l.debit) AS debit, SUM(l.credit) AS credit
                      FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.type IN ('PENDAPATAN', 'BEBAN')
                        AND NOT EXISTS (SELECT 1 FROM journal_entries e LEFT JOIN journal_entries o ON o.id = e.reversal_of
                                        WHERE e.id = l.entry_id AND (e.source = 'TUTUP_BUKU' OR o.source = 'TUTUP_BUKU'))
                      GROUP BY l.account_id, substr(l.date, 1, 7), COALESCE(l.unit_id, 0), COALESCE(l.pihak, '')),
            diff AS (SELECT * FROM lines EXCEPT SELECT account_id, month, unit_id, pihak, debit, credit FROM pl_month_dims
                     UNION ALL
                     SELECT account_id, month, unit_id, pihak, debit, credit FROM pl_month_dims WHERE debit != 0 OR credit != 0
                     EXCEPT SELECT * FROM lines)
       SELECT DISTINCT a.code, d.month FROM diff d JOIN accounts a ON a.id = d.account_id LIMIT 100`)
  for (const m of plMismatch) {
    problems.push({
      code: 'PL_MONTH_MISMATCH',
      message: `Ringkasan hasil usaha per unit akun ${m.code} untuk ${formatMonth(m.month)} tidak sama dengan baris jurnalnya`
    })
  }

  const unitMismatch = q.rows<{
    unit: string | null
    code: string
    month: string
  }>(`WITH lines AS (SELECT unit_id, substr(date, 1, 7) AS month, account_id, SUM(debit) AS debit, SUM(credit) AS credit
                      FROM journal_lines WHERE unit_id IS NOT NULL GROUP BY unit_id, substr(date, 1, 7), account_id),
            diff AS (SELECT * FROM lines EXCEPT SELECT unit_id, month, account_id, debit, credit FROM unit_month_balances
                     UNION ALL
                     SELECT unit_id, month, account_id, debit, credit FROM unit_month_balances WHERE debit != 0 OR credit != 0
                     EXCEPT SELECT * FROM lines)
       SELECT DISTINCT u.code AS unit, a.code, d.month FROM diff d JOIN accounts a ON a.id = d.account_id LEFT JOIN units u ON u.id = d.unit_id LIMIT 100`)
  for (const m of unitMismatch) {
    problems.push({
      code: 'UNIT_MONTH_MISMATCH',
      message: `Saldo bulanan unit ${m.unit ?? '(tidak ada)'} akun ${m.code} untuk ${formatMonth(m.month)} tidak sama dengan baris jurnalnya`
    })
  }

  const plDayMismatch = q.rows<{
    code: string
    date: string
  }>(`WITH lines AS (SELECT l.date, l.account_id, COALESCE(l.unit_id, 0) AS unit_id, COALESCE(l.pihak, '') AS pihak,
                             SUM(l.debit) AS debit, SUM(l.credit) AS credit
                      FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.type IN ('PENDAPATAN', 'BEBAN')
                        AND NOT EXISTS (SELECT 1 FROM journal_entries e LEFT JOIN journal_entries o ON o.id = e.reversal_of
                                        WHERE e.id = l.entry_id AND (e.source = 'TUTUP_BUKU' OR o.source = 'TUTUP_BUKU'))
                      GROUP BY l.date, l.account_id, COALESCE(l.unit_id, 0), COALESCE(l.pihak, '')),
            diff AS (SELECT * FROM lines EXCEPT SELECT date, account_id, unit_id, pihak, debit, credit FROM pl_day_dims
                     UNION ALL
                     SELECT date, account_id, unit_id, pihak, debit, credit FROM pl_day_dims WHERE debit != 0 OR credit != 0
                     EXCEPT SELECT * FROM lines)
       SELECT DISTINCT a.code, d.date FROM diff d JOIN accounts a ON a.id = d.account_id LIMIT 100`)
  for (const m of plDayMismatch) {
    problems.push({
      code: 'PL_DAY_MISMATCH',
      message: `Ringkasan hasil usaha harian akun ${m.code} tanggal ${formatDateLong(m.date)} tidak sama dengan baris jurnalnya`
    })
  }

  step(2, 'Memeriksa akun induk')
  const onHeaders = q.rows<{ code: string }>(
    `SELECT DISTINCT a.code FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.is_header = 1 LIMIT 100`
  )
  for (const h of onHeaders) problems.push({ code: 'HEADER_POSTING', message: `Akun induk ${h.code} berisi posting` })

  step(3, 'Memeriksa tanggal baris dan periode terkunci')
  const dateMismatch = q.rows<{ number: string }>(
    `SELECT DISTINCT e.number FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE l.date != e.date LIMIT 100`
  )
  for (const d of dateMismatch)
    problems.push({ code: 'LINE_DATE', message: `Tanggal baris jurnal ${d.number} berbeda dengan tanggal jurnalnya` })
  const lockedPosts = q.rows<{
    number: string
    month: string
  }>(`SELECT e.number, p.month FROM journal_entries e JOIN period_locks p ON p.month = substr(e.date, 1, 7)
       WHERE e.created_at > p.locked_at LIMIT 100`)
  for (const l of lockedPosts) {
    problems.push({
      code: 'LOCKED_PERIOD_POSTING',
      message: `Jurnal ${l.number} diposting ke ${formatMonth(l.month)} setelah periode itu dikunci`
    })
  }
  step(5, 'Selesai')
  return { ok: problems.length === 0, entriesChecked, problems }
}
