import { afterEach, describe, expect, it } from 'vitest'
import { findProvince, PROVINCES, provinceTimeZone } from '../../../shared/regions/provinces'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'

/** DOMAIN.md §9.2: WIB, WITA, WIT by province (38 provinces), typed by hand from Keppres 41/1987. */
const WIB = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Bengkulu',
  'Lampung',
  'DKI Jakarta',
  'Jawa Barat',
  'Banten',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah'
]
const WITA = [
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara'
]
const WIT = [
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan'
]

describe('province → time zone', () => {
  it('covers the 38 provinces with the right zone', () => {
    expect(WIB.length + WITA.length + WIT.length).toBe(38)
    expect(PROVINCES).toHaveLength(38)
    for (const p of WIB) expect(provinceTimeZone(p), p).toBe('Asia/Jakarta')
    for (const p of WITA) expect(provinceTimeZone(p), p).toBe('Asia/Makassar')
    for (const p of WIT) expect(provinceTimeZone(p), p).toBe('Asia/Jayapura')
  })

  it('tolerates case, spacing, dots and a "Provinsi" prefix; knows common short names; refuses others', () => {
    expect(provinceTimeZone('  kalimantan   TIMUR ')).toBe('Asia/Makassar')
    expect(provinceTimeZone('Provinsi Papua Barat Daya')).toBe('Asia/Jayapura')
    expect(provinceTimeZone('Prov. Jawa Barat')).toBe('Asia/Jakarta')
    expect(provinceTimeZone('D.I. Yogyakarta')).toBe('Asia/Jakarta')
    expect(provinceTimeZone('NTT')).toBe('Asia/Makassar')
    expect(provinceTimeZone('Kep. Bangka Belitung')).toBe('Asia/Jakarta')
    expect(findProvince('Daerah Khusus Jakarta')?.name).toBe('DKI Jakarta')
    expect(provinceTimeZone('Kalimantan')).toBeNull()
    expect(provinceTimeZone('Papua Utara')).toBeNull()
    expect(provinceTimeZone('')).toBeNull()
  })
})

describe("the cooperative's zone", () => {
  let tb: TestBook | null = null
  afterEach(() => {
    tb?.close()
    tb = null
  })

  it('follows the province, can be chosen in the settings, and falls back to WIB when the province is unknown', async () => {
    tb = await createTestBook()
    expect(tb.run('profile.get', {})).toMatchObject({
      province: 'Jawa Barat',
      timeZone: 'Asia/Jakarta',
      timeZoneSource: 'PROVINSI'
    })
    tb.run('profile.update', { ...SAMPLE_PROFILE, province: 'Maluku Utara' })
    expect(tb.run('profile.get', {})).toMatchObject({ timeZone: 'Asia/Jayapura', timeZoneSource: 'PROVINSI' })
    tb.run('profile.update', { ...SAMPLE_PROFILE, province: 'Maluku Utara', timeZone: 'Asia/Makassar' })
    expect(tb.run('profile.get', {})).toMatchObject({ timeZone: 'Asia/Makassar', timeZoneSource: 'PENGATURAN' })
    // Leaving timeZone out keeps the choice; null follows the province again.
    tb.run('profile.update', { ...SAMPLE_PROFILE, province: 'Bali' })
    expect(tb.run('profile.get', {}).timeZone).toBe('Asia/Makassar')
    tb.run('profile.update', { ...SAMPLE_PROFILE, province: 'Luar Negeri', timeZone: null })
    expect(tb.run('profile.get', {})).toMatchObject({ timeZone: 'Asia/Jakarta', timeZoneSource: 'BAWAAN' })
    expect(tb.fail('profile.update', { ...SAMPLE_PROFILE, timeZone: 'Asia/Pontianak' }).field).toBe('timeZone')
  })
})
