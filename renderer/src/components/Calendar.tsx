import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  dayOfWeek,
  firstDayOfMonth,
  formatDateLong,
  lastDayOfMonth
} from '../lib/dateText'
import { t } from '../i18n'

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const

/** The weeks (Senin…Minggu) that show a month, as ISO dates; days of the months around it included. */
function weeksOf(month: string): string[][] {
  const first = firstDayOfMonth(month)
  const start = addDays(first, -((dayOfWeek(first) + 6) % 7))
  const end = lastDayOfMonth(month)
  const weeks: string[][] = []
  for (let d = start; d <= end;) {
    const week: string[] = []
    for (let i = 0; i < 7; i++, d = addDays(d, 1)) week.push(d)
    weeks.push(week)
  }
  return weeks
}

/**
 * A month of days in Bahasa Indonesia, for a date field's popup. Keyboard: arrows move a day or a
 * week, PageUp/PageDown a month (with Shift a year), Home/End the week's first and last day, Enter
 * or Space chooses, Escape closes. The month and year can also be picked directly.
 */
export function CalendarGrid({
  value,
  today,
  onPick,
  onClose
}: {
  value: string
  today: string
  onPick: (iso: string) => void
  onClose: () => void
}) {
  const [focus, setFocus] = useState(value || today)
  const month = focus.slice(0, 7)
  const grid = useRef<HTMLTableElement>(null)
  // The day under the keyboard gets focus on opening and after a key moves it; picking a month or
  // typing a year leaves focus where it is.
  const moveFocus = useRef(true)

  useEffect(() => {
    if (moveFocus.current) grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${focus}"]`)?.focus()
    moveFocus.current = false
  }, [focus])

  const go = (iso: string) => {
    moveFocus.current = true
    setFocus(iso)
  }
  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const col = (dayOfWeek(focus) + 6) % 7
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focus, -1),
      ArrowRight: () => addDays(focus, 1),
      ArrowUp: () => addDays(focus, -7),
      ArrowDown: () => addDays(focus, 7),
      PageUp: () => addMonths(focus, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focus, e.shiftKey ? 12 : 1),
      Home: () => addDays(focus, -col),
      End: () => addDays(focus, 6 - col)
    }
    const move = moves[e.key]
    if (move) {
      e.preventDefault()
      try {
        go(move())
      } catch {
        // Outside the supported years: stay.
      }
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      onClose()
    }
  }
  const year = Number(month.slice(0, 4))
  const setMonthYear = (y: number, m: number) => {
    if (!Number.isInteger(y) || y < 1900 || y > 2199) return
    const target = `${y}-${String(m).padStart(2, '0')}`
    const day = Math.min(Number(focus.slice(8, 10)), Number(lastDayOfMonth(target).slice(8, 10)))
    setFocus(`${target}-${String(day).padStart(2, '0')}`)
  }

  return (
    <div
      className="calendar"
      role="dialog"
      aria-modal="false"
      aria-label={t.date.calendar}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}
    >
      <div className="calendar__head">
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          aria-label={t.date.prevMonth}
          onClick={() => setFocus(addMonths(focus, -1))}
        >
          ‹
        </button>
        <select
          className="input calendar__month"
          aria-label={t.date.month}
          value={Number(month.slice(5, 7))}
          onChange={(e) => setMonthYear(year, Number(e.target.value))}
        >
          {t.date.months.map((name, i) => (
            <option key={name} value={i + 1}>
              {name}
            </option>
          ))}
        </select>
        <input
          className="input calendar__year"
          aria-label={t.date.year}
          inputMode="numeric"
          value={year}
          onChange={(e) => setMonthYear(Number(e.target.value), Number(month.slice(5, 7)))}
        />
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          aria-label={t.date.nextMonth}
          onClick={() => setFocus(addMonths(focus, 1))}
        >
          ›
        </button>
      </div>
      <p className="sr-only" aria-live="polite">{`${t.date.months[Number(month.slice(5, 7)) - 1]} ${year}`}</p>
      <table
        ref={grid}
        className="calendar__grid"
        role="grid"
        aria-label={`${t.date.months[Number(month.slice(5, 7)) - 1]} ${year}`}
        onKeyDown={onKey}
      >
        <thead>
          <tr>
            {MONDAY_FIRST.map((d) => (
              <th key={d} scope="col" abbr={t.date.days[d]}>
                {t.date.days[d]!.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week[0]}>
              {week.map((d) => {
                const outside = d.slice(0, 7) !== month
                return (
                  <td key={d} role="gridcell" aria-selected={d === value || undefined}>
                    <button
                      type="button"
                      data-date={d}
                      tabIndex={d === focus ? 0 : -1}
                      className={`calendar__day${outside ? ' is-outside' : ''}${d === value ? ' is-selected' : ''}${d === today ? ' is-today' : ''}`}
                      aria-label={formatDateLong(d)}
                      aria-current={d === today ? 'date' : undefined}
                      onClick={() => onPick(d)}
                    >
                      {Number(d.slice(8, 10))}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="calendar__foot">
        <button type="button" className="btn btn--secondary btn--sm" onClick={() => onPick(today)}>
          {t.date.today}
        </button>
        <button type="button" className="btn btn--ghost btn--sm" onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    </div>
  )
}

/** Twelve months of a year, for a month field's popup. Arrows move, Enter chooses, Escape closes. */
export function MonthGrid({
  value,
  current,
  onPick,
  onClose
}: {
  value: string
  current: string
  onPick: (month: string) => void
  onClose: () => void
}) {
  const [focus, setFocus] = useState(value || current)
  const year = Number(focus.slice(0, 4))
  const grid = useRef<HTMLDivElement>(null)
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`button[data-month="${focus}"]`)?.focus()
  }, [focus])
  const shift = (n: number) => {
    const next = addMonthsToMonth(focus, n)
    const ny = Number(next.split('-')[0])
    if (ny < 1900 || ny > 2199) return
    setFocus(next)
  }
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -3,
      ArrowDown: 3,
      PageUp: -12,
      PageDown: 12
    }
    if (e.key in moves) {
      e.preventDefault()
      shift(moves[e.key]!)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
  }
  return (
    <div
      className="calendar calendar--months"
      role="dialog"
      aria-modal="false"
      aria-label={t.date.monthPicker}
      onKeyDown={onKey}
    >
      <div className="calendar__head">
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          aria-label={t.date.prevYear}
          onClick={() => shift(-12)}
        >
          ‹
        </button>
        <span className="calendar__title" aria-live="polite">
          {year}
        </span>
        <button type="button" className="btn btn--ghost btn--sm" aria-label={t.date.nextYear} onClick={() => shift(12)}>
          ›
        </button>
      </div>
      <div ref={grid} className="calendar__months" role="group" aria-label={String(year)}>
        {t.date.monthsShort.map((short, i) => {
          const m = `${year}-${String(i + 1).padStart(2, '0')}`
          return (
            <button
              key={m}
              type="button"
              data-month={m}
              tabIndex={m === focus ? 0 : -1}
              aria-label={`${t.date.months[i]} ${year}`}
              aria-pressed={m === value}
              className={`calendar__day${m === value ? ' is-selected' : ''}${m === current ? ' is-today' : ''}`}
              onClick={() => onPick(m)}
            >
              {short}
            </button>
          )
        })}
      </div>
    </div>
  )
}
