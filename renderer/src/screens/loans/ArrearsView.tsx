import { useState } from 'react'
import type { ArrearsRow } from '../../../../shared/commands/loans'
import { formatDateLong } from '../../lib/dateText'
import { KOLEKTIBILITAS_LABELS } from '../../../../shared/loans/provisioning'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { PrintedOn, ReportHeader } from './ReportHeader'

const T = t.loans
const A = T.arrears

/** Longest overdue first; equal days by loan number. */
export function sortArrears(rows: readonly ArrearsRow[]): ArrearsRow[] {
  return [...rows].sort((a, b) => b.daysPastDue - a.daysPastDue || a.loanNo.localeCompare(b.loanNo))
}

/** Tunggakan: loans in arrears on a date, for calling members; printable A4 landscape. */
export function ArrearsView() {
  const [asOf, setAsOf] = useState(today())
  const list = useCommand('loans.arrears', asOf ? { asOf } : null)
  const rows = list.data ? sortArrears(list.data.rows) : []
  const sum = (k: 'overduePokok' | 'overdueJasa' | 'denda' | 'outstandingPokok') => rows.reduce((s, r) => s + r[k], 0)
  return (
    <div className="loan-report">
      <div className="filters filters--flat no-print">
        <DateField
          label={T.asOf}
          value={asOf}
          onChange={setAsOf}
          className="w-date"
          error={asOf ? undefined : A.needDate}
          hint=""
          required
        />
        <div className="filters__buttons">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()} disabled={!list.data}>
            {T.print}
          </button>
        </div>
      </div>
      <FailureNotice error={list.error} />
      <article className="report report--wide card loan-arrears" aria-labelledby="loan-arrears-title">
        <ReportHeader
          id="loan-arrears-title"
          title={A.title}
          subtitle={A.subtitle(formatDateLong(list.data?.asOf ?? asOf))}
        />
        {list.data && (
          <p className="muted" data-testid="arrears-count">
            {A.count(rows.length)}
          </p>
        )}
        <DataTable<ArrearsRow>
          aria-label={A.heading}
          className="table--report"
          loading={list.loading}
          rows={rows}
          rowKey={(r) => r.loanId}
          empty={A.empty}
          columns={[
            {
              key: 'no',
              header: A.loanNo,
              render: (r) => (
                <a className="mono plain-link" href={href('pinjaman/detail', { id: String(r.loanId) })}>
                  {r.loanNo}
                </a>
              ),
              nowrap: true
            },
            // The phone sits under the name: one column fewer, so the list fits the screen (issue 16 point 6).
            {
              key: 'member',
              header: A.member,
              render: (r) => (
                <>
                  <span className="mono">{r.memberNo}</span> {r.name}
                  {r.phone && (
                    <>
                      <br />
                      <a className="plain-link nowrap" href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>
                        {r.phone}
                      </a>
                    </>
                  )}
                </>
              )
            },
            { key: 'dpd', header: A.dpd, render: (r) => r.daysPastDue, align: 'right' },
            {
              key: 'kol',
              header: T.kolektibilitas,
              render: (r) => (
                <span className={`loan-kol loan-kol--${r.kolektibilitas.toLowerCase()}`}>
                  {KOLEKTIBILITAS_LABELS[r.kolektibilitas]}
                </span>
              ),
              nowrap: true
            },
            {
              key: 'pokok',
              header: A.overduePokok,
              render: (r) => <Amount value={r.overduePokok} />,
              align: 'right',
              nowrap: true
            },
            {
              key: 'jasa',
              header: A.overdueJasa,
              render: (r) => <Amount value={r.overdueJasa} />,
              align: 'right',
              nowrap: true
            },
            { key: 'denda', header: A.denda, render: (r) => <Amount value={r.denda} />, align: 'right', nowrap: true },
            {
              key: 'sisa',
              header: A.outstanding,
              render: (r) => <Amount value={r.outstandingPokok} />,
              align: 'right',
              nowrap: true
            }
          ]}
          footer={
            rows.length > 0 ? (
              <tr data-testid="arrears-total">
                <th scope="row" colSpan={4}>
                  {A.total}
                </th>
                <td className="is-right nowrap">
                  <Amount value={list.data?.total.overduePokok ?? sum('overduePokok')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={list.data?.total.overdueJasa ?? sum('overdueJasa')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={list.data?.total.denda ?? sum('denda')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={sum('outstandingPokok')} />
                </td>
              </tr>
            ) : undefined
          }
        />
        <PrintedOn />
      </article>
    </div>
  )
}
