import type { Drill } from '../commands/statements'

/**
 * The fields of the Dinas / ODS annual report (DOMAIN.md §7.1), in the order and with the labels
 * of the table there. "NIK" here is always the Nomor Induk Koperasi of the cooperative, never a
 * person's Nomor Induk Kependudukan: the label says so in full.
 */
export type DinasGroup = 'IDENTITAS' | 'PENGURUS' | 'KELEMBAGAAN' | 'KEUANGAN' | 'KESEHATAN'
export type DinasKind = 'text' | 'date' | 'count' | 'year' | 'money' | 'bool'

export const DINAS_GROUP_LABELS: Record<DinasGroup, string> = {
  IDENTITAS: 'Identitas',
  PENGURUS: 'Pengurus',
  KELEMBAGAAN: 'Kelembagaan',
  KEUANGAN: 'Usaha / keuangan',
  KESEHATAN: 'Kesehatan (KSP/USP)'
}

export interface DinasFieldDef {
  key: string
  label: string
  group: DinasGroup
  kind: DinasKind
}

const f = (group: DinasGroup, kind: DinasKind, key: string, label: string): DinasFieldDef => ({
  key,
  label,
  group,
  kind
})

export const DINAS_FIELDS: readonly DinasFieldDef[] = [
  f('IDENTITAS', 'text', 'nama', 'Nama koperasi'),
  f('IDENTITAS', 'text', 'badanHukumNomor', 'Nomor badan hukum pendirian'),
  f('IDENTITAS', 'date', 'badanHukumTanggal', 'Tanggal badan hukum pendirian'),
  f('IDENTITAS', 'text', 'perubahanAdNomor', 'Nomor perubahan AD terakhir'),
  f('IDENTITAS', 'date', 'perubahanAdTanggal', 'Tanggal perubahan AD terakhir'),
  f('IDENTITAS', 'text', 'nikKoperasi', 'Nomor Induk Koperasi (NIK)'),
  f('IDENTITAS', 'text', 'statusNik', 'Status NIK koperasi (bersertifikat / belum)'),
  f('IDENTITAS', 'date', 'nikBerlaku', 'Tanggal berlaku sertifikat NIK koperasi'),
  f('IDENTITAS', 'text', 'alamat', 'Alamat'),
  f('IDENTITAS', 'text', 'desa', 'Kelurahan/desa'),
  f('IDENTITAS', 'text', 'kecamatan', 'Kecamatan'),
  f('IDENTITAS', 'text', 'kabupaten', 'Kabupaten/kota'),
  f('IDENTITAS', 'text', 'provinsi', 'Provinsi'),
  f('IDENTITAS', 'text', 'kodeWilayah', 'Kode wilayah Kemendagri'),
  f('IDENTITAS', 'text', 'bentuk', 'Bentuk koperasi'),
  f('IDENTITAS', 'text', 'jenis', 'Jenis koperasi'),
  f('IDENTITAS', 'text', 'kelompok', 'Kelompok koperasi'),
  f('IDENTITAS', 'text', 'sektorUsaha', 'Sektor usaha'),
  f('IDENTITAS', 'text', 'grade', 'Status grade'),
  f('PENGURUS', 'text', 'ketua', 'Nama ketua'),
  f('PENGURUS', 'text', 'sekretaris', 'Nama sekretaris'),
  f('PENGURUS', 'text', 'bendahara', 'Nama bendahara'),
  f('PENGURUS', 'text', 'pengawas', 'Nama pengawas'),
  f('PENGURUS', 'text', 'manajer', 'Nama manajer'),
  f('PENGURUS', 'text', 'hpPengurus', 'HP pengurus'),
  f('PENGURUS', 'text', 'emailPengurus', 'Email pengurus'),
  f('KELEMBAGAAN', 'count', 'anggotaAwalL', 'Anggota awal tahun pria'),
  f('KELEMBAGAAN', 'count', 'anggotaAwalP', 'Anggota awal tahun wanita'),
  f('KELEMBAGAAN', 'count', 'anggotaAwal', 'Anggota awal tahun'),
  f('KELEMBAGAAN', 'count', 'anggotaMasukL', 'Anggota masuk pria'),
  f('KELEMBAGAAN', 'count', 'anggotaMasukP', 'Anggota masuk wanita'),
  f('KELEMBAGAAN', 'count', 'anggotaMasuk', 'Anggota masuk'),
  f('KELEMBAGAAN', 'count', 'anggotaKeluarL', 'Anggota keluar pria'),
  f('KELEMBAGAAN', 'count', 'anggotaKeluarP', 'Anggota keluar wanita'),
  f('KELEMBAGAAN', 'count', 'anggotaKeluar', 'Anggota keluar'),
  f('KELEMBAGAAN', 'count', 'keluarPermintaanSendiri', 'Keluar atas permintaan sendiri'),
  f('KELEMBAGAAN', 'count', 'keluarMeninggal', 'Keluar karena meninggal dunia'),
  f('KELEMBAGAAN', 'count', 'keluarDiberhentikan', 'Keluar karena diberhentikan'),
  f('KELEMBAGAAN', 'count', 'keluarPindah', 'Keluar karena pindah / tidak memenuhi syarat'),
  f('KELEMBAGAAN', 'count', 'anggotaL', 'Jumlah anggota pria'),
  f('KELEMBAGAAN', 'count', 'anggotaP', 'Jumlah anggota wanita'),
  f('KELEMBAGAAN', 'count', 'anggota', 'Jumlah anggota'),
  f('KELEMBAGAAN', 'count', 'calonL', 'Jumlah calon anggota pria'),
  f('KELEMBAGAAN', 'count', 'calonP', 'Jumlah calon anggota wanita'),
  f('KELEMBAGAAN', 'count', 'manajerL', 'Jumlah manajer pria'),
  f('KELEMBAGAAN', 'count', 'manajerP', 'Jumlah manajer wanita'),
  f('KELEMBAGAAN', 'count', 'karyawanL', 'Jumlah karyawan pria'),
  f('KELEMBAGAAN', 'count', 'karyawanP', 'Jumlah karyawan wanita'),
  f('KELEMBAGAAN', 'date', 'ratTanggal', 'Tanggal RAT terakhir'),
  f('KELEMBAGAAN', 'count', 'ratKe', 'RAT ke-'),
  f('KELEMBAGAAN', 'year', 'ratTahunBuku', 'Tahun buku RAT'),
  f('KELEMBAGAAN', 'count', 'tesPengurusIkut', 'Pengurus yang mengikuti tes pemahaman perkoperasian'),
  f('KELEMBAGAAN', 'count', 'tesPengurusLulus', 'Pengurus yang lulus tes pemahaman perkoperasian'),
  f('KELEMBAGAAN', 'count', 'tesPengawasIkut', 'Pengawas yang mengikuti tes pemahaman perkoperasian'),
  f('KELEMBAGAAN', 'count', 'tesPengawasLulus', 'Pengawas yang lulus tes pemahaman perkoperasian'),
  f('KELEMBAGAAN', 'count', 'tesAnggotaIkut', 'Anggota yang mengikuti tes pemahaman perkoperasian'),
  f('KELEMBAGAAN', 'count', 'tesAnggotaLulus', 'Anggota yang lulus tes pemahaman perkoperasian'),
  f('KEUANGAN', 'money', 'modalSendiri', 'Modal sendiri'),
  f('KEUANGAN', 'money', 'modalLuar', 'Modal luar / modal pinjaman'),
  f('KEUANGAN', 'money', 'modalPenyertaan', 'Modal penyertaan'),
  f('KEUANGAN', 'money', 'aset', 'Aset'),
  f('KEUANGAN', 'money', 'volumeUsaha', 'Volume usaha'),
  f('KEUANGAN', 'money', 'pinjamanDisalurkan', 'Pinjaman disalurkan tahun ini'),
  f('KEUANGAN', 'count', 'pinjamanDisalurkanJumlah', 'Jumlah pinjaman disalurkan tahun ini'),
  f('KEUANGAN', 'money', 'pinjamanBeredar', 'Pinjaman diberikan (saldo akhir tahun)'),
  f('KEUANGAN', 'money', 'simpananPokok', 'Simpanan pokok'),
  f('KEUANGAN', 'money', 'simpananWajib', 'Simpanan wajib'),
  f('KEUANGAN', 'money', 'simpananSukarela', 'Simpanan sukarela'),
  f('KEUANGAN', 'money', 'simpanan', 'Simpanan diterima (saldo simpanan)'),
  f('KEUANGAN', 'money', 'shu', 'SHU tahun berjalan (setelah pajak)'),
  f('KEUANGAN', 'bool', 'izinUsaha', 'Memiliki izin usaha'),
  f('KEUANGAN', 'text', 'izinUsahaNomor', 'Nomor izin usaha'),
  f('KESEHATAN', 'text', 'predikat', 'Predikat kesehatan'),
  f('KESEHATAN', 'text', 'skorKesehatan', 'Skor kesehatan')
]

export const DINAS_FIELD_KEYS: readonly string[] = DINAS_FIELDS.map((d) => d.key)
export const DINAS_FIELD_BY_KEY: ReadonlyMap<string, DinasFieldDef> = new Map(DINAS_FIELDS.map((d) => [d.key, d]))

/** Where a figure comes from: journal lines (like the statements) or a register screen. */
export type DinasDrill =
  { type: 'ledger'; drill: Drill } | { type: 'route'; route: string; query?: Record<string, string> }

export type DinasValue = string | number | boolean | null

export interface DinasFigure {
  key: string
  label: string
  group: DinasGroup
  kind: DinasKind
  value: DinasValue
  /** How the figure was computed, in one Indonesian sentence or two. */
  how: string
  drill: DinasDrill | null
}

/** Health predicates of the Dinas recap: the current four plus "not assessable". */
export type DinasPredicate =
  'SEHAT' | 'CUKUP_SEHAT' | 'DALAM_PENGAWASAN' | 'DALAM_PENGAWASAN_KHUSUS' | 'TIDAK_DAPAT_DINILAI'
export const DINAS_PREDICATE_LABELS: Record<DinasPredicate, string> = {
  SEHAT: 'Sehat',
  CUKUP_SEHAT: 'Cukup Sehat',
  DALAM_PENGAWASAN: 'Dalam Pengawasan',
  DALAM_PENGAWASAN_KHUSUS: 'Dalam Pengawasan Khusus',
  TIDAK_DAPAT_DINILAI: 'Tidak dapat dinilai'
}
export const DINAS_PREDICATES = Object.keys(DINAS_PREDICATE_LABELS) as DinasPredicate[]

export interface DinasReport {
  year: number
  /** The date the balances and registers are read on: 31 December, or today in a running year. */
  asOf: string
  cooperative: DinasCooperative
  /** Every field, in DOMAIN §7.1 order. */
  figures: DinasFigure[]
  /** The health predicate key (for the recap). */
  predicate: DinasPredicate
}

export interface DinasCooperative {
  name: string
  nikKoperasi: string | null
  regency: string
  province: string
  district: string
  village: string
  legalEntityNumber: string | null
  /** Kemendagri codes from the profile (absent in exports made before they existed). */
  provinceCode?: string | null
  regencyCode?: string | null
  districtCode?: string | null
  villageCode?: string | null
}

/** One column of the export template: which field, under which label, where, and whether at all. */
export interface DinasColumn {
  key: string
  label: string
  order: number
  included: boolean
}

export function defaultTemplate(): DinasColumn[] {
  return DINAS_FIELDS.map((d, i) => ({ key: d.key, label: d.label, order: i + 1, included: true }))
}

/** The template completed with fields it does not mention yet (appended, included), in order. */
export function normalizeTemplate(cols: readonly DinasColumn[] | null): DinasColumn[] {
  if (!cols) return defaultTemplate()
  const known = cols.filter((c) => DINAS_FIELD_BY_KEY.has(c.key))
  const seen = new Set(known.map((c) => c.key))
  const max = known.reduce((m, c) => Math.max(m, c.order), 0)
  const extra = DINAS_FIELDS.filter((d) => !seen.has(d.key)).map((d, i) => ({
    key: d.key,
    label: d.label,
    order: max + i + 1,
    included: true
  }))
  return [...known, ...extra]
    .sort((a, b) => a.order - b.order || DINAS_FIELD_KEYS.indexOf(a.key) - DINAS_FIELD_KEYS.indexOf(b.key))
    .map((c, i) => ({ ...c, order: i + 1 }))
}

/** Settings of the Dinas report kept in the book: what the ledger and registers cannot know. */
export interface DinasProfile {
  perubahanAdNomor: string | null
  perubahanAdTanggal: string | null
  statusNik: 'BERSERTIFIKAT' | 'BELUM' | null
  nikBerlaku: string | null
  bentuk: 'PRIMER' | 'SEKUNDER'
  jenis: string | null
  kelompok: string | null
  sektorUsaha: string | null
  grade: string | null
  izinUsaha: boolean
  izinUsahaNomor: string | null
}

export const DEFAULT_DINAS_PROFILE: DinasProfile = {
  perubahanAdNomor: null,
  perubahanAdTanggal: null,
  statusNik: null,
  nikBerlaku: null,
  bentuk: 'PRIMER',
  jenis: null,
  kelompok: null,
  sektorUsaha: null,
  grade: null,
  izinUsaha: false,
  izinUsahaNomor: null
}

/** JSON with object keys sorted at every level: the bytes the checksum is taken over. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(o[k])])
    )
  }
  return v
}

export const PAYLOAD_SCHEMA = 'lumbung-dinas'
export const PAYLOAD_VERSION = 1

/** The machine-readable export a Dinas imports (`<name>.lumbung.json`). */
export interface DinasPayload {
  schema: typeof PAYLOAD_SCHEMA
  schemaVersion: typeof PAYLOAD_VERSION
  cooperative: DinasCooperative
  year: number
  generatedAt: string
  fields: Record<string, DinasValue>
  /** The audit chain head when exported; `fingerprint` is the short anchor the pengawas writes down. */
  auditHead: { count: number; lastId: number; hash: string; at: string | null; fingerprint?: string }
  checksum: string
}

/** Fields the recap needs: an export without them is refused as incomplete. */
export const RECAP_NUMBER_FIELDS = [
  'anggotaL',
  'anggotaP',
  'anggota',
  'calonL',
  'calonP',
  'manajerL',
  'manajerP',
  'karyawanL',
  'karyawanP',
  'modalSendiri',
  'modalLuar',
  'modalPenyertaan',
  'aset',
  'volumeUsaha',
  'simpanan',
  'pinjamanDisalurkan',
  'pinjamanBeredar',
  'shu'
] as const
export type RecapNumberField = (typeof RECAP_NUMBER_FIELDS)[number]

export interface RecapRow {
  key: string
  name: string
  nikKoperasi: string | null
  regency: string
  /** The deepest Kemendagri code the cooperative chose (village, else district, regency, province), when its export has one. */
  regionCode?: string | null
  generatedAt: string
  importedAt: string
  ratHeld: boolean
  ratTanggal: string | null
  izinUsaha: boolean
  predicate: DinasPredicate
  values: Record<RecapNumberField, number>
}

export interface DinasRecap {
  year: number
  rows: RecapRow[]
  totals: {
    cooperatives: number
    withRat: number
    withIzin: number
    values: Record<RecapNumberField, number>
    byPredicate: Record<DinasPredicate, number>
  }
  notReported: { name: string; nikKoperasi: string | null; regency: string | null }[]
}

export interface DinasExpected {
  name: string
  nikKoperasi: string | null
  regency: string | null
}
