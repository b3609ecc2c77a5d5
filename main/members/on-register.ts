import type { ExpressionBuilder } from 'kysely'
import type { DB } from '../db/schema'

/**
 * Members on the register at the end of a date (DOMAIN.md §3): admitted (not a calon), joined on or
 * before it, and not exited by it (a member who exits on the date is off the register that day).
 * One definition for the RAT statistics, the buku RAT, the Beranda and the checklist.
 */

/** The condition on unqualified `members` columns, with `param` (default `?`) as the date placeholder, used twice. */
export function onRegisterSql(param = '?'): string {
  return `status <> 'CALON' AND joined_at IS NOT NULL AND joined_at <= ${param} AND (exit_date IS NULL OR exit_date > ${param})`
}

/** The condition with two positional `?` placeholders: bind the date twice. */
export const ON_REGISTER = onRegisterSql()

/** The same condition for a kysely query on `members`: `.where(onRegisterAt(date))`. */
export function onRegisterAt(date: string) {
  return (eb: ExpressionBuilder<DB, 'members'>) =>
    eb.and([
      eb('status', '<>', 'CALON'),
      eb('joined_at', 'is not', null),
      eb('joined_at', '<=', date),
      eb.or([eb('exit_date', 'is', null), eb('exit_date', '>', date)])
    ])
}
