import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { t } from '../i18n'
import { rememberOpener } from '../lib/focusReturn'
import './Dialog.css'

/**
 * A modal dialog: focus moves in on open and back to its opener on close (or to the opener's
 * successor when the page re-rendered it), Esc closes, Tab stays inside.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  wide,
  focusFirstField = true
}: {
  title: ReactNode
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
  /** false: focus the dialog itself (read-only views), so Enter does not press a button by accident. */
  focusFirstField?: boolean
}) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const closeRef = useRef(onClose)
  closeRef.current = onClose

  // Noted while rendering, before any effect: a child that focuses its own field on mount (the
  // glossary's search box) runs its effect before this component's.
  const [opener] = useState(() => rememberOpener())

  useEffect(() => {
    const el = ref.current
    const first = focusFirstField
      ? el?.querySelector<HTMLElement>(
          '[data-autofocus], input:not([disabled]), select, textarea, button:not(.dialog__close)'
        )
      : null
    ;(first ?? el)?.focus()
    return () => opener.restore()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on open: later renders must not move the user's focus
  }, [])

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeRef.current()}>
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation()
            closeRef.current()
          } else if (e.key === 'Tab') {
            const items = Array.from(
              ref.current?.querySelectorAll<HTMLElement>(
                'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]'
              ) ?? []
            )
            const firstItem = items[0]
            const lastItem = items[items.length - 1]
            if (!firstItem || !lastItem) return
            if (e.shiftKey && document.activeElement === firstItem) {
              e.preventDefault()
              lastItem.focus()
            } else if (!e.shiftKey && document.activeElement === lastItem) {
              e.preventDefault()
              firstItem.focus()
            }
          }
        }}
      >
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button
            type="button"
            className="dialog__close"
            aria-label={t.common.close}
            onClick={() => closeRef.current()}
          >
            ×
          </button>
        </header>
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </div>
  )
}
