import { z } from 'zod'
import { command } from './define'
import { isoDate, optionalText, percentText, positiveId, requiredText, rupiah } from '../validation/schemas'
import type { ExitReason } from './members'

const year = z
  .number({ error: 'harus berupa tahun' })
  .int({ error: 'harus bilangan bulat' })
  .min(1900, { error: 'tahun tidak valid' })
  .max(2199, { error: 'tahun tidak valid' })
const gender = z.enum(['L', 'P'], { error: 'harus L (laki-laki) atau P (perempuan)' })

/** The three bodies of the organisation (DOMAIN.md §6.1 BAB II). */
export const ORG_BODIES = ['PENGURUS', 'PENGAWAS', 'KARYAWAN'] as const
export type OrgBody = (typeof ORG_BODIES)[number]
export const ORG_POSITIONS = [
  'KETUA',
  'WAKIL_KETUA',
  'SEKRETARIS',
  'BENDAHARA',
  'ANGGOTA',
  'MANAJER',
  'KARYAWAN'
] as const
export type OrgPosition = (typeof ORG_POSITIONS)[number]
/** Which positions each body has; one person at a time in each except ANGGOTA and KARYAWAN. */
export const POSITIONS_OF: Record<OrgBody, readonly OrgPosition[]> = {
  PENGURUS: ['KETUA', 'WAKIL_KETUA', 'SEKRETARIS', 'BENDAHARA', 'ANGGOTA'],
  PENGAWAS: ['KETUA', 'ANGGOTA'],
  KARYAWAN: ['MANAJER', 'KARYAWAN']
}
export const SINGLE_SEAT: readonly OrgPosition[] = ['KETUA', 'WAKIL_KETUA', 'SEKRETARIS', 'BENDAHARA']
export const ORG_BODY_LABELS: Record<OrgBody, string> = {
  PENGURUS: 'Pengurus',
  PENGAWAS: 'Pengawas',
  KARYAWAN: 'Manajer & karyawan'
}
export function positionLabel(body: OrgBody, position: OrgPosition): string {
  const base: Record<OrgPosition, string> = {
    KETUA: 'Ketua',
    WAKIL_KETUA: 'Wakil Ketua',
    SEKRETARIS: 'Sekretaris',
    BENDAHARA: 'Bendahara',
    ANGGOTA: 'Anggota',
    MANAJER: 'Manajer',
    KARYAWAN: 'Karyawan'
  }
  if (body === 'PENGAWAS') return position === 'KETUA' ? 'Ketua Pengawas' : 'Anggota Pengawas'
  if (body === 'PENGURUS' && position === 'ANGGOTA') return 'Anggota Pengurus'
  return base[position]
}

export interface OrgOfficer {
  id: number
  body: OrgBody
  position: OrgPosition
  positionLabel: string
  /** Jabatan as written (e.g. "Kasir gerai"); karyawan mostly. */
  title: string | null
  memberId: number | null
  memberNo: string | null
  name: string
  gender: 'L' | 'P' | null
  phone: string | null
  /** Dasar pengangkatan: keputusan RAT / SK pengurus. */
  decree: string | null
  termStart: string
  termEnd: string | null
  endedAt: string | null
  endReason: string | null
  /** Serving on the asked date. */
  active: boolean
  /** Still serving although the term's end date has passed. */
  termExpired: boolean
}

export interface Signatory {
  role: 'KETUA' | 'SEKRETARIS' | 'BENDAHARA' | 'KETUA_PENGAWAS'
  label: string
  name: string | null
  officerId: number | null
}

export type QuorumRule = { mode: 'MORE_THAN_HALF' } | { mode: 'PERCENT'; percent: string }

export interface Quorum {
  rule: QuorumRule
  /** Members entitled to attend: active on the RAT date. */
  eligible: number
  present: number
  required: number
  met: boolean
  /** present ÷ eligible in percent, one decimal, half-up ("0.0" when nobody is eligible). */
  presentPercent: string
}

export interface RatGuest {
  name: string
  role: string | null
}
export interface RatDecision {
  number: number
  text: string
}

export interface RapbLine {
  groupCode: string
  name: string
  type: 'PENDAPATAN' | 'BEBAN'
  /** Budget for the year after the tahun buku. */
  amount: number
  /** The tahun buku's actual figure for the group, for comparison. */
  actual: number
}

export interface RatMeeting {
  id: number
  /** Tahun buku the RAT accounts for. */
  year: number
  number: number
  date: string
  place: string
  agenda: string | null
  quorumRule: QuorumRule
  workPlan: string | null
  guests: RatGuest[]
  quorum: Quorum
  decisions: RatDecision[]
  /** RAPB for year + 1, one line per revenue and expense group (zero where none budgeted). */
  rapb: RapbLine[]
  rapbTotals: { revenue: number; expense: number; shu: number }
}

export interface AttendanceRow {
  no: number
  memberId: number
  memberNo: string
  name: string
  gender: 'L' | 'P' | null
  address: string
  present: boolean | null
}

export interface AttendanceList {
  ratId: number
  cooperative: string
  year: number
  number: number
  date: string
  place: string
  rows: AttendanceRow[]
  guests: RatGuest[]
  /** Members registered on 31 December of the tahun buku. */
  registeredAtYearEnd: number
  quorum: Quorum
}

export interface RapbRealisationRow {
  groupCode: string
  name: string
  type: 'PENDAPATAN' | 'BEBAN'
  budget: number
  actual: number
  difference: number
  /** actual ÷ budget in percent, one decimal half-up; null when nothing was budgeted. */
  percent: string | null
}

export interface RapbRealisation {
  year: number
  /** The RAT (of tahun buku year − 1) that approved the budget; null when there is none. */
  ratId: number | null
  rows: RapbRealisationRow[]
  totals: {
    budgetRevenue: number
    actualRevenue: number
    budgetExpense: number
    actualExpense: number
    budgetShu: number
    actualShu: number
  }
}

export interface GenderCount {
  L: number
  P: number
  tanpa: number
  total: number
}

export interface MemberStatistics {
  year: number
  start: GenderCount
  joined: GenderCount
  left: GenderCount
  leftByReason: { reason: ExitReason; label: string; count: GenderCount }[]
  end: GenderCount
  calon: GenderCount
  officers: { pengurus: GenderCount; pengawas: GenderCount; manajer: GenderCount; karyawan: GenderCount }
}

const quorumRule = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('MORE_THAN_HALF') }),
    z.strictObject({
      mode: z.literal('PERCENT'),
      percent: percentText({ upTo: 100, decimals: 2, example: '33,33' }).refine((s) => Number(s) > 0, {
        error: 'harus lebih dari 0'
      })
    })
  ],
  { error: 'mode kuorum harus MORE_THAN_HALF atau PERCENT' }
)

const ratRef = z.union([z.strictObject({ ratId: positiveId }), z.strictObject({ year })], {
  error: 'isi ratId atau year'
})

export const ratCommands = {
  'org.list': command<OrgOfficer[]>()({
    kind: 'query',
    summary: 'Susunan pengurus, pengawas dan manajer/karyawan (yang menjabat pada tanggal tertentu, atau semua)',
    input: z.strictObject({
      asOf: isoDate.optional(),
      body: z.enum(ORG_BODIES).optional(),
      includeEnded: z.boolean().default(false)
    })
  }),
  'org.save': command<OrgOfficer>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mencatat atau mengubah pengurus, pengawas atau karyawan (jabatan dan masa jabatan)',
    input: z
      .strictObject({
        id: positiveId.optional(),
        body: z.enum(ORG_BODIES, { error: 'harus PENGURUS, PENGAWAS atau KARYAWAN' }),
        position: z.enum(ORG_POSITIONS, { error: 'jabatan tidak dikenal' }),
        title: optionalText(100),
        memberId: positiveId
          .optional()
          .nullable()
          .transform((v) => v ?? null),
        /** The nomor anggota as printed (e.g. "A-0001"), instead of memberId. */
        memberNo: optionalText(30),
        name: optionalText(150),
        gender: gender
          .optional()
          .nullable()
          .transform((v) => v ?? null),
        phone: optionalText(30),
        decree: optionalText(200),
        termStart: isoDate,
        termEnd: isoDate
          .optional()
          .nullable()
          .transform((v) => v ?? null)
      })
      .superRefine((v, ctx) => {
        if (!POSITIONS_OF[v.body].includes(v.position))
          ctx.addIssue({
            code: 'custom',
            path: ['position'],
            message: `jabatan ${v.position} tidak ada di ${ORG_BODY_LABELS[v.body].toLowerCase()}`
          })
        if (v.memberId === null && v.memberNo === null && !v.name)
          ctx.addIssue({ code: 'custom', path: ['name'], message: 'isi nama, atau pilih anggota' })
        if (v.memberId !== null && v.memberNo !== null)
          ctx.addIssue({
            code: 'custom',
            path: ['memberNo'],
            message: 'isi nomor anggota atau id anggota, tidak keduanya'
          })
        if (v.termEnd && v.termEnd < v.termStart)
          ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'akhir masa jabatan tidak boleh sebelum awalnya' })
      })
  }),
  'org.end': command<OrgOfficer>()({
    kind: 'mutation',
    permission: 'admin',
    summary: 'Mengakhiri jabatan seseorang per tanggal (hari terakhir menjabat)',
    input: z.strictObject({ id: positiveId, date: isoDate, reason: optionalText(200) })
  }),
  'rat.list': command<{ id: number; year: number; number: number; date: string; place: string }[]>()({
    kind: 'query',
    summary: 'Daftar rapat anggota tahunan yang tercatat',
    input: z.strictObject({})
  }),
  'rat.save': command<RatMeeting>()({
    kind: 'mutation',
    summary: 'Mencatat data RAT: tahun buku, RAT ke-, tanggal, tempat, acara, aturan kuorum, tamu undangan',
    input: z
      .strictObject({
        year,
        number: z
          .number({ error: 'harus berupa angka' })
          .int({ error: 'harus bilangan bulat' })
          .min(1, { error: 'paling kecil 1' })
          .max(999),
        date: isoDate,
        place: requiredText(200),
        agenda: optionalText(5000),
        quorumRule: quorumRule.default({ mode: 'MORE_THAN_HALF' }),
        guests: z
          .array(z.strictObject({ name: requiredText(150), role: optionalText(150) }))
          .max(100)
          .optional()
      })
      .refine((v) => v.date > `${v.year}-12-31`, { error: 'RAT diadakan sesudah tahun buku berakhir', path: ['date'] })
  }),
  'rat.get': command<RatMeeting>()({
    kind: 'query',
    summary: 'Data RAT dengan jumlah hadir, kuorum yang diperlukan dan apakah terpenuhi, keputusan dan RAPB',
    input: ratRef
  }),
  'rat.attendanceList': command<AttendanceList>()({
    kind: 'query',
    summary: 'Daftar hadir RAT dari Buku Daftar Anggota (anggota aktif pada tanggal RAT), siap cetak',
    input: z.strictObject({ ratId: positiveId })
  }),
  'rat.recordAttendance': command<Quorum>()({
    kind: 'mutation',
    summary: 'Mencatat kehadiran anggota pada RAT (tanpa kuasa: satu anggota satu suara)',
    input: z.strictObject({
      ratId: positiveId,
      memberIds: z.array(positiveId).min(1, { error: 'pilih paling sedikit satu anggota' }).max(100_000),
      present: z.boolean({ error: 'harus true atau false' })
    })
  }),
  'rat.decisions': command<RatDecision[]>()({
    kind: 'mutation',
    summary: 'Mencatat keputusan / butir berita acara RAT (menggantikan daftar sebelumnya)',
    input: z
      .strictObject({
        ratId: positiveId,
        decisions: z
          .array(
            z.strictObject({
              number: z.number({ error: 'harus berupa angka' }).int().min(1).max(999),
              text: requiredText(5000)
            })
          )
          .max(200)
      })
      .refine((v) => new Set(v.decisions.map((d) => d.number)).size === v.decisions.length, {
        error: 'nomor keputusan tidak boleh kembar',
        path: ['decisions']
      })
  }),
  'rat.savePlan': command<RatMeeting>()({
    kind: 'mutation',
    summary: 'Mencatat Rencana Kerja dan RAPB tahun berikutnya per kelompok akun pendapatan dan beban',
    input: z
      .strictObject({
        ratId: positiveId,
        workPlan: optionalText(20_000),
        rapb: z
          .array(
            z.strictObject({
              groupCode: z
                .string()
                .trim()
                .regex(/^[45]-\d{2}$/, { error: 'kode kelompok akun pendapatan/beban, mis. 4-21' }),
              amount: rupiah
            })
          )
          .max(200)
      })
      .refine((v) => new Set(v.rapb.map((r) => r.groupCode)).size === v.rapb.length, {
        error: 'kelompok akun tidak boleh kembar',
        path: ['rapb']
      })
  }),
  'rat.rapbRealisation': command<RapbRealisation>()({
    kind: 'query',
    summary: 'Realisasi RAPB: anggaran yang disahkan RAT tahun lalu dibanding angka buku besar per kelompok akun',
    input: z.strictObject({ year })
  }),
  'rat.memberStatistics': command<MemberStatistics>()({
    kind: 'query',
    summary:
      'Statistik anggota setahun menurut jenis kelamin: awal tahun, masuk, keluar (menurut sebab), akhir tahun, calon anggota, pengurus/pengawas/karyawan',
    input: z.strictObject({ year })
  })
}
