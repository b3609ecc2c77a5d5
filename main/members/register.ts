import { CommandError } from '../../shared/errors'
import { todayOf } from '../setup/timezone'
import type { CommandParsedInput } from '../../shared/commands'
import type { Member, MemberHistoryItem, MemberStatus, ExitReason } from '../../shared/commands/members'
import type { Paged } from '../../shared/ledger/types'
import { analyzeNik, type Gender } from '../../shared/members/nik'
import { knownDistrict } from '../regions/areas'
import type { Book } from '../db/book'
import type { Row } from '../db/query'
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
    gender: r.gender as Gender | null,
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
    exitReason: r.exit_reason as ExitReason | null,
    exitNote: r.exit_note,
    note: r.note,
    signedRegister: r.signed_register === 1,
    position: r.position as Member['position'],
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

export function getMember(book: Book, key: { id: number } | { memberNo: string }, field = 'id'): Member {
  const r = (
    'id' in key
      ? book.q.prepare('SELECT * FROM members WHERE id = ?').get(key.id)
      : book.q.prepare('SELECT * FROM members WHERE member_no = ?').get(key.memberNo)
  ) as MemberRow | undefined
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
  const r = book.q
    .prepare('SELECT id, member_no, name FROM members WHERE nik = ? AND id != ?')
    .get(nik, exceptId ?? 0) as { id: number; member_no: string; name: string } | undefined
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
    const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
    const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
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

function nextMemberNo(book: Book): string {
  const prefix = getSetting(book, 'members.numberPrefix') ?? 'A-'
  let n = Number(getSetting(book, 'members.lastNumber') ?? '0')
  let candidate: string
  do {
    n++
    candidate = `${prefix}${String(n).padStart(4, '0')}`
  } while (book.q.prepare('SELECT 1 FROM members WHERE member_no = ?').get(candidate))
  setSetting(book, 'members.lastNumber', String(n))
  return candidate
}

export function createMember(ctx: CommandContext, input: CommandParsedInput<'members.create'>): Member {
  const { book } = ctx
  const { birthDate } = validateIdentity(ctx, input)
  if (input.memberNo && book.q.prepare('SELECT 1 FROM members WHERE member_no = ?').get(input.memberNo)) {
    throw new CommandError('CONFLICT', `Nomor anggota ${input.memberNo} sudah dipakai`, 'memberNo')
  }
  const memberNo = input.memberNo ?? nextMemberNo(book)
  const at = nowIso(ctx)
  const r = book.q
    .prepare(
      `INSERT INTO members (member_no, name, status, created_at, nik, kk_number, birth_place, birth_date, gender, occupation,
         street, rt, rw, dusun, village, phone, joined_at, note, signed_register, updated_at, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      memberNo,
      input.name,
      input.status,
      at,
      input.nik,
      input.kkNumber,
      input.birthPlace,
      birthDate,
      input.gender,
      input.occupation,
      input.street,
      input.rt,
      input.rw,
      input.dusun,
      input.village,
      input.phone,
      input.joinedAt,
      input.note,
      input.signedRegister ? 1 : 0,
      at,
      input.position
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
  const before = book.q.prepare('SELECT * FROM members WHERE id = ?').get(input.id) as MemberRow | undefined
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
  const hist = book.q.prepare(
    'INSERT INTO member_history (member_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)'
  )
  for (const [, column] of changed) {
    const fmt = (v: unknown) => (v === null || v === undefined ? null : String(v))
    hist.run(before.id, at, ctx.actor, column, fmt(before[column]), fmt(next[column]))
    book.q.prepare(`UPDATE members SET ${column} = ? WHERE id = ?`).run(next[column] as never, before.id)
  }
  book.q.prepare('UPDATE members SET updated_at = ? WHERE id = ?').run(at, before.id)
  return getMember(book, { id: before.id })
}

export function activateMember(ctx: CommandContext, input: CommandParsedInput<'members.activate'>): Member {
  const m = getMember(ctx.book, { id: input.id })
  if (m.status !== 'CALON')
    throw new CommandError('CONFLICT', `Anggota ${m.memberNo} berstatus ${m.status}, bukan calon`, 'id')
  const at = nowIso(ctx)
  ctx.book.q
    .prepare(`UPDATE members SET status = 'AKTIF', joined_at = ?, updated_at = ? WHERE id = ?`)
    .run(input.date, at, m.id)
  ctx.book.q
    .prepare('INSERT INTO member_history (member_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)')
    .run(m.id, at, ctx.actor, 'status', 'CALON', 'AKTIF')
  return getMember(ctx.book, { id: m.id })
}

export function listMembers(book: Book, f: CommandParsedInput<'members.list'>): Paged<Member> {
  const where: string[] = []
  const params: unknown[] = []
  if (f.search) {
    const q = f.search.trim()
    const esc = q.replace(/[\\%_]/g, (c) => `\\${c}`)
    where.push(`(name LIKE ? ESCAPE '\\' OR member_no LIKE ? ESCAPE '\\' OR nik LIKE ? ESCAPE '\\')`)
    params.push(`%${esc}%`, `${esc}%`, `${esc}%`)
  }
  if (f.status) {
    where.push('status = ?')
    params.push(f.status)
  }
  if (f.gender) {
    where.push('gender = ?')
    params.push(f.gender)
  }
  if (f.village) {
    where.push('village = ? COLLATE NOCASE')
    params.push(f.village)
  }
  if (f.rt) {
    where.push('rt = ?')
    params.push(f.rt)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (book.q.prepare(`SELECT count(*) AS n FROM members ${clause}`).get(...params) as { n: number }).n
  const rows = book.q
    .prepare(`SELECT * FROM members ${clause} ORDER BY id LIMIT ? OFFSET ?`)
    .all(...params, f.pageSize, (f.page - 1) * f.pageSize) as MemberRow[]
  return { items: rows.map(toMember), page: f.page, pageSize: f.pageSize, total }
}

export function memberHistory(book: Book, id: number): MemberHistoryItem[] {
  getMember(book, { id })
  return (
    book.q
      .prepare('SELECT at, actor, field, old_value, new_value FROM member_history WHERE member_id = ? ORDER BY id DESC')
      .all(id) as {
      at: string
      actor: string
      field: string
      old_value: string | null
      new_value: string | null
    }[]
  ).map((r) => ({ at: r.at, actor: r.actor, field: r.field, oldValue: r.old_value, newValue: r.new_value }))
}
