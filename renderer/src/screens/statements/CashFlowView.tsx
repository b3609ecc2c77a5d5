import type { CashFlowStatement } from '../../../../shared/commands/statements'
import { formatDateLong } from '../../lib/dateText'
import { formatAmount } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { t } from '../../i18n'
import {
  drillAt,
  Fig,
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

export function CashFlowView({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const params = paramsFromQuery(query, profile.booksStartDate)
  const q = useCommand('statements.cashFlow', { from: params.from, to: params.to, compare: params.compare })
  const drill = useDrill()
  return (
    <div className="tb stmt">
      <StatementForm
        key={JSON.stringify(params)}
        kind="ARUS_KAS"
        route="arus-kas"
        mode="period"
        params={params}
        withCompare
        ready={!!q.data}
        label={S.titles.cashFlow}
      />
      <QueryStatus error={q.error} loading={q.loading} hasData={!!q.data} />
      {q.data && <CashFlowReport cf={q.data} onDrill={drill.open} loading={q.loading} />}
      {drill.dialog}
    </div>
  )
}

export function CashFlowReport({
  cf,
  onDrill,
  loading
}: {
  cf: CashFlowStatement
  onDrill: (d: OpenDrill) => void
  loading?: boolean
}) {
  const cmp = cf.compareTo !== null && cf.compare !== null
  const cols = cmp ? 3 : 2
  const C = S.cf
  const ok = cf.cashAccountsBalance === cf.closingCash
  const totalRow = (
    label: string,
    value: number,
    compare: number | null | undefined,
    testId: string,
    strong = false
  ) => (
    <tr className={`row-total${strong ? '' : ' stmt-subtotal'}`} data-testid={testId}>
      <th scope="row">{label}</th>
      <td className="is-right">
        <Amount value={value} />
      </td>
      {cmp && (
        <td className="is-right">
          <Amount value={compare ?? 0} />
        </td>
      )}
    </tr>
  )
  return (
    <article className="report card stmt-report" aria-busy={loading || undefined} aria-labelledby="stmt-cf-title">
      <StatementHeader
        id="stmt-cf-title"
        title={S.titles.cashFlow}
        subtitle={S.subtitleYearEnded(formatDateLong(cf.from), formatDateLong(cf.to))}
      />
      <ScrollRegion className="table-wrap">
        <table className="table table--report stmt-table" aria-label={S.titles.cashFlow}>
          <thead>
            <tr>
              <th scope="col">{S.colDescription}</th>
              <th scope="col" className="is-right col-amount">
                {S.colCurrent}
              </th>
              {cmp && (
                <th scope="col" className="is-right col-amount">
                  {S.colLastYear}
                </th>
              )}
            </tr>
          </thead>
          {cf.sections.map((s) => (
            <tbody key={s.key}>
              <tr className="is-header depth-0">
                <td colSpan={cols}>{s.title}</td>
              </tr>
              {s.lines.length === 0 && (
                <tr>
                  <td colSpan={cols} className="muted stmt-name">
                    {C.noLines}
                  </td>
                </tr>
              )}
              {s.lines.map((l) => (
                <tr key={l.key} className="stmt-level-2">
                  <td className="col-name stmt-name">{l.label}</td>
                  <td className="is-right">
                    <Fig value={l.amount} drill={l.drill} what={l.label} onDrill={onDrill} dashZero />
                  </td>
                  {cmp && (
                    <td className="is-right">
                      <Fig
                        value={l.compare ?? 0}
                        drill={drillAt(l.drill, cf.compareFrom, cf.compareTo)}
                        what={S.drillLastYear(l.label)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                  )}
                </tr>
              ))}
              {totalRow(C.net(s.title), s.net, s.compareNet, `cf-net-${s.key}`)}
            </tbody>
          ))}
          <tfoot>
            {totalRow(C.netChange, cf.netChange, cf.compare?.netChange, 'cf-net-change', true)}
            {totalRow(C.opening, cf.openingCash, cf.compare?.openingCash, 'cf-opening', true)}
            {totalRow(C.closing, cf.closingCash, cf.compare?.closingCash, 'cf-closing', true)}
          </tfoot>
        </table>
      </ScrollRegion>
      <p className={`stmt-check ${ok ? 'is-good' : 'is-bad'}`} data-testid="cf-check" role="status">
        {C.check(formatAmount(cf.cashAccountsBalance))} — {ok ? C.checkOk : C.checkBad}
      </p>
      <PrintedAt />
    </article>
  )
}
