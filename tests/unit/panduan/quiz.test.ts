import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../main/commands/dispatch'
import type { CommandContext } from '../../../main/commands/context'
import { computedQuestion } from '../../../main/panduan/computed'
import type { PaperQuestion } from '../../../shared/panduan/quiz'
import type { AuthUser } from '../../../shared/commands/auth'
import { createTestBook, type TestBook } from '../../helpers/book'

/*
 * A book whose settings give round answers, computed here by hand (DOMAIN.md §3.3, §4.2, §4.4, §5.4,
 * §5.5, §9.6, §1.3). "Today" is 15 March 2026, so the SHU questions speak of financial year 2025.
 *
 *  - SHU 2025 after tax: one revenue of Rp10.000.001 → jasa modal 30 % = floor(3.000.000,3) = 3.000.000.
 *  - S (pokok + wajib at 31 Dec 2025): 400.000, 300.000, 400.000, 500.000, 400.000 → ΣS = 2.000.000.
 *    JMA of K-1 = 400.000 ÷ 2.000.000 × 3.000.000 = 600.000; of K-4 = 500.000 ÷ 2.000.000 × 3.000.000 = 750.000.
 *  - Wajib Rp25.000 a month → Rp300.000 a year; with a member's own Rp40.000 → Rp480.000.
 *  - Loan product flat 2 %/month, max 10 months, max Rp3.000.000: P 3.000.000, n 10 → pokok 300.000 +
 *    jasa 60.000 = Rp360.000.
 *  - Sukarela 6 % a year by lowest balance: Rp2.000.000 → 2.000.000 × 6 % ÷ 12 = Rp10.000 (February,
 *    asked on 20 February about January); from 1 March by daily balance: February 2026 has 28 days
 *    → 2.000.000 × 6 % × 28 ÷ 365 = 9.205,47… → Rp9.205.
 *  - PPh: threshold Rp240.000, 10 %: jasa Rp300.000 → Rp30.000.
 *  - Quorum: 5 active members, more than half → 3; with a RAT rule of 75 % → ⌈3,75⌉ = 4.
 *  - PPAP kurang lancar 10 % (default), then 25 % (policy): (8.000.000 − 3.000.000) × 25 % = Rp1.250.000.
 *  - Cadangan 30 %, others floored from Rp10.000.001: 3.000.000 + 2.000.000 + 500.000 × 3 + 250.000 × 2
 *    = 7.000.000 → cadangan 3.000.001.
 */

let tb: TestBook
const ids: number[] = []
const now = () => new Date('2026-03-15T03:00:00Z')
const ctxAt = (): CommandContext => ({ ...tb.ctx, now })

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  tb.ctx.now = now
  tb.run('journal.post', {
    date: '2025-01-02',
    description: 'Hibah',
    lines: [
      { account: '1-1101', debit: 50_000_000 },
      { account: '3-3101', credit: 50_000_000 }
    ]
  })
  tb.run('savings.setSettings', {
    effectiveFrom: '2025-01-01',
    pokokAmount: 100_000,
    wajibAmount: 25_000,
    sukarelaRate: '6',
    sukarelaMethod: 'SALDO_TERENDAH',
    taxThreshold: 240_000,
    taxRate: '10'
  })
  tb.run('savings.setSettings', {
    effectiveFrom: '2026-03-01',
    pokokAmount: 100_000,
    wajibAmount: 25_000,
    sukarelaRate: '6',
    sukarelaMethod: 'SALDO_HARIAN',
    taxThreshold: 240_000,
    taxRate: '10'
  })
  // S per member: 400.000, 300.000, 400.000, 500.000, 400.000 → ΣS = 2.000.000.
  const wajib = [300_000, 200_000, 300_000, 400_000, 300_000]
  for (let i = 0; i < 5; i++) {
    const m = tb.run('members.create', {
      memberNo: `K-${i + 1}`,
      name: `Anggota ${i + 1}`,
      gender: i % 2 ? 'L' : 'P',
      joinedAt: '2025-01-05'
    })
    ids.push(m.id)
    tb.run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2025-01-05' })
    tb.run('savings.deposit', { memberId: m.id, type: 'WAJIB', amount: wajib[i]!, date: '2025-06-30' })
  }
  tb.run('journal.post', {
    date: '2025-07-01',
    description: 'Pendapatan lain',
    lines: [
      { account: '1-1101', debit: 10_000_001 },
      { account: '4-3199', credit: 10_000_001 }
    ]
  })
  tb.run('shu.setSettings', {
    year: 2025,
    percentages: {
      cadangan: '30',
      jasaModal: '30',
      jasaUsaha: '20',
      pengurus: '5',
      karyawan: '5',
      pendidikan: '5',
      sosial: '2,5',
      pembangunan: '2,5'
    }
  })
  tb.run('loans.setProduct', {
    code: 'KILAT',
    effectiveFrom: '2025-01-01',
    name: 'Pinjaman Kilat',
    method: 'flat',
    ratePerMonth: '2',
    maxTenor: 10,
    maxAmount: 3_000_000
  })
  tb.run('org.save', {
    body: 'PENGURUS',
    position: 'KETUA',
    memberId: ids[0]!,
    termStart: '2025-01-05',
    termEnd: '2030-01-04'
  })
  tb.run('org.save', {
    body: 'PENGAWAS',
    position: 'KETUA',
    name: 'Kepala Desa Sukamaju',
    gender: 'L',
    termStart: '2025-01-05'
  })
}, 60_000)
afterAll(() => tb?.close())

const q = (key: Parameters<typeof computedQuestion>[1], memberId: number | null = null, today = '2026-03-15') =>
  computedQuestion(ctxAt(), key, { memberId, today })!
const distinct = (c: { correct: string; wrong: readonly string[] }) =>
  expect(new Set([c.correct, ...c.wrong]).size).toBe(4)

describe('questions computed from the book', () => {
  it('JMA with the AD percentages, the year SHU and the member own savings', () => {
    const mine = q('JMA', ids[0]!)
    expect(mine.correct).toBe('Rp600.000')
    expect(mine.question).toContain('Rp10.000.001')
    expect(mine.question).toContain('30 %')
    expect(mine.question).toContain('Anda')
    expect(mine.question).toContain('Rp2.000.000')
    distinct(mine)
    // Without a member: the first member by number (K-1, the same figures), named.
    const other = q('JMA')
    expect(other.question).toContain('Anggota 1 (K-1)')
    expect(other.correct).toBe('Rp600.000')
    // Member 4 holds 500.000: 500.000 ÷ 2.000.000 × 3.000.000 = 750.000.
    expect(q('JMA', ids[3]!).correct).toBe('Rp750.000')
  })

  it('wajib in a year: the general amount, or the member own', () => {
    expect(q('WAJIB_SETAHUN').correct).toBe('Rp300.000')
    tb.run('savings.setMemberWajib', { memberId: ids[2]!, effectiveFrom: '2026-01-01', amount: 40_000 })
    const own = q('WAJIB_SETAHUN', ids[2]!)
    expect(own.correct).toBe('Rp480.000')
    expect(own.question).toContain('Anda')
    distinct(own)
  })

  it('first installment of the cooperative loan product', () => {
    const a = q('ANGSURAN')
    expect(a.correct).toBe('Rp360.000')
    expect(a.question).toContain('Pinjaman Kilat')
    expect(a.question).toContain('Rp3.000.000')
    expect(a.question).toContain('10 bulan')
    distinct(a)
  })

  it('jasa sukarela by the method in force, and PPh above the threshold', () => {
    const daily = q('JASA_SIMPANAN')
    expect(daily.correct).toBe('Rp9.205')
    expect(daily.question).toContain('Februari 2026')
    const lowest = q('JASA_SIMPANAN', null, '2026-02-20')
    expect(lowest.correct).toBe('Rp10.000')
    expect(lowest.question).toContain('Januari 2026')
    distinct(lowest)
    const pph = q('PPH_JASA')
    expect(pph.correct).toBe('Rp30.000')
    expect(pph.question).toContain('Rp300.000')
    distinct(pph)
  })

  it('quorum from the members on the register and the RAT rule', () => {
    expect(q('KUORUM').correct).toBe('3 anggota')
    tb.run('rat.save', {
      year: 2025,
      number: 1,
      date: '2026-03-01',
      place: 'Balai desa',
      quorumRule: { mode: 'PERCENT', percent: '75' }
    })
    const k = q('KUORUM')
    expect(k.question, k.question).toContain('5 anggota')
    expect(k.correct).toBe('4 anggota')
    expect(k.question).toContain('75 %')
    distinct(k)
  })

  it('PPAP by the cooperative policy, and cadangan with the rounding remainder', () => {
    expect(q('PPAP').correct).toBe('Rp500.000')
    tb.run('loans.setPolicy', {
      provision: {
        maxDays: { LANCAR: 90, KURANG_LANCAR: 180, DIRAGUKAN: 270 },
        rates: { LANCAR: '0.5', KURANG_LANCAR: '25', DIRAGUKAN: '50', MACET: '100' }
      }
    })
    const p = q('PPAP')
    expect(p.correct).toBe('Rp1.250.000')
    distinct(p)
    const c = q('CADANGAN')
    expect(c.correct).toBe('Rp3.000.001')
    distinct(c)
  })
})

describe('tes pemahaman in the book', () => {
  const paperOf = (attemptId: number) =>
    JSON.parse(
      (tb.book.q.prepare('SELECT paper FROM quiz_attempts WHERE id = ?').get(attemptId) as { paper: string }).paper
    ) as PaperQuestion[]

  it('starts a paper for an officer with questions from the book and no answers in what the taker sees', () => {
    const p = tb.run('panduan.quizStart', { role: 'PENGURUS', memberId: ids[0]! })
    expect(p.person).toMatchObject({ memberId: ids[0], name: 'Anggota 1' })
    expect(p.person.officerId).not.toBeNull()
    expect(p.questions).toHaveLength(20)
    expect(
      p.questions
        .filter((x) => x.computed)
        .map((x) => x.question)
        .join(' ')
    ).toContain('Anda')
    expect(JSON.stringify(p)).not.toMatch(/"answer"|"explanation"/)
    const stored = paperOf(p.attemptId)
    expect(stored.find((x) => x.id === 'C-JMA')!.options[stored.find((x) => x.id === 'C-JMA')!.answer]).toBe(
      'Rp600.000'
    )
  })

  it('scores, keeps and seals the result; the audit trail records it', () => {
    const p = tb.run('panduan.quizStart', { role: 'ANGGOTA', memberId: ids[1]! })
    const key = paperOf(p.attemptId).map((x) => x.answer)
    const answers = key.map((a, i) => (i < 4 ? (a + 1) % 4 : a))
    const r = tb.run('panduan.quizSubmit', { attemptId: p.attemptId, answers })
    expect(r.score).toMatchObject({
      correct: key.length - 4,
      total: key.length,
      passed: (key.length - 4) * 100 >= 70 * key.length
    })
    expect(r.questions.filter((x) => !x.correct)).toHaveLength(4)
    expect(r.questions.every((x) => x.explanation.length > 0)).toBe(true)
    expect(tb.run('panduan.quizResult', { attemptId: p.attemptId }).score.correct).toBe(r.score.correct)
    expect(tb.fail('panduan.quizSubmit', { attemptId: p.attemptId, answers })).toMatchObject({
      code: 'CONFLICT',
      field: 'attemptId'
    })
    expect(() => tb.book.sqlite.prepare('UPDATE quiz_attempts SET correct = 99 WHERE id = ?').run(p.attemptId)).toThrow(
      /LUMBUNG_IMMUTABLE/
    )
    expect(() => tb.book.sqlite.prepare('DELETE FROM quiz_attempts WHERE id = ?').run(p.attemptId)).toThrow(
      /LUMBUNG_IMMUTABLE/
    )
    const audit = tb.run('audit.list', { page: 1, pageSize: 50 }) as { items: { command: string; after: unknown }[] }
    const rec = audit.items.find((a) => a.command === 'panduan.quizSubmit')!
    expect(JSON.stringify(rec.after)).toContain(`"correct":${r.score.correct}`)
  })

  it('refuses a wrong number of answers, a missing option and a person in the wrong body; nothing is stored', () => {
    const p = tb.run('panduan.quizStart', { role: 'ANGGOTA', name: 'Tamu Desa' })
    const n = p.questions.length
    expect(tb.fail('panduan.quizSubmit', { attemptId: p.attemptId, answers: [0, 1] })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers'
    })
    expect(
      tb.fail('panduan.quizSubmit', {
        attemptId: p.attemptId,
        answers: Array.from({ length: n }, (_, i) => (i === 3 ? 7 : 0))
      })
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'answers.3' })
    expect(
      (
        tb.book.q.prepare('SELECT submitted_at FROM quiz_attempts WHERE id = ?').get(p.attemptId) as {
          submitted_at: string | null
        }
      ).submitted_at
    ).toBeNull()
    const pengawas = tb.run('org.list', { body: 'PENGAWAS' })[0]!
    expect(tb.fail('panduan.quizStart', { role: 'PENGURUS', officerId: pengawas.id })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'officerId'
    })
    expect(tb.fail('panduan.quizStart', { role: 'PENGURUS' })).toMatchObject({ code: 'INVALID_INPUT', field: 'name' })
    expect(tb.fail('panduan.quizStart', { role: 'ANGGOTA', memberId: 987_654 }).code).toBe('NOT_FOUND')
  })

  it('summarises per role how many different people took it and passed, for the Dinas report and the RAT book', () => {
    const pengawas = tb.run('org.list', { body: 'PENGAWAS' })[0]!
    const take = (input: Record<string, unknown>, right: boolean) => {
      const p = tb.run('panduan.quizStart', input as never)
      const key = paperOf(p.attemptId).map((x) => x.answer)
      return tb.run('panduan.quizSubmit', { attemptId: p.attemptId, answers: right ? key : key.map(() => null) })
    }
    expect(take({ role: 'PENGAWAS', officerId: pengawas.id }, false).score.passed).toBe(false)
    expect(take({ role: 'PENGAWAS', name: 'kepala desa sukamaju' }, true).score.passed).toBe(true)
    const s = tb.run('panduan.quizSummary', { year: 2026 })
    // The second paper named the same officer: one person, passed.
    expect(s.byRole.PENGAWAS).toEqual({ took: 1, passed: 1, attempts: 2 })
    expect(s.byRole.ANGGOTA).toMatchObject({ took: 1, attempts: 1 })
    expect(s.serving).toEqual({ PENGURUS: 1, PENGAWAS: 1 })
    expect(tb.run('panduan.quizSummary', { year: 2025 }).byRole.PENGAWAS.took).toBe(0)
    const list = tb.run('panduan.quizResults', { year: 2026, role: 'PENGAWAS' })
    expect(list).toHaveLength(2)
    expect(list.every((r) => r.submitted)).toBe(true)
  })

  it('with logins on, a read-only role takes the test only in its own name', () => {
    const viewer: AuthUser = {
      id: 99,
      username: 'pak.pengawas',
      fullName: 'Kepala Desa Sukamaju',
      role: 'pengawas',
      isActive: true
    }
    const p = tb.run('panduan.quizStart', { role: 'ANGGOTA', memberId: ids[4]! })
    tb.book.sqlite
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('auth.enabled', 'true') ON CONFLICT (key) DO UPDATE SET value = excluded.value`
      )
      .run()
    try {
      const ctx: CommandContext = { ...ctxAt(), user: viewer, actor: viewer.username }
      const own = runCommand(ctx, 'panduan.quizStart', { role: 'PENGAWAS', name: 'Kepala Desa Sukamaju' })
      expect(own.ok).toBe(true)
      const other = runCommand(ctx, 'panduan.quizStart', { role: 'ANGGOTA', memberId: ids[4]! })
      expect(other.ok).toBe(false)
      if (!other.ok) expect(other.error.code).toBe('UNAUTHORIZED')
      // Nor may it submit another person's paper.
      const submit = runCommand(ctx, 'panduan.quizSubmit', {
        attemptId: p.attemptId,
        answers: p.questions.map(() => 0)
      })
      expect(submit.ok).toBe(false)
    } finally {
      tb.book.sqlite.prepare(`DELETE FROM settings WHERE key = 'auth.enabled'`).run()
    }
  })
})
