import { CommandError } from '../../shared/errors'
import type { Calk, CalkNote } from '../../shared/commands/statements'
import { formatDateLong } from '../../shared/dates/format'
import { KOLEKTIBILITAS_LABELS } from '../../shared/loans/provisioning'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import type { CommandContext } from '../commands/context'
import { loanPortfolio } from '../loans/portfolio'
import { requireProfile } from '../setup/profile'
import { getSetting, setSetting } from '../settings'
import { balanceSheet } from './balance-sheet'
import { incomeStatement } from './income-statement'
import { cumulativeByAccount } from '../ledger/balances'
import { formatPercent } from '../../shared/money/decimal-text'

/** Accounting policies: default text the pengurus may rewrite (DOMAIN.md §1.2; ASSUMED defaults). */
export const POLICY_DEFAULTS: Record<string, { title: string; text: string }> = {
  'dasar-penyusunan': {
    title: 'Dasar penyusunan laporan keuangan',
    text: 'Laporan keuangan disusun berdasarkan Standar Akuntansi Keuangan Entitas Privat (SAK EP) sesuai Peraturan Menteri Koperasi Nomor 2 Tahun 2024, dengan dasar akrual dan konsep biaya historis, dalam mata uang rupiah. Tahun buku adalah 1 Januari sampai dengan 31 Desember.'
  },
  'simpanan-anggota': {
    title: 'Simpanan anggota',
    text: 'Simpanan pokok dan simpanan wajib disajikan sebagai ekuitas (modal sendiri, UU 25/1992 Pasal 41). Simpanan sukarela dapat ditarik sewaktu-waktu dan disajikan sebagai liabilitas.'
  },
  'pinjaman-anggota': {
    title: 'Piutang pinjaman anggota dan penyisihan',
    text: 'Pinjaman kepada anggota dicatat sebesar pokok yang belum dilunasi. Jasa pinjaman diakui saat ditagih dan provisi saat pencairan. Penyisihan penghapusan aset produktif (PPAP) dibentuk menurut kolektibilitas: lancar 0,5 %, kurang lancar 10 %, diragukan 50 % dan macet 100 % dari baki debet setelah dikurangi agunan (kecuali lancar).'
  },
  persediaan: {
    title: 'Persediaan',
    text: 'Persediaan barang dagangan dinilai dengan metode rata-rata bergerak (moving average); harga pokok penjualan dibukukan setiap penjualan. Selisih hasil stok opname dibebankan pada periode berjalan.'
  },
  'aset-tetap': {
    title: 'Aset tetap',
    text: 'Aset tetap dicatat sebesar harga perolehan dikurangi akumulasi penyusutan. Penyusutan dihitung dengan metode garis lurus per bulan selama masa manfaat; tanah tidak disusutkan.'
  },
  pendapatan: {
    title: 'Pengakuan pendapatan dan beban',
    text: 'Pendapatan dan beban diakui dengan dasar akrual. Pendapatan dari anggota dan dari non-anggota disajikan terpisah.'
  }
}

export function setPolicyText(ctx: CommandContext, key: string, text: string) {
  if (!POLICY_DEFAULTS[key])
    throw new CommandError(
      'INVALID_INPUT',
      `Kunci catatan: tidak dikenal; pilih salah satu dari ${Object.keys(POLICY_DEFAULTS).join(', ')}`,
      'key'
    )
  setSetting(ctx.book, `calk.${key}`, text)
  return { key, text }
}

const table = (head: string[], rows: (string | number)[][]) => ({ head, rows })

/** CALK: general information, editable policies, and tables computed from the books. */
export function calk(book: Book, from: string, to: string): Calk {
  const p = requireProfile(book)
  const bs = balanceSheet(book, to, true)
  const is = incomeStatement(book, from, to, false)
  const notes: CalkNote[] = []
  notes.push({
    key: 'umum',
    title: 'Umum',
    editable: false,
    table: null,
    text:
      `${p.name} berkedudukan di ${[p.street, `Desa/Kelurahan ${p.village}`, `Kecamatan ${p.district}`, p.regency, p.province].filter(Boolean).join(', ')}.` +
      (p.legalEntityNumber
        ? ` Badan hukum nomor ${p.legalEntityNumber}${p.legalEntityDate ? ` tanggal ${formatDateLong(p.legalEntityDate)}` : ''}.`
        : '') +
      ` Jenis koperasi: ${p.cooperativeType}. Laporan ini mencakup periode ${formatDateLong(from)} sampai dengan ${formatDateLong(to)}.`
  })
  for (const [key, d] of Object.entries(POLICY_DEFAULTS)) {
    notes.push({ key, title: d.title, editable: true, table: null, text: getSetting(book, `calk.${key}`) ?? d.text })
  }
  const head = ['Akun', formatDateLong(to), bs.compareAsOf ? formatDateLong(bs.compareAsOf) : '']
  const groupNote = (key: string, title: string, section: string, prefixes: string[]) => {
    const lines = bs.sections
      .find((s) => s.key === section)!
      .lines.filter((l) => l.level === 2 && prefixes.some((x) => l.code.startsWith(x)))
    if (lines.length === 0) return
    const total = lines.reduce((t, l) => t + l.amount, 0)
    const ctotal = lines.reduce((t, l) => t + (l.compare ?? 0), 0)
    notes.push({
      key,
      title,
      editable: false,
      text: '',
      table: table(head, [
        ...lines.map((l) => [`${l.code} ${l.name}`, l.amount, l.compare ?? '']),
        ['Jumlah', total, bs.compareAsOf ? ctotal : '']
      ])
    })
  }
  groupNote('kas', 'Kas dan setara kas', 'ASET', ['1-11', '1-12'])
  const portfolio = loanPortfolio(book, to)
  if (portfolio.provision.total.count > 0 || portfolio.formed !== 0) {
    const c = portfolio.provision.byClass
    notes.push({
      key: 'pinjaman',
      title: 'Piutang pinjaman anggota menurut kolektibilitas',
      editable: false,
      text: `Rasio pinjaman bermasalah (NPL) ${formatPercent(portfolio.provision.nplPercent)}. PPAP yang telah dibentuk ${portfolio.formed.toLocaleString('id-ID')}; PPAP wajib dibentuk ${portfolio.provision.total.ppapwd.toLocaleString('id-ID')}.`,
      table: table(
        ['Kolektibilitas', 'Jumlah pinjaman', 'Baki debet', 'PPAP wajib dibentuk'],
        [
          ...(['LANCAR', 'KURANG_LANCAR', 'DIRAGUKAN', 'MACET'] as const).map((k) => [
            KOLEKTIBILITAS_LABELS[k],
            c[k].count,
            c[k].bakiDebet,
            c[k].ppapwd
          ]),
          [
            'Jumlah',
            portfolio.provision.total.count,
            portfolio.provision.total.bakiDebet,
            portfolio.provision.total.ppapwd
          ]
        ]
      )
    })
  }
  groupNote('persediaan', 'Persediaan', 'ASET', ['1-16'])
  groupNote('aset-tetap-tabel', 'Aset tetap dan akumulasi penyusutan', 'ASET', ['1-3', '1-4'])
  groupNote('simpanan', 'Simpanan anggota', bs.memberSharesAsLiability ? 'LIABILITAS' : 'EKUITAS', ['3-11'])
  groupNote('simpanan-sukarela', 'Simpanan sukarela dan berjangka', 'LIABILITAS', ['2-11'])
  groupNote('ekuitas', 'Ekuitas', 'EKUITAS', ['3-'])
  notes.push({
    key: 'pendapatan-pihak',
    title: 'Pendapatan dari anggota dan non-anggota per unit usaha',
    editable: false,
    text: '',
    table: table(
      ['Unit usaha', 'Anggota', 'Non-anggota', 'Tidak ditandai', 'Jumlah'],
      [
        ...is.revenueByParty.map((r) => [r.name, r.anggota, r.nonAnggota, r.tanpa, r.total]),
        ['Jumlah', is.revenueTotal.anggota, is.revenueTotal.nonAnggota, is.revenueTotal.tanpa, is.revenueTotal.total]
      ]
    )
  })
  if (is.units.length > 0) notes.push(unitShuNote(book, is, to))
  return { asOf: to, from, notes }
}

/**
 * SHU per unit usaha: revenue and SHU of each unit over the period, and what stands on 3-5102 SHU
 * Belum Dibagi for the unit on the last day (the closing carries each unit's SHU there, DOMAIN §1.4).
 */
function unitShuNote(book: Book, is: ReturnType<typeof incomeStatement>, to: string): CalkNote {
  const revenue = is.rows.find((r) => r.level === 0 && r.code === 'PENDAPATAN_USAHA')
  const id = book.q.row<{ id: number }>(`SELECT id FROM accounts WHERE code = '3-5102'`)?.id
  const unitId = new Map(book.q.all(qb.selectFrom('units').select(['id', 'code'])).map((u) => [u.code, u.id]))
  const undistributed = (code: string): number => {
    if (id === undefined) return 0
    const credit = (dc: { debit: number; credit: number } | undefined) => (dc?.credit ?? 0) - (dc?.debit ?? 0)
    if (code !== '') return credit(cumulativeByAccount(book, to, unitId.get(code) ?? -1).get(id))
    const units = [...unitId.values()].reduce((t, u) => t + credit(cumulativeByAccount(book, to, u).get(id)), 0)
    return credit(cumulativeByAccount(book, to).get(id)) - units
  }
  const rows = is.units.map(
    (u, i) => [u.name, revenue?.byUnit[i] ?? 0, is.shu.byUnit[i]!, undistributed(u.code)] as (string | number)[]
  )
  return {
    key: 'shu-unit',
    title: 'SHU per unit usaha',
    editable: false,
    text: `SHU setiap unit usaha dihitung dari baris jurnal yang ditandai dengan unit itu; pendapatan dan beban tanpa unit (biaya bersama, pajak) ditampilkan tersendiri. Tutup buku menutup hasil usaha per unit, sehingga SHU Belum Dibagi (3-5102) per ${formatDateLong(to)} juga tercatat per unit.`,
    table: table(
      ['Unit usaha', 'Pendapatan usaha', 'SHU periode ini', 'SHU belum dibagi (3-5102)'],
      [
        ...rows,
        [
          'Jumlah',
          rows.reduce((t, r) => t + (r[1] as number), 0),
          is.shu.total,
          rows.reduce((t, r) => t + (r[3] as number), 0)
        ]
      ]
    )
  }
}
