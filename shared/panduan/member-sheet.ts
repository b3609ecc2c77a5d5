import Decimal from 'decimal.js'
import { formatDateLong } from '../dates/format'
import type { Kolektibilitas } from '../loans/provisioning'
import { formatRupiah } from '../money/rupiah'
import { terbilangRupiah } from '../money/terbilang'
import { formatPercent } from '../money/decimal-text'

/**
 * Lembar Anggota: one member's year on one page — savings by type, loans, the SHU share with JMA
 * and JUA explained in words from the member's own figures, and the member's rights and
 * obligations (DOMAIN.md §3, §4, §5.4, §1.3). Types and the wording live here so the screen, the
 * PDF and the tests read the same sentences.
 */

export type SavingsKind = 'POKOK' | 'WAJIB' | 'SUKARELA'

export const SAVINGS_KIND_LABELS: Record<SavingsKind, string> = {
  POKOK: 'Simpanan pokok',
  WAJIB: 'Simpanan wajib',
  SUKARELA: 'Simpanan sukarela'
}

/** One savings type over the year: opening + deposits − withdrawals + jasa − PPh + corrections = closing. */
export interface SheetSavings {
  type: SavingsKind
  opening: number
  /** Setoran, saldo awal imported during the year, SHU credited to savings. */
  deposits: number
  /** Penarikan and pengembalian on exit, as a positive amount. */
  withdrawals: number
  jasa: number
  /** PPh withheld on jasa, as a positive amount. */
  pph: number
  /** Reversals (koreksi), signed. */
  corrections: number
  closing: number
}

export interface SheetLoan {
  loanNo: string
  product: string
  disbursedAt: string
  principal: number
  /** Principal outstanding on 1 January (0 when disbursed in the year). */
  openingOutstanding: number
  paidPokok: number
  paidJasa: number
  paidDenda: number
  /** Principal outstanding on 31 December (0 when paid off). */
  outstanding: number
  kolektibilitas: Kolektibilitas | 'LUNAS' | 'HAPUS_BUKU'
  daysPastDue: number
}

export type ShuStatus = 'DIBUKUKAN' | 'PERKIRAAN' | 'TIDAK_IKUT' | 'RUGI'

export interface SheetShu {
  status: ShuStatus
  /** Why the member is not in the allocation, or why nothing is shared. */
  reason: string | null
  shuAfterTax: number
  /** What the percentages apply to: the SHU after tax, or its member part when member and non-member SHU are split. */
  shuBase: number
  splitPool: boolean
  /** UNIT_POOL: the SHU is shared per business unit, jasa usaha by the transactions with each unit. */
  unitPools?: { name: string; pool: number }[] | null
  jmPercent: string
  juPercent: string
  /** What is shared as jasa modal / jasa usaha (floor of SHU × percent). */
  jmPool: number
  juPool: number
  S: number
  totalS: number
  T: number
  totalT: number
  JMA: number
  JUA: number
  total: number
  /** What is paid when the payout is rounded (equals total otherwise). */
  payout: number
  sBasis: 'YEAR_END' | 'AVERAGE_MONTHLY'
  /** RAT date and entry number once the allocation is booked. */
  postedOn: string | null
  postedEntry: string | null
}

export interface SheetMember {
  id: number
  memberNo: string
  name: string
  gender: 'L' | 'P' | null
  address: string
  joinedAt: string | null
  exitDate: string | null
  status: string
}

export interface MemberSheet {
  year: number
  member: SheetMember
  savings: SheetSavings[]
  savingsClosingTotal: number
  loans: SheetLoan[]
  /** Simpanan wajib per month in December, and wajib still owed at the year end. */
  wajibPerMonth: number
  wajibArrears: number
  wajibArrearsMonths: number
  pokokAmount: number
  shu: SheetShu
}

export interface MemberSheetTotals {
  members: number
  savings: Record<SavingsKind, Omit<SheetSavings, 'type'>>
  savingsClosing: number
  loans: {
    count: number
    principal: number
    outstanding: number
    paidPokok: number
    paidJasa: number
    paidDenda: number
  }
  shu: { S: number; T: number; JMA: number; JUA: number; total: number; payout: number }
}

export interface MemberSheetSet {
  year: number
  /** Balances are read on this day: 31 December, or today in a year still running. */
  asOf: string
  sheets: MemberSheet[]
  totals: MemberSheetTotals
  shuStatus: 'DIBUKUKAN' | 'PERKIRAAN' | 'RUGI'
}

const rp = (n: number) => formatRupiah(n)

/** a ÷ b in percent, two decimals, half-up, with a decimal comma ("35,56 %"). */
export function sharePercent(a: number, b: number): string {
  if (b === 0) return '0 %'
  return formatPercent(new Decimal(a).mul(100).div(b), { decimals: 2 })
}

const pct = (p: string) => formatPercent(p)

/**
 * The member's SHU in words, from the member's own figures: where JMA and JUA come from, and
 * whether the figures are decided (booked after the RAT) or still an estimate.
 */
export function explainShu(shu: SheetShu, year: number, asOf: string): string[] {
  const p: string[] = []
  if (shu.status === 'RUGI') {
    p.push(
      shu.reason ??
        `Tahun buku ${year} tidak menghasilkan SHU yang dapat dibagi, sehingga tidak ada jasa modal dan jasa usaha untuk anggota.`
    )
    return p
  }
  if (shu.status === 'TIDAK_IKUT') {
    p.push(
      `Anda tidak ikut pembagian SHU tahun buku ${year}: ${shu.reason ?? 'bukan anggota aktif pada 31 Desember ' + year}.`
    )
    return p
  }
  const sWhat =
    shu.sBasis === 'YEAR_END'
      ? `Simpanan pokok + wajib Anda pada 31 Desember ${year}`
      : `Rata-rata saldo akhir bulan simpanan pokok + wajib Anda tahun ${year}`
  const pools = shu.unitPools?.filter((x) => x.pool > 0) ?? null
  p.push(
    pools
      ? `SHU setelah pajak tahun buku ${year} adalah ${rp(shu.shuAfterTax)}, dibagi per unit usaha: ${pools.map((x) => `${x.name} ${rp(x.pool)}`).join(', ')}. Dari semua unit, jasa modal seluruhnya ${rp(shu.jmPool)} dan jasa usaha ${rp(shu.juPool)}.`
      : `SHU setelah pajak tahun buku ${year} adalah ${rp(shu.shuAfterTax)}.${shu.splitPool ? ` Bagian dari usaha dengan anggota ${rp(shu.shuBase)}; hanya bagian ini yang dibagi sebagai jasa anggota.` : ''} Menurut pembagian SHU koperasi, ${pct(shu.jmPercent)} dari ${rp(shu.shuBase)} menjadi jasa modal (${rp(shu.jmPool)}) dan ${pct(shu.juPercent)} menjadi jasa usaha (${rp(shu.juPool)}).`
  )
  p.push(
    `Jasa modal (JMA): ${sWhat.charAt(0).toLowerCase()}${sWhat.slice(1)}: ${rp(shu.S)}, dari seluruh anggota ${rp(shu.totalS)}, yaitu ${sharePercent(shu.S, shu.totalS)}. JMA Anda = ${rp(shu.S)} ÷ ${rp(shu.totalS)} × ${rp(shu.jmPool)} = ${rp(shu.JMA)}.`
  )
  if (pools)
    p.push(
      `Jasa usaha (JUA): jasa usaha tiap unit dibagi menurut transaksi Anda dengan unit itu (belanja, jasa pinjaman di unit simpan pinjam, biaya layanan); transaksi Anda seluruhnya ${rp(shu.T)}. JUA Anda dari semua unit = ${rp(shu.JUA)}.`
    )
  else
    p.push(
      shu.totalT > 0
        ? `Jasa usaha (JUA): transaksi Anda tahun ${year} (belanja, jasa pinjaman yang dibayar, biaya layanan): ${rp(shu.T)}, dari seluruh anggota ${rp(shu.totalT)}, yaitu ${sharePercent(shu.T, shu.totalT)}. JUA Anda = ${rp(shu.T)} ÷ ${rp(shu.totalT)} × ${rp(shu.juPool)} = ${rp(shu.JUA)}.`
        : `Jasa usaha (JUA): belum ada transaksi anggota yang tercatat tahun ${year}, sehingga jasa usaha tidak dibagi kepada anggota.`
    )
  p.push(
    `SHU Anda = JMA + JUA = ${rp(shu.JMA)} + ${rp(shu.JUA)} = ${rp(shu.total)} (${terbilangRupiah(shu.total)}). Setiap bagian dibulatkan ke rupiah penuh; sisa pembulatan dibagi menurut aturan pembulatan koperasi.${shu.payout !== shu.total ? ` Yang dibayarkan dibulatkan ke bawah: ${rp(shu.payout)}.` : ''}`
  )
  p.push(
    shu.status === 'DIBUKUKAN'
      ? `Pembagian ini sudah diputuskan RAT dan dibukukan pada ${formatDateLong(shu.postedOn!)}${shu.postedEntry ? ` (jurnal ${shu.postedEntry})` : ''}.`
      : `Angka ini masih perkiraan menurut buku per ${formatDateLong(asOf)}; pembagian yang sah ditetapkan Rapat Anggota Tahunan.`
  )
  return p
}

/** What the member may expect and must do, with the member's own amounts (DOMAIN §1.3, §3, §4.1, §5, §3.4). */
export function rightsAndObligations(
  s: Pick<MemberSheet, 'wajibPerMonth' | 'wajibArrears' | 'wajibArrearsMonths' | 'pokokAmount' | 'loans'>
): { rights: string[]; obligations: string[] } {
  const rights = [
    'Satu suara dalam Rapat Anggota, hadir sendiri tanpa diwakilkan; ikut memilih pengurus dan pengawas.',
    'Memakai layanan koperasi; pinjaman unit simpan pinjam hanya untuk anggota.',
    'Menerima bagian SHU menurut simpanan pokok + wajib (JMA) dan transaksi (JUA), setelah diputuskan RAT.',
    'Menerima kembali simpanan pokok, wajib dan sukarela saat keluar, dikurangi utang kepada koperasi.',
    'Mengambil simpanan sukarela kapan saja dan menerima jasa simpanannya.'
  ]
  const obligations = [
    s.pokokAmount > 0
      ? `Membayar simpanan pokok ${rp(s.pokokAmount)} sekali saat masuk.`
      : 'Membayar simpanan pokok sekali saat masuk.',
    s.wajibPerMonth > 0
      ? `Membayar simpanan wajib ${rp(s.wajibPerMonth)} setiap bulan.`
      : 'Membayar simpanan wajib setiap bulan sesuai keputusan rapat.',
    'Mematuhi AD/ART dan keputusan Rapat Anggota.',
    'Bila koperasi dibubarkan, menanggung kerugian paling banyak sebesar simpanan pokok, wajib dan penyertaan.'
  ]
  if (s.wajibArrears > 0)
    obligations.push(
      `Tunggakan simpanan wajib per 31 Desember: ${rp(s.wajibArrears)} (${s.wajibArrearsMonths} bulan). Mohon segera dilunasi.`
    )
  const running = s.loans.filter((l) => l.outstanding > 0 && l.kolektibilitas !== 'HAPUS_BUKU')
  if (running.length)
    obligations.push(
      `Membayar angsuran pinjaman tepat waktu; sisa pokok per 31 Desember ${rp(running.reduce((t, l) => t + l.outstanding, 0))}.`
    )
  return { rights, obligations }
}
