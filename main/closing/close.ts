import Decimal from 'decimal.js'
import { todayOf } from '../setup/timezone'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import {
  CLOSING_SOURCE,
  CLOSING_TAX_SOURCE,
  type ClosingEntryRef,
  type ClosingLine,
  type ClosingPreview,
  type ClosingUnitShu,
  type ClosingResult,
  type ClosingStatus,
  type ClosingTax,
  type ReopenPreview
} from '../../shared/commands/closing'
import type { AuthUser } from '../../shared/commands/auth'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatDateLong } from '../../shared/dates/format'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'
import { appendAudit } from '../audit/trail'
import { cumulativeByAccount, type DebitCredit } from '../ledger/balances'
import { postEntryId, reverseEntry, type PostInput } from '../ledger/journal'
import { isMonthLocked, lockPeriod, unlockPeriod } from '../ledger/periods'
import { incomeStatement } from '../statements/income-statement'
import { chart, isProfitOrLoss } from '../statements/chart'
import { shuAllocatedFor } from './shu-link'
import { formatPercent } from '../../shared/money/decimal-text'

export const ACCOUNTS = {
  ikhtisar: '3-9999',
  shuBerjalan: '3-5101',
  shuBelumDibagi: '3-5102',
  taxExpense: '5-9101',
  taxPayable: '2-1403'
} as const

type TaxInput = CommandParsedInput<'closing.preview'>['tax']

const yearEnd = (year: number) => `${year}-12-31`
const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

/** rate % × base, rounded half-up to the whole rupiah (DOMAIN.md §9.1). */
export function percentOfHalfUp(base: number, ratePercent: string): number {
  if (base <= 0) return 0
  return new Decimal(base).times(ratePercent).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
}

type ClosingRow = Row<'year_closings'>

export function openClosing(book: Book, year: number): ClosingRow | undefined {
  return book.q.first(
    qb.selectFrom('year_closings').selectAll().where('year', '=', year).where('reopened_at', 'is', null)
  )
}

/** Whether the year's books are closed (closing entries posted and not reversed). */
export function isYearClosed(book: Book, year: number): boolean {
  return openClosing(book, year) !== undefined
}

/** The year's figures from the income statement (closing entries are not part of it). */
function yearFigures(book: Book, year: number) {
  const is = incomeStatement(book, `${year}-01-01`, yearEnd(year), false)
  const part = (code: string) => is.rows.find((r) => r.level === 0 && r.code === code)?.total ?? 0
  return { turnover: part('PENDAPATAN_USAHA') + part('LAIN_PENDAPATAN'), taxBooked: part('PAJAK'), shu: is.shu.total }
}

function taxOf(book: Book, year: number, tax: TaxInput): ClosingTax {
  const f = yearFigures(book, year)
  if (tax.mode === 'NONE')
    return { mode: 'NONE', ratePercent: null, turnover: f.turnover, computed: 0, alreadyBooked: f.taxBooked, toPost: 0 }
  if (tax.mode === 'MANUAL') {
    const amount = tax.amount ?? 0
    return {
      mode: 'MANUAL',
      ratePercent: null,
      turnover: f.turnover,
      computed: amount,
      alreadyBooked: f.taxBooked,
      toPost: amount
    }
  }
  const computed = percentOfHalfUp(f.turnover, tax.ratePercent)
  return {
    mode: 'PPH_FINAL',
    ratePercent: tax.ratePercent,
    turnover: f.turnover,
    computed,
    alreadyBooked: f.taxBooked,
    toPost: Math.max(0, computed - f.taxBooked)
  }
}

interface UnitRef {
  id: number
  code: string
  name: string
}

const unitList = (book: Book): UnitRef[] =>
  book.q.all(qb.selectFrom('units').select(['id', 'code', 'name']).orderBy('sort_order').orderBy('code'))
const COMMON = 'Bersama (tanpa unit)'

/** Debit-side balance (debit − credit) per unit of one account on a date; key 0 = lines without a unit. */
function perUnit(
  total: Map<number, DebitCredit>,
  units: { u: UnitRef; m: Map<number, DebitCredit> }[],
  accountId: number,
  extra = 0
): Map<number, number> {
  const bal = (dc: DebitCredit | undefined) => (dc?.debit ?? 0) - (dc?.credit ?? 0)
  const out = new Map<number, number>()
  let rest = bal(total.get(accountId)) + extra
  for (const { u, m } of units) {
    const b = bal(m.get(accountId))
    if (b === 0) continue
    out.set(u.id, b)
    rest -= b
  }
  if (rest !== 0) out.set(0, rest)
  return out
}

function balancesByUnit(book: Book, date: string) {
  const units = unitList(book)
  return {
    units,
    total: cumulativeByAccount(book, date),
    per: units.map((u) => ({ u, m: cumulativeByAccount(book, date, u.id) }))
  }
}

/**
 * The closing entry's lines from P&L balances up to 31 December, split by business unit: each
 * account of each unit to zero, the unit's net to 3-9999 of that unit (lines without a unit, the
 * year-end tax among them, close as the common part).
 */
function closingLines(
  book: Book,
  year: number,
  extraTax: number
): { lines: ClosingLine[]; shu: number; byUnit: ClosingUnitShu[] } {
  const { units, total, per } = balancesByUnit(book, yearEnd(year))
  const code = new Map(units.map((u) => [u.id, u.code]))
  const lines: ClosingLine[] = []
  const net = new Map<number, number>()
  for (const a of chart(book)) {
    if (!isProfitOrLoss(a.type) || a.isHeader) continue
    const cells = perUnit(total, per, a.id, a.code === ACCOUNTS.taxExpense ? extraTax : 0)
    for (const uid of [...units.map((u) => u.id), 0]) {
      const b = cells.get(uid)
      if (b === undefined) continue
      const unit = code.get(uid) ?? null
      lines.push(
        b > 0
          ? { code: a.code, name: a.name, unit, debit: 0, credit: b }
          : { code: a.code, name: a.name, unit, debit: -b, credit: 0 }
      )
      net.set(uid, (net.get(uid) ?? 0) - b)
    }
  }
  const byUnit: ClosingUnitShu[] = []
  for (const u of [...units, { id: 0, code: null, name: COMMON }]) {
    const n = net.get(u.id)
    if (n === undefined) continue
    byUnit.push({ unit: u.code, name: u.name, shu: n })
    if (n > 0) lines.push({ code: ACCOUNTS.ikhtisar, name: 'Ikhtisar Hasil Usaha', unit: u.code, debit: 0, credit: n })
    else if (n < 0)
      lines.push({ code: ACCOUNTS.ikhtisar, name: 'Ikhtisar Hasil Usaha', unit: u.code, debit: -n, credit: 0 })
  }
  return { lines, shu: byUnit.reduce((t, u) => t + u.shu, 0), byUnit }
}

/** Credit-side balance per unit (unit code or null) of one account on a date, zero units left out. */
function creditByUnit(book: Book, accountCode: string, date: string): { unit: string | null; amount: number }[] {
  const id = book.q.row<{ id: number }>('SELECT id FROM accounts WHERE code = ?', accountCode)?.id
  if (id === undefined) return []
  const { units, total, per } = balancesByUnit(book, date)
  const cells = perUnit(total, per, id)
  return [...units.map((u) => ({ id: u.id, code: u.code as string | null })), { id: 0, code: null }]
    .filter((u) => cells.has(u.id))
    .map((u) => ({ unit: u.code, amount: -cells.get(u.id)! }))
}

function balanceOf(book: Book, code: string, date: string): number {
  const id = book.q.row<{ id: number }>('SELECT id FROM accounts WHERE code = ?', code)?.id
  if (id === undefined) return 0
  const dc = cumulativeByAccount(book, date).get(id)
  return (dc?.credit ?? 0) - (dc?.debit ?? 0)
}

/** SHU per unit a posted closing carried to 3-5101 (the IKHTISAR entry's lines). */
function closedByUnit(book: Book, summaryEntryId: number | null): ClosingUnitShu[] {
  if (summaryEntryId === null) return []
  const rows = book.q.rows<{ code: string | null; name: string | null; shu: number }>(
    `SELECT u.code, u.name, SUM(l.credit) - SUM(l.debit) AS shu FROM journal_lines l JOIN accounts a ON a.id = l.account_id LEFT JOIN units u ON u.id = l.unit_id
     WHERE l.entry_id = ? AND a.code = ? GROUP BY l.unit_id ORDER BY l.unit_id IS NULL, u.sort_order, u.code`,
    summaryEntryId,
    ACCOUNTS.shuBerjalan
  )
  return rows.map((r) => ({ unit: r.code, name: r.name ?? COMMON, shu: r.shu }))
}

/** Why the year cannot be closed now (empty: it can), plus warnings that do not stop it. */
function closingProblems(book: Book, year: number, today: string): { problems: string[]; warnings: string[] } {
  const problems: string[] = []
  const warnings: string[] = []
  const start = requireProfile(book).booksStartDate
  const startYear = Number(start.slice(0, 4))
  if (year < startYear) problems.push(`Tahun ${year} sebelum mulai pembukuan (${formatDateLong(start)}).`)
  const open = openClosing(book, year)
  if (open)
    problems.push(`Tahun ${year} sudah ditutup pada ${formatDateLong(open.closing_date)} oleh ${open.closed_by}.`)
  if (today < yearEnd(year))
    problems.push(`Tahun ${year} belum berakhir; tutup buku paling cepat ${formatDateLong(yearEnd(year))}.`)
  if (year > startYear && !isYearClosed(book, year - 1))
    problems.push(`Tutup dulu buku tahun ${year - 1}: tahun buku ditutup berurutan.`)
  const missing = Object.values(ACCOUNTS).filter(
    (c) => !book.q.row('SELECT 1 FROM accounts WHERE code = ? AND is_header = 0 AND is_active = 1', c)
  )
  if (missing.length) problems.push(`Akun ${missing.join(', ')} tidak ada atau tidak aktif di bagan akun.`)
  if (year >= startYear) {
    const tb = book.q.row<{ d: number; c: number }>(
      `SELECT COALESCE(SUM(debit), 0) AS d, COALESCE(SUM(credit), 0) AS c FROM account_month_balances WHERE month <= ?`,
      `${year}-12`
    )!
    if (tb.d !== tb.c)
      problems.push(
        `Neraca saldo per ${formatDateLong(yearEnd(year))} tidak seimbang (debit ${formatRupiah(tb.d)}, kredit ${formatRupiah(tb.c)}); jalankan pemeriksaan buku.`
      )
    if (balanceOf(book, ACCOUNTS.ikhtisar, yearEnd(year)) !== 0)
      problems.push(
        `Akun ${ACCOUNTS.ikhtisar} Ikhtisar Hasil Usaha masih bersaldo; akun ini hanya dipakai saat tutup buku.`
      )
    const later = book.q.row<{ y: number | null }>(
      'SELECT MIN(year) AS y FROM year_closings WHERE year > ? AND reopened_at IS NULL',
      year
    )!
    if (later.y !== null) problems.push(`Tahun ${later.y} sudah ditutup; buka kembali tahun itu lebih dahulu.`)
    const allocated = shuAllocatedFor(book, year)
    if (allocated) problems.push(`SHU tahun ${year} sudah dibagi (${allocated}).`)
    const assets = book.q.row<{ n: number }>(
      `SELECT count(*) AS n FROM fixed_assets WHERE status = 'AKTIF' AND start_month <= ?`,
      `${year}-12`
    )!
    const ran = book.q.first(qb.selectFrom('asset_depreciation_runs').select('month').where('month', '=', `${year}-12`))
    if (assets.n > 0 && !ran) warnings.push(`Penyusutan aset tetap bulan Desember ${year} belum diposting.`)
  }
  return { problems, warnings }
}

export function closingPreview(book: Book, year: number, tax: TaxInput, today: string): ClosingPreview {
  const { problems, warnings } = closingProblems(book, year, today)
  const t =
    year >= Number(requireProfile(book).booksStartDate.slice(0, 4))
      ? taxOf(book, year, tax)
      : { mode: tax.mode, ratePercent: null, turnover: 0, computed: 0, alreadyBooked: 0, toPost: 0 }
  const shuBeforeTax = yearFigures(book, year).shu
  const { lines, shu, byUnit } = closingLines(book, year, t.toPost)
  if (shu !== shuBeforeTax - t.toPost && problems.length === 0) {
    problems.push(
      `Saldo akun pendapatan dan beban per ${formatDateLong(yearEnd(year))} (${formatRupiah(shu + t.toPost)}) tidak sama dengan SHU tahun ${year} (${formatRupiah(shuBeforeTax)}); ada saldo hasil usaha tahun sebelumnya yang belum ditutup.`
    )
  }
  if (lines.length > 499) problems.push('Terlalu banyak akun pendapatan/beban bersaldo untuk satu jurnal penutup.')
  const start = requireProfile(book).booksStartDate.slice(0, 7)
  const monthsToLock = monthsOf(year).filter((m) => m >= start && !isMonthLocked(book, m))
  return {
    year,
    closingDate: yearEnd(year),
    tax: t,
    shuBeforeTax,
    shu: shuBeforeTax - t.toPost,
    lines,
    byUnit,
    monthsToLock,
    problems,
    warnings
  }
}

const line = (
  account: string,
  debit: number,
  credit: number,
  unit: string | null = null
): PostInput['lines'][number] => ({ account, debit, credit, memberId: null, unit, pihak: null, memo: null })
const closingOpts = { source: CLOSING_SOURCE, allowInactiveUnits: true }

/**
 * Closes the year inside the caller's transaction: tax entry, closing entry (P&L → 3-9999),
 * 3-9999 → 3-5101, reclassification 3-5101 → 3-5102, then every month up to December locked.
 */
export function closeYear(
  ctx: CommandContext,
  input: CommandParsedInput<'closing.close'>,
  backupFile: string | null
): ClosingResult {
  const { book } = ctx
  const { year } = input
  const today = todayOf(ctx)
  const date = input.date ?? (today < yearEnd(year) ? yearEnd(year) : today)
  if (date < yearEnd(year))
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tutup buku tahun ${year} paling cepat ${formatDateLong(yearEnd(year))}`,
      'date'
    )
  const preview = closingPreview(book, year, input.tax, today)
  if (preview.problems.length) throw new CommandError('CONFLICT', preview.problems.join(' '), 'year')
  const warnings = [...preview.warnings]
  const end = yearEnd(year)
  const dec = `${year}-12`
  if (isMonthLocked(book, dec)) {
    unlockPeriod(ctx, { month: dec, reason: `Tutup buku tahun ${year}: jurnal penutup tanggal 31 Desember` })
    warnings.push(`Kunci Desember ${year} dibuka sebentar untuk jurnal penutup, lalu dikunci lagi.`)
  }
  const ref = `TUTUP-${year}`
  const t = preview.tax
  let taxEntry: number | null = null
  if (t.toPost > 0) {
    const what =
      t.mode === 'PPH_FINAL'
        ? `PPh final ${formatPercent(t.ratePercent!)} × peredaran bruto ${formatRupiah(t.turnover)}${t.alreadyBooked ? ` dikurangi yang sudah dibebankan ${formatRupiah(t.alreadyBooked)}` : ''}`
        : 'Pajak penghasilan (jumlah ditetapkan)'
    taxEntry = postEntryId(
      ctx,
      {
        date: end,
        description: `Beban pajak tahun ${year}: ${what}`,
        reference: ref,
        series: 'JU',
        lines: [line(ACCOUNTS.taxExpense, t.toPost, 0), line(ACCOUNTS.taxPayable, 0, t.toPost)]
      },
      { source: CLOSING_TAX_SOURCE }
    ).id
  }
  // Balances now include the tax entry.
  const { lines, shu, byUnit } = closingLines(book, year, 0)
  let closeEntry: number | null = null
  if (lines.length >= 2) {
    closeEntry = postEntryId(
      ctx,
      {
        date: end,
        description: `Jurnal penutup tahun ${year}: pendapatan dan beban tiap unit usaha ke Ikhtisar Hasil Usaha`,
        reference: ref,
        series: 'JP',
        lines: lines.map((l) => line(l.code, l.debit, l.credit, l.unit ?? null))
      },
      closingOpts
    ).id
  }
  let summaryEntry: number | null = null
  if (byUnit.some((u) => u.shu !== 0)) {
    summaryEntry = postEntryId(
      ctx,
      {
        date: end,
        description:
          shu >= 0
            ? `Ikhtisar Hasil Usaha tahun ${year} ke SHU Tahun Berjalan, per unit usaha`
            : `Rugi tahun ${year}: Ikhtisar Hasil Usaha ke SHU Tahun Berjalan (saldo debit), per unit usaha`,
        reference: ref,
        series: 'JP',
        lines: byUnit
          .filter((u) => u.shu !== 0)
          .flatMap((u) =>
            u.shu > 0
              ? [line(ACCOUNTS.ikhtisar, u.shu, 0, u.unit), line(ACCOUNTS.shuBerjalan, 0, u.shu, u.unit)]
              : [line(ACCOUNTS.shuBerjalan, -u.shu, 0, u.unit), line(ACCOUNTS.ikhtisar, 0, -u.shu, u.unit)]
          )
      },
      closingOpts
    ).id
  }
  let reclassEntry: number | null = null
  const berjalan = creditByUnit(book, ACCOUNTS.shuBerjalan, end).filter((u) => u.amount !== 0)
  if (berjalan.length) {
    reclassEntry = postEntryId(
      ctx,
      {
        date: end,
        description: `Reklasifikasi SHU tahun ${year} ke SHU Belum Dibagi per unit usaha, menunggu keputusan RAT`,
        reference: ref,
        series: 'JP',
        lines: berjalan.flatMap((u) =>
          u.amount > 0
            ? [line(ACCOUNTS.shuBerjalan, u.amount, 0, u.unit), line(ACCOUNTS.shuBelumDibagi, 0, u.amount, u.unit)]
            : [line(ACCOUNTS.shuBelumDibagi, -u.amount, 0, u.unit), line(ACCOUNTS.shuBerjalan, 0, -u.amount, u.unit)]
        )
      },
      closingOpts
    ).id
  }
  lockPeriod(ctx, { month: dec })
  book.q.run(
    qb.insertInto('year_closings').values({
      year,
      closing_date: date,
      closed_at: nowIso(ctx),
      closed_by: ctx.actor,
      tax_mode: t.mode,
      tax_rate: t.ratePercent,
      turnover: t.turnover,
      tax_amount: t.toPost,
      shu_before_tax: preview.shuBeforeTax,
      shu,
      tax_entry_id: taxEntry,
      close_entry_id: closeEntry,
      summary_entry_id: summaryEntry,
      reclass_entry_id: reclassEntry,
      backup_file: backupFile
    })
  )
  if (shu < 0)
    warnings.push(
      `Tahun ${year} rugi ${formatRupiah(-shu)}: tidak ada SHU untuk dibagi; RAT memutuskan dibebankan ke cadangan atau dibawa ke tahun berikut.`
    )
  return { ...closingStatus(book, year), warnings }
}

export function closingStatus(book: Book, year: number): ClosingStatus {
  const rows = book.q.all(qb.selectFrom('year_closings').selectAll().where('year', '=', year).orderBy('id'))
  const current = rows.find((r) => r.reopened_at === null) ?? rows.at(-1) ?? null
  const start = requireProfile(book).booksStartDate.slice(0, 7)
  const months = monthsOf(year)
    .filter((m) => m >= start)
    .map((m) => ({ month: m, locked: isMonthLocked(book, m) }))
  const entries: ClosingEntryRef[] = []
  if (current) {
    const kinds: [number | null, ClosingEntryRef['kind']][] = [
      [current.tax_entry_id, 'PAJAK'],
      [current.close_entry_id, 'PENUTUP'],
      [current.summary_entry_id, 'IKHTISAR'],
      [current.reclass_entry_id, 'REKLASIFIKASI']
    ]
    for (const [id, kind] of kinds) {
      if (id === null) continue
      const e = book.q.first(
        qb
          .selectFrom('journal_entries as e')
          .leftJoin('journal_entries as r', 'r.reversal_of', 'e.id')
          .select(['e.number', 'r.number as reversed'])
          .where('e.id', '=', id)
      )!
      entries.push({ id, number: e.number, kind, reversedBy: e.reversed })
    }
  }
  const history: ClosingStatus['history'] = []
  for (const r of rows) {
    history.push({ action: 'TUTUP', at: r.closed_at, by: r.closed_by, reason: null })
    if (r.reopened_at) history.push({ action: 'BUKA', at: r.reopened_at, by: r.reopened_by!, reason: r.reopen_reason })
  }
  return {
    year,
    closed: current !== null && current.reopened_at === null,
    reopened: rows.some((r) => r.reopened_at !== null),
    closedAt: current?.closed_at ?? null,
    closedBy: current?.closed_by ?? null,
    closingDate: current?.closing_date ?? null,
    shu: current?.shu ?? null,
    shuBeforeTax: current?.shu_before_tax ?? null,
    byUnit: current && current.reopened_at === null ? closedByUnit(book, current.summary_entry_id) : [],
    tax: current
      ? {
          mode: current.tax_mode,
          ratePercent: current.tax_rate,
          turnover: current.turnover,
          amount: current.tax_amount
        }
      : null,
    entries,
    backupFile: current?.backup_file ?? null,
    months,
    allLocked: months.length > 0 && months.every((m) => m.locked),
    history
  }
}

/** The entry that reverses an entry, if any. */
const reversalOf = (book: Book, id: number) =>
  book.q.first(qb.selectFrom('journal_entries').select('id').where('reversal_of', '=', id).limit(1))

/** Why a closed year cannot be reopened (empty: it can). */
function reopenProblems(book: Book, year: number): string[] {
  const problems: string[] = []
  if (!openClosing(book, year)) problems.push(`Tahun ${year} belum ditutup`)
  const later = book.q.row<{ y: number | null }>(
    'SELECT MIN(year) AS y FROM year_closings WHERE year > ? AND reopened_at IS NULL',
    year
  )!
  if (later.y !== null) problems.push(`Tahun ${later.y} sudah ditutup; buka kembali tahun itu lebih dahulu`)
  const allocated = shuAllocatedFor(book, year)
  if (allocated) problems.push(`SHU tahun ${year} sudah dibagi (${allocated}); batalkan pembagiannya lebih dahulu`)
  return problems
}

/** What reopening a closed year will do: the closing entries it reverses (with their lines) and the months it unlocks. */
export function reopenPreview(book: Book, year: number): ReopenPreview {
  const row = openClosing(book, year)
  const entries: ReopenPreview['entries'] = []
  if (row) {
    const kinds: [number | null, ClosingEntryRef['kind']][] = [
      [row.reclass_entry_id, 'REKLASIFIKASI'],
      [row.summary_entry_id, 'IKHTISAR'],
      [row.close_entry_id, 'PENUTUP'],
      [row.tax_entry_id, 'PAJAK']
    ]
    for (const [id, kind] of kinds) {
      if (id === null || reversalOf(book, id)) continue
      const e = book.q.first(qb.selectFrom('journal_entries').select(['number', 'total']).where('id', '=', id))!
      const lines = book.q
        .all(
          qb
            .selectFrom('journal_lines as l')
            .innerJoin('accounts as a', 'a.id', 'l.account_id')
            .leftJoin('units as u', 'u.id', 'l.unit_id')
            .select(['a.code', 'a.name', 'u.code as unit', 'l.debit', 'l.credit'])
            .where('l.entry_id', '=', id)
            .orderBy('l.line_no')
        )
        // The reversal swaps each side.
        .map((l) => ({ code: l.code, name: l.name, unit: l.unit, debit: l.credit, credit: l.debit }))
      entries.push({ number: e.number, kind, total: e.total, lines })
    }
  }
  return {
    year,
    shu: row?.shu ?? null,
    taxAmount: row?.tax_amount ?? 0,
    reversalDate: yearEnd(year),
    entries,
    monthsToUnlock: monthsOf(year).filter((m) => isMonthLocked(book, m)),
    problems: reopenProblems(book, year)
  }
}

/** Reopens a closed year: unlocks its months (with the reason) and reverses the closing entries on 31 December. */
export function reopenYear(ctx: CommandContext, input: CommandParsedInput<'closing.reopen'>): ClosingStatus {
  const { book } = ctx
  const { year, reason } = input
  const problem = reopenProblems(book, year)[0]
  if (problem) throw new CommandError('CONFLICT', problem, 'year')
  const row = openClosing(book, year)!
  for (const m of monthsOf(year)) {
    if (isMonthLocked(book, m)) unlockPeriod(ctx, { month: m, reason: `Buka kembali tahun ${year}: ${reason}` })
  }
  for (const id of [row.reclass_entry_id, row.summary_entry_id, row.close_entry_id, row.tax_entry_id]) {
    if (id === null) continue
    if (!reversalOf(book, id))
      reverseEntry(
        ctx,
        { entryId: id, date: yearEnd(year), reason: `Buka kembali tahun ${year}: ${reason}` },
        { owner: true }
      )
  }
  book.q.run(
    qb
      .updateTable('year_closings')
      .set({ reopened_at: nowIso(ctx), reopened_by: ctx.actor, reopen_reason: reason })
      .where('id', '=', row.id)
  )
  return closingStatus(book, year)
}

export interface HostContext {
  book: Book
  actor: string
  user: AuthUser | null
  now: () => Date
}

/**
 * What the book host runs for closing.close: refuse early (before making a backup), back the book
 * up with reason 'sebelum-tutup-tahun', then close in one transaction together with its audit record.
 */
export async function closeWithBackup(
  host: HostContext,
  input: CommandParsedInput<'closing.close'>,
  backup: () => Promise<{ backups: { file: string }[]; warnings: string[] }>
): Promise<ClosingResult> {
  const { book } = host
  requireProfile(book)
  if (book.readonly) throw new CommandError('READ_ONLY', 'Buku dibuka hanya-baca; perubahan tidak dapat disimpan.')
  const pre = closingPreview(book, input.year, input.tax, todayOf(host))
  if (pre.problems.length) throw new CommandError('CONFLICT', pre.problems.join(' '), 'year')
  const b = await backup()
  const file = b.backups[0]?.file ?? null
  const ctx: CommandContext = { book, actor: host.actor, user: host.user, now: host.now }
  return book.tx(() => {
    const r = closeYear(ctx, input, file)
    appendAudit(book, {
      at: host.now().toISOString(),
      actor: host.actor,
      command: 'closing.close',
      input,
      after: { year: r.year, shu: r.shu, tax: r.tax, entries: r.entries.map((e) => e.number), backupFile: file }
    })
    return { ...r, warnings: [...b.warnings, ...r.warnings] }
  })
}

/**
 * The years of the books with their closing state, and the one to offer on the Tutup buku screen:
 * the first year (from the books' start) not yet closed, never a year before the books start.
 */
export function closingYears(
  book: Book,
  today: string
): { firstYear: number; firstOpen: number; years: { year: number; closed: boolean }[] } {
  const firstYear = Number(requireProfile(book).booksStartDate.slice(0, 4))
  const current = Math.max(firstYear, Number(today.slice(0, 4)))
  const years = Array.from({ length: current - firstYear + 1 }, (_, i) => firstYear + i).map((year) => ({
    year,
    closed: isYearClosed(book, year)
  }))
  const firstOpen = years.find((y) => !y.closed)?.year ?? current
  return { firstYear, firstOpen, years }
}
