import { describe, expect, it } from 'vitest'
import {
  addMonthsToMonth,
  completedYears,
  dayBefore,
  daysBetween,
  monthRange,
  monthsBetween,
  nextMonth,
  addDays,
  addMonths,
  lastDayOfMonth
} from '../../../shared/dates/calendar'

// Expected values worked out by hand from the Gregorian calendar.
describe('calendar arithmetic', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2025-12', 1, '2026-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -14, '2025-01'],
    ['2026-03', 24, '2028-03'],
    ['2026-05', 0, '2026-05'],
    ['2026-05-31', 1, '2026-06']
  ])('addMonthsToMonth(%s, %d) = %s', (m, n, expected) => {
    expect(addMonthsToMonth(m, n)).toBe(expected)
  })

  it.each([
    ['2026-01', '2026-02'],
    ['2026-11', '2026-12'],
    ['2026-12', '2027-01'],
    ['2099-12', '2100-01']
  ])('nextMonth(%s) = %s', (m, expected) => {
    expect(nextMonth(m)).toBe(expected)
  })

  it.each([
    ['2026-01', '2026-03', 2],
    ['2026-03', '2026-01', -2],
    ['2025-11', '2026-02', 3],
    ['2024-02', '2024-02', 0],
    ['2020-01', '2026-01', 72]
  ])('monthsBetween(%s, %s) = %d', (a, b, expected) => {
    expect(monthsBetween(a, b)).toBe(expected)
  })

  it('monthRange lists both ends and crosses the year; empty when last < first', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthRange('2026-04', '2026-04')).toEqual(['2026-04'])
    expect(monthRange('2026-04', '2026-03')).toEqual([])
    expect(monthRange('2026-04', '2025-03')).toEqual([])
  })

  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2025-12-31', '2026-01-01', 1],
    ['2024-02-28', '2024-03-01', 2], // 2024 is a leap year
    ['2100-02-28', '2100-03-01', 1], // 2100 is not (divisible by 100, not by 400)
    ['2000-02-28', '2000-03-01', 2], // 2000 is (divisible by 400)
    ['2026-03-10', '2026-03-01', -9],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365]
  ])('daysBetween(%s, %s) = %d', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected)
  })

  it.each([
    ['2026-01-01', '2025-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2100-03-01', '2100-02-28'],
    ['2026-05-01', '2026-04-30'],
    ['2026-05-15', '2026-05-14']
  ])('dayBefore(%s) = %s', (d, expected) => {
    expect(dayBefore(d)).toBe(expected)
  })

  it.each([
    ['2024-02', '2024-02-29'],
    ['2100-02', '2100-02-28'],
    ['2000-02', '2000-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
    ['2026-06-15', '2026-06-30']
  ])('lastDayOfMonth(%s) = %s', (m, expected) => {
    expect(lastDayOfMonth(m)).toBe(expected)
  })

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2024-02-29', 12, '2025-02-28']
  ])('addMonths(%s, %d) = %s (clamped to the month end)', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected)
  })

  it('addDays crosses month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })
})

describe('completedYears (an age)', () => {
  it.each([
    ['2000-06-15', '2026-06-14', 25],
    ['2000-06-15', '2026-06-15', 26],
    ['2008-02-29', '2026-02-28', 17], // born on 29 February: the birthday counts from 1 March
    ['2008-02-29', '2026-03-01', 18],
    ['2025-12-31', '2026-01-01', 0],
    ['1990-01-01', '2025-12-31', 35]
  ])('completedYears(%s, %s) = %d', (a, b, expected) => {
    expect(completedYears(a, b)).toBe(expected)
  })
})
