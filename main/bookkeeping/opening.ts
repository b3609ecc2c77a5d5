import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { OpeningAccount, OpeningResult, OpeningStatus } from '../../shared/commands/bookkeeping'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatDateLong } from '../../shared/dates/format'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { requireProfile } from '../setup/profile'
import { netByAccount } from './common'

export const OPENING_SOURCE = 'SALDO_AWAL'

interface BsAccount {
  id: number
  code: string
  name: string
  type: 'ASET' | 'LIABILITAS' | 'EKUITAS'
  normal_balance: 'D' | 'K'
  control: string | null
  is_active: number
}

function balanceSheetAccounts(book: Book): BsAccount[] {
  return book.q
    .prepare(
      `SELECT id, code, name, type, normal_balance, control, is_active FROM accounts WHERE type IN ('ASET','LIABILITAS','EKUITAS') AND is_header = 0 ORDER BY code`
    )
    .all() as BsAccount[]
}

/** The opening entry still standing (posted and not reversed). */
export function currentOpening(book: Book): { entryId: number; number: string; date: string } | null {
  const r = book.q
    .prepare(
      `SELECT e.id, e.number, e.date FROM journal_entries e
       WHERE e.source = ? AND e.reversal_of IS NULL AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.reversal_of = e.id)
       ORDER BY e.id DESC LIMIT 1`
    )
    .get(OPENING_SOURCE) as { id: number; number: string; date: string } | undefined
  return r ? { entryId: r.id, number: r.number, date: r.date } : null
}

const split = (net: number) => (net >= 0 ? { debit: net, credit: 0 } : { debit: 0, credit: -net })

export function openingStatus(book: Book, input: CommandParsedInput<'opening.status'>): OpeningStatus {
  const posted = currentOpening(book)
  const date = input.date ?? posted?.date ?? requireProfile(book).booksStartDate
  const nets = netByAccount(book, date)
  const controlTotals = { debit: 0, credit: 0 }
  const accounts: OpeningAccount[] = []
  for (const a of balanceSheetAccounts(book)) {
    const net = nets.get(a.id) ?? 0
    if (!a.is_active && net === 0) continue
    const s = split(net)
    if (a.control) {
      controlTotals.debit += s.debit
      controlTotals.credit += s.credit
    }
    accounts.push({
      code: a.code,
      name: a.name,
      type: a.type,
      normalBalance: a.normal_balance,
      control: a.control,
      existingDebit: s.debit,
      existingCredit: s.credit
    })
  }
  return { date, posted, accounts, controlTotals }
}

/**
 * Saldo awal from the last balance sheet. Each entered amount is the balance the account must
 * have on the date; control accounts (simpanan, piutang pinjaman) keep what their sub-ledgers
 * already posted on or before the date. The sheet (entered + control balances) must balance.
 * The entry posts, per non-control balance-sheet account, entered − already posted, so that the
 * offset of an earlier savings import (kas or an equity account) is not counted twice and an
 * account left out ends at zero. The trial balance on the date is then exactly the sheet.
 */
export function postOpening(ctx: CommandContext, input: CommandParsedInput<'opening.post'>): OpeningResult {
  const { book } = ctx
  const existing = currentOpening(book)
  if (existing) {
    throw new CommandError(
      'CONFLICT',
      `Saldo awal sudah diposting (${existing.number}, ${formatDateLong(existing.date)}); balik jurnal itu dulu bila ingin memposting ulang`,
      'date'
    )
  }
  const accounts = balanceSheetAccounts(book)
  const byCode = new Map(accounts.map((a) => [a.code, a]))
  const targets = new Map<number, number>()
  let enteredDebit = 0
  let enteredCredit = 0
  input.lines.forEach((l, i) => {
    const label = `Baris ${i + 1}`
    const field = `lines.${i}.account`
    const a = byCode.get(l.account)
    if (!a) {
      const any = book.q.prepare('SELECT code, name, type, is_header FROM accounts WHERE code = ?').get(l.account) as
        { code: string; name: string; type: string; is_header: number } | undefined
      if (!any) throw new CommandError('NOT_FOUND', `${label}: akun ${l.account} tidak ditemukan`, field)
      if (any.is_header)
        throw new CommandError(
          'INVALID_INPUT',
          `${label}: akun ${any.code} ${any.name} adalah akun induk; pilih salah satu sub-akunnya`,
          field
        )
      throw new CommandError(
        'INVALID_INPUT',
        `${label}: akun ${any.code} ${any.name} bukan akun neraca (aset, liabilitas atau ekuitas); saldo awal hanya untuk akun neraca`,
        field
      )
    }
    if (a.control) {
      throw new CommandError(
        'INVALID_INPUT',
        a.control.startsWith('PINJAMAN')
          ? `${label}: akun ${a.code} ${a.name} adalah akun kontrol pinjaman; saldonya berasal dari pinjaman tiap anggota (menu Pinjaman), tidak diisi di sini`
          : `${label}: akun ${a.code} ${a.name} adalah akun kontrol simpanan; isi saldo awal simpanan per anggota lewat Simpanan › Impor, tidak di sini`,
        field
      )
    }
    if (!a.is_active) throw new CommandError('INVALID_INPUT', `${label}: akun ${a.code} ${a.name} tidak aktif`, field)
    if (targets.has(a.id))
      throw new CommandError('INVALID_INPUT', `${label}: akun ${a.code} ${a.name} diisi lebih dari sekali`, field)
    targets.set(a.id, l.debit - l.credit)
    enteredDebit += l.debit
    enteredCredit += l.credit
  })

  const pl = book.q
    .prepare(
      `SELECT a.code FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.date <= ? AND a.type IN ('PENDAPATAN','BEBAN') LIMIT 1`
    )
    .get(input.date) as { code: string } | undefined
  if (pl) {
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: sudah ada posting pendapatan/beban (akun ${pl.code}) pada atau sebelum ${formatDateLong(input.date)}; saldo awal harus bertanggal sebelum transaksi berjalan`,
      'date'
    )
  }

  const nets = netByAccount(book, input.date)
  let controlDebit = 0
  let controlCredit = 0
  for (const a of accounts) {
    if (!a.control) continue
    const s = split(nets.get(a.id) ?? 0)
    controlDebit += s.debit
    controlCredit += s.credit
  }
  const totalDebit = enteredDebit + controlDebit
  const totalCredit = enteredCredit + controlCredit
  if (totalDebit !== totalCredit) {
    const controls =
      controlDebit + controlCredit > 0
        ? ` (termasuk saldo akun kontrol simpanan/pinjaman: debit ${formatRupiah(controlDebit)}, kredit ${formatRupiah(controlCredit)})`
        : ''
    throw new CommandError(
      'UNBALANCED',
      `Saldo awal tidak seimbang: total debit ${formatRupiah(totalDebit)}, total kredit ${formatRupiah(totalCredit)}, selisih ${formatRupiah(Math.abs(totalDebit - totalCredit))}${controls}`,
      'lines'
    )
  }
  const lines: {
    account: string
    debit: number
    credit: number
    memberId: null
    unit: null
    pihak: null
    memo: string | null
  }[] = []
  for (const a of accounts) {
    if (a.control) continue
    const diff = (targets.get(a.id) ?? 0) - (nets.get(a.id) ?? 0)
    if (diff === 0) continue
    lines.push({ account: a.code, ...split(diff), memberId: null, unit: null, pihak: null, memo: 'Saldo awal' })
  }
  if (lines.length === 0) {
    throw new CommandError(
      'INVALID_INPUT',
      'Baris: tidak ada saldo yang perlu diposting; semua akun sudah sesuai',
      'lines'
    )
  }
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: `Saldo awal per ${formatDateLong(input.date)}`,
      reference: null,
      series: 'JU',
      lines
    },
    { source: OPENING_SOURCE }
  )
  return { entry, date: input.date, totalDebit, totalCredit }
}
