import { useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { TradeDoc } from '../../../../shared/commands/trading'
import { formatDateLong, formatDateShort, formatTimeZone, todayIso } from '../../lib/dateText'
import { formatRupiah, formatNumberId } from '../../../../shared/money/rupiah'
import { capitalizeFirst } from '../../../../shared/money/terbilang'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { appTimeZone, formatStamp } from '../../lib/dates'
import { qtyText } from './common'

/** 58 mm and 80 mm thermal paper, or an A5 kwitansi on an office printer. */
export type ReceiptLayout = '58' | '80' | 'A5'

const K = t.trading.struk
const PX_PER_MM = 96 / 25.4

/**
 * The page the OS printer gets: a thermal roll is exactly as long as the struk (measured, plus a
 * little feed), with no margins and no page number; the kwitansi is an A5 sheet lying down.
 */
function pageRule(layout: ReceiptLayout, heightMm: number): string {
  if (layout === 'A5') return '@page { size: A5 landscape; margin: 8mm 10mm 10mm; }'
  return `@page { size: ${layout}mm ${Math.ceil(heightMm) + 4}mm; margin: 0; @bottom-right { content: none; } }`
}

/**
 * The gerai's struk (58/80 mm) or kwitansi (A5) for a sale, and, while it is shown, the print set-up:
 * only this paper prints, on a page of its own size (window.print sends it to the OS printer).
 */
export function SaleReceipt({ doc, layout, unitName }: { doc: TradeDoc; layout: ReceiptLayout; unitName: string }) {
  return (
    <PrintPaper layout={layout} deps={doc}>
      {layout === 'A5' ? <Kwitansi doc={doc} unitName={unitName} /> : <Struk doc={doc} unitName={unitName} />}
    </PrintPaper>
  )
}

/** The paper (struk roll or A5 sheet) that alone prints while it is shown; `deps` re-measures its height. */
export function PrintPaper({ layout, deps, children }: { layout: ReceiptLayout; deps: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [heightMm, setHeightMm] = useState(200)
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 0
    if (h > 0) setHeightMm(h / PX_PER_MM)
  }, [deps, layout])
  useEffect(() => {
    document.body.classList.add('print-receipt-only')
    return () => document.body.classList.remove('print-receipt-only')
  }, [])
  return (
    <>
      <style>{pageRule(layout, heightMm)}</style>
      <div
        ref={ref}
        className={`receipt-paper receipt-paper--${layout}`}
        data-testid="receipt-paper"
        data-layout={layout}
      >
        {children}
      </div>
    </>
  )
}

export function useOrg() {
  const p = useContext(BookContext)?.profile
  if (!p) return { name: '', address: '', phone: null, village: '' }
  return {
    name: p.name,
    address: [p.street, p.village, p.district, p.regency].filter(Boolean).join(', '),
    phone: p.phone,
    village: p.village
  }
}

/** "02/03/2025 14.05 WIB" when recorded that day; a sale entered later says when it was recorded. */
export function when(doc: TradeDoc): string {
  const zone = appTimeZone()
  const recordedDay = todayIso(zone, new Date(doc.recordedAt))
  return recordedDay === doc.date
    ? `${formatDateShort(doc.date)} ${formatTimeZone(doc.recordedAt, zone)}`
    : `${formatDateShort(doc.date)} (${K.recordedLater(formatStamp(doc.recordedAt))})`
}

/** Rupiah without the symbol on item lines (the struk's columns are narrow): 140.000. */
const plain = (n: number) => formatNumberId(n)

function Struk({ doc, unitName }: { doc: TradeDoc; unitName: string }) {
  const org = useOrg()
  return (
    <div className="struk">
      <p className="struk__org">{org.name}</p>
      <p className="struk__addr">{org.address}</p>
      {org.phone && <p className="struk__addr">{org.phone}</p>}
      <p className="struk__unit">{unitName}</p>
      <hr />
      <p>
        {K.no} {doc.docNo}
      </p>
      <p data-testid="struk-when">{when(doc)}</p>
      <p>
        {K.kasir}: {doc.cashier}
      </p>
      {doc.member && (
        <p data-testid="struk-member">
          {K.member}: {doc.member.memberNo} {doc.member.name}
        </p>
      )}
      <hr />
      <ul className="struk__items">
        {doc.lines.map((l) => (
          <li key={l.moveId}>
            <span className="struk__name">{l.name}</span>
            <span className="struk__line">
              <span>
                {qtyText(l.qty)} {l.uom} × {plain(l.price)}
              </span>
              <span className="struk__num">{plain(l.amount)}</span>
            </span>
          </li>
        ))}
      </ul>
      <hr />
      <p className="struk__row struk__total">
        <span>{K.total}</span>
        <span className="struk__num" data-testid="struk-total">
          {formatRupiah(doc.amount)}
        </span>
      </p>
      {doc.payment === 'KREDIT' ? (
        <p>{K.bon}</p>
      ) : (
        doc.paid !== null && (
          <>
            <p className="struk__row">
              <span>{K.paid}</span>
              <span className="struk__num" data-testid="struk-paid">
                {formatRupiah(doc.paid)}
              </span>
            </p>
            <p className="struk__row">
              <span>{K.change}</span>
              <span className="struk__num" data-testid="struk-change">
                {formatRupiah(doc.change ?? 0)}
              </span>
            </p>
          </>
        )
      )}
      <hr />
      <p className="struk__thanks">{K.thanks}</p>
    </div>
  )
}

function Kwitansi({ doc, unitName }: { doc: TradeDoc; unitName: string }) {
  const org = useOrg()
  return (
    <div className="kwitansi">
      <header className="kwitansi__head">
        <div>
          <p className="kwitansi__org">{org.name}</p>
          <p className="kwitansi__addr">
            {org.address}
            {org.phone ? ` · ${org.phone}` : ''}
          </p>
        </div>
        <div className="kwitansi__no">
          <p className="kwitansi__title">{K.kwitansi}</p>
          <p>
            {K.no} {doc.docNo}
          </p>
        </div>
      </header>
      <dl className="kwitansi__body">
        <dt>{K.receivedFrom}</dt>
        <dd>{doc.member ? `${doc.member.memberNo} · ${doc.member.name}` : K.buyerGeneral}</dd>
        <dt>{K.amountWords}</dt>
        <dd className="kwitansi__words" data-testid="kwitansi-words">
          {capitalizeFirst(doc.amountInWords)}
        </dd>
        <dt>{K.forPayment}</dt>
        <dd>
          {K.forGoods(unitName, doc.docNo)} {doc.lines.map((l) => `${l.name} ${qtyText(l.qty)} ${l.uom}`).join(', ')}
        </dd>
      </dl>
      <footer className="kwitansi__foot">
        <p className="kwitansi__amount" data-testid="kwitansi-amount">
          {formatRupiah(doc.amount)}
        </p>
        <div className="kwitansi__sign">
          <p>
            {org.village}, {formatDateLong(doc.date)}
          </p>
          <p>{K.receiver}</p>
          <p className="kwitansi__signname">({doc.cashier})</p>
        </div>
      </footer>
    </div>
  )
}
