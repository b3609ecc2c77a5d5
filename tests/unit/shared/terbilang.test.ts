import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  capitalizeFirst,
  kwitansiRupiah,
  terbilang,
  terbilangRupiah,
  terbilangTitle
} from '../../../shared/money/terbilang'

const MAX = Number.MAX_SAFE_INTEGER

describe('terbilang', () => {
  it.each<[number, string]>([
    [0, 'nol'],
    [1, 'satu'],
    [2, 'dua'],
    [3, 'tiga'],
    [4, 'empat'],
    [5, 'lima'],
    [6, 'enam'],
    [7, 'tujuh'],
    [8, 'delapan'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [15, 'lima belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [55, 'lima puluh lima'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [115, 'seratus lima belas'],
    [120, 'seratus dua puluh'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1010, 'seribu sepuluh'],
    [1011, 'seribu sebelas'],
    [1100, 'seribu seratus'],
    [1500, 'seribu lima ratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [2500, 'dua ribu lima ratus'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [12000, 'dua belas ribu'],
    [100000, 'seratus ribu'],
    [101000, 'seratus satu ribu'],
    [111111, 'seratus sebelas ribu seratus sebelas'],
    [500000, 'lima ratus ribu'],
    [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1000000, 'satu juta'],
    [1000001, 'satu juta satu'],
    [1001000, 'satu juta seribu'],
    [1500000, 'satu juta lima ratus ribu'],
    [1249275, 'satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima'],
    [10000000, 'sepuluh juta'],
    [100000000, 'seratus juta'],
    [1000000000, 'satu miliar'],
    [1000000001, 'satu miliar satu'],
    [1001001001, 'satu miliar satu juta seribu satu'],
    [2500000000, 'dua miliar lima ratus juta'],
    [1000000000000, 'satu triliun'],
    [1000000000000000, 'satu kuadriliun'],
    [
      MAX,
      'sembilan kuadriliun tujuh triliun seratus sembilan puluh sembilan miliar dua ratus lima puluh empat juta tujuh ratus empat puluh ribu sembilan ratus sembilan puluh satu'
    ],
    [-0, 'nol'],
    [-1, 'minus satu'],
    [-1500, 'minus seribu lima ratus'],
    [-1000000, 'minus satu juta']
  ])('terbilang(%d) = %j', (n, expected) => {
    expect(terbilang(n)).toBe(expected)
  })

  it.each<[bigint, string]>([
    [0n, 'nol'],
    [1000n, 'seribu'],
    [1249275n, 'satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima'],
    [10n ** 15n, 'satu kuadriliun'],
    [
      9007199254740993n,
      'sembilan kuadriliun tujuh triliun seratus sembilan puluh sembilan miliar dua ratus lima puluh empat juta tujuh ratus empat puluh ribu sembilan ratus sembilan puluh tiga'
    ],
    [
      10n ** 18n - 1n,
      'sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'
    ],
    [
      -(10n ** 18n) + 1n,
      'minus sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'
    ],
    [-2000n, 'minus dua ribu']
  ])('terbilang(%sn) = %j', (n, expected) => {
    expect(terbilang(n)).toBe(expected)
  })

  it.each<[string, number | bigint]>([
    ['1.5', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['MAX_SAFE_INTEGER + 1', MAX + 1],
    ['-(MAX_SAFE_INTEGER + 1)', -(MAX + 1)],
    ['10n ** 18n', 10n ** 18n],
    ['-(10n ** 18n)', -(10n ** 18n)]
  ])('throws RangeError for %s', (_label, n) => {
    expect(() => terbilang(n)).toThrow(RangeError)
  })

  it('is lowercase, single-spaced and agrees with the bigint path (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const words = terbilang(n)
        expect(words).toMatch(/^[a-z]+( [a-z]+)*$/)
        expect(terbilang(BigInt(n))).toBe(words)
        expect(words.startsWith('minus ')).toBe(n < 0)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('terbilangRupiah / kwitansiRupiah / terbilangTitle', () => {
  it.each<[number | bigint, string]>([
    [0, 'nol rupiah'],
    [1000, 'seribu rupiah'],
    [1249275, 'satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah'],
    [-1500, 'minus seribu lima ratus rupiah'],
    [2000000n, 'dua juta rupiah']
  ])('terbilangRupiah(%s) = %j', (n, expected) => {
    expect(terbilangRupiah(n)).toBe(expected)
  })

  it.each<[number | bigint, string]>([
    [1249275, 'Rp1.249.275 (satu juta dua ratus empat puluh sembilan ribu dua ratus tujuh puluh lima rupiah)'],
    [0, 'Rp0 (nol rupiah)'],
    [500000, 'Rp500.000 (lima ratus ribu rupiah)'],
    [1500n, 'Rp1.500 (seribu lima ratus rupiah)']
  ])('kwitansiRupiah(%s) = %j', (n, expected) => {
    expect(kwitansiRupiah(n)).toBe(expected)
  })

  it.each<[number | bigint, string]>([
    [1249275, 'Satu Juta Dua Ratus Empat Puluh Sembilan Ribu Dua Ratus Tujuh Puluh Lima Rupiah'],
    [0, 'Nol Rupiah'],
    [1000, 'Seribu Rupiah'],
    [111, 'Seratus Sebelas Rupiah'],
    [-1500, 'Minus Seribu Lima Ratus Rupiah'],
    [10n ** 12n, 'Satu Triliun Rupiah']
  ])('terbilangTitle(%s) = %j', (n, expected) => {
    expect(terbilangTitle(n)).toBe(expected)
  })

  it.each<[string, string]>([
    ['seribu rupiah', 'Seribu rupiah'],
    ['Seribu', 'Seribu'],
    ['', '']
  ])('capitalizeFirst(%j) = %j', (s, expected) => {
    expect(capitalizeFirst(s)).toBe(expected)
  })

  it('kwitansiRupiah throws RangeError for a fraction', () => {
    expect(() => kwitansiRupiah(1.5)).toThrow(RangeError)
  })
})
