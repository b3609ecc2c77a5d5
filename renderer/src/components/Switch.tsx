import { useId, type ReactNode } from 'react'
import './Switch.css'

/** An on/off switch (WAI-ARIA switch): a button that says whether it is on. */
export function Switch({
  label,
  checked,
  onChange,
  disabled,
  describedBy
}: {
  label: ReactNode
  checked: boolean
  onChange: (next: boolean) => void
  disabled?: boolean
  describedBy?: string
}) {
  const id = useId()
  return (
    <span className="switch">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={describedBy}
        className={`switch__track${checked ? ' is-on' : ''}`}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="switch__thumb" aria-hidden="true" />
      </button>
      <label htmlFor={id} className="switch__label">
        {label}
      </label>
    </span>
  )
}
