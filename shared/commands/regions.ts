import { z } from 'zod'
import { command } from './define'
import { optionalText } from '../validation/schemas'
import { REGION_CODE_PATTERNS, regionLevelOf, type Region, type RegionLevel } from '../regions/codes'
import type { RegionSuggestion } from '../regions/match'

const EXAMPLE: Record<RegionLevel, string> = { 1: '32', 2: '32.03', 3: '32.03.03', 4: '32.03.03.2001' }

/** A Kemendagri code of one level, e.g. "32.03" for a regency/city. */
export const regionCode = (level: RegionLevel, what: string) =>
  z
    .string({ error: `kode ${what} harus berupa teks` })
    .trim()
    .regex(REGION_CODE_PATTERNS[level], { error: `kode ${what} Kemendagri seperti "${EXAMPLE[level]}"` })

const parentCode = z
  .string({ error: 'kode wilayah induk harus berupa teks' })
  .trim()
  .refine(
    (c) => {
      const l = regionLevelOf(c)
      return l !== null && l < 4
    },
    {
      error:
        'kode wilayah induk harus kode Kemendagri provinsi, kabupaten/kota atau kecamatan, misalnya kode "32", kode "32.03" atau kode "32.03.03"'
    }
  )

export interface RegionMatchLevel {
  level: RegionLevel
  /** The free text of the older book at this level. */
  text: string | null
  /** The area the suggestions are under: the chosen (or else best) one a level up; null for provinces. */
  parent: string | null
  suggestions: RegionSuggestion[]
}

export const regionCommands = {
  'regions.children': command<{ parent: Region | null; items: Region[]; source: string }>()({
    kind: 'query',
    permission: 'public',
    summary:
      'Daftar wilayah Kemendagri di bawah satu kode (tanpa kode: semua provinsi), untuk memilih provinsi, kabupaten/kota, kecamatan dan desa/kelurahan',
    input: z.strictObject({ parent: parentCode.nullable().default(null) }).default({ parent: null })
  }),
  'regions.match': command<{ levels: RegionMatchLevel[]; source: string }>()({
    kind: 'query',
    permission: 'public',
    summary:
      'Saran kode wilayah Kemendagri untuk nama wilayah yang diketik bebas (buku lama), diurutkan dari yang paling cocok; tingkat yang sudah dipilih diberikan di chosen',
    input: z.strictObject({
      province: optionalText(100),
      regency: optionalText(100),
      district: optionalText(100),
      village: optionalText(100),
      chosen: z
        .strictObject({
          province: regionCode(1, 'provinsi').optional(),
          regency: regionCode(2, 'kabupaten/kota').optional(),
          district: regionCode(3, 'kecamatan').optional()
        })
        .default({})
    })
  })
}
