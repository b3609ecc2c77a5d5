import { useCallback, useEffect, useRef, useState, type InputHTMLAttributes, type Ref, type RefObject } from 'react'
import { formatDateLong, formatMonth, parseDateId, parseMonthId, TIME_ZONE_ABBREVIATIONS } from '../lib/dateText'
import { CalendarGrid, MonthGrid } from './Calendar'
import { appTimeZone, isAfterToday, today } from '../lib/dates'
import { t } from '../i18n'
import { Field, type FieldProps } from './Field'

type BaseInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'children'>

export interface DateInputProps extends BaseInputProps {
  /** ISO date (`2026-01-31`) or '' when empty or not (yet) a date. */
  value: string
  onChange: (iso: string) => void
  /** Reports whether the text typed is unreadable (so forms can refuse it). */
  onValidityChange?: (invalid: boolean) => void
  inputRef?: Ref<HTMLInputElement>
}

function display(iso: string): string {
  return iso ? formatDateLong(iso) : ''
}

/** Closes a popup when a pointer goes down outside `wrap`. */
function useOutsideClose(open: boolean, wrap: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent | MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) close()
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open, wrap, close])
}

function assignRef<T>(ref: Ref<T> | undefined, el: T | null) {
  if (typeof ref === 'function') ref(el)
  else if (ref) (ref as { current: T | null }).current = el
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

/**
 * A date typed the Indonesian way: `31/12/2025`, `31-12-2025`, `31 Des 2025`, `2025-12-31`, or
 * picked from a calendar in Bahasa Indonesia (the button beside the field, or Alt+↓). Shown back as
 * `31 Desember 2025`; never month-first. The value stays an ISO date.
 */
export function DateInput({
  value,
  onChange,
  onValidityChange,
  inputRef,
  onBlur,
  onKeyDown,
  className,
  ...input
}: DateInputProps) {
  const [text, setText] = useState(() => display(value))
  const [invalid, setInvalid] = useState(false)
  const [open, setOpen] = useState(false)
  const emitted = useRef(value)
  const own = useRef<HTMLInputElement | null>(null)
  const wrap = useRef<HTMLSpanElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useOutsideClose(open, wrap, close)

  // A new value from outside (form reset, defaults) replaces what is typed.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value
      setText(display(value))
      setInvalid(false)
      onValidityChange?.(false)
    }
  }, [value, onValidityChange])

  const emit = (iso: string) => {
    emitted.current = iso
    if (iso !== value) onChange(iso)
  }
  const pick = (iso: string) => {
    setText(formatDateLong(iso))
    emit(iso)
    setInvalid(false)
    onValidityChange?.(false)
    setOpen(false)
    own.current?.focus()
  }

  return (
    <span className="date-input-wrap" ref={wrap}>
      <input
        {...input}
        ref={(el) => {
          own.current = el
          assignRef(inputRef, el)
        }}
        className={`input date-input${className ? ` ${className}` : ''}`}
        type="text"
        autoComplete="off"
        placeholder={input.placeholder ?? t.date.placeholder}
        value={text}
        aria-invalid={invalid ? true : input['aria-invalid']}
        onKeyDown={(e) => {
          if (e.altKey && e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
          } else if (e.key === 'Escape' && open) {
            e.preventDefault()
            setOpen(false)
          }
          onKeyDown?.(e)
        }}
        onChange={(e) => {
          const next = e.target.value
          setText(next)
          const iso = parseDateId(next)
          emit(iso ?? '')
          if (invalid && (iso || next.trim() === '')) {
            setInvalid(false)
            onValidityChange?.(false)
          }
        }}
        onBlur={(e) => {
          const iso = parseDateId(text)
          if (iso) {
            setText(formatDateLong(iso))
            emit(iso)
          }
          const bad = text.trim() !== '' && !iso
          setInvalid(bad)
          onValidityChange?.(bad)
          onBlur?.(e)
        }}
      />
      <button
        type="button"
        className="date-input__toggle"
        aria-label={t.date.openCalendar}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={input.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <CalendarIcon />
      </button>
      {open && (
        <CalendarGrid
          value={value}
          today={today()}
          onPick={pick}
          onClose={() => {
            setOpen(false)
            own.current?.focus()
          }}
        />
      )}
    </span>
  )
}

export interface MonthInputProps extends BaseInputProps {
  /** 'YYYY-MM' or '' when empty or not (yet) a month. */
  value: string
  onChange: (month: string) => void
  onValidityChange?: (invalid: boolean) => void
}

/**
 * A month typed the Indonesian way (`02/2026`, `Feb 2026`, `Februari 2026`) or picked from twelve
 * months in Bahasa Indonesia. Shown back as `Februari 2026`; the value stays 'YYYY-MM'.
 */
export function MonthInput({ value, onChange, onValidityChange, onBlur, className, ...input }: MonthInputProps) {
  const [text, setText] = useState(() => (value ? formatMonth(value) : ''))
  const [invalid, setInvalid] = useState(false)
  const [open, setOpen] = useState(false)
  const emitted = useRef(value)
  const own = useRef<HTMLInputElement | null>(null)
  const wrap = useRef<HTMLSpanElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useOutsideClose(open, wrap, close)

  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value
      setText(value ? formatMonth(value) : '')
      setInvalid(false)
      onValidityChange?.(false)
    }
  }, [value, onValidityChange])
  const emit = (m: string) => {
    emitted.current = m
    if (m !== value) onChange(m)
  }
  return (
    <span className="date-input-wrap" ref={wrap}>
      <input
        {...input}
        ref={own}
        className={`input date-input${className ? ` ${className}` : ''}`}
        type="text"
        autoComplete="off"
        placeholder={input.placeholder ?? t.date.monthPlaceholder}
        value={text}
        aria-invalid={invalid ? true : input['aria-invalid']}
        onKeyDown={(e) => {
          if (e.altKey && e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
          }
        }}
        onChange={(e) => {
          setText(e.target.value)
          const m = parseMonthId(e.target.value)
          emit(m ?? '')
          if (invalid && (m || e.target.value.trim() === '')) {
            setInvalid(false)
            onValidityChange?.(false)
          }
        }}
        onBlur={(e) => {
          const m = parseMonthId(text)
          if (m) setText(formatMonth(m))
          const bad = text.trim() !== '' && !m
          setInvalid(bad)
          onValidityChange?.(bad)
          onBlur?.(e)
        }}
      />
      <button
        type="button"
        className="date-input__toggle"
        aria-label={t.date.openMonthPicker}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={input.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <CalendarIcon />
      </button>
      {open && (
        <MonthGrid
          value={value}
          current={today().slice(0, 7)}
          onPick={(m) => {
            setText(formatMonth(m))
            emit(m)
            setInvalid(false)
            onValidityChange?.(false)
            setOpen(false)
            own.current?.focus()
          }}
          onClose={() => {
            setOpen(false)
            own.current?.focus()
          }}
        />
      )}
    </span>
  )
}

type MonthFieldProps = Omit<FieldProps, 'children'> & {
  value: string
  onChange: (month: string) => void
  autoFocus?: boolean
  disabled?: boolean
}

export function MonthField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  autoFocus,
  disabled
}: MonthFieldProps) {
  const [invalid, setInvalid] = useState(false)
  return (
    <Field
      label={label}
      error={error ?? (invalid ? t.errors.monthInvalid : undefined)}
      hint={hint ?? t.date.monthHint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <MonthInput
          {...control}
          value={value}
          onChange={onChange}
          onValidityChange={setInvalid}
          autoFocus={autoFocus}
          disabled={disabled}
        />
      )}
    </Field>
  )
}

type DateFieldProps = Omit<FieldProps, 'children'> & {
  value: string
  onChange: (iso: string) => void
  inputRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
  /** The date a posting is booked on: a date after today (cooperative's zone) is flagged, and saving asks first. */
  posting?: boolean
}

export function DateField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  inputRef,
  autoFocus,
  posting
}: DateFieldProps) {
  const [invalid, setInvalid] = useState(false)
  const future = posting === true && isAfterToday(value)
  return (
    <Field
      label={label}
      error={error ?? (invalid ? t.errors.dateInvalid : undefined)}
      hint={
        future ? (
          <span className="field__warning" data-testid="future-date-warning">
            {t.date.future(formatDateLong(today()), TIME_ZONE_ABBREVIATIONS[appTimeZone()])}
          </span>
        ) : (
          (hint ?? t.date.hint)
        )
      }
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <DateInput
          {...control}
          value={value}
          onChange={onChange}
          onValidityChange={setInvalid}
          inputRef={inputRef}
          autoFocus={autoFocus}
        />
      )}
    </Field>
  )
}
