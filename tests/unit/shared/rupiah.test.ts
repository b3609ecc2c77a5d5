import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatAmount,
  formatNumberId,
  formatRupiah,
  parseRupiah,
  type FormatRupiahOptions
} from '../../../shared/money/rupiah'

const MAX = Number.MAX_SAFE_INTEGER

describe('formatRupiah', () => {
  it.each<[number | bigint, string]>([
    [0, 'Rp0'],
    [-0, 'Rp0'],
    [1, 'Rp1'],
    [12, 'Rp12'],
    [999, 'Rp999'],
    [1000, 'Rp1.000'],
    [1500, 'Rp1.500'],
    [12500, 'Rp12.500'],
    [100000, 'Rp100.000'],
    [500000, 'Rp500.000'],
    [1234567, 'Rp1.234.567'],
    [1249275, 'Rp1.249.275'],
    [1000000000, 'Rp1.000.000.000'],
    [MAX, 'Rp9.007.199.254.740.991'],
    [-1, '-Rp1'],
    [-1500, '-Rp1.500'],
    [-1234567, '-Rp1.234.567'],
    [-MAX, '-Rp9.007.199.254.740.991'],
    [0n, 'Rp0'],
    [1234567n, 'Rp1.234.567'],
    [-1500n, '-Rp1.500'],
    [9007199254740993n, 'Rp9.007.199.254.740.993'],
    [10n ** 30n, 'Rp1.000.000.000.000.000.000.000.000.000.000'],
    [-123456789012345678901234567890n, '-Rp123.456.789.012.345.678.901.234.567.890']
  ])('formatRupiah(%s) = %s', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected)
  })

  it.each<[number | bigint, FormatRupiahOptions, string]>([
    [1500, { negativeStyle: 'minus' }, 'Rp1.500'],
    [-1500, { negativeStyle: 'minus' }, '-Rp1.500'],
    [1500, { negativeStyle: 'parentheses' }, '1.500'],
    [-1500, { negativeStyle: 'parentheses' }, '(1.500)'],
    [0, { negativeStyle: 'parentheses' }, '0'],
    [-1500, { negativeStyle: 'parentheses', withSymbol: true }, '(Rp1.500)'],
    [1500, { negativeStyle: 'parentheses', withSymbol: true }, 'Rp1.500'],
    [-1500, { negativeStyle: 'parentheses', withSymbol: false }, '(1.500)'],
    [1500, { withSymbol: false }, '1.500'],
    [-1500, { withSymbol: false }, '-1.500'],
    [1500, { withSymbol: true }, 'Rp1.500'],
    [500000, { decimals: 2 }, 'Rp500.000,00'],
    [0, { decimals: 2 }, 'Rp0,00'],
    [1234567, { decimals: 0 }, 'Rp1.234.567'],
    [-1500, { decimals: 2 }, '-Rp1.500,00'],
    [-267850, { negativeStyle: 'parentheses', decimals: 2 }, '(267.850,00)'],
    [-267850, { negativeStyle: 'parentheses', decimals: 2, withSymbol: true }, '(Rp267.850,00)'],
    [1234567n, { withSymbol: false, decimals: 2 }, '1.234.567,00']
  ])('formatRupiah(%s, %j) = %s', (amount, opts, expected) => {
    expect(formatRupiah(amount, opts)).toBe(expected)
  })

  it.each([
    ['1.5', 1.5],
    ['0.1', 0.1],
    ['-0.5', -0.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['MAX_SAFE_INTEGER + 1', MAX + 1],
    ['-(MAX_SAFE_INTEGER + 1)', -(MAX + 1)],
    ['1e21', 1e21]
  ])('throws RangeError for %s', (_label, amount) => {
    expect(() => formatRupiah(amount)).toThrow(RangeError)
  })

  it('throws RangeError for an unsupported decimals option', () => {
    expect(() => formatRupiah(1, { decimals: 1 as 0 })).toThrow(RangeError)
  })

  it('never contains a space or NBSP (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.bigInt()),
        fc.boolean(),
        fc.constantFrom('minus' as const, 'parentheses' as const),
        fc.constantFrom(0 as const, 2 as const),
        (amount, withSymbol, negativeStyle, decimals) => {
          for (const out of [
            formatRupiah(amount),
            formatRupiah(amount, { withSymbol, negativeStyle, decimals }),
            formatAmount(amount),
            formatNumberId(amount)
          ]) {
            expect(out).not.toMatch(/\s/)
            expect(out).not.toContain('\u00a0')
            expect(out).not.toContain('\u202f')
            expect(out).not.toContain(' ')
          }
        }
      )
    )
  })
})

describe('formatAmount', () => {
  it.each<[number | bigint, string]>([
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [-1, '(1)'],
    [999, '999'],
    [1234567, '1.234.567'],
    [-267850, '(267.850)'],
    [MAX, '9.007.199.254.740.991'],
    [-MAX, '(9.007.199.254.740.991)'],
    [1000n, '1.000'],
    [-1000000n, '(1.000.000)']
  ])('formatAmount(%s) = %s', (amount, expected) => {
    expect(formatAmount(amount)).toBe(expected)
  })

  it('throws RangeError for a fraction', () => {
    expect(() => formatAmount(267850.5)).toThrow(RangeError)
  })
})

describe('formatNumberId', () => {
  it.each<[number | bigint, string]>([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [12345, '12.345'],
    [1234567, '1.234.567'],
    [-1234, '-1.234'],
    [123456789n, '123.456.789']
  ])('formatNumberId(%s) = %s', (n, expected) => {
    expect(formatNumberId(n)).toBe(expected)
  })

  it('throws RangeError for a fraction', () => {
    expect(() => formatNumberId(2.5)).toThrow(RangeError)
  })
})

describe('parseRupiah', () => {
  it.each<[string, number]>([
    ['Rp1.234.567', 1234567],
    ['1.234.567', 1234567],
    ['1234567', 1234567],
    ['Rp 1.234.567', 1234567],
    ['rp1.234.567,00', 1234567],
    ['RP1.234.567', 1234567],
    ['Rp. 1.234.567', 1234567],
    ['1.234.567,-', 1234567],
    ['Rp1.234.567,-', 1234567],
    ['1234567,00', 1234567],
    ['1.234,0', 1234],
    [' 12.500 ', 12500],
    ['\u00a0Rp\u00a012.500\u00a0', 12500],
    ['1.500', 1500],
    ['999', 999],
    ['1.000.000', 1000000],
    ['0', 0],
    ['Rp0', 0],
    ['(1.500)', -1500],
    ['( 1.500 )', -1500],
    ['(Rp1.500)', -1500],
    ['-1.500', -1500],
    ['- 1.500', -1500],
    ['-Rp1.500', -1500],
    ['Rp-1.500', -1500],
    ['-Rp1.500,00', -1500],
    ['9.007.199.254.740.991', MAX],
    ['-9007199254740991', -MAX]
  ])('parseRupiah(%j) = %d', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value })
  })

  it('parses "-0" as +0, not -0', () => {
    const result = parseRupiah('-0')
    expect(result.ok).toBe(true)
    expect(result.ok && Object.is(result.value, 0)).toBe(true)
  })

  const REQUIRED = 'Jumlah wajib diisi'
  const INVALID = 'Format angka tidak valid'
  const SEN = 'Jumlah harus dalam rupiah penuh (tanpa sen)'
  const TOO_LARGE = 'Jumlah terlalu besar'

  it.each<[string, string]>([
    ['', REQUIRED],
    ['   ', REQUIRED],
    ['Rp', REQUIRED],
    ['Rp ', REQUIRED],
    ['1.234,50', SEN],
    ['1.234,5', SEN],
    ['Rp1.500,01', SEN],
    ['1,5', SEN],
    ['1.23.4', INVALID],
    ['1.2345', INVALID],
    ['12.34', INVALID],
    ['1234.567', INVALID],
    ['0.500', INVALID],
    ['.500', INVALID],
    ['1.500.', INVALID],
    ['1,234,567', INVALID],
    ['1,234', INVALID],
    ['1,234.56', INVALID],
    ['1.234,567', INVALID],
    ['1 234 567', INVALID],
    ['1,5 juta', INVALID],
    ['1.500 juta', INVALID],
    ['abc', INVALID],
    ['12a', INVALID],
    ['-', INVALID],
    ['()', INVALID],
    ['--1.500', INVALID],
    ['(-1.500)', INVALID],
    ['1.500,00,-', INVALID],
    ['9.007.199.254.740.992', TOO_LARGE],
    ['-9007199254740992', TOO_LARGE],
    ['(9.007.199.254.740.992)', TOO_LARGE],
    ['99999999999999999999', TOO_LARGE]
  ])('parseRupiah(%j) fails with %j', (text, message) => {
    expect(parseRupiah(text)).toEqual({ ok: false, message })
  })

  it('round-trips formatRupiah output for every safe integer (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const expected = { ok: true, value: n === 0 ? 0 : n }
        expect(parseRupiah(formatRupiah(n))).toEqual(expected)
        expect(parseRupiah(formatRupiah(n, { decimals: 2 }))).toEqual(expected)
        expect(parseRupiah(formatRupiah(n, { negativeStyle: 'parentheses' }))).toEqual(expected)
        expect(parseRupiah(formatRupiah(n, { negativeStyle: 'parentheses', withSymbol: true }))).toEqual(expected)
        expect(parseRupiah(formatAmount(n))).toEqual(expected)
        expect(parseRupiah(formatNumberId(n))).toEqual(expected)
        expect(parseRupiah(String(n))).toEqual(expected)
      }),
      { numRuns: 1000 }
    )
  })

  it('round-trips small amounts too (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(parseRupiah(formatRupiah(n))).toEqual({ ok: true, value: n === 0 ? 0 : n })
      })
    )
  })
})
