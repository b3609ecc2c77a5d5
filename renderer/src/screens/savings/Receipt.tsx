import type { SavingsReceipt } from '../../../../shared/commands/savings'
import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useContext } from 'react'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { formatStamp } from '../../lib/dates'

const T = t.savings.receipt

/** Kwitansi after a deposit or withdrawal; prints on half an A4 sheet. */
export function Receipt({ receipt, onNew }: { receipt: SavingsReceipt; onNew: () => void }) {
  const { transaction: tx } = receipt
  const withdraw = tx.kind === 'TARIK'
  const amount = Math.abs(tx.amount)
  return (
    <section className="card receipt" aria-label={T.title} data-testid="receipt">
      <ReceiptOrg />
      <h2 className="receipt__title">{withdraw ? T.titleWithdraw : T.titleDeposit}</h2>
      <dl className="kv receipt__kv">
        <div className="kv__row">
          <dt>{T.entry}</dt>
          <dd className="mono" data-testid="receipt-entry">
            {receipt.entry.number}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{T.date}</dt>
          <dd>{formatDateLong(tx.date)}</dd>
        </div>
        {tx.recordedAt && (
          <div className="kv__row">
            <dt>{T.recordedAt}</dt>
            <dd data-testid="receipt-recorded">{formatStamp(tx.recordedAt)}</dd>
          </div>
        )}
        <div className="kv__row">
          <dt>{T.member}</dt>
          <dd>
            {receipt.member.memberNo} · {receipt.member.name}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{T.type}</dt>
          <dd>
            {t.savings.typeLong[tx.type]} · {withdraw ? t.savings.withdraw : t.savings.deposit}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{T.amount}</dt>
          <dd className="receipt__amount" data-testid="receipt-amount">
            {formatRupiah(amount)}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{T.words}</dt>
          <dd className="receipt__words" data-testid="receipt-words">
            {capitalize(receipt.amountInWords)}
          </dd>
        </div>
        <div className="kv__row">
          <dt>{T.balanceAfter}</dt>
          <dd>{formatRupiah(receipt.balanceAfter)}</dd>
        </div>
      </dl>
      <div className="receipt__signs">
        <div>
          {T.signMember}
          <br />
          <br />
          <br />({receipt.member.name})
        </div>
        <div>
          {T.signTreasurer}
          <br />
          <br />
          <br />
          (……………………)
        </div>
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {T.print}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onNew}>
          {T.newTx}
        </button>
      </div>
    </section>
  )
}

function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s
}

function ReceiptOrg() {
  const book = useContext(BookContext)
  return book ? <p className="receipt__org">{book.profile.name}</p> : null
}
