import { useState, type InputHTMLAttributes, type Ref } from 'react'
import { t } from '../i18n'
import { moneyFieldText, readMoney } from '../lib/money'
import { Field, type FieldProps } from './Field'

type BaseInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'children'>

export interface MoneyInputProps extends BaseInputProps {
  /** What the user typed; read it with `readMoney`. */
  value: string
  onChange: (text: string) => void
  allowNegative?: boolean
  /** An error from outside (e.g. the server); the field's own parse error shows otherwise. */
  error?: string | undefined
  inputRef?: Ref<HTMLInputElement>
  /** Show the parse message under the field (off in grids that show errors themselves). */
  showOwnError?: boolean
}

/**
 * A rupiah amount. Accepts what treasurers type (`1.250.000`, `Rp1.250.000`, `1250000`) and
 * rewrites it as `1.250.000` when the field loses focus; "Rp" stands beside the field.
 */
export function MoneyInput({
  value,
  onChange,
  allowNegative,
  error,
  inputRef,
  showOwnError = true,
  className,
  onBlur,
  ...input
}: MoneyInputProps) {
  const [touched, setTouched] = useState(false)
  const parsed = readMoney(value, { allowNegative: allowNegative ?? false })
  const ownError = touched && !parsed.ok ? parsed.message : undefined
  const shown = error ?? ownError
  return (
    <span className={`money${shown ? ' money--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <span className="money__prefix" aria-hidden="true">
        {t.money.prefix}
      </span>
      <input
        {...input}
        ref={inputRef}
        className="input money__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={shown ? true : input['aria-invalid']}
        onChange={(e) => {
          setTouched(false)
          onChange(e.target.value)
        }}
        onBlur={(e) => {
          setTouched(true)
          const r = readMoney(value, { allowNegative: allowNegative ?? false })
          if (r.ok && value.trim() !== '') {
            const text = moneyFieldText(r.value)
            if (text !== value) onChange(text)
          }
          onBlur?.(e)
        }}
      />
      {showOwnError && ownError && !error && <span className="field__error money__error">{ownError}</span>}
    </span>
  )
}

type MoneyFieldProps = Omit<FieldProps, 'children'> & {
  value: string
  onChange: (text: string) => void
  allowNegative?: boolean
  placeholder?: string
}

export function MoneyField({
  label,
  error,
  hint,
  required,
  optional,
  className,
  term,
  value,
  onChange,
  allowNegative,
  placeholder
}: MoneyFieldProps) {
  const parsed = readMoney(value, { allowNegative: allowNegative ?? false })
  const [blurred, setBlurred] = useState(false)
  const shown = error ?? (blurred && !parsed.ok ? parsed.message : undefined)
  return (
    <Field
      label={label}
      error={shown}
      hint={hint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
      term={term}
    >
      {(control) => (
        <MoneyInput
          {...control}
          value={value}
          placeholder={placeholder}
          showOwnError={false}
          allowNegative={allowNegative ?? false}
          onChange={(v) => {
            setBlurred(false)
            onChange(v)
          }}
          onBlur={() => setBlurred(true)}
        />
      )}
    </Field>
  )
}
