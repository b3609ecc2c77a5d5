import { EXIT_REASON_LABELS, type ExitReason } from '../../shared/commands/members'
import type { GenderCount, MemberStatistics } from '../../shared/commands/rat'
import type { Book } from '../db/book'
import { ON_REGISTER } from '../members/on-register'
import { listOfficers } from './organisation'

const EXIT_REASONS = Object.keys(EXIT_REASON_LABELS) as ExitReason[]

export function countByGender(rows: { gender: string | null; n: number }[]): GenderCount {
  const c: GenderCount = { L: 0, P: 0, tanpa: 0, total: 0 }
  for (const r of rows) {
    if (r.gender === 'L') c.L += r.n
    else if (r.gender === 'P') c.P += r.n
    else c.tanpa += r.n
    c.total += r.n
  }
  return c
}

export function membersOn(book: Book, date: string): GenderCount {
  return countByGender(
    book.q
      .prepare(`SELECT gender, count(*) AS n FROM members WHERE ${ON_REGISTER} GROUP BY gender`)
      .all(date, date) as {
      gender: string | null
      n: number
    }[]
  )
}

/**
 * The member statistics table of the RAT book and the Dinas report (DOMAIN.md §6.3), men and women
 * apart: members at 1 January (end of 31 December before), joined, left by reason, at 31 December,
 * calon anggota, and the pengurus / pengawas / manajer / karyawan serving on 31 December.
 * start + joined − left = end.
 */
export function memberStatistics(book: Book, year: number): MemberStatistics {
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const q = (sql: string, ...p: unknown[]) =>
    countByGender(book.q.prepare(sql).all(...p) as { gender: string | null; n: number }[])
  const joined = q(
    `SELECT gender, count(*) AS n FROM members WHERE status != 'CALON' AND joined_at >= ? AND joined_at <= ? GROUP BY gender`,
    from,
    to
  )
  const leftRows = book.q
    .prepare(
      `SELECT exit_reason AS reason, gender, count(*) AS n FROM members WHERE status != 'CALON' AND exit_date >= ? AND exit_date <= ? GROUP BY exit_reason, gender`
    )
    .all(from, to) as { reason: ExitReason | null; gender: string | null; n: number }[]
  const left = countByGender(leftRows)
  const leftByReason = EXIT_REASONS.map((reason) => ({
    reason,
    label: EXIT_REASON_LABELS[reason],
    count: countByGender(leftRows.filter((r) => (r.reason ?? 'PERMINTAAN_SENDIRI') === reason))
  }))
  const calon = q(
    `SELECT gender, count(*) AS n FROM members WHERE status = 'CALON' AND (joined_at IS NULL OR joined_at <= ?) GROUP BY gender`,
    to
  )
  const officers = listOfficers(book, to)
  const byGender = (list: typeof officers) => countByGender(list.map((o) => ({ gender: o.gender, n: 1 })))
  return {
    year,
    start: membersOn(book, `${year - 1}-12-31`),
    joined,
    left,
    leftByReason,
    end: membersOn(book, to),
    calon,
    officers: {
      pengurus: byGender(officers.filter((o) => o.body === 'PENGURUS')),
      pengawas: byGender(officers.filter((o) => o.body === 'PENGAWAS')),
      manajer: byGender(officers.filter((o) => o.body === 'KARYAWAN' && o.position === 'MANAJER')),
      karyawan: byGender(officers.filter((o) => o.body === 'KARYAWAN' && o.position === 'KARYAWAN'))
    }
  }
}
