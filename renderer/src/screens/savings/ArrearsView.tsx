import { useState } from 'react'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { today } from '../../lib/dates'
import { MonthField } from '../../components/DateInput'

const T = t.savings.arrears

export function ArrearsView() {
  const [month, setMonth] = useState(today().slice(0, 7))
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month)
  const list = useCommand('savings.arrears', valid ? { month } : null)
  return (
    <section className="card">
      <h2 className="card__title">{T.heading}</h2>
      <div className="filters filters--flat">
        <MonthField label={T.month} value={month} onChange={setMonth} className="w-date" />
      </div>
      <FailureNotice error={list.error} />
      {list.data && (
        <p className="muted small" data-testid="arrears-asof">
          {T.asOf(
            formatDateLong(list.data.asOf),
            list.data.dueDay === null ? T.dueEnd : T.dueDay(list.data.dueDay),
            formatRupiah(list.data.notYetDue)
          )}
        </p>
      )}
      <DataTable
        aria-label={T.heading}
        rows={list.data?.rows ?? []}
        loading={list.loading}
        rowKey={(r) => r.memberId}
        empty={T.empty}
        columns={[
          {
            key: 'no',
            header: t.savings.balances.colMemberNo,
            render: (r) => <span className="mono">{r.memberNo}</span>,
            nowrap: true,
            width: '8rem'
          },
          { key: 'name', header: t.savings.balances.colName, render: (r) => r.name },
          {
            key: 'exp',
            header: T.colExpected,
            render: (r) => <Amount value={r.expected} />,
            align: 'right',
            nowrap: true
          },
          { key: 'paid', header: T.colPaid, render: (r) => <Amount value={r.paid} />, align: 'right', nowrap: true },
          { key: 'months', header: T.colMonths, render: (r) => r.months, align: 'right' },
          {
            key: 'short',
            header: T.colShortfall,
            render: (r) => <Amount value={r.shortfall} />,
            align: 'right',
            nowrap: true
          },
          {
            key: 'nyd',
            header: T.colNotYetDue,
            render: (r) => <Amount value={r.notYetDue} dashZero />,
            align: 'right',
            nowrap: true,
            priority: 3
          }
        ]}
        footer={
          list.data && list.data.rows.length > 0 ? (
            <tr>
              <th scope="row" colSpan={5}>
                {T.total}
              </th>
              <td className="is-right nowrap" data-testid="arrears-total">
                <Amount value={list.data.total} />
              </td>
              <td className="col-p3" />
            </tr>
          ) : undefined
        }
      />
    </section>
  )
}
