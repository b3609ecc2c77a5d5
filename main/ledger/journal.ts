import { entryCashFlows } from '../../shared/statements/cash-flow-entry'
import { CASH_ACCOUNTS_SQL } from '../statements/cash-flow-days'
import Decimal from 'decimal.js'
import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { JournalEntry, JournalEntrySummary, JournalLine, Paged, Pihak } from '../../shared/ledger/types'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatDateLong } from '../../shared/dates/format'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'
import { assertMonthOpen } from './periods'
import { postingRecord } from '../audit/postings'
import { assertCashNotNegative, assertNotFutureDated } from './guards'

export type PostInput = CommandParsedInput<'journal.post'>

export interface PostOptions {
  /** Which module generated the entry: MANUAL, REVERSAL, SIMPANAN, PINJAMAN, … */
  source?: string
  /** Year-end entries close what a unit made during the year even after the unit was deactivated. */
  allowInactiveUnits?: boolean
}

interface ResolvedLine {
  accountId: number
  debit: number
  credit: number
  memberId: number | null
  unitId: number | null
  pihak: Pihak | null
  memo: string | null
}

export function formatEntryNumber(series: string, year: number, seq: number): string {
  return `${series}-${year}-${String(seq).padStart(6, '0')}`
}

/**
 * Posts one balanced entry. Callers run inside the command's transaction, so an entry posted
 * by a sub-ledger (savings, loans, sales) lands together with its sub-ledger rows or not at all.
 */
export function postEntry(ctx: CommandContext, input: PostInput, opts: PostOptions = {}): JournalEntry {
  return getEntry(ctx.book, { id: postEntryId(ctx, input, opts).id })
}

/** Posts like postEntry but returns only the new entry's id and number (bulk posting). */
export function postEntryId(
  ctx: CommandContext,
  input: PostInput,
  opts: PostOptions = {}
): { id: number; number: string } {
  const { book } = ctx
  const profile = requireProfile(book)
  if (input.date < profile.booksStartDate) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tidak boleh sebelum tanggal mulai pembukuan (${formatDateLong(profile.booksStartDate)})`,
      'date'
    )
  }
  assertMonthOpen(book, input.date, 'date')
  const series = book.q.row<{ code: string }>('SELECT code FROM journal_series WHERE code = ?', input.series)
  if (!series) throw new CommandError('NOT_FOUND', `Seri jurnal ${input.series} tidak dikenal`, 'series')

  const cache: LineCache = { accounts: new Map(), units: new Map(), members: new Set() }
  const lines = input.lines.map((l, i) =>
    resolveLine(book, l, i, opts.source ?? 'MANUAL', cache, opts.allowInactiveUnits === true)
  )
  const { debit, credit } = lines.reduce(
    (acc, l) => ({ debit: acc.debit.plus(l.debit), credit: acc.credit.plus(l.credit) }),
    { debit: new Decimal(0), credit: new Decimal(0) }
  )
  if (!debit.equals(credit)) {
    const diff = debit.minus(credit).abs()
    throw new CommandError(
      'UNBALANCED',
      `Jurnal tidak seimbang: total debit ${formatRupiah(debit.toNumber())}, total kredit ${formatRupiah(credit.toNumber())}, selisih ${formatRupiah(diff.toNumber())}`,
      'lines'
    )
  }
  if (!debit.lte(Number.MAX_SAFE_INTEGER)) {
    throw new CommandError('INVALID_INPUT', 'Baris jurnal: total jurnal terlalu besar', 'lines')
  }
  return insertEntry(ctx, {
    series: input.series,
    date: input.date,
    description: input.description,
    reference: input.reference,
    source: opts.source ?? 'MANUAL',
    reversalOf: null,
    total: debit.toNumber(),
    lines
  })
}

type AccountInfo = {
  id: number
  code: string
  name: string
  is_header: number
  is_active: number
  control: string | null
}
interface LineCache {
  accounts: Map<string, AccountInfo | undefined>
  units: Map<string, { id: number; is_active: number } | undefined>
  members: Set<number>
}

function resolveLine(
  book: Book,
  l: PostInput['lines'][number],
  i: number,
  source: string,
  cache: LineCache,
  inactiveUnits: boolean
): ResolvedLine {
  if (!cache.accounts.has(l.account)) {
    cache.accounts.set(
      l.account,
      book.q.row<AccountInfo>(
        'SELECT id, code, name, is_header, is_active, control FROM accounts WHERE code = ?',
        l.account
      )
    )
  }
  const acc = cache.accounts.get(l.account)
  const field = `lines.${i}`
  if (!acc) throw new CommandError('NOT_FOUND', `Baris ${i + 1}: akun ${l.account} tidak ditemukan`, `${field}.account`)
  if (acc.is_header) {
    throw new CommandError(
      'INVALID_INPUT',
      `Baris ${i + 1}: akun ${acc.code} ${acc.name} adalah akun induk; pilih salah satu sub-akunnya`,
      `${field}.account`
    )
  }
  if (!acc.is_active)
    throw new CommandError(
      'INVALID_INPUT',
      `Baris ${i + 1}: akun ${acc.code} ${acc.name} tidak aktif`,
      `${field}.account`
    )
  if (acc.control && source === 'MANUAL') {
    throw new CommandError(
      'INVALID_INPUT',
      acc.control.startsWith('PINJAMAN')
        ? `Baris ${i + 1}: akun ${acc.code} ${acc.name} dikelola menu Pinjaman agar sisa pinjaman tiap anggota tetap cocok; catat pencairan atau angsuran di sana`
        : `Baris ${i + 1}: akun ${acc.code} ${acc.name} dikelola menu Simpanan agar saldo tiap anggota tetap cocok; catat setoran atau penarikan di sana`,
      `${field}.account`
    )
  }
  let unitId: number | null = null
  if (l.unit !== null) {
    if (!cache.units.has(l.unit))
      cache.units.set(
        l.unit,
        book.q.row<{ id: number; is_active: number }>('SELECT id, is_active FROM units WHERE code = ?', l.unit)
      )
    const u = cache.units.get(l.unit)
    if (!u) throw new CommandError('NOT_FOUND', `Baris ${i + 1}: unit usaha ${l.unit} tidak ditemukan`, `${field}.unit`)
    if (!u.is_active && !inactiveUnits)
      throw new CommandError('INVALID_INPUT', `Baris ${i + 1}: unit usaha ${l.unit} tidak aktif`, `${field}.unit`)
    unitId = u.id
  }
  if (l.memberId !== null && !cache.members.has(l.memberId)) {
    const m = book.q.row<{ id: number }>('SELECT id FROM members WHERE id = ?', l.memberId)
    cache.members.add(l.memberId)
    if (!m)
      throw new CommandError(
        'NOT_FOUND',
        `Baris ${i + 1}: anggota dengan id ${l.memberId} tidak ditemukan`,
        `${field}.memberId`
      )
  }
  return {
    accountId: acc.id,
    debit: l.debit,
    credit: l.credit,
    memberId: l.memberId,
    unitId,
    pihak: l.pihak,
    memo: l.memo
  }
}

interface NewEntry {
  series: string
  date: string
  description: string
  reference: string | null
  source: string
  reversalOf: number | null
  total: number
  lines: ResolvedLine[]
}

function insertEntry(ctx: CommandContext, e: NewEntry): { id: number; number: string } {
  const { book } = ctx
  assertNotFutureDated(ctx, e.date)
  assertCashNotNegative(book, e.date, e.lines, (id) =>
    e.source === 'MANUAL' ? `lines.${e.lines.findIndex((l) => l.accountId === id)}.credit` : undefined
  )
  const year = Number(e.date.slice(0, 4))
  const { last_seq: seq } = book.q.row<{ last_seq: number }>(
    `INSERT INTO journal_counters (series, year, last_seq) VALUES (?, ?, 1)
       ON CONFLICT (series, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
    e.series,
    year
  )!
  const number = formatEntryNumber(e.series, year, seq)
  const { lastInsertRowid } = book.q.exec(
    `INSERT INTO journal_entries (number, series, year, seq, date, description, reference, source, reversal_of, total, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    number,
    e.series,
    year,
    seq,
    e.date,
    e.description,
    e.reference,
    e.source,
    e.reversalOf,
    e.total,
    nowIso(ctx),
    ctx.actor
  )
  const entryId = Number(lastInsertRowid)
  const insertLine = `INSERT INTO journal_lines (entry_id, line_no, account_id, date, debit, credit, member_id, unit_id, pihak, memo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  e.lines.forEach((l, i) => {
    book.q.exec(
      insertLine,
      entryId,
      i + 1,
      l.accountId,
      e.date,
      l.debit,
      l.credit,
      l.memberId,
      l.unitId,
      l.pihak,
      l.memo
    )
  })
  book.postings.pending.push(
    postingRecord({
      id: entryId,
      number,
      date: e.date,
      total: e.total,
      source: e.source,
      description: e.description,
      reference: e.reference,
      reversalOf: e.reversalOf,
      lines: e.lines
    })
  )
  recordCashFlow(book, e.date, e.lines)
  return { id: entryId, number }
}

/** Entries whose sub-ledger would no longer match if the journal alone were reversed: corrected in their own menu. */
const MANAGED_SOURCES: Record<string, string> = {
  PINJAMAN:
    'menu Pinjaman; koreksi lewat pembayaran, hapus buku atau PPAP di sana agar sisa pinjaman anggota tetap cocok',
  USAHA: 'menu Unit Usaha; koreksi lewat retur atau stok opname agar stok dan piutang/utang usaha tetap cocok',
  ASET_TETAP:
    'menu Kas & Aset › Aset tetap; koreksi lewat pelepasan aset agar daftar aset tetap cocok dengan buku besar',
  SHU: 'menu RAT › SHU; pembagian dan pembayaran SHU dicatat per anggota di sana agar SHU anggota yang belum dibayar tetap cocok',
  TUTUP_BUKU:
    'tutup buku tahunan; buka kembali tahun itu di RAT › Tutup buku (dengan alasan) agar catatan penutupan tetap cocok',
  TUTUP_BUKU_PAJAK:
    'tutup buku tahunan; buka kembali tahun itu di RAT › Tutup buku (dengan alasan) agar catatan penutupan tetap cocok'
}

/** `owner`: the module that made the entry reverses it itself (e.g. reopening a closed year). */
export function reverseEntry(
  ctx: CommandContext,
  input: CommandParsedInput<'journal.reverse'>,
  opts: { owner?: boolean } = {}
): JournalEntry {
  const { book } = ctx
  const original = getEntry(book, { id: input.entryId }, 'entryId')
  if (original.reversedBy) {
    throw new CommandError(
      'CONFLICT',
      `Jurnal ${original.number} sudah dibalik oleh ${original.reversedBy.number}`,
      'entryId'
    )
  }
  if (original.reversalOf) {
    throw new CommandError(
      'CONFLICT',
      `Jurnal ${original.number} adalah jurnal pembalik; untuk membatalkannya posting ulang jurnal yang benar`,
      'entryId'
    )
  }
  const managed = MANAGED_SOURCES[original.source]
  if (managed && !opts.owner)
    throw new CommandError('CONFLICT', `Jurnal ${original.number} dibuat oleh ${managed}`, 'entryId')
  if (input.date < original.date) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: pembalikan tidak boleh sebelum tanggal jurnal asli (${formatDateLong(original.date)})`,
      'date'
    )
  }
  assertMonthOpen(book, input.date, 'date')
  const rows = book.q.all(
    qb
      .selectFrom('journal_lines')
      .select(['account_id', 'debit', 'credit', 'member_id', 'unit_id', 'pihak', 'memo'])
      .where('entry_id', '=', original.id)
      .orderBy('line_no')
  )
  const reversal = insertEntry(ctx, {
    series: original.series,
    date: input.date,
    description: `Pembalikan ${original.number}: ${input.reason}`,
    reference: original.reference,
    source: 'REVERSAL',
    reversalOf: original.id,
    total: original.total,
    lines: rows.map((r) => ({
      accountId: r.account_id,
      debit: r.credit,
      credit: r.debit,
      memberId: r.member_id,
      unitId: r.unit_id,
      pihak: r.pihak,
      memo: r.memo
    }))
  })
  return getEntry(book, { id: reversal.id })
}

interface EntryRow {
  id: number
  number: string
  series: string
  date: string
  description: string
  reference: string | null
  source: string
  total: number
  created_at: string
  created_by: string
  reversal_of: number | null
  reversal_of_number: string | null
  reversed_by: number | null
  reversed_by_number: string | null
  line_count: number
  amount: number
}

const ENTRY_SELECT = `
  SELECT e.id, e.number, e.series, e.date, e.description, e.reference, e.source, e.total, e.created_at, e.created_by,
         e.reversal_of, o.number AS reversal_of_number, r.id AS reversed_by, r.number AS reversed_by_number,
         (SELECT count(*) FROM journal_lines l WHERE l.entry_id = e.id) AS line_count,
         (SELECT CASE WHEN SUM(a.code NOT LIKE '5-11%' AND a.code NOT LIKE '1-16%') > 0
                      THEN e.total - SUM(CASE WHEN a.code LIKE '5-11%' THEN l.debit + l.credit ELSE 0 END) ELSE e.total END
          FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = e.id) AS amount
  FROM journal_entries e
  LEFT JOIN journal_entries o ON o.id = e.reversal_of
  LEFT JOIN journal_entries r ON r.reversal_of = e.id`

function toSummary(r: EntryRow): JournalEntrySummary {
  return {
    id: r.id,
    number: r.number,
    series: r.series,
    date: r.date,
    description: r.description,
    reference: r.reference,
    source: r.source,
    total: r.total,
    reversalOf: r.reversal_of !== null ? { id: r.reversal_of, number: r.reversal_of_number! } : null,
    reversedBy: r.reversed_by !== null ? { id: r.reversed_by, number: r.reversed_by_number! } : null,
    createdAt: r.created_at,
    createdBy: r.created_by,
    lineCount: r.line_count,
    amount: r.amount
  }
}

export function getEntry(book: Book, key: { id: number } | { number: string }, field = 'id'): JournalEntry {
  const row =
    'id' in key
      ? book.q.row<EntryRow>(`${ENTRY_SELECT} WHERE e.id = ?`, key.id)
      : book.q.row<EntryRow>(`${ENTRY_SELECT} WHERE e.number = ?`, key.number)
  if (!row) {
    const what = 'id' in key ? `id ${key.id}` : `nomor ${key.number}`
    throw new CommandError('NOT_FOUND', `Jurnal dengan ${what} tidak ditemukan`, 'id' in key ? field : 'number')
  }
  const lines = book.q.all(
    qb
      .selectFrom('journal_lines as l')
      .innerJoin('accounts as a', 'a.id', 'l.account_id')
      .leftJoin('members as m', 'm.id', 'l.member_id')
      .leftJoin('units as u', 'u.id', 'l.unit_id')
      .select([
        'l.line_no',
        'a.code as account_code',
        'a.name as account_name',
        'l.debit',
        'l.credit',
        'l.member_id',
        'm.name as member_name',
        'u.code as unit_code',
        'l.pihak',
        'l.memo'
      ])
      .where('l.entry_id', '=', row.id)
      .orderBy('l.line_no')
  )
  const { lineCount: _n, amount: _a, ...summary } = toSummary(row)
  return {
    ...summary,
    lines: lines.map((l): JournalLine => ({
      lineNo: l.line_no,
      accountCode: l.account_code,
      accountName: l.account_name,
      debit: l.debit,
      credit: l.credit,
      memberId: l.member_id,
      memberName: l.member_name,
      unitCode: l.unit_code,
      pihak: l.pihak,
      memo: l.memo
    }))
  }
}

export function listEntries(book: Book, f: CommandParsedInput<'journal.list'>): Paged<JournalEntrySummary> {
  const where: string[] = []
  const params: unknown[] = []
  if (f.from) {
    where.push('e.date >= ?')
    params.push(f.from)
  }
  if (f.to) {
    where.push('e.date <= ?')
    params.push(f.to)
  }
  if (f.series) {
    where.push('e.series = ?')
    params.push(f.series)
  }
  if (f.source) {
    where.push('e.source = ?')
    params.push(f.source)
  }
  if (f.account) {
    // An account filter covers the account and every sub-account below it.
    where.push(`e.id IN (SELECT l.entry_id FROM journal_lines l WHERE l.account_id IN (
      WITH RECURSIVE sub(id) AS (SELECT id FROM accounts WHERE code = ? UNION ALL SELECT a.id FROM accounts a JOIN sub ON a.parent_id = sub.id)
      SELECT id FROM sub))`)
    params.push(f.account)
  }
  if (f.unit) {
    where.push('e.id IN (SELECT l.entry_id FROM journal_lines l JOIN units u ON u.id = l.unit_id WHERE u.code = ?)')
    params.push(f.unit)
  }
  if (f.memberId) {
    where.push('e.id IN (SELECT l.entry_id FROM journal_lines l WHERE l.member_id = ?)')
    params.push(f.memberId)
  }
  if (f.search) {
    where.push(`(e.description LIKE ? ESCAPE '\\' OR e.number LIKE ? ESCAPE '\\' OR e.reference LIKE ? ESCAPE '\\')`)
    const s = `%${escapeLike(f.search)}%`
    params.push(s, s, s)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = book.q.row<{ n: number }>(`SELECT count(*) AS n FROM journal_entries e ${clause}`, ...params)!.n
  const rows = book.q.rows<EntryRow>(
    `${ENTRY_SELECT} ${clause} ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?`,
    ...params,
    f.pageSize,
    (f.page - 1) * f.pageSize
  )
  return { items: rows.map(toSummary), page: f.page, pageSize: f.pageSize, total }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** Keeps cash_flow_days (the direct-method cash flow) in step with the entry just posted. */
function recordCashFlow(book: CommandContext['book'], date: string, lines: readonly ResolvedLine[]): void {
  const cash = new Set(book.q.rows<{ id: number }>(CASH_ACCOUNTS_SQL).map((r) => r.id))
  if (!lines.some((l) => cash.has(l.accountId))) return
  const upsert = `INSERT INTO cash_flow_days (date, account_id, inflow, outflow) VALUES (?, ?, ?, ?)
     ON CONFLICT (date, account_id) DO UPDATE SET inflow = inflow + excluded.inflow, outflow = outflow + excluded.outflow`
  for (const [accountId, f] of entryCashFlows(
    lines.map((l) => ({ accountId: l.accountId, isCash: cash.has(l.accountId), debit: l.debit, credit: l.credit }))
  )) {
    book.q.exec(upsert, date, accountId, f.inflow, f.outflow)
  }
}

/** The journal series (number prefixes) of the book. */
export function listJournalSeries(book: Book): { code: string; name: string }[] {
  return book.q.all(qb.selectFrom('journal_series').select(['code', 'name']).orderBy('code'))
}
