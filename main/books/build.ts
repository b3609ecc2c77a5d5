import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import { BOOK_TITLES, type BookKind } from '../../shared/books/kinds'
import { EXIT_REASON_LABELS } from '../../shared/commands/members'
import { formatDateLong } from '../../shared/dates/format'
import { parseQtyMilli } from '../../shared/trading/cost'
import { formatRupiah } from '../../shared/money/rupiah'
import { formatPercentId } from '../../shared/shu/allocate'
import type { Book } from '../db/book'
import type { CommandContext } from '../commands/context'
import { requireProfile } from '../setup/profile'
import { signatories } from '../rat/organisation'
import { cashBook } from '../bookkeeping/cash'
import { assetRegister } from '../bookkeeping/assets'
import { accountLedger } from '../ledger/account-ledger'
import { getEntry, listEntries } from '../ledger/journal'
import { trialBalance } from '../ledger/trial-balance'
import { listMembers } from '../members/register'
import { memberBalances } from '../savings/reports'
import { getLoan, listLoans } from '../loans/loans'
import { salesByDay, stockCard, DOC_LABEL } from '../trading/trading'
import type { BookColumn, BookDocument, BookRow, BookTable } from './model'

export type BookInput = CommandParsedInput<'books.export'>

/** Everything a page of a book may hold: one query through the domain's own functions, never a second count. */
const ALL = 1_000_000_000

const periodLine = (from: string, to: string) => `Periode ${formatDateLong(from)} sampai dengan ${formatDateLong(to)}`
const asOfLine = (asOf: string) => `Per ${formatDateLong(asOf)}`

function col(label: string, kind: BookColumn['kind'], width?: number | '*'): BookColumn {
  return width === undefined ? { label, kind } : { label, kind, width }
}

interface Resolved {
  from: string
  to: string
  asOf: string
}

/** The period a book covers: `to` (or `asOf`) defaults to today, `from` to the first day of that year. */
function resolve(i: BookInput, today: string): Resolved {
  const to = i.to ?? i.asOf ?? today
  const from = i.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) throw new CommandError('INVALID_INPUT', 'Dari tanggal: tidak boleh setelah "sampai tanggal"', 'from')
  return { from, to, asOf: i.asOf ?? i.to ?? today }
}

function need<T>(v: T | undefined, field: string, label: string): T {
  if (v === undefined) throw new CommandError('INVALID_INPUT', `${label}: wajib diisi untuk buku ini`, field)
  return v
}

type Roles = 'KETUA' | 'SEKRETARIS' | 'BENDAHARA'

function signers(
  book: Book,
  date: string,
  roles: readonly Roles[],
  prefix: Partial<Record<Roles, string>> = {}
): BookDocument['signers'] {
  const all = signatories(book, date).signatories
  return roles.map((r) => {
    const s = all.find((x) => x.role === r)!
    return { role: `${prefix[r] ?? ''}${s.label}`, name: s.name }
  })
}

const qty = (s: string) => {
  const neg = s.startsWith('-')
  const m = parseQtyMilli(neg ? s.slice(1) : s)
  if (m === null) throw new Error(`jumlah barang tidak terbaca: ${s}`)
  return neg ? -m : m
}

function base(
  book: Book,
  kind: BookKind,
  signedAt: string,
  parts: Pick<BookDocument, 'subtitle' | 'tables' | 'period'> &
    Partial<Pick<BookDocument, 'facts' | 'landscape' | 'signers' | 'what'>>
): BookDocument {
  return {
    kind,
    title: BOOK_TITLES[kind],
    landscape: false,
    signers: null,
    what: null,
    ...parts,
    profile: requireProfile(book),
    signedAt
  }
}

function firstBankAccount(book: Book): string {
  const r = book.q
    .prepare(
      `SELECT code FROM accounts WHERE code LIKE '1-12%' AND is_header = 0 AND is_active = 1 AND control IS NULL ORDER BY code LIMIT 1`
    )
    .get() as { code: string } | undefined
  if (!r) throw new CommandError('NOT_FOUND', 'Akun: belum ada akun bank (1-12xx) di bagan akun', 'account')
  return r.code
}

function cashOrBank(book: Book, kind: 'BUKU_KAS' | 'BUKU_BANK', i: BookInput, p: Resolved): BookDocument {
  const account = i.account ?? (kind === 'BUKU_KAS' ? '1-1101' : firstBankAccount(book))
  const bank = account.startsWith('1-12')
  if (bank !== (kind === 'BUKU_BANK')) {
    throw new CommandError(
      'INVALID_INPUT',
      kind === 'BUKU_KAS'
        ? `Akun: ${account} adalah akun bank; pilih Buku Bank`
        : `Akun: ${account} bukan akun bank (1-12xx); pilih Buku Kas`,
      'account'
    )
  }
  const cb = cashBook(book, { account, from: p.from, to: p.to })
  const rows: BookRow[] = [
    { cells: [p.from, '', 'Saldo awal', null, null, cb.opening], emphasis: true },
    ...cb.rows.map((r) => ({ cells: [r.date, r.number, r.description, r.in, r.out, r.balance] })),
    { cells: [null, '', 'Jumlah mutasi', cb.totalIn, cb.totalOut, null], emphasis: true },
    { cells: [p.to, '', 'Saldo akhir', null, null, cb.closing], emphasis: true }
  ]
  return base(book, kind, p.to, {
    subtitle: [`${cb.account.code} ${cb.account.name}`, periodLine(p.from, p.to)],
    tables: [
      {
        columns: [
          col('Tanggal', 'date', 52),
          col('No. Bukti', 'text', 78),
          col('Uraian', 'text', '*'),
          col('Masuk (Debit)', 'money', 72),
          col('Keluar (Kredit)', 'money', 72),
          col('Saldo', 'money', 76)
        ],
        rows
      }
    ],
    period: { from: p.from, to: p.to },
    what: account === '1-1101' && kind === 'BUKU_KAS' ? null : account,
    signers: signers(book, p.to, ['KETUA', 'BENDAHARA'], { KETUA: 'Mengetahui, ' })
  })
}

function generalLedger(book: Book, i: BookInput, p: Resolved): BookDocument {
  const account = need(i.account, 'account', 'Akun')
  const l = accountLedger(book, { account, from: p.from, to: p.to, unit: i.unit, page: 1, pageSize: ALL })
  const rows: BookRow[] = [
    { cells: [p.from, '', 'Saldo awal', null, null, l.openingBalance], emphasis: true },
    ...l.lines.map((x) => ({
      cells: [
        x.date,
        x.number,
        [x.description, x.memo, x.memberName].filter(Boolean).join(' · '),
        x.debit,
        x.credit,
        x.balance
      ]
    })),
    { cells: [null, '', 'Jumlah', l.totalDebit, l.totalCredit, null], emphasis: true },
    { cells: [p.to, '', 'Saldo akhir', null, null, l.closingBalance], emphasis: true }
  ]
  return base(book, 'BUKU_BESAR', p.to, {
    subtitle: [
      `${l.account.code} ${l.account.name} (saldo normal ${l.account.normalBalance === 'D' ? 'debit' : 'kredit'})${i.unit ? ` · unit ${i.unit}` : ''}`,
      periodLine(p.from, p.to)
    ],
    tables: [
      {
        columns: [
          col('Tanggal', 'date', 52),
          col('No. Jurnal', 'text', 78),
          col('Keterangan', 'text', '*'),
          col('Debit', 'money', 72),
          col('Kredit', 'money', 72),
          col('Saldo', 'money', 76)
        ],
        rows
      }
    ],
    period: { from: p.from, to: p.to },
    what: account
  })
}

function generalJournal(book: Book, i: BookInput, p: Resolved): BookDocument {
  const list = listEntries(book, {
    from: p.from,
    to: p.to,
    page: 1,
    pageSize: ALL,
    ...(i.account ? { account: i.account } : {}),
    ...(i.unit ? { unit: i.unit } : {})
  })
  const rows: BookRow[] = []
  let debit = 0
  let credit = 0
  // The list comes newest first, as the screen shows it; the book reads in posting order.
  for (const s of [...list.items].reverse()) {
    const e = getEntry(book, { id: s.id })
    rows.push({ cells: [e.date, e.number, e.description, null, null, null] })
    for (const l of e.lines) {
      debit += l.debit
      credit += l.credit
      rows.push({
        cells: [
          null,
          '',
          `${l.credit > 0 ? '      ' : '   '}${l.accountName}${l.memo ? ` · ${l.memo}` : ''}`,
          l.accountCode,
          l.debit || null,
          l.credit || null
        ]
      })
    }
  }
  rows.push({ cells: [null, '', 'Jumlah', null, debit, credit], emphasis: true })
  return base(book, 'JURNAL_UMUM', p.to, {
    subtitle: [periodLine(p.from, p.to), `${list.total} jurnal`],
    tables: [
      {
        columns: [
          col('Tanggal', 'date', 52),
          col('No. Jurnal', 'text', 78),
          col('Keterangan / Akun', 'text', '*'),
          col('Kode', 'text', 46),
          col('Debit', 'money', 72),
          col('Kredit', 'money', 72)
        ],
        rows
      }
    ],
    period: { from: p.from, to: p.to }
  })
}

function trialBalanceBook(book: Book, i: BookInput, p: Resolved): BookDocument {
  const withPeriod = i.from !== undefined
  const tb = trialBalance(
    book,
    withPeriod
      ? { from: p.from, to: p.to, includeZero: false, unit: i.unit }
      : { asOf: p.asOf, includeZero: false, unit: i.unit }
  )
  const rows: BookRow[] = []
  for (const r of tb.rows) {
    if (r.isHeader) rows.push({ cells: [r.code, r.name, ...Array(withPeriod ? 6 : 2).fill(null)] as BookRow['cells'] })
    else if (withPeriod)
      rows.push({
        cells: [
          r.code,
          r.name,
          r.openingDebit,
          r.openingCredit,
          r.movementDebit,
          r.movementCredit,
          r.closingDebit,
          r.closingCredit
        ]
      })
    else rows.push({ cells: [r.code, r.name, r.closingDebit, r.closingCredit] })
  }
  const t = tb.totals
  rows.push({
    cells: [
      '',
      'Jumlah',
      ...(withPeriod ? [t.openingDebit, t.openingCredit, t.movementDebit, t.movementCredit] : []),
      t.closingDebit,
      t.closingCredit
    ],
    emphasis: true
  })
  const columns = withPeriod
    ? [
        col('Kode', 'text', 46),
        col('Nama Akun', 'text', '*'),
        col('Saldo Awal Debit', 'money', 70),
        col('Saldo Awal Kredit', 'money', 70),
        col('Mutasi Debit', 'money', 70),
        col('Mutasi Kredit', 'money', 70),
        col('Saldo Akhir Debit', 'money', 70),
        col('Saldo Akhir Kredit', 'money', 70)
      ]
    : [col('Kode', 'text', 50), col('Nama Akun', 'text', '*'), col('Debit', 'money', 90), col('Kredit', 'money', 90)]
  return base(book, 'NERACA_SALDO', p.to, {
    subtitle: [withPeriod ? periodLine(p.from, p.to) : asOfLine(p.asOf), ...(i.unit ? [`Unit ${i.unit}`] : [])],
    tables: [{ columns, rows }],
    landscape: withPeriod,
    period: withPeriod ? { from: p.from, to: p.to } : { asOf: p.asOf },
    signers: signers(book, p.to, ['KETUA', 'BENDAHARA'])
  })
}

function memberRegister(book: Book, i: BookInput, p: Resolved): BookDocument {
  const status = i.status === 'CALON' || i.status === 'AKTIF' || i.status === 'KELUAR' ? i.status : undefined
  if (i.status && !status)
    throw new CommandError('INVALID_INPUT', 'Status: untuk daftar anggota harus CALON, AKTIF atau KELUAR', 'status')
  const members = listMembers(book, { page: 1, pageSize: ALL, ...(status ? { status } : {}) }).items
  const rows: BookRow[] = members.map((m) => ({
    cells: [
      m.serial,
      m.memberNo,
      m.name,
      m.nik ?? '',
      m.gender ?? '',
      [m.birthPlace, m.birthDate ? formatDateLong(m.birthDate) : null].filter(Boolean).join(', '),
      m.occupation ?? '',
      [m.street, m.rt || m.rw ? `RT ${m.rt ?? '-'}/RW ${m.rw ?? '-'}` : null, m.dusun, m.village]
        .filter(Boolean)
        .join(', '),
      m.joinedAt,
      m.exitDate,
      m.exitReason ? EXIT_REASON_LABELS[m.exitReason] : '',
      ''
    ]
  }))
  const men = members.filter((m) => m.gender === 'L').length
  const women = members.filter((m) => m.gender === 'P').length
  rows.push({
    cells: [members.length, 'Jumlah', `${men} laki-laki, ${women} perempuan`, '', '', '', '', '', null, null, '', ''],
    emphasis: true
  })
  return base(book, 'DAFTAR_ANGGOTA', p.asOf, {
    subtitle: [asOfLine(p.asOf), ...(status ? [`Status ${status.toLowerCase()}`] : [])],
    tables: [
      {
        columns: [
          col('No. Urut', 'count', 30),
          col('No. Anggota', 'text', 52),
          col('Nama', 'text', 90),
          col('NIK', 'text', 78),
          col('L/P', 'text', 20),
          col('Tempat, Tgl Lahir', 'text', 80),
          col('Pekerjaan', 'text', 56),
          col('Alamat', 'text', '*'),
          col('Tgl Masuk', 'date', 50),
          col('Tgl Berhenti', 'date', 50),
          col('Sebab Berhenti', 'text', 56),
          col('Tanda Tangan', 'text', 50)
        ],
        rows
      }
    ],
    landscape: true,
    period: { asOf: p.asOf },
    signers: signers(book, p.asOf, ['KETUA', 'SEKRETARIS'])
  })
}

const TYPE_LABEL = { POKOK: 'Simpanan Pokok', WAJIB: 'Simpanan Wajib', SUKARELA: 'Simpanan Sukarela' } as const

function savingsBalances(book: Book, ctx: CommandContext, i: BookInput, p: Resolved): BookDocument {
  const r = memberBalances(ctx, { asOf: p.asOf, page: 1, pageSize: ALL })
  const key = i.type ? (i.type.toLowerCase() as 'pokok' | 'wajib' | 'sukarela') : null
  const items = key ? r.items.filter((m) => m[key] !== 0) : r.items
  const rows: BookRow[] = items.map((m, n) => ({
    cells: [n + 1, m.memberNo, m.name, ...(key ? [m[key]] : [m.pokok, m.wajib, m.sukarela, m.total])]
  }))
  rows.push({
    cells: [
      null,
      '',
      'Jumlah',
      ...(key ? [r.totals[key]] : [r.totals.pokok, r.totals.wajib, r.totals.sukarela, r.totals.total])
    ],
    emphasis: true
  })
  const money = key
    ? [col(TYPE_LABEL[i.type!], 'money', 100)]
    : [col('Pokok', 'money', 78), col('Wajib', 'money', 78), col('Sukarela', 'money', 78), col('Jumlah', 'money', 84)]
  return base(book, 'SALDO_SIMPANAN', p.asOf, {
    subtitle: [asOfLine(p.asOf), ...(i.type ? [TYPE_LABEL[i.type]] : [])],
    tables: [
      { columns: [col('No.', 'count', 26), col('No. Anggota', 'text', 56), col('Nama', 'text', '*'), ...money], rows }
    ],
    period: { asOf: p.asOf },
    what: i.type ? TYPE_LABEL[i.type].replace('Simpanan ', '') : null,
    signers: signers(book, p.asOf, ['KETUA', 'BENDAHARA'])
  })
}

const LOAN_STATUS: Record<string, string> = {
  DIAJUKAN: 'diajukan',
  DISETUJUI: 'disetujui',
  DITOLAK: 'ditolak',
  CAIR: 'berjalan',
  LUNAS: 'lunas',
  HAPUS_BUKU: 'hapus buku'
}

function loanList(book: Book, i: BookInput, p: Resolved): BookDocument {
  const status = i.status && i.status in LOAN_STATUS ? (i.status as 'CAIR') : undefined
  if (i.status && !status)
    throw new CommandError(
      'INVALID_INPUT',
      'Status: untuk daftar pinjaman harus DIAJUKAN, DISETUJUI, DITOLAK, CAIR, LUNAS atau HAPUS_BUKU',
      'status'
    )
  const loans = listLoans(book, { asOf: p.asOf, ...(status ? { status } : {}) }, p.asOf, ALL).filter(
    (l) => status !== undefined || (l.disbursedAt !== null && l.disbursedAt <= p.asOf)
  )
  let principal = 0
  let outstanding = 0
  let overdue = 0
  const rows: BookRow[] = loans.map((l) => {
    const sisa = l.dues?.outstandingPokok ?? 0
    const tunggak = l.dues ? l.dues.overduePokok + l.dues.overdueJasa : 0
    principal += l.principal
    outstanding += sisa
    overdue += tunggak
    return {
      cells: [
        l.loanNo,
        `${l.member.memberNo} ${l.member.name}`,
        l.productCode,
        l.disbursedAt,
        l.principal,
        l.tenor,
        formatPercentId(l.ratePerMonth),
        sisa,
        tunggak,
        l.dues?.daysPastDue ?? 0,
        LOAN_STATUS[l.status] ?? l.status
      ]
    }
  })
  rows.push({
    cells: ['', `Jumlah (${loans.length} pinjaman)`, '', null, principal, null, '', outstanding, overdue, null, ''],
    emphasis: true
  })
  return base(book, 'DAFTAR_PINJAMAN', p.asOf, {
    subtitle: [asOfLine(p.asOf), ...(status ? [`Status ${LOAN_STATUS[status]}`] : [])],
    tables: [
      {
        columns: [
          col('No. Pinjaman', 'text', 70),
          col('Anggota', 'text', '*'),
          col('Produk', 'text', 50),
          col('Tgl Cair', 'date', 52),
          col('Plafon', 'money', 72),
          col('Tenor (bln)', 'count', 36),
          col('Jasa/bln', 'text', 40),
          col('Sisa Pokok', 'money', 72),
          col('Tunggakan', 'money', 66),
          col('Hari Tunggak', 'count', 40),
          col('Status', 'text', 50)
        ],
        rows
      }
    ],
    landscape: true,
    period: { asOf: p.asOf },
    signers: signers(book, p.asOf, ['KETUA', 'BENDAHARA'])
  })
}

function loanCard(book: Book, i: BookInput, p: Resolved): BookDocument {
  const l = getLoan(book, need(i.loanId, 'loanId', 'Pinjaman'), p.asOf)
  const schedule: BookTable = {
    heading: 'Jadwal angsuran',
    columns: [
      col('Ke', 'count', 26),
      col('Jatuh Tempo', 'date', 60),
      col('Pokok', 'money', '*'),
      col('Jasa', 'money', '*'),
      col('Angsuran', 'money', '*'),
      col('Sisa Pokok', 'money', '*')
    ],
    rows: [
      ...l.schedule.map((s) => ({ cells: [s.no, s.dueDate, s.pokok, s.jasa, s.angsuran, s.sisa] })),
      {
        cells: [
          null,
          'Jumlah',
          l.schedule.reduce((a, s) => a + s.pokok, 0),
          l.schedule.reduce((a, s) => a + s.jasa, 0),
          l.schedule.reduce((a, s) => a + s.angsuran, 0),
          null
        ],
        emphasis: true
      }
    ]
  }
  let paid = 0
  const payments: BookTable = {
    heading: 'Pembayaran',
    columns: [
      col('Tanggal', 'date', 60),
      col('No. Jurnal', 'text', 84),
      col('Jumlah', 'money', '*'),
      col('Denda', 'money', '*'),
      col('Jasa', 'money', '*'),
      col('Pokok', 'money', '*')
    ],
    rows: [
      ...l.payments.map((x) => {
        paid += x.amount
        return { cells: [x.date, x.entryNumber, x.amount, x.denda, x.jasa, x.pokok] }
      }),
      {
        cells: [
          null,
          'Jumlah',
          paid,
          l.payments.reduce((a, x) => a + x.denda, 0),
          l.payments.reduce((a, x) => a + x.jasa, 0),
          l.payments.reduce((a, x) => a + x.pokok, 0)
        ],
        emphasis: true
      }
    ]
  }
  return base(book, 'KARTU_PINJAMAN', p.asOf, {
    subtitle: [`${l.loanNo} · ${l.member.memberNo} ${l.member.name}`, asOfLine(p.asOf)],
    facts: [
      { label: 'Produk', value: `${l.productCode} · ${l.method} · jasa ${formatPercentId(l.ratePerMonth)} per bulan` },
      { label: 'Plafon', value: formatRupiah(l.principal) },
      { label: 'Tenor', value: `${l.tenor} bulan` },
      { label: 'Tanggal cair', value: l.disbursedAt ? formatDateLong(l.disbursedAt) : 'belum cair' },
      { label: 'Sisa pokok', value: formatRupiah(l.dues?.outstandingPokok ?? 0) },
      { label: 'Status', value: LOAN_STATUS[l.status] ?? l.status }
    ],
    tables: [schedule, payments],
    period: { asOf: p.asOf },
    what: l.loanNo
  })
}

const GROUP_LABEL: Record<string, string> = {
  TANAH: 'Tanah',
  BANGUNAN: 'Bangunan',
  KENDARAAN: 'Kendaraan',
  PERALATAN: 'Peralatan',
  INVENTARIS: 'Inventaris'
}

function assetBook(book: Book, p: Resolved): BookDocument {
  const reg = assetRegister(book, { asOf: p.asOf, includeDisposed: false }, p.asOf)
  const rows: BookRow[] = reg.assets.map((a) => ({
    cells: [
      a.assetNo,
      a.name,
      GROUP_LABEL[a.group] ?? a.group,
      a.acquiredAt,
      a.cost,
      a.lifeMonths,
      a.monthlyDepreciation,
      a.accumulated,
      a.bookValue
    ]
  }))
  rows.push({
    cells: [
      '',
      `Jumlah (${reg.assets.length} aset)`,
      '',
      null,
      reg.totals.cost,
      null,
      null,
      reg.totals.accumulated,
      reg.totals.bookValue
    ],
    emphasis: true
  })
  return base(book, 'DAFTAR_ASET', p.asOf, {
    subtitle: [asOfLine(p.asOf), 'Penyusutan garis lurus per bulan'],
    tables: [
      {
        columns: [
          col('No. Aset', 'text', 60),
          col('Nama Aset', 'text', '*'),
          col('Kelompok', 'text', 60),
          col('Tgl Perolehan', 'date', 56),
          col('Harga Perolehan', 'money', 76),
          col('Umur (bln)', 'count', 36),
          col('Penyusutan/bln', 'money', 66),
          col('Akumulasi Penyusutan', 'money', 76),
          col('Nilai Buku', 'money', 76)
        ],
        rows
      }
    ],
    landscape: true,
    period: { asOf: p.asOf },
    signers: signers(book, p.asOf, ['KETUA', 'BENDAHARA'])
  })
}

function stockCardBook(book: Book, i: BookInput, p: Resolved): BookDocument {
  const c = stockCard(book, { itemId: need(i.itemId, 'itemId', 'Barang'), from: p.from, to: p.to })
  let qtyIn = 0
  let qtyOut = 0
  const rows: BookRow[] = [
    { cells: [p.from, '', 'Saldo awal', null, null, null, qty(c.opening.qty), c.opening.value], emphasis: true },
    ...c.rows.map((r) => {
      qtyIn += qty(r.qtyIn)
      qtyOut += qty(r.qtyOut)
      // A movement whose cost was recomputed after a back-dated entry says so (trading.costCorrections).
      const label =
        r.correction === 0
          ? DOC_LABEL[r.type]
          : `${DOC_LABEL[r.type]} (koreksi HPP ${r.correction < 0 ? '+' : ''}${formatRupiah(-r.correction)})`
      return {
        cells: [
          r.date,
          r.docNo,
          label,
          qty(r.qtyIn) || null,
          qty(r.qtyOut) || null,
          r.value,
          qty(r.balanceQty),
          r.balanceValue
        ]
      }
    }),
    { cells: [null, '', 'Jumlah', qtyIn, qtyOut, null, null, null], emphasis: true },
    { cells: [p.to, '', 'Saldo akhir', null, null, null, qty(c.closing.qty), c.closing.value], emphasis: true }
  ]
  return base(book, 'KARTU_STOK', p.to, {
    subtitle: [`${c.item.code} ${c.item.name} (${c.item.uom}) · unit ${c.item.unit}`, periodLine(p.from, p.to)],
    tables: [
      {
        columns: [
          col('Tanggal', 'date', 46),
          col('No. Bukti', 'text', 64),
          col('Jenis', 'text', '*'),
          col('Masuk', 'qty', 40),
          col('Keluar', 'qty', 40),
          col('Nilai Mutasi', 'money', 62),
          col('Saldo Jumlah', 'qty', 46),
          col('Saldo Nilai', 'money', 64)
        ],
        rows
      }
    ],
    period: { from: p.from, to: p.to },
    what: c.item.code
  })
}

function salesBook(book: Book, i: BookInput, p: Resolved): BookDocument {
  const days = salesByDay(book, p.from, p.to, i.unit)
  const rows: BookRow[] = []
  const sum = (list: typeof days) =>
    list.reduce(
      (a, d) => ({
        count: a.count + d.count,
        member: a.member + d.member,
        nonMember: a.nonMember + d.nonMember,
        returns: a.returns + d.returns,
        net: a.net + d.net,
        hpp: a.hpp + d.hpp
      }),
      { count: 0, member: 0, nonMember: 0, returns: 0, net: 0, hpp: 0 }
    )
  const units = [...new Set(days.map((d) => d.unit))]
  for (const u of units) {
    const list = days.filter((d) => d.unit === u)
    for (const d of list)
      rows.push({ cells: [d.date, d.unitName, d.count, d.member, d.nonMember, d.returns, d.net, d.hpp, d.net - d.hpp] })
    const s = sum(list)
    rows.push({
      cells: [
        null,
        `Jumlah ${list[0]!.unitName}`,
        s.count,
        s.member,
        s.nonMember,
        s.returns,
        s.net,
        s.hpp,
        s.net - s.hpp
      ],
      emphasis: true
    })
  }
  const s = sum(days)
  rows.push({
    cells: [null, 'Jumlah seluruh unit', s.count, s.member, s.nonMember, s.returns, s.net, s.hpp, s.net - s.hpp],
    emphasis: true
  })
  return base(book, 'PENJUALAN', p.to, {
    subtitle: [periodLine(p.from, p.to), ...(i.unit ? [`Unit ${i.unit}`] : [])],
    tables: [
      {
        columns: [
          col('Tanggal', 'date', 56),
          col('Unit', 'text', '*'),
          col('Transaksi', 'count', 44),
          col('Anggota', 'money', 72),
          col('Bukan Anggota', 'money', 72),
          col('Retur', 'money', 64),
          col('Penjualan Bersih', 'money', 76),
          col('HPP', 'money', 72),
          col('Laba Kotor', 'money', 72)
        ],
        rows
      }
    ],
    landscape: true,
    period: { from: p.from, to: p.to },
    what: i.unit ?? null,
    signers: signers(book, p.to, ['KETUA', 'BENDAHARA'])
  })
}

/** The book as a document, from the same domain query its screen uses. */
export function buildBook(ctx: CommandContext, i: BookInput, today: string): BookDocument {
  const { book } = ctx
  const p = resolve(i, today)
  switch (i.book) {
    case 'BUKU_KAS':
    case 'BUKU_BANK':
      return cashOrBank(book, i.book, i, p)
    case 'BUKU_BESAR':
      return generalLedger(book, i, p)
    case 'JURNAL_UMUM':
      return generalJournal(book, i, p)
    case 'NERACA_SALDO':
      return trialBalanceBook(book, i, p)
    case 'DAFTAR_ANGGOTA':
      return memberRegister(book, i, p)
    case 'SALDO_SIMPANAN':
      return savingsBalances(book, ctx, i, p)
    case 'DAFTAR_PINJAMAN':
      return loanList(book, i, p)
    case 'KARTU_PINJAMAN':
      return loanCard(book, i, p)
    case 'DAFTAR_ASET':
      return assetBook(book, p)
    case 'KARTU_STOK':
      return stockCardBook(book, i, p)
    case 'PENJUALAN':
      return salesBook(book, i, p)
  }
}
