import { CommandError } from '../../shared/errors'
import { sql, type InferResult } from 'kysely'
import type { Account } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { CONTROL_ACCOUNTS, TYPE_BY_DIGIT, type defaultChart } from './default-chart'

function selectAccounts() {
  return qb
    .selectFrom('accounts as a')
    .leftJoin('accounts as p', 'p.id', 'a.parent_id')
    .select([
      'a.id',
      'a.code',
      'a.name',
      'a.type',
      'a.normal_balance',
      'a.is_header',
      'a.is_active',
      'a.control',
      'a.allow_overdraft',
      'p.code as parent_code'
    ])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('journal_lines as l').select(sql.lit(1).as('one')).whereRef('l.account_id', '=', 'a.id'))
        .as('is_used')
    )
}

type AccountRow = InferResult<ReturnType<typeof selectAccounts>>[number]

function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    normalBalance: r.normal_balance,
    parentCode: r.parent_code,
    isHeader: r.is_header === 1,
    isActive: r.is_active === 1,
    isUsed: Number(r.is_used) === 1,
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

export function listAccounts(book: Book, opts: { includeInactive: boolean; postableOnly: boolean }): Account[] {
  let query = selectAccounts()
  if (!opts.includeInactive) query = query.where('a.is_active', '=', 1)
  if (opts.postableOnly) query = query.where('a.is_header', '=', 0)
  return book.q.all(query.orderBy('a.code')).map(toAccount)
}

export function getAccount(book: Book, code: string, field = 'code'): Account {
  const r = book.q.first(selectAccounts().where('a.code', '=', code))
  if (!r) throw new CommandError('NOT_FOUND', `Akun ${code} tidak ditemukan`, field)
  return toAccount(r)
}

export function seedChart(ctx: CommandContext, chart: ReturnType<typeof defaultChart>): void {
  const { book } = ctx
  const at = nowIso(ctx)
  for (const a of chart) {
    book.q.run(
      qb.insertInto('accounts').values({
        code: a.code,
        name: a.name,
        type: a.type,
        normal_balance: a.normalBalance,
        parent_id: qb
          .selectFrom('accounts')
          .select('id')
          .where('code', '=', a.parentCode ?? null),
        is_header: a.isHeader ? 1 : 0,
        is_active: 1,
        created_at: at,
        control: CONTROL_ACCOUNTS[a.code] ?? null
      })
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
  return book.q.first(qb.selectFrom('journal_lines').select('id').where('account_id', '=', id).limit(1)) !== undefined
}

function codeTaken(book: Book, code: string): boolean {
  return book.q.first(qb.selectFrom('accounts').select('id').where('code', '=', code)) !== undefined
}

export function createAccount(ctx: CommandContext, input: CommandParsedInput<'accounts.create'>): Account {
  const { book } = ctx
  const parent = getAccount(book, input.parentCode, 'parentCode')
  assertCodeUnder(parent.code, input.code, 'code')
  if (codeTaken(book, input.code)) {
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
    book.q.run(qb.updateTable('accounts').set({ is_header: 1 }).where('id', '=', parent.id))
  }
  const typeInfo = TYPE_BY_DIGIT[input.code[0]!]!
  // A sub-account inherits its parent's side (contra accounts keep theirs).
  book.q.run(
    qb.insertInto('accounts').values({
      code: input.code,
      name: input.name,
      type: typeInfo.type,
      normal_balance: parent.normalBalance,
      parent_id: parent.id,
      is_header: input.isHeader ? 1 : 0,
      is_active: 1,
      note: input.note ?? null,
      created_at: nowIso(ctx)
    })
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
    const hasChildren =
      book.q.first(qb.selectFrom('accounts').select('id').where('parent_id', '=', acc.id).limit(1)) !== undefined
    if (hasChildren)
      throw new CommandError('CONFLICT', `Akun ${acc.code} punya sub-akun; kodenya tidak dapat diubah`, 'newCode')
    assertCodeUnder(acc.parentCode, input.newCode, 'newCode')
    if (codeTaken(book, input.newCode)) {
      throw new CommandError('CONFLICT', `Kode akun ${input.newCode} sudah dipakai`, 'newCode')
    }
    code = input.newCode
  }
  // A note of null leaves the note as it is; allowOverdraft undefined leaves the flag.
  book.q.run(
    qb
      .updateTable('accounts')
      .set({
        code,
        name: input.name ?? acc.name,
        ...(input.note !== null ? { note: input.note ?? null } : {}),
        ...(input.allowOverdraft !== undefined ? { allow_overdraft: input.allowOverdraft ? 1 : 0 } : {})
      })
      .where('id', '=', acc.id)
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
    const activeChild = book.q.first(
      qb.selectFrom('accounts').select('code').where('parent_id', '=', acc.id).where('is_active', '=', 1).limit(1)
    )
    if (activeChild) {
      throw new CommandError('CONFLICT', `Nonaktifkan dulu sub-akunnya (mis. ${activeChild.code})`, 'code')
    }
  }
  if (!input.active && !acc.isHeader) {
    const bal = book.q.row<{ net: number }>(
      'SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) AS net FROM account_month_balances WHERE account_id = ?',
      acc.id
    )!
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
  book.q.run(
    qb
      .updateTable('accounts')
      .set({ is_active: input.active ? 1 : 0 })
      .where('id', '=', acc.id)
  )
  return getAccount(book, acc.code)
}
