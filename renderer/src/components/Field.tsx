import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes
} from 'react'
import type { GlossaryId } from '../../../shared/panduan/glossary'
import { t } from '../i18n'
import { TermHelp } from './TermHelp'

export interface ControlProps {
  id: string
  'aria-invalid': boolean | undefined
  'aria-describedby': string | undefined
  'aria-required': boolean | undefined
}

export interface FieldProps {
  label: ReactNode
  error?: string | undefined
  hint?: ReactNode
  required?: boolean
  optional?: boolean
  className?: string
  /** A cooperative term the label uses: a "?" beside it opens its glossary entry. */
  term?: GlossaryId | undefined
  /** Renders the control with the wiring that ties it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode
}

/** A labelled form control with its hint and its inline error message. */
export function Field({ label, error, hint, required, optional, className, term, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      {term ? (
        <div className="field__label-row">
          <label className={`field__label${required ? ' is-required' : ''}`} htmlFor={id}>
            {label}
            {optional && <span className="field__optional"> ({t.common.optional})</span>}
          </label>
          <TermHelp term={term} />
        </div>
      ) : (
        <label className={`field__label${required ? ' is-required' : ''}`} htmlFor={id}>
          {label}
          {optional && <span className="field__optional"> ({t.common.optional})</span>}
        </label>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {hint && !error && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  )
}

type TextFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'children'> & {
    value: string
    onChange: (value: string) => void
  }

export function TextField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  ...input
}: TextFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <input
          className="input"
          type="text"
          {...input}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

type TextAreaFieldProps = Omit<FieldProps, 'children'> &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'children'> & {
    value: string
    onChange: (value: string) => void
  }

export function TextAreaField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  ...area
}: TextAreaFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <textarea
          className="input"
          rows={3}
          {...area}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

export interface SelectOption {
  value: string
  label: string
}

type SelectFieldProps = Omit<FieldProps, 'children'> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'children'> & {
    value: string
    onChange: (value: string) => void
    options: readonly SelectOption[]
    placeholder?: string
  }

export function SelectField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <select
          className="input select"
          {...select}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {placeholder !== undefined && (
            <option value="" disabled={required}>
              {placeholder}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  disabled
}: {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: ReactNode
  disabled?: boolean
}) {
  const id = useId()
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  )
}
