import type { GlossaryId } from './glossary'
import { QUESTION_BANK, QUIZ_TOPICS, type BankQuestion, type QuizRole, type QuizTopic } from './questions'

/**
 * Tes pemahaman, pure part: which questions a role's paper holds, in what order, and how it is
 * scored. The book-backed part (computed questions, storing results) is main/panduan/quiz.ts.
 */

/** A paper passes at this share of correct answers (Lumbung's choice, shown on every result). */
export const PASS_PERCENT = 70

/** Questions computed from the cooperative's own book (main/panduan/computed.ts). */
export const COMPUTED_KEYS = [
  'JMA',
  'WAJIB_SETAHUN',
  'ANGSURAN',
  'JASA_SIMPANAN',
  'PPH_JASA',
  'KUORUM',
  'PPAP',
  'CADANGAN'
] as const
export type ComputedKey = (typeof COMPUTED_KEYS)[number]

export interface RolePlan {
  /** Static questions per topic. */
  topics: Partial<Record<QuizTopic, number>>
  /** Questions computed from the book, in order of preference; one that cannot be made is replaced by a static one. */
  computed: readonly ComputedKey[]
}

export const ROLE_PLANS: Record<QuizRole, RolePlan> = {
  ANGGOTA: {
    topics: { HAK_KEWAJIBAN: 3, SIMPANAN: 2, SHU: 2, PRINSIP: 2, RAT: 2, KDKMP: 1, PINJAMAN: 1 },
    computed: ['JMA', 'WAJIB_SETAHUN']
  },
  PENGURUS: {
    topics: {
      PRINSIP: 1,
      HAK_KEWAJIBAN: 1,
      SIMPANAN: 2,
      PINJAMAN: 2,
      SHU: 2,
      RAT: 2,
      PEMBUKUAN: 2,
      TATA_KELOLA: 2,
      KDKMP: 2
    },
    computed: ['JMA', 'ANGSURAN', 'JASA_SIMPANAN', 'KUORUM']
  },
  PENGAWAS: {
    topics: {
      TATA_KELOLA: 3,
      PEMBUKUAN: 3,
      PINJAMAN: 2,
      RAT: 2,
      SHU: 2,
      SIMPANAN: 1,
      PRINSIP: 1,
      HAK_KEWAJIBAN: 1,
      KDKMP: 1
    },
    computed: ['PPAP', 'KUORUM', 'JMA', 'CADANGAN']
  }
}

export function paperLength(role: QuizRole): number {
  const p = ROLE_PLANS[role]
  return Object.values(p.topics).reduce((t, n) => t + (n ?? 0), 0) + p.computed.length
}

/** A question computed from the book: the right answer and wrong ones as text. */
export interface ComputedQuestion {
  key: ComputedKey
  topic: QuizTopic
  question: string
  correct: string
  wrong: readonly string[]
  explanation: string
  basis: string
  terms: readonly GlossaryId[]
}

/** One question as it stands on a paper (kept in the book with the answer). */
export interface PaperQuestion {
  /** Bank id (e.g. "SH07") or "C-JMA" for a computed one. */
  id: string
  topic: QuizTopic
  computed: boolean
  question: string
  options: string[]
  answer: number
  explanation: string
  basis: string
  terms: GlossaryId[]
}

/** Deterministic pseudo-random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const a = [...list]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

/** Options in a random order; `answer` follows the correct one. */
function withShuffledOptions(
  correct: string,
  wrong: readonly string[],
  rand: () => number
): { options: string[]; answer: number } {
  const options = shuffled([correct, ...wrong], rand)
  return { options, answer: options.indexOf(correct) }
}

export function fromBank(b: BankQuestion, rand: () => number): PaperQuestion {
  const correct = b.options[b.answer]!
  const { options, answer } = withShuffledOptions(
    correct,
    b.options.filter((_, i) => i !== b.answer),
    rand
  )
  return {
    id: b.id,
    topic: b.topic,
    computed: false,
    question: b.question,
    options,
    answer,
    explanation: b.explanation,
    basis: b.basis,
    terms: [...b.terms]
  }
}

/** A computed question is usable when it has three wrong answers, all different from each other and from the right one. */
export function usableComputed(c: ComputedQuestion): boolean {
  const all = [c.correct, ...c.wrong]
  return c.wrong.length === 3 && new Set(all).size === all.length
}

export function fromComputed(c: ComputedQuestion, rand: () => number): PaperQuestion {
  const { options, answer } = withShuffledOptions(c.correct, c.wrong, rand)
  return {
    id: `C-${c.key}`,
    topic: c.topic,
    computed: true,
    question: c.question,
    options,
    answer,
    explanation: c.explanation,
    basis: c.basis,
    terms: [...c.terms]
  }
}

/**
 * A paper for a role: per topic the planned number of bank questions meant for that role, drawn at
 * random, plus the computed questions that could be made (a missing one is replaced from the
 * bank, from the topic it belongs to, else any topic). Bank questions never repeat on a paper.
 */
export function composePaper(
  role: QuizRole,
  seed: number,
  computed: readonly ComputedQuestion[],
  bank: readonly BankQuestion[] = QUESTION_BANK
): PaperQuestion[] {
  const rand = seededRandom(seed)
  const plan = ROLE_PLANS[role]
  const pool = (topic: QuizTopic) =>
    shuffled(
      bank.filter((b) => b.topic === topic && b.roles.includes(role)),
      rand
    )
  const pools = new Map<QuizTopic, BankQuestion[]>(QUIZ_TOPICS.map((t) => [t, pool(t)]))
  const take = (topic: QuizTopic): BankQuestion | undefined => pools.get(topic)!.shift()
  const picked: PaperQuestion[] = []
  for (const topic of QUIZ_TOPICS) {
    for (let i = 0; i < (plan.topics[topic] ?? 0); i++) {
      const b = take(topic)
      if (b) picked.push(fromBank(b, rand))
    }
  }
  const byKey = new Map(computed.filter(usableComputed).map((c) => [c.key, c]))
  for (const key of plan.computed) {
    const c = byKey.get(key)
    if (c) {
      picked.push(fromComputed(c, rand))
      continue
    }
    const topic = COMPUTED_TOPIC[key]
    const b = take(topic) ?? QUIZ_TOPICS.map(take).find(Boolean)
    if (b) picked.push(fromBank(b, rand))
  }
  return shuffled(picked, rand)
}

/** The topic each computed question belongs to (and whose bank replaces it when it cannot be made). */
export const COMPUTED_TOPIC: Record<ComputedKey, QuizTopic> = {
  JMA: 'SHU',
  WAJIB_SETAHUN: 'SIMPANAN',
  ANGSURAN: 'PINJAMAN',
  JASA_SIMPANAN: 'SIMPANAN',
  PPH_JASA: 'SIMPANAN',
  KUORUM: 'RAT',
  PPAP: 'PINJAMAN',
  CADANGAN: 'SHU'
}

export interface QuizScore {
  correct: number
  total: number
  /** Share correct in percent, one decimal, rounded half-up, as text with a decimal point ("85.0"). */
  percent: string
  passed: boolean
  byTopic: { topic: QuizTopic; correct: number; total: number }[]
}

/** Scores answers (the chosen option's index, or null when left open) against a paper. */
export function scorePaper(
  paper: readonly Pick<PaperQuestion, 'answer' | 'topic'>[],
  answers: readonly (number | null)[]
): QuizScore {
  let correct = 0
  const topics = new Map<QuizTopic, { correct: number; total: number }>()
  paper.forEach((p, i) => {
    const t = topics.get(p.topic) ?? { correct: 0, total: 0 }
    t.total++
    if (answers[i] === p.answer) {
      correct++
      t.correct++
    }
    topics.set(p.topic, t)
  })
  const total = paper.length
  // Whole-number arithmetic: tenths of a percent, half-up.
  const tenths = total === 0 ? 0 : Math.floor((correct * 1000 * 2 + total) / (total * 2))
  return {
    correct,
    total,
    percent: `${Math.floor(tenths / 10)}.${tenths % 10}`,
    passed: total > 0 && correct * 100 >= PASS_PERCENT * total,
    byTopic: QUIZ_TOPICS.filter((t) => topics.has(t)).map((t) => ({ topic: t, ...topics.get(t)! }))
  }
}
