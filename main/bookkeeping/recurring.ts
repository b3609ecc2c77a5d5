import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { RecurringDue, RecurringLine, RecurringTemplate } from '../../shared/commands/bookkeeping'
import { formatMonth } from '../../shared/dates/format'
import { lastDayOfMonth } from '../../shared/dates/calendar'
import { formatRupiah as formatRupiahSafe } from '../../shared/money/rupiah'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { assertMonthOpen } from '../ledger/periods'
import { assertPostable, findAccount, unitId } from './common'

export const RECURRING_SOURCE = 'BERULANG'

interface TemplateRow {
  id: number
  description: string
  series: string
  day_of_month: number
  start_month: string
  end_month: string | null
  is_active: number
  lines_json: string
}
type StoredLine = { account: string; debit: number; credit: number; unit: string | null; memo: string | null }

function toTemplate(book: Book, r: TemplateRow): RecurringTemplate {
  const stored = JSON.parse(r.lines_json) as StoredLine[]
  const lines: RecurringLine[] = stored.map((l) => ({ ...l, accountName: findAccount(book, l.account)?.name ?? '' }))
  const last = book.q
    .prepare(
      `SELECT MAX(p.month) AS m FROM recurring_postings p WHERE p.template_id = ?
       AND NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reversal_of = p.entry_id)`
    )
    .get(r.id) as { m: string | null }
  return {
    id: r.id,
    description: r.description,
    series: r.series,
    dayOfMonth: r.day_of_month,
    startMonth: r.start_month,
    endMonth: r.end_month,
    active: r.is_active === 1,
    lines,
    total: stored.reduce((s, l) => s + l.debit, 0),
    lastPostedMonth: last.m
  }
}

function templateRow(book: Book, id: number, field: string): TemplateRow {
  const r = book.q.prepare('SELECT * FROM recurring_templates WHERE id = ?').get(id) as TemplateRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Templat: templat jurnal berulang dengan id ${id} tidak ditemukan`, field)
  return r
}

type Fields = CommandParsedInput<'recurring.create'>

function validate(book: Book, input: Fields): StoredLine[] {
  if (input.endMonth !== null && input.endMonth < input.startMonth) {
    throw new CommandError('INVALID_INPUT', 'Bulan terakhir: tidak boleh sebelum bulan pertama', 'endMonth')
  }
  if (!book.q.prepare('SELECT 1 FROM journal_series WHERE code = ?').get(input.series)) {
    throw new CommandError('NOT_FOUND', `Seri: seri jurnal ${input.series} tidak dikenal`, 'series')
  }
  input.lines.forEach((l, i) => {
    assertPostable(book, l.account, `Baris ${i + 1}`, `lines.${i}.account`)
    unitId(book, l.unit, `Baris ${i + 1}`, `lines.${i}.unit`)
  })
  const d = input.lines.reduce((s, l) => s + l.debit, 0)
  const c = input.lines.reduce((s, l) => s + l.credit, 0)
  if (d !== c) {
    throw new CommandError(
      'UNBALANCED',
      `Baris: templat tidak seimbang: total debit ${formatRupiahSafe(d)}, total kredit ${formatRupiahSafe(c)}, selisih ${formatRupiahSafe(Math.abs(d - c))}`,
      'lines'
    )
  }
  return input.lines.map((l) => ({ account: l.account, debit: l.debit, credit: l.credit, unit: l.unit, memo: l.memo }))
}

export function createTemplate(ctx: CommandContext, input: Fields): RecurringTemplate {
  const lines = validate(ctx.book, input)
  const at = nowIso(ctx)
  const r = ctx.book.q
    .prepare(
      `INSERT INTO recurring_templates (description, series, day_of_month, start_month, end_month, is_active, lines_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`
    )
    .run(
      input.description,
      input.series,
      input.dayOfMonth,
      input.startMonth,
      input.endMonth,
      JSON.stringify(lines),
      at,
      at
    )
  return toTemplate(ctx.book, templateRow(ctx.book, Number(r.lastInsertRowid), 'id'))
}

export function updateTemplate(ctx: CommandContext, input: CommandParsedInput<'recurring.update'>): RecurringTemplate {
  templateRow(ctx.book, input.id, 'id')
  const lines = validate(ctx.book, input)
  ctx.book.q
    .prepare(
      `UPDATE recurring_templates SET description = ?, series = ?, day_of_month = ?, start_month = ?, end_month = ?, is_active = ?, lines_json = ?, updated_at = ? WHERE id = ?`
    )
    .run(
      input.description,
      input.series,
      input.dayOfMonth,
      input.startMonth,
      input.endMonth,
      input.active ? 1 : 0,
      JSON.stringify(lines),
      nowIso(ctx),
      input.id
    )
  return toTemplate(ctx.book, templateRow(ctx.book, input.id, 'id'))
}

export function listTemplates(book: Book, input: CommandParsedInput<'recurring.list'>): RecurringTemplate[] {
  const rows = book.q
    .prepare(
      `SELECT * FROM recurring_templates ${input.includeInactive ? '' : 'WHERE is_active = 1'} ORDER BY day_of_month, id`
    )
    .all() as TemplateRow[]
  return rows.map((r) => toTemplate(book, r))
}

/** The day of month clamped to the month's last day (31 → 28 Februari). */
export function dueDate(month: string, day: number): string {
  const last = lastDayOfMonth(month)
  return Number(last.slice(8, 10)) < day ? last : `${month}-${String(day).padStart(2, '0')}`
}

function livePosting(
  book: Book,
  templateId: number,
  month: string
): { id: number; number: string; date: string; total: number } | null {
  return (
    (book.q
      .prepare(
        `SELECT e.id, e.number, e.date, e.total FROM recurring_postings p JOIN journal_entries e ON e.id = p.entry_id
       WHERE p.template_id = ? AND p.month = ? AND NOT EXISTS (SELECT 1 FROM journal_entries x WHERE x.reversal_of = e.id)`
      )
      .get(templateId, month) as { id: number; number: string; date: string; total: number } | undefined) ?? null
  )
}

export function recurringDue(book: Book, input: CommandParsedInput<'recurring.due'>): RecurringDue {
  const rows = book.q
    .prepare(
      `SELECT * FROM recurring_templates WHERE start_month <= ? AND (end_month IS NULL OR end_month >= ?) ORDER BY day_of_month, id`
    )
    .all(input.month, input.month) as TemplateRow[]
  const out: RecurringDue = { month: input.month, due: [], posted: [] }
  for (const r of rows) {
    const entry = livePosting(book, r.id, input.month)
    if (entry) out.posted.push({ template: toTemplate(book, r), entry })
    else if (r.is_active) out.due.push({ template: toTemplate(book, r), date: dueDate(input.month, r.day_of_month) })
  }
  return out
}

export function postRecurring(ctx: CommandContext, input: CommandParsedInput<'recurring.post'>) {
  const { book } = ctx
  const r = templateRow(book, input.templateId, 'templateId')
  const label = formatMonth(input.month)
  if (!r.is_active) throw new CommandError('CONFLICT', `Templat: "${r.description}" tidak aktif`, 'templateId')
  if (input.month < r.start_month || (r.end_month !== null && input.month > r.end_month)) {
    throw new CommandError(
      'INVALID_INPUT',
      `Bulan: ${label} di luar masa berlaku templat (${formatMonth(r.start_month)}${r.end_month ? ` – ${formatMonth(r.end_month)}` : ' dan seterusnya'})`,
      'month'
    )
  }
  const existing = livePosting(book, r.id, input.month)
  if (existing)
    throw new CommandError(
      'CONFLICT',
      `Bulan: "${r.description}" untuk ${label} sudah diposting dengan jurnal ${existing.number}`,
      'month'
    )
  const stored = JSON.parse(r.lines_json) as StoredLine[]
  if (input.amounts && input.amounts.length !== stored.length) {
    throw new CommandError(
      'INVALID_INPUT',
      `Jumlah: isi ${stored.length} jumlah, satu untuk setiap baris templat`,
      'amounts'
    )
  }
  const date = dueDate(input.month, r.day_of_month)
  assertMonthOpen(book, date, 'month')
  stored.forEach((l, i) => assertPostable(book, l.account, `Baris ${i + 1}`, 'templateId'))
  const lines = stored.map((l, i) => {
    const amount = input.amounts ? input.amounts[i]! : l.debit + l.credit
    return {
      account: l.account,
      debit: l.debit > 0 ? amount : 0,
      credit: l.credit > 0 ? amount : 0,
      memberId: null,
      unit: l.unit,
      pihak: null,
      memo: l.memo
    }
  })
  const d = lines.reduce((s, l) => s + l.debit, 0)
  const c = lines.reduce((s, l) => s + l.credit, 0)
  if (d !== c) {
    throw new CommandError(
      'UNBALANCED',
      `Jumlah: jurnal tidak seimbang: total debit ${formatRupiahSafe(d)}, total kredit ${formatRupiahSafe(c)}, selisih ${formatRupiahSafe(Math.abs(d - c))}`,
      'amounts'
    )
  }
  const entry = postEntryId(
    ctx,
    {
      date,
      description: `${r.description} (${label})`,
      reference: `BERULANG-${r.id}-${input.month}`,
      series: r.series,
      lines
    },
    { source: RECURRING_SOURCE }
  )
  book.q
    .prepare('INSERT INTO recurring_postings (template_id, month, entry_id, created_at) VALUES (?, ?, ?, ?)')
    .run(r.id, input.month, entry.id, nowIso(ctx))
  return { templateId: r.id, month: input.month, entry: { id: entry.id, number: entry.number, date, total: d } }
}
