import { formatNumberId } from '../../../shared/money/rupiah'
import { t } from '../i18n'

export function Pager({
  page,
  pageSize,
  total,
  onPage
}: {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (total === 0) return null
  const from = (page - 1) * pageSize + 1
  const to = Math.min(total, page * pageSize)
  return (
    <nav className="pager" aria-label={t.table.pageOf(page, pages)}>
      <span className="pager__info">{t.table.showing(from, to, formatNumberId(total))}</span>
      {pages > 1 && (
        <span className="pager__buttons">
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            ‹ {t.table.prev}
          </button>
          <span className="pager__page">{t.table.pageOf(page, pages)}</span>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            disabled={page >= pages}
            onClick={() => onPage(page + 1)}
          >
            {t.table.next} ›
          </button>
        </span>
      )}
    </nav>
  )
}
