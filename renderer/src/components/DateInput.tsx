import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react'
import { formatDateLong, parseDateId, TIME_ZONE_ABBREVIATIONS } from '../../../shared/dates/format'
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

/**
 * A date typed the Indonesian way: `31/12/2025`, `31-12-2025`, `31 Des 2025`, `2025-12-31`.
 * Shown back as `31 Desember 2025`; never month-first.
 */
export function DateInput({ value, onChange, onValidityChange, inputRef, onBlur, className, ...input }: DateInputProps) {
  const [text, setText] = useState(() => display(value))
  const [invalid, setInvalid] = useState(false)
  const emitted = useRef(value)

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

  return (
    <input
      {...input}
      ref={inputRef}
      className={`input date-input${className ? ` ${className}` : ''}`}
      type="text"
      autoComplete="off"
      placeholder={input.placeholder ?? t.date.placeholder}
      value={text}
      aria-invalid={invalid ? true : input['aria-invalid']}
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

export function DateField({ label, error, hint, required, optional, className, term, value, onChange, inputRef, autoFocus, posting }: DateFieldProps) {
  const [invalid, setInvalid] = useState(false)
  const future = posting === true && isAfterToday(value)
  return (
    <Field
      label={label}
      error={error ?? (invalid ? t.errors.dateInvalid : undefined)}
      hint={future ? <span className="field__warning" data-testid="future-date-warning">{t.date.future(formatDateLong(today()), TIME_ZONE_ABBREVIATIONS[appTimeZone()])}</span> : (hint ?? t.date.hint)}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <DateInput {...control} value={value} onChange={onChange} onValidityChange={setInvalid} inputRef={inputRef} autoFocus={autoFocus} />
      )}
    </Field>
  )
}
