import { formatDateLong } from '../../lib/dateText'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { capitalizeFirst } from '../../../../shared/money/terbilang'
import { useCommand } from '../../api/useCommand'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'

const V = t.bookkeeping.voucher

/** Bukti kas masuk/keluar on an A4 sheet: lines, total, terbilang and four signature boxes. */
export function VoucherPrint({ entryId, onBack }: { entryId: number; onBack: () => void }) {
  const q = useCommand('cash.voucher', { entryId })
  const v = q.data
  return (
    <div className="bk-voucher-wrap">
      <FailureNotice error={q.error} />
      {v && (
        <section
          className="card bk-voucher"
          aria-label={v.kind === 'MASUK' ? V.receiptTitle : V.paymentTitle}
          data-testid="voucher"
        >
          <p className="bk-voucher__org">{v.cooperativeName}</p>
          <h2 className="bk-voucher__title">{v.kind === 'MASUK' ? V.receiptTitle : V.paymentTitle}</h2>
          {v.reversedBy && <Notice tone="warning">{V.reversed(v.reversedBy.number)}</Notice>}
          <dl className="kv">
            <div className="kv__row">
              <dt>{V.number}</dt>
              <dd className="mono" data-testid="voucher-number">
                {v.number}
              </dd>
            </div>
            <div className="kv__row">
              <dt>{V.date}</dt>
              <dd>{formatDateLong(v.date)}</dd>
            </div>
            <div className="kv__row">
              <dt>{V.cashAccount}</dt>
              <dd>
                {v.cashAccount.code} · {v.cashAccount.name}
              </dd>
            </div>
            <div className="kv__row">
              <dt>{v.kind === 'MASUK' ? V.partyIn : V.partyOut}</dt>
              <dd>{v.partyName}</dd>
            </div>
            <div className="kv__row">
              <dt>{V.description}</dt>
              <dd>{v.description}</dd>
            </div>
            {v.reference && (
              <div className="kv__row">
                <dt>{V.reference}</dt>
                <dd>{v.reference}</dd>
              </div>
            )}
          </dl>
          <table className="table bk-voucher__lines">
            <thead>
              <tr>
                <th>{t.bookkeeping.common.account}</th>
                <th>{t.bookkeeping.common.memo}</th>
                <th className="bk-num">{t.bookkeeping.common.amount}</th>
              </tr>
            </thead>
            <tbody>
              {v.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    {l.accountCode} · {l.accountName}
                    {l.unitCode ? ` (${l.unitCode})` : ''}
                  </td>
                  <td>{l.memo ?? ''}</td>
                  <td className="bk-num">{formatRupiah(l.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={2}>{t.bookkeeping.common.total}</td>
                <td className="bk-num" data-testid="voucher-total">
                  {formatRupiah(v.total)}
                </td>
              </tr>
            </tfoot>
          </table>
          <p className="bk-voucher__words">
            <strong>{V.words}:</strong> <em data-testid="voucher-words">{capitalizeFirst(v.amountInWords)}</em>
          </p>
          <div className="bk-voucher__signs">
            {(v.kind === 'MASUK' ? V.signsIn : V.signs).map((s) => (
              <div key={s} className="bk-voucher__sign">
                {s}
                <br />
                <br />
                <br />
                <br />
                (……………………)
              </div>
            ))}
          </div>
        </section>
      )}
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {V.print}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onBack}>
          {V.back}
        </button>
      </div>
    </div>
  )
}
