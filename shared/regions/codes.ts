/**
 * Kemendagri region codes (DOMAIN.md §9.4): PP (province), PP.KK (regency/city), PP.KK.CC (district),
 * PP.KK.CC.DDDD (village/kelurahan). The level of a code is its number of parts.
 */
export type RegionLevel = 1 | 2 | 3 | 4

export interface Region {
  code: string
  name: string
  level: RegionLevel
}

export const REGION_CODE_PATTERNS: Record<RegionLevel, RegExp> = {
  1: /^\d{2}$/,
  2: /^\d{2}\.\d{2}$/,
  3: /^\d{2}\.\d{2}\.\d{2}$/,
  4: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/
}

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  1: 'Provinsi',
  2: 'Kabupaten/kota',
  3: 'Kecamatan',
  4: 'Desa/kelurahan'
}

export function regionLevelOf(code: string): RegionLevel | null {
  for (const level of [1, 2, 3, 4] as const) if (REGION_CODE_PATTERNS[level].test(code)) return level
  return null
}

/** The code of the parent area ('32.03.03' → '32.03'), or null for a province. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.')
  return i < 0 ? null : code.slice(0, i)
}

/** The cooperative's four codes; each may be missing (an older book, or a region chosen only down to a level). */
export interface RegionCodes {
  provinceCode: string | null
  regencyCode: string | null
  districtCode: string | null
  villageCode: string | null
}

/** The village code, else the district, regency or province code; null when none was chosen. */
export function deepestRegionCode(c: Partial<RegionCodes>): string | null {
  return c.villageCode ?? c.districtCode ?? c.regencyCode ?? c.provinceCode ?? null
}
