import type { CommandName, CommandParsedInput, CommandResult } from '../../shared/commands'
import type { CommandContext } from './context'
import { findProfile } from '../setup/profile'
import { getUser, tokenHash } from '../auth/users'
import { sessionFingerprint } from '../audit/rederive'
import { getAccount } from '../ledger/accounts'
import { getUnit } from '../units/units'
import { getMember } from '../members/register'

/** Commands that work on a book that has not been set up yet. */
export const PRE_SETUP_COMMANDS: ReadonlySet<CommandName> = new Set([
  'setup.status',
  'setup.defaults',
  'setup.initialize',
  'system.info',
  'auth.status',
  'backup.restore',
  'backup.verify',
  'backup.list',
  'backup.status',
  'regions.children',
  'regions.match'
])

/**
 * What each write does, one entry per mutation (tests/unit/audit/edit-before.test.ts refuses a
 * mutation missing here): `edit` changes records that exist, and its audit record keeps their state
 * before (its AUDIT.before, else every changed row as it was: main/audit/before-image.ts); `create`
 * adds new records only; `posting` posts journal entries (kept whole in the record's postings);
 * `session` logs in or out; `host` copies, replaces or reads files, or starts or stops a door.
 */
export type MutationKind = 'create' | 'edit' | 'posting' | 'session' | 'host'

export const MUTATIONS: Partial<Record<CommandName, MutationKind>> = {
  'setup.initialize': 'create',
  'profile.update': 'edit',
  'health.saveAnswers': 'edit',
  'health.setSettings': 'edit',
  'accounts.create': 'create',
  'accounts.update': 'edit',
  'accounts.setActive': 'edit',
  'units.create': 'create',
  'units.update': 'edit',
  'units.setActive': 'edit',
  'journal.post': 'posting',
  'journal.reverse': 'posting',
  'periods.lock': 'edit',
  'periods.unlock': 'edit',
  'auth.login': 'session',
  'auth.logout': 'session',
  'auth.changePassword': 'edit',
  'auth.setEnabled': 'edit',
  'users.create': 'create',
  'users.update': 'edit',
  'users.resetPassword': 'edit',
  'devices.disconnect': 'session',
  'backup.configure': 'edit',
  'backup.create': 'host',
  'backup.restore': 'host',
  'book.export': 'host',
  'members.create': 'create',
  'members.update': 'edit',
  'members.activate': 'edit',
  'members.exit': 'edit',
  'members.import': 'host',
  'savings.setSettings': 'edit',
  'savings.setWajibDueDay': 'edit',
  'savings.setMemberWajib': 'edit',
  'savings.deposit': 'posting',
  'savings.withdraw': 'posting',
  'savings.postInterest': 'posting',
  'savings.collect': 'posting',
  'savings.collectionImport': 'host',
  'loans.setProduct': 'edit',
  'loans.apply': 'create',
  'loans.decide': 'edit',
  'loans.disburse': 'posting',
  'loans.pay': 'posting',
  'loans.setCollateral': 'edit',
  'loans.provision': 'posting',
  'loans.writeOff': 'posting',
  'loans.recover': 'posting',
  'loans.setPolicy': 'edit',
  'loans.setLimits': 'edit',
  'trading.saveItem': 'edit',
  'trading.saveSupplier': 'edit',
  'trading.purchase': 'posting',
  'trading.purchaseReturn': 'posting',
  'trading.paySupplier': 'posting',
  'trading.sell': 'posting',
  'trading.saleReturn': 'posting',
  'trading.payBon': 'posting',
  'trading.dailySales': 'posting',
  'trading.service': 'posting',
  'trading.openingStock': 'posting',
  'trading.opname': 'posting',
  'cash.receipt': 'posting',
  'cash.payment': 'posting',
  'opening.post': 'posting',
  'assets.create': 'create',
  'assets.depreciate': 'posting',
  'assets.dispose': 'posting',
  'assets.setSettings': 'edit',
  'recurring.create': 'create',
  'recurring.update': 'edit',
  'recurring.post': 'posting',
  'statements.setPolicyText': 'edit',
  'statements.setPresentation': 'edit',
  'shu.setSettings': 'edit',
  'shu.post': 'posting',
  'shu.pay': 'posting',
  'closing.close': 'host',
  'closing.reopen': 'edit',
  'org.save': 'edit',
  'org.end': 'edit',
  'rat.save': 'edit',
  'rat.recordAttendance': 'edit',
  'rat.decisions': 'edit',
  'rat.savePlan': 'edit',
  'ratbook.setBlock': 'edit',
  'ratbook.resetBlock': 'edit',
  'dinas.setProfile': 'edit',
  'dinas.setTemplate': 'edit',
  'dinas.removePeriodic': 'edit',
  'dinas.importExport': 'host',
  'dinas.removeSubmission': 'edit',
  'dinas.setExpected': 'edit',
  'panduan.quizStart': 'create',
  'panduan.quizSubmit': 'edit',
  'panduan.setCalendarSettings': 'edit',
  'panduan.mark': 'edit',
  'till.setSettings': 'edit',
  'till.open': 'create',
  'till.close': 'edit',
  'till.accept': 'edit',
  'network.start': 'host',
  'network.stop': 'host'
}

export interface AuditSpec<K extends CommandName> {
  /** The state an edit replaces, recorded beside the new state. */
  before?: (ctx: CommandContext, input: CommandParsedInput<K>) => unknown
  /** A compact form of the result, where the full result would be large (or what it leaves out). */
  after?: (result: CommandResult<K>, ctx: CommandContext) => unknown
}

const entryRef = (r: { id: number; number: string; total: number; date: string }) => ({
  id: r.id,
  number: r.number,
  date: r.date,
  total: r.total
})

export const AUDIT: { [K in CommandName]?: AuditSpec<K> } = {
  'setup.initialize': {
    after: (r: { profile: unknown; schemaVersion: number }) => ({ profile: r.profile, schemaVersion: r.schemaVersion })
  },
  'profile.update': { before: (ctx) => findProfile(ctx.book) },
  'accounts.update': { before: (ctx, i: { code: string }) => getAccount(ctx.book, i.code) },
  'accounts.setActive': { before: (ctx, i: { code: string }) => getAccount(ctx.book, i.code) },
  'units.update': { before: (ctx, i: { code: string }) => getUnit(ctx.book, i.code) },
  'units.setActive': { before: (ctx, i: { code: string }) => getUnit(ctx.book, i.code) },
  'users.update': { before: (ctx, i: { username: string }) => getUser(ctx.book, i.username) },
  'members.update': { before: (ctx, i: { id: number }) => getMember(ctx.book, { id: i.id }) },
  'members.exit': { before: (ctx, i: { id: number }) => getMember(ctx.book, { id: i.id }) },
  'journal.post': { after: entryRef },
  'savings.deposit': {
    after: (r: { transaction: unknown; entry: unknown }) => ({ transaction: r.transaction, entry: r.entry })
  },
  'loans.pay': {
    after: (r: { id: number; loanNo: string; status: string; payment: unknown }) => ({
      id: r.id,
      loanNo: r.loanNo,
      status: r.status,
      payment: r.payment
    })
  },
  'loans.disburse': {
    after: (r: { id: number; loanNo: string; principal: number; disbursementEntry: string | null }) => ({
      id: r.id,
      loanNo: r.loanNo,
      principal: r.principal,
      entry: r.disbursementEntry
    })
  },
  'savings.collect': { after: (r: { count: number; total: number; entry: unknown }) => r },
  'savings.postInterest': {
    after: (r: { month: string; entry: unknown; members: number; gross: number; tax: number }) => ({
      month: r.month,
      entry: r.entry,
      members: r.members,
      gross: r.gross,
      tax: r.tax
    })
  },
  'savings.withdraw': {
    after: (r: { transaction: unknown; entry: unknown }) => ({ transaction: r.transaction, entry: r.entry })
  },
  'journal.reverse': { after: entryRef },
  'auth.logout': {
    after: (_r: unknown, ctx) => ({
      ok: true,
      user: ctx.user?.username ?? null,
      session: ctx.sessionToken ? sessionFingerprint(tokenHash(ctx.sessionToken)) : null
    })
  },
  'panduan.quizStart': {
    after: (r: { attemptId: number; role: string; person: unknown; questions: unknown[] }) => ({
      attemptId: r.attemptId,
      role: r.role,
      person: r.person,
      questions: r.questions.length
    })
  },
  'panduan.quizSubmit': {
    after: (r: {
      attemptId: number
      role: string
      person: unknown
      score: { correct: number; total: number; passed: boolean }
    }) => ({
      attemptId: r.attemptId,
      role: r.role,
      person: r.person,
      correct: r.score.correct,
      total: r.score.total,
      passed: r.score.passed
    })
  }
}
