import { useMemo, useState } from 'react'
import type { ShuMemberRow, ShuSimulation } from '../../../../shared/commands/shu'
import type { PercentTable } from '../../../../shared/shu/allocate'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable, type Column } from '../../components/DataTable'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { Pager } from '../../components/Pager'
import { t } from '../../i18n'
import { formatPercent } from '../../../../shared/money/decimal-text'

const T = t.shu
const PAGE = 50
const comma = (p: string) => formatPercent(p)

/** Penjelasan SHU satu anggota (shu.explain), with the same unsaved percentages as the table. */
export function ExplainDialog({
  year,
  member,
  percentages,
  onClose
}: {
  year: number
  member: { memberId: number; name: string }
  percentages?: PercentTable
  onClose: () => void
}) {
  const ex = useCommand('shu.explain', { year, memberId: member.memberId, ...(percentages ? { percentages } : {}) })
  return (
    <Dialog
      title={T.explainTitle(member.name, year)}
      onClose={onClose}
      focusFirstField={false}
      footer={
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {T.close}
        </button>
      }
    >
      <FailureNotice error={ex.error} />
      <div className="shu-explain" data-testid="shu-explain">
        {ex.data?.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </Dialog>
  )
}

/** Components and per-member rows of a simulation: search, paging, totals, explanation per member. */
export function ShuSimulationView({ sim, percentages }: { sim: ShuSimulation; percentages?: PercentTable }) {
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const [explain, setExplain] = useState<ShuMemberRow | null>(null)
  const rows = useMemo(() => {
    const s = q.trim().toLowerCase()
    return s
      ? sim.members.filter((m) => m.name.toLowerCase().includes(s) || m.memberNo.toLowerCase().includes(s))
      : sim.members
  }, [sim.members, q])
  const shown = rows.slice((page - 1) * PAGE, page * PAGE)
  const cols: Column<ShuMemberRow>[] = [
    { key: 'no', header: T.memberNo, render: (r) => r.memberNo, nowrap: true },
    { key: 'name', header: T.name, render: (r) => r.name },
    { key: 'S', header: T.S, render: (r) => <Amount value={r.S} />, align: 'right', nowrap: true },
    { key: 'T', header: T.T, render: (r) => <Amount value={r.T} />, align: 'right', nowrap: true },
    { key: 'JMA', header: T.JMA, render: (r) => <Amount value={r.JMA} />, align: 'right', nowrap: true },
    { key: 'JUA', header: T.JUA, render: (r) => <Amount value={r.JUA} />, align: 'right', nowrap: true },
    {
      key: 'total',
      header: T.total,
      render: (r) => (
        <strong>
          <Amount value={r.total} />
        </strong>
      ),
      align: 'right',
      nowrap: true
    },
    ...(sim.settings.payoutRoundTo
      ? [
          {
            key: 'payout',
            header: T.payout,
            render: (r: ShuMemberRow) => <Amount value={r.payout} />,
            align: 'right' as const,
            nowrap: true
          }
        ]
      : []),
    {
      key: 'x',
      header: '',
      render: (r) => (
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          onClick={() => setExplain(r)}
          aria-label={`${T.explain} ${r.name}`}
        >
          {T.explain}
        </button>
      )
    }
  ]
  return (
    <section className="shu-sim" aria-label={T.sections.simulation}>
      {sim.message && <Notice tone={sim.loss ? 'warning' : 'info'}>{sim.message}</Notice>}
      <p className="shu-headline">
        {T.shuAfterTax}: <strong data-testid="shu-after-tax">{formatRupiah(sim.shuAfterTax)}</strong>
      </p>
      {sim.split && (
        <p className="muted">{T.split(formatRupiah(sim.split.member), formatRupiah(sim.split.nonMember))}</p>
      )}
      {sim.pools && sim.pools.length > 0 && (
        <DataTable
          aria-label={T.pools}
          className="shu-pools"
          columns={[
            { key: 'unit', header: T.poolColumns.unit, render: (p) => p.name },
            ...(['result', 'common', 'lossOffset', 'pool'] as const).map((k) => ({
              key: k,
              header: T.poolColumns[k],
              render: (p: NonNullable<ShuSimulation['pools']>[number]) => <Amount value={p[k]} />,
              align: 'right' as const,
              nowrap: true
            })),
            {
              key: 'jma',
              header: T.poolColumns.jma,
              render: (p) => <Amount value={p.JMA} />,
              align: 'right',
              nowrap: true
            },
            {
              key: 'jua',
              header: T.poolColumns.jua,
              render: (p) => <Amount value={p.JUA} />,
              align: 'right',
              nowrap: true
            }
          ]}
          rows={sim.pools}
          rowKey={(p) => p.unit}
        />
      )}
      <DataTable
        aria-label={T.component}
        className="shu-components"
        columns={[
          { key: 'name', header: T.component, render: (c) => c.name },
          { key: 'pct', header: T.percent, render: (c) => comma(c.percent), align: 'right', nowrap: true },
          { key: 'acc', header: T.account, render: (c) => c.account, nowrap: true },
          { key: 'amt', header: T.amount, render: (c) => <Amount value={c.amount} />, align: 'right', nowrap: true }
        ]}
        rows={sim.components}
        rowKey={(c) => c.key}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              {T.totals}
            </th>
            <td className="is-right">
              <Amount value={sim.components.reduce((s, c) => s + c.amount, 0)} />
            </td>
          </tr>
        }
      />
      {sim.adjustments.length > 0 && (
        <ul className="shu-adjustments" aria-label={T.adjustments}>
          {sim.adjustments.map((a, i) => (
            <li key={i}>
              {a.reason}: {formatRupiah(a.amount)} → {T.components[a.to] ?? a.to}
            </li>
          ))}
        </ul>
      )}
      <div className="shu-toolbar">
        <input
          className="input"
          type="search"
          placeholder={T.search}
          aria-label={T.search}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(1)
          }}
        />
        <span className="muted">
          {T.members(formatNumberId(sim.totals.members))}
          {sim.excluded.length ? ` · ${T.excluded(sim.excluded.length)}` : ''}
        </span>
      </div>
      <DataTable
        aria-label={T.sections.simulation}
        className="shu-members"
        columns={cols}
        rows={shown}
        rowKey={(r) => r.memberId}
        empty={T.noMembers}
        footer={
          <tr>
            <th scope="row" colSpan={2}>
              {T.totals}
            </th>
            <td className="is-right">
              <Amount value={sim.totals.S} />
            </td>
            <td className="is-right">
              <Amount value={sim.totals.T} />
            </td>
            <td className="is-right" data-testid="shu-total-jma">
              <Amount value={sim.totals.JMA} />
            </td>
            <td className="is-right" data-testid="shu-total-jua">
              <Amount value={sim.totals.JUA} />
            </td>
            <td className="is-right">
              <strong>
                <Amount value={sim.totals.total} />
              </strong>
            </td>
            {sim.settings.payoutRoundTo ? (
              <td className="is-right">
                <Amount value={sim.totals.payout} />
              </td>
            ) : null}
            <td />
          </tr>
        }
      />
      <Pager page={page} pageSize={PAGE} total={rows.length} onPage={setPage} />
      {explain && (
        <ExplainDialog year={sim.year} member={explain} percentages={percentages} onClose={() => setExplain(null)} />
      )}
    </section>
  )
}
