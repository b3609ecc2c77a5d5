import type { Drill, IncomeStatement } from '../../../../shared/commands/statements'
import { formatDateLong } from '../../lib/dateText'
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
import { ShuChart } from './ShuChart'
import { ScrollRegion } from '../../components/ScrollRegion'

const S = t.statements

export function IncomeStatementView({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const params = paramsFromQuery(query, profile.booksStartDate)
  const q = useCommand('statements.incomeStatement', { from: params.from, to: params.to, compare: params.compare })
  const drill = useDrill()
  return (
    <div className="tb stmt">
      <StatementForm
        key={JSON.stringify(params)}
        kind="HASIL_USAHA"
        route="hasil-usaha"
        mode="period"
        params={params}
        withCompare
        ready={!!q.data}
        label={S.titles.incomeStatement}
      />
      <QueryStatus error={q.error} loading={q.loading} hasData={!!q.data} />
      {q.data && <IncomeStatementReport is={q.data} onDrill={drill.open} loading={q.loading} />}
      {drill.dialog}
    </div>
  )
}

const unitName = (name: string, code: string) => (code === '' ? S.noUnit : name || code)

export function IncomeStatementReport({
  is,
  onDrill,
  loading
}: {
  is: IncomeStatement
  onDrill: (d: OpenDrill) => void
  loading?: boolean
}) {
  const cmp = is.compareTo !== null
  const units = is.units.map((u) => ({ code: u.code, name: unitName(u.name, u.code) }))
  const cols = 2 + units.length + (cmp ? 1 : 0)
  const wide = units.length > 3
  const I = S.is
  const hasShuRow = is.rows.some((r) => r.code === 'SHU_SETELAH_PAJAK')
  const revenueRow = is.rows.find((r) => r.code === 'PENDAPATAN_USAHA')
  const revenueDrill: Drill | null = revenueRow?.drill ?? null
  const partyDrill = (unit: string | null, pihak: 'ANGGOTA' | 'NON_ANGGOTA' | 'TANPA'): Drill | null =>
    revenueDrill ? { ...revenueDrill, ...(unit !== null ? { unit } : {}), pihak } : null
  return (
    <article
      className={`report card stmt-report${wide ? ' report--wide' : ''}`}
      aria-busy={loading || undefined}
      aria-labelledby="stmt-is-title"
    >
      <StatementHeader
        id="stmt-is-title"
        title={S.titles.incomeStatement}
        subtitle={S.subtitleYearEnded(formatDateLong(is.from), formatDateLong(is.to))}
      />
      <ScrollRegion className="table-wrap">
        <table className="table table--report stmt-table" aria-label={S.titles.incomeStatement}>
          <thead>
            <tr>
              <th scope="col">{S.colDescription}</th>
              {units.map((u) => (
                <th key={u.code} scope="col" className="is-right col-amount">
                  {u.name}
                </th>
              ))}
              <th scope="col" className="is-right col-amount">
                {S.colTotal}
              </th>
              {cmp && (
                <th scope="col" className="is-right col-amount">
                  {S.colLastYear}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {is.rows.length === 0 && (
              <tr className="table__empty">
                <td colSpan={cols}>{I.empty}</td>
              </tr>
            )}
            {is.rows.map((r, i) => {
              const what = lineName(r.code, r.name)
              const subtotal = r.level === 0 && !r.drill
              return (
                <tr
                  key={`${r.code}-${i}`}
                  className={`stmt-level-${r.level}${r.level < 2 ? ' is-header' : ''}${subtotal ? ' stmt-subtotal' : ''}${r.code === 'SHU_SETELAH_PAJAK' ? ' row-total' : ''}`}
                  data-testid={`is-row-${r.code}`}
                >
                  <th scope="row" className="col-name stmt-name">
                    {r.level === 2 && /^\d/.test(r.code) && <span className="mono stmt-code">{r.code}</span>}
                    {r.name}
                  </th>
                  {units.map((u, k) => (
                    <td key={u.code} className="is-right">
                      <Fig
                        value={r.byUnit[k] ?? 0}
                        drill={r.drill ? { ...r.drill, unit: u.code } : null}
                        what={S.drillUnit(what, u.name)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                  ))}
                  <td className="is-right stmt-total-col">
                    <Fig value={r.total} drill={r.drill} what={what} onDrill={onDrill} />
                  </td>
                  {cmp && (
                    <td className="is-right">
                      <Fig
                        value={r.compare ?? 0}
                        drill={drillAt(r.drill, is.compareFrom, is.compareTo)}
                        what={S.drillLastYear(what)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
          {!hasShuRow && (
            <tfoot>
              <tr className="row-total" data-testid="is-shu">
                <th scope="row">{I.shu}</th>
                {units.map((u, k) => (
                  <td key={u.code} className="is-right">
                    <Amount value={is.shu.byUnit[k] ?? 0} />
                  </td>
                ))}
                <td className="is-right">
                  <Amount value={is.shu.total} />
                </td>
                {cmp && (
                  <td className="is-right">
                    <Amount value={is.shu.compare ?? 0} />
                  </td>
                )}
              </tr>
            </tfoot>
          )}
        </table>
      </ScrollRegion>

      <ShuChart units={units} values={is.shu.byUnit} />

      <section className="stmt-party" aria-labelledby="stmt-party-title">
        <h3 className="stmt-section-title" id="stmt-party-title">
          {I.partyTitle}
        </h3>
        <ScrollRegion className="table-wrap">
          <table className="table table--report stmt-table" aria-label={I.partyCaption}>
            <thead>
              <tr>
                <th scope="col">{I.colUnit}</th>
                <th scope="col" className="is-right col-amount">
                  {I.colMember}
                </th>
                <th scope="col" className="is-right col-amount">
                  {I.colNonMember}
                </th>
                <th scope="col" className="is-right col-amount">
                  {I.colUnmarked}
                </th>
                <th scope="col" className="is-right col-amount">
                  {S.colTotal}
                </th>
              </tr>
            </thead>
            <tbody>
              {is.revenueByParty.map((p) => {
                const name = unitName(p.name, p.unit)
                return (
                  <tr key={p.unit} data-testid={`party-${p.unit || 'TANPA-UNIT'}`}>
                    <th scope="row" className="col-name">
                      {name}
                    </th>
                    <td className="is-right">
                      <Fig
                        value={p.anggota}
                        drill={partyDrill(p.unit, 'ANGGOTA')}
                        what={I.partyDrill(name, I.colMember)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                    <td className="is-right">
                      <Fig
                        value={p.nonAnggota}
                        drill={partyDrill(p.unit, 'NON_ANGGOTA')}
                        what={I.partyDrill(name, I.colNonMember)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                    <td className="is-right">
                      <Fig
                        value={p.tanpa}
                        drill={partyDrill(p.unit, 'TANPA')}
                        what={I.partyDrill(name, I.colUnmarked)}
                        onDrill={onDrill}
                        dashZero
                      />
                    </td>
                    <td className="is-right">
                      <Amount value={p.total} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr className="row-total" data-testid="party-total">
                <th scope="row">{I.partyTotal}</th>
                <td className="is-right">
                  <Amount value={is.revenueTotal.anggota} />
                </td>
                <td className="is-right">
                  <Amount value={is.revenueTotal.nonAnggota} />
                </td>
                <td className="is-right">
                  <Amount value={is.revenueTotal.tanpa} />
                </td>
                <td className="is-right">
                  <Amount value={is.revenueTotal.total} />
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      </section>
      <PrintedAt />
    </article>
  )
}
