import type { BalanceSheet } from '../../../../shared/commands/statements'
import { formatDateLong } from '../../lib/dateText'
import { formatAmount } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { t } from '../../i18n'
import {
  drillAt,
  Fig,
  lineName,
  paramsFromQuery,
  PrintedAt,
  QueryStatus,
  StatementForm,
  StatementHeader,
  useDrill,
  type OpenDrill
} from './common'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = t.statements

export function BalanceSheetView({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const params = paramsFromQuery(query, profile.booksStartDate)
  const q = useCommand('statements.balanceSheet', { asOf: params.asOf, compare: params.compare })
  const drill = useDrill()
  return (
    <div className="tb stmt">
      <StatementForm
        key={JSON.stringify(params)}
        kind="POSISI_KEUANGAN"
        route="posisi-keuangan"
        mode="asOf"
        params={params}
        withCompare
        ready={!!q.data}
        label={S.titles.balanceSheet}
      />
      <QueryStatus error={q.error} loading={q.loading} hasData={!!q.data} />
      {q.data && <BalanceSheetReport bs={q.data} onDrill={drill.open} loading={q.loading} />}
      {drill.dialog}
    </div>
  )
}

export function BalanceSheetReport({
  bs,
  onDrill,
  loading
}: {
  bs: BalanceSheet
  onDrill: (d: OpenDrill) => void
  loading?: boolean
}) {
  const cmp = bs.compareAsOf !== null
  const cols = cmp ? 3 : 2
  const B = S.bs
  return (
    <article className="report card stmt-report" aria-busy={loading || undefined} aria-labelledby="stmt-bs-title">
      <StatementHeader
        id="stmt-bs-title"
        title={S.titles.balanceSheet}
        subtitle={S.subtitleAsOf(formatDateLong(bs.asOf))}
      />
      <div className={`balance-flag ${bs.balanced ? 'is-good' : 'is-bad'}`} role="status">
        <strong>{bs.balanced ? B.balanced : B.notBalanced}</strong>
        <span>
          {bs.balanced
            ? B.balancedHint
            : B.notBalancedHint(formatAmount(bs.totalAssets), formatAmount(bs.totalLiabilitiesAndEquity))}
        </span>
      </div>
      {bs.memberSharesAsLiability && <p className="muted small">{B.sharesAsLiability}</p>}
      <ScrollRegion className="table-wrap">
        <table className="table table--report stmt-table" aria-label={S.titles.balanceSheet}>
          <thead>
            <tr>
              <th scope="col">{S.colDescription}</th>
              <th scope="col" className="is-right col-amount">
                {formatDateLong(bs.asOf)}
              </th>
              {cmp && (
                <th scope="col" className="is-right col-amount">
                  {formatDateLong(bs.compareAsOf!)}
                </th>
              )}
            </tr>
          </thead>
          {bs.sections.map((s) => (
            <tbody key={s.key}>
              <tr className="is-header depth-0">
                <td colSpan={cols}>{s.title}</td>
              </tr>
              {s.lines.length === 0 && (
                <tr>
                  <td colSpan={cols} className="muted">
                    {B.empty}
                  </td>
                </tr>
              )}
              {s.lines.map((l, i) => {
                const what = lineName(l.code, l.name)
                return (
                  <tr key={`${l.code}-${i}`} className={`stmt-level-${l.level}${l.level < 2 ? ' is-header' : ''}`}>
                    <td className="col-name stmt-name">
                      {l.level === 2 && /^\d/.test(l.code) && <span className="mono stmt-code">{l.code}</span>}
                      {l.name}
                    </td>
                    <td className="is-right">
                      <Fig value={l.amount} drill={l.drill} what={what} onDrill={onDrill} />
                    </td>
                    {cmp && (
                      <td className="is-right">
                        <Fig
                          value={l.compare ?? 0}
                          drill={drillAt(l.drill, null, bs.compareAsOf)}
                          what={S.drillLastYear(what)}
                          onDrill={onDrill}
                        />
                      </td>
                    )}
                  </tr>
                )
              })}
              <tr className="row-total stmt-subtotal" data-testid={`bs-total-${s.key}`}>
                <th scope="row">{B.totalOf(s.title)}</th>
                <td className="is-right">
                  <Amount value={s.total} />
                </td>
                {cmp && (
                  <td className="is-right">
                    <Amount value={s.compareTotal ?? 0} />
                  </td>
                )}
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr className="row-total" data-testid="bs-total-le">
              <th scope="row">{B.totalLiabEquity}</th>
              <td className="is-right">
                <Amount value={bs.totalLiabilitiesAndEquity} />
              </td>
              {cmp && (
                <td className="is-right">
                  <Amount value={bs.compareTotalLiabilitiesAndEquity ?? 0} />
                </td>
              )}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <PrintedAt />
    </article>
  )
}
