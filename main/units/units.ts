import { CommandError } from '../../shared/errors'
import type { Unit } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'

interface UnitRow {
  id: number
  code: string
  name: string
  description: string | null
  is_active: number
  sort_order: number
}

function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    isActive: r.is_active === 1,
    sortOrder: r.sort_order
  }
}

export function listUnits(book: Book, includeInactive: boolean): Unit[] {
  const rows = book.q
    .prepare(`SELECT * FROM units ${includeInactive ? '' : 'WHERE is_active = 1 '}ORDER BY sort_order, code`)
    .all() as UnitRow[]
  return rows.map(toUnit)
}

export function getUnit(book: Book, code: string, field = 'code'): Unit {
  const r = book.q.prepare('SELECT * FROM units WHERE code = ?').get(code) as UnitRow | undefined
  if (!r) throw new CommandError('NOT_FOUND', `Unit usaha ${code} tidak ditemukan`, field)
  return toUnit(r)
}

export function insertUnits(
  ctx: CommandContext,
  units: { code: string; name: string; description: string | null }[]
): void {
  const seen = new Set<string>()
  units.forEach((u, i) => {
    if (seen.has(u.code)) throw new CommandError('CONFLICT', `Kode unit ${u.code} dobel`, `units.${i}.code`)
    seen.add(u.code)
  })
  const { book } = ctx
  const next = (book.q.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS n FROM units').get() as { n: number }).n
  const insert = book.q.prepare(
    'INSERT INTO units (code, name, description, is_active, sort_order, created_at) VALUES (?, ?, ?, 1, ?, ?)'
  )
  units.forEach((u, i) => insert.run(u.code, u.name, u.description, next + i, nowIso(ctx)))
}

export function createUnit(ctx: CommandContext, input: CommandParsedInput<'units.create'>): Unit {
  const exists = ctx.book.q.prepare('SELECT id FROM units WHERE code = ?').get(input.code)
  if (exists) throw new CommandError('CONFLICT', `Kode unit ${input.code} sudah dipakai`, 'code')
  insertUnits(ctx, [input])
  return getUnit(ctx.book, input.code)
}

export function updateUnit(ctx: CommandContext, input: CommandParsedInput<'units.update'>): Unit {
  const u = getUnit(ctx.book, input.code)
  ctx.book.q
    .prepare('UPDATE units SET name = ?, description = ?, sort_order = ? WHERE id = ?')
    .run(input.name ?? u.name, input.description ?? u.description, input.sortOrder ?? u.sortOrder, u.id)
  return getUnit(ctx.book, input.code)
}

export function setUnitActive(ctx: CommandContext, input: CommandParsedInput<'units.setActive'>): Unit {
  const u = getUnit(ctx.book, input.code)
  if (!input.active) {
    const active = ctx.book.q.prepare('SELECT count(*) AS n FROM units WHERE is_active = 1').get() as { n: number }
    if (u.isActive && active.n <= 1)
      throw new CommandError('CONFLICT', 'Harus ada paling sedikit satu unit usaha aktif', 'code')
  }
  ctx.book.q.prepare('UPDATE units SET is_active = ? WHERE id = ?').run(input.active ? 1 : 0, u.id)
  return getUnit(ctx.book, input.code)
}
