import { z } from 'zod'
import { command } from './define'
import {
  accountCode,
  isoDate,
  optionalText,
  page,
  pageSize,
  positiveId,
  requiredText,
  text,
  allowFutureDate
} from '../validation/schemas'
import type { Paged } from '../ledger/types'
import type { NikAnalysis } from '../members/nik'

export type MemberStatus = 'CALON' | 'AKTIF' | 'KELUAR'
export type MemberPosition = 'ANGGOTA' | 'PENGURUS' | 'PENGAWAS' | 'KARYAWAN'
export type ExitReason = 'PERMINTAAN_SENDIRI' | 'MENINGGAL' | 'DIBERHENTIKAN' | 'PINDAH'

export const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  PERMINTAAN_SENDIRI: 'Keluar atas permintaan sendiri',
  MENINGGAL: 'Meninggal dunia',
  DIBERHENTIKAN: 'Diberhentikan',
  PINDAH: 'Pindah / tidak memenuhi syarat'
}

export interface Member {
  id: number
  /** Nomor urut: the register's row number, never reused. */
  serial: number
  memberNo: string
  name: string
  nik: string | null
  kkNumber: string | null
  birthPlace: string | null
  birthDate: string | null
  gender: 'L' | 'P' | null
  occupation: string | null
  street: string | null
  rt: string | null
  rw: string | null
  dusun: string | null
  village: string | null
  phone: string | null
  joinedAt: string | null
  status: MemberStatus
  exitDate: string | null
  exitReason: ExitReason | null
  exitNote: string | null
  note: string | null
  signedRegister: boolean
  /** Pengurus and pengawas are related parties for loans (DOMAIN.md §4.1). */
  position: MemberPosition
  createdAt: string
  updatedAt: string | null
}

export interface ExitSettlement {
  member: { id: number; memberNo: string; name: string; status: string }
  date: string
  rights: { pokok: number; wajib: number; sukarela: number; total: number }
  /**
   * Per loan: sisa pokok + jasa + denda = payoff, exactly. `jasa` is the jasa tertunggak plus what
   * the product's early-payoff rule adds (current period's jasa, remaining jasa or a penalty).
   */
  obligations: {
    receivable: number
    loans: {
      loanNo: string
      outstandingPokok: number
      jasa: number
      jasaTertunggak: number
      jasaPelunasan: number
      denda: number
      payoff: number
    }[]
    total: number
  }
  /** hak − kewajiban; below zero the ex-member still owes the difference. */
  net: number
}

export interface MemberHistoryItem {
  at: string
  actor: string
  field: string
  oldValue: string | null
  newValue: string | null
}

const nik = z.string({ error: 'harus berupa teks' }).trim().max(32, { error: 'terlalu panjang' })
const digits = (n: number, label: string) =>
  z
    .string({ error: 'harus berupa teks' })
    .trim()
    .regex(new RegExp(`^\\d{${n}}$`), { error: `harus ${label}` })
const gender = z.enum(['L', 'P'], { error: 'harus L (laki-laki) atau P (perempuan)' })

const memberFields = {
  name: requiredText(150),
  nik: nik
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  kkNumber: digits(16, '16 digit angka')
    .optional()
    .nullable()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  birthPlace: optionalText(100),
  birthDate: isoDate
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  gender,
  occupation: optionalText(100),
  street: optionalText(200),
  rt: optionalText(5),
  rw: optionalText(5),
  dusun: optionalText(100),
  village: optionalText(100),
  phone: z
    .string({ error: 'harus berupa teks' })
    .trim()
    .regex(/^(\+?\d[\d\s-]{5,20})?$/, { error: 'hanya angka, spasi, tanda hubung, boleh diawali +' })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  note: optionalText(500)
}
/** For edits: undefined = leave as is, null or '' = clear. */
const patch = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  z
    .union([z.literal(''), z.null(), z.string()])
    .optional()
    .pipe(
      z.custom<string | null | undefined>().transform((v, ctx) => {
        if (v === undefined) return undefined
        if (v === null || v === '') return null
        const r = schema.safeParse(v)
        if (!r.success) {
          for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
          return z.NEVER
        }
        return r.data ?? null
      })
    )
const position = z.enum(['ANGGOTA', 'PENGURUS', 'PENGAWAS', 'KARYAWAN'], {
  error: 'harus ANGGOTA, PENGURUS, PENGAWAS atau KARYAWAN'
})
const signedRegister = z.boolean({ error: 'harus true atau false' })
/** The treasurer saw the NIK warnings (date, gender, province, age) and accepts them. */
const acceptNikWarnings = z.boolean({ error: 'harus true atau false' }).default(false)

export const memberCommands = {
  'members.checkNik': command<NikAnalysis & { duplicateOf: { id: number; memberNo: string; name: string } | null }>()({
    kind: 'query',
    summary: 'Memeriksa NIK (KTP): kesalahan, peringatan, dan apakah sudah dipakai anggota lain',
    input: z.strictObject({
      nik: nik,
      gender: gender.optional(),
      birthDate: isoDate.optional(),
      exceptMemberId: positiveId.optional()
    })
  }),
  'members.create': command<Member>()({
    kind: 'mutation',
    summary: 'Mendaftarkan anggota baru di Buku Daftar Anggota',
    input: z.strictObject({
      ...memberFields,
      signedRegister: signedRegister.default(false),
      position: position.default('ANGGOTA'),
      acceptNikWarnings,
      memberNo: text(30)
        .optional()
        .transform((v) => (v ? v : null)),
      joinedAt: isoDate,
      status: z.enum(['CALON', 'AKTIF'], { error: 'harus CALON atau AKTIF' }).default('AKTIF')
    })
  }),
  'members.update': command<Member>()({
    kind: 'mutation',
    summary: 'Mengubah data anggota; setiap perubahan dicatat (siapa, kapan, lama → baru)',
    input: z.strictObject({
      id: positiveId,
      name: memberFields.name.optional(),
      nik: patch(memberFields.nik),
      kkNumber: patch(memberFields.kkNumber),
      birthPlace: patch(memberFields.birthPlace),
      birthDate: patch(isoDate),
      gender: gender.optional(),
      occupation: patch(memberFields.occupation),
      street: patch(memberFields.street),
      rt: patch(memberFields.rt),
      rw: patch(memberFields.rw),
      dusun: patch(memberFields.dusun),
      village: patch(memberFields.village),
      phone: patch(memberFields.phone),
      note: patch(memberFields.note),
      signedRegister: signedRegister.optional(),
      position: position.optional(),
      joinedAt: isoDate.optional(),
      acceptNikWarnings
    })
  }),
  'members.activate': command<Member>()({
    kind: 'mutation',
    summary: 'Mengubah calon anggota menjadi anggota aktif',
    input: z.strictObject({ id: positiveId, date: isoDate })
  }),
  'members.get': command<Member>()({
    kind: 'query',
    summary: 'Data satu anggota menurut id atau nomor anggota',
    input: z.union([z.strictObject({ id: positiveId }), z.strictObject({ memberNo: requiredText(30) })], {
      error: 'isi id atau memberNo'
    })
  }),
  'members.list': command<Paged<Member>>()({
    kind: 'query',
    permission: 'lookup',
    summary: 'Cari anggota menurut nama, nomor anggota atau NIK, dengan saringan status, jenis kelamin, desa dan RT',
    input: z
      .strictObject({
        search: text(100).optional(),
        status: z.enum(['CALON', 'AKTIF', 'KELUAR'], { error: 'harus CALON, AKTIF atau KELUAR' }).optional(),
        gender: gender.optional(),
        village: text(100).optional(),
        rt: text(5).optional(),
        page,
        pageSize
      })
      .default({ page: 1, pageSize: 50 })
  }),
  'members.exitPreview': command<ExitSettlement>()({
    kind: 'query',
    summary: 'Perhitungan pengembalian simpanan bila anggota keluar (hak − kewajiban) untuk Berita Acara',
    input: z.strictObject({ id: positiveId, date: isoDate })
  }),
  'members.exit': command<{
    settlement: ExitSettlement
    entry: { id: number; number: string } | null
    paidOut: number
    payable: number
    remainingReceivable: number
    member: Member
  }>()({
    kind: 'mutation',
    summary:
      'Anggota keluar: simpanan dikembalikan (tunai atau dicatat sebagai utang kepada eks-anggota), buku daftar anggota diisi',
    input: z.strictObject({
      allowFutureDate,
      id: positiveId,
      date: isoDate,
      reason: z.enum(['PERMINTAAN_SENDIRI', 'MENINGGAL', 'DIBERHENTIKAN', 'PINDAH'], {
        error: 'harus PERMINTAAN_SENDIRI, MENINGGAL, DIBERHENTIKAN atau PINDAH'
      }),
      note: optionalText(500),
      payout: z.enum(['TUNAI', 'UTANG'], { error: 'harus TUNAI atau UTANG' }).default('UTANG'),
      cashAccount: accountCode.default('1-1101'),
      reference: optionalText(100)
    })
  }),
  'members.history': command<MemberHistoryItem[]>()({
    kind: 'query',
    summary: 'Riwayat perubahan data satu anggota',
    input: z.strictObject({ id: positiveId })
  })
}
