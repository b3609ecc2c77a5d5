import { CommandError } from '../../shared/errors'
import type { RegionMatchLevel } from '../../shared/commands/regions'
import { parentCode, type Region, type RegionLevel } from '../../shared/regions/codes'
import { rankRegions, type RegionSuggestion } from '../../shared/regions/match'
import { findRegion, regionChildren } from './areas'

type Texts = { province: string | null; regency: string | null; district: string | null; village: string | null }
type Chosen = { province?: string; regency?: string; district?: string }

const KEYS = ['province', 'regency', 'district', 'village'] as const

/**
 * Suggestions for each level of a free-text address, top-down: each level is searched under the
 * area chosen one level up, or else under the best suggestion there. A chosen code must exist and
 * lie under the one chosen above it.
 */
export function matchRegions(texts: Texts, chosen: Chosen): RegionMatchLevel[] {
  const out: RegionMatchLevel[] = []
  let parent: string | null = null
  for (let n = 0; n < KEYS.length; n++) {
    const level = (n + 1) as RegionLevel
    const key = KEYS[n]!
    const text = texts[key]
    const candidates: Region[] = level === 1 || parent !== null ? regionChildren(parent) : []
    const suggestions: RegionSuggestion[] = text ? rankRegions(text, candidates) : []
    out.push({ level, text, parent, suggestions })
    const pick = key === 'village' ? undefined : chosen[key]
    if (pick !== undefined) {
      if (!findRegion(pick))
        throw new CommandError('NOT_FOUND', `Kode wilayah ${pick} tidak ada dalam daftar Kemendagri`, `chosen.${key}`)
      if (parentCode(pick) !== parent)
        throw new CommandError(
          'INVALID_INPUT',
          `Kode wilayah ${pick} tidak berada di bawah ${parent ?? 'daftar provinsi'}`,
          `chosen.${key}`
        )
      parent = pick
    } else {
      parent = suggestions[0]?.code ?? null
    }
  }
  return out
}
