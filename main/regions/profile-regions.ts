import { CommandError } from '../../shared/errors'
import type { CooperativeProfile } from '../../shared/ledger/types'
import { parentCode, REGION_LEVEL_LABELS, type RegionCodes, type RegionLevel } from '../../shared/regions/codes'
import { findRegion } from './areas'

interface RegionFields extends Partial<RegionCodes> {
  province: string
  regency: string
  district: string
  village: string
}

const LEVELS = [
  { code: 'provinceCode', name: 'province' },
  { code: 'regencyCode', name: 'regency' },
  { code: 'districtCode', name: 'district' },
  { code: 'villageCode', name: 'village' }
] as const

/**
 * The region part of a profile to store. Codes given: each must be in the Kemendagri list and under
 * the one above it, and its official name replaces the typed one. No codes given: the stored codes
 * stay while the four names are unchanged, and are dropped when a name changes (they would no
 * longer describe it).
 */
export function resolveProfileRegions<T extends RegionFields>(p: T, prev: CooperativeProfile | null): T & RegionCodes {
  const given = LEVELS.some((l) => p[l.code] !== undefined)
  if (!given) {
    const same = prev !== null && LEVELS.every((l) => prev[l.name] === p[l.name])
    const keep = (c: string | null | undefined) => (same ? (c ?? null) : null)
    return {
      ...p,
      provinceCode: keep(prev?.provinceCode),
      regencyCode: keep(prev?.regencyCode),
      districtCode: keep(prev?.districtCode),
      villageCode: keep(prev?.villageCode)
    }
  }
  const out = { ...p, provinceCode: null, regencyCode: null, districtCode: null, villageCode: null } as T & RegionCodes
  let above: string | null = null
  LEVELS.forEach((l, n) => {
    const code = p[l.code] ?? null
    if (code === null) {
      above = null
      return
    }
    const label = REGION_LEVEL_LABELS[(n + 1) as RegionLevel].toLowerCase()
    const region = findRegion(code)
    if (!region || region.level !== n + 1)
      throw new CommandError('NOT_FOUND', `Kode ${label} ${code} tidak ada dalam daftar wilayah Kemendagri`, l.code)
    if (n > 0 && parentCode(code) !== above) {
      throw new CommandError(
        'INVALID_INPUT',
        above === null
          ? `Kode ${label} ${code}: pilih dahulu ${REGION_LEVEL_LABELS[n as RegionLevel].toLowerCase()} di atasnya`
          : `Kode ${label} ${code} tidak berada di bawah ${REGION_LEVEL_LABELS[n as RegionLevel].toLowerCase()} ${above}`,
        l.code
      )
    }
    out[l.code] = code
    ;(out as RegionFields)[l.name] = region.name
    above = code
  })
  return out
}
