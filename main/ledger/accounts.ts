import { CommandError } from '../../shared/errors'
import type { Account, AccountType, NormalBalance } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { CONTROL_ACCOUNTS, TYPE_BY_DIGIT, type defaultChart } from './default-chart'

interface AccountRow {
  id: number
  code: string
  name: string
  type: string
  normal_balance: string
  parent_code: string | null
  is_header: number
  is_active: number
  is_used: number
  control: string | null
  allow_overdraft: number
}

function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type as AccountType,
    normalBalance: r.normal_balance as NormalBalance,
    parentCode: r.parent_code,
    isHeader: r.is_header === 1,
    isActive: r.is_active === 1,
    isUsed: r.is_used === 1,
    control: r.control,
    depth: depthOf(r.code),
    allowOverdraft: r.allow_overdraft === 1
  }
}

/** 1 → 0, 1-11 → 1, 1-1101 → 2, 1-1201-01 → 3 */
export function depthOf(code: string): number {
  const parts = code.split('-')
  if (parts.length === 1) return 0
  if (parts.length === 2) return parts[1]!.length <= 2 ? 1 : 2
  return parts.length
}

const SELECT_ACCOUNTS = `SELECT a.id, a.code, a.name, a.type, a.normal_balance, a.is_header, a.is_active, a.control, a.allow_overdraft,
  p.code AS parent_code, EXISTS (SELECT 1 FROM journal_lines l WHERE l.account_id = a.id) AS is_used
  FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id`

export function listAccounts(book: Book, opts: { includeInactive: boolean; postableOnly: boolean }): Account[] {
  const where = [opts.includeInactive ? null : 'a.is_active = 1', opts.postableOnly ? 'a.is_header = 0' : null].filter(
    (w) => w !== null
  )
  const rows = book.q
    .prepare(`${SELECT_ACCOUNTS}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.code`)
    .all() as AccountRow[]
  return rows.map(toAccount)
}

export function getAccount(book: Book, code: string, field = 'code'): Account {
  const r = book.q.prepare(`${SELECT_ACCOUNTS} WHERE a.code = ?`).get(code) as AccountRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Akun ${code} tidak ditemukan`, field)
  return toAccount(r)
}

export function seedChart(ctx: CommandContext, chart: ReturnType<typeof defaultChart>): void {
  const { book } = ctx
  const at = nowIso(ctx)
  const insert = book.q.prepare(
    `INSERT INTO accounts (code, name, type, normal_balance, parent_id, is_header, is_active, created_at, control)
     VALUES (?, ?, ?, ?, (SELECT id FROM accounts WHERE code = ?), ?, 1, ?, ?)`
  )
  for (const a of chart) {
    insert.run(
      a.code,
      a.name,
      a.type,
      a.normalBalance,
      a.parentCode,
      a.isHeader ? 1 : 0,
      at,
      CONTROL_ACCOUNTS[a.code] ?? null
    )
  }
}

function assertCodeUnder(parentCode: string, code: string, field: string): void {
  if (!code.startsWith(parentCode) || code === parentCode) {
    throw new CommandError('INVALID_INPUT', `Kode akun ${code} harus diawali kode induknya ${parentCode}`, field)
  }
  if (depthOf(code) <= depthOf(parentCode)) {
    throw new CommandError(
      'INVALID_INPUT',
      `Kode akun ${code} harus satu tingkat di bawah ${parentCode} (contoh: ${exampleChild(parentCode)})`,
      field
    )
  }
}

function exampleChild(parentCode: string): string {
  const d = depthOf(parentCode)
  if (d === 0) return `${parentCode}-19`
  if (d === 1) return `${parentCode}99`
  return `${parentCode}-01`
}

export function accountHasLines(book: Book, id: number): boolean {
  return book.q.prepare('SELECT 1 FROM journal_lines WHERE account_id = ? LIMIT 1').get(id) !== undefined
}

export function createAccount(ctx: CommandContext, input: CommandParsedInput<'accounts.create'>): Account {
  const { book } = ctx
  const parent = getAccount(book, input.parentCode, 'parentCode')
  assertCodeUnder(parent.code, input.code, 'code')
  if (book.q.prepare('SELECT id FROM accounts WHERE code = ?').get(input.code)) {
    throw new CommandError('CONFLICT', `Kode akun ${input.code} sudah dipakai`, 'code')
  }
  if (!parent.isActive) {
    throw new CommandError('CONFLICT', `Akun induk ${parent.code} tidak aktif`, 'parentCode')
  }
  if (parent.control) {
    throw new CommandError(
      'CONFLICT',
      `Akun ${parent.code} adalah akun kontrol buku pembantu; tidak dapat diberi sub-akun`,
      'parentCode'
    )
  }
  if (!parent.isHeader) {
    // A posting account becomes a header once it gets children; its balance would be lost.
    if (parent.isUsed) {
      throw new CommandError(
        'CONFLICT',
        `Akun ${parent.code} sudah dipakai dalam jurnal, jadi tidak bisa diberi sub-akun. Buat sub-akun di bawah kelompoknya.`,
        'parentCode'
      )
    }
    book.q.prepare('UPDATE accounts SET is_header = 1 WHERE id = ?').run(parent.id)
  }
  const typeInfo = TYPE_BY_DIGIT[input.code[0]!]!
  // A sub-account inherits its parent's side (contra accounts keep theirs).
  book.q
    .prepare(
      'INSERT INTO accounts (code, name, type, normal_balance, parent_id, is_header, is_active, note, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)'
    )
    .run(
      input.code,
      input.name,
      typeInfo.type,
      parent.normalBalance,
      parent.id,
      input.isHeader ? 1 : 0,
      input.note ?? null,
      nowIso(ctx)
    )
  return getAccount(book, input.code)
}

export function updateAccount(ctx: CommandContext, input: CommandParsedInput<'accounts.update'>): Account {
  const { book } = ctx
  const acc = getAccount(book, input.code)
  if (
    input.newCode === undefined &&
    input.name === undefined &&
    input.note === null &&
    input.allowOverdraft === undefined
  ) {
    throw new CommandError('INVALID_INPUT', 'Tidak ada yang diubah: isi nama baru atau kode baru', 'name')
  }
  if (input.allowOverdraft !== undefined && !(/^1-1[12]/.test(acc.code) && !acc.isHeader)) {
    throw new CommandError(
      'INVALID_INPUT',
      `Boleh cerukan: hanya untuk akun kas atau bank (1-11xx, 1-12xx); ${acc.code} bukan`,
      'allowOverdraft'
    )
  }
  let code = acc.code
  if (input.newCode !== undefined && input.newCode !== acc.code) {
    if (acc.isUsed) {
      throw new CommandError(
        'CONFLICT',
        `Kode akun ${acc.code} sudah dipakai dalam jurnal dan tidak dapat diubah`,
        'newCode'
      )
    }
    if (acc.control) throw new CommandError('CONFLICT', `Kode akun kontrol ${acc.code} tidak dapat diubah`, 'newCode')
    if (!acc.parentCode) throw new CommandError('CONFLICT', 'Kode akun golongan utama tidak dapat diubah', 'newCode')
    const hasChildren = book.q.prepare('SELECT 1 FROM accounts WHERE parent_id = ? LIMIT 1').get(acc.id) !== undefined
    if (hasChildren)
      throw new CommandError('CONFLICT', `Akun ${acc.code} punya sub-akun; kodenya tidak dapat diubah`, 'newCode')
    assertCodeUnder(acc.parentCode, input.newCode, 'newCode')
    if (book.q.prepare('SELECT id FROM accounts WHERE code = ?').get(input.newCode)) {
      throw new CommandError('CONFLICT', `Kode akun ${input.newCode} sudah dipakai`, 'newCode')
    }
    code = input.newCode
  }
  // A note of null leaves the note as it is; allowOverdraft undefined leaves the flag.
  book.q
    .prepare(
      'UPDATE accounts SET code = ?, name = ?, note = CASE WHEN ? THEN ? ELSE note END, allow_overdraft = COALESCE(?, allow_overdraft) WHERE id = ?'
    )
    .run(
      code,
      input.name ?? acc.name,
      input.note !== null ? 1 : 0,
      input.note ?? null,
      input.allowOverdraft === undefined ? null : input.allowOverdraft ? 1 : 0,
      acc.id
    )
  return getAccount(book, code)
}

export function setAccountActive(ctx: CommandContext, input: CommandParsedInput<'accounts.setActive'>): Account {
  const { book } = ctx
  const acc = getAccount(book, input.code)
  if (!input.active && acc.control) {
    throw new CommandError(
      'CONFLICT',
      `Akun ${acc.code} adalah akun kontrol buku pembantu dan harus tetap aktif`,
      'code'
    )
  }
  if (!input.active && acc.isHeader) {
    const activeChild = book.q
      .prepare('SELECT code FROM accounts WHERE parent_id = ? AND is_active = 1 LIMIT 1')
      .get(acc.id) as { code: string } | undefined
    if (activeChild) {
      throw new CommandError('CONFLICT', `Nonaktifkan dulu sub-akunnya (mis. ${activeChild.code})`, 'code')
    }
  }
  if (!input.active && !acc.isHeader) {
    const bal = book.q
      .prepare(
        'SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) AS net FROM account_month_balances WHERE account_id = ?'
      )
      .get(acc.id) as { net: number }
    if (bal.net !== 0) {
      throw new CommandError(
        'CONFLICT',
        `Saldo akun ${acc.code} belum nol; pindahkan saldonya dengan jurnal sebelum menonaktifkan`,
        'code'
      )
    }
  }
  if (input.active && acc.parentCode) {
    const parent = getAccount(book, acc.parentCode)
    if (!parent.isActive) throw new CommandError('CONFLICT', `Aktifkan dulu akun induknya ${parent.code}`, 'code')
  }
  book.q.prepare('UPDATE accounts SET is_active = ? WHERE id = ?').run(input.active ? 1 : 0, acc.id)
  return getAccount(book, acc.code)
}
