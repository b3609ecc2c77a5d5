import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import {
  ASSET_GROUP_ACCOUNTS,
  ASSET_GROUPS,
  type AssetRegister,
  type DepreciationRun,
  type DepreciationStart,
  type FixedAsset,
  type ScheduleRow
} from '../../shared/commands/bookkeeping'
import { formatDateLong, formatMonth } from '../../shared/dates/format'
import { lastDayOfMonth, addMonthsToMonth } from '../../shared/dates/calendar'
import type { InferResult } from 'kysely'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { assertMonthOpen } from '../ledger/periods'
import { requireProfile } from '../setup/profile'
import { getSetting, setSetting } from '../settings'
import { todayOf } from '../setup/timezone'
import { assertCashAccount, assertPostable, isCashCode, netByAccount, unitId } from './common'
import { depreciationSchedule, openingProblem } from './depreciation'

export const DEPRECIATION_EXPENSE = '5-3301'
export const GAIN_ACCOUNT = '4-3103'
export const LOSS_ACCOUNT = '5-4102'

const SETTING_START = 'assets.depreciationStart'

export function assetSettings(book: Book): { depreciationStart: DepreciationStart } {
  const v = getSetting(book, SETTING_START)
  return { depreciationStart: v === 'BULAN_PEROLEHAN' ? 'BULAN_PEROLEHAN' : 'BULAN_BERIKUTNYA' }
}

export function setAssetSettings(
  ctx: CommandContext,
  input: CommandParsedInput<'assets.setSettings'>
): { depreciationStart: DepreciationStart } {
  setSetting(ctx.book, SETTING_START, input.depreciationStart)
  return assetSettings(ctx.book)
}

function assetSelect() {
  return qb
    .selectFrom('fixed_assets as f')
    .leftJoin('units as u', 'u.id', 'f.unit_id')
    .leftJoin('journal_entries as ae', 'ae.id', 'f.acquisition_entry_id')
    .leftJoin('journal_entries as de', 'de.id', 'f.disposal_entry_id')
    .selectAll('f')
    .select(['u.code as unit_code', 'ae.number as acquisition_number', 'de.number as disposal_number'])
}

type AssetRow = InferResult<ReturnType<typeof assetSelect>>[number]

/** Depreciation lines of runs that still stand (their journal not reversed). */
const LIVE_LINES = `
  SELECT dl.asset_id, dl.amount, r.month, e.number, e.date FROM asset_depreciation_lines dl
  JOIN asset_depreciation_runs r ON r.id = dl.run_id JOIN journal_entries e ON e.id = r.entry_id
  WHERE NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reversal_of = e.id)`

function scheduleOf(r: AssetRow) {
  return depreciationSchedule({
    cost: r.cost,
    residual: r.residual,
    lifeMonths: r.life_months,
    startMonth: r.start_month,
    openingAccumulated: r.opening_accumulated,
    openingThrough: r.opening_through
  })
}

function toAsset(book: Book, r: AssetRow, asOf: string | null): FixedAsset {
  const posted = book.q.row<{ s: number }>(
    `SELECT COALESCE(SUM(amount), 0) AS s FROM (${LIVE_LINES}) WHERE asset_id = ? AND date <= ?`,
    r.id,
    asOf ?? '9999-12-31'
  )!.s
  const gone = r.disposed_at !== null && (asOf === null || r.disposed_at <= asOf)
  const accumulated = gone ? 0 : r.opening_accumulated + posted
  const first = scheduleOf(r)[0]
  return {
    id: r.id,
    assetNo: r.asset_no,
    name: r.name,
    group: r.asset_group,
    acquiredAt: r.acquired_at,
    cost: r.cost,
    residual: r.residual,
    lifeMonths: r.life_months,
    startMonth: r.start_month,
    openingAccumulated: r.opening_accumulated,
    openingThrough: r.opening_through,
    unitCode: r.unit_code,
    location: r.location,
    acquisitionEntry: r.acquisition_number,
    status: r.status,
    disposedAt: r.disposed_at,
    disposalProceeds: r.disposal_proceeds,
    disposalEntry: r.disposal_number,
    accumulated,
    bookValue: gone ? 0 : r.cost - accumulated,
    monthlyDepreciation: first?.amount ?? 0
  }
}

function assetRow(book: Book, id: number, field = 'assetId'): AssetRow {
  const r = book.q.first(assetSelect().where('f.id', '=', id))
  if (!r) throw new CommandError('NOT_FOUND', `Aset: aset dengan id ${id} tidak ditemukan`, field)
  return r
}

export function getAsset(book: Book, id: number): FixedAsset {
  return toAsset(book, assetRow(book, id), null)
}

export function createAsset(ctx: CommandContext, input: CommandParsedInput<'assets.create'>): FixedAsset {
  const { book } = ctx
  const accounts = ASSET_GROUP_ACCOUNTS[input.group]
  if (input.group === 'TANAH') {
    if (input.lifeMonths !== 0)
      throw new CommandError('INVALID_INPUT', 'Umur manfaat: tanah tidak disusutkan; isi 0', 'lifeMonths')
  } else if (input.lifeMonths < 1) {
    throw new CommandError('INVALID_INPUT', 'Umur manfaat: isi paling sedikit 1 bulan', 'lifeMonths')
  }
  if (input.residual >= input.cost)
    throw new CommandError('INVALID_INPUT', 'Nilai residu: harus lebih kecil dari harga perolehan', 'residual')
  const asset = assertPostable(book, accounts.asset, 'Kelompok', 'group')
  if (accounts.accumulated) assertPostable(book, accounts.accumulated, 'Kelompok', 'group')
  const unit = unitId(book, input.unit, 'Unit', 'unit')
  const acquiredMonth = input.acquiredAt.slice(0, 7)
  const startMonth =
    assetSettings(book).depreciationStart === 'BULAN_PEROLEHAN' ? acquiredMonth : addMonthsToMonth(acquiredMonth, 1)

  let openingAccumulated = 0
  let openingThrough: string | null = null
  if (input.mode === 'SALDO_AWAL') {
    openingAccumulated = input.openingAccumulated
    openingThrough = input.openingThrough
    if (openingAccumulated > 0 && openingThrough === null) {
      throw new CommandError(
        'INVALID_INPUT',
        'Akumulasi sampai bulan: wajib diisi bila ada akumulasi penyusutan awal',
        'openingThrough'
      )
    }
    if (openingThrough !== null && openingThrough < acquiredMonth) {
      throw new CommandError(
        'INVALID_INPUT',
        'Akumulasi sampai bulan: tidak boleh sebelum bulan perolehan',
        'openingThrough'
      )
    }
    const problem = openingProblem({
      cost: input.cost,
      residual: input.residual,
      lifeMonths: input.lifeMonths,
      startMonth,
      openingAccumulated,
      openingThrough
    })
    if (problem) throw new CommandError('INVALID_INPUT', `Akumulasi penyusutan awal: ${problem}`, 'openingAccumulated')
  } else if (input.openingAccumulated > 0 || input.openingThrough !== null) {
    throw new CommandError(
      'INVALID_INPUT',
      'Akumulasi penyusutan awal: hanya untuk aset lama (cara SALDO_AWAL)',
      'openingAccumulated'
    )
  }

  const n = (book.q.first(qb.selectFrom('fixed_assets').select((eb) => eb.fn.max('id').as('last')))?.last ?? 0) + 1
  const assetNo = `AT-${String(n).padStart(4, '0')}`
  let entryId: number | null = null
  if (input.mode === 'BELI') {
    const credit = assertPostable(book, input.creditAccount, 'Akun pembayaran', 'creditAccount')
    if (credit.id === asset.id)
      throw new CommandError('INVALID_INPUT', 'Akun pembayaran: tidak boleh sama dengan akun aset', 'creditAccount')
    const e = postEntryId(
      ctx,
      {
        date: input.acquiredAt,
        description: `Perolehan aset tetap ${assetNo} ${input.name}`,
        reference: assetNo,
        series: isCashCode(credit.code) ? 'KK' : 'JU',
        lines: [
          {
            account: asset.code,
            debit: input.cost,
            credit: 0,
            memberId: null,
            unit: input.unit,
            pihak: null,
            memo: input.name
          },
          {
            account: credit.code,
            debit: 0,
            credit: input.cost,
            memberId: null,
            unit: isCashCode(credit.code) ? null : input.unit,
            pihak: null,
            memo: input.name
          }
        ]
      },
      { source: 'ASET_TETAP' }
    )
    entryId = e.id
  }
  const r = book.q.run(
    qb.insertInto('fixed_assets').values({
      asset_no: assetNo,
      name: input.name,
      asset_group: input.group,
      acquired_at: input.acquiredAt,
      cost: input.cost,
      residual: input.residual,
      life_months: input.lifeMonths,
      start_month: startMonth,
      opening_accumulated: openingAccumulated,
      opening_through: openingThrough,
      unit_id: unit,
      location: input.location,
      acquisition_entry_id: entryId,
      created_at: nowIso(ctx)
    })
  )
  return getAsset(book, Number(r.lastInsertRowid))
}

export function assetRegister(book: Book, input: CommandParsedInput<'assets.list'>, today: string): AssetRegister {
  const asOf = input.asOf ?? today
  const rows = book.q.all(assetSelect().where('f.acquired_at', '<=', asOf).orderBy('f.asset_group').orderBy('f.id'))
  const assets = rows
    .map((r) => toAsset(book, r, asOf))
    .filter((a) => input.includeDisposed || a.disposedAt === null || a.disposedAt > asOf)
  const nets = netByAccount(book, asOf)
  const idOf = (code: string | null) =>
    code ? book.q.first(qb.selectFrom('accounts').select('id').where('code', '=', code))?.id : undefined
  const totals = { cost: 0, accumulated: 0, bookValue: 0 }
  const byGroup = ASSET_GROUPS.map((group) => {
    const acc = ASSET_GROUP_ACCOUNTS[group]
    const live = assets.filter((a) => a.group === group && (a.disposedAt === null || a.disposedAt > asOf))
    const cost = live.reduce((s, a) => s + a.cost, 0)
    const accumulated = live.reduce((s, a) => s + a.accumulated, 0)
    totals.cost += cost
    totals.accumulated += accumulated
    totals.bookValue += cost - accumulated
    const assetId = idOf(acc.asset)
    const accId = idOf(acc.accumulated)
    return {
      group,
      assetAccount: acc.asset,
      accumulatedAccount: acc.accumulated,
      cost,
      accumulated,
      ledgerCost: assetId !== undefined ? (nets.get(assetId) ?? 0) : 0,
      ledgerAccumulated: accId !== undefined ? 0 - (nets.get(accId) ?? 0) : 0
    }
  })
  return { asOf, assets, totals, byGroup }
}

function postedByMonth(book: Book, assetId: number): Map<string, string> {
  const rows = book.q.rows<{ month: string; number: string }>(
    `SELECT month, number FROM (${LIVE_LINES}) WHERE asset_id = ?`,
    assetId
  )
  return new Map(rows.map((r) => [r.month, r.number]))
}

export function assetSchedule(
  book: Book,
  input: CommandParsedInput<'assets.schedule'>
): { asset: FixedAsset; rows: ScheduleRow[] } {
  const r = assetRow(book, input.assetId)
  const posted = postedByMonth(book, r.id)
  let accumulated = r.opening_accumulated
  const rows = scheduleOf(r).map((m) => {
    accumulated += m.amount
    return {
      month: m.month,
      amount: m.amount,
      accumulated,
      bookValue: r.cost - accumulated,
      entryNumber: posted.get(m.month) ?? null
    }
  })
  return { asset: toAsset(book, r, null), rows }
}

/**
 * Months from `from` up to (not including) `before` with depreciation due but no run standing, in
 * calendar order: what the register still owes the ledger.
 */
export function unpostedMonths(book: Book, from: string, before: string): string[] {
  const rows = book.q.all(assetSelect().where('f.life_months', '>', 0))
  const due = new Set<string>()
  for (const r of rows) {
    const gone = r.disposed_at?.slice(0, 7) ?? null
    for (const m of scheduleOf(r))
      if (m.month >= from && m.month < before && (gone === null || m.month < gone) && m.amount > 0) due.add(m.month)
  }
  if (due.size === 0) return []
  const posted = new Set(
    book.q
      .rows<{ month: string }>(
        `SELECT r.month FROM asset_depreciation_runs r JOIN journal_entries e ON e.id = r.entry_id WHERE NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reversal_of = e.id)`
      )
      .map((r) => r.month)
  )
  return [...due].filter((m) => !posted.has(m)).sort()
}

/** The run for a month that still stands, if any. */
function liveRun(book: Book, month: string): { id: number; entryId: number; number: string } | null {
  return (
    book.q.row<{ id: number; entryId: number; number: string }>(
      `SELECT r.id, e.id AS entryId, e.number FROM asset_depreciation_runs r JOIN journal_entries e ON e.id = r.entry_id
       WHERE r.month = ? AND NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reversal_of = e.id)`,
      month
    ) ?? null
  )
}

function dueLines(book: Book, month: string): DepreciationRun['lines'] {
  const rows = book.q.all(assetSelect().where('f.status', '=', 'AKTIF').where('f.life_months', '>', 0).orderBy('f.id'))
  const out: DepreciationRun['lines'] = []
  for (const r of rows) {
    const m = scheduleOf(r).find((s) => s.month === month)
    if (m)
      out.push({
        assetId: r.id,
        assetNo: r.asset_no,
        name: r.name,
        group: r.asset_group,
        unitCode: r.unit_code,
        amount: m.amount
      })
  }
  return out
}

export function depreciationPreview(
  book: Book,
  input: CommandParsedInput<'assets.depreciationPreview'>
): DepreciationRun {
  const date = lastDayOfMonth(input.month)
  const run = liveRun(book, input.month)
  if (run) {
    const lines: DepreciationRun['lines'] = book.q.all(
      qb
        .selectFrom('asset_depreciation_lines as dl')
        .innerJoin('fixed_assets as f', 'f.id', 'dl.asset_id')
        .leftJoin('units as u', 'u.id', 'f.unit_id')
        .select([
          'f.id as assetId',
          'f.asset_no as assetNo',
          'f.name',
          'f.asset_group as group',
          'u.code as unitCode',
          'dl.amount'
        ])
        .where('dl.run_id', '=', run.id)
        .orderBy('f.id')
    )
    return {
      month: input.month,
      date,
      total: lines.reduce((s, l) => s + l.amount, 0),
      lines,
      entry: { id: run.entryId, number: run.number }
    }
  }
  const lines = dueLines(book, input.month)
  return { month: input.month, date, total: lines.reduce((s, l) => s + l.amount, 0), lines, entry: null }
}

/**
 * One journal for the month, dated on its last day: Dr 5-3301 per unit, Cr each group's
 * accumulated-depreciation account per unit. Refused when the month already has a run that
 * has not been reversed, when it is locked, or before the books start.
 */
export function depreciate(ctx: CommandContext, input: CommandParsedInput<'assets.depreciate'>): DepreciationRun {
  const { book } = ctx
  const label = formatMonth(input.month)
  const run = liveRun(book, input.month)
  if (run)
    throw new CommandError(
      'CONFLICT',
      `Bulan: penyusutan ${label} sudah diposting dengan jurnal ${run.number}; tidak dapat diposting dua kali`,
      'month'
    )
  const startMonth = requireProfile(book).booksStartDate.slice(0, 7)
  if (input.month < startMonth)
    throw new CommandError(
      'INVALID_INPUT',
      `Bulan: ${label} sebelum mulai pembukuan (${formatMonth(startMonth)})`,
      'month'
    )
  const date = lastDayOfMonth(input.month)
  const today = todayOf(ctx)
  if (date > today) {
    throw new CommandError(
      'INVALID_INPUT',
      `Bulan: penyusutan ${label} dibukukan pada akhir bulan itu (${formatDateLong(date)}); hari ini baru ${formatDateLong(today)}`,
      'month'
    )
  }
  assertMonthOpen(book, date, 'month')
  const missing = unpostedMonths(book, startMonth, input.month)
  if (missing.length > 0) {
    throw new CommandError(
      'CONFLICT',
      `Bulan: penyusutan dibukukan berurutan; ${missing.map(formatMonth).join(', ')} belum diposting`,
      'month'
    )
  }
  const lines = dueLines(book, input.month)
  const total = lines.reduce((s, l) => s + l.amount, 0)
  // Nothing to depreciate that month (no asset in its life yet, or all fully depreciated): a clear zero.
  if (total === 0) return { month: input.month, date, total: 0, lines: [], entry: null }
  assertPostable(book, DEPRECIATION_EXPENSE, 'Akun beban penyusutan', 'month')

  const debit = new Map<string, number>()
  const credit = new Map<string, { account: string; unit: string | null; amount: number }>()
  for (const l of lines) {
    const u = l.unitCode ?? ''
    debit.set(u, (debit.get(u) ?? 0) + l.amount)
    const account = ASSET_GROUP_ACCOUNTS[l.group].accumulated!
    const key = `${account}|${u}`
    const c = credit.get(key) ?? { account, unit: l.unitCode, amount: 0 }
    c.amount += l.amount
    credit.set(key, c)
  }
  const memo = `Penyusutan ${label}`
  const entry = postEntryId(
    ctx,
    {
      date,
      description: `Penyusutan aset tetap ${label} (${lines.length} aset)`,
      reference: `PENYUSUTAN-${input.month}`,
      series: 'JU',
      lines: [
        ...[...debit]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([u, amount]) => ({
            account: DEPRECIATION_EXPENSE,
            debit: amount,
            credit: 0,
            memberId: null,
            unit: u || null,
            pihak: null,
            memo
          })),
        ...[...credit.values()]
          .sort((a, b) => `${a.account}|${a.unit ?? ''}`.localeCompare(`${b.account}|${b.unit ?? ''}`))
          .map((c) => ({
            account: c.account,
            debit: 0,
            credit: c.amount,
            memberId: null,
            unit: c.unit,
            pihak: null,
            memo
          }))
      ]
    },
    { source: 'PENYUSUTAN' }
  )
  const r = book.q.run(
    qb.insertInto('asset_depreciation_runs').values({ month: input.month, entry_id: entry.id, created_at: nowIso(ctx) })
  )
  const runId = Number(r.lastInsertRowid)
  for (const l of lines)
    book.q.run(
      qb.insertInto('asset_depreciation_lines').values({ run_id: runId, asset_id: l.assetId, amount: l.amount })
    )
  return { month: input.month, date, total, lines, entry }
}

/**
 * Pelepasan: Dr kas (hasil), Dr akumulasi (opening + posted), Cr aset (harga perolehan), and the
 * difference between the proceeds and the book value to 4-3103 (laba) or 5-4102 (rugi).
 * Every scheduled month before the disposal month (from the books' start) must be posted first;
 * the disposal month and later are not depreciated.
 */
export function disposeAsset(ctx: CommandContext, input: CommandParsedInput<'assets.dispose'>) {
  const { book } = ctx
  const r = assetRow(book, input.assetId)
  if (r.status !== 'AKTIF')
    throw new CommandError(
      'CONFLICT',
      `Aset: ${r.asset_no} ${r.name} sudah dilepas pada ${formatDateLong(r.disposed_at!)}`,
      'assetId'
    )
  if (input.date < r.acquired_at)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tidak boleh sebelum tanggal perolehan (${formatDateLong(r.acquired_at)})`,
      'date'
    )
  // Scrap (HAPUS) may still fetch something: allowed; the kind only says why it left the books.
  const startMonth = requireProfile(book).booksStartDate.slice(0, 7)
  const posted = postedByMonth(book, r.id)
  const missing = scheduleOf(r).find(
    (m) => m.month >= startMonth && m.month < input.date.slice(0, 7) && !posted.has(m.month)
  )
  if (missing) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: penyusutan ${formatMonth(missing.month)} belum diposting; jalankan penyusutan bulan itu dulu`,
      'date'
    )
  }
  const a = toAsset(book, r, null)
  const accounts = ASSET_GROUP_ACCOUNTS[r.asset_group]
  const bookValue = r.cost - a.accumulated
  const diff = input.proceeds - bookValue
  const lines: {
    account: string
    debit: number
    credit: number
    memberId: null
    unit: string | null
    pihak: null
    memo: string | null
  }[] = []
  const memo = `${r.asset_no} ${r.name}`
  if (input.proceeds > 0) {
    const cash = assertCashAccount(book, input.cashAccount)
    lines.push({ account: cash.code, debit: input.proceeds, credit: 0, memberId: null, unit: null, pihak: null, memo })
  }
  if (a.accumulated > 0)
    lines.push({
      account: accounts.accumulated!,
      debit: a.accumulated,
      credit: 0,
      memberId: null,
      unit: r.unit_code,
      pihak: null,
      memo
    })
  if (diff < 0)
    lines.push({ account: LOSS_ACCOUNT, debit: -diff, credit: 0, memberId: null, unit: r.unit_code, pihak: null, memo })
  lines.push({
    account: accounts.asset,
    debit: 0,
    credit: r.cost,
    memberId: null,
    unit: r.unit_code,
    pihak: null,
    memo
  })
  if (diff > 0)
    lines.push({ account: GAIN_ACCOUNT, debit: 0, credit: diff, memberId: null, unit: r.unit_code, pihak: null, memo })
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `${input.kind === 'JUAL' ? 'Penjualan' : 'Penghapusan'} aset tetap ${r.asset_no} ${r.name}${input.note ? `: ${input.note}` : ''}`,
      reference: r.asset_no,
      series: input.proceeds > 0 ? 'KM' : 'JU',
      lines
    },
    { source: 'ASET_TETAP' }
  )
  book.q.run(
    qb
      .updateTable('fixed_assets')
      .set({
        status: input.kind === 'JUAL' ? 'DIJUAL' : 'DIHAPUS',
        disposed_at: input.date,
        disposal_proceeds: input.proceeds,
        disposal_entry_id: entry.id,
        disposal_note: input.note
      })
      .where('id', '=', r.id)
  )
  return { ...getAsset(book, r.id), disposal: { entry, bookValue, gain: Math.max(diff, 0), loss: Math.max(-diff, 0) } }
}
