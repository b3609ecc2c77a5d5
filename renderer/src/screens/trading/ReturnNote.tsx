import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatDateLong } from '../../lib/dateText'
import { formatNumberId, formatRupiah } from '../../../../shared/money/rupiah'
import { capitalizeFirst } from '../../../../shared/money/terbilang'
import { t } from '../../i18n'
import { qtyText } from './common'
import { PrintPaper, useOrg, when, type ReceiptLayout } from './SaleReceipt'

const N = t.trading.returnNote

/** Nota retur (sales or purchase return) on a struk roll or an A5 sheet: the original struk/nota, lines, refund and signatures. */
export function ReturnNote({ doc, layout, unitName }: { doc: TradeDoc; layout: ReceiptLayout; unitName: string }) {
  const org = useOrg()
  const sale = doc.type === 'RETUR_JUAL'
  const refund = sale
    ? doc.payment === 'KREDIT'
      ? N.refundBon
      : N.refundCash
    : doc.payment === 'KREDIT'
      ? N.reducePayable
      : N.receivedCash
  return (
    <PrintPaper layout={layout} deps={doc}>
      <div className="struk return-note" data-testid="return-note">
        <p className="struk__org">{org.name}</p>
        <p className="struk__addr">{org.address}</p>
        <p className="struk__unit">{unitName}</p>
        <hr />
        <p className="struk__total">{sale ? N.titleSale : N.titlePurchase}</p>
        <p>
          {N.no} {doc.docNo}
        </p>
        <p>
          {N.date}: {when(doc)}
        </p>
        <p data-testid="return-ref">
          {N.ref}: {doc.originalDocNo}
        </p>
        {sale ? (
          <p data-testid="return-party">
            {doc.member ? `${N.member}: ${doc.member.memberNo} ${doc.member.name}` : N.nonMember}
          </p>
        ) : (
          <p data-testid="return-party">
            {N.supplier}: {doc.supplier?.name}
          </p>
        )}
        <hr />
        <ul className="struk__items">
          {doc.lines.map((l) => (
            <li key={l.moveId}>
              <span className="struk__name">{l.name}</span>
              <span className="struk__line">
                <span>
                  {qtyText(l.qty)} {l.uom} × {formatNumberId(l.price)}
                </span>
                <span className="struk__num">{formatNumberId(l.amount)}</span>
              </span>
            </li>
          ))}
        </ul>
        <hr />
        <p className="struk__row struk__total">
          <span>{N.total}</span>
          <span className="struk__num" data-testid="return-total">
            {formatRupiah(doc.amount)}
          </span>
        </p>
        <p>
          {N.words}: {capitalizeFirst(doc.amountInWords)}
        </p>
        <p data-testid="return-refund">{refund}</p>
        {doc.note && (
          <p>
            {N.reason}: {doc.note}
          </p>
        )}
        <hr />
        <p className="struk__row return-note__sign">
          <span>
            {N.officer}
            <br />
            <br />
            <br />({doc.cashier})
          </span>
          <span>
            {sale ? N.buyerSign : N.supplierSign}
            <br />
            <br />
            <br />
            {N.signBlank}
          </span>
        </p>
        <p className="struk__addr">
          {org.village}, {formatDateLong(doc.date)}
          {doc.entryNumber ? ` · ${N.entry(doc.entryNumber)}` : ''}
        </p>
      </div>
    </PrintPaper>
  )
}
