import { useState } from 'react'
import type { Loan } from '../../../../shared/commands/loans'
import { formatDateLong, formatDateShort } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { FailureNotice } from '../../components/FailureNotice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { StatusBadge } from './LoanList'
import { PrintedOn, ReportHeader } from './ReportHeader'
import { percentId } from './ScheduleTable'

const T = t.loans
const S = T.statement
const D = T.detail
type Payment = Loan['payments'][number]

/** Rekening Pinjaman Anggota: every loan of one member with its payments and today's dues. */
export function MemberStatement({ memberId }: { memberId: number }) {
  const [asOf, setAsOf] = useState(today())
  const list = useCommand('loans.list', asOf ? { memberId, asOf } : null)
  const member = useCommand('members.get', { id: memberId })
  const loans = list.data ?? []
  const who = loans[0]?.member ?? (member.data ? { memberNo: member.data.memberNo, name: member.data.name } : null)
  return (
    <div className="loan-report loan-statement">
      <p className="no-print">
        <a href={href('pinjaman/daftar')}>{S.back}</a>
      </p>
      <div className="filters filters--flat no-print">
        <DateField
          label={T.asOf}
          value={asOf}
          onChange={setAsOf}
          className="w-date"
          error={asOf ? undefined : T.arrears.needDate}
          hint=""
          required
        />
        <div className="filters__buttons">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()} disabled={!list.data}>
            {S.print}
          </button>
        </div>
      </div>
      <FailureNotice error={list.error} />
      <article className="report card" aria-labelledby="loan-statement-title" data-testid="statement">
        <ReportHeader
          id="loan-statement-title"
          title={S.title}
          subtitle={who ? S.subtitle(who.memberNo, who.name, formatDateLong(asOf || today())) : undefined}
        />
        {list.loading && !list.data && <p className="muted">{t.common.loading}</p>}
        {list.data && loans.length === 0 && <p className="muted">{S.empty}</p>}
        {loans.map((l) => (
          <StatementLoan key={l.id} loan={l} />
        ))}
        <PrintedOn />
      </article>
    </div>
  )
}

function StatementLoan({ loan }: { loan: Loan }) {
  const kv = (label: string, value: React.ReactNode) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  const sum = (k: 'denda' | 'jasa' | 'pokok' | 'amount') => loan.payments.reduce((s, p) => s + p[k], 0)
  const d = loan.dues
  return (
    <section className="loan-statement__loan" aria-label={loan.loanNo} data-testid={`statement-loan-${loan.id}`}>
      <h3 className="loan-statement__title">
        <a className="mono plain-link" href={href('pinjaman/detail', { id: String(loan.id) })}>
          {loan.loanNo}
        </a>{' '}
        · {loan.productCode} <StatusBadge status={loan.status} />
      </h3>
      <dl className="kv">
        {kv(D.principal, formatRupiah(loan.principal))}
        {kv(D.rate, D.ratePerMonth(percentId(loan.ratePerMonth), T.methods[loan.method] ?? loan.method))}
        {kv(D.tenor, D.months(loan.tenor))}
        {kv(D.applied, formatDateLong(loan.appliedAt))}
        {loan.disbursedAt && kv(D.disbursed, formatDateLong(loan.disbursedAt))}
        {loan.closedAt && kv(D.closed, formatDateLong(loan.closedAt))}
        {loan.writtenOffAt &&
          kv(
            T.writeOff.writtenOff,
            T.writeOff.writtenOffValue(formatRupiah(loan.writtenOffAmount), formatDateLong(loan.writtenOffAt))
          )}
        {d && kv(D.outstanding, formatRupiah(d.outstandingPokok))}
      </dl>
      {loan.disbursedAt && (
        <DataTable<Payment>
          aria-label={`${S.payments} ${loan.loanNo}`}
          caption={S.payments}
          className="table--report"
          rows={loan.payments}
          rowKey={(p) => p.id}
          empty={S.noPayments}
          columns={[
            { key: 'date', header: S.date, render: (p) => formatDateShort(p.date), nowrap: true },
            {
              key: 'entry',
              header: S.entry,
              render: (p) => <span className="mono">{p.entryNumber}</span>,
              nowrap: true
            },
            {
              key: 'denda',
              header: D.denda,
              render: (p) => <Amount value={p.denda} dashZero />,
              align: 'right',
              nowrap: true
            },
            {
              key: 'jasa',
              header: T.col.jasa,
              render: (p) => <Amount value={p.jasa} dashZero />,
              align: 'right',
              nowrap: true
            },
            {
              key: 'pokok',
              header: T.col.pokok,
              render: (p) => <Amount value={p.pokok} dashZero />,
              align: 'right',
              nowrap: true
            },
            { key: 'total', header: S.total, render: (p) => <Amount value={p.amount} />, align: 'right', nowrap: true }
          ]}
          footer={
            loan.payments.length > 0 ? (
              <tr>
                <th scope="row" colSpan={2}>
                  {T.total}
                </th>
                <td className="is-right nowrap">
                  <Amount value={sum('denda')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={sum('jasa')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={sum('pokok')} />
                </td>
                <td className="is-right nowrap">
                  <Amount value={sum('amount')} />
                </td>
              </tr>
            ) : undefined
          }
        />
      )}
      {d && (
        <dl className="kv loan-dues" aria-label={S.dues}>
          {kv(D.denda, formatRupiah(d.denda))}
          {kv(D.overdueJasa, formatRupiah(d.overdueJasa))}
          {kv(D.overduePokok, formatRupiah(d.overduePokok))}
          {kv(D.currentJasa, formatRupiah(d.currentJasa))}
          {kv(D.currentPokok, formatRupiah(d.currentPokok))}
          {kv(D.payoff, formatRupiah(d.payoff))}
          {kv(D.daysPastDue, d.daysPastDue)}
        </dl>
      )}
    </section>
  )
}
