import { deepestRegionCode } from '../../shared/regions/codes'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { CommandError } from '../../shared/errors'
import { formatDateTimeZone } from '../../shared/dates/format'
import { cooperativeZone } from '../setup/timezone'
import {
  DINAS_PREDICATES,
  RECAP_NUMBER_FIELDS,
  type DinasExpected,
  type DinasPayload,
  type DinasPredicate,
  type DinasRecap,
  type RecapNumberField,
  type RecapRow
} from '../../shared/dinas/fields'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { getSetting, setSetting } from '../settings'
import { checkPayload } from './payload'
import { cooperativeKey, normName } from './cooperative-key'
import { importPeriodic, isPeriodicPayload } from './periodic'

/** The parsed file when it is a quarterly monitoring export, else null (the annual checks apply). */
function periodicObject(text: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
    return isPeriodicPayload(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const EXPECTED_KEY = 'dinas.expected'
const norm = normName

/**
 * Imports one cooperative's `.lumbung.json` into the recap: a damaged or changed file is refused
 * with the reason; a newer export (later generatedAt) of the same cooperative and year replaces
 * the stored one, an older or the same one is refused.
 */
export function importSubmission(book: Book, file: string, actor: string, now: Date, name: string = basename(file)) {
  let text: string
  try {
    if (statSync(file).size > 20_000_000)
      throw new CommandError('INVALID_INPUT', `Berkas ${name} terlalu besar untuk ekspor laporan Dinas`, 'file')
    text = readFileSync(file, 'utf8')
  } catch (e) {
    if (e instanceof CommandError) throw e
    throw new CommandError('NOT_FOUND', `Berkas tidak ditemukan atau tidak dapat dibaca: ${name}`, 'file')
  }
  const zone = cooperativeZone(book)
  const periodic = periodicObject(text)
  if (periodic) return importPeriodic(book, periodic, name, actor, now)
  const check = checkPayload(text)
  if (!check.ok) throw new CommandError('INVALID_INPUT', `Berkas ${name} ditolak — ${check.reason}`, 'file')
  const p = check.payload
  const key = cooperativeKey(p.cooperative)
  const prev = book.q.first(
    qb
      .selectFrom('dinas_submissions')
      .select(['id', 'generated_at'])
      .where('year', '=', p.year)
      .where('coop_key', '=', key)
  )
  if (prev && Date.parse(p.generatedAt) <= Date.parse(prev.generated_at)) {
    const same = Date.parse(p.generatedAt) === Date.parse(prev.generated_at)
    throw new CommandError(
      'CONFLICT',
      same
        ? `Ekspor ${p.cooperative.name} tahun ${p.year} yang sama (dibuat ${formatDateTimeZone(p.generatedAt, zone)}) sudah diimpor`
        : `Berkas ${name} lebih lama (dibuat ${formatDateTimeZone(p.generatedAt, zone)}) daripada ekspor ${p.cooperative.name} tahun ${p.year} yang sudah diimpor (dibuat ${formatDateTimeZone(prev.generated_at, zone)}); tidak diganti`,
      'file'
    )
  }
  const row = {
    year: p.year,
    coop_key: key,
    name: p.cooperative.name,
    nik_koperasi: p.cooperative.nikKoperasi ?? null,
    regency: p.cooperative.regency,
    generated_at: p.generatedAt,
    imported_at: now.toISOString(),
    imported_by: actor,
    file: name,
    checksum: p.checksum,
    payload: JSON.stringify(p)
  }
  if (prev) book.q.run(qb.updateTable('dinas_submissions').set(row).where('id', '=', prev.id))
  else book.q.run(qb.insertInto('dinas_submissions').values(row))
  return {
    action: prev ? ('MENGGANTI' as const) : ('BARU' as const),
    key,
    name: p.cooperative.name,
    year: p.year,
    generatedAt: p.generatedAt
  }
}

export function removeSubmission(book: Book, year: number, key: string) {
  const r = book.q.run(qb.deleteFrom('dinas_submissions').where('year', '=', year).where('coop_key', '=', key))
  if (r.changes === 0)
    throw new CommandError('NOT_FOUND', `Laporan koperasi ${key} tahun ${year} tidak ada di rekap`, 'key')
  return { removed: r.changes }
}

export function expectedCooperatives(book: Book): DinasExpected[] {
  const raw = getSetting(book, EXPECTED_KEY)
  return raw ? (JSON.parse(raw) as DinasExpected[]) : []
}

export function setExpectedCooperatives(book: Book, list: DinasExpected[]): DinasExpected[] {
  setSetting(book, EXPECTED_KEY, list.length ? JSON.stringify(list) : null)
  return expectedCooperatives(book)
}

const zeroValues = (): Record<RecapNumberField, number> =>
  Object.fromEntries(RECAP_NUMBER_FIELDS.map((k) => [k, 0])) as Record<RecapNumberField, number>

/** The recap of one year: a row per reporting cooperative, totals, and who has not reported. */
export function dinasRecap(book: Book, year: number): DinasRecap {
  const subs = book.q.all(
    qb
      .selectFrom('dinas_submissions')
      .select(['coop_key', 'imported_at', 'payload'])
      .where('year', '=', year)
      .orderBy('name')
      .orderBy('coop_key')
  )
  const rows: RecapRow[] = subs.map((s) => {
    const p = JSON.parse(s.payload) as DinasPayload
    const f = p.fields
    const values = zeroValues()
    for (const k of RECAP_NUMBER_FIELDS) values[k] = Number(f[k] ?? 0)
    const pred = String(f.predikatKode) as DinasPredicate
    return {
      key: s.coop_key,
      name: p.cooperative.name,
      nikKoperasi: p.cooperative.nikKoperasi ?? null,
      regency: p.cooperative.regency,
      regionCode: deepestRegionCode(p.cooperative),
      generatedAt: p.generatedAt,
      importedAt: s.imported_at,
      ratHeld: f.ratTahunBuku === year,
      ratTanggal: typeof f.ratTanggal === 'string' ? f.ratTanggal : null,
      izinUsaha: f.izinUsaha === true,
      predicate: DINAS_PREDICATES.includes(pred) ? pred : 'TIDAK_DAPAT_DINILAI',
      values
    }
  })
  const values = zeroValues()
  for (const r of rows) for (const k of RECAP_NUMBER_FIELDS) values[k] += r.values[k]
  const byPredicate = Object.fromEntries(
    DINAS_PREDICATES.map((p) => [p, rows.filter((r) => r.predicate === p).length])
  ) as Record<DinasPredicate, number>
  const reported = new Set(rows.map((r) => r.key))
  const reportedNames = new Set(rows.map((r) => norm(r.name)))
  const notReported = expectedCooperatives(book).filter((e) => {
    const k = cooperativeKey(e)
    if (reported.has(k)) return false
    // Expected without a NIK koperasi: matched by name (and kabupaten/kota when given).
    if (!e.nikKoperasi?.replace(/\D/g, ''))
      return !rows.some((r) => norm(r.name) === norm(e.name) && (!e.regency || norm(r.regency) === norm(e.regency)))
    return !(reportedNames.has(norm(e.name)) && rows.some((r) => !r.nikKoperasi && norm(r.name) === norm(e.name)))
  })
  return {
    year,
    rows,
    totals: {
      cooperatives: rows.length,
      withRat: rows.filter((r) => r.ratHeld).length,
      withIzin: rows.filter((r) => r.izinUsaha).length,
      values,
      byPredicate
    },
    notReported
  }
}
