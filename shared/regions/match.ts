import type { Region, RegionLevel } from './codes'
import { findProvince } from './provinces'

export interface RegionSuggestion {
  code: string
  name: string
  /** How alike the names are, 0–100 (100: the same name after the usual abbreviations). */
  score: number
}

type Kind = 'KAB' | 'KOTA' | null

/** Words written before a name that do not tell areas apart, per level ("Kec. Cibeber" → "cibeber"). */
const PREFIXES: Record<RegionLevel, RegExp> = {
  1: /^(provinsi|propinsi|prov)\s+/,
  2: /^(kabupaten administrasi|kabupaten|kab|kota administrasi|kota adm|kotamadya|kodya|kota)\s+/,
  3: /^(kecamatan|kec|distrik)\s+/,
  4: /^(desa|kelurahan|kel|ds)\s+/
}

function plain(text: string): string {
  return String(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The name without its level word, and for regencies whether it says kabupaten or kota. */
export function regionNameCore(text: string, level: RegionLevel): { core: string; kind: Kind } {
  const p = plain(text)
  const m = PREFIXES[level].exec(p)
  const word = m?.[1] ?? ''
  const kind: Kind =
    level !== 2 || !m ? null : word.startsWith('kota') || word === 'kotamadya' || word === 'kodya' ? 'KOTA' : 'KAB'
  return { core: (m ? p.slice(m[0].length) : p).replace(/\s+/g, ' '), kind }
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>()
  const t = s.replace(/ /g, '')
  for (let i = 0; i + 1 < t.length; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1)
  return out
}

/** Sørensen–Dice coefficient over letter pairs: 1 for the same letters in the same pairs, 0 for none shared. */
export function diceSimilarity(a: string, b: string): number {
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return 1
  const x = bigrams(a)
  const y = bigrams(b)
  let total = 0
  let shared = 0
  for (const n of x.values()) total += n
  for (const [k, n] of y) {
    total += n
    shared += Math.min(n, x.get(k) ?? 0)
  }
  return total === 0 ? 0 : (2 * shared) / total
}

/**
 * Candidates ranked by how well their name matches a free-text entry from an older book: the same
 * province by any of its usual names scores 100; otherwise letter-pair similarity of the names
 * without "Kab."/"Kec."/"Desa", less a tenth when the text says kabupaten and the area is a kota
 * (or the other way round). Ties keep code order.
 */
export function rankRegions(text: string, candidates: readonly Region[], limit = 5): RegionSuggestion[] {
  if (!text.trim() || candidates.length === 0) return []
  const level = candidates[0]!.level
  const want = regionNameCore(text, level)
  const province = level === 1 ? findProvince(text) : null
  const scored = candidates.map((c, i) => {
    let s: number
    if (province && findProvince(c.name) === province) s = 1
    else {
      const got = regionNameCore(c.name, level)
      s = diceSimilarity(want.core, got.core)
      if (want.kind && got.kind && want.kind !== got.kind) s *= 0.9
    }
    return { code: c.code, name: c.name, score: Math.round(s * 100), i }
  })
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map(({ code, name, score }) => ({ code, name, score }))
}
