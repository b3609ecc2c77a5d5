import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import type { SavingsType } from '../../shared/commands/savings'
import type { CollectionImportPreview, ImportRowError } from '../../shared/commands/imports'
import { formatRupiah, parseRupiah } from '../../shared/money/rupiah'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import type { CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { assertCashAccount, controlAccount, insertSavingsRow, memberBalance } from './ledger'
import { asOfForMonth, wajibPositions } from './wajib'
import { todayOf } from '../setup/timezone'
import { requireSettingsAt } from './settings'
import type { Cell } from '../import/table'

/**
 * The wajib bill of a month for every member with something to pay: what is in arrears on the day
 * the bill is made (the same rule and figures as the daftar tunggakan) and what falls due by the
 * month's due day (belum jatuh tempo). Payments settle the oldest months first.
 */
export function wajibBilling(ctx: CommandContext, month: string) {
  const asOf = asOfForMonth(month, todayOf(ctx))
  const rows = wajibPositions(ctx.book, asOf, month)
    .filter((r) => r.shortfall + r.notYetDue > 0)
    .map((r) => ({
      memberId: r.memberId,
      memberNo: r.memberNo,
      name: r.name,
      due: r.notYetDue,
      arrears: r.shortfall,
      total: r.shortfall + r.notYetDue
    }))
  const due = rows.reduce((t, r) => t + r.due, 0)
  const arrears = rows.reduce((t, r) => t + r.arrears, 0)
  return { month, asOf, rows, due, arrears, total: due + arrears }
}

/** Many members' savings received at once (collection round or payroll deduction): one journal. */
export function collectSavings(ctx: CommandContext, input: CommandParsedInput<'savings.collect'>) {
  const { book } = ctx
  assertCashAccount(book, input.cashAccount)
  const members = new Map<number, { member_no: string; name: string; status: string }>()
  const pokokPaid = new Map<number, number>()
  input.items.forEach((it, i) => {
    let m = members.get(it.memberId)
    if (!m) {
      m = book.q.first(qb.selectFrom('members').select(['member_no', 'name', 'status']).where('id', '=', it.memberId))
      if (!m)
        throw new CommandError(
          'NOT_FOUND',
          `Baris ${i + 1}: anggota dengan nomor urut ${it.memberId} tidak ditemukan`,
          `items.${i}.memberId`
        )
      members.set(it.memberId, m)
    }
    if (m.status === 'KELUAR')
      throw new CommandError('CONFLICT', `Baris ${i + 1}: ${m.name} sudah keluar`, `items.${i}.memberId`)
    if (m.status === 'CALON' && it.type !== 'POKOK')
      throw new CommandError(
        'CONFLICT',
        `Baris ${i + 1}: ${m.name} masih calon anggota; bayar simpanan pokok dulu`,
        `items.${i}.type`
      )
    if (it.type === 'POKOK') {
      const s = requireSettingsAt(book, input.date, 'date')
      const paid = (pokokPaid.get(it.memberId) ?? memberBalance(book, it.memberId, 'POKOK')) + it.amount
      if (paid > s.pokokAmount)
        throw new CommandError(
          'INVALID_INPUT',
          `Baris ${i + 1}: simpanan pokok ${m.name} melebihi ${formatRupiah(s.pokokAmount)}`,
          `items.${i}.amount`
        )
      pokokPaid.set(it.memberId, paid)
    }
  })
  const total = input.items.reduce((t, it) => t + it.amount, 0)
  const codes = new Map<SavingsType, string>()
  const code = (t: SavingsType) => {
    if (!codes.has(t)) codes.set(t, controlAccount(book, t).code)
    return codes.get(t)!
  }
  const entry = postEntryId(
    ctx,
    {
      date: input.date,
      description: input.description ?? `Penerimaan simpanan ${input.items.length} anggota`,
      reference: input.reference,
      series: 'KM',
      lines: [
        { account: input.cashAccount, debit: total, credit: 0, memberId: null, unit: null, pihak: null, memo: null },
        ...input.items.map((it) => ({
          account: code(it.type),
          debit: 0,
          credit: it.amount,
          memberId: it.memberId,
          unit: null,
          pihak: null,
          memo: null
        }))
      ]
    },
    { source: 'SIMPANAN' }
  )
  for (const it of input.items) {
    insertSavingsRow(ctx, {
      memberId: it.memberId,
      type: it.type,
      kind: 'SETOR',
      date: input.date,
      amount: it.amount,
      entryId: entry.id,
      note: input.reference
    })
  }
  return { count: input.items.length, total, entry }
}

/** A payroll-deduction list: nomor anggota, jumlah, and optionally jenis (default wajib). */
export function analyzeCollectionFile(book: Book, file: string, table: Cell[][]): CollectionImportPreview {
  const text = (c: Cell) =>
    c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()
  const headerIndex = table.findIndex((r) => r.some((c) => text(c) !== ''))
  if (headerIndex < 0) throw new CommandError('INVALID_INPUT', 'Berkas kosong: tidak ada baris judul kolom', 'file')
  const headers = table[headerIndex]!.map(text)
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
  const find = (names: string[]) => headers.findIndex((h) => names.includes(norm(h)))
  const noCol = find(['noanggota', 'nomoranggota', 'kodeanggota', 'idanggota'])
  const amountCol = find(['jumlah', 'nominal', 'potongan', 'jumlahpotongan', 'setoran', 'rupiah', 'jumlahrp'])
  const typeCol = find(['jenis', 'jenissimpanan', 'simpanan'])
  if (noCol < 0) throw new CommandError('INVALID_INPUT', 'Kolom "No. Anggota" tidak ditemukan', 'file')
  if (amountCol < 0) throw new CommandError('INVALID_INPUT', 'Kolom "Jumlah" tidak ditemukan', 'file')
  const errors: ImportRowError[] = []
  const items: CollectionImportPreview['items'] = []
  const byNo = qb.selectFrom('members').select(['id', 'name', 'status'])
  let rows = 0
  for (let r = headerIndex + 1; r < table.length; r++) {
    const raw = table[r]!
    if (raw.every((c) => text(c) === '')) continue
    rows++
    const rowNo = r + 1
    const before = errors.length
    const no = text(raw[noCol] ?? null)
    const m = book.q.first(byNo.where('member_no', '=', no))
    if (!m) errors.push({ row: rowNo, column: headers[noCol]!, message: `anggota ${no || '(kosong)'} tidak ditemukan` })
    else if (m.status !== 'AKTIF')
      errors.push({ row: rowNo, column: headers[noCol]!, message: `${m.name} berstatus ${m.status}` })
    const rawAmount = raw[amountCol] ?? null
    let amount = 0
    if (typeof rawAmount === 'number') amount = rawAmount
    else {
      const p = parseRupiah(text(rawAmount))
      if (!p.ok) errors.push({ row: rowNo, column: headers[amountCol]!, message: p.message })
      else amount = p.value
    }
    if (errors.length === before && (!Number.isSafeInteger(amount) || amount <= 0))
      errors.push({ row: rowNo, column: headers[amountCol]!, message: 'jumlah harus lebih dari Rp0 tanpa sen' })
    const t = typeCol >= 0 ? norm(text(raw[typeCol] ?? null)) : ''
    const type: SavingsType | null =
      t === '' || t.includes('wajib')
        ? 'WAJIB'
        : t.includes('sukarela') || t.includes('tabungan')
          ? 'SUKARELA'
          : t.includes('pokok')
            ? 'POKOK'
            : null
    if (!type) errors.push({ row: rowNo, column: headers[typeCol]!, message: 'jenis harus pokok, wajib atau sukarela' })
    if (errors.length === before && m && type)
      items.push({ row: rowNo, memberId: m.id, memberNo: no, name: m.name, type, amount })
  }
  return {
    file,
    rows,
    valid: items.length,
    headers,
    errors: errors.slice(0, 1000),
    total: items.reduce((s, i) => s + i.amount, 0),
    items
  }
}
