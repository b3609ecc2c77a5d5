import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
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
  /**
   * How much the column matters when space runs short (issue 16 point 6): 1 (default) always
   * shows; 2 gives way when the table is narrower than 45rem, 3 when narrower than 60rem.
   */
  priority?: 1 | 2 | 3
}

/** A long list held outside the table (e.g. loaded page by page as it scrolls). */
export interface VirtualRows<T> {
  /** Rows in the whole list. */
  count: number
  /** The row at an index, or undefined while it is loading. */
  rowAt: (index: number) => T | undefined
  /** Told which rows are about to show, so they can be loaded. */
  onRange?: (start: number, end: number) => void
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
  /**
   * Render only the rows in view (plus a margin) in a scrolling box: given a source, or on its
   * own when `rows` is longer than VIRTUAL_FROM. Rows keep their place for assistive technology
   * (aria-rowcount, aria-rowindex) and the arrow keys move through the whole list.
   */
  virtual?: VirtualRows<T>
  /** Expected row height in px for the virtual list (measured once rows show). */
  rowHeight?: number
}

/** Lists longer than this scroll inside their box and render only what shows. */
export const VIRTUAL_FROM = 200
const OVERSCAN = 8
/** Without layout (tests) or before the first measurement, the box is taken to be this tall. */
const FALLBACK_VIEWPORT = 600
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]'

function cellClass<T>(c: Column<T>, extra = ''): string | undefined {
  return (
    `${c.align ? `is-${c.align}` : ''} ${c.nowrap ? 'nowrap' : ''} ${c.priority && c.priority > 1 ? `col-p${c.priority}` : ''} ${c.className ?? ''} ${extra}`
      .replace(/\s+/g, ' ')
      .trim() || undefined
  )
}

/** Focuses what a keyboard user expects in a row: the control in the same column, else the row's first control, else the row. */
function focusIn(tr: HTMLTableRowElement, col: number): void {
  const cell = tr.cells[col]
  ;(cell?.querySelector<HTMLElement>(FOCUSABLE) ?? tr.querySelector<HTMLElement>(FOCUSABLE) ?? tr).focus()
}

function Head<T>({ columns }: { columns: readonly Column<T>[] }) {
  return (
    <>
      <colgroup>
        {columns.map((c) => (
          <col
            key={c.key}
            className={c.priority && c.priority > 1 ? `col-p${c.priority}` : undefined}
            style={c.width ? { width: c.width } : undefined}
          />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={
                `${c.align ? `is-${c.align}` : ''} ${c.priority && c.priority > 1 ? `col-p${c.priority}` : ''} ${c.className ?? ''}`
                  .replace(/\s+/g, ' ')
                  .trim() || undefined
              }
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
    </>
  )
}

export function DataTable<T>(props: DataTableProps<T>) {
  if (props.virtual || props.rows.length > VIRTUAL_FROM) return <VirtualTable {...props} />
  const {
    columns,
    rows,
    rowKey,
    caption,
    empty,
    onRowClick,
    rowClassName,
    footer,
    before,
    loading,
    className,
    ...aria
  } = props
  return (
    <ScrollRegion
      className={`table-wrap${loading ? ' is-loading' : ''}`}
      label={aria['aria-label']}
      aria-busy={loading || undefined}
    >
      <table
        className={`table${onRowClick ? ' table--clickable' : ''}${className ? ` ${className}` : ''}`}
        aria-label={aria['aria-label']}
      >
        {caption && <caption>{caption}</caption>}
        <Head columns={columns} />
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
                onClick={
                  onRowClick
                    ? (e) => {
                        // Let links and buttons inside the row do their own thing.
                        if ((e.target as HTMLElement).closest('a,button,input,select,textarea')) return
                        onRowClick(row)
                      }
                    : undefined
                }
              >
                {columns.map((c) => (
                  <td key={c.key} className={cellClass(c)}>
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

interface VirtualRowProps<T> {
  row: T
  index: number
  columns: readonly Column<T>[]
  onRowClick: ((row: T) => void) | undefined
  rowClassName: ((row: T) => string | undefined) | undefined
}

/** One row of a virtual list; rows already on screen are not rendered again while scrolling. */
const VirtualRow = memo(function VirtualRow<T>({ row, index, columns, onRowClick, rowClassName }: VirtualRowProps<T>) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={-1}
      className={rowClassName?.(row)}
      onClick={
        onRowClick
          ? (e) => {
              if ((e.target as HTMLElement).closest('a,button,input,select,textarea')) return
              onRowClick(row)
            }
          : undefined
      }
    >
      {columns.map((c) => (
        <td key={c.key} className={cellClass(c)}>
          {c.render(row, index)}
        </td>
      ))}
    </tr>
  )
}) as <T>(props: VirtualRowProps<T>) => ReactNode

/** Which rows to render for a scroll position. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number): [number, number] {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const start = Math.max(0, Math.min(count, first) - OVERSCAN)
  const end = Math.min(count, first + Math.ceil(viewport / rowHeight) + OVERSCAN)
  return [start, Math.max(start, end)]
}

function VirtualTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  empty,
  onRowClick,
  rowClassName,
  footer,
  before,
  loading,
  className,
  virtual,
  rowHeight = 45,
  ...aria
}: DataTableProps<T>) {
  const count = virtual ? virtual.count : rows.length
  const rowAt = useCallback((i: number): T | undefined => (virtual ? virtual.rowAt(i) : rows[i]), [virtual, rows])
  const box = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT)
  const [measured, setMeasured] = useState(rowHeight)
  const pendingFocus = useRef<{ index: number; col: number } | null>(null)
  const measuredOnce = useRef(false)
  const frame = useRef(0)
  const [start, end] = visibleRange(scrollTop, viewport, measured, count)

  const onRange = virtual?.onRange
  useEffect(() => {
    onRange?.(start, end)
  }, [onRange, start, end])

  // Learn the real row height and box height once rows are on screen (text may wrap).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- after every render: it measures what was drawn and sets state only when a size differs
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    if (el.clientHeight > 0 && el.clientHeight !== viewport) setViewport(el.clientHeight)
    // Once, from the first loaded rows: a row height that kept changing would make the list jump.
    if (!measuredOnce.current) {
      const heights = Array.from(el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]:not(.table__pending)'))
        .map((r) => r.offsetHeight)
        .filter((h) => h > 0)
      if (heights.length >= 3) {
        measuredOnce.current = true
        const avg = heights.reduce((a, b) => a + b, 0) / heights.length
        if (Math.abs(avg - measured) > 1) setMeasured(avg)
      }
    }
    const want = pendingFocus.current
    if (want && want.index >= start && want.index < end) {
      const tr = el.querySelector<HTMLTableRowElement>(`tbody tr[data-index="${want.index}"]`)
      if (tr && rowAt(want.index) !== undefined) {
        pendingFocus.current = null
        focusIn(tr, want.col)
      }
    }
  })

  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  const onScroll = () => {
    cancelAnimationFrame(frame.current)
    // Re-render only when the rows to show change, not on every pixel.
    const read = () => {
      const el = box.current
      if (!el) return
      const [a, b] = visibleRange(el.scrollTop, viewport, measured, count)
      if (a !== start || b !== end) setScrollTop(el.scrollTop)
    }
    // Without animation frames (tests) read at once.
    if (typeof requestAnimationFrame === 'function') frame.current = requestAnimationFrame(read)
    else read()
  }

  /** Arrow keys, PageUp/PageDown and Ctrl+Home/End move through every row, loading and scrolling as needed. */
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-index]')
    if (!tr || (e.target as HTMLElement).matches('input, select, textarea')) return
    const index = Number(tr.dataset.index)
    const page = Math.max(1, Math.floor(viewport / measured) - 1)
    const target =
      e.key === 'ArrowDown'
        ? index + 1
        : e.key === 'ArrowUp'
          ? index - 1
          : e.key === 'PageDown'
            ? index + page
            : e.key === 'PageUp'
              ? index - page
              : e.key === 'End' && e.ctrlKey
                ? count - 1
                : e.key === 'Home' && e.ctrlKey
                  ? 0
                  : null
    if (target === null) {
      if (e.key === 'Enter' && e.target === tr && onRowClick) {
        const row = rowAt(index)
        if (row) onRowClick(row)
      }
      return
    }
    e.preventDefault()
    const next = Math.max(0, Math.min(count - 1, target))
    const col = (e.target as HTMLElement).closest('td')?.cellIndex ?? 0
    const el = box.current
    if (!el) return
    const rendered = el.querySelector<HTMLTableRowElement>(`tbody tr[data-index="${next}"]`)
    if (rendered && rowAt(next) !== undefined) {
      focusIn(rendered, col)
      return
    }
    // Not rendered yet: scroll it into view; the layout effect focuses it once it is there.
    pendingFocus.current = { index: next, col }
    const top = next > index ? Math.max(0, (next + 1) * measured - viewport) : next * measured
    el.scrollTop = top
    setScrollTop(top)
  }

  const label = aria['aria-label']
  const rendered: ReactNode[] = []
  for (let i = start; i < end; i++) {
    const row = rowAt(i)
    if (row === undefined) {
      rendered.push(
        <tr
          key={`loading-${i}`}
          data-index={i}
          aria-rowindex={i + 2}
          className="table__pending"
          style={{ height: measured }}
        >
          <td colSpan={columns.length}>{t.common.loading}</td>
        </tr>
      )
      continue
    }
    rendered.push(
      <VirtualRow
        key={rowKey(row, i)}
        row={row}
        index={i}
        columns={columns}
        onRowClick={onRowClick}
        rowClassName={rowClassName}
      />
    )
  }

  return (
    <div
      ref={box}
      className={`table-wrap table-wrap--virtual${loading ? ' is-loading' : ''}`}
      aria-busy={loading || undefined}
      role="region"
      aria-label={label ?? t.common.tableRegion}
      tabIndex={0}
      onScroll={onScroll}
      data-testid="virtual-table"
    >
      <table
        className={`table${onRowClick ? ' table--clickable' : ''}${className ? ` ${className}` : ''}`}
        aria-label={label}
        aria-rowcount={count + 1}
      >
        {caption && <caption>{caption}</caption>}
        <Head columns={columns} />
        <tbody onKeyDown={onKeyDown}>
          {before}
          {count === 0 && !before ? (
            <tr className="table__empty">
              <td colSpan={columns.length}>{loading ? t.common.loading : (empty ?? t.table.empty)}</td>
            </tr>
          ) : (
            <>
              {start > 0 && (
                <tr aria-hidden="true" className="table__spacer">
                  <td colSpan={columns.length} style={{ height: start * measured }} />
                </tr>
              )}
              {rendered}
              {end < count && (
                <tr aria-hidden="true" className="table__spacer">
                  <td colSpan={columns.length} style={{ height: (count - end) * measured }} />
                </tr>
              )}
            </>
          )}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  )
}
