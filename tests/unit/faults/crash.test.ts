import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { runCommand } from '../../../main/commands/dispatch'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'

const FULL = process.env.LUMBUNG_FAULTS === 'full'
const KILLS = Number(process.env.LUMBUNG_CRASH_KILLS ?? (FULL ? 60 : 4))
const poster = fileURLToPath(new URL('./crash-poster.ts', import.meta.url))
const t = tempDir('lumbung-crash-')
afterAll(() => t.cleanup())

/** Starts the poster, lets it commit for a random while, then SIGKILLs it. Returns the acknowledged postings. */
function runAndKill(file: string, seed: number, killAfterMs: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const acked = new Map<string, number>()
    const child = spawn(process.execPath, ['--import', 'tsx', poster, file, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buf = ''
    let started = false
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString()
      const lines = buf.split('\n')
      buf = lines.pop()!
      for (const l of lines) {
        const [number, total] = l.split(' ')
        acked.set(number!, Number(total))
      }
      if (!started) {
        started = true
        setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`poster berhenti sendiri (${code}): ${stderr}`))
      else resolve(acked)
    })
  })
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during postings: no partial entry, every acknowledged posting kept`, async () => {
    const file = join(t.dir, 'crash.sqlite')
    const setup = await openBook(file, { create: true })
    expect(
      runCommand({ book: setup, actor: 't', now: () => new Date() }, 'setup.initialize', {
        profile: SAMPLE_PROFILE,
        firstFinancialYear: 2026,
        booksStartDate: '2026-01-01'
      }).ok
    ).toBe(true)
    // Random postings are not about cash: the poster's kas and bank may run below zero.
    for (const code of ['1-1101', '1-1102', '1-1110', '1-1201'])
      expect(
        runCommand({ book: setup, actor: 't', now: () => new Date() }, 'accounts.update', {
          code,
          allowOverdraft: true
        }).ok
      ).toBe(true)
    setup.close()

    const allAcked = new Map<string, number>()
    let survived = 0
    for (let k = 0; k < KILLS; k++) {
      const acked = await runAndKill(file, 1000 + k, 30 + ((k * 37) % 250))
      for (const [n, total] of acked) allAcked.set(n, total)
      const book = await openBook(file)
      try {
        expect(book.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
        const ctx = { book, actor: 't', now: () => new Date() }
        const check = runCommand(ctx, 'system.check', {})
        expect(check.ok && (check.result as { ok: boolean }).ok, JSON.stringify(check)).toBe(true)
        const stored = new Map(
          (
            book.sqlite.prepare('SELECT number, total FROM journal_entries').all() as {
              number: string
              total: number
            }[]
          ).map((r) => [r.number, r.total])
        )
        for (const [n, total] of allAcked) expect(stored.get(n), n).toBe(total)
        // At most the one posting in flight at the kill may exist without an acknowledgement.
        expect(stored.size - allAcked.size).toBeGreaterThanOrEqual(0)
        expect(stored.size - allAcked.size).toBeLessThanOrEqual(k + 1)
        survived++
      } finally {
        book.close()
      }
    }
    console.log(`[faults] crash: ${survived} SIGKILL bertahan, ${allAcked.size} posting diakui, 0 posting hilang`)
    expect(survived).toBe(KILLS)
    expect(allAcked.size).toBeGreaterThan(KILLS)
  }, 600_000)
})
