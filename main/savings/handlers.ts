import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { todayOf } from '../setup/timezone'
import { collectSavings, wajibBilling } from './collection'
import { interestPreview, postInterest } from './interest'
import { depositAtDesk, withdrawAtDesk } from './desk'
import { memberBalances, passbook, savingsTieOut } from './reports'
import { savingsSettingsView, setMemberWajib, setSettings } from './settings'
import { asOfForMonth, changeWajibDueDay, wajibArrears } from './wajib'

type Name =
  | 'savings.settings'
  | 'savings.setWajibDueDay'
  | 'savings.setSettings'
  | 'savings.setMemberWajib'
  | 'savings.deposit'
  | 'savings.withdraw'
  | 'savings.passbook'
  | 'savings.balances'
  | 'savings.tieOut'
  | 'savings.arrears'
  | 'savings.billing'
  | 'savings.collect'
  | 'savings.interestPreview'
  | 'savings.postInterest'

/** Simpanan: one handler per command, spread into the main handler map. */
export const savingsHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'savings.settings': (ctx, input) => savingsSettingsView(ctx.book, input.asOf ?? todayOf(ctx)),
  'savings.setWajibDueDay': (ctx, input) => changeWajibDueDay(ctx.book, input.dueDay),
  'savings.setSettings': (ctx, input) => setSettings(ctx, input),
  'savings.setMemberWajib': (ctx, input) => setMemberWajib(ctx, input),
  'savings.deposit': (ctx, input) => depositAtDesk(ctx, input),
  'savings.withdraw': (ctx, input) => withdrawAtDesk(ctx, input),
  'savings.passbook': (ctx, input) => passbook(ctx, input),
  'savings.balances': (ctx, input) => memberBalances(ctx, input),
  'savings.tieOut': (ctx, input) => savingsTieOut(ctx.book, input.asOf ?? todayOf(ctx)),
  'savings.arrears': (ctx, input) =>
    wajibArrears(
      ctx.book,
      input.asOf ?? asOfForMonth(input.month ?? todayOf(ctx).slice(0, 7), todayOf(ctx)),
      input.month
    ),
  'savings.billing': (ctx, input) => wajibBilling(ctx, input.month),
  'savings.collect': (ctx, input) => collectSavings(ctx, input),
  'savings.interestPreview': (ctx, input) => interestPreview(ctx.book, input.month),
  'savings.postInterest': (ctx, input) => postInterest(ctx, input.month, input.date)
}
