import { createHash } from 'node:crypto'
import { CommandError } from '../../shared/errors'
import { formatDateLong, formatDateTimeZone } from '../../shared/dates/format'
import { formatRupiah } from '../../shared/money/rupiah'
import { canonicalJson } from '../../shared/dinas/fields'
import {
  PERIODIC_FIELDS,
  PERIODIC_SCHEMA,
  PERIODIC_VERSION,
  type DinasPeriodicPayload,
  type DinasPeriodicRecap,
  type DinasPeriodicReport,
  type PeriodicFigure,
  type PeriodicRecapRow
} from '../../shared/dinas/periodic'
import { reportingPeriod } from '../../shared/statements/periods'
import type { Book } from '../db/book'
import { qb } from '../db/query'
import { cumulativeByAccount } from '../ledger/balances'
import { loanPortfolio } from '../loans/portfolio'
import { membersOn } from '../rat/statistics'
import { cooperativeZone } from '../setup/timezone'
import { chart, natural } from '../statements/chart'
import { incomeStatement } from '../statements/income-statement'
import { cooperativeKey } from './cooperative-key'
import { dinasReport } from './report'

const nb = (n: number) => n.toLocaleString('id-ID')

/**
 * The quarter's monitoring figures from the ledger and the registers: balances and the member
 * register on the quarter's last day, flows (loans disbursed, volume usaha, SHU) over the quarter,
 * each with how it was computed. The definitions are those of the annual Dinas report.
 */
export function dinasPeriodicReport(book: Book, year: number, quarter: number, now: Date): DinasPeriodicReport {
  const p = reportingPeriod('TRIWULAN', year, quarter)
  const { from, to } = p
  const on = formatDateLong(to)
  const during = `${formatDateLong(from)}–${on}`
  const values = new Map<string, { value: number; how: string }>()
  const put = (key: string, value: number, how: string) => values.set(key, { value, how })

  const end = membersOn(book, to)
  put('anggota', end.total, `Anggota (bukan calon) yang sudah masuk dan belum keluar pada ${on}.`)
  put('anggotaL', end.L, `Anggota laki-laki pada ${on}.`)
  put('anggotaP', end.P, `Anggota perempuan pada ${on}.`)
  const count = (col: string) =>
    book.q.row<{ n: number }>(
      `SELECT count(*) AS n FROM members WHERE status != 'CALON' AND ${col} >= ? AND ${col} <= ?`,
      from,
      to
    )!.n
  put('anggotaMasuk', count('joined_at'), `Anggota dengan tanggal masuk ${during}.`)
  put('anggotaKeluar', count('exit_date'), `Anggota dengan tanggal keluar ${during}.`)

  const accounts = chart(book).filter((a) => !a.isHeader)
  const bal = cumulativeByAccount(book, to)
  const total = (pred: (a: (typeof accounts)[number]) => boolean) =>
    accounts.filter(pred).reduce((t, a) => t + natural(a.type, bal.get(a.id)), 0)
  const pre =
    (...ps: string[]) =>
    (a: (typeof accounts)[number]) =>
      ps.some((x) => a.code.startsWith(x))
  put(
    'aset',
    total((a) => a.type === 'ASET'),
    `Jumlah aset (akun 1) pada ${on}.`
  )
  put(
    'kas',
    total((a) => a.isCash),
    `Saldo kas dan bank pada ${on}.`
  )
  const plOpen = accounts
    .filter((a) => a.type === 'PENDAPATAN' || a.type === 'BEBAN')
    .reduce((t, a) => t + (a.type === 'PENDAPATAN' ? 1 : -1) * natural(a.type, bal.get(a.id)), 0)
  put(
    'modalSendiri',
    total(pre('3-11', '3-41', '3-31', '3-51')) + plOpen,
    `Simpanan pokok, wajib dan khusus, cadangan, hibah dan SHU belum dibagi (termasuk hasil usaha yang belum ditutup) pada ${on}.`
  )
  put(
    'modalLuar',
    total((a) => a.type === 'LIABILITAS'),
    `Jumlah liabilitas (akun 2) pada ${on}.`
  )
  const one = (code: string) => total((a) => a.code === code)
  put('simpananPokok', one('3-1101'), `Saldo simpanan pokok (3-1101) pada ${on}.`)
  put('simpananWajib', one('3-1102'), `Saldo simpanan wajib (3-1102) pada ${on}.`)
  put('simpananSukarela', one('2-1101'), `Saldo simpanan sukarela (2-1101) pada ${on}.`)
  put('simpanan', one('3-1101') + one('3-1102') + one('2-1101'), `Simpanan pokok + wajib + sukarela pada ${on}.`)

  const portfolio = loanPortfolio(book, to).provision
  put(
    'pinjamanBeredar',
    portfolio.total.bakiDebet,
    `Sisa pokok semua pinjaman yang belum lunas pada ${on} (${nb(portfolio.total.count)} pinjaman).`
  )
  const bad =
    portfolio.byClass.KURANG_LANCAR.bakiDebet +
    portfolio.byClass.DIRAGUKAN.bakiDebet +
    portfolio.byClass.MACET.bakiDebet
  put('pinjamanBermasalah', bad, `Baki debet pinjaman kurang lancar, diragukan dan macet pada ${on}.`)
  const disb = book.q.row<{ n: number; total: number }>(
    'SELECT count(*) AS n, COALESCE(SUM(principal), 0) AS total FROM loans WHERE disbursed_at IS NOT NULL AND disbursed_at >= ? AND disbursed_at <= ?',
    from,
    to
  )!
  put('pinjamanDisalurkan', disb.total, `Pokok pinjaman yang dicairkan ${during}.`)
  put('pinjamanDisalurkanJumlah', disb.n, `Banyaknya pinjaman yang dicairkan ${during}.`)

  const is = incomeStatement(book, from, to, false)
  const normal = new Map(
    book.q.all(qb.selectFrom('accounts').select(['code', 'normal_balance as nb'])).map((r) => [r.code, r.nb])
  )
  const volume = is.rows
    .filter(
      (r) => r.level === 2 && (r.code.startsWith('4-1') || r.code.startsWith('4-2')) && normal.get(r.code) === 'K'
    )
    .reduce((t, r) => t + r.total, 0)
  put(
    'volumeUsaha',
    volume,
    `Penjualan bruto, pendapatan jasa dan jasa pinjaman (4-1x, 4-2x, sebelum retur) ${during}.`
  )
  put('shu', is.shu.total, `SHU setelah pajak dari Laporan Perhitungan Hasil Usaha ${during}.`)
  const ytd = incomeStatement(book, `${year}-01-01`, to, false).shu.total
  put('shuKumulatif', ytd, `SHU setelah pajak 1 Januari–${on}: ${formatRupiah(ytd)}.`)

  const figures: PeriodicFigure[] = PERIODIC_FIELDS.map((d) => ({
    ...d,
    value: values.get(d.key)!.value,
    how: values.get(d.key)!.how
  }))
  return { year, quarter, from, to, label: p.label, cooperative: dinasReport(book, year, now).cooperative, figures }
}

/** sha256 of the canonical JSON of everything but the checksum (as the annual export). */
export function periodicChecksum(p: Omit<DinasPeriodicPayload, 'checksum'> | DinasPeriodicPayload): string {
  const { checksum: _drop, ...rest } = p as DinasPeriodicPayload
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')
}

export function buildPeriodicPayload(
  r: DinasPeriodicReport,
  generatedAt: string,
  auditHead: DinasPeriodicPayload['auditHead']
): DinasPeriodicPayload {
  const body: Omit<DinasPeriodicPayload, 'checksum'> = {
    schema: PERIODIC_SCHEMA,
    schemaVersion: PERIODIC_VERSION,
    cooperative: r.cooperative,
    year: r.year,
    quarter: r.quarter,
    from: r.from,
    to: r.to,
    generatedAt,
    fields: Object.fromEntries(r.figures.map((f) => [f.key, f.value])),
    auditHead
  }
  return { ...body, checksum: periodicChecksum(body) }
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** Whether a parsed export is a quarterly monitoring file (rather than the annual report). */
export const isPeriodicPayload = (v: unknown): boolean => isObj(v) && v.schema === PERIODIC_SCHEMA

/** Checks a quarterly file like the annual one: version, fields, quarter, and that nothing changed since the export. */
export function checkPeriodicPayload(
  v: Record<string, unknown>
): { ok: true; payload: DinasPeriodicPayload } | { ok: false; reason: string } {
  if (v.schemaVersion !== PERIODIC_VERSION)
    return {
      ok: false,
      reason: `versi ekspor pemantauan ${String(v.schemaVersion)} tidak dikenal (yang dikenal: ${PERIODIC_VERSION})`
    }
  const missing: string[] = []
  if (typeof v.year !== 'number' || !Number.isInteger(v.year)) missing.push('year')
  if (typeof v.quarter !== 'number' || ![1, 2, 3, 4].includes(v.quarter)) missing.push('quarter')
  if (typeof v.generatedAt !== 'string' || Number.isNaN(Date.parse(v.generatedAt))) missing.push('generatedAt')
  if (typeof v.checksum !== 'string') missing.push('checksum')
  const c = v.cooperative
  if (!isObj(c) || typeof c.name !== 'string' || !c.name.trim() || typeof c.regency !== 'string')
    missing.push('cooperative')
  const f = v.fields
  if (!isObj(f)) missing.push('fields')
  else
    for (const d of PERIODIC_FIELDS)
      if (typeof f[d.key] !== 'number' || !Number.isFinite(f[d.key])) missing.push(`fields.${d.key}`)
  if (missing.length)
    return {
      ok: false,
      reason: `berkas tidak lengkap: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ` dan ${missing.length - 6} lainnya` : ''} tidak ada atau tidak sah`
    }
  const p = v as unknown as DinasPeriodicPayload
  if (periodicChecksum(p) !== p.checksum)
    return {
      ok: false,
      reason: 'checksum tidak cocok: isi berkas sudah diubah sesudah diekspor; minta koperasi mengekspor ulang'
    }
  return { ok: true, payload: p }
}

/** Imports one quarterly file; a newer export of the same cooperative and quarter replaces the older one. */
export function importPeriodic(book: Book, v: Record<string, unknown>, name: string, actor: string, now: Date) {
  const check = checkPeriodicPayload(v)
  if (!check.ok) throw new CommandError('INVALID_INPUT', `Berkas ${name} ditolak — ${check.reason}`, 'file')
  const p = check.payload
  const zone = cooperativeZone(book)
  const key = cooperativeKey(p.cooperative)
  const what = `${p.cooperative.name} ${reportingPeriod('TRIWULAN', p.year, p.quarter).name}`
  const prev = book.q.first(
    qb
      .selectFrom('dinas_periodic_submissions')
      .select(['id', 'generated_at'])
      .where('year', '=', p.year)
      .where('quarter', '=', p.quarter)
      .where('coop_key', '=', key)
  )
  if (prev && Date.parse(p.generatedAt) <= Date.parse(prev.generated_at)) {
    throw new CommandError(
      'CONFLICT',
      Date.parse(p.generatedAt) === Date.parse(prev.generated_at)
        ? `Ekspor pemantauan ${what} yang sama (dibuat ${formatDateTimeZone(p.generatedAt, zone)}) sudah diimpor`
        : `Berkas ${name} lebih lama (dibuat ${formatDateTimeZone(p.generatedAt, zone)}) daripada ekspor pemantauan ${what} yang sudah diimpor; tidak diganti`,
      'file'
    )
  }
  const row = {
    year: p.year,
    quarter: p.quarter,
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
  if (prev) book.q.run(qb.deleteFrom('dinas_periodic_submissions').where('id', '=', prev.id))
  book.q.run(qb.insertInto('dinas_periodic_submissions').values(row))
  return {
    action: prev ? ('MENGGANTI' as const) : ('BARU' as const),
    key,
    name: p.cooperative.name,
    year: p.year,
    quarter: p.quarter,
    generatedAt: p.generatedAt
  }
}

/** The quarters of a year side by side: a row per cooperative, quarters I–IV, and Σ per quarter. */
export function dinasPeriodicRecap(book: Book, year: number): DinasPeriodicRecap {
  const subs = book.q.all(
    qb
      .selectFrom('dinas_periodic_submissions')
      .select(['quarter', 'coop_key', 'imported_at', 'payload'])
      .where('year', '=', year)
      .orderBy('name')
      .orderBy('coop_key')
      .orderBy('quarter')
  )
  const rows = new Map<string, PeriodicRecapRow>()
  for (const s of subs) {
    const p = JSON.parse(s.payload) as DinasPeriodicPayload
    const named = {
      name: p.cooperative.name,
      nikKoperasi: p.cooperative.nikKoperasi ?? null,
      regency: p.cooperative.regency,
      cooperative: p.cooperative
    }
    const row: PeriodicRecapRow = rows.get(s.coop_key) ?? {
      key: s.coop_key,
      ...named,
      quarters: [null, null, null, null]
    }
    // Rows come in quarter order: the latest quarter's export names the cooperative.
    Object.assign(row, named)
    row.quarters[s.quarter - 1] = {
      generatedAt: p.generatedAt,
      importedAt: s.imported_at,
      values: Object.fromEntries(PERIODIC_FIELDS.map((d) => [d.key, Number(p.fields[d.key] ?? 0)]))
    }
    rows.set(s.coop_key, row)
  }
  const list = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'))
  const totals = [1, 2, 3, 4].map((quarter) => {
    const cells = list.map((r) => r.quarters[quarter - 1]).filter((c): c is NonNullable<typeof c> => c !== null)
    return {
      quarter,
      reported: cells.length,
      values: Object.fromEntries(
        PERIODIC_FIELDS.map((d) => [d.key, cells.reduce((t, c) => t + (c.values[d.key] ?? 0), 0)])
      )
    }
  })
  return { year, fields: PERIODIC_FIELDS, rows: list, totals }
}

export function removePeriodic(book: Book, year: number, quarter: number, key: string) {
  const r = book.q.run(
    qb
      .deleteFrom('dinas_periodic_submissions')
      .where('year', '=', year)
      .where('quarter', '=', quarter)
      .where('coop_key', '=', key)
  )
  if (r.changes === 0)
    throw new CommandError(
      'NOT_FOUND',
      `Laporan pemantauan koperasi ${key} triwulan ${quarter} tahun ${year} tidak ada di rekap`,
      'key'
    )
  return { removed: r.changes }
}
