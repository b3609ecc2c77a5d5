import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { SavingsSettings } from '../../shared/commands/savings'
import type { Book } from '../db/book'
import type { Row as TableRow } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { formatDateLong } from '../../shared/dates/format'
import { getMember } from '../members/register'
import { wajibDueDay } from './wajib'

type Row = Omit<TableRow<'savings_settings'>, 'id'>

const toSettings = (r: Row): SavingsSettings => ({
  effectiveFrom: r.effective_from,
  pokokAmount: r.pokok_amount,
  pokokInstallments: r.pokok_installments,
  wajibAmount: r.wajib_amount,
  sukarelaRate: r.sukarela_rate,
  sukarelaMethod: r.sukarela_method as SavingsSettings['sukarelaMethod'],
  taxThreshold: r.tax_threshold,
  taxRate: r.tax_rate,
  decisionRef: r.decision_ref
})

export function settingsAt(book: Book, date: string): SavingsSettings | null {
  const r = book.q
    .prepare('SELECT * FROM savings_settings WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1')
    .get(date) as Row | undefined
  return r ? toSettings(r) : null
}

export function requireSettingsAt(book: Book, date: string, field = 'date'): SavingsSettings {
  const s = settingsAt(book, date)
  if (!s)
    throw new CommandError(
      'NOT_FOUND',
      `Pengaturan simpanan belum ditetapkan untuk tanggal ${formatDateLong(date)}; isi dulu di menu Simpanan › Pengaturan`,
      field
    )
  return s
}

export function settingsHistory(book: Book): SavingsSettings[] {
  return (book.q.prepare('SELECT * FROM savings_settings ORDER BY effective_from DESC').all() as Row[]).map(toSettings)
}

export function setSettings(ctx: CommandContext, input: CommandParsedInput<'savings.setSettings'>): SavingsSettings {
  ctx.book.q
    .prepare(
      `INSERT INTO savings_settings (effective_from, pokok_amount, pokok_installments, wajib_amount, sukarela_rate, sukarela_method, tax_threshold, tax_rate, decision_ref, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (effective_from) DO UPDATE SET pokok_amount = excluded.pokok_amount, pokok_installments = excluded.pokok_installments,
         wajib_amount = excluded.wajib_amount, sukarela_rate = excluded.sukarela_rate, sukarela_method = excluded.sukarela_method,
         tax_threshold = excluded.tax_threshold, tax_rate = excluded.tax_rate, decision_ref = excluded.decision_ref`
    )
    .run(
      input.effectiveFrom,
      input.pokokAmount,
      input.pokokInstallments,
      input.wajibAmount,
      input.sukarelaRate,
      input.sukarelaMethod,
      input.taxThreshold,
      input.taxRate,
      input.decisionRef,
      nowIso(ctx),
      ctx.actor
    )
  return settingsAt(ctx.book, input.effectiveFrom)!
}

/** The savings settings in force on a date, their history, and the wajib due day. */
export function savingsSettingsView(book: Book, asOf: string) {
  return { current: settingsAt(book, asOf), history: settingsHistory(book), wajibDueDay: wajibDueDay(book) }
}

/** A member's own simpanan wajib amount from a date (replaces one set for the same date). */
export function setMemberWajib(ctx: CommandContext, input: CommandParsedInput<'savings.setMemberWajib'>) {
  getMember(ctx.book, { id: input.memberId }, 'memberId')
  ctx.book.q
    .prepare(
      'INSERT INTO member_wajib_overrides (member_id, effective_from, amount) VALUES (?, ?, ?) ON CONFLICT (member_id, effective_from) DO UPDATE SET amount = excluded.amount'
    )
    .run(input.memberId, input.effectiveFrom, input.amount)
  return input
}
