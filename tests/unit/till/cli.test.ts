import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../main/cli/cli'
import { todayIso } from '../../../shared/dates/calendar'
import { tempDir } from '../../helpers/book'
import { buildDeskTemplate, USERS, type DeskTemplate, type Username } from './fixture'

/** The CLI door (`--user` with LUMBUNG_PASSWORD) gives a kasir the same permissions and the same desk rule. */
let template: DeskTemplate
beforeAll(async () => {
  template = await buildDeskTemplate()
}, 120_000)
afterAll(() => template.cleanup())

async function as(file: string, user: Username, name: string, input: unknown): Promise<{ code: number; body: any }> {
  const out: string[] = []
  process.env.LUMBUNG_PASSWORD = USERS.find((u) => u.username === user)!.password
  try {
    const code = await runCli(['--db', file, '--user', user, name, JSON.stringify(input)], {
      out: (s) => out.push(s),
      err: () => {}
    })
    return { code, body: JSON.parse(out.join('\n')) }
  } finally {
    delete process.env.LUMBUNG_PASSWORD
  }
}

describe('the kasir day through the CLI', () => {
  it('a kasir opens, sells and closes; journal entries and settings are refused; the bendahara accepts', async () => {
    const t = tempDir('lumbung-kasir-cli-')
    try {
      const file = join(t.dir, 'buku.sqlite')
      copyFileSync(template.file, file)
      // the CLI runs on the real clock: the kasir day is today's
      const today = todayIso('Asia/Jakarta')
      expect(await as(file, 'kasir1', 'till.open', { date: today, openingFloat: 100_000 })).toMatchObject({
        code: 0,
        body: { status: 'BUKA', openingFloat: 100_000 }
      })
      expect(
        (
          await as(file, 'kasir1', 'trading.sell', {
            date: today,
            unit: 'SEMBAKO',
            lines: [{ itemId: template.ids.beras, qty: 1 }]
          })
        ).code
      ).toBe(0)
      const post = await as(file, 'kasir1', 'journal.post', {
        date: today,
        description: 'Coba',
        lines: [
          { account: '1-1110', debit: 1_000 },
          { account: '1-1101', credit: 1_000 }
        ]
      })
      expect(post).toMatchObject({
        code: 1,
        body: {
          error: {
            code: 'UNAUTHORIZED',
            message: expect.stringMatching(/^Peran Kasir gerai .* tidak berwenang untuk: memposting jurnal/)
          }
        }
      })
      expect(await as(file, 'kasir1', 'till.setSettings', { withdrawLimit: 9_000_000 })).toMatchObject({
        code: 1,
        body: { error: { code: 'UNAUTHORIZED' } }
      })
      // 100.000 + 1 × 14.000 = 114.000 expected; 115.000 counted: lebih Rp1.000
      const closed = await as(file, 'kasir1', 'till.close', { counted: 115_000 })
      expect(closed).toMatchObject({ code: 0, body: { expected: 114_000, difference: 1_000 } })
      expect(await as(file, 'teller1', 'till.accept', { sessionId: closed.body.id })).toMatchObject({
        code: 1,
        body: { error: { code: 'UNAUTHORIZED' } }
      })
      expect(await as(file, 'siti', 'till.accept', { sessionId: closed.body.id })).toMatchObject({
        code: 0,
        body: { status: 'DITERIMA' }
      })
      const db = new Database(file, { readonly: true })
      try {
        const bal = (code: string) =>
          (
            db
              .prepare(
                'SELECT COALESCE(SUM(l.debit - l.credit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ?'
              )
              .get(code) as { b: number }
          ).b
        expect([bal('1-1110'), bal('4-3107')]).toEqual([0, -1_000])
        expect(db.prepare(`SELECT actor FROM audit_log WHERE command LIKE 'till.%' ORDER BY id`).all()).toEqual([
          { actor: 'kasir1' },
          { actor: 'kasir1' },
          { actor: 'siti' }
        ])
      } finally {
        db.close()
      }
    } finally {
      t.cleanup()
    }
  })
})
