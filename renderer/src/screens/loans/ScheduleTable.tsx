import type { Installment } from '../../../../shared/loans/schedule'
import { formatDateShort } from '../../lib/dateText'
import { Amount } from '../../components/Amount'
import { t } from '../../i18n'
import { formatDecimal } from '../../../../shared/money/decimal-text'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.loans

/** Jadwal angsuran: Ke, (jatuh tempo), pokok, jasa, angsuran, sisa pokok, with totals. */
export function ScheduleTable({
  rows,
  caption
}: {
  rows: readonly (Installment & { dueDate?: string })[]
  caption?: string
}) {
  const withDue = rows.some((r) => r.dueDate)
  const sum = (k: 'pokok' | 'jasa' | 'angsuran') => rows.reduce((s, r) => s + r[k], 0)
  return (
    <ScrollRegion>
      <table className="table schedule-table" data-testid="schedule">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" className="is-right">
              {T.col.no}
            </th>
            {withDue && <th scope="col">{T.col.due}</th>}
            <th scope="col" className="is-right">
              {T.col.pokok}
            </th>
            <th scope="col" className="is-right">
              {T.col.jasa}
            </th>
            <th scope="col" className="is-right">
              {T.col.angsuran}
            </th>
            <th scope="col" className="is-right">
              {T.col.sisa}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.no} data-testid={`schedule-row-${r.no}`}>
              <td className="is-right">{r.no}</td>
              {withDue && <td>{r.dueDate ? formatDateShort(r.dueDate) : ''}</td>}
              <td className="is-right">
                <Amount value={r.pokok} />
              </td>
              <td className="is-right">
                <Amount value={r.jasa} />
              </td>
              <td className="is-right">
                <Amount value={r.angsuran} />
              </td>
              <td className="is-right">
                <Amount value={r.sisa} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="schedule-total">
            <th scope="row" colSpan={withDue ? 2 : 1}>
              {T.total}
            </th>
            <td className="is-right">
              <Amount value={sum('pokok')} />
            </td>
            <td className="is-right">
              <Amount value={sum('jasa')} />
            </td>
            <td className="is-right">
              <Amount value={sum('angsuran')} />
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  )
}

/** "2.643" → "2,643" (Indonesian decimal comma). */
export function percentId(s: string): string {
  return formatDecimal(s)
}

/** "1,5" or "1.5" → "1.5" as the commands want it. */
export function percentInput(s: string): string {
  return s.trim().replace(',', '.')
}
