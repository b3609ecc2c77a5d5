import type { ReactNode } from 'react'

export type Tone = 'info' | 'success' | 'warning' | 'error'

/** A message block. Errors and successes are announced to screen readers. */
export function Notice({
  tone = 'info',
  title,
  children,
  action
}: {
  tone?: Tone
  title?: ReactNode
  children?: ReactNode
  action?: ReactNode
}) {
  const role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined
  return (
    <div className={`notice notice--${tone}`} role={role}>
      <div className="notice__body">
        {title && <p className="notice__title">{title}</p>}
        {children && <div className="notice__text">{children}</div>}
      </div>
      {action && <div className="notice__action">{action}</div>}
    </div>
  )
}
