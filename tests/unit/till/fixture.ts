import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { createExecutor, type BookHost } from '../../../main/commands/executor'
import { createTestBook, tempDir, type TestBook } from '../../helpers/book'
import type { CommandResponse } from '../../../shared/errors'

/** 10 March 2026, 10.00 WIB: "today" of every kasir day below. */
export const NOW = new Date('2026-03-10T03:00:00Z')
export const TODAY = '2026-03-10'

export const USERS = [
  { username: 'siti', fullName: 'Siti Bendahara', role: 'bendahara', password: 'bendahara-123' },
  { username: 'pak.ketua', fullName: 'Pak Ketua', role: 'ketua', password: 'ketua-12345' },
  { username: 'bu.pengawas', fullName: 'Bu Pengawas', role: 'pengawas', password: 'pengawas-123' },
  { username: 'peninjau', fullName: 'Peninjau', role: 'viewer', password: 'peninjau-123' },
  { username: 'kasir1', fullName: 'Rina Kasir', role: 'kasir', password: 'kasir-12345' },
  { username: 'kasir2', fullName: 'Dedi Kasir', role: 'kasir', password: 'kasir-67890' },
  { username: 'teller1', fullName: 'Tono Teller', role: 'teller', password: 'teller-12345' }
] as const
export type Username = (typeof USERS)[number]['username']

export interface Desk {
  tb: TestBook
  host: BookHost
  token: Record<Username, string>
  ids: { siti: number; beras: number; loan: number }
  as: (user: Username | null, name: string, input: unknown) => Promise<CommandResponse<unknown>>
  ok: <T = unknown>(user: Username | null, name: string, input: unknown) => Promise<T>
}

export interface DeskTemplate {
  file: string
  token: Record<Username, string>
  ids: { siti: number; beras: number; loan: number }
  cleanup: () => void
}

/**
 * A book with Rp5.000.000 in Kas Kantor, savings settings, one member (Siti Aminah, sukarela
 * Rp500.000, a loan of Rp1.200.000 disbursed on 2 March), 10 kg beras bought at Rp12.000 (sold at
 * Rp14.000), every role as a user and logged
 * in, login on. Built once (passwords are slow to hash on purpose); each test opens a copy.
 */
export async function buildDeskTemplate(): Promise<DeskTemplate> {
  const tb = await createTestBook({ now: NOW })
  tb.run('journal.post', {
    date: '2026-03-01',
    description: 'Hibah modal awal',
    lines: [
      { account: '1-1101', debit: 5_000_000 },
      { account: '3-3101', credit: 5_000_000 }
    ]
  })
  tb.run('savings.setSettings', { effectiveFrom: '2026-01-01', pokokAmount: 50_000, wajibAmount: 20_000 })
  const siti = tb.run('members.create', { name: 'Siti Aminah', gender: 'P', joinedAt: '2026-03-01' }).id
  tb.run('savings.deposit', { memberId: siti, type: 'POKOK', amount: 50_000, date: '2026-03-02' })
  tb.run('savings.deposit', { memberId: siti, type: 'SUKARELA', amount: 500_000, date: '2026-03-02' })
  const beras = tb.run('trading.saveItem', {
    unit: 'SEMBAKO',
    code: 'BRS5',
    name: 'Beras medium',
    uom: 'kg',
    sellPrice: 14_000
  }).id
  const sup = tb.run('trading.saveSupplier', { name: 'UD Makmur' }).id
  tb.run('trading.purchase', {
    date: '2026-03-02',
    unit: 'SEMBAKO',
    supplierId: sup,
    payment: 'TUNAI',
    lines: [{ itemId: beras, qty: 10, unitCost: 12_000 }]
  })
  tb.run('loans.setProduct', {
    code: 'UMUM',
    effectiveFrom: '2026-01-01',
    name: 'Pinjaman Umum',
    method: 'flat',
    ratePerMonth: '1.5',
    maxTenor: 24,
    maxAmount: 20_000_000,
    provisiPercent: '0'
  })
  const loan = tb.run('loans.apply', {
    memberId: siti,
    productCode: 'UMUM',
    principal: 1_200_000,
    tenorMonths: 12,
    date: '2026-03-02'
  }).id
  tb.run('loans.decide', { loanId: loan, approve: true, date: '2026-03-02' })
  tb.run('loans.disburse', { loanId: loan, date: '2026-03-02', firstDueDate: '2026-04-02' })
  const host = createExecutor(tb.book, { now: () => new Date(NOW.getTime()) })
  for (const u of USERS) {
    const r = await host.execute('users.create', u)
    if (!r.ok) throw new Error(r.error.message)
  }
  tb.run('auth.setEnabled', { enabled: true })
  const token = {} as Record<Username, string>
  for (const u of USERS) {
    const r = await host.execute('auth.login', { username: u.username, password: u.password })
    if (!r.ok) throw new Error(r.error.message)
    token[u.username] = (r.result as { sessionToken: string }).sessionToken
  }
  const t = tempDir('lumbung-kasir-')
  const file = join(t.dir, 'template.sqlite')
  tb.book.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  copyFileSync(tb.file, file)
  tb.close()
  return { file, token, ids: { siti, beras, loan }, cleanup: t.cleanup }
}

export async function openDesk(t: DeskTemplate): Promise<Desk> {
  const dir = tempDir('lumbung-kasir-')
  const file = join(dir.dir, 'buku.sqlite')
  copyFileSync(t.file, file)
  const tb = await createTestBook({ file, initialize: false, now: NOW })
  const host = createExecutor(tb.book, { now: () => new Date(NOW.getTime()) })
  const as = (user: Username | null, name: string, input: unknown) =>
    host.execute(name, input, { sessionToken: user ? t.token[user] : null })
  const ok = async <T>(user: Username | null, name: string, input: unknown): Promise<T> => {
    const r = await as(user, name, input)
    if (!r.ok) throw new Error(`${name} oleh ${user}: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  const close = tb.close
  tb.close = () => {
    close()
    dir.cleanup()
  }
  return { tb, host, token: t.token, ids: t.ids, as, ok }
}

/** Balance (debit − credit) of an account from its ledger lines, read straight from SQLite. */
export function balanceOf(tb: TestBook, code: string): number {
  return (
    tb.book.sqlite
      .prepare(
        'SELECT COALESCE(SUM(l.debit - l.credit), 0) AS b FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code = ?'
      )
      .get(code) as { b: number }
  ).b
}
