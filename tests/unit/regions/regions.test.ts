import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diceSimilarity, rankRegions } from '../../../shared/regions/match'
import { findRegion, regionChildren } from '../../../main/regions/areas'
import { REGIONS_COUNTS } from '../../../main/regions/kemendagri-data'
import { createTestBook, SAMPLE_PROFILE, type TestBook } from '../../helpers/book'

const PKG = join(__dirname, '../../../node_modules/idn-area-data/data')

/** The package's CSV read here on its own (quoted fields with "" escapes): code → name. */
function csvNames(file: string, nameColumn: number): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of readFileSync(join(PKG, file), 'utf8').split(/\r?\n/).slice(1)) {
    if (!line) continue
    const cells = line
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((c) => c.replace(/,$/, ''))
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c))
    out.set(cells[0]!, cells[nameColumn]!)
  }
  return out
}

describe('the shipped Kemendagri list', () => {
  it('has every area of the package, with the same names and parents', () => {
    expect([...REGIONS_COUNTS]).toEqual([38, 514, 7285, 83762])
    expect(findRegion('32')?.name).toBe('Jawa Barat')
    expect(findRegion('32.03')).toEqual({ code: '32.03', name: 'Kabupaten Cianjur', level: 2 })
    expect(findRegion('32.03.03')?.name).toBe('Cibeber')
    expect(findRegion('32.03.03.2013')).toEqual({ code: '32.03.03.2013', name: 'Sukamaju', level: 4 })
    expect(findRegion('64.71')?.name).toBe('Kota Balikpapan')
    expect(regionChildren(null)).toHaveLength(38)
    expect(regionChildren('32.03.03')).toHaveLength(18)
    if (!existsSync(PKG)) return // the package is a devDependency; without it the spot checks above stand
    for (const [file, col, level] of [
      ['provinces.csv', 1, 1],
      ['regencies.csv', 2, 2],
      ['districts.csv', 2, 3],
      ['villages.csv', 2, 4]
    ] as const) {
      const want = csvNames(file, col)
      expect(want.size).toBe(REGIONS_COUNTS[level - 1])
      for (const [code, name] of want) {
        const got = findRegion(code)
        if (got?.name !== name.trim() || got.level !== level)
          expect({ code, got }).toEqual({ code, got: { code, name, level } })
      }
    }
  })
})

describe('matching free text to codes', () => {
  it('letter-pair similarity, by hand', () => {
    // night: ni ig gh ht; nacht: na ac ch ht → 1 shared of 8 → 0,25.
    expect(diceSimilarity('night', 'nacht')).toBe(0.25)
    expect(diceSimilarity('cibeber', 'cibeber')).toBe(1)
    // cibeber (ci ib be eb be er) vs cibebr (ci ib be eb br): ci ib be eb shared → 2·4 / 11.
    expect(diceSimilarity('cibeber', 'cibebr')).toBeCloseTo(8 / 11, 10)
  })

  it('ranks the usual abbreviations and aliases first', () => {
    expect(rankRegions('Prov. Jabar', regionChildren(null))[0]).toEqual({ code: '32', name: 'Jawa Barat', score: 100 })
    expect(rankRegions('DKI Jakarta', regionChildren(null))[0]!.code).toBe('31')
    expect(rankRegions('Kab. Cianjur', regionChildren('32'))[0]).toEqual({
      code: '32.03',
      name: 'Kabupaten Cianjur',
      score: 100
    })
    const bandung = rankRegions('Kota Bandung', regionChildren('32'))
    expect(bandung.slice(0, 2).map((s) => [s.code, s.score])).toEqual([
      ['32.73', 100],
      ['32.04', 90]
    ])
    expect(rankRegions('Kec. Cibebr', regionChildren('32.03'))[0]!.code).toBe('32.03.03')
    expect(rankRegions('Desa Sukamaju', regionChildren('32.03.03'))[0]).toEqual({
      code: '32.03.03.2013',
      name: 'Sukamaju',
      score: 100
    })
  })
})

let tb: TestBook
afterEach(() => tb?.close())

describe('regions.* commands and the profile codes', () => {
  it('regions.match walks down from the best or chosen area; regions.children lists a level', async () => {
    tb = await createTestBook({ initialize: false })
    const m = tb.run('regions.match', {
      province: 'Jabar',
      regency: 'Kab Cianjur',
      district: 'Cibeber',
      village: 'Sukamaju'
    })
    expect(m.levels.map((l) => [l.parent, l.suggestions[0]?.code])).toEqual([
      [null, '32'],
      ['32', '32.03'],
      ['32.03', '32.03.03'],
      ['32.03.03', '32.03.03.2013']
    ])
    const chosen = tb.run('regions.match', {
      province: 'Jabar',
      regency: 'Bandung',
      district: null,
      village: null,
      chosen: { province: '32', regency: '32.73' }
    })
    expect(chosen.levels[2]!.parent).toBe('32.73')
    expect(tb.fail('regions.match', { chosen: { province: '32', regency: '33.01' } }).field).toBe('chosen.regency')
    expect(tb.run('regions.children', { parent: '32.03.03' }).items.map((r) => r.name)).toContain('Sukamaju')
    expect(tb.fail('regions.children', { parent: '32.99' }).field).toBe('parent')
  })

  it('codes chosen at set-up give the official names and the zone of the province', async () => {
    tb = await createTestBook({ initialize: false })
    const s = tb.run('setup.initialize', {
      profile: {
        ...SAMPLE_PROFILE,
        province: 'kaltim',
        regency: 'bpp',
        district: 'x',
        village: 'y',
        provinceCode: '64',
        regencyCode: '64.71',
        districtCode: '64.71.01',
        villageCode: '64.71.01.1001'
      },
      firstFinancialYear: 2026,
      booksStartDate: '2026-01-01'
    })
    expect(s.profile).toMatchObject({
      province: 'Kalimantan Timur',
      regency: 'Kota Balikpapan',
      district: 'Balikpapan Timur',
      village: 'Manggar',
      provinceCode: '64',
      villageCode: '64.71.01.1001',
      timeZone: 'Asia/Makassar',
      timeZoneSource: 'PROVINSI'
    })
  })

  it('profile.update keeps codes while the names stay, drops them when a name changes, refuses a broken chain', async () => {
    tb = await createTestBook()
    expect(tb.run('profile.get', {})).toMatchObject({ provinceCode: null, villageCode: null })
    const codes = { provinceCode: '32', regencyCode: '32.03', districtCode: '32.03.03', villageCode: '32.03.03.2013' }
    const p = tb.run('profile.update', { ...SAMPLE_PROFILE, ...codes })
    expect(p).toMatchObject({
      ...codes,
      village: 'Sukamaju',
      district: 'Cibeber',
      regency: 'Kabupaten Cianjur',
      province: 'Jawa Barat'
    })
    expect(tb.run('profile.update', { ...SAMPLE_PROFILE, phone: '0263-123' })).toMatchObject(codes)
    expect(tb.run('profile.update', { ...SAMPLE_PROFILE, village: 'Sukamanah' })).toMatchObject({
      provinceCode: null,
      villageCode: null,
      village: 'Sukamanah'
    })
    expect(tb.fail('profile.update', { ...SAMPLE_PROFILE, ...codes, districtCode: '32.04.01' }).field).toBe(
      'districtCode'
    )
    expect(tb.fail('profile.update', { ...SAMPLE_PROFILE, ...codes, villageCode: '32.03.03.2999' }).field).toBe(
      'villageCode'
    )
    expect(
      tb.fail('profile.update', { ...SAMPLE_PROFILE, provinceCode: '32', regencyCode: null, districtCode: '32.03.03' })
        .field
    ).toBe('districtCode')
    expect(tb.fail('profile.update', { ...SAMPLE_PROFILE, provinceCode: '3' }).field).toBe('provinceCode')
  })

  it('a NIK whose district is not in the list gets a warning, not an error', async () => {
    tb = await createTestBook({ now: new Date('2026-06-01T03:00:00Z') })
    const known = tb.run('members.checkNik', { nik: '3273054508900001' })
    expect(known.valid).toBe(true)
    expect(known.warnings).toEqual([])
    // 32.73.99 does not exist (Kota Bandung has 30 kecamatan).
    const unknown = tb.run('members.checkNik', { nik: '3273994508900001' })
    expect(unknown.valid).toBe(true)
    expect(unknown.warnings).toEqual([
      'Kode kecamatan 32.73.99 pada NIK tidak ada dalam daftar wilayah Kemendagri (NIK lama, pemekaran wilayah, atau salah ketik?)'
    ])
    expect(
      tb.fail('members.create', { name: 'Ani', gender: 'P', joinedAt: '2026-01-05', nik: '3273994508900001' }).code
    ).toBe('NEEDS_CONFIRMATION')
    expect(
      tb.run('members.create', {
        name: 'Ani',
        gender: 'P',
        joinedAt: '2026-01-05',
        nik: '3273994508900001',
        acceptNikWarnings: true
      }).nik
    ).toBe('3273994508900001')
  })
})
