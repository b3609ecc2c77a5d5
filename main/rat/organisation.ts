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
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'

interface OfficerRow {
  id: number
  body: OrgBody
  position: OrgPosition
  title: string | null
  member_id: number | null
  member_no: string | null
  name: string
  gender: 'L' | 'P' | null
  phone: string | null
  decree: string | null
  term_start: string
  term_end: string | null
  ended_at: string | null
  end_reason: string | null
}

const SELECT = `SELECT o.*, m.member_no FROM org_officers o LEFT JOIN members m ON m.id = o.member_id`
const ORDER = `ORDER BY CASE o.body WHEN 'PENGURUS' THEN 0 WHEN 'PENGAWAS' THEN 1 ELSE 2 END,
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
  const r = book.q.prepare(`${SELECT} WHERE o.id = ?`).get(id) as OfficerRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Data pengurus/pengawas/karyawan dengan id ${id} tidak ditemukan`, 'id')
  return toOfficer(r, asOf)
}

/** Who serves on `asOf` (or everyone, ended too, with includeEnded). */
export function listOfficers(book: Book, asOf: string, body?: OrgBody, includeEnded = false): OrgOfficer[] {
  const rows = book.q
    .prepare(`${SELECT} ${body ? 'WHERE o.body = ?' : ''} ${ORDER}`)
    .all(...(body ? [body] : [])) as OfficerRow[]
  return rows.filter((r) => includeEnded || servingOn(r, asOf)).map((r) => toOfficer(r, asOf))
}

/**
 * A member who serves on the pengurus or pengawas (or as karyawan) holds that position in the member
 * register (used by BMPP for related parties): recomputed from the seats serving today whenever a
 * seat of the member is saved or ended, with the change in the member's history.
 */
function syncMemberPosition(ctx: CommandContext, memberId: number, today: string): void {
  const { book } = ctx
  const seats = (
    book.q.prepare('SELECT body, term_start, ended_at FROM org_officers WHERE member_id = ?').all(memberId) as {
      body: OrgBody
      term_start: string
      ended_at: string | null
    }[]
  ).filter((r) => servingOn(r, today))
  const position =
    (['PENGURUS', 'PENGAWAS', 'KARYAWAN'] as const).find((b) => seats.some((r) => r.body === b)) ?? 'ANGGOTA'
  const m = book.q.prepare('SELECT position FROM members WHERE id = ?').get(memberId) as
    { position: string } | undefined
  if (!m || m.position === position) return
  const at = nowIso(ctx)
  book.q.prepare('UPDATE members SET position = ?, updated_at = ? WHERE id = ?').run(position, at, memberId)
  book.q
    .prepare('INSERT INTO member_history (member_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)')
    .run(memberId, at, ctx.actor, 'position', m.position, position)
}

export function saveOfficer(ctx: CommandContext, input: CommandParsedInput<'org.save'>, today: string): OrgOfficer {
  const { book } = ctx
  let name = input.name
  let gender = input.gender
  let memberId = input.memberId
  if (input.memberNo !== null) {
    const byNo = book.q.prepare('SELECT id FROM members WHERE member_no = ?').get(input.memberNo) as
      { id: number } | undefined
    if (!byNo) throw new CommandError('NOT_FOUND', `Anggota dengan nomor ${input.memberNo} tidak ditemukan`, 'memberNo')
    memberId = byNo.id
  }
  if (memberId !== null) {
    const m = book.q.prepare('SELECT name, gender FROM members WHERE id = ?').get(memberId) as
      { name: string; gender: 'L' | 'P' | null } | undefined
    if (!m) throw new CommandError('NOT_FOUND', `Anggota dengan id ${memberId} tidak ditemukan`, 'memberId')
    name = name ?? m.name
    gender = gender ?? m.gender
  }
  const prev =
    input.id !== undefined
      ? (book.q.prepare('SELECT * FROM org_officers WHERE id = ?').get(input.id) as OfficerRow | undefined)
      : undefined
  if (input.id !== undefined && !prev)
    throw new CommandError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan`, 'id')
  if (SINGLE_SEAT.includes(input.position)) {
    // One person per seat at a time: the predecessor's service must end before this one starts.
    const others = book.q
      .prepare('SELECT * FROM org_officers WHERE body = ? AND position = ? AND id != ?')
      .all(input.body, input.position, input.id ?? 0) as OfficerRow[]
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
  if (prev) {
    book.q
      .prepare(
        `UPDATE org_officers SET body = ?, position = ?, title = ?, member_id = ?, name = ?, gender = ?, phone = ?, decree = ?, term_start = ?, term_end = ?, updated_at = ? WHERE id = ?`
      )
      .run(
        input.body,
        input.position,
        input.title,
        memberId,
        name,
        gender,
        input.phone,
        input.decree,
        input.termStart,
        input.termEnd,
        at,
        prev.id
      )
    for (const id of new Set([prev.member_id, memberId])) if (id !== null) syncMemberPosition(ctx, id, today)
    return getOfficer(book, prev.id, today)
  }
  const r = book.q
    .prepare(
      `INSERT INTO org_officers (body, position, title, member_id, name, gender, phone, decree, term_start, term_end, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      input.body,
      input.position,
      input.title,
      memberId,
      name,
      gender,
      input.phone,
      input.decree,
      input.termStart,
      input.termEnd,
      at,
      at
    )
  if (memberId !== null) syncMemberPosition(ctx, memberId, today)
  return getOfficer(book, Number(r.lastInsertRowid), today)
}

export function endOfficer(ctx: CommandContext, input: CommandParsedInput<'org.end'>, today: string): OrgOfficer {
  const { book } = ctx
  const r = book.q.prepare('SELECT * FROM org_officers WHERE id = ?').get(input.id) as OfficerRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan`, 'id')
  if (r.ended_at !== null)
    throw new CommandError('CONFLICT', `Jabatan ${r.name} sudah berakhir ${formatDateLong(r.ended_at)}`, 'id')
  if (input.date < r.term_start)
    throw new CommandError(
      'INVALID_INPUT',
      `Tanggal: tidak boleh sebelum mulai menjabat (${formatDateLong(r.term_start)})`,
      'date'
    )
  book.q
    .prepare('UPDATE org_officers SET ended_at = ?, end_reason = ?, updated_at = ? WHERE id = ?')
    .run(input.date, input.reason, nowIso(ctx), r.id)
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
