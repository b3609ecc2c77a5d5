import type { IncomeRow, IncomeStatement } from '../../shared/commands/statements'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { booksStart, chart, forMonths, yearBefore, type ChartAccount } from './chart'

interface Cell {
  account_id: number
  unit: string | null
  pihak: string | null
  debit: number
  credit: number
}

/**
 * Σ per P&L account, unit and party over a period: whole months from pl_month_dims, the days of a
 * cut month from pl_day_dims (both kept by the posting trigger and proven by ledger.check).
 */
function plCells(book: Book, from: string, to: string): Cell[] {
  const cells = new Map<string, Cell>()
  const add = (rows: Cell[]) => {
    for (const r of rows) {
      const key = `${r.account_id}|${r.unit ?? ''}|${r.pihak ?? ''}`
      const c = cells.get(key)
      if (c) {
        c.debit += r.debit
        c.credit += r.credit
      } else cells.set(key, { ...r })
    }
  }
  const days = (a: string, b: string) =>
    add(
      book.q.rows<Cell>(
        `SELECT d.account_id, u.code AS unit, NULLIF(d.pihak, '') AS pihak, SUM(d.debit) AS debit, SUM(d.credit) AS credit
         FROM pl_day_dims d LEFT JOIN units u ON u.id = NULLIF(d.unit_id, 0)
         WHERE d.date >= ? AND d.date <= ? GROUP BY d.account_id, d.unit_id, d.pihak`,
        a,
        b
      )
    )
  const months = (a: string, b: string) =>
    add(
      book.q.rows<Cell>(
        `SELECT d.account_id, u.code AS unit, NULLIF(d.pihak, '') AS pihak, SUM(d.debit) AS debit, SUM(d.credit) AS credit
         FROM pl_month_dims d LEFT JOIN units u ON u.id = NULLIF(d.unit_id, 0)
         WHERE d.month >= ? AND d.month <= ? GROUP BY d.account_id, d.unit_id, d.pihak`,
        a,
        b
      )
    )
  forMonths(from, to, days, months)
  return [...cells.values()]
}

type Part = 'PENDAPATAN_USAHA' | 'HPP' | 'BEBAN_USAHA' | 'LAIN_PENDAPATAN' | 'LAIN_BEBAN' | 'PAJAK'

/** Where an account sits in the statement, by its group (DOMAIN.md §2.4–2.5). */
function partOf(a: ChartAccount): Part {
  const g = a.group.code
  if (a.type === 'PENDAPATAN')
    return g === '4-1' || g.startsWith('4-1') || g.startsWith('4-2') ? 'PENDAPATAN_USAHA' : 'LAIN_PENDAPATAN'
  if (g.startsWith('5-1')) return 'HPP'
  if (g.startsWith('5-2') || g.startsWith('5-3')) return 'BEBAN_USAHA'
  if (g.startsWith('5-9')) return 'PAJAK'
  return 'LAIN_BEBAN'
}

const PARTS: { part: Part; title: string }[] = [
  { part: 'PENDAPATAN_USAHA', title: 'Pendapatan usaha' },
  { part: 'HPP', title: 'Harga pokok penjualan dan beban pokok jasa' },
  { part: 'BEBAN_USAHA', title: 'Beban usaha' },
  { part: 'LAIN_PENDAPATAN', title: 'Pendapatan lain-lain' },
  { part: 'LAIN_BEBAN', title: 'Beban lain-lain' },
  { part: 'PAJAK', title: 'Beban pajak penghasilan' }
]

/**
 * Laporan Perhitungan Hasil Usaha: pendapatan usaha − HPP = hasil usaha bruto; − beban usaha =
 * SHU usaha; ± lain-lain = SHU sebelum pajak; − pajak = SHU setelah pajak. Columns per unit usaha,
 * the previous year's same period beside it, and revenue split into member and non-member.
 */
export function incomeStatement(book: Book, from: string, to: string, compare: boolean): IncomeStatement {
  const accounts = chart(book).filter((a) => (a.type === 'PENDAPATAN' || a.type === 'BEBAN') && !a.isHeader)
  const start = booksStart(book)
  const cmp =
    compare && start !== null && yearBefore(to) >= start ? { from: yearBefore(from), to: yearBefore(to) } : null
  const cells = plCells(book, from, to)
  const past = cmp ? plCells(book, cmp.from, cmp.to) : []
  const unitRows = book.q.all(qb.selectFrom('units').select(['code', 'name']).orderBy('id'))
  const used = new Set(cells.map((c) => c.unit ?? ''))
  const units = [
    ...unitRows.filter((u) => used.has(u.code)),
    ...(used.has('') ? [{ code: '', name: 'Tanpa unit' }] : [])
  ]
  const col = new Map(units.map((u, i) => [u.code, i]))
  const byId = new Map(accounts.map((a) => [a.id, a]))
  // Revenue positive, expenses positive: each on its own side.
  const sign = (a: ChartAccount, c: { debit: number; credit: number }) =>
    a.type === 'PENDAPATAN' ? c.credit - c.debit : c.debit - c.credit
  const perAccount = new Map<number, number[]>()
  const pastPerAccount = new Map<number, number>()
  const party = new Map<string, { anggota: number; nonAnggota: number; tanpa: number }>()
  for (const c of cells) {
    const a = byId.get(c.account_id)
    if (!a) continue
    const v = sign(a, c)
    const arr = perAccount.get(a.id) ?? units.map(() => 0)
    arr[col.get(c.unit ?? '')!]! += v
    perAccount.set(a.id, arr)
    if (a.type === 'PENDAPATAN') {
      const p = party.get(c.unit ?? '') ?? { anggota: 0, nonAnggota: 0, tanpa: 0 }
      if (c.pihak === 'ANGGOTA') p.anggota += v
      else if (c.pihak === 'NON_ANGGOTA') p.nonAnggota += v
      else p.tanpa += v
      party.set(c.unit ?? '', p)
    }
  }
  for (const c of past) {
    const a = byId.get(c.account_id)
    if (a) pastPerAccount.set(a.id, (pastPerAccount.get(a.id) ?? 0) + sign(a, c))
  }
  const zero = () => units.map(() => 0)
  const add = (x: number[], y: number[], s = 1) => x.map((v, i) => v + s * y[i]!)
  const rows: IncomeRow[] = []
  const partTotals = new Map<Part, { byUnit: number[]; total: number; compare: number | null }>()
  for (const { part, title } of PARTS) {
    const list = accounts.filter(
      (a) =>
        partOf(a) === part &&
        ((perAccount.get(a.id)?.some((v) => v !== 0) ?? false) || (pastPerAccount.get(a.id) ?? 0) !== 0)
    )
    let t = { byUnit: zero(), total: 0, compare: cmp ? 0 : (null as number | null) }
    const partRows: IncomeRow[] = []
    const groups = new Map<string, ChartAccount[]>()
    for (const a of list) groups.set(a.group.code, [...(groups.get(a.group.code) ?? []), a])
    for (const [gcode, gl] of groups) {
      let g = { byUnit: zero(), total: 0, compare: cmp ? 0 : (null as number | null) }
      const accRows: IncomeRow[] = gl.map((a) => {
        const byUnit = perAccount.get(a.id) ?? zero()
        const total = byUnit.reduce((s, v) => s + v, 0)
        const compareV = cmp ? (pastPerAccount.get(a.id) ?? 0) : null
        g = {
          byUnit: add(g.byUnit, byUnit),
          total: g.total + total,
          compare: g.compare === null ? null : g.compare + (compareV ?? 0)
        }
        return {
          code: a.code,
          name: a.name,
          level: 2,
          byUnit,
          total,
          compare: compareV,
          drill: { accounts: [a.code], from, to }
        }
      })
      partRows.push(
        { code: gcode, name: gl[0]!.group.name, level: 1, ...g, drill: { accounts: gl.map((a) => a.code), from, to } },
        ...accRows
      )
      t = {
        byUnit: add(t.byUnit, g.byUnit),
        total: t.total + g.total,
        compare: t.compare === null ? null : t.compare + (g.compare ?? 0)
      }
    }
    partTotals.set(part, t)
    if (partRows.length)
      rows.push(
        { code: part, name: title, level: 0, ...t, drill: { accounts: list.map((a) => a.code), from, to } },
        ...partRows
      )
  }
  const P = (p: Part) => partTotals.get(p)!
  const combine = (terms: [Part, 1 | -1][]) => ({
    byUnit: terms.reduce((acc, [p, s]) => add(acc, P(p).byUnit, s), zero()),
    total: terms.reduce((acc, [p, s]) => acc + s * P(p).total, 0),
    compare: cmp ? terms.reduce((acc, [p, s]) => acc + s * (P(p).compare ?? 0), 0) : null
  })
  // Parts in reading order, each followed by the subtotal it closes.
  const bruto: [Part, 1 | -1][] = [
    ['PENDAPATAN_USAHA', 1],
    ['HPP', -1]
  ]
  const usaha: [Part, 1 | -1][] = [...bruto, ['BEBAN_USAHA', -1]]
  const sebelum: [Part, 1 | -1][] = [...usaha, ['LAIN_PENDAPATAN', 1], ['LAIN_BEBAN', -1]]
  const setelah: [Part, 1 | -1][] = [...sebelum, ['PAJAK', -1]]
  const ordered: IncomeRow[] = []
  const section = (p: Part) => {
    const i = rows.findIndex((r) => r.code === p)
    if (i < 0) return
    let j = i + 1
    while (j < rows.length && rows[j]!.level !== 0) j++
    ordered.push(...rows.slice(i, j))
  }
  const sub = (code: string, name: string, terms: [Part, 1 | -1][]) => {
    const v = combine(terms)
    ordered.push({ code, name, level: 0, ...v, drill: null })
    return v
  }
  section('PENDAPATAN_USAHA')
  section('HPP')
  sub('HASIL_USAHA_BRUTO', 'Hasil usaha bruto', bruto)
  section('BEBAN_USAHA')
  sub('SHU_USAHA', 'SHU dari usaha', usaha)
  section('LAIN_PENDAPATAN')
  section('LAIN_BEBAN')
  sub('SHU_SEBELUM_PAJAK', 'SHU sebelum pajak', sebelum)
  section('PAJAK')
  const shu = sub('SHU_SETELAH_PAJAK', 'SHU setelah pajak (SHU tahun berjalan)', setelah)

  const revenueByParty = units.map((u) => {
    const p = party.get(u.code) ?? { anggota: 0, nonAnggota: 0, tanpa: 0 }
    return { unit: u.code, name: u.name, ...p, total: p.anggota + p.nonAnggota + p.tanpa }
  })
  const revenueTotal = revenueByParty.reduce(
    (t, r) => ({
      anggota: t.anggota + r.anggota,
      nonAnggota: t.nonAnggota + r.nonAnggota,
      tanpa: t.tanpa + r.tanpa,
      total: t.total + r.total
    }),
    { anggota: 0, nonAnggota: 0, tanpa: 0, total: 0 }
  )
  return {
    from,
    to,
    compareFrom: cmp?.from ?? null,
    compareTo: cmp?.to ?? null,
    units,
    rows: ordered,
    shu,
    revenueByParty,
    revenueTotal
  }
}
