import { completedYears, isValidIsoDate } from '../dates/calendar'

/**
 * NIK (Nomor Induk Kependudukan, the KTP number): PP KK CC DD MM YY SSSS, DOMAIN.md §9.4.
 * Hard errors block; warnings are shown and may be accepted by the treasurer.
 */

/** Province codes as they appear in NIKs (place of first registration), incl. the 2022 Papua split. ASSUMED list. */
export const NIK_PROVINCES: Record<string, string> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua Barat',
  '92': 'Papua Barat Daya',
  '94': 'Papua',
  '95': 'Papua Selatan',
  '96': 'Papua Tengah',
  '97': 'Papua Pegunungan'
}

export type Gender = 'L' | 'P'

export interface NikAnalysis {
  /** No hard error: the NIK may be saved (after the warnings are accepted). */
  valid: boolean
  errors: string[]
  warnings: string[]
  provinceCode: string | null
  provinceName: string | null
  regencyCode: string | null
  districtCode: string | null
  gender: Gender | null
  /** ISO birth date read from the NIK, when it is a real date. */
  birthDate: string | null
  sequence: string | null
}

export interface NikContext {
  /** Today as ISO date, to choose the century. */
  today: string
  /** What the treasurer entered, to compare with the NIK. */
  gender?: Gender | null
  birthDate?: string | null
  /** Adult age preferred when both centuries are possible (ASSUMED 17). */
  adultAge?: number
  /** Whether a district code ("32.73.05") is in the Kemendagri list; left out, districts are not checked. */
  knownDistrict?: (code: string) => boolean
}

/** 19YY or 20YY so that the birth date is not in the future and the age ≤ 120; prefer an adult. */
export function nikCentury(yy: string, mm: string, dd: string, today: string, adultAge = 17): string | null {
  const candidates = [`19${yy}`, `20${yy}`]
    .map((y) => `${y}-${mm}-${dd}`)
    .filter((d) => d <= today && completedYears(d, today) <= 120)
  if (candidates.length === 0) return null
  return candidates.find((d) => completedYears(d, today) >= adultAge) ?? candidates[candidates.length - 1]!
}

export function analyzeNik(raw: string, ctx: NikContext): NikAnalysis {
  const nik = raw.trim()
  const out: NikAnalysis = {
    valid: false,
    errors: [],
    warnings: [],
    provinceCode: null,
    provinceName: null,
    regencyCode: null,
    districtCode: null,
    gender: null,
    birthDate: null,
    sequence: null
  }
  if (!/^\d{16}$/.test(nik)) {
    out.errors.push(
      `NIK (KTP) harus tepat 16 digit angka (sekarang ${nik.length} karakter${/\D/.test(nik) ? ', ada yang bukan angka' : ''})`
    )
    return out
  }
  const pp = nik.slice(0, 2)
  const dd = Number(nik.slice(6, 8))
  const mm = nik.slice(8, 10)
  const yy = nik.slice(10, 12)
  const seq = nik.slice(12, 16)
  out.provinceCode = pp
  out.provinceName = NIK_PROVINCES[pp] ?? null
  out.regencyCode = nik.slice(2, 4)
  out.districtCode = nik.slice(4, 6)
  out.sequence = seq
  const month = Number(mm)
  if (month < 1 || month > 12) out.errors.push(`NIK (KTP): digit bulan lahir (${mm}) harus 01–12`)
  const isFemale = dd >= 41 && dd <= 71
  if (!((dd >= 1 && dd <= 31) || isFemale))
    out.errors.push(
      `NIK (KTP): digit tanggal lahir (${nik.slice(6, 8)}) harus 01–31 (laki-laki) atau 41–71 (perempuan)`
    )
  if (seq === '0000') out.errors.push('NIK (KTP): nomor urut (4 digit terakhir) tidak boleh 0000')
  if (out.regencyCode === '00' || out.districtCode === '00')
    out.errors.push('NIK (KTP): kode kabupaten/kota dan kecamatan tidak boleh 00')
  if (out.errors.length) return out

  out.valid = true
  out.gender = isFemale ? 'P' : 'L'
  if (!out.provinceName) out.warnings.push(`Kode provinsi ${pp} pada NIK tidak dikenal (NIK lama atau kode baru?)`)
  else if (ctx.knownDistrict) {
    // Lists lag behind new districts and NIKs keep the district of first registration: a warning, never an error.
    const district = `${pp}.${out.regencyCode}.${out.districtCode}`
    if (!ctx.knownDistrict(district))
      out.warnings.push(
        `Kode kecamatan ${district} pada NIK tidak ada dalam daftar wilayah Kemendagri (NIK lama, pemekaran wilayah, atau salah ketik?)`
      )
  }
  const day = String(isFemale ? dd - 40 : dd).padStart(2, '0')
  const century = nikCentury(yy, mm, day, ctx.today, ctx.adultAge)
  const someDate = `20${yy}-${mm}-${day}`
  if (!isValidIsoDate(someDate) && !isValidIsoDate(`19${yy}-${mm}-${day}`)) {
    out.warnings.push(`Tanggal lahir pada NIK (${day}-${mm}-${yy}) bukan tanggal yang ada`)
  } else if (century === null || !isValidIsoDate(century)) {
    out.warnings.push(`Tanggal lahir pada NIK (${day}-${mm}-${yy}) tidak masuk akal untuk hari ini`)
  } else {
    out.birthDate = century
  }
  if (ctx.gender && ctx.gender !== out.gender) {
    out.warnings.push(
      `Jenis kelamin pada NIK (${out.gender === 'P' ? 'perempuan' : 'laki-laki'}) berbeda dengan yang diisi`
    )
  }
  if (ctx.birthDate && (ctx.birthDate.slice(5) !== `${mm}-${day}` || ctx.birthDate.slice(2, 4) !== yy)) {
    out.warnings.push(`Tanggal lahir pada NIK (${day}-${mm}-${yy}) berbeda dengan tanggal lahir yang diisi`)
  }
  return out
}
