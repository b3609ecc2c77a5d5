import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { SavingsSettings } from '../../shared/commands/savings'
import type { Book } from '../db/book'
import { qb, type Row as TableRow } from '../db/query'
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
  sukarelaMethod: r.sukarela_method,
  taxThreshold: r.tax_threshold,
  taxRate: r.tax_rate,
  decisionRef: r.decision_ref
})

export function settingsAt(book: Book, date: string): SavingsSettings | null {
  const r = book.q.first(
    qb
      .selectFrom('savings_settings')
      .selectAll()
      .where('effective_from', '<=', date)
      .orderBy('effective_from', 'desc')
      .limit(1)
  )
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
  return book.q.all(qb.selectFrom('savings_settings').selectAll().orderBy('effective_from', 'desc')).map(toSettings)
}

export function setSettings(ctx: CommandContext, input: CommandParsedInput<'savings.setSettings'>): SavingsSettings {
  const terms = {
    pokok_amount: input.pokokAmount,
    pokok_installments: input.pokokInstallments,
    wajib_amount: input.wajibAmount,
    sukarela_rate: input.sukarelaRate,
    sukarela_method: input.sukarelaMethod,
    tax_threshold: input.taxThreshold,
    tax_rate: input.taxRate,
    decision_ref: input.decisionRef
  }
  ctx.book.q.run(
    qb
      .insertInto('savings_settings')
      .values({ effective_from: input.effectiveFrom, ...terms, created_at: nowIso(ctx), created_by: ctx.actor })
      .onConflict((oc) => oc.column('effective_from').doUpdateSet(terms))
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
  ctx.book.q.run(
    qb
      .insertInto('member_wajib_overrides')
      .values({ member_id: input.memberId, effective_from: input.effectiveFrom, amount: input.amount })
      .onConflict((oc) => oc.columns(['member_id', 'effective_from']).doUpdateSet({ amount: input.amount }))
  )
  return input
}
