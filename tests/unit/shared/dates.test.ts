import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DAYS_ID,
  MONTHS_ID,
  MONTHS_SHORT_ID,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatDateWithDay,
  formatMonth,
  parseDateId
} from '../../../shared/dates/format'
import {
  addDays,
  firstDayOfMonth,
  isValidIsoDate,
  lastDayOfMonth,
  monthOf,
  todayIso,
  type IndonesianTimeZone
} from '../../../shared/dates/calendar'

const isoDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('constants', () => {
  it('MONTHS_ID', () => {
    expect(MONTHS_ID).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember'
    ])
  })

  it('MONTHS_SHORT_ID', () => {
    expect(MONTHS_SHORT_ID).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agu',
      'Sep',
      'Okt',
      'Nov',
      'Des'
    ])
  })

  it('DAYS_ID follows Date#getDay order (Minggu = 0)', () => {
    expect(DAYS_ID).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'])
    // 2026-03-01 is a Sunday.
    expect(DAYS_ID[new Date(Date.UTC(2026, 2, 1)).getUTCDay()]).toBe('Minggu')
  })
})

describe('isValidIsoDate', () => {
  it.each([
    '2025-12-31',
    '2024-02-29',
    '2000-02-29',
    '2025-01-31',
    '2025-04-30',
    '2025-02-28',
    '1900-01-01',
    '2199-12-31'
  ])('%s is valid', (s) => {
    expect(isValidIsoDate(s)).toBe(true)
  })

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-06-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '2025-1-01',
    '2025-01-1',
    '25-01-01',
    '2025/01/01',
    '31/12/2025',
    '1899-12-31',
    '2200-01-01',
    '2025-12-31T00:00:00Z',
    ' 2025-12-31',
    '2025-12-31 ',
    '2025-12-3a',
    '+02025-12-31',
    ''
  ])('%j is invalid', (s) => {
    expect(isValidIsoDate(s)).toBe(false)
  })
})

describe('formatDateLong / formatDateWithDay / formatDateShort', () => {
  it.each<[string, string]>([
    ['2025-12-31', '31 Desember 2025'],
    ['2026-01-01', '1 Januari 2026'],
    ['2026-02-15', '15 Februari 2026'],
    ['2026-03-15', '15 Maret 2026'],
    ['2026-04-15', '15 April 2026'],
    ['2026-05-15', '15 Mei 2026'],
    ['2026-06-15', '15 Juni 2026'],
    ['2026-07-15', '15 Juli 2026'],
    ['2026-08-15', '15 Agustus 2026'],
    ['2026-09-15', '15 September 2026'],
    ['2026-10-15', '15 Oktober 2026'],
    ['2026-11-15', '15 November 2026'],
    ['2026-12-15', '15 Desember 2026'],
    ['2024-02-29', '29 Februari 2024'],
    ['1945-08-17', '17 Agustus 1945']
  ])('formatDateLong(%s) = %j', (iso, expected) => {
    expect(formatDateLong(iso)).toBe(expected)
  })

  it.each<[string, string]>([
    ['2025-12-28', 'Minggu, 28 Desember 2025'],
    ['2025-12-29', 'Senin, 29 Desember 2025'],
    ['2025-12-30', 'Selasa, 30 Desember 2025'],
    ['2025-12-31', 'Rabu, 31 Desember 2025'],
    ['2026-01-01', 'Kamis, 1 Januari 2026'],
    ['2026-01-02', 'Jumat, 2 Januari 2026'],
    ['2026-01-03', 'Sabtu, 3 Januari 2026'],
    ['2026-03-01', 'Minggu, 1 Maret 2026'],
    ['2024-02-29', 'Kamis, 29 Februari 2024'],
    ['2000-01-01', 'Sabtu, 1 Januari 2000'],
    ['1945-08-17', 'Jumat, 17 Agustus 1945']
  ])('formatDateWithDay(%s) = %j', (iso, expected) => {
    expect(formatDateWithDay(iso)).toBe(expected)
  })

  it.each<[string, string]>([
    ['2025-12-31', '31/12/2025'],
    ['2026-01-05', '05/01/2026'],
    ['2024-02-29', '29/02/2024'],
    ['1900-01-01', '01/01/1900']
  ])('formatDateShort(%s) = %j', (iso, expected) => {
    expect(formatDateShort(iso)).toBe(expected)
  })

  it.each(['2025-02-29', '31/12/2025', '2025-12-31T00:00:00Z', ''])('throw RangeError for %j', (iso) => {
    expect(() => formatDateLong(iso)).toThrow(RangeError)
    expect(() => formatDateWithDay(iso)).toThrow(RangeError)
    expect(() => formatDateShort(iso)).toThrow(RangeError)
  })
})

describe('formatMonth', () => {
  it.each<[string, string]>([
    ['2026-03', 'Maret 2026'],
    ['2026-01', 'Januari 2026'],
    ['2025-12', 'Desember 2025'],
    ['2026-03-15', 'Maret 2026']
  ])('formatMonth(%s) = %j', (ym, expected) => {
    expect(formatMonth(ym)).toBe(expected)
  })

  it.each(['2026-13', '2026-00', '2026-3', 'Maret 2026', '2026-02-30', ''])('throws RangeError for %j', (ym) => {
    expect(() => formatMonth(ym)).toThrow(RangeError)
  })
})

describe('formatDateTime', () => {
  it.each<[string, IndonesianTimeZone | undefined, string]>([
    ['2025-12-31T07:05:00Z', undefined, '31 Desember 2025 14.05'],
    ['2025-12-31T07:05:00Z', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31T07:05:00.000Z', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31T07:05:59.999Z', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31 07:05:00', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31T07:05', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31T14:05:00+07:00', 'Asia/Jakarta', '31 Desember 2025 14.05'],
    ['2025-12-31T07:05:00Z', 'Asia/Makassar', '31 Desember 2025 15.05'],
    ['2025-12-31T07:05:00Z', 'Asia/Jayapura', '31 Desember 2025 16.05'],
    ['2025-12-31T01:02:00Z', 'Asia/Jakarta', '31 Desember 2025 08.02'],
    ['2025-12-31T16:59:59Z', 'Asia/Jakarta', '31 Desember 2025 23.59'],
    ['2025-12-31T17:00:00Z', 'Asia/Jakarta', '1 Januari 2026 00.00'],
    ['2025-12-31T15:30:00Z', 'Asia/Jakarta', '31 Desember 2025 22.30'],
    ['2025-12-31T15:30:00Z', 'Asia/Makassar', '31 Desember 2025 23.30'],
    ['2025-12-31T15:30:00Z', 'Asia/Jayapura', '1 Januari 2026 00.30'],
    ['2024-02-28T20:30:00Z', 'Asia/Jakarta', '29 Februari 2024 03.30'],
    ['2025-02-28T20:30:00Z', 'Asia/Jakarta', '1 Maret 2025 03.30'],
    ['2026-01-01T01:00:00+09:00', 'Asia/Jakarta', '31 Desember 2025 23.00'],
    ['2025-12-30T20:00:00-05:00', 'Asia/Jakarta', '31 Desember 2025 08.00']
  ])('formatDateTime(%j, %s) = %j', (ts, tz, expected) => {
    expect(tz === undefined ? formatDateTime(ts) : formatDateTime(ts, tz)).toBe(expected)
  })

  it('accepts a Date', () => {
    expect(formatDateTime(new Date(Date.UTC(2025, 11, 31, 7, 5)))).toBe('31 Desember 2025 14.05')
  })

  it.each(['not a date', '2025-12-31', '2025-02-29T00:00:00Z', '2025-12-31T24:00:00Z', '2025-12-31T07:60:00Z', ''])(
    'throws RangeError for %j',
    (ts) => {
      expect(() => formatDateTime(ts)).toThrow(RangeError)
    }
  )

  it('throws RangeError for an unsupported time zone', () => {
    expect(() => formatDateTime('2025-12-31T07:05:00Z', 'Europe/London' as IndonesianTimeZone)).toThrow(RangeError)
  })
})

describe('date arithmetic', () => {
  it.each<[string, number, string]>([
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-31', 30, '2025-03-02'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-03-30', 1, '2025-03-31'],
    ['2025-10-26', 1, '2025-10-27'],
    ['2025-06-15', 0, '2025-06-15'],
    ['1900-02-28', 1, '1900-03-01']
  ])('addDays(%s, %d) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected)
  })

  it('addDays rejects fractions, invalid dates and results outside 1900–2199', () => {
    expect(() => addDays('2025-12-31', 0.5)).toThrow(RangeError)
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError)
    expect(() => addDays('2199-12-31', 1)).toThrow(RangeError)
    expect(() => addDays('1900-01-01', -1)).toThrow(RangeError)
  })

  it('addDays(d, n) then addDays(-n) returns d (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -10_000, max: 10_000 }),
        (d, n) => {
          const iso = d.toISOString().slice(0, 10)
          expect(addDays(addDays(iso, n), -n)).toBe(iso)
        }
      )
    )
  })

  it.each<[string, string]>([
    ['2026-02', '2026-02-28'],
    ['2024-02', '2024-02-29'],
    ['2000-02', '2000-02-29'],
    ['1900-02', '1900-02-28'],
    ['2100-02', '2100-02-28'],
    ['2025-01', '2025-01-31'],
    ['2025-04', '2025-04-30'],
    ['2025-06', '2025-06-30'],
    ['2025-09', '2025-09-30'],
    ['2025-11', '2025-11-30'],
    ['2025-12', '2025-12-31'],
    ['2026-02-10', '2026-02-28']
  ])('lastDayOfMonth(%s) = %s', (ym, expected) => {
    expect(lastDayOfMonth(ym)).toBe(expected)
  })

  it.each<[string, string]>([
    ['2026-02', '2026-02-01'],
    ['2025-12-31', '2025-12-01'],
    ['1900-01', '1900-01-01']
  ])('firstDayOfMonth(%s) = %s', (ym, expected) => {
    expect(firstDayOfMonth(ym)).toBe(expected)
  })

  it.each<[string, string]>([
    ['2025-12-31', '2025-12'],
    ['2026-01-01', '2026-01'],
    ['2024-02-29', '2024-02']
  ])('monthOf(%s) = %s', (iso, expected) => {
    expect(monthOf(iso)).toBe(expected)
  })

  it('month helpers reject malformed input', () => {
    expect(() => monthOf('2025-13-01')).toThrow(RangeError)
    expect(() => monthOf('2025-12')).toThrow(RangeError)
    expect(() => lastDayOfMonth('2026-13')).toThrow(RangeError)
    expect(() => firstDayOfMonth('Februari 2026')).toThrow(RangeError)
  })
})

describe('todayIso', () => {
  it.each<[string, IndonesianTimeZone, string]>([
    ['2025-12-31T16:59:59Z', 'Asia/Jakarta', '2025-12-31'],
    ['2025-12-31T17:00:00Z', 'Asia/Jakarta', '2026-01-01'],
    ['2025-12-31T15:00:00Z', 'Asia/Jakarta', '2025-12-31'],
    ['2025-12-31T16:00:00Z', 'Asia/Makassar', '2026-01-01'],
    ['2025-12-31T15:59:59Z', 'Asia/Makassar', '2025-12-31'],
    ['2025-12-31T15:00:00Z', 'Asia/Jayapura', '2026-01-01'],
    ['2025-12-31T14:59:59Z', 'Asia/Jayapura', '2025-12-31'],
    ['2024-02-28T17:00:00Z', 'Asia/Jakarta', '2024-02-29']
  ])('todayIso at %s in %s = %s', (now, tz, expected) => {
    expect(todayIso(tz, new Date(now))).toBe(expected)
  })

  it('defaults to Asia/Jakarta and the current time', () => {
    expect(todayIso(undefined, new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01')
    expect(isValidIsoDate(todayIso())).toBe(true)
  })
})

describe('host time zone independence', () => {
  const originalTz = process.env['TZ']
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ']
    else process.env['TZ'] = originalTz
  })

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London', 'UTC'])('same results with TZ=%s', (tz) => {
    process.env['TZ'] = tz
    expect(formatDateWithDay('2025-12-31')).toBe('Rabu, 31 Desember 2025')
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31')
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03')
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
    expect(formatDateTime('2025-12-31 07:05:00')).toBe('31 Desember 2025 14.05')
    expect(todayIso('Asia/Jakarta', new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01')
    expect(parseDateId('31/12/2025')).toBe('2025-12-31')
  })
})

describe('parseDateId', () => {
  it.each<[string, string]>([
    ['31/12/2025', '2025-12-31'],
    ['31-12-2025', '2025-12-31'],
    ['2025-12-31', '2025-12-31'],
    ['31 Desember 2025', '2025-12-31'],
    ['31 desember 2025', '2025-12-31'],
    ['31 DESEMBER 2025', '2025-12-31'],
    ['  31   Desember   2025  ', '2025-12-31'],
    ['31 Des 2025', '2025-12-31'],
    ['31 des 2025', '2025-12-31'],
    ['1/2/2025', '2025-02-01'],
    ['01/02/2025', '2025-02-01'],
    ['1-2-2025', '2025-02-01'],
    ['1 Jan 2026', '2026-01-01'],
    ['28 Feb 2026', '2026-02-28'],
    ['1 Mar 2026', '2026-03-01'],
    ['1 Apr 2026', '2026-04-01'],
    ['1 Mei 2026', '2026-05-01'],
    ['1 Jun 2026', '2026-06-01'],
    ['1 Jul 2026', '2026-07-01'],
    ['17 Agu 2025', '2025-08-17'],
    ['17 Agt 2025', '2025-08-17'],
    ['17 Agustus 2025', '2025-08-17'],
    ['1 Sep 2026', '2026-09-01'],
    ['1 Okt 2026', '2026-10-01'],
    ['1 Nov 2026', '2026-11-01'],
    ['29 Februari 2024', '2024-02-29'],
    ['10 Nopember 1945', '1945-11-10'],
    ['Rabu, 31 Desember 2025', '2025-12-31'],
    ['rabu, 31 des 2025', '2025-12-31']
  ])('parseDateId(%j) = %s', (text, expected) => {
    expect(parseDateId(text)).toBe(expected)
  })

  it.each([
    '',
    '   ',
    'abc',
    '31/12/25',
    '12/31/2025',
    '29/02/2025',
    '2025-02-29',
    '32/01/2025',
    '31/12-2025',
    '2025/12/31',
    '31 Desember',
    'Desember 2025',
    '31 Dec 2025',
    '31 Foo 2025',
    '31/12/1899',
    '1 Januari 2200',
    'Kamis, 31 Desember 2025',
    'Funday, 31 Desember 2025'
  ])('parseDateId(%j) = null', (text) => {
    expect(parseDateId(text)).toBeNull()
  })

  it('round-trips formatDateLong, formatDateWithDay, formatDateShort and ISO (property)', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        expect(parseDateId(formatDateLong(iso))).toBe(iso)
        expect(parseDateId(formatDateWithDay(iso))).toBe(iso)
        expect(parseDateId(formatDateShort(iso))).toBe(iso)
        expect(parseDateId(iso)).toBe(iso)
        expect(isValidIsoDate(iso)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})
