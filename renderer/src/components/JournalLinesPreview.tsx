import { formatRupiah } from '../../../shared/money/rupiah'
import { t } from '../i18n'
import { ScrollRegion } from './ScrollRegion'

/** The lines a confirmation will post (account, its business unit when it has one, debit, credit), with their totals. */
export function JournalLinesPreview({
  lines,
  label
}: {
  lines: readonly { code: string; name: string; unit?: string | null; debit: number; credit: number }[]
  label: string
}) {
  const d = lines.reduce((s, l) => s + l.debit, 0)
  const c = lines.reduce((s, l) => s + l.credit, 0)
  const amount = (v: number) => (v ? formatRupiah(v, { withSymbol: false }) : '')
  return (
    <ScrollRegion>
      <table className="table table--compact" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t.confirmations.account}</th>
            <th scope="col" className="is-right">
              {t.confirmations.debit}
            </th>
            <th scope="col" className="is-right">
              {t.confirmations.credit}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={`${l.code}-${i}`}>
              <td>
                {l.code} {l.name}
                {l.unit ? ` · ${l.unit}` : ''}
              </td>
              <td className="is-right nowrap">{amount(l.debit)}</td>
              <td className="is-right nowrap">{amount(l.credit)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.confirmations.total}</th>
            <td className="is-right nowrap">{formatRupiah(d, { withSymbol: false })}</td>
            <td className="is-right nowrap">{formatRupiah(c, { withSymbol: false })}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  )
}
