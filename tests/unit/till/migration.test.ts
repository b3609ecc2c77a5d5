import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openBook } from '../../../main/db/book'
import { createExecutor } from '../../../main/commands/executor'
import { SAMPLE_PROFILE, tempDir } from '../../helpers/book'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

const now = () => new Date('2026-03-10T03:00:00Z')

describe('migration 0023 on a book from before the teller role', () => {
  it('keeps users, their ids and open sessions; the teller role is accepted; the selisih kas accounts join the chart', async () => {
    const { dir, cleanup } = tempDir()
    cleanups.push(cleanup)
    const file = join(dir, 'lama.sqlite')
    const old = await openBook(file, { create: true, targetVersion: 21 })
    const host = createExecutor(old, { now })
    const ok = async (name: string, input: unknown, sessionToken?: string) => {
      const r = await host.execute(name, input, { sessionToken: sessionToken ?? null })
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
      return r.result as Record<string, unknown>
    }
    await ok('setup.initialize', { profile: SAMPLE_PROFILE, firstFinancialYear: 2026, booksStartDate: '2026-01-01' })
    // a chart from before this version has no selisih kas accounts
    old.sqlite.exec(`DELETE FROM accounts WHERE code IN ('4-3107', '5-3405')`)
    await ok('users.create', { username: 'siti', fullName: 'Siti', role: 'bendahara', password: 'bendahara-123' })
    await ok('users.create', { username: 'rina', fullName: 'Rina', role: 'kasir', password: 'kasir-12345' })
    expect(
      (
        await host.execute('users.create', {
          username: 'tono',
          fullName: 'Tono',
          role: 'teller',
          password: 'teller-12345'
        })
      ).ok
    ).toBe(false)
    await ok('auth.setEnabled', { enabled: true })
    const token = (await ok('auth.login', { username: 'rina', password: 'kasir-12345' })).sessionToken as string
    const ids = old.sqlite.prepare('SELECT id, username, role FROM users ORDER BY id').all()
    await host.close()
    old.close()

    const book = await openBook(file, { backupDir: join(dir, 'cadangan') })
    cleanups.push(() => book.close())
    expect(book.migration).toMatchObject({ from: 21 })
    expect(book.sqlite.prepare('SELECT id, username, role FROM users ORDER BY id').all()).toEqual(ids)
    const h = createExecutor(book, { now })
    // the kasir's session survived the rebuilt users table
    expect(await h.execute('till.current', {}, { sessionToken: token })).toEqual({ ok: true, result: null })
    const siti = (await h.execute('auth.login', { username: 'siti', password: 'bendahara-123' })) as {
      ok: true
      result: { sessionToken: string }
    }
    expect(
      (
        await h.execute(
          'users.create',
          { username: 'tono', fullName: 'Tono', role: 'teller', password: 'teller-12345' },
          { sessionToken: siti.result.sessionToken }
        )
      ).ok
    ).toBe(true)
    expect(
      book.sqlite
        .prepare(
          `SELECT a.code, a.name, a.type, a.normal_balance AS nb, p.code AS parent FROM accounts a JOIN accounts p ON p.id = a.parent_id WHERE a.code IN ('4-3107', '5-3405') ORDER BY a.code`
        )
        .all()
    ).toEqual([
      { code: '4-3107', name: 'Selisih Lebih Kas', type: 'PENDAPATAN', nb: 'K', parent: '4-31' },
      { code: '5-3405', name: 'Selisih Kurang Kas', type: 'BEBAN', nb: 'D', parent: '5-34' }
    ])
    expect(book.sqlite.pragma('foreign_key_check')).toEqual([])
    const check = await h.execute('system.check', {}, { sessionToken: siti.result.sessionToken })
    expect(check.ok && (check.result as { ok: boolean }).ok, JSON.stringify(check)).toBe(true)
    await h.close()
  })
})
