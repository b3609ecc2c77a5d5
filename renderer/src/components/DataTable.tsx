import type { ReactNode } from 'react'
import { t } from '../i18n'
import { ScrollRegion } from './ScrollRegion'

export interface Column<T> {
  key: string
  header: ReactNode
  render: (row: T, index: number) => ReactNode
  align?: 'left' | 'right' | 'center'
  className?: string
  /** CSS width, e.g. '9rem'. */
  width?: string
  /** Keep the cell on one line (dates, numbers, amounts). */
  nowrap?: boolean
}

export interface DataTableProps<T> {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T, index: number) => string | number
  caption?: ReactNode
  /** Shown instead of the body when there are no rows. */
  empty?: ReactNode
  onRowClick?: (row: T) => void
  rowClassName?: (row: T) => string | undefined
  /** Rows for <tfoot> (totals). */
  footer?: ReactNode
  /** Rows placed before the data rows (e.g. an opening balance). */
  before?: ReactNode
  loading?: boolean
  className?: string
  'aria-label'?: string
}

export function DataTable<T>({ columns, rows, rowKey, caption, empty, onRowClick, rowClassName, footer, before, loading, className, ...aria }: DataTableProps<T>) {
  return (
    <ScrollRegion className={`table-wrap${loading ? ' is-loading' : ''}`} label={aria['aria-label']} aria-busy={loading || undefined}>
      <table className={`table${onRowClick ? ' table--clickable' : ''}${className ? ` ${className}` : ''}`} aria-label={aria['aria-label']}>
        {caption && <caption>{caption}</caption>}
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`${c.align ? `is-${c.align}` : ''} ${c.className ?? ''}`.trim() || undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before}
          {rows.length === 0 && !before ? (
            <tr className="table__empty">
              <td colSpan={columns.length}>{loading ? t.common.loading : (empty ?? t.table.empty)}</td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr
                key={rowKey(row, i)}
                className={rowClassName?.(row)}
                onClick={onRowClick ? (e) => {
                  // Let links and buttons inside the row do their own thing.
                  if ((e.target as HTMLElement).closest('a,button,input,select,textarea')) return
                  onRowClick(row)
                } : undefined}
              >
                {columns.map((c) => (
                  <td key={c.key} className={`${c.align ? `is-${c.align}` : ''} ${c.nowrap ? 'nowrap' : ''} ${c.className ?? ''}`.replace(/\s+/g, ' ').trim() || undefined}>
                    {c.render(row, i)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </ScrollRegion>
  )
}
