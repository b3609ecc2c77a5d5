import { describe, expect, it } from 'vitest'
import { isGlossaryId } from '../../../shared/panduan/glossary'
import { QUESTION_BANK, QUIZ_ROLES, QUIZ_TOPICS } from '../../../shared/panduan/questions'
import {
  COMPUTED_KEYS,
  COMPUTED_TOPIC,
  composePaper,
  paperLength,
  PASS_PERCENT,
  ROLE_PLANS,
  scorePaper,
  type ComputedQuestion
} from '../../../shared/panduan/quiz'
import { DOMAIN_SECTIONS, sectionsIn } from '../../../shared/panduan/sources'

describe('bank soal', () => {
  it('has at least 120 questions, each with exactly one correct answer among distinct options, an explanation and its basis', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(120)
    expect(new Set(QUESTION_BANK.map((q) => q.id)).size).toBe(QUESTION_BANK.length)
    for (const q of QUESTION_BANK) {
      expect(q.options.length, q.id).toBe(4)
      expect(new Set(q.options.map((o) => o.trim().toLowerCase())).size, `${q.id}: options must differ`).toBe(
        q.options.length
      )
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length, q.id).toBe(true)
      // One correct answer: the key is a single index, and no other option repeats its text.
      expect(q.options.filter((o) => o === q.options[q.answer]).length, q.id).toBe(1)
      expect(q.question.trim().length, q.id).toBeGreaterThan(10)
      expect(q.explanation.trim().length, q.id).toBeGreaterThan(15)
      for (const s of sectionsIn(q.basis)) expect(DOMAIN_SECTIONS, `${q.id} cites ${s}`).toContain(s)
      expect(q.roles.length, q.id).toBeGreaterThan(0)
      for (const t of q.terms) expect(isGlossaryId(t), `${q.id} → ${t}`).toBe(true)
    }
  })

  it('covers every topic the issue names, with enough questions for every role plan', () => {
    for (const topic of QUIZ_TOPICS)
      expect(QUESTION_BANK.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(8)
    for (const role of QUIZ_ROLES) {
      const plan = ROLE_PLANS[role]
      for (const topic of QUIZ_TOPICS) {
        const need = (plan.topics[topic] ?? 0) + plan.computed.filter((k) => COMPUTED_TOPIC[k] === topic).length
        const have = QUESTION_BANK.filter((q) => q.topic === topic && q.roles.includes(role)).length
        // At least twice what a paper takes, so two papers differ.
        expect(have, `${role} ${topic}`).toBeGreaterThanOrEqual(2 * need)
      }
    }
  })
})

describe('papers and scores', () => {
  it('a paper holds the planned number of different questions for the role, options shuffled, the key following them', () => {
    const firstCorrect = new Map<number, number>()
    for (const role of QUIZ_ROLES) {
      for (let seed = 1; seed <= 40; seed++) {
        const paper = composePaper(role, seed, [])
        expect(paper).toHaveLength(paperLength(role))
        expect(new Set(paper.map((p) => p.id)).size).toBe(paper.length)
        for (const p of paper) {
          const b = QUESTION_BANK.find((q) => q.id === p.id)!
          expect(b.roles).toContain(role)
          expect(p.options[p.answer]).toBe(b.options[b.answer])
          expect([...p.options].sort()).toEqual([...b.options].sort())
          firstCorrect.set(p.answer, (firstCorrect.get(p.answer) ?? 0) + 1)
        }
      }
    }
    // The right answer is not always in the same place.
    for (const pos of [0, 1, 2, 3]) expect(firstCorrect.get(pos) ?? 0).toBeGreaterThan(50)
    expect(composePaper('ANGGOTA', 7, []).map((p) => p.id)).toEqual(composePaper('ANGGOTA', 7, []).map((p) => p.id))
    expect(composePaper('ANGGOTA', 7, []).map((p) => p.id)).not.toEqual(composePaper('ANGGOTA', 8, []).map((p) => p.id))
  })

  it('takes the computed questions that could be made and replaces the others from the bank', () => {
    const jma: ComputedQuestion = {
      key: 'JMA',
      topic: 'SHU',
      question: 'Berapa JMA Anda?',
      correct: 'Rp600.000',
      wrong: ['Rp300.000', 'Rp1.200.000', 'Rp3.000.000'],
      explanation: 'S ÷ ΣS × jasa modal',
      basis: '§5.4',
      terms: ['jma']
    }
    const broken: ComputedQuestion = { ...jma, key: 'WAJIB_SETAHUN', wrong: ['Rp600.000', 'Rp1', 'Rp2'] }
    const paper = composePaper('ANGGOTA', 3, [jma, broken])
    expect(paper).toHaveLength(paperLength('ANGGOTA'))
    const c = paper.find((p) => p.id === 'C-JMA')!
    expect(c.computed).toBe(true)
    expect(c.options[c.answer]).toBe('Rp600.000')
    expect(paper.find((p) => p.id === 'C-WAJIB_SETAHUN')).toBeUndefined()
    expect(COMPUTED_KEYS.every((k) => COMPUTED_TOPIC[k])).toBe(true)
  })

  it('scores against the key: percent with one decimal half-up, pass at 70 %', () => {
    const paper = Array.from({ length: 20 }, (_, i) => ({
      answer: i % 4,
      topic: i < 10 ? ('SHU' as const) : ('RAT' as const)
    }))
    const right = paper.map((p) => p.answer)
    expect(scorePaper(paper, right)).toMatchObject({ correct: 20, total: 20, percent: '100.0', passed: true })
    const fourteen = right.map((a, i) => (i < 6 ? (a + 1) % 4 : a))
    expect(scorePaper(paper, fourteen)).toMatchObject({
      correct: 14,
      percent: '70.0',
      passed: true,
      byTopic: [
        { topic: 'SHU', correct: 4, total: 10 },
        { topic: 'RAT', correct: 10, total: 10 }
      ]
    })
    expect(
      scorePaper(
        paper,
        right.map((a, i) => (i < 7 ? null : a))
      )
    ).toMatchObject({ correct: 13, percent: '65.0', passed: false })
    expect(scorePaper(paper.slice(0, 3), [0, 1, null])).toMatchObject({ correct: 2, percent: '66.7' })
    expect(scorePaper(paper.slice(0, 3), [0, null, null])).toMatchObject({ correct: 1, percent: '33.3' })
    expect(PASS_PERCENT).toBe(70)
  })
})
