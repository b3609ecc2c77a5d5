import type { CommandName, CommandParsedInput, CommandResult, DomainCommandName } from '../../shared/commands'
import { todayOf } from '../setup/timezone'
import { COMMAND_NAMES } from '../../shared/commands'
import { APP_VERSION } from '../../shared/version'
import type { CommandContext } from './context'
import { createAccount, listAccounts, setAccountActive, updateAccount } from '../ledger/accounts'
import { defaultChart } from '../ledger/default-chart'
import { getEntry, listEntries, postEntry, reverseEntry } from '../ledger/journal'
import { listPeriods, lockPeriod, unlockPeriod } from '../ledger/periods'
import { trialBalance } from '../ledger/trial-balance'
import { accountLedger } from '../ledger/account-ledger'
import { checkLedger } from '../ledger/check'
import { COOPERATIVE_TYPES } from '../../shared/commands/setup'
import { DEFAULT_UNITS } from '../units/default-units'
import { createUnit, listUnits, setUnitActive, updateUnit } from '../units/units'
import { initialize, setupStatus } from '../setup/initialize'
import { findProfile, requireProfile, updateProfile } from '../setup/profile'
import { authEnabled, listUsers, logout, setAuthEnabled, tokenHash, updateUser, getUser } from '../auth/users'
import { sessionFingerprint } from '../audit/rederive'
import { auditHead, listAudit, verifyAudit } from '../audit/trail'
import { getAccount } from '../ledger/accounts'
import { getUnit } from '../units/units'
import { allBackups, backupStatus, configureBackups } from '../backup/settings'
import { systemCheck } from '../check/system-check'
import { deposit, reverseSavingsOf, withdraw } from '../savings/ledger'
import { exitMember, exitSettlement } from '../members/exit'
import { memberBalances, passbook, savingsTieOut } from '../savings/reports'
import { asOfForMonth, setWajibDueDay, wajibArrears, wajibDueDay } from '../savings/wajib'
import { setSettings, settingsAt, settingsHistory } from '../savings/settings'
import { computeInterest, postInterest } from '../savings/interest'
import { collectSavings, wajibBilling } from '../savings/collection'
import { effectiveMonthlyRate, loanSchedule } from '../../shared/loans/schedule'
import { applyLoan, decideLoan, disburseLoan, getLoan, listLoans, payLoan, paymentPreview, recoverLoan, setCollateral, writeOffLoan, writeOffPreview } from '../loans/loans'
import { setLendingLimits } from '../loans/limits'
import { loanPolicy, setLoanPolicy } from '../loans/policy'
import { loanArrears, loanPortfolio, postProvision } from '../loans/portfolio'
import { productsAt, setProduct } from '../loans/products'
import { tradingHandlers } from '../trading/handlers'
import { bookkeepingHandlers } from '../bookkeeping/handlers'
import { statementsHandlers } from '../statements/handlers'
import { shuHandlers } from '../shu/handlers'
import { closingHandlers } from '../closing/handlers'
import { ratHandlers } from '../rat/handlers'
import { ratbookHandlers } from '../ratbook/handlers'
import { healthHandlers } from '../health/handlers'
import { dashboardHandlers } from '../dashboard/handlers'
import { dinasHandlers } from '../dinas/handlers'
import { panduanHandlers } from '../panduan/handlers'
import { activateMember, checkNik, createMember, getMember, listMembers, memberHistory, updateMember } from '../members/register'

export type Handler<K extends CommandName> = (ctx: CommandContext, input: CommandParsedInput<K>) => CommandResult<K>

/** Commands that work on a book that has not been set up yet. */
export const PRE_SETUP_COMMANDS: ReadonlySet<CommandName> = new Set(['setup.status', 'setup.defaults', 'setup.initialize', 'system.info', 'auth.status', 'backup.restore', 'backup.verify', 'backup.list', 'backup.status'])

/** One handler per declared command; the compiler refuses a missing or mistyped one. */
export const handlers: { [K in DomainCommandName]: Handler<K> } = {
  'setup.status': (ctx) => setupStatus(ctx.book, !ctx.user && authEnabled(ctx.book)),
  'setup.defaults': () => ({ accounts: defaultChart(), units: DEFAULT_UNITS, cooperativeTypes: COOPERATIVE_TYPES }),
  'setup.initialize': (ctx, input) => initialize(ctx, input),
  'system.info': (ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: ctx.book.schemaVersion(),
    file: ctx.book.file,
    commands: COMMAND_NAMES.length
  }),
  'profile.get': (ctx) => requireProfile(ctx.book),
  'profile.update': (ctx, input) => updateProfile(ctx, input),

  'accounts.list': (ctx, input) => listAccounts(ctx.book, input),
  'accounts.create': (ctx, input) => createAccount(ctx, input),
  'accounts.update': (ctx, input) => updateAccount(ctx, input),
  'accounts.setActive': (ctx, input) => setAccountActive(ctx, input),

  'units.list': (ctx, input) => listUnits(ctx.book, input.includeInactive),
  'units.create': (ctx, input) => createUnit(ctx, input),
  'units.update': (ctx, input) => updateUnit(ctx, input),
  'units.setActive': (ctx, input) => setUnitActive(ctx, input),

  'journal.post': (ctx, input) => postEntry(ctx, input),
  'journal.reverse': (ctx, input) => {
    const reversal = reverseEntry(ctx, input)
    reverseSavingsOf(ctx, input.entryId, reversal)
    return reversal
  },
  'journal.get': (ctx, input) => getEntry(ctx.book, input),
  'journal.list': (ctx, input) => listEntries(ctx.book, input),
  'journal.series': (ctx) =>
    ctx.book.q.prepare('SELECT code, name FROM journal_series ORDER BY code').all() as { code: string; name: string }[],
  'periods.list': (ctx, input) => listPeriods(ctx.book, input.year, todayOf(ctx)),
  'periods.lock': (ctx, input) => lockPeriod(ctx, input),
  'periods.unlock': (ctx, input) => unlockPeriod(ctx, input),

  'reports.trialBalance': (ctx, input) => trialBalance(ctx.book, input),
  'ledger.account': (ctx, input) => accountLedger(ctx.book, input),
  'ledger.check': (ctx) => checkLedger(ctx),

  'auth.status': (ctx) => ({
    enabled: authEnabled(ctx.book),
    user: ctx.user ?? null,
    hasUsers: ctx.book.q.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined
  }),
  'auth.logout': (ctx) => logout(ctx),
  'auth.setEnabled': (ctx, input) => setAuthEnabled(ctx, input.enabled),
  'users.list': (ctx) => listUsers(ctx.book),
  'users.update': (ctx, input) => updateUser(ctx, input),
  'audit.list': (ctx, input) => listAudit(ctx.book, input),
  'audit.head': (ctx) => auditHead(ctx.book),
  'audit.verify': (ctx, input) => verifyAudit(ctx.book, (done, total) => ctx.progress?.({ done, total, label: 'Memeriksa rantai audit' }), input.anchor),

  'backup.status': (ctx) => backupStatus(ctx.book, ctx.now()),
  'backup.list': (ctx) => allBackups(ctx.book),
  'backup.configure': (ctx, input) => configureBackups(ctx.book, input, ctx.now()),
  'system.check': (ctx) => systemCheck(ctx),

  'members.checkNik': (ctx, input) => checkNik(ctx, input),
  'members.create': (ctx, input) => createMember(ctx, input),
  'members.update': (ctx, input) => updateMember(ctx, input),
  'members.activate': (ctx, input) => activateMember(ctx, input),
  'members.get': (ctx, input) => getMember(ctx.book, input),
  'members.list': (ctx, input) => listMembers(ctx.book, input),
  'members.history': (ctx, input) => memberHistory(ctx.book, input.id),
  'members.exitPreview': (ctx, input) => exitSettlement(ctx.book, input.id, input.date),
  'members.exit': (ctx, input) => exitMember(ctx, input),

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
      .prepare('INSERT INTO member_wajib_overrides (member_id, effective_from, amount) VALUES (?, ?, ?) ON CONFLICT (member_id, effective_from) DO UPDATE SET amount = excluded.amount')
      .run(input.memberId, input.effectiveFrom, input.amount)
    return input
  },
  'savings.deposit': (ctx, input) => deposit(ctx, input),
  'savings.withdraw': (ctx, input) => withdraw(ctx, input),
  'savings.passbook': (ctx, input) => passbook(ctx, input),
  'savings.balances': (ctx, input) => memberBalances(ctx, input),
  'savings.tieOut': (ctx, input) => savingsTieOut(ctx.book, input.asOf ?? todayOf(ctx)),
  'savings.arrears': (ctx, input) => wajibArrears(ctx.book, input.asOf ?? asOfForMonth(input.month ?? todayOf(ctx).slice(0, 7), todayOf(ctx)), input.month),
  'savings.billing': (ctx, input) => wajibBilling(ctx, input.month),
  'savings.collect': (ctx, input) => collectSavings(ctx, input),
  'loans.setProduct': (ctx, input) => setProduct(ctx, input),
  'loans.products': (ctx, input) => productsAt(ctx.book, input.asOf ?? todayOf(ctx)),
  'loans.apply': (ctx, input) => applyLoan(ctx, input),
  'loans.decide': (ctx, input) => decideLoan(ctx, input),
  'loans.disburse': (ctx, input) => disburseLoan(ctx, input),
  'loans.pay': (ctx, input) => payLoan(ctx, input),
  'loans.payPreview': (ctx, input) => paymentPreview(ctx.book, input),
  'loans.get': (ctx, input) => getLoan(ctx.book, input.loanId, input.asOf ?? todayOf(ctx)),
  'loans.list': (ctx, input) => listLoans(ctx.book, input, todayOf(ctx)),
  'loans.setLimits': (ctx, input) => setLendingLimits(ctx, input),
  'loans.policy': (ctx) => loanPolicy(ctx.book),
  'loans.setPolicy': (ctx, input) => setLoanPolicy(ctx, input),
  'loans.setCollateral': (ctx, input) => setCollateral(ctx, input),
  'loans.arrears': (ctx, input) => loanArrears(ctx.book, input.asOf),
  'loans.portfolio': (ctx, input) => loanPortfolio(ctx.book, input.asOf),
  'loans.provision': (ctx, input) => postProvision(ctx, input.date),
  'loans.writeOff': (ctx, input) => writeOffLoan(ctx, input),
  'loans.writeOffPreview': (ctx, input) => writeOffPreview(ctx.book, input),
  'loans.recover': (ctx, input) => recoverLoan(ctx, input),
  'loans.schedulePreview': (_ctx, input) => {
    const s = loanSchedule(input)
    return { ...s, effectiveRatePerMonth: effectiveMonthlyRate(input.principal, s.installments) }
  },
  'savings.interestPreview': (ctx, input) => {
    const { lines } = computeInterest(ctx.book, input.month)
    const gross = lines.reduce((t, l) => t + l.gross, 0)
    const tax = lines.reduce((t, l) => t + l.tax, 0)
    return { month: input.month, members: lines.length, gross, tax, net: gross - tax, lines }
  },
  'savings.postInterest': (ctx, input) => postInterest(ctx, input.month, input.date),
  ...tradingHandlers,
  ...bookkeepingHandlers,
  ...statementsHandlers,
  ...shuHandlers,
  ...closingHandlers,
  ...ratHandlers,
  ...ratbookHandlers,
  ...healthHandlers,
  ...dashboardHandlers,
  ...dinasHandlers,
  ...panduanHandlers
}

interface AuditSpec {
  /** The state an edit replaces, recorded beside the new state. */
  before?: (ctx: CommandContext, input: never) => unknown
  /** A compact form of the result, where the full result would be large (or what it leaves out). */
  after?: (result: never, ctx: CommandContext) => unknown
}

const entryRef = (r: { id: number; number: string; total: number; date: string }) => ({ id: r.id, number: r.number, date: r.date, total: r.total })

export const AUDIT: Partial<Record<CommandName, AuditSpec>> = {
  'setup.initialize': { after: (r: { profile: unknown; schemaVersion: number }) => ({ profile: r.profile, schemaVersion: r.schemaVersion }) },
  'profile.update': { before: (ctx) => findProfile(ctx.book) },
  'accounts.update': { before: (ctx, i: { code: string }) => getAccount(ctx.book, i.code) },
  'accounts.setActive': { before: (ctx, i: { code: string }) => getAccount(ctx.book, i.code) },
  'units.update': { before: (ctx, i: { code: string }) => getUnit(ctx.book, i.code) },
  'units.setActive': { before: (ctx, i: { code: string }) => getUnit(ctx.book, i.code) },
  'users.update': { before: (ctx, i: { username: string }) => getUser(ctx.book, i.username) },
  'members.update': { before: (ctx, i: { id: number }) => getMember(ctx.book, { id: i.id }) },
  'members.exit': { before: (ctx, i: { id: number }) => getMember(ctx.book, { id: i.id }) },
  'journal.post': { after: entryRef },
  'savings.deposit': { after: (r: { transaction: unknown; entry: unknown }) => ({ transaction: r.transaction, entry: r.entry }) },
  'loans.pay': { after: (r: { id: number; loanNo: string; status: string; payment: unknown }) => ({ id: r.id, loanNo: r.loanNo, status: r.status, payment: r.payment }) },
  'loans.disburse': { after: (r: { id: number; loanNo: string; principal: number; disbursementEntry: string | null }) => ({ id: r.id, loanNo: r.loanNo, principal: r.principal, entry: r.disbursementEntry }) },
  'savings.collect': { after: (r: { count: number; total: number; entry: unknown }) => r },
  'savings.postInterest': { after: (r: { month: string; entry: unknown; members: number; gross: number; tax: number }) => ({ month: r.month, entry: r.entry, members: r.members, gross: r.gross, tax: r.tax }) },
  'savings.withdraw': { after: (r: { transaction: unknown; entry: unknown }) => ({ transaction: r.transaction, entry: r.entry }) },
  'journal.reverse': { after: entryRef },
  'auth.logout': { after: (_r: unknown, ctx) => ({ ok: true, user: ctx.user?.username ?? null, session: ctx.sessionToken ? sessionFingerprint(tokenHash(ctx.sessionToken)) : null }) },
  'panduan.quizStart': { after: (r: { attemptId: number; role: string; person: unknown; questions: unknown[] }) => ({ attemptId: r.attemptId, role: r.role, person: r.person, questions: r.questions.length }) },
  'panduan.quizSubmit': { after: (r: { attemptId: number; role: string; person: unknown; score: { correct: number; total: number; passed: boolean } }) => ({ attemptId: r.attemptId, role: r.role, person: r.person, correct: r.score.correct, total: r.score.total, passed: r.score.passed }) }
}
