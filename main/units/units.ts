import { CommandError } from '../../shared/errors'
import type { Unit } from '../../shared/ledger/types'
import type { CommandParsedInput } from '../../shared/commands'
import type { Book } from '../db/book'
import { qb, type Row } from '../db/query'
import { nowIso, type CommandContext } from '../commands/context'

function toUnit(r: Row<'units'>): Unit {
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
  let query = qb.selectFrom('units').selectAll()
  if (!includeInactive) query = query.where('is_active', '=', 1)
  return book.q.all(query.orderBy('sort_order').orderBy('code')).map(toUnit)
}

export function getUnit(book: Book, code: string, field = 'code'): Unit {
  const r = book.q.first(qb.selectFrom('units').selectAll().where('code', '=', code))
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
  const next = book.q.first(qb.selectFrom('units').select((eb) => eb.fn.max('sort_order').as('max')))?.max ?? -1
  units.forEach((u, i) =>
    book.q.run(
      qb.insertInto('units').values({
        code: u.code,
        name: u.name,
        description: u.description,
        is_active: 1,
        sort_order: next + 1 + i,
        created_at: nowIso(ctx)
      })
    )
  )
}

export function createUnit(ctx: CommandContext, input: CommandParsedInput<'units.create'>): Unit {
  const exists = ctx.book.q.first(qb.selectFrom('units').select('id').where('code', '=', input.code))
  if (exists) throw new CommandError('CONFLICT', `Kode unit ${input.code} sudah dipakai`, 'code')
  insertUnits(ctx, [input])
  return getUnit(ctx.book, input.code)
}

export function updateUnit(ctx: CommandContext, input: CommandParsedInput<'units.update'>): Unit {
  const u = getUnit(ctx.book, input.code)
  ctx.book.q.run(
    qb
      .updateTable('units')
      .set({
        name: input.name ?? u.name,
        description: input.description ?? u.description,
        sort_order: input.sortOrder ?? u.sortOrder
      })
      .where('id', '=', u.id)
  )
  return getUnit(ctx.book, input.code)
}

export function setUnitActive(ctx: CommandContext, input: CommandParsedInput<'units.setActive'>): Unit {
  const u = getUnit(ctx.book, input.code)
  if (!input.active) {
    const active = ctx.book.q.first(
      qb
        .selectFrom('units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('is_active', '=', 1)
    )!
    if (u.isActive && active.n <= 1)
      throw new CommandError('CONFLICT', 'Harus ada paling sedikit satu unit usaha aktif', 'code')
  }
  ctx.book.q.run(
    qb
      .updateTable('units')
      .set({ is_active: input.active ? 1 : 0 })
      .where('id', '=', u.id)
  )
  return getUnit(ctx.book, input.code)
}
