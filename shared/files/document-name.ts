/**
 * Default file names that say whose and what a document is:
 * `<koperasi>-<dokumen>-<periode>.<ext>`, e.g. `KKMP-Gunung-Sari-Neraca-2025.pdf`.
 * One function for the save dialog's suggestion and the name the server gives a download or an
 * export in `ekspor/`.
 */

import { isValidIsoDate, lastDayOfMonth } from '../dates/calendar'

/** A file-name part: ASCII letters, digits and dashes only (safe on Windows, macOS and Linux). */
export function fileSlug(name: string, max = 40): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '')
  return s || 'buku'
}

/** The usual abbreviations of a cooperative's legal form, longest first. */
const FORMS: readonly [RegExp, string][] = [
  [/^koperasi\s+desa\s*\/\s*kelurahan\s+merah\s+putih\b/i, 'KDKMP'],
  [/^koperasi\s+kelurahan\s+merah\s+putih\b/i, 'KKMP'],
  [/^koperasi\s+desa\s+merah\s+putih\b/i, 'KDMP'],
  [/^koperasi\s+simpan\s+pinjam\s+dan\s+pembiayaan\s+syariah\b/i, 'KSPPS'],
  [/^koperasi\s+simpan\s+pinjam\b/i, 'KSP'],
  [/^koperasi\s+serba\s+usaha\b/i, 'KSU'],
  [/^koperasi\s+unit\s+desa\b/i, 'KUD'],
  [/^koperasi\s+konsumen\b/i, 'Kopkon'],
  [/^koperasi\s+produsen\b/i, 'Koppro'],
  [/^koperasi\s+pemasaran\b/i, 'Koppas'],
  [/^koperasi\s+jasa\b/i, 'Kopjas']
]

/**
 * The short name printed in file names: `Koperasi Kelurahan Merah Putih Gunung Sari` →
 * `KKMP-Gunung-Sari`. A name that is already short (`KKMP Gunung Sari`) stays as it is.
 */
export function cooperativeShortName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  for (const [form, short] of FORMS) {
    const m = form.exec(trimmed)
    if (m) return fileSlug(`${short} ${trimmed.slice(m[0].length)}`)
  }
  return fileSlug(trimmed)
}

/**
 * `<koperasi>-<dokumen>-<periode>.<ext>`. Unsafe characters are removed, spaces become `-`, each part
 * is cut to a sensible length so the whole name stays well under every file system's limit
 * (≤ 40 + 60 + 30 + extension characters).
 */
export function documentFileName(
  profileNameOrShort: string,
  document: string,
  period: string | null | undefined,
  ext: string
): string {
  const extension =
    ext
      .replace(/^\.+/, '')
      .replace(/[^A-Za-z0-9.]+/g, '')
      .toLowerCase() || 'bin'
  const periodSlug = period ? fileSlug(period, 30) : ''
  const parts = [
    cooperativeShortName(profileNameOrShort),
    fileSlug(document, 60),
    /[A-Za-z0-9]/.test(period ?? '') ? periodSlug : null
  ]
  return `${parts.filter(Boolean).join('-')}.${extension}`
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

/** `31-12-2025` (day first, as the treasurer reads it; no ISO date in a name she sees). */
function dayPart(iso: string): string {
  const m = ISO.exec(iso)
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso
}

/**
 * The period part of a name: a whole year `2025`, a whole month `Maret-2025`, a date `31-12-2025`
 * (a year's last day is the year), or a range `01-01-2025-sd-15-03-2025`.
 */
export function documentPeriod(p: {
  asOf?: string | null | undefined
  from?: string | null | undefined
  to?: string | null | undefined
}): string {
  if (p.asOf) return p.asOf.endsWith('-12-31') ? p.asOf.slice(0, 4) : dayPart(p.asOf)
  const from = p.from ?? null
  const to = p.to ?? null
  if (from && to) {
    if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return from.slice(0, 4)
    const m = ISO.exec(from)
    if (
      m &&
      m[3] === '01' &&
      to.slice(0, 7) === from.slice(0, 7) &&
      isValidIsoDate(from) &&
      to === lastDayOfMonth(from)
    )
      return `${MONTHS[Number(m[2]) - 1]}-${m[1]}`
    return `${dayPart(from)}-sd-${dayPart(to)}`
  }
  if (from) return `mulai-${dayPart(from)}`
  if (to) return `sd-${dayPart(to)}`
  return ''
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember'
] as const

/** What each statement is called in a file name. */
export const STATEMENT_FILE_LABELS = {
  POSISI_KEUANGAN: 'Neraca',
  HASIL_USAHA: 'Laporan-Hasil-Usaha',
  PERUBAHAN_EKUITAS: 'Perubahan-Ekuitas',
  ARUS_KAS: 'Arus-Kas',
  CALK: 'CALK'
} as const

/**
 * The default name of each export command's document, used by the desktop save dialog's suggestion
 * and by the book host for the download / the file in `ekspor/`, so both say the same.
 */
export type ExportNaming =
  | {
      command: 'statements.export'
      statement: keyof typeof STATEMENT_FILE_LABELS
      format: string
      asOf?: string | undefined
      from?: string | undefined
      to?: string | undefined
    }
  | {
      command: 'statements.periodicExport'
      kind: 'TRIWULAN' | 'SEMESTER'
      year: number
      number: number
      format: string
    }
  | { command: 'dinas.periodicExport'; year: number; quarter: number; format: string }
  | { command: 'dinas.periodicRecapExport'; year: number }
  | { command: 'ratbook.pdf'; year: number }
  | { command: 'dinas.export'; year: number; format: string }
  | { command: 'dinas.recapExport'; year: number; format: string }
  | { command: 'panduan.memberSheetExport'; year: number; format: string }
  | { command: 'book.export'; today: string }
  | {
      command: 'book.exportJournal'
      format: 'ledger' | 'beancount'
      from?: string | undefined
      to?: string | undefined
    }

export function exportFileName(profileNameOrShort: string, n: ExportNaming): string {
  const name = (document: string, period: string | null, ext: string) =>
    documentFileName(profileNameOrShort, document, period, ext)
  switch (n.command) {
    case 'statements.export': {
      const to = n.to ?? n.asOf ?? null
      const period =
        n.statement === 'POSISI_KEUANGAN'
          ? documentPeriod({ asOf: n.asOf ?? n.to ?? null })
          : documentPeriod({ from: n.from ?? (to ? `${to.slice(0, 4)}-01-01` : null), to })
      return name(STATEMENT_FILE_LABELS[n.statement], period, n.format)
    }
    case 'statements.periodicExport':
      return name(
        n.kind === 'TRIWULAN' ? 'Laporan-Triwulanan' : 'Laporan-Semesteran',
        `${['I', 'II', 'III', 'IV'][n.number - 1] ?? n.number}-${n.year}`,
        n.format
      )
    case 'dinas.periodicExport':
      return name(
        'Pemantauan-Dinas',
        `TW-${['I', 'II', 'III', 'IV'][n.quarter - 1] ?? n.quarter}-${n.year}`,
        n.format === 'json' ? 'lumbung.json' : n.format
      )
    case 'dinas.periodicRecapExport':
      return name('Rekap-Triwulanan-Dinas', String(n.year), 'xlsx')
    case 'ratbook.pdf':
      return name('Buku-Laporan-RAT', String(n.year), 'pdf')
    case 'dinas.export':
      return name('Laporan-Dinas', String(n.year), n.format === 'json' ? 'lumbung.json' : n.format)
    case 'dinas.recapExport':
      return name('Rekap-Dinas', String(n.year), n.format)
    case 'panduan.memberSheetExport':
      return name('Lembar-Anggota', String(n.year), n.format)
    case 'book.export':
      return name('Buku', dayPart(n.today), 'lumbung')
    case 'book.exportJournal':
      return name('Jurnal', documentPeriod({ from: n.from, to: n.to }), n.format === 'ledger' ? 'journal' : 'beancount')
  }
}
