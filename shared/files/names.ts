/** A file-name part that says whose or what a file is: ASCII letters, digits and dashes. */
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

/** `<koperasi>-<dokumen>-<periode>.<ext>`, e.g. `KKMP-Gunung-Sari-Neraca-2025.pdf`. */
export function documentFileName(cooperative: string, document: string, period: string | null, ext: string): string {
  return [fileSlug(cooperative), fileSlug(document, 60), period ? fileSlug(period, 30) : null].filter(Boolean).join('-') + `.${ext}`
}
