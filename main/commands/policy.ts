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
