/**
 * The one format rule (README "Money, dates, numbers"; shared/money/rupiah.ts, shared/dates/format.ts)
 * as a check on text a person reads: screens, messages, documents.
 *
 * - ISO date: `\b\d{4}-\d{2}-\d{2}\b` anywhere (2026-03-31). Never on screen or paper.
 * - Dot decimal: digits, a dot, digits (`0.5`, `1.5 %`, `Rp1.5 jt`, `1234.50`), unless the dots are
 *   thousands separators: a first group of 1–3 digits and then only groups of exactly 3 digits
 *   (`1.234`, `1.234.567`). Not decimals either, so not flagged: a time `14.05` followed by its zone
 *   (WIB, WITA, WIT), a section number after `§` (`§9.2`), a version (`0.1.0`: three groups, or
 *   any dotted number after "Versi"/"v") and anything inside a web address (`http://127.0.0.1:5173/`).
 */

export interface FormatFinding {
  kind: 'iso-date' | 'dot-decimal'
  match: string
  context: string
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g
// A maximal run of digit groups joined by single dots, not glued to other digits or dots.
const DOTTED = /(?<![\d.])\d+(?:\.\d+)+(?![\d]|\.\d)/g
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/

function context(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 40), at + length + 40).replace(/\s+/g, ' ')
}

/** Part of an address such as `http://127.0.0.1:5173/` (not a number a person reads). */
function insideUrl(text: string, at: number): boolean {
  const start = text.lastIndexOf(' ', at) + 1
  return /^\S*:\/\//.test(text.slice(start, at + 1)) || /^\S*:\/\//.test(text.slice(start))
}

export function findFormatProblems(text: string): FormatFinding[] {
  const out: FormatFinding[] = []
  for (const m of text.matchAll(ISO_DATE))
    out.push({ kind: 'iso-date', match: m[0], context: context(text, m.index, m[0].length) })
  for (const m of text.matchAll(DOTTED)) {
    const s = m[0]
    const before = text.slice(Math.max(0, m.index - 6), m.index)
    const after = text.slice(m.index + s.length, m.index + s.length + 12)
    if (THOUSANDS.test(s)) continue
    if (/^\d{1,2}\.\d{2}$/.test(s) && /^\s*(WIB|WITA|WIT)\b/.test(after)) continue
    if (/§\s?$/.test(before)) continue
    if (/(?:\b[Vv]ersi\s|\bv)$/.test(before) || /^\d+\.\d+\.\d+$/.test(s)) continue
    if (insideUrl(text, m.index)) continue
    // Kemendagri region codes are dotted by definition: a village code always, a regency code after the word "kode".
    if (
      /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(s) ||
      (/^\d{2}\.\d{2}$/.test(s) && /kode.{0,25}$/i.test(text.slice(Math.max(0, m.index - 32), m.index)))
    )
      continue
    out.push({ kind: 'dot-decimal', match: s, context: context(text, m.index, s.length) })
  }
  return out
}

/** One line per problem, for a readable failure message. */
export function describeFindings(where: string, findings: FormatFinding[]): string[] {
  return findings.map((f) => `${where}: ${f.kind} "${f.match}" in "…${f.context}…"`)
}
