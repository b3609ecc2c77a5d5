import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import { type TillMovement, type TillSession, type TillSettings } from '../../shared/commands/till'
import { isDeskRole, roleAllows } from '../../shared/auth/roles'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatDateLong } from '../../shared/dates/format'
import type { InferResult } from 'kysely'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { assertNotFutureDated } from '../ledger/guards'
import { assertMonthOpen } from '../ledger/periods'
import { assertCashAccount } from '../savings/ledger'
import { getSetting, setSetting } from '../settings'
import { todayOf } from '../setup/timezone'

/** Source of the entries this module posts (journal.list { source: 'KASIR' }). */
export const TILL_SOURCE = 'KASIR'
/** Selisih kas after the bendahara accepts a setoran kasir: over (lebih) is other income, short (kurang) an expense. */
export const CASH_OVER_ACCOUNT = '4-3107'
export const CASH_SHORT_ACCOUNT = '5-3405'
/** Rp1.000.000 per transaction until the bendahara sets another limit (ASSUMED: a day's small withdrawals). */
export const DEFAULT_WITHDRAW_LIMIT = 1_000_000
const LIMIT_KEY = 'till.withdrawLimit'
const DRAWER_ACCOUNT = '1-1110'
const SOURCE_ACCOUNT = '1-1101'

function sessionSelect() {
  return qb
    .selectFrom('till_sessions as s')
    .leftJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('accounts as ca', 'ca.id', 's.cash_account_id')
    .innerJoin('accounts as sa', 'sa.id', 's.source_account_id')
    .leftJoin('journal_entries as oe', 'oe.id', 's.opening_entry_id')
    .leftJoin('journal_entries as he', 'he.id', 's.handover_entry_id')
    .leftJoin('users as usr', 'usr.username', 's.username')
    .leftJoin('users as acc', 'acc.username', 's.accepted_by')
    .selectAll('s')
    .select([
      'u.code as unit',
      'ca.code as cash_code',
      'ca.name as cash_name',
      'sa.code as source_code',
      'sa.name as source_name',
      'oe.number as opening_entry',
      'he.number as handover_entry',
      'usr.full_name as cashier_name',
      'acc.full_name as accepter_name'
    ])
}

type Row = InferResult<ReturnType<typeof sessionSelect>>[number]

// ---------------------------------------------------------------------------------------------
// Settings

export function withdrawLimit(book: Book): number {
  const v = getSetting(book, LIMIT_KEY)
  return v === null ? DEFAULT_WITHDRAW_LIMIT : Number(v)
}

export function tillSettings(book: Book): TillSettings {
  return { withdrawLimit: withdrawLimit(book), cashAccount: DRAWER_ACCOUNT, sourceAccount: SOURCE_ACCOUNT }
}

export function setTillSettings(ctx: CommandContext, input: CommandParsedInput<'till.setSettings'>): TillSettings {
  setSetting(ctx.book, LIMIT_KEY, String(input.withdrawLimit))
  return tillSettings(ctx.book)
}

// ---------------------------------------------------------------------------------------------
// The desk rule: a kasir or teller posts cash only through the drawer of their own open day

/**
 * Called by every command a desk role may run that moves money (sale, savings, instalment): the
 * user's kasir day must be open, dated the same day, and the cash must go through its drawer; a
 * withdrawal stays within the bendahara's limit. Login off, or a bendahara: no rule.
 */
export function assertDesk(
  ctx: CommandContext,
  what: { date: string; cashAccount: string | null; withdrawal?: number }
): void {
  const user = ctx.user
  if (!user || !isDeskRole(user.role)) return
  const s = openRow(ctx.book, user.username)
  if (!s)
    throw new CommandError(
      'CONFLICT',
      'Kas kasir belum dibuka: buka kas hari ini (modal awal) di Meja Kasir sebelum mencatat transaksi',
      'date'
    )
  if (what.date !== s.date) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: kasir mencatat transaksi pada tanggal kas yang sedang dibuka (${formatDateLong(s.date)})`,
      'date'
    )
  }
  if (what.cashAccount !== null && what.cashAccount !== s.cash_code) {
    throw new CommandError(
      'INVALID_INPUT',
      `Akun kas: kasir menerima dan membayar uang tunai hanya lewat laci kasnya sendiri (${s.cash_code} ${s.cash_name})`,
      'cashAccount'
    )
  }
  if (what.withdrawal !== undefined) {
    const limit = withdrawLimit(ctx.book)
    if (what.withdrawal > limit) {
      throw new CommandError(
        'UNAUTHORIZED',
        `Jumlah: kasir/teller boleh membayar penarikan paling banyak ${formatRupiah(limit)} per transaksi (batas dari bendahara); penarikan yang lebih besar dilayani bendahara`,
        'amount'
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sessions

function openRow(book: Book, username: string): Row | undefined {
  return book.q.first(sessionSelect().where('s.username', '=', username).where('s.status', '=', 'BUKA'))
}

function row(book: Book, id: number, field = 'sessionId'): Row {
  const r = book.q.first(sessionSelect().where('s.id', '=', id))
  if (!r) throw new CommandError('NOT_FOUND', `Sesi kas: sesi kas nomor ${id} tidak ditemukan`, field)
  return r
}

function lastEntryId(book: Book): number {
  return book.q.first(qb.selectFrom('journal_entries').select((eb) => eb.fn.max('id').as('id')))?.id ?? 0
}

/** The kasir's own postings through the drawer after the day was opened (up to the handover when closed). */
function movements(book: Book, r: Row): TillMovement[] {
  const rows = book.q.rows<{
    number: string
    created_at: string
    description: string
    source: string
    debit: number
    credit: number
  }>(
    `SELECT e.number, e.created_at, e.description, e.source, SUM(l.debit) AS debit, SUM(l.credit) AS credit
       FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id AND l.account_id = ?
       WHERE e.created_by = ? COLLATE NOCASE AND e.id > ? AND e.id <= ?
       GROUP BY e.id ORDER BY e.id`,
    r.cash_account_id,
    r.username,
    r.start_entry_id,
    r.last_entry_id ?? Number.MAX_SAFE_INTEGER
  )
  return rows
    .filter((m) => m.debit !== m.credit)
    .map((m) => ({
      entryNumber: m.number,
      recordedAt: m.created_at,
      description: m.description,
      source: m.source,
      cashIn: Math.max(0, m.debit - m.credit),
      cashOut: Math.max(0, m.credit - m.debit)
    }))
}

function toSession(book: Book, r: Row): TillSession {
  const moves = movements(book, r)
  const cashIn = moves.reduce((s, m) => s + m.cashIn, 0)
  const cashOut = moves.reduce((s, m) => s + m.cashOut, 0)
  const counts = r.denominations ? (JSON.parse(r.denominations) as { value: number; count: number }[]) : null
  return {
    id: r.id,
    username: r.username,
    cashierName: r.cashier_name ?? r.username,
    date: r.date,
    unit: r.unit,
    cashAccount: { code: r.cash_code, name: r.cash_name },
    sourceAccount: { code: r.source_code, name: r.source_name },
    openingFloat: r.opening_float,
    openingEntryNumber: r.opening_entry,
    openedAt: r.opened_at,
    status: r.status,
    movements: moves,
    cashIn,
    cashOut,
    expected: r.expected ?? r.opening_float + cashIn - cashOut,
    counted: r.counted,
    denominations: counts ? counts.map((c) => ({ ...c, amount: c.value * c.count })) : null,
    received: r.received,
    difference: r.counted === null ? null : (r.received ?? r.counted) - (r.expected ?? 0),
    closedAt: r.closed_at,
    closeNote: r.close_note,
    acceptedAt: r.accepted_at,
    acceptedBy: r.accepted_by,
    acceptedByName: r.accepter_name ?? r.accepted_by,
    acceptDate: r.accept_date,
    handoverEntryNumber: r.handover_entry,
    acceptNote: r.accept_note
  }
}

function accountRow(book: Book, code: string, field: string): { id: number; code: string; name: string } {
  assertCashAccount(book, code)
  if (!code.startsWith('1-11'))
    throw new CommandError('INVALID_INPUT', `Akun kas: ${code} bukan akun kas (1-11…)`, field)
  return book.q.first(qb.selectFrom('accounts').select(['id', 'code', 'name']).where('code', '=', code))!
}

export function openTill(ctx: CommandContext, input: CommandParsedInput<'till.open'>): TillSession {
  const { book } = ctx
  const username = ctx.actor
  if (ctx.user && isDeskRole(ctx.user.role) && input.date !== todayOf(ctx)) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: kasir membuka kas untuk hari ini (${formatDateLong(todayOf(ctx))})`,
      'date'
    )
  }
  const open = openRow(book, username)
  if (open)
    throw new CommandError(
      'CONFLICT',
      `Kas kasir ${formatDateLong(open.date)} masih dibuka: tutup dan serahkan dulu sebelum membuka kas baru`,
      'date'
    )
  const waiting = book.q.first(
    qb
      .selectFrom('till_sessions')
      .select('date')
      .where('username', '=', username)
      .where('status', '=', 'DISERAHKAN')
      .orderBy('id')
      .limit(1)
  )
  if (waiting)
    throw new CommandError(
      'CONFLICT',
      `Setoran kas ${formatDateLong(waiting.date)} belum diterima bendahara; kas baru dibuka sesudah setoran itu diterima`,
      'date'
    )
  const drawer = accountRow(book, input.cashAccount, 'cashAccount')
  const source = accountRow(book, input.sourceAccount, 'sourceAccount')
  if (drawer.id === source.id)
    throw new CommandError('INVALID_INPUT', 'Akun sumber modal: harus berbeda dari akun laci kasir', 'sourceAccount')
  const unit = input.unit
    ? book.q.first(qb.selectFrom('units').select(['id', 'is_active']).where('code', '=', input.unit))
    : undefined
  if (input.unit && (!unit || !unit.is_active))
    throw new CommandError('NOT_FOUND', `Unit usaha: ${input.unit} tidak ditemukan atau tidak aktif`, 'unit')
  let entryId: number | null = null
  if (input.openingFloat > 0) {
    entryId = postEntryId(
      ctx,
      {
        date: input.date,
        description: `Modal awal kasir ${ctx.user?.fullName ?? username} ${formatDateLong(input.date)}`,
        reference: null,
        series: 'JU',
        lines: [
          {
            account: drawer.code,
            debit: input.openingFloat,
            credit: 0,
            memberId: null,
            unit: input.unit ?? null,
            pihak: null,
            memo: input.note ?? null
          },
          {
            account: source.code,
            debit: 0,
            credit: input.openingFloat,
            memberId: null,
            unit: null,
            pihak: null,
            memo: input.note ?? null
          }
        ]
      },
      { source: TILL_SOURCE }
    ).id
  } else {
    // No entry for a zero float; the day's date still gets a posting's checks.
    assertNotFutureDated(ctx, input.date, 'date')
    assertMonthOpen(book, input.date, 'date')
  }
  const r = book.q.run(
    qb.insertInto('till_sessions').values({
      username,
      date: input.date,
      unit_id: unit?.id ?? null,
      cash_account_id: drawer.id,
      source_account_id: source.id,
      opening_float: input.openingFloat,
      opening_entry_id: entryId,
      start_entry_id: lastEntryId(book),
      opened_at: nowIso(ctx),
      status: 'BUKA',
      close_note: null
    })
  )
  return toSession(book, row(book, Number(r.lastInsertRowid)))
}

export function currentTill(ctx: CommandContext): TillSession | null {
  const r = ctx.book.q.first(
    sessionSelect()
      .where('s.username', '=', ctx.actor)
      .where('s.status', '!=', 'DITERIMA')
      .orderBy('s.id', 'desc')
      .limit(1)
  )
  return r ? toSession(ctx.book, r) : null
}

/** Σ value × count of the notes and coins counted; each denomination once. */
export function denominationTotal(counts: { value: number; count: number }[]): number {
  const seen = new Set<number>()
  let total = 0
  counts.forEach((c, i) => {
    if (seen.has(c.value))
      throw new CommandError(
        'INVALID_INPUT',
        `Pecahan ${formatRupiah(c.value)} tercatat dua kali; gabungkan jumlahnya`,
        `denominations.${i}.value`
      )
    seen.add(c.value)
    total += c.value * c.count
  })
  if (!Number.isSafeInteger(total))
    throw new CommandError('INVALID_INPUT', 'Pecahan: jumlahnya terlalu besar', 'denominations')
  return total
}

export function closeTill(ctx: CommandContext, input: CommandParsedInput<'till.close'>): TillSession {
  const { book } = ctx
  const r = openRow(book, ctx.actor)
  if (!r) throw new CommandError('CONFLICT', 'Tidak ada kas kasir yang sedang dibuka', 'counted')
  const given = input.denominations?.filter((d) => d.count > 0) ?? []
  const counts = given.length > 0 ? given : null
  const fromCounts = counts ? denominationTotal(counts) : null
  if (input.counted === undefined && fromCounts === null)
    throw new CommandError(
      'INVALID_INPUT',
      'Hitung kas akhir: isi jumlah uang di laci atau jumlah lembar per pecahan',
      'counted'
    )
  if (input.counted !== undefined && fromCounts !== null && input.counted !== fromCounts) {
    throw new CommandError(
      'INVALID_INPUT',
      `Hitung kas akhir: jumlah ${formatRupiah(input.counted)} tidak sama dengan jumlah pecahan ${formatRupiah(fromCounts)}`,
      'counted'
    )
  }
  const counted = input.counted ?? fromCounts!
  const last = lastEntryId(book)
  const session = toSession(book, { ...r, last_entry_id: last })
  const ordered = counts ? [...counts].sort((a, b) => b.value - a.value) : null
  book.q.run(
    qb
      .updateTable('till_sessions')
      .set({
        status: 'DISERAHKAN',
        last_entry_id: last,
        expected: session.expected,
        counted,
        denominations: ordered ? JSON.stringify(ordered) : null,
        closed_at: nowIso(ctx),
        close_note: input.note ?? null
      })
      .where('id', '=', r.id)
  )
  return toSession(book, row(book, r.id))
}

export function acceptTill(ctx: CommandContext, input: CommandParsedInput<'till.accept'>): TillSession {
  const { book } = ctx
  const r = row(book, input.sessionId)
  if (r.status === 'BUKA')
    throw new CommandError(
      'CONFLICT',
      `Kas kasir ${r.cashier_name ?? r.username} ${formatDateLong(r.date)} belum ditutup dan diserahkan`,
      'sessionId'
    )
  if (r.status === 'DITERIMA')
    throw new CommandError(
      'CONFLICT',
      `Setoran kasir ${r.cashier_name ?? r.username} ${formatDateLong(r.date)} sudah diterima`,
      'sessionId'
    )
  if (r.username.toLowerCase() === ctx.actor.toLowerCase() && ctx.user) {
    throw new CommandError(
      'UNAUTHORIZED',
      'Setoran kasir diterima oleh orang lain, bukan kasir yang menyerahkannya',
      'sessionId'
    )
  }
  const date = input.date ?? r.date
  if (date < r.date)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tidak boleh sebelum tanggal kas kasir (${formatDateLong(r.date)})`,
      'date'
    )
  const counted = input.received ?? r.counted!
  const expected = r.expected!
  const difference = counted - expected
  const memo = input.note ?? null
  const lines = [
    { account: r.source_code, debit: counted, credit: 0, memberId: null, unit: null, pihak: null, memo },
    { account: r.cash_code, debit: 0, credit: expected, memberId: null, unit: r.unit, pihak: null, memo },
    ...(difference < 0
      ? [
          {
            account: CASH_SHORT_ACCOUNT,
            debit: -difference,
            credit: 0,
            memberId: null,
            unit: r.unit,
            pihak: null,
            memo
          }
        ]
      : []),
    ...(difference > 0
      ? [{ account: CASH_OVER_ACCOUNT, debit: 0, credit: difference, memberId: null, unit: r.unit, pihak: null, memo }]
      : [])
  ].filter((l) => l.debit > 0 || l.credit > 0)
  // A negative expected (more paid out than came in, float included) cannot happen: the drawer may not go below zero.
  let entryId: number | null = null
  if (lines.length > 0) {
    entryId = postEntryId(
      ctx,
      {
        date,
        description: `Setoran kasir ${r.cashier_name ?? r.username} ${formatDateLong(r.date)}${difference === 0 ? '' : difference > 0 ? `, selisih lebih ${formatRupiah(difference)}` : `, selisih kurang ${formatRupiah(-difference)}`}`,
        reference: null,
        series: 'JU',
        lines
      },
      { source: TILL_SOURCE }
    ).id
  }
  const received = input.received !== undefined && input.received !== r.counted ? input.received : null
  book.q.run(
    qb
      .updateTable('till_sessions')
      .set({
        status: 'DITERIMA',
        accepted_at: nowIso(ctx),
        accepted_by: ctx.actor,
        accept_date: date,
        handover_entry_id: entryId,
        received,
        difference,
        accept_note: memo
      })
      .where('id', '=', r.id)
  )
  return toSession(book, row(book, r.id))
}

/** One session's day report; a desk role sees only its own days. */
export function tillReport(ctx: CommandContext, sessionId: number): TillSession {
  const r = row(ctx.book, sessionId)
  if (ctx.user && !roleAllows(ctx.user.role, 'read') && r.username.toLowerCase() !== ctx.user.username.toLowerCase()) {
    throw new CommandError('UNAUTHORIZED', 'Kasir hanya dapat melihat laporan kas hariannya sendiri', 'sessionId')
  }
  return toSession(ctx.book, r)
}

export function listTills(book: Book, f: CommandParsedInput<'till.list'>): TillSession[] {
  let query = sessionSelect()
  if (f.status) query = query.where('s.status', '=', f.status)
  if (f.from) query = query.where('s.date', '>=', f.from)
  if (f.to) query = query.where('s.date', '<=', f.to)
  const rows = book.q.all(query.orderBy('s.date', 'desc').orderBy('s.id', 'desc').limit(500))
  return rows.map((r) => toSession(book, r))
}
