import type { EquityChanges } from '../../../../shared/commands/statements'
import { formatDateLong } from '../../lib/dateText'
import { formatAmount } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { t } from '../../i18n'
import { paramsFromQuery, PrintedAt, QueryStatus, StatementForm, StatementHeader } from './common'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = t.statements

export function EquityChangesView({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const params = paramsFromQuery(query, profile.booksStartDate)
  const q = useCommand('statements.equityChanges', { from: params.from, to: params.to })
  return (
    <div className="tb stmt">
      <StatementForm
        key={JSON.stringify(params)}
        kind="PERUBAHAN_EKUITAS"
        route="perubahan-ekuitas"
        mode="period"
        params={params}
        withCompare={false}
        ready={!!q.data}
        label={S.titles.equityChanges}
      />
      <QueryStatus error={q.error} loading={q.loading} hasData={!!q.data} />
      {q.data && <EquityChangesReport eq={q.data} loading={q.loading} />}
    </div>
  )
}

export function EquityChangesReport({ eq, loading }: { eq: EquityChanges; loading?: boolean }) {
  const wide = eq.columns.length > 4
  const shuRow = eq.rows.find((r) => r.key === 'SHU')
  const same = !shuRow || shuRow.total === eq.shu
  return (
    <article
      className={`report card stmt-report${wide ? ' report--wide' : ''}`}
      aria-busy={loading || undefined}
      aria-labelledby="stmt-eq-title"
    >
      <StatementHeader
        id="stmt-eq-title"
        title={S.titles.equityChanges}
        subtitle={S.subtitleYearEnded(formatDateLong(eq.from), formatDateLong(eq.to))}
      />
      <ScrollRegion className="table-wrap">
        <table className="table table--report stmt-table" aria-label={S.titles.equityChanges}>
          <thead>
            <tr>
              <th scope="col">{S.colDescription}</th>
              {eq.columns.map((c) => (
                <th key={c.code} scope="col" className="is-right col-amount">
                  {c.name}
                </th>
              ))}
              <th scope="col" className="is-right col-amount">
                {S.colTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {eq.rows.map((r) => (
              <tr
                key={r.key}
                className={r.key.startsWith('SALDO') ? 'row-total stmt-subtotal' : ''}
                data-testid={`eq-row-${r.key}`}
              >
                <th scope="row" className="col-name">
                  {r.label}
                </th>
                {r.amounts.map((a, i) => (
                  <td key={i} className="is-right">
                    <Amount value={a} dashZero={!r.key.startsWith('SALDO')} />
                  </td>
                ))}
                <td className="is-right stmt-total-col">
                  <Amount value={r.total} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className={`stmt-check ${same ? 'is-good' : 'is-bad'}`} data-testid="eq-shu-check">
        {S.eq.shuCheck(formatAmount(eq.shu))} — {same ? S.eq.shuOk : S.eq.shuBad}
      </p>
      <PrintedAt />
    </article>
  )
}
