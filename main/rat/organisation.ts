import { CommandError } from '../../shared/errors'
import type { CommandParsedInput } from '../../shared/commands'
import {
  positionLabel,
  SINGLE_SEAT,
  type OrgBody,
  type OrgOfficer,
  type OrgPosition,
  type Signatory
} from '../../shared/commands/rat'
import { formatDateLong } from '../../shared/dates/format'
import { sql, type InferResult } from 'kysely'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'

function officerSelect() {
  return qb
    .selectFrom('org_officers as o')
    .leftJoin('members as m', 'm.id', 'o.member_id')
    .selectAll('o')
    .select('m.member_no')
}

type OfficerRow = InferResult<ReturnType<typeof officerSelect>>[number]

/** Pengurus, pengawas, karyawan; within each the seats in the order of the AD/ART, then by start. */
const officerOrder = sql`CASE o.body WHEN 'PENGURUS' THEN 0 WHEN 'PENGAWAS' THEN 1 ELSE 2 END,
  CASE o.position WHEN 'KETUA' THEN 0 WHEN 'WAKIL_KETUA' THEN 1 WHEN 'SEKRETARIS' THEN 2 WHEN 'BENDAHARA' THEN 3 WHEN 'MANAJER' THEN 4 ELSE 5 END, o.term_start, o.id`

/** Serving on `date`: started on or before it and not ended before it (the end date is the last day served). */
export const servingOn = (r: { term_start: string; ended_at: string | null }, date: string) =>
  r.term_start <= date && (r.ended_at === null || r.ended_at >= date)

function toOfficer(r: OfficerRow, asOf: string): OrgOfficer {
  const active = servingOn(r, asOf)
  return {
    id: r.id,
    body: r.body,
    position: r.position,
    positionLabel: positionLabel(r.body, r.position),
    title: r.title,
    memberId: r.member_id,
    memberNo: r.member_no,
    name: r.name,
    gender: r.gender,
    phone: r.phone,
    decree: r.decree,
    termStart: r.term_start,
    termEnd: r.term_end,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    active,
    termExpired: active && r.term_end !== null && r.term_end < asOf
  }
}

export function getOfficer(book: Book, id: number, asOf: string): OrgOfficer {
  const r = book.q.first(officerSelect().where('o.id', '=', id))
  if (!r) throw new CommandError('NOT_FOUND', `Data pengurus/pengawas/karyawan dengan id ${id} tidak ditemukan`, 'id')
  return toOfficer(r, asOf)
}

/** Who serves on `asOf` (or everyone, ended too, with includeEnded). */
export function listOfficers(book: Book, asOf: string, body?: OrgBody, includeEnded = false): OrgOfficer[] {
  let query = officerSelect()
  if (body) query = query.where('o.body', '=', body)
  const rows = book.q.all(query.orderBy(officerOrder))
  return rows.filter((r) => includeEnded || servingOn(r, asOf)).map((r) => toOfficer(r, asOf))
}

/**
 * A member who serves on the pengurus or pengawas (or as karyawan) holds that position in the member
 * register (used by BMPP for related parties): recomputed from the seats serving today whenever a
 * seat of the member is saved or ended, with the change in the member's history.
 */
function syncMemberPosition(ctx: CommandContext, memberId: number, today: string): void {
  const { book } = ctx
  const seats = book.q
    .all(qb.selectFrom('org_officers').select(['body', 'term_start', 'ended_at']).where('member_id', '=', memberId))
    .filter((r) => servingOn(r, today))
  const position =
    (['PENGURUS', 'PENGAWAS', 'KARYAWAN'] as const).find((b) => seats.some((r) => r.body === b)) ?? 'ANGGOTA'
  const m = book.q.first(qb.selectFrom('members').select('position').where('id', '=', memberId))
  if (!m || m.position === position) return
  const at = nowIso(ctx)
  book.q.run(qb.updateTable('members').set({ position, updated_at: at }).where('id', '=', memberId))
  book.q.run(
    qb.insertInto('member_history').values({
      member_id: memberId,
      at,
      actor: ctx.actor,
      field: 'position',
      old_value: m.position,
      new_value: position
    })
  )
}

export function saveOfficer(ctx: CommandContext, input: CommandParsedInput<'org.save'>, today: string): OrgOfficer {
  const { book } = ctx
  let name = input.name
  let gender = input.gender
  let memberId = input.memberId
  if (input.memberNo !== null) {
    const byNo = book.q.first(qb.selectFrom('members').select('id').where('member_no', '=', input.memberNo))
    if (!byNo) throw new CommandError('NOT_FOUND', `Anggota dengan nomor ${input.memberNo} tidak ditemukan`, 'memberNo')
    memberId = byNo.id
  }
  if (memberId !== null) {
    const m = book.q.first(qb.selectFrom('members').select(['name', 'gender']).where('id', '=', memberId))
    if (!m) throw new CommandError('NOT_FOUND', `Anggota dengan id ${memberId} tidak ditemukan`, 'memberId')
    name = name ?? m.name
    gender = gender ?? m.gender
  }
  // The command's schema asks for a name or a member; said again here, where the row needs it.
  if (name === null) throw new CommandError('INVALID_INPUT', 'Nama: isi nama, atau pilih anggota', 'name')
  const prev =
    input.id !== undefined
      ? book.q.first(qb.selectFrom('org_officers').selectAll().where('id', '=', input.id))
      : undefined
  if (input.id !== undefined && !prev)
    throw new CommandError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan`, 'id')
  if (SINGLE_SEAT.includes(input.position)) {
    // One person per seat at a time: the predecessor's service must end before this one starts.
    const others = book.q.all(
      qb
        .selectFrom('org_officers')
        .selectAll()
        .where('body', '=', input.body)
        .where('position', '=', input.position)
        .where('id', '!=', input.id ?? 0)
    )
    const clash = others.find(
      (o) =>
        (o.ended_at === null || o.ended_at >= input.termStart) &&
        (prev?.ended_at ?? null) === null &&
        o.term_start <= (input.termEnd ?? '9999-12-31')
    )
    if (clash) {
      throw new CommandError(
        'CONFLICT',
        `${positionLabel(input.body, input.position)} masih dijabat ${clash.name} (sejak ${formatDateLong(clash.term_start)}); akhiri jabatannya lebih dahulu`,
        'position'
      )
    }
  }
  const at = nowIso(ctx)
  const fields = {
    body: input.body,
    position: input.position,
    title: input.title,
    member_id: memberId,
    name,
    gender,
    phone: input.phone,
    decree: input.decree,
    term_start: input.termStart,
    term_end: input.termEnd
  }
  if (prev) {
    book.q.run(
      qb
        .updateTable('org_officers')
        .set({ ...fields, updated_at: at })
        .where('id', '=', prev.id)
    )
    for (const id of new Set([prev.member_id, memberId])) if (id !== null) syncMemberPosition(ctx, id, today)
    return getOfficer(book, prev.id, today)
  }
  const r = book.q.run(qb.insertInto('org_officers').values({ ...fields, created_at: at, updated_at: at }))
  if (memberId !== null) syncMemberPosition(ctx, memberId, today)
  return getOfficer(book, Number(r.lastInsertRowid), today)
}

export function endOfficer(ctx: CommandContext, input: CommandParsedInput<'org.end'>, today: string): OrgOfficer {
  const { book } = ctx
  const r = book.q.first(qb.selectFrom('org_officers').selectAll().where('id', '=', input.id))
  if (!r) throw new CommandError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan`, 'id')
  if (r.ended_at !== null)
    throw new CommandError('CONFLICT', `Jabatan ${r.name} sudah berakhir ${formatDateLong(r.ended_at)}`, 'id')
  if (input.date < r.term_start)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tidak boleh sebelum mulai menjabat (${formatDateLong(r.term_start)})`,
      'date'
    )
  book.q.run(
    qb
      .updateTable('org_officers')
      .set({ ended_at: input.date, end_reason: input.reason, updated_at: nowIso(ctx) })
      .where('id', '=', r.id)
  )
  if (r.member_id !== null) syncMemberPosition(ctx, r.member_id, today)
  return getOfficer(book, r.id, today)
}

/**
 * Who signs on `date` (signature blocks of the laporan tahunan, neraca, berita acara): Ketua,
 * Sekretaris and Bendahara of the pengurus, and the Ketua Pengawas; name null where the seat is empty.
 */
export function signatories(
  book: Book,
  date: string
): { signatories: Signatory[]; pengurus: OrgOfficer[]; pengawas: OrgOfficer[] } {
  const pengurus = listOfficers(book, date, 'PENGURUS')
  const pengawas = listOfficers(book, date, 'PENGAWAS')
  const seat = (list: OrgOfficer[], position: OrgPosition) => list.find((o) => o.position === position) ?? null
  const make = (role: Signatory['role'], label: string, o: OrgOfficer | null): Signatory => ({
    role,
    label,
    name: o?.name ?? null,
    officerId: o?.id ?? null
  })
  return {
    signatories: [
      make('KETUA', 'Ketua', seat(pengurus, 'KETUA')),
      make('SEKRETARIS', 'Sekretaris', seat(pengurus, 'SEKRETARIS')),
      make('BENDAHARA', 'Bendahara', seat(pengurus, 'BENDAHARA')),
      make('KETUA_PENGAWAS', 'Ketua Pengawas', seat(pengawas, 'KETUA'))
    ],
    pengurus,
    pengawas
  }
}
