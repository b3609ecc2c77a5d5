import type { IndonesianTimeZone } from '../dates/calendar'

/**
 * The 38 provinces and the time zone each keeps (DOMAIN.md §9.2, Keppres 41/1987): WIB for
 * Sumatra, Java, Kalimantan Barat and Tengah; WITA for Bali, Nusa Tenggara, the rest of Kalimantan
 * and Sulawesi; WIT for Maluku and Papua. Each carries its Kemendagri code (idn-area-data 4.0.1,
 * with the Papua codes of the 2022 split: 91 Papua … 96 Papua Barat Daya).
 */
export const PROVINCES: readonly {
  code: string
  name: string
  zone: IndonesianTimeZone
  aliases?: readonly string[]
}[] = [
  { code: '11', name: 'Aceh', zone: 'Asia/Jakarta', aliases: ['Nanggroe Aceh Darussalam', 'NAD'] },
  { code: '12', name: 'Sumatera Utara', zone: 'Asia/Jakarta', aliases: ['Sumut', 'Sumatra Utara'] },
  { code: '13', name: 'Sumatera Barat', zone: 'Asia/Jakarta', aliases: ['Sumbar', 'Sumatra Barat'] },
  { code: '14', name: 'Riau', zone: 'Asia/Jakarta' },
  { code: '21', name: 'Kepulauan Riau', zone: 'Asia/Jakarta', aliases: ['Kepri', 'Kep Riau'] },
  { code: '15', name: 'Jambi', zone: 'Asia/Jakarta' },
  { code: '16', name: 'Sumatera Selatan', zone: 'Asia/Jakarta', aliases: ['Sumsel', 'Sumatra Selatan'] },
  {
    code: '19',
    name: 'Kepulauan Bangka Belitung',
    zone: 'Asia/Jakarta',
    aliases: ['Bangka Belitung', 'Babel', 'Kep Bangka Belitung']
  },
  { code: '17', name: 'Bengkulu', zone: 'Asia/Jakarta' },
  { code: '18', name: 'Lampung', zone: 'Asia/Jakarta' },
  {
    code: '31',
    name: 'DKI Jakarta',
    zone: 'Asia/Jakarta',
    aliases: ['Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Jakarta', 'DK Jakarta']
  },
  { code: '32', name: 'Jawa Barat', zone: 'Asia/Jakarta', aliases: ['Jabar'] },
  { code: '36', name: 'Banten', zone: 'Asia/Jakarta' },
  { code: '33', name: 'Jawa Tengah', zone: 'Asia/Jakarta', aliases: ['Jateng'] },
  {
    code: '34',
    name: 'DI Yogyakarta',
    zone: 'Asia/Jakarta',
    aliases: ['Yogyakarta', 'Daerah Istimewa Yogyakarta', 'DIY', 'Jogjakarta', 'Jogja']
  },
  { code: '35', name: 'Jawa Timur', zone: 'Asia/Jakarta', aliases: ['Jatim'] },
  { code: '61', name: 'Kalimantan Barat', zone: 'Asia/Jakarta', aliases: ['Kalbar'] },
  { code: '62', name: 'Kalimantan Tengah', zone: 'Asia/Jakarta', aliases: ['Kalteng'] },
  { code: '51', name: 'Bali', zone: 'Asia/Makassar' },
  { code: '52', name: 'Nusa Tenggara Barat', zone: 'Asia/Makassar', aliases: ['NTB'] },
  { code: '53', name: 'Nusa Tenggara Timur', zone: 'Asia/Makassar', aliases: ['NTT'] },
  { code: '63', name: 'Kalimantan Selatan', zone: 'Asia/Makassar', aliases: ['Kalsel'] },
  { code: '64', name: 'Kalimantan Timur', zone: 'Asia/Makassar', aliases: ['Kaltim'] },
  { code: '65', name: 'Kalimantan Utara', zone: 'Asia/Makassar', aliases: ['Kaltara'] },
  { code: '71', name: 'Sulawesi Utara', zone: 'Asia/Makassar', aliases: ['Sulut'] },
  { code: '75', name: 'Gorontalo', zone: 'Asia/Makassar' },
  { code: '72', name: 'Sulawesi Tengah', zone: 'Asia/Makassar', aliases: ['Sulteng'] },
  { code: '76', name: 'Sulawesi Barat', zone: 'Asia/Makassar', aliases: ['Sulbar'] },
  { code: '73', name: 'Sulawesi Selatan', zone: 'Asia/Makassar', aliases: ['Sulsel'] },
  { code: '74', name: 'Sulawesi Tenggara', zone: 'Asia/Makassar', aliases: ['Sultra'] },
  { code: '81', name: 'Maluku', zone: 'Asia/Jayapura' },
  { code: '82', name: 'Maluku Utara', zone: 'Asia/Jayapura', aliases: ['Malut'] },
  { code: '91', name: 'Papua', zone: 'Asia/Jayapura' },
  { code: '92', name: 'Papua Barat', zone: 'Asia/Jayapura', aliases: ['Pabar'] },
  { code: '96', name: 'Papua Barat Daya', zone: 'Asia/Jayapura' },
  { code: '93', name: 'Papua Selatan', zone: 'Asia/Jayapura' },
  { code: '94', name: 'Papua Tengah', zone: 'Asia/Jayapura' },
  { code: '95', name: 'Papua Pegunungan', zone: 'Asia/Jayapura' }
]

/** "  Prov. kalimantan   TIMUR " → "kalimantan timur": case, dots, dashes and spacing do not matter. */
export function normalizeProvince(text: string): string {
  return (
    String(text)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // "d i yogyakarta" (from D.I.) → "di yogyakarta"
      .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1')
      .replace(/^(provinsi|propinsi|prov) /, '')
  )
}

const BY_NAME: ReadonlyMap<string, (typeof PROVINCES)[number]> = new Map(
  PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => [normalizeProvince(n), p] as const))
)

/** The province a free-text name means, or null when it is not one of the 38. */
export function findProvince(text: string | null | undefined): (typeof PROVINCES)[number] | null {
  if (typeof text !== 'string') return null
  return BY_NAME.get(normalizeProvince(text)) ?? null
}

/** The zone of a province name, or null when the name is not recognised. */
export function provinceTimeZone(text: string | null | undefined): IndonesianTimeZone | null {
  return findProvince(text)?.zone ?? null
}

/** The zone of a province by its Kemendagri code ("64" → WITA), or null for an unknown code. */
export function provinceCodeTimeZone(code: string | null | undefined): IndonesianTimeZone | null {
  return PROVINCES.find((p) => p.code === code)?.zone ?? null
}
