import { randomInt } from 'node:crypto'
import { CommandError } from '../../shared/errors'
import { roleAllows, ROLE_LABELS } from '../../shared/auth/roles'
import type { QuizAttemptRow, QuizPaperView, QuizPerson, QuizResult, QuizSummary } from '../../shared/commands/panduan'
import { QUIZ_ROLE_LABELS, QUIZ_ROLES, type QuizRole } from '../../shared/panduan/questions'
import { composePaper, PASS_PERCENT, ROLE_PLANS, scorePaper, type PaperQuestion } from '../../shared/panduan/quiz'
import { sql, type InferResult } from 'kysely'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { getMember } from '../members/register'
import { listOfficers } from '../rat'
import { getOfficer } from '../rat/organisation'
import { todayIn, todayOf } from '../setup/timezone'
import { computedQuestions } from './computed'

/**
 * Tes pemahaman in the book: a paper is composed and stored when started (the answers stay in the
 * book, never in what the taker sees), scored when handed in, and then sealed (a trigger refuses
 * any change). Every start and hand-in is a mutation, so it has its audit record.
 */

function attemptSelect() {
  return qb
    .selectFrom('quiz_attempts as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .selectAll('a')
    .select('m.member_no')
}

type AttemptRow = InferResult<ReturnType<typeof attemptSelect>>[number]

const today = (ctx: CommandContext) => todayOf(ctx)

const personOf = (r: AttemptRow): QuizPerson => ({
  memberId: r.member_id,
  memberNo: r.member_no,
  officerId: r.officer_id,
  name: r.person_name
})

function attempt(book: Book, id: number): AttemptRow {
  const r = book.q.first(attemptSelect().where('a.id', '=', id))
  if (!r) throw new CommandError('NOT_FOUND', `Tes pemahaman nomor ${id} tidak ditemukan`, 'attemptId')
  return r
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id')

/** Who takes the test: an officer, a member, or a name (e.g. the Kepala Desa as Ketua Pengawas). */
function resolvePerson(
  ctx: CommandContext,
  role: QuizRole,
  input: { memberId?: number | undefined; officerId?: number | undefined; name?: string | undefined }
): QuizPerson {
  const { book } = ctx
  const on = today(ctx)
  if (input.officerId !== undefined) {
    const o = getOfficer(book, input.officerId, on)
    if (role === 'ANGGOTA')
      throw new CommandError(
        'INVALID_INPUT',
        'Pengurus/pengawas: untuk tes anggota pilih anggotanya, bukan jabatannya',
        'officerId'
      )
    if (o.body !== role)
      throw new CommandError(
        'INVALID_INPUT',
        `Pengurus/pengawas: ${o.name} tercatat sebagai ${o.positionLabel}, bukan ${QUIZ_ROLE_LABELS[role].toLowerCase()}`,
        'officerId'
      )
    const m = o.memberId !== null ? getMember(book, { id: o.memberId }) : null
    return { memberId: o.memberId, memberNo: m?.memberNo ?? null, officerId: o.id, name: o.name }
  }
  if (input.memberId !== undefined) {
    const m = getMember(book, { id: input.memberId }, 'memberId')
    // A member who serves in the body the test is for is counted as that officer.
    const o = role === 'ANGGOTA' ? undefined : listOfficers(book, on, role).find((x) => x.memberId === m.id)
    return { memberId: m.id, memberNo: m.memberNo, officerId: o?.id ?? null, name: m.name }
  }
  if (input.name === undefined)
    throw new CommandError('INVALID_INPUT', 'Nama: pilih anggota atau pengurus, atau tulis nama peserta', 'name')
  const o = role === 'ANGGOTA' ? undefined : listOfficers(book, on, role).find((x) => sameName(x.name, input.name!))
  return { memberId: o?.memberId ?? null, memberNo: null, officerId: o?.id ?? null, name: input.name }
}

/**
 * With logins on, a role that may not post (pengawas, peninjau, kasir) takes the test only in its
 * own name: its result is its own record, like its own password.
 */
function assertOwnName(ctx: CommandContext, name: string): void {
  const u = ctx.user
  if (!u || roleAllows(u.role, 'post')) return
  if (!sameName(u.fullName, name)) {
    throw new CommandError(
      'UNAUTHORIZED',
      `Peran ${ROLE_LABELS[u.role]} hanya dapat mengikuti tes atas nama sendiri (${u.fullName})`,
      'name'
    )
  }
}

export function startQuiz(
  ctx: CommandContext,
  input: { role: QuizRole; memberId?: number | undefined; officerId?: number | undefined; name?: string | undefined }
): QuizPaperView {
  const { book } = ctx
  const person = resolvePerson(ctx, input.role, input)
  assertOwnName(ctx, person.name)
  const seed = randomInt(1, 2 ** 31 - 1)
  const computed = computedQuestions(ctx, ROLE_PLANS[input.role].computed, {
    memberId: person.memberId,
    today: today(ctx)
  })
  const paper = composePaper(input.role, seed, computed)
  const at = nowIso(ctx)
  const r = book.q.run(
    qb.insertInto('quiz_attempts').values({
      role: input.role,
      member_id: person.memberId,
      officer_id: person.officerId,
      person_name: person.name,
      started_at: at,
      started_by: ctx.actor,
      seed,
      paper: JSON.stringify(paper),
      total: paper.length
    })
  )
  return {
    attemptId: Number(r.lastInsertRowid),
    role: input.role,
    person,
    startedAt: at,
    passPercent: PASS_PERCENT,
    questions: paper.map((q, i) => ({
      no: i + 1,
      topic: q.topic,
      computed: q.computed,
      question: q.question,
      options: q.options
    }))
  }
}

function resultOf(r: AttemptRow): QuizResult {
  const paper = JSON.parse(r.paper) as PaperQuestion[]
  const answers = JSON.parse(r.answers ?? '[]') as (number | null)[]
  const score = scorePaper(paper, answers)
  return {
    attemptId: r.id,
    role: r.role,
    person: personOf(r),
    startedAt: r.started_at,
    submittedAt: r.submitted_at!,
    takenOn: r.taken_on!,
    passPercent: PASS_PERCENT,
    score,
    questions: paper.map((q, i) => ({
      no: i + 1,
      topic: q.topic,
      computed: q.computed,
      question: q.question,
      options: q.options,
      answer: q.answer,
      chosen: answers[i] ?? null,
      correct: answers[i] === q.answer,
      explanation: q.explanation,
      basis: q.basis,
      terms: q.terms
    }))
  }
}

export function submitQuiz(ctx: CommandContext, input: { attemptId: number; answers: (number | null)[] }): QuizResult {
  const { book } = ctx
  const r = attempt(book, input.attemptId)
  if (r.submitted_at !== null)
    throw new CommandError(
      'CONFLICT',
      `Tes pemahaman nomor ${r.id} sudah dikumpulkan; hasilnya tidak dapat diubah`,
      'attemptId'
    )
  const u = ctx.user
  if (u && !roleAllows(u.role, 'post') && r.started_by !== ctx.actor) {
    throw new CommandError(
      'UNAUTHORIZED',
      `Peran ${ROLE_LABELS[u.role]} hanya dapat mengumpulkan tes yang dimulainya sendiri`,
      'attemptId'
    )
  }
  const paper = JSON.parse(r.paper) as PaperQuestion[]
  if (input.answers.length !== paper.length) {
    throw new CommandError(
      'INVALID_INPUT',
      `Jawaban: harus ${paper.length} jawaban (satu untuk setiap soal, null bila dikosongkan), diterima ${input.answers.length}`,
      'answers'
    )
  }
  input.answers.forEach((a, i) => {
    if (a !== null && a >= paper[i]!.options.length) {
      throw new CommandError(
        'INVALID_INPUT',
        `Jawaban soal ${i + 1}: pilihan ${a + 1} tidak ada (hanya ${paper[i]!.options.length} pilihan)`,
        `answers.${i}`
      )
    }
  })
  const score = scorePaper(paper, input.answers)
  book.q.run(
    qb
      .updateTable('quiz_attempts')
      .set({
        answers: JSON.stringify(input.answers),
        correct: score.correct,
        passed: score.passed ? 1 : 0,
        submitted_at: nowIso(ctx),
        taken_on: today(ctx)
      })
      .where('id', '=', r.id)
  )
  return resultOf(attempt(book, r.id))
}

export function quizResult(book: Book, attemptId: number): QuizResult {
  const r = attempt(book, attemptId)
  if (r.submitted_at === null)
    throw new CommandError('CONFLICT', `Tes pemahaman nomor ${r.id} belum dikumpulkan`, 'attemptId')
  return resultOf(r)
}

export function quizResults(
  book: Book,
  input: { year?: number | undefined; role?: QuizRole | undefined }
): QuizAttemptRow[] {
  let query = attemptSelect()
  if (input.year !== undefined) {
    // Handed in during the year, or started in it and not handed in.
    query = query.where(
      sql<boolean>`(a.taken_on LIKE ${`${input.year}-%`} OR (a.taken_on IS NULL AND substr(a.started_at, 1, 4) = ${String(input.year)}))`
    )
  }
  if (input.role) query = query.where('a.role', '=', input.role)
  const rows = book.q.all(query.orderBy('a.id', 'desc'))
  return rows.map((r) => {
    const submitted = r.submitted_at !== null
    const score = submitted
      ? scorePaper(JSON.parse(r.paper) as PaperQuestion[], JSON.parse(r.answers ?? '[]') as (number | null)[])
      : null
    return {
      attemptId: r.id,
      role: r.role,
      person: personOf(r),
      startedAt: r.started_at,
      takenOn: r.taken_on,
      submitted,
      correct: r.correct,
      total: r.total,
      percent: score?.percent ?? null,
      passed: submitted ? r.passed === 1 : null
    }
  })
}

/** How many different people handed in a paper per role in the year, and how many of them passed at least once. */
export function quizSummary(book: Book, year: number, now: Date): QuizSummary {
  const rows = book.q.all(
    qb
      .selectFrom('quiz_attempts')
      .select(['role', 'member_id', 'officer_id', 'person_name', 'passed'])
      .where('submitted_at', 'is not', null)
      .where('taken_on', '>=', `${year}-01-01`)
      .where('taken_on', '<=', `${year}-12-31`)
  )
  const byRole = Object.fromEntries(
    QUIZ_ROLES.map((r) => [r, { took: 0, passed: 0, attempts: 0 }])
  ) as QuizSummary['byRole']
  for (const role of QUIZ_ROLES) {
    const people = new Map<string, boolean>()
    for (const r of rows.filter((x) => x.role === role)) {
      const key =
        r.officer_id !== null
          ? `o${r.officer_id}`
          : r.member_id !== null
            ? `m${r.member_id}`
            : `n${r.person_name.trim().toLocaleLowerCase('id')}`
      people.set(key, (people.get(key) ?? false) || r.passed === 1)
      byRole[role].attempts++
    }
    byRole[role].took = people.size
    byRole[role].passed = [...people.values()].filter(Boolean).length
  }
  const t = todayIn(book, now)
  const on = `${year}-12-31` < t ? `${year}-12-31` : t
  return {
    year,
    byRole,
    serving: {
      PENGURUS: listOfficers(book, on, 'PENGURUS').length,
      PENGAWAS: listOfficers(book, on, 'PENGAWAS').length
    }
  }
}
