import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { getMember } from '../members/register'
import { todayOf } from '../setup/timezone'
import { collectSavings, wajibBilling } from './collection'
import { computeInterest, postInterest } from './interest'
import { deposit, withdraw } from './ledger'
import { memberBalances, passbook, savingsTieOut } from './reports'
import { setSettings, settingsAt, settingsHistory } from './settings'
import { assertDesk } from '../till/till'
import { asOfForMonth, setWajibDueDay, wajibArrears, wajibDueDay } from './wajib'

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
  'savings.settings': (ctx, input) => ({
    current: settingsAt(ctx.book, input.asOf ?? todayOf(ctx)),
    history: settingsHistory(ctx.book),
    wajibDueDay: wajibDueDay(ctx.book)
  }),
  'savings.setWajibDueDay': (ctx, input) => {
    setWajibDueDay(ctx.book, input.dueDay)
    return { wajibDueDay: wajibDueDay(ctx.book) }
  },
  'savings.setSettings': (ctx, input) => setSettings(ctx, input),
  'savings.setMemberWajib': (ctx, input) => {
    getMember(ctx.book, { id: input.memberId }, 'memberId')
    ctx.book.q
      .prepare(
        'INSERT INTO member_wajib_overrides (member_id, effective_from, amount) VALUES (?, ?, ?) ON CONFLICT (member_id, effective_from) DO UPDATE SET amount = excluded.amount'
      )
      .run(input.memberId, input.effectiveFrom, input.amount)
    return input
  },
  'savings.deposit': (ctx, input) => {
    assertDesk(ctx, { date: input.date, cashAccount: input.cashAccount })
    return deposit(ctx, input)
  },
  'savings.withdraw': (ctx, input) => {
    assertDesk(ctx, { date: input.date, cashAccount: input.cashAccount, withdrawal: input.amount })
    return withdraw(ctx, input)
  },
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
  'savings.interestPreview': (ctx, input) => {
    const { lines } = computeInterest(ctx.book, input.month)
    const gross = lines.reduce((t, l) => t + l.gross, 0)
    const tax = lines.reduce((t, l) => t + l.tax, 0)
    return { month: input.month, members: lines.length, gross, tax, net: gross - tax, lines }
  },
  'savings.postInterest': (ctx, input) => postInterest(ctx, input.month, input.date)
}
