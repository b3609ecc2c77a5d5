import type { DinasCooperative, DinasPayload } from './fields'

/**
 * Pemantauan triwulanan: the figures a Dinas follows every quarter (DOMAIN.md §1.2 periodic
 * statements of a KSP/USP, §7.1 fields), exported by a cooperative as a checked
 * `.lumbung.json` and compared across cooperatives and quarters in the Dinas recap.
 */
export const PERIODIC_SCHEMA = 'lumbung-dinas-triwulan'
export const PERIODIC_VERSION = 1

export type PeriodicFieldKind = 'count' | 'money'

export interface PeriodicFieldDef {
  key: string
  label: string
  kind: PeriodicFieldKind
  /** true: over the quarter (a flow); false: on its last day (a balance). */
  flow: boolean
}

const f = (key: string, label: string, kind: PeriodicFieldKind, flow = false): PeriodicFieldDef => ({
  key,
  label,
  kind,
  flow
})

export const PERIODIC_FIELDS: readonly PeriodicFieldDef[] = [
  f('anggota', 'Jumlah anggota', 'count'),
  f('anggotaL', 'Anggota pria', 'count'),
  f('anggotaP', 'Anggota wanita', 'count'),
  f('anggotaMasuk', 'Anggota masuk dalam triwulan', 'count', true),
  f('anggotaKeluar', 'Anggota keluar dalam triwulan', 'count', true),
  f('aset', 'Aset', 'money'),
  f('kas', 'Kas dan bank', 'money'),
  f('modalSendiri', 'Modal sendiri', 'money'),
  f('modalLuar', 'Modal luar', 'money'),
  f('simpananPokok', 'Simpanan pokok', 'money'),
  f('simpananWajib', 'Simpanan wajib', 'money'),
  f('simpananSukarela', 'Simpanan sukarela', 'money'),
  f('simpanan', 'Simpanan (jumlah)', 'money'),
  f('pinjamanBeredar', 'Pinjaman beredar (baki debet)', 'money'),
  f('pinjamanBermasalah', 'Pinjaman bermasalah (kurang lancar, diragukan, macet)', 'money'),
  f('pinjamanDisalurkan', 'Pinjaman disalurkan dalam triwulan', 'money', true),
  f('pinjamanDisalurkanJumlah', 'Banyaknya pinjaman disalurkan dalam triwulan', 'count', true),
  f('volumeUsaha', 'Volume usaha dalam triwulan', 'money', true),
  f('shu', 'SHU triwulan (setelah pajak)', 'money', true),
  f('shuKumulatif', 'SHU sejak awal tahun', 'money', true)
]

export const PERIODIC_FIELD_KEYS: readonly string[] = PERIODIC_FIELDS.map((d) => d.key)

export interface PeriodicFigure extends PeriodicFieldDef {
  value: number
  how: string
}

export interface DinasPeriodicReport {
  year: number
  quarter: number
  from: string
  to: string
  /** "Triwulan I 2026 (1 Januari – 31 Maret 2026)" */
  label: string
  cooperative: DinasCooperative
  figures: PeriodicFigure[]
}

export interface DinasPeriodicPayload {
  schema: typeof PERIODIC_SCHEMA
  schemaVersion: typeof PERIODIC_VERSION
  cooperative: DinasCooperative
  year: number
  quarter: number
  from: string
  to: string
  generatedAt: string
  fields: Record<string, number>
  auditHead: DinasPayload['auditHead']
  checksum: string
}

export interface PeriodicRecapCell {
  generatedAt: string
  importedAt: string
  values: Record<string, number>
}

export interface PeriodicRecapRow {
  key: string
  name: string
  nikKoperasi: string | null
  regency: string
  /** The cooperative as its latest export of the year names it (region and its codes included). */
  cooperative: DinasCooperative
  /** Quarters I–IV of the year (null = not reported). */
  quarters: (PeriodicRecapCell | null)[]
}

export interface DinasPeriodicRecap {
  year: number
  fields: readonly PeriodicFieldDef[]
  rows: PeriodicRecapRow[]
  /** Per quarter: how many reported and Σ of each field over them. */
  totals: { quarter: number; reported: number; values: Record<string, number> }[]
}
