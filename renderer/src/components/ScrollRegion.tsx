import { useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react'
import { t } from '../i18n'

/**
 * The name a scroll region gets when it is not given one: its table's label or caption, else "Tabel"
 * with the table's first column names (not the section's heading: the section already has that name).
 */
function nameOf(el: HTMLElement): string {
  const table = el.querySelector('table')
  const labelledBy = table?.getAttribute('aria-labelledby')
  const own =
    table?.getAttribute('aria-label') ??
    (labelledBy ? el.ownerDocument.getElementById(labelledBy)?.textContent : null) ??
    table?.querySelector('caption')?.textContent
  if (own?.trim()) return own.trim()
  const columns = Array.from(table?.querySelectorAll('thead th') ?? [])
    .map((th) => th.textContent?.trim())
    .filter(Boolean)
    .slice(0, 3)
  return columns.length ? t.common.tableOf(columns.join(', ')) : t.common.tableRegion
}

/**
 * A box that may scroll sideways (a wide table): reachable with Tab and named, so a keyboard user can
 * scroll it with the arrow keys and a screen reader says what it holds (WCAG 2.1.1).
 */
export function ScrollRegion({
  label,
  className = 'table-wrap',
  children,
  ...rest
}: { label?: string | undefined; className?: string; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (el && !label) el.setAttribute('aria-label', nameOf(el))
  })
  return (
    <div ref={ref} className={className} role="region" tabIndex={0} aria-label={label} {...rest}>
      {children}
    </div>
  )
}
