import { z } from 'zod'
import { command } from './define'
import { isoDate } from '../validation/schemas'

export interface DashboardReminder {
  key: 'RAT' | 'DINAS' | 'WAJIB' | 'PINJAMAN' | 'PERIODE' | 'CADANGAN' | 'JASA' | 'PENYUSUTAN'
  tone: 'ok' | 'warn' | 'bad'
  /** The date the reminder is about (deadline), when there is one. */
  due: string | null
  /** Days until `due` (negative: overdue). */
  daysLeft: number | null
  count: number | null
  /** Free detail: financial year, months, minutes since the last backup. */
  year: number | null
  months: string[]
  ageMinutes: number | null
  done: boolean
  /** Route the tile opens. */
  route: string
}

export interface DashboardSummary {
  asOf: string
  year: number
  members: { active: number; male: number; female: number; unknown: number }
  savings: { pokok: number; wajib: number; sukarela: number; total: number }
  loans: { count: number; outstanding: number; nplPercent: string; npl: number }
  cash: { kas: number; bank: number; total: number }
  shuYtd: number
  series: {
    /** Active members at each month end, by gender. */
    membersByMonth: { month: string; male: number; female: number; unknown: number }[]
    savingsByType: { type: 'POKOK' | 'WAJIB' | 'SUKARELA'; amount: number }[]
    loansByClass: {
      kolektibilitas: 'LANCAR' | 'KURANG_LANCAR' | 'DIRAGUKAN' | 'MACET'
      count: number
      amount: number
    }[]
    byUnit: { unit: string; name: string; revenue: number; shu: number }[]
    cashByMonth: { month: string; kas: number; bank: number }[]
  }
  reminders: DashboardReminder[]
}

export const dashboardCommands = {
  'dashboard.summary': command<DashboardSummary>()({
    kind: 'query',
    summary:
      'Ringkasan Beranda: angka kunci, deret grafik dan pengingat (RAT, laporan Dinas, tunggakan, jasa simpanan dan penyusutan akhir bulan, periode, cadangan)',
    heavy: true,
    input: z.strictObject({ asOf: isoDate })
  })
}
