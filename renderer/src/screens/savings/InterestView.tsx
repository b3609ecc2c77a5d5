import { useState } from 'react'
import { formatDateLong, lastDayOfMonth } from '../../lib/dateText'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { lastEndedMonth } from '../../lib/dates'
import { MonthField } from '../../components/DateInput'

const T = t.interest
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/** Jasa simpanan sukarela: the month's calculation per member, then one posting. */
export function InterestView({ onPosted }: { onPosted?: () => void }) {
  const invoke = useInvoke()
  const mayPost = useSession().canRun('savings.postInterest')
  const [month, setMonth] = useState(lastEndedMonth())
  const valid = MONTH_RE.test(month)
  const list = useCommand('savings.interestPreview', valid ? { month } : null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<CommandFailure | null>(null)
  const [posted, setPosted] = useState<string | null>(null)
  const d = list.data

  const post = async () => {
    if (!valid || busy) return
    setBusy(true)
    setFailure(null)
    setPosted(null)
    try {
      const date = lastDayOfMonth(month)
      const r = await invoke('savings.postInterest', { month, date })
      setPosted(r.entry ? T.posted(r.entry.number, formatDateLong(date)) : T.postedNone)
      onPosted?.()
    } catch (e) {
      setFailure(toFailure(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card">
      <h2 className="card__title">{T.heading}</h2>
      <div className="filters filters--flat">
        <MonthField
          label={T.month}
          value={month}
          onChange={(v) => {
            setMonth(v)
            setPosted(null)
            setFailure(null)
          }}
          className="w-date"
        />
      </div>
      <FailureNotice error={list.error} />
      <DataTable
        aria-label={T.heading}
        rows={d?.lines ?? []}
        loading={list.loading}
        rowKey={(r) => r.memberId}
        empty={T.empty}
        columns={[
          {
            key: 'm',
            header: T.colMember,
            render: (r) => (
              <>
                <span className="mono">{r.memberNo}</span> {r.name}
              </>
            )
          },
          { key: 'base', header: T.colBase, render: (r) => <Amount value={r.base} />, align: 'right', nowrap: true },
          { key: 'gross', header: T.colGross, render: (r) => <Amount value={r.gross} />, align: 'right', nowrap: true },
          { key: 'tax', header: T.colTax, render: (r) => <Amount value={r.tax} />, align: 'right', nowrap: true },
          { key: 'net', header: T.colNet, render: (r) => <Amount value={r.net} />, align: 'right', nowrap: true }
        ]}
        footer={
          d && d.lines.length > 0 ? (
            <tr data-testid="interest-totals">
              <th scope="row" colSpan={2}>
                {T.total}
              </th>
              <td className="is-right nowrap" data-testid="interest-gross">
                <Amount value={d.gross} />
              </td>
              <td className="is-right nowrap" data-testid="interest-tax">
                <Amount value={d.tax} />
              </td>
              <td className="is-right nowrap" data-testid="interest-net">
                <Amount value={d.net} />
              </td>
            </tr>
          ) : undefined
        }
      />
      <FailureNotice error={failure} />
      {posted && <Notice tone="success">{posted}</Notice>}
      {mayPost && (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={!valid || busy || !d || d.lines.length === 0 || posted !== null}
            onClick={post}
          >
            {T.post}
          </button>
        </div>
      )}
    </section>
  )
}
