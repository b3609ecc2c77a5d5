import { z } from 'zod'
import { command, hostCommand } from './define'
import { targetFields, type ExportedFile } from './files'
import { isoDate, positiveId, requiredText } from '../validation/schemas'
import {
  MARK_KEY,
  type CalendarSettings,
  type FirstMonthChecklist,
  type ObligationCalendar,
  type Reminders
} from '../panduan/calendar'
import type { MemberSheet, MemberSheetSet, MemberSheetTotals } from '../panduan/member-sheet'
import { QUIZ_ROLES, type QuizRole, type QuizTopic } from '../panduan/questions'
import type { QuizScore } from '../panduan/quiz'
import type { GlossaryId } from '../panduan/glossary'

/**
 * Panduan: the cooperative's know-how built into the app — Tes pemahaman (results kept in the
 * book), the Lembar Anggota for every member, the Kalender kewajiban and the first-month checklist.
 * The glossary and the why-texts are static data in shared/panduan and need no command.
 */

export interface QuizPerson {
  memberId: number | null
  memberNo: string | null
  officerId: number | null
  name: string
}

export interface QuizPaperView {
  attemptId: number
  role: QuizRole
  person: QuizPerson
  startedAt: string
  passPercent: number
  questions: { no: number; topic: QuizTopic; computed: boolean; question: string; options: string[] }[]
}

export interface QuizResultQuestion {
  no: number
  topic: QuizTopic
  computed: boolean
  question: string
  options: string[]
  answer: number
  chosen: number | null
  correct: boolean
  explanation: string
  basis: string
  terms: GlossaryId[]
}

export interface QuizResult {
  attemptId: number
  role: QuizRole
  person: QuizPerson
  startedAt: string
  submittedAt: string
  /** The day it was taken, in the cooperative's calendar. */
  takenOn: string
  passPercent: number
  score: QuizScore
  questions: QuizResultQuestion[]
}

export interface QuizAttemptRow {
  attemptId: number
  role: QuizRole
  person: QuizPerson
  startedAt: string
  takenOn: string | null
  submitted: boolean
  correct: number | null
  total: number
  percent: string | null
  passed: boolean | null
}

export interface QuizRoleSummary {
  /** Different people who handed in a paper for this role in the year. */
  took: number
  /** Of them, how many passed at least once. */
  passed: number
  attempts: number
}

export interface QuizSummary {
  year: number
  byRole: Record<QuizRole, QuizRoleSummary>
  /** Pengurus and pengawas serving on 31 December (or today in a running year). */
  serving: { PENGURUS: number; PENGAWAS: number }
}

export interface MemberSheetFile extends ExportedFile {
  members: number
  pages?: number
}

const year = z
  .number({ error: 'harus berupa tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1990, { error: 'tahun paling awal 1990' })
  .max(2199, { error: 'tahun paling akhir 2199' })
const role = z.enum(QUIZ_ROLES, { error: 'harus PENGURUS, PENGAWAS atau ANGGOTA' })

export const panduanCommands = {
  'panduan.quizStart': command<QuizPaperView>()({
    kind: 'mutation',
    permission: 'self',
    summary:
      'Memulai tes pemahaman untuk pengurus, pengawas atau anggota (soal dipilih dari bank soal, sebagian dihitung dari buku)',
    input: z.strictObject({
      role,
      memberId: positiveId.optional(),
      officerId: positiveId.optional(),
      name: requiredText(150).optional()
    })
  }),
  'panduan.quizSubmit': command<QuizResult>()({
    kind: 'mutation',
    permission: 'self',
    summary: 'Mengumpulkan jawaban tes pemahaman; nilai dan penjelasan setiap soal disimpan di buku',
    input: z.strictObject({
      attemptId: positiveId,
      answers: z
        .array(
          z
            .number({ error: 'harus nomor pilihan (0, 1, 2, 3) atau null' })
            .int({ error: 'harus bilangan bulat' })
            .min(0, { error: 'paling kecil 0' })
            .max(9, { error: 'paling besar 9' })
            .nullable(),
          { error: 'harus berupa daftar jawaban' }
        )
        .max(50, { error: 'paling banyak 50 jawaban' })
    })
  }),
  'panduan.quizResult': command<QuizResult>()({
    kind: 'query',
    summary: 'Lembar hasil satu tes pemahaman: jawaban, kunci dan penjelasan setiap soal',
    input: z.strictObject({ attemptId: positiveId })
  }),
  'panduan.quizResults': command<QuizAttemptRow[]>()({
    kind: 'query',
    summary: 'Daftar tes pemahaman yang sudah diikuti, per tahun',
    input: z.strictObject({ year: year.optional(), role: role.optional() })
  }),
  'panduan.quizSummary': command<QuizSummary>()({
    kind: 'query',
    summary: 'Ringkasan tes pemahaman setahun: berapa pengurus, pengawas dan anggota ikut dan lulus',
    input: z.strictObject({ year })
  }),
  'panduan.memberSheet': command<MemberSheet>()({
    kind: 'query',
    summary: 'Lembar Anggota satu anggota: simpanan, pinjaman, SHU dengan penjelasannya, hak dan kewajiban',
    input: z.strictObject({ year, memberId: positiveId })
  }),
  'panduan.memberSheets': command<
    Omit<MemberSheetSet, 'sheets'> & {
      members: { id: number; memberNo: string; name: string }[]
      totals: MemberSheetTotals
    }
  >()({
    kind: 'query',
    heavy: true,
    summary: 'Lembar Anggota seluruh anggota: daftar anggota dan jumlah yang harus sama dengan buku simpanan dan SHU',
    input: z.strictObject({ year })
  }),
  'panduan.memberSheetExport': hostCommand<MemberSheetFile>()({
    kind: 'query',
    summary: 'Mencetak Lembar Anggota seluruh anggota, urut nomor anggota, ke PDF (A4) atau XLSX',
    input: z.strictObject({
      year,
      format: z.enum(['pdf', 'xlsx'], { error: 'harus pdf atau xlsx' }),
      ...targetFields
    }),
    files: { write: ['file'] }
  }),
  'panduan.calendar': command<ObligationCalendar>()({
    kind: 'query',
    heavy: true,
    summary:
      'Kalender kewajiban setahun: tagihan wajib, jasa dan PPh, penyusutan, tutup bulan dan tahun, RAT, laporan Dinas, masa jabatan pengurus',
    input: z.strictObject({ year, asOf: isoDate })
  }),
  'panduan.reminders': command<Reminders>()({
    kind: 'query',
    heavy: true,
    summary: 'Pengingat Beranda dari kalender kewajiban: yang terlambat dan yang segera jatuh tempo',
    input: z.strictObject({ asOf: isoDate })
  }),
  'panduan.calendarSettings': command<CalendarSettings>()({
    kind: 'query',
    summary: 'Pengaturan kalender kewajiban (batas RAT, hari pengingat)',
    input: z.strictObject({}).default({})
  }),
  'panduan.setCalendarSettings': command<CalendarSettings>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengubah pengaturan kalender kewajiban: batas RAT (bulan setelah tahun buku) dan hari pengingat',
    input: z.strictObject({
      ratMonths: z
        .number({ error: 'harus berupa angka bulan' })
        .int({ error: 'harus bilangan bulat' })
        .min(1, { error: 'paling sedikit 1 bulan' })
        .max(6, { error: 'paling lama 6 bulan (UU 25/1992 Pasal 26 ayat 2)' }),
      reminderDays: z
        .number({ error: 'harus berupa angka hari' })
        .int({ error: 'harus bilangan bulat' })
        .min(1, { error: 'paling sedikit 1 hari' })
        .max(120, { error: 'paling banyak 120 hari' })
    })
  }),
  'panduan.mark': command<{ key: string; done: boolean; doneOn: string | null }>()({
    kind: 'mutation',
    summary:
      'Menandai kewajiban yang tidak terlihat di buku (laporan Dinas terkirim, laporan triwulan, laporan tahunan siap, saldo awal tidak ada)',
    input: z.strictObject({
      key: z
        .string({ error: 'harus berupa kunci kewajiban' })
        .regex(MARK_KEY, { error: 'kewajiban ini tidak dapat ditandai dengan tangan' }),
      done: z.boolean({ error: 'harus true atau false' }),
      date: isoDate.optional()
    })
  }),
  'panduan.checklist': command<FirstMonthChecklist>()({
    kind: 'query',
    heavy: true,
    summary: 'Langkah bulan pertama setelah penyiapan buku, dicentang dari isi buku',
    input: z.strictObject({ asOf: isoDate })
  })
}

export type {
  CalendarSettings,
  FirstMonthChecklist,
  ObligationCalendar,
  Reminders,
  MemberSheet,
  MemberSheetSet,
  QuizRole
}
