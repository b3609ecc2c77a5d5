/**
 * Default file names that say whose and what a document is:
 * `<koperasi>-<dokumen>-<periode>.<ext>`, e.g. `KKMP-Gunung-Sari-Neraca-2025.pdf`.
 * One function for the save dialog's suggestion and the name the server gives a download or an
 * export in `ekspor/`.
 */

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
export function documentFileName(profileNameOrShort: string, document: string, period: string | null | undefined, ext: string): string {
  const extension = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9.]+/g, '').toLowerCase() || 'bin'
  const periodSlug = period ? fileSlug(period, 30) : ''
  const parts = [cooperativeShortName(profileNameOrShort), fileSlug(document, 60), /[A-Za-z0-9]/.test(period ?? '') ? periodSlug : null]
  return `${parts.filter(Boolean).join('-')}.${extension}`
}
