import { CommandError } from '../../shared/errors'
import { todayOf } from '../setup/timezone'
import type { CommandParsedInput } from '../../shared/commands'
import type { Member, MemberHistoryItem, MemberStatus } from '../../shared/commands/members'
import type { Paged } from '../../shared/ledger/types'
import { completedYears } from '../../shared/dates/calendar'
import { analyzeNik, type Gender } from '../../shared/members/nik'
import { knownDistrict } from '../regions/areas'
import type { Book } from '../db/book'
import { sql } from 'kysely'
import { qb, type Row, type RowUpdate } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'
import { getSetting, setSetting } from '../settings'

type MemberRow = Row<'members'>

function toMember(r: MemberRow): Member {
  return {
    id: r.id,
    serial: r.id,
    memberNo: r.member_no,
    name: r.name,
    nik: r.nik,
    kkNumber: r.kk_number,
    birthPlace: r.birth_place,
    birthDate: r.birth_date,
    gender: r.gender,
    occupation: r.occupation,
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    dusun: r.dusun,
    village: r.village,
    phone: r.phone,
    joinedAt: r.joined_at,
    status: r.status as MemberStatus,
    exitDate: r.exit_date,
    exitReason: r.exit_reason,
    exitNote: r.exit_note,
    note: r.note,
    signedRegister: r.signed_register === 1,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

export function getMember(book: Book, key: { id: number } | { memberNo: string }, field = 'id'): Member {
  // Raw SQL through the typed helper: on the registration path, where compiling a builder query costs.
  const r =
    'id' in key
      ? book.q.row<MemberRow>('SELECT * FROM members WHERE id = ?', key.id)
      : book.q.row<MemberRow>('SELECT * FROM members WHERE member_no = ?', key.memberNo)
  if (!r) {
    throw new CommandError(
      'NOT_FOUND',
      `Anggota ${'id' in key ? `dengan nomor urut ${key.id}` : key.memberNo} tidak ditemukan`,
      'id' in key ? field : 'memberNo'
    )
  }
  return toMember(r)
}

function duplicateNik(book: Book, nik: string, exceptId?: number) {
  const r = book.q.row<Pick<MemberRow, 'id' | 'member_no' | 'name'>>(
    'SELECT id, member_no, name FROM members WHERE nik = ? AND id != ?',
    nik,
    exceptId ?? 0
  )
  return r ? { id: r.id, memberNo: r.member_no, name: r.name } : null
}

export function checkNik(ctx: CommandContext, input: CommandParsedInput<'members.checkNik'>) {
  const a = analyzeNik(input.nik, {
    today: todayOf(ctx),
    gender: input.gender ?? null,
    birthDate: input.birthDate ?? null,
    knownDistrict
  })
  return { ...a, duplicateOf: a.valid ? duplicateNik(ctx.book, input.nik.trim(), input.exceptMemberId) : null }
}

/** NIK rules of DOMAIN.md §9.4: errors and duplicates refuse; warnings must be accepted. */
function validateIdentity(
  ctx: CommandContext,
  m: { nik: string | null; gender: Gender; birthDate: string | null; acceptNikWarnings: boolean },
  exceptId?: number
): { birthDate: string | null } {
  const today = todayOf(ctx)
  const warnings: string[] = []
  let birthDate = m.birthDate
  if (m.nik) {
    const a = analyzeNik(m.nik, { today, gender: m.gender, birthDate: m.birthDate, knownDistrict })
    if (!a.valid) throw new CommandError('INVALID_INPUT', a.errors[0]!, 'nik')
    const dup = duplicateNik(ctx.book, m.nik, exceptId)
    if (dup)
      throw new CommandError(
        'CONFLICT',
        `NIK (KTP) ${m.nik} sudah terdaftar atas nama ${dup.name} (${dup.memberNo})`,
        'nik'
      )
    warnings.push(...a.warnings)
    birthDate ??= a.birthDate
  }
  if (birthDate && birthDate > today)
    throw new CommandError('INVALID_INPUT', 'Tanggal lahir: tidak boleh di masa depan', 'birthDate')
  if (birthDate) {
    const age = completedYears(birthDate, today)
    if (age < 17) warnings.push(`Umur ${age} tahun: di bawah 17 tahun (boleh bila sudah menikah)`)
  }
  if (warnings.length && !m.acceptNikWarnings) {
    throw new CommandError(
      'NEEDS_CONFIRMATION',
      `Periksa dulu: ${warnings.join('; ')}. Bila sudah benar, setujui peringatan ini lalu simpan lagi.`,
      'nik'
    )
  }
  return { birthDate }
}

function memberNoTaken(book: Book, memberNo: string): boolean {
  return book.q.row('SELECT 1 FROM members WHERE member_no = ?', memberNo) !== undefined
}

function nextMemberNo(book: Book): string {
  const prefix = getSetting(book, 'members.numberPrefix') ?? 'A-'
  let n = Number(getSetting(book, 'members.lastNumber') ?? '0')
  let candidate: string
  do {
    n++
    candidate = `${prefix}${String(n).padStart(4, '0')}`
  } while (memberNoTaken(book, candidate))
  setSetting(book, 'members.lastNumber', String(n))
  return candidate
}

export function createMember(ctx: CommandContext, input: CommandParsedInput<'members.create'>): Member {
  const { book } = ctx
  const { birthDate } = validateIdentity(ctx, input)
  if (input.memberNo && memberNoTaken(book, input.memberNo)) {
    throw new CommandError('CONFLICT', `Nomor anggota ${input.memberNo} sudah dipakai`, 'memberNo')
  }
  const memberNo = input.memberNo ?? nextMemberNo(book)
  const at = nowIso(ctx)
  const r = book.q.run(
    qb.insertInto('members').values({
      member_no: memberNo,
      name: input.name,
      status: input.status,
      created_at: at,
      nik: input.nik,
      kk_number: input.kkNumber,
      birth_place: input.birthPlace,
      birth_date: birthDate,
      gender: input.gender,
      occupation: input.occupation,
      street: input.street,
      rt: input.rt,
      rw: input.rw,
      dusun: input.dusun,
      village: input.village,
      phone: input.phone,
      joined_at: input.joinedAt,
      note: input.note,
      signed_register: input.signedRegister ? 1 : 0,
      updated_at: at,
      position: input.position
    })
  )
  return getMember(book, { id: Number(r.lastInsertRowid) })
}

const EDITABLE: [keyof CommandParsedInput<'members.update'> & string, keyof MemberRow & string][] = [
  ['name', 'name'],
  ['nik', 'nik'],
  ['kkNumber', 'kk_number'],
  ['birthPlace', 'birth_place'],
  ['birthDate', 'birth_date'],
  ['gender', 'gender'],
  ['occupation', 'occupation'],
  ['street', 'street'],
  ['rt', 'rt'],
  ['rw', 'rw'],
  ['dusun', 'dusun'],
  ['village', 'village'],
  ['phone', 'phone'],
  ['note', 'note'],
  ['joinedAt', 'joined_at'],
  ['signedRegister', 'signed_register'],
  ['position', 'position']
]

export function updateMember(ctx: CommandContext, input: CommandParsedInput<'members.update'>): Member {
  const { book } = ctx
  const before = book.q.first(qb.selectFrom('members').selectAll().where('id', '=', input.id))
  if (!before) throw new CommandError('NOT_FOUND', `Anggota dengan nomor urut ${input.id} tidak ditemukan`, 'id')
  const next: Record<string, unknown> = { ...before }
  for (const [key, column] of EDITABLE) {
    const v = (input as Record<string, unknown>)[key]
    if (v !== undefined) next[column] = key === 'signedRegister' ? (v ? 1 : 0) : v
  }
  if (next.nik !== before.nik || next.gender !== before.gender || next.birth_date !== before.birth_date) {
    const { birthDate } = validateIdentity(
      ctx,
      {
        nik: next.nik as string | null,
        gender: next.gender as Gender,
        birthDate: next.birth_date as string | null,
        acceptNikWarnings: input.acceptNikWarnings
      },
      before.id
    )
    next.birth_date = birthDate
  }
  const changed = EDITABLE.filter(([, c]) => next[c] !== before[c])
  if (changed.length === 0) return toMember(before)
  const at = nowIso(ctx)
  const fmt = (v: unknown) => (v === null || v === undefined ? null : String(v))
  const set: Record<string, unknown> = { updated_at: at }
  for (const [, column] of changed) {
    book.q.run(
      qb.insertInto('member_history').values({
        member_id: before.id,
        at,
        actor: ctx.actor,
        field: column,
        old_value: fmt(before[column]),
        new_value: fmt(next[column])
      })
    )
    set[column] = next[column]
  }
  // The columns come from EDITABLE and their values were checked by the command's schema.
  book.q.run(
    qb
      .updateTable('members')
      .set(set as RowUpdate<'members'>)
      .where('id', '=', before.id)
  )
  return getMember(book, { id: before.id })
}

export function activateMember(ctx: CommandContext, input: CommandParsedInput<'members.activate'>): Member {
  const m = getMember(ctx.book, { id: input.id })
  if (m.status !== 'CALON')
    throw new CommandError('CONFLICT', `Anggota ${m.memberNo} berstatus ${m.status}, bukan calon`, 'id')
  const at = nowIso(ctx)
  ctx.book.q.run(
    qb.updateTable('members').set({ status: 'AKTIF', joined_at: input.date, updated_at: at }).where('id', '=', m.id)
  )
  ctx.book.q.run(
    qb.insertInto('member_history').values({
      member_id: m.id,
      at,
      actor: ctx.actor,
      field: 'status',
      old_value: 'CALON',
      new_value: 'AKTIF'
    })
  )
  return getMember(ctx.book, { id: m.id })
}

export function listMembers(book: Book, f: CommandParsedInput<'members.list'>): Paged<Member> {
  let filtered = qb.selectFrom('members')
  if (f.search) {
    const esc = f.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)
    filtered = filtered.where(
      sql<boolean>`(name LIKE ${`%${esc}%`} ESCAPE '\\' OR member_no LIKE ${`${esc}%`} ESCAPE '\\' OR nik LIKE ${`${esc}%`} ESCAPE '\\')`
    )
  }
  if (f.status) filtered = filtered.where('status', '=', f.status)
  if (f.gender) filtered = filtered.where('gender', '=', f.gender)
  if (f.village) filtered = filtered.where(sql<boolean>`village = ${f.village} COLLATE NOCASE`)
  if (f.rt) filtered = filtered.where('rt', '=', f.rt)
  const total = book.q.first(filtered.select((eb) => eb.fn.countAll<number>().as('n')))!.n
  const rows = book.q.all(
    filtered
      .selectAll()
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
  )
  return { items: rows.map(toMember), page: f.page, pageSize: f.pageSize, total }
}

export function memberHistory(book: Book, id: number): MemberHistoryItem[] {
  getMember(book, { id })
  return book.q
    .all(
      qb
        .selectFrom('member_history')
        .select(['at', 'actor', 'field', 'old_value', 'new_value'])
        .where('member_id', '=', id)
        .orderBy('id', 'desc')
    )
    .map((r) => ({ at: r.at, actor: r.actor, field: r.field, oldValue: r.old_value, newValue: r.new_value }))
}
