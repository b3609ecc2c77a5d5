import { useContext } from 'react'
import { formatDateLong } from '../../../../shared/dates/format'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { formatStamp } from '../../lib/dates'
import type { PayResult } from './results'

const R = t.loans.receipt
const D = t.loans.detail

/** Kwitansi of a loan payment: amount, terbilang and how it was allocated; half an A4 sheet. */
export function LoanReceipt({ result, onBack }: { result: PayResult; onBack: () => void }) {
  const p = result.payment
  const book = useContext(BookContext)
  const last = result.payments.at(-1)
  const paidOn = last?.date
  const row = (label: string, value: number, id: string) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd data-testid={`receipt-${id}`}>{formatRupiah(value)}</dd>
    </div>
  )
  return (
    <section className="card receipt" aria-label={R.title} data-testid="receipt">
      {book && <p className="receipt__org">{book.profile.name}</p>}
      <h2 className="receipt__title">{R.title}</h2>
      <dl className="kv receipt__kv">
        <div className="kv__row">
          <dt>{R.entry}</dt>
          <dd className="mono" data-testid="receipt-entry">
            {p.entryNumber}
          </dd>
        </div>
        {paidOn && (
          <div className="kv__row">
            <dt>{R.date}</dt>
            <dd>{formatDateLong(paidOn)}</dd>
          </div>
        )}
        {last?.recordedAt && (
          <div className="kv__row">
            <dt>{R.recordedAt}</dt>
            <dd data-testid="receipt-recorded">{formatStamp(last.recordedAt)}</dd>
          </div>
        )}
        <div className="kv__row">
          <dt>{R.member}</dt>
          <dd>
            {result.member.memberNo} · {result.member.name}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{R.loan}</dt>
          <dd className="mono">{result.loanNo}</dd>
        </div>
        <div className="kv__row">
          <dt>{R.amount}</dt>
          <dd className="receipt__amount" data-testid="receipt-amount">
            {formatRupiah(p.amount)}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{R.words}</dt>
          <dd className="receipt__words" data-testid="receipt-words">
            {p.amountInWords ? p.amountInWords[0]!.toUpperCase() + p.amountInWords.slice(1) : ''}
          </dd>
        </div>
      </dl>
      <h3 className="receipt__sub">{R.allocation}</h3>
      <dl className="kv receipt__kv" data-testid="receipt-allocation">
        {row(D.denda, p.denda, 'denda')}
        {row(t.loans.col.jasa, p.jasa, 'jasa')}
        {row(t.loans.col.pokok, p.pokok, 'pokok')}
        {(result.dues || result.status === 'LUNAS') &&
          row(R.outstanding, result.dues?.outstandingPokok ?? 0, 'outstanding')}
      </dl>
      <div className="receipt__signs">
        <div>
          {R.signMember}
          <br />
          <br />
          <br />({result.member.name})
        </div>
        <div>
          {R.signTreasurer}
          <br />
          <br />
          <br />
          (……………………)
        </div>
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {R.print}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onBack}>
          {R.back}
        </button>
      </div>
    </section>
  )
}
