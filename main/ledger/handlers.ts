import type { DomainCommandName } from '../../shared/commands'
import type { Handler } from '../commands/handler'
import { todayOf } from '../setup/timezone'
import { accountLedger } from './account-ledger'
import { createAccount, listAccounts, setAccountActive, updateAccount } from './accounts'
import { checkLedger } from './check'
import { getEntry, listEntries, listJournalSeries, postEntry } from './journal'
import { reverseJournalEntry } from './reversal'
import { listPeriods, lockPeriod, unlockPeriod } from './periods'
import { trialBalance } from './trial-balance'

type Name =
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.setActive'
  | 'journal.post'
  | 'journal.reverse'
  | 'journal.get'
  | 'journal.list'
  | 'journal.series'
  | 'periods.list'
  | 'periods.lock'
  | 'periods.unlock'
  | 'reports.trialBalance'
  | 'ledger.account'
  | 'ledger.check'

/** The chart of accounts, the journal, periods, the trial balance and the buku besar: one handler per command, spread into the main handler map. */
export const ledgerHandlers: { [K in Name & DomainCommandName]: Handler<K> } = {
  'accounts.list': (ctx, input) => listAccounts(ctx.book, input),
  'accounts.create': (ctx, input) => createAccount(ctx, input),
  'accounts.update': (ctx, input) => updateAccount(ctx, input),
  'accounts.setActive': (ctx, input) => setAccountActive(ctx, input),
  'journal.post': (ctx, input) => postEntry(ctx, input),
  'journal.reverse': (ctx, input) => reverseJournalEntry(ctx, input),
  'journal.get': (ctx, input) => getEntry(ctx.book, input),
  'journal.list': (ctx, input) => listEntries(ctx.book, input),
  'journal.series': (ctx) => listJournalSeries(ctx.book),
  'periods.list': (ctx, input) => listPeriods(ctx.book, input.year, todayOf(ctx)),
  'periods.lock': (ctx, input) => lockPeriod(ctx, input),
  'periods.unlock': (ctx, input) => unlockPeriod(ctx, input),
  'reports.trialBalance': (ctx, input) => trialBalance(ctx.book, input),
  'ledger.account': (ctx, input) => accountLedger(ctx.book, input),
  'ledger.check': (ctx) => checkLedger(ctx)
}
