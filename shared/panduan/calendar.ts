import { daysBetween, addMonths, lastDayOfMonth } from '../dates/calendar'

/**
 * Kalender kewajiban: what the cooperative must do in a year and by when (DOMAIN.md §1.2, §1.3,
 * §3.2, §3.3, §2.5, §9.3), and the first-month checklist after set-up. Types and date rules; the
 * book decides what is done (main/panduan/calendar.ts, checklist.ts).
 */

export const OBLIGATION_KINDS = [
  'WAJIB',
  'JASA',
  'PENYUSUTAN',
  'TUTUP_BULAN',
  'LAPORAN_TRIWULAN',
  'TUTUP_TAHUN',
  'LAPORAN_TAHUNAN',
  'RAT',
  'DINAS',
  'MASA_JABATAN'
] as const
export type ObligationKind = (typeof OBLIGATION_KINDS)[number]

export type ObligationStatus = 'SELESAI' | 'TERLAMBAT' | 'SEGERA' | 'AKAN_DATANG'

export interface Obligation {
  /** Stable key, e.g. "WAJIB:2026-03", "RAT:2025", "MASA_JABATAN:7". */
  key: string
  kind: ObligationKind
  /** The month (TTTT-BB) or quarter (TTTT-Qn) it is about, or the financial year. */
  period: string
  due: string
  status: ObligationStatus
  /** When it was done, when the book knows (RAT date, posting date, lock date). */
  doneOn: string | null
  /** Kind-specific count: members behind on wajib, etc. */
  count: number | null
  /** Officer's name and position for MASA_JABATAN. */
  name: string | null
  /** The book cannot see it: the treasurer ticks it. */
  manual: boolean
  /** Where in the app the work is done. */
  route: string
  /** Section of DOMAIN.md. */
  basis: string
}

export interface CalendarSettings {
  /** RAT deadline in months after the financial year ends: 6 by law (UU 25/1992 Pasal 26(2)); a Dinas may ask for 3 (end of March). */
  ratMonths: number
  /** Show an obligation as "segera" this many days before its due date. */
  reminderDays: number
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { ratMonths: 6, reminderDays: 30 }

export interface ObligationCalendar {
  year: number
  asOf: string
  settings: CalendarSettings
  items: Obligation[]
}

export interface Reminders {
  asOf: string
  late: Obligation[]
  soon: Obligation[]
}

/** Keys the treasurer may tick by hand (what the book cannot see), and the checklist's own. */
export const MARK_KEY =
  /^(LAPORAN_TRIWULAN:\d{4}-Q[1-4]|LAPORAN_TAHUNAN:\d{4}|DINAS:\d{4}|SALDO_AWAL|CHECKLIST_HIDDEN)$/

export { addMonths } from '../dates/calendar'

/** RAT of a financial year: no later than `ratMonths` months after 31 December (30 June by default). */
export function ratDeadline(year: number, ratMonths: number): string {
  return lastDayOfMonth(`${year + 1}-${String(ratMonths).padStart(2, '0')}`)
}

/** The laporan tahunan is ready no later than one month before the RAT (Pasal 35). */
export function annualReportDeadline(ratDate: string): string {
  return addMonths(ratDate, -1)
}

/** The RAT is reported to the Dinas/ODS no later than one month after it (§1.3). */
export function dinasDeadline(ratDate: string): string {
  return addMonths(ratDate, 1)
}

export function statusOf(done: boolean, due: string, asOf: string, reminderDays: number): ObligationStatus {
  if (done) return 'SELESAI'
  if (due < asOf) return 'TERLAMBAT'
  return daysBetween(asOf, due) <= reminderDays ? 'SEGERA' : 'AKAN_DATANG'
}

// ---------------------------------------------------------------- first-month checklist

export const CHECKLIST_KEYS = [
  'PROFIL',
  'PENGURUS',
  'PENGATURAN_SIMPANAN',
  'ANGGOTA',
  'SALDO_AWAL',
  'SIMPANAN_POKOK',
  'KAS',
  'PRODUK_PINJAMAN',
  'WAJIB_BULAN_PERTAMA',
  'JASA_BULAN_PERTAMA',
  'TUTUP_BULAN_PERTAMA',
  'CADANGAN',
  'TES_PENGURUS'
] as const
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number]

export interface ChecklistItem {
  key: ChecklistKey
  done: boolean
  /** Progress where it has one (e.g. members who paid pokok of all members). */
  count: number | null
  total: number | null
  /** Not every cooperative needs it (no loans, no sukarela): done when not needed. */
  notNeeded: boolean
  /** Ticked by hand (the book cannot tell). */
  manual: boolean
  route: string
  basis: string
}

export interface FirstMonthChecklist {
  /** The first month of the books (TTTT-BB). */
  firstMonth: string
  asOf: string
  items: ChecklistItem[]
  done: number
  total: number
  hidden: boolean
  /** Shown on the Beranda: not hidden, not all done, and the books are at most three months old. */
  showOnHome: boolean
}
