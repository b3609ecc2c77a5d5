import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
  type RefObject
} from 'react'
import type { Account } from '../../../shared/ledger/types'
import { t } from '../i18n'
import { accountLabel } from '../lib/accounts'
import { Field, type FieldProps } from './Field'

const MAX_SHOWN = 60
const LIST_MAX_HEIGHT = 288

/**
 * The list floats above everything (position: fixed) so a scrolling table or a dialog never
 * clips it; it opens upwards when there is no room below.
 */
function useFloatingList(anchor: RefObject<HTMLElement | null>, open: boolean): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties>()
  useLayoutEffect(() => {
    if (!open) return
    const place = () => {
      const el = anchor.current
      if (!el) return
      const r = el.getBoundingClientRect()
      const below = window.innerHeight - r.bottom
      const up = below < LIST_MAX_HEIGHT + 8 && r.top > below
      setStyle({
        position: 'fixed',
        left: r.left,
        minWidth: r.width,
        maxWidth: Math.max(r.width, Math.min(576, window.innerWidth - r.left - 8)),
        maxHeight: Math.max(120, Math.min(LIST_MAX_HEIGHT, (up ? r.top : below) - 8)),
        ...(up ? { top: 'auto', bottom: window.innerHeight - r.top + 4 } : { top: r.bottom + 4, bottom: 'auto' })
      })
    }
    place()
    window.addEventListener('resize', place)
    window.addEventListener('scroll', place, true)
    return () => {
      window.removeEventListener('resize', place)
      window.removeEventListener('scroll', place, true)
    }
  }, [anchor, open])
  return style
}

export type PickerAccount = Pick<Account, 'code' | 'name' | 'isHeader' | 'depth'>

export interface AccountPickerProps {
  /** The accounts to choose from, already narrowed by the caller (e.g. postable and active). */
  accounts: readonly PickerAccount[]
  /** The chosen account code, or '' for none. */
  value: string
  onChange: (code: string) => void
  id?: string
  'aria-label'?: string
  'aria-describedby'?: string | undefined
  'aria-invalid'?: boolean | undefined
  error?: string | undefined
  placeholder?: string
  disabled?: boolean
  autoFocus?: boolean
  inputRef?: Ref<HTMLInputElement>
  className?: string
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Type-ahead over accounts: a code prefix (`1-11`, `111`) or words of the name (`kas kecil`). */
export function filterAccounts(accounts: readonly PickerAccount[], query: string): PickerAccount[] {
  const q = normalise(query)
  if (q === '') return [...accounts]
  const qDigits = q.replace(/-/g, '')
  const words = q.split(' ')
  const byCode: PickerAccount[] = []
  const byName: PickerAccount[] = []
  for (const a of accounts) {
    const code = a.code.toLowerCase()
    if (code.startsWith(q) || (/^\d+$/.test(qDigits) && code.replace(/-/g, '').startsWith(qDigits))) byCode.push(a)
    else {
      const hay = normalise(`${a.code} ${a.name}`)
      if (words.every((w) => hay.includes(w))) byName.push(a)
    }
  }
  return [...byCode, ...byName]
}

/**
 * Account combobox (WAI-ARIA 1.2 pattern): type, move with ↑/↓, choose with Enter or Tab, close
 * with Esc. A single exact or unique match is taken when the field is left.
 */
export function AccountPicker(props: AccountPickerProps) {
  const { accounts, value, onChange, error, placeholder, disabled, autoFocus, inputRef, className } = props
  const listId = useId()
  const optionId = (i: number) => `${listId}-opt-${i}`
  const selected = useMemo(() => accounts.find((a) => a.code === value), [accounts, value])
  const [text, setText] = useState(selected ? accountLabel(selected) : value)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [unknown, setUnknown] = useState(false)
  const typing = useRef(false)
  const listRef = useRef<HTMLUListElement>(null)
  const ownInput = useRef<HTMLInputElement | null>(null)
  const floating = useFloatingList(ownInput, open)

  // Keep the text in step with a value set from outside (reset, defaults, loaded accounts).
  useEffect(() => {
    // Not while typing, and not when we just cleared the value for text that matched nothing.
    if (typing.current || (unknown && value === '')) return
    setText(selected ? accountLabel(selected) : value)
    setUnknown(false)
  }, [selected, value, unknown])

  const matches = useMemo(() => {
    if (!open) return []
    const showAll = selected !== undefined && text === accountLabel(selected)
    return filterAccounts(accounts, showAll ? '' : text)
  }, [accounts, open, text, selected])
  const shown = matches.slice(0, MAX_SHOWN)

  useEffect(() => {
    if (!open) return
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)
    el?.scrollIntoView?.({ block: 'nearest' })
  }, [active, open])

  const choose = (a: PickerAccount) => {
    typing.current = false
    setText(accountLabel(a))
    setOpen(false)
    setUnknown(false)
    if (a.code !== value) onChange(a.code)
  }

  const settle = () => {
    // Leaving the field: take an exact code or a single match, otherwise flag the text.
    setOpen(false)
    typing.current = false
    const q = text.trim()
    if (q === '') {
      setUnknown(false)
      if (value !== '') onChange('')
      return
    }
    if (selected && text === accountLabel(selected)) return
    const exact = accounts.find((a) => a.code.toLowerCase() === q.toLowerCase())
    const found =
      exact ??
      (() => {
        const m = filterAccounts(accounts, q)
        return m.length === 1 ? m[0] : undefined
      })()
    if (found) choose(found)
    else {
      setUnknown(true)
      if (value !== '') onChange('')
    }
  }

  const shownError = error ?? (unknown ? t.accountPicker.notFound : undefined)

  return (
    <div className={`picker${className ? ` ${className}` : ''}`}>
      <input
        ref={(el) => {
          ownInput.current = el
          if (typeof inputRef === 'function') inputRef(el)
          else if (inputRef) inputRef.current = el
        }}
        id={props.id}
        className="input picker__input"
        type="text"
        role="combobox"
        aria-label={props['aria-label']}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown.length > 0 ? optionId(active) : undefined}
        aria-invalid={shownError ? true : props['aria-invalid']}
        aria-describedby={props['aria-describedby']}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? t.accountPicker.placeholder}
        disabled={disabled}
        autoFocus={autoFocus}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          typing.current = true
          setText(e.target.value)
          setOpen(true)
          setActive(0)
          setUnknown(false)
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            if (!open) {
              setOpen(true)
              setActive(0)
            } else setActive((i) => Math.min(i + 1, shown.length - 1))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((i) => Math.max(i - 1, 0))
          } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            if (open && shown[active]) {
              e.preventDefault()
              choose(shown[active])
            } else if (open) {
              e.preventDefault()
              settle()
            }
          } else if (e.key === 'Tab') {
            if (open && typing.current && shown[active]) choose(shown[active])
          } else if (e.key === 'Escape') {
            if (open) {
              e.preventDefault()
              e.stopPropagation()
              setOpen(false)
              typing.current = false
              setText(selected ? accountLabel(selected) : '')
            }
          }
        }}
      />
      {open && (
        <ul
          className="picker__list"
          id={listId}
          role="listbox"
          ref={listRef}
          aria-label={t.accountPicker.listLabel}
          style={floating}
        >
          {shown.length === 0 && <li className="picker__empty">{t.accountPicker.noMatch}</li>}
          {shown.map((a, i) => (
            <li
              key={a.code}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === active}
              className={`picker__option${i === active ? ' is-active' : ''}${a.isHeader ? ' is-header' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(a)
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="picker__code">{a.code}</span>
              <span className="picker__name" style={{ paddingLeft: `${Math.max(0, a.depth - 1) * 0.6}rem` }}>
                {a.name}
              </span>
            </li>
          ))}
          {matches.length > MAX_SHOWN && (
            <li className="picker__more">{t.accountPicker.moreResults(matches.length - MAX_SHOWN)}</li>
          )}
        </ul>
      )}
      {shownError && !error && <span className="field__error picker__error">{shownError}</span>}
    </div>
  )
}

type AccountFieldProps = Omit<FieldProps, 'children'> &
  Omit<AccountPickerProps, 'id' | 'aria-label' | 'aria-describedby' | 'aria-invalid'>

export function AccountField({ label, error, hint, required, optional, className, ...picker }: AccountFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      required={required ?? false}
      optional={optional ?? false}
      className={className}
    >
      {(control) => (
        <AccountPicker
          {...picker}
          id={control.id}
          aria-describedby={control['aria-describedby']}
          aria-invalid={control['aria-invalid']}
        />
      )}
    </Field>
  )
}
