import { CommandError } from '../../shared/errors'
import {
  IMPORT_FIELD_LABELS,
  type ImportField,
  type ImportRowError,
  type MemberImportPreview
} from '../../shared/commands/imports'
import { analyzeNik } from '../../shared/members/nik'
import { knownDistrict } from '../regions/areas'
import { parseRupiah } from '../../shared/money/rupiah'
import { parseDateId } from '../../shared/dates/format'
import { isValidIsoDate } from '../../shared/dates/calendar'
import type { Book } from '../db/book'
import { nowIso, type CommandContext } from '../commands/context'
import { postEntryId } from '../ledger/journal'
import { controlAccount, insertSavingsRow, assertCashAccount } from '../savings/ledger'
import { getSetting, setSetting } from '../settings'
import type { Cell } from './table'

/** Indonesian headers treasurers use, normalised (lowercase, letters and digits only). */
const GUESSES: [ImportField, string[]][] = [
  ['memberNo', ['noanggota', 'nomoranggota', 'kodeanggota', 'idanggota', 'noang']],
  ['name', ['nama', 'namalengkap', 'namaanggota', 'namasesuaiktp', 'namalengkapsesuaiktp']],
  ['nik', ['nik', 'noktp', 'nomorktp', 'nikktp', 'ktp', 'nomorindukkependudukan']],
  ['kkNumber', ['nokk', 'nomorkk', 'kk', 'nomorkartukeluarga']],
  ['gender', ['jeniskelamin', 'jk', 'lp', 'kelamin', 'gender', 'sex']],
  ['birthPlace', ['tempatlahir']],
  ['birthDate', ['tanggallahir', 'tgllahir', 'tgllhr']],
  ['occupation', ['pekerjaan', 'profesi']],
  ['street', ['alamat', 'jalan', 'alamatrumah']],
  ['rt', ['rt']],
  ['rw', ['rw']],
  ['dusun', ['dusun', 'dukuh', 'banjar', 'lingkungan']],
  ['village', ['desa', 'kelurahan', 'desakelurahan']],
  ['phone', ['nohp', 'hp', 'telepon', 'notelp', 'nomorhp', 'telp', 'nowa', 'wa']],
  ['joinedAt', ['tanggalmasuk', 'tglmasuk', 'tanggaldaftar', 'tgldaftar', 'tanggalbergabung', 'masuk']],
  ['note', ['keterangan', 'catatan', 'ket']],
  ['pokok', ['simpananpokok', 'pokok', 'sp']],
  ['wajib', ['simpananwajib', 'wajib', 'sw']],
  ['sukarela', ['simpanansukarela', 'sukarela', 'tabungan', 'ss']]
]

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

export function guessField(header: string): ImportField | null {
  const h = norm(header)
  for (const [field, names] of GUESSES) if (names.includes(h)) return field
  return null
}

export interface ImportRow {
  rowNo: number
  memberNo: string | null
  name: string
  nik: string | null
  kkNumber: string | null
  gender: 'L' | 'P'
  birthPlace: string | null
  birthDate: string | null
  occupation: string | null
  street: string | null
  rt: string | null
  rw: string | null
  dusun: string | null
  village: string | null
  phone: string | null
  joinedAt: string
  note: string | null
  pokok: number
  wajib: number
  sukarela: number
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return String(v).trim()
}

function cellDate(v: Cell): string | null | 'invalid' {
  if (v === null || v === '') return null
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString().slice(0, 10)
  const t = String(v).trim()
  if (t === '') return null
  if (isValidIsoDate(t)) return t
  return parseDateId(t) ?? 'invalid'
}

function cellMoney(v: Cell): number | string {
  if (v === null || v === '') return 0
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) return 'harus rupiah penuh (tanpa sen)'
    return v < 0 ? 'tidak boleh negatif' : v
  }
  const r = parseRupiah(String(v))
  if (!r.ok) return r.message
  return r.value < 0 ? 'tidak boleh negatif' : r.value
}

export interface Analysis {
  preview: MemberImportPreview
  rows: ImportRow[]
}

export function analyzeImport(
  book: Book,
  file: string,
  table: Cell[][],
  override: Record<string, string>,
  openingDate: string,
  today: string
): Analysis {
  const headerIndex = table.findIndex((r) => r.some((c) => cellText(c) !== ''))
  if (headerIndex < 0) throw new CommandError('INVALID_INPUT', 'Berkas kosong: tidak ada baris judul kolom', 'file')
  const headers = table[headerIndex]!.map(cellText)
  const mapping: Record<string, ImportField> = {}
  headers.forEach((h, i) => {
    const o = override[h] ?? override[String(i)]
    const f = o === undefined ? guessField(h) : o === '' ? null : (o as ImportField)
    if (f) mapping[String(i)] = f
  })
  const used = Object.values(mapping)
  const dupField = used.find((f, i) => used.indexOf(f) !== i)
  if (dupField)
    throw new CommandError(
      'INVALID_INPUT',
      `Pemetaan kolom: "${IMPORT_FIELD_LABELS[dupField]}" dipetakan ke lebih dari satu kolom`,
      'mapping'
    )
  for (const required of ['name', 'gender'] as const) {
    if (!used.includes(required))
      throw new CommandError(
        'INVALID_INPUT',
        `Pemetaan kolom: kolom "${IMPORT_FIELD_LABELS[required]}" belum ditemukan; pilih kolomnya`,
        'mapping'
      )
  }
  const columnIndex = new Map<ImportField, string>(Object.entries(mapping).map(([k, f]) => [f, k]))
  const columnOf = (f: ImportField) => columnIndex.get(f)
  const errors: ImportRowError[] = []
  const warnings: ImportRowError[] = []
  const rows: ImportRow[] = []
  const seenNik = new Map<string, number>()
  const seenNo = new Map<string, number>()
  // One read of the register instead of two look-ups per row.
  const existingNik = new Map(
    (
      book.q.prepare('SELECT nik, member_no FROM members WHERE nik IS NOT NULL').all() as {
        nik: string
        member_no: string
      }[]
    ).map((r) => [r.nik, r.member_no])
  )
  const existingNo = new Set(
    (book.q.prepare('SELECT member_no FROM members').all() as { member_no: string }[]).map((r) => r.member_no)
  )
  const totals = { pokok: 0, wajib: 0, sukarela: 0 }

  for (let r = headerIndex + 1; r < table.length; r++) {
    const raw = table[r]!
    if (raw.every((c) => cellText(c) === '')) continue
    const rowNo = r + 1
    const get = (f: ImportField): Cell => {
      const k = columnOf(f)
      return k === undefined ? null : (raw[Number(k)] ?? null)
    }
    const err = (f: ImportField | null, message: string) =>
      errors.push({ row: rowNo, column: f ? (headers[Number(columnOf(f))] ?? IMPORT_FIELD_LABELS[f]) : null, message })
    const text = (f: ImportField, max: number): string | null => {
      const t = cellText(get(f))
      if (t === '') return null
      if (/^[=@]/.test(t)) {
        err(f, 'berisi rumus; simpan nilainya saja')
        return null
      }
      if (t.length > max) {
        err(f, `paling banyak ${max} karakter`)
        return null
      }
      return t
    }
    const before = errors.length
    const name = text('name', 150)
    if (!name) err('name', 'nama wajib diisi')
    const g = norm(cellText(get('gender')))
    const gender = ['l', 'lakilaki', 'pria', 'laki'].includes(g)
      ? 'L'
      : ['p', 'perempuan', 'wanita'].includes(g)
        ? 'P'
        : null
    if (!gender) err('gender', 'jenis kelamin harus L atau P')
    const birthDate = cellDate(get('birthDate'))
    if (birthDate === 'invalid') err('birthDate', 'tanggal lahir tidak dapat dibaca (pakai 31/12/1990)')
    let joinedAt = cellDate(get('joinedAt'))
    if (joinedAt === 'invalid') err('joinedAt', 'tanggal masuk tidak dapat dibaca (pakai 31/12/2024)')
    if (joinedAt === null) {
      joinedAt = openingDate
      warnings.push({ row: rowNo, column: null, message: 'tanggal masuk kosong: dipakai tanggal saldo awal' })
    }
    if (joinedAt !== 'invalid' && joinedAt > openingDate) err('joinedAt', 'tanggal masuk sesudah tanggal saldo awal')
    let nik = text('nik', 32)
    let nikBirthDate: string | null = null
    if (nik) {
      nik = nik.replace(/\s/g, '').replace(/^'/, '')
      const a = analyzeNik(nik, { today, gender, birthDate: birthDate === 'invalid' ? null : birthDate, knownDistrict })
      if (!a.valid) err('nik', a.errors[0]!)
      else {
        nikBirthDate = a.birthDate
        for (const w of a.warnings) warnings.push({ row: rowNo, column: 'NIK (KTP)', message: w })
        const dupRow = seenNik.get(nik)
        const dupMember = existingNik.get(nik)
        if (dupRow) err('nik', `NIK (KTP) sama dengan baris ${dupRow}`)
        else if (dupMember) err('nik', `NIK (KTP) sudah terdaftar (${dupMember})`)
        seenNik.set(nik, rowNo)
      }
    }
    const memberNo = text('memberNo', 30)
    if (memberNo) {
      if (seenNo.has(memberNo)) err('memberNo', `nomor anggota sama dengan baris ${seenNo.get(memberNo)}`)
      else if (existingNo.has(memberNo)) err('memberNo', 'nomor anggota sudah dipakai')
      seenNo.set(memberNo, rowNo)
    }
    const money = (f: 'pokok' | 'wajib' | 'sukarela') => {
      const v = cellMoney(get(f))
      if (typeof v === 'string') {
        err(f, v)
        return 0
      }
      return v
    }
    const pokok = money('pokok')
    const wajib = money('wajib')
    const sukarela = money('sukarela')
    const kk = text('kkNumber', 16)
    if (kk && !/^\d{16}$/.test(kk)) err('kkNumber', 'nomor KK harus 16 digit')
    const row: ImportRow = {
      rowNo,
      memberNo,
      name: name ?? '',
      nik,
      kkNumber: kk,
      gender: gender ?? 'L',
      birthPlace: text('birthPlace', 100),
      birthDate: birthDate === 'invalid' ? null : (birthDate ?? nikBirthDate),
      occupation: text('occupation', 100),
      street: text('street', 200),
      rt: text('rt', 5),
      rw: text('rw', 5),
      dusun: text('dusun', 100),
      village: text('village', 100),
      phone: text('phone', 30),
      joinedAt: joinedAt === 'invalid' ? openingDate : joinedAt,
      note: text('note', 500),
      pokok,
      wajib,
      sukarela
    }
    if (errors.length === before) {
      rows.push(row)
      totals.pokok += pokok
      totals.wajib += wajib
      totals.sukarela += sukarela
    }
  }
  const dataRows = table.slice(headerIndex + 1).filter((r) => !r.every((c) => cellText(c) === '')).length
  return {
    rows,
    preview: {
      file,
      rows: dataRows,
      valid: rows.length,
      mapping,
      headers,
      unmapped: headers.filter((_, i) => !(String(i) in mapping) && headers[i] !== ''),
      errors: errors.slice(0, 1000),
      warnings: warnings.slice(0, 1000),
      totals,
      sample: rows.slice(0, 20).map(({ rowNo, ...r }) => ({ baris: rowNo, ...r }))
    }
  }
}

/** All or nothing: every member and one opening journal that ties to the savings control accounts. */
export function commitImport(
  ctx: CommandContext,
  a: Analysis,
  openingDate: string,
  offsetAccount: string,
  acceptWarnings: boolean
) {
  const { book } = ctx
  if (a.preview.errors.length) {
    throw new CommandError(
      'CONFLICT',
      `${a.preview.errors.length} kesalahan di berkas (mis. baris ${a.preview.errors[0]!.row}: ${a.preview.errors[0]!.message}). Perbaiki lalu impor lagi; belum ada yang disimpan.`,
      'file'
    )
  }
  if (a.preview.warnings.length && !acceptWarnings) {
    throw new CommandError(
      'NEEDS_CONFIRMATION',
      `${a.preview.warnings.length} peringatan (mis. baris ${a.preview.warnings[0]!.row}: ${a.preview.warnings[0]!.message}). Periksa, lalu setujui untuk melanjutkan.`,
      'file'
    )
  }
  if (a.rows.length === 0) throw new CommandError('INVALID_INPUT', 'Tidak ada baris anggota untuk diimpor', 'file')
  const total = a.preview.totals.pokok + a.preview.totals.wajib + a.preview.totals.sukarela
  if (total > 0) assertCashAccountOrEquity(book, offsetAccount)
  const at = nowIso(ctx)
  const prefix = getSetting(book, 'members.numberPrefix') ?? 'A-'
  let n = Number(getSetting(book, 'members.lastNumber') ?? '0')
  const taken = book.q.prepare('SELECT 1 FROM members WHERE member_no = ?')
  const insert = book.q.prepare(
    `INSERT INTO members (member_no, name, status, created_at, nik, kk_number, birth_place, birth_date, gender, occupation, street, rt, rw, dusun, village, phone, joined_at, note, signed_register, updated_at)
     VALUES (?, ?, 'AKTIF', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`
  )
  const ids: number[] = []
  for (const r of a.rows) {
    let no = r.memberNo
    if (!no) {
      do {
        n++
        no = `${prefix}${String(n).padStart(4, '0')}`
      } while (taken.get(no))
    }
    const res = insert.run(
      no,
      r.name,
      at,
      r.nik,
      r.kkNumber,
      r.birthPlace,
      r.birthDate,
      r.gender,
      r.occupation,
      r.street,
      r.rt,
      r.rw,
      r.dusun,
      r.village,
      r.phone,
      r.joinedAt,
      r.note,
      at
    )
    ids.push(Number(res.lastInsertRowid))
  }
  setSetting(book, 'members.lastNumber', String(n))
  let entry: { id: number; number: string } | null = null
  if (total > 0) {
    const codes = {
      pokok: controlAccount(book, 'POKOK').code,
      wajib: controlAccount(book, 'WAJIB').code,
      sukarela: controlAccount(book, 'SUKARELA').code
    }
    const lines: {
      account: string
      debit: number
      credit: number
      memberId: number | null
      unit: null
      pihak: null
      memo: string | null
    }[] = [
      {
        account: offsetAccount,
        debit: total,
        credit: 0,
        memberId: null,
        unit: null,
        pihak: null,
        memo: 'Saldo awal simpanan anggota (impor)'
      }
    ]
    a.rows.forEach((r, i) => {
      for (const t of ['pokok', 'wajib', 'sukarela'] as const) {
        if (r[t] > 0)
          lines.push({
            account: codes[t],
            debit: 0,
            credit: r[t],
            memberId: ids[i]!,
            unit: null,
            pihak: null,
            memo: null
          })
      }
    })
    entry = postEntryId(
      ctx,
      {
        date: openingDate,
        description: `Saldo awal simpanan ${a.rows.length} anggota (impor ${a.preview.file.split(/[\\/]/).pop()})`,
        reference: null,
        series: 'JU',
        lines
      },
      { source: 'SIMPANAN' }
    )
    a.rows.forEach((r, i) => {
      for (const t of ['pokok', 'wajib', 'sukarela'] as const) {
        if (r[t] > 0)
          insertSavingsRow(ctx, {
            memberId: ids[i]!,
            type: t.toUpperCase() as 'POKOK',
            kind: 'SALDO_AWAL',
            date: openingDate,
            amount: r[t],
            entryId: entry!.id,
            note: 'Saldo awal (impor)'
          })
      }
    })
  }
  return { members: ids.length, entry, totals: a.preview.totals }
}

/** The other side of the opening savings: cash/bank held, or an equity account chosen by the treasurer. */
function assertCashAccountOrEquity(book: Book, code: string): void {
  const a = book.q.prepare('SELECT type, control FROM accounts WHERE code = ?').get(code) as
    { type: string; control: string | null } | undefined
  if (a && a.type === 'EKUITAS' && !a.control) return
  assertCashAccount(book, code)
}
