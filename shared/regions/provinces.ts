import type { IndonesianTimeZone } from '../dates/format'

/**
 * The 38 provinces and the time zone each keeps (DOMAIN.md §9.2, Keppres 41/1987): WIB for
 * Sumatra, Java, Kalimantan Barat and Tengah; WITA for Bali, Nusa Tenggara, the rest of Kalimantan
 * and Sulawesi; WIT for Maluku and Papua. One table, so official region codes can be added beside
 * the names later.
 */
export const PROVINCES: readonly { name: string; zone: IndonesianTimeZone; aliases?: readonly string[] }[] = [
  { name: 'Aceh', zone: 'Asia/Jakarta', aliases: ['Nanggroe Aceh Darussalam', 'NAD'] },
  { name: 'Sumatera Utara', zone: 'Asia/Jakarta', aliases: ['Sumut', 'Sumatra Utara'] },
  { name: 'Sumatera Barat', zone: 'Asia/Jakarta', aliases: ['Sumbar', 'Sumatra Barat'] },
  { name: 'Riau', zone: 'Asia/Jakarta' },
  { name: 'Kepulauan Riau', zone: 'Asia/Jakarta', aliases: ['Kepri', 'Kep Riau'] },
  { name: 'Jambi', zone: 'Asia/Jakarta' },
  { name: 'Sumatera Selatan', zone: 'Asia/Jakarta', aliases: ['Sumsel', 'Sumatra Selatan'] },
  { name: 'Kepulauan Bangka Belitung', zone: 'Asia/Jakarta', aliases: ['Bangka Belitung', 'Babel', 'Kep Bangka Belitung'] },
  { name: 'Bengkulu', zone: 'Asia/Jakarta' },
  { name: 'Lampung', zone: 'Asia/Jakarta' },
  { name: 'DKI Jakarta', zone: 'Asia/Jakarta', aliases: ['Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Jakarta', 'DK Jakarta'] },
  { name: 'Jawa Barat', zone: 'Asia/Jakarta', aliases: ['Jabar'] },
  { name: 'Banten', zone: 'Asia/Jakarta' },
  { name: 'Jawa Tengah', zone: 'Asia/Jakarta', aliases: ['Jateng'] },
  { name: 'DI Yogyakarta', zone: 'Asia/Jakarta', aliases: ['Yogyakarta', 'Daerah Istimewa Yogyakarta', 'DIY', 'Jogjakarta', 'Jogja'] },
  { name: 'Jawa Timur', zone: 'Asia/Jakarta', aliases: ['Jatim'] },
  { name: 'Kalimantan Barat', zone: 'Asia/Jakarta', aliases: ['Kalbar'] },
  { name: 'Kalimantan Tengah', zone: 'Asia/Jakarta', aliases: ['Kalteng'] },
  { name: 'Bali', zone: 'Asia/Makassar' },
  { name: 'Nusa Tenggara Barat', zone: 'Asia/Makassar', aliases: ['NTB'] },
  { name: 'Nusa Tenggara Timur', zone: 'Asia/Makassar', aliases: ['NTT'] },
  { name: 'Kalimantan Selatan', zone: 'Asia/Makassar', aliases: ['Kalsel'] },
  { name: 'Kalimantan Timur', zone: 'Asia/Makassar', aliases: ['Kaltim'] },
  { name: 'Kalimantan Utara', zone: 'Asia/Makassar', aliases: ['Kaltara'] },
  { name: 'Sulawesi Utara', zone: 'Asia/Makassar', aliases: ['Sulut'] },
  { name: 'Gorontalo', zone: 'Asia/Makassar' },
  { name: 'Sulawesi Tengah', zone: 'Asia/Makassar', aliases: ['Sulteng'] },
  { name: 'Sulawesi Barat', zone: 'Asia/Makassar', aliases: ['Sulbar'] },
  { name: 'Sulawesi Selatan', zone: 'Asia/Makassar', aliases: ['Sulsel'] },
  { name: 'Sulawesi Tenggara', zone: 'Asia/Makassar', aliases: ['Sultra'] },
  { name: 'Maluku', zone: 'Asia/Jayapura' },
  { name: 'Maluku Utara', zone: 'Asia/Jayapura', aliases: ['Malut'] },
  { name: 'Papua', zone: 'Asia/Jayapura' },
  { name: 'Papua Barat', zone: 'Asia/Jayapura', aliases: ['Pabar'] },
  { name: 'Papua Barat Daya', zone: 'Asia/Jayapura' },
  { name: 'Papua Selatan', zone: 'Asia/Jayapura' },
  { name: 'Papua Tengah', zone: 'Asia/Jayapura' },
  { name: 'Papua Pegunungan', zone: 'Asia/Jayapura' }
]

/** "  Prov. kalimantan   TIMUR " → "kalimantan timur": case, dots, dashes and spacing do not matter. */
export function normalizeProvince(text: string): string {
  return String(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // "d i yogyakarta" (from D.I.) → "di yogyakarta"
    .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1')
    .replace(/^(provinsi|propinsi|prov) /, '')
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
