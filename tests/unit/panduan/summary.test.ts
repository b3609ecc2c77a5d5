import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import type { PaperQuestion } from '../../../shared/panduan/quiz'
import { createTestBook, type TestBook } from '../../helpers/book'
import { ok } from '../../helpers/host'

/*
 * Tests taken during 2025: the ketua twice (fails, then passes), the bendahara once (fails), the
 * Ketua Pengawas once (passes), two members (one passes). Expected per role (people, not papers):
 * pengurus 2 took / 1 passed, pengawas 1 / 1, anggota 2 / 1.
 */
let tb: TestBook
let host: BookHost
const now = () => new Date('2025-11-20T03:00:00Z')

beforeAll(async () => {
  tb = await createTestBook({ booksStartDate: '2025-01-01' })
  tb.ctx.now = now
  host = createExecutor(tb.book, { now })
  tb.run('savings.setSettings', { effectiveFrom: '2025-01-01', pokokAmount: 100_000, wajibAmount: 10_000 })
  const ids: number[] = []
  for (let i = 1; i <= 4; i++) {
    const m = tb.run('members.create', { name: `Warga ${i}`, gender: i % 2 ? 'L' : 'P', joinedAt: '2025-01-10' })
    ids.push(m.id)
    tb.run('savings.deposit', { memberId: m.id, type: 'POKOK', amount: 100_000, date: '2025-01-10' })
  }
  const ketua = tb.run('org.save', { body: 'PENGURUS', position: 'KETUA', memberId: ids[0]!, termStart: '2025-01-10' })
  const bendahara = tb.run('org.save', {
    body: 'PENGURUS',
    position: 'BENDAHARA',
    memberId: ids[1]!,
    termStart: '2025-01-10'
  })
  const pengawas = tb.run('org.save', {
    body: 'PENGAWAS',
    position: 'KETUA',
    name: 'Kepala Desa Sukamaju',
    gender: 'L',
    termStart: '2025-01-10'
  })
  const take = (input: Record<string, unknown>, pass: boolean) => {
    const p = tb.run('panduan.quizStart', input as never)
    const key = (
      JSON.parse(
        (tb.book.q.prepare('SELECT paper FROM quiz_attempts WHERE id = ?').get(p.attemptId) as { paper: string }).paper
      ) as PaperQuestion[]
    ).map((x) => x.answer)
    tb.run('panduan.quizSubmit', { attemptId: p.attemptId, answers: pass ? key : key.map(() => null) })
  }
  take({ role: 'PENGURUS', officerId: ketua.id }, false)
  take({ role: 'PENGURUS', officerId: ketua.id }, true)
  take({ role: 'PENGURUS', officerId: bendahara.id }, false)
  take({ role: 'PENGAWAS', officerId: pengawas.id }, true)
  take({ role: 'ANGGOTA', memberId: ids[2]! }, true)
  take({ role: 'ANGGOTA', memberId: ids[3]! }, false)
}, 60_000)
afterAll(async () => {
  await host.close()
  // The host closed the book; only the folder is left to remove.
  rmSync(tb.dir, { recursive: true, force: true })
})

describe('Tes pemahaman summarised for the Dinas and the RAT', () => {
  it('the Dinas report carries how many pengurus, pengawas and anggota took the test and passed', async () => {
    const r = await ok(host.execute('dinas.report', { year: 2025 }))
    const v = (key: string) => r.figures.find((f: { key: string }) => f.key === key)
    expect([
      v('tesPengurusIkut').value,
      v('tesPengurusLulus').value,
      v('tesPengawasIkut').value,
      v('tesPengawasLulus').value,
      v('tesAnggotaIkut').value,
      v('tesAnggotaLulus').value
    ]).toEqual([2, 1, 1, 1, 2, 1])
    expect(v('tesPengurusIkut').how).toMatch(/pengurus yang menjabat 2 orang/)
    expect(v('tesPengurusIkut').drill).toEqual({ type: 'route', route: 'panduan/tes' })
    const xlsx = await ok(host.execute('dinas.export', { year: 2025, format: 'csv' }))
    const csv = Buffer.from(xlsx.base64, 'base64').toString('utf8')
    expect(csv).toContain('Pengurus yang mengikuti tes pemahaman perkoperasian')
  })

  it('the RAT book shows the table in BAB II', async () => {
    const r = await ok(host.execute('ratbook.pdf', { year: 2025 }))
    const text = execFileSync('pdftotext', ['-layout', r.file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Pendidikan perkoperasian: tes pemahaman tahun 2025')
    const rows = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '))
    expect(rows).toContain('Pengurus 2 2 1')
    expect(rows).toContain('Pengawas 1 1 1')
    expect(rows).toContain('Anggota 4 2 1')
  })
})
