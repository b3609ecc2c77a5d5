import { describe, expect, it } from 'vitest'
import { analyzeNik, nikCentury } from '../../../shared/members/nik'

const today = '2026-11-28'

describe('NIK (KTP) validation, DOMAIN.md §9.4 vectors', () => {
  it('3273054508900001: Jawa Barat, Kota Bandung, kec 05, female, 5 Aug 1990, valid', () => {
    const a = analyzeNik('3273054508900001', { today })
    expect(a).toMatchObject({
      valid: true,
      errors: [],
      warnings: [],
      provinceCode: '32',
      provinceName: 'Jawa Barat',
      regencyCode: '73',
      districtCode: '05',
      gender: 'P',
      birthDate: '1990-08-05',
      sequence: '0001'
    })
  })
  it('3404071203850003: DIY, male, 12 Mar 1985, valid', () => {
    expect(analyzeNik('3404071203850003', { today })).toMatchObject({
      valid: true,
      provinceName: 'DI Yogyakarta',
      gender: 'L',
      birthDate: '1985-03-12',
      warnings: []
    })
  })
  it.each([
    ['3273056013900001', /bulan lahir \(13\)/],
    ['1234567890123456', /tanggal lahir \(78\)/],
    ['327305450890000', /16 digit/],
    ['32730545089000012', /16 digit/],
    ['32730545089O0001', /bukan angka/],
    ['3273054508900000', /0000/],
    ['', /16 digit/]
  ])('%s is a hard error', (nik, message) => {
    const a = analyzeNik(nik, { today })
    expect(a.valid).toBe(false)
    expect(a.errors.join(' ')).toMatch(message)
  })
})

describe('warnings that the treasurer may accept', () => {
  it('an impossible date (31 February)', () => {
    const a = analyzeNik('3273053102900001', { today })
    expect(a.valid).toBe(true)
    expect(a.birthDate).toBeNull()
    expect(a.warnings.join(' ')).toMatch(/bukan tanggal yang ada/)
  })
  it('gender and birth date that disagree with what was entered', () => {
    const a = analyzeNik('3273054508900001', { today, gender: 'L', birthDate: '1990-08-06' })
    expect(a.valid).toBe(true)
    expect(a.warnings).toHaveLength(2)
    expect(a.warnings[0]).toMatch(/Jenis kelamin/)
    expect(a.warnings[1]).toMatch(/Tanggal lahir/)
    expect(analyzeNik('3273054508900001', { today, gender: 'P', birthDate: '1990-08-05' }).warnings).toEqual([])
  })
  it('an unknown province code', () => {
    const a = analyzeNik('9973054508900001', { today })
    expect(a.valid).toBe(true)
    expect(a.provinceName).toBeNull()
    expect(a.warnings[0]).toMatch(/provinsi 99/)
  })
})

describe('century', () => {
  it('chooses the century so that the birth date is past, the age ≤ 120, preferring an adult', () => {
    expect(nikCentury('90', '08', '05', today)).toBe('1990-08-05')
    expect(nikCentury('05', '01', '01', today)).toBe('2005-01-01')
    expect(nikCentury('15', '06', '01', today)).toBe('1915-06-01')
    expect(nikCentury('15', '06', '01', '2040-01-01')).toBe('2015-06-01')
    expect(nikCentury('06', '06', '01', today)).toBe('1906-06-01')
    expect(nikCentury('27', '01', '01', today)).toBe('1927-01-01')
    expect(nikCentury('26', '12', '01', today)).toBe('1926-12-01')
    expect(nikCentury('03', '01', '01', '2026-11-28')).toBe('2003-01-01')
  })
})
