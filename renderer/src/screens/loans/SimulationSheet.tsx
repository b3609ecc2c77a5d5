import { useContext } from 'react'
import { documentFileName } from '../../../../shared/files/document-name'
import { disbursementCash, provisiOf } from '../../../../shared/loans/disbursement'
import { formatRupiah } from '../../../../shared/money/rupiah'
import type { LoanProduct } from '../../../../shared/commands/loans'
import { BookContext } from '../../app/BookContext'
import { t } from '../../i18n'
import { printAs } from '../../lib/print'
import { PrintedOn, ReportHeader } from './ReportHeader'
import { ScheduleTable, percentId } from './ScheduleTable'
import type { SchedulePreview as Preview } from './results'

const T = t.loans
const S = T.simSheet

export interface SimulationTerms {
  principal: number
  /** "1.5" */
  ratePerMonth: string
  tenorMonths: number
  method: string
}

/**
 * Simulasi angsuran for the member to take home before applying: terms, what is handed over, the
 * monthly installment and the whole schedule, on one A4 sheet with room for both signatures.
 */
export function SimulationSheet({
  preview,
  terms,
  product,
  member
}: {
  preview: Preview
  terms: SimulationTerms
  product?: LoanProduct | undefined
  member?: { memberNo: string; name: string } | null
}) {
  const book = useContext(BookContext)
  const rows = preview.installments
  const amounts = rows.map((r) => r.angsuran)
  const low = Math.min(...amounts)
  const high = Math.max(...amounts)
  const jasa = rows.reduce((s, r) => s + r.jasa, 0)
  const fees = product
    ? {
        provisi: provisiOf(terms.principal, product.provisiPercent),
        adminFee: product.adminFee,
        feeDeducted: product.feeDeducted
      }
    : null
  const cash = fees ? disbursementCash({ principal: terms.principal, ...fees }) : null
  const kv = (label: string, value: string, id?: string) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd {...(id ? { 'data-testid': id } : {})}>{value}</dd>
    </div>
  )
  const print = () => {
    printAs(
      documentFileName(
        book?.profile.name ?? '',
        S.fileDocument,
        member ? `${member.memberNo} ${member.name}` : null,
        'pdf'
      )
    )
  }
  return (
    <section className="card report loan-sim-sheet" aria-label={S.title} data-testid="simulation-sheet">
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={print}>
          {S.print}
        </button>
      </div>
      <ReportHeader title={S.title} subtitle={S.subtitle} />
      <dl className="kv loan-sim-sheet__terms">
        {member && kv(S.member, `${member.memberNo} · ${member.name}`)}
        {product && kv(S.product, `${product.code} · ${product.name}`)}
        {kv(S.principal, formatRupiah(terms.principal), 'sim-principal')}
        {kv(S.rate, S.rateValue(percentId(terms.ratePerMonth), T.methods[terms.method] ?? terms.method))}
        {terms.method === 'flat' && kv(S.effective, S.effectiveValue(percentId(preview.effectiveRatePerMonth)))}
        {kv(S.tenor, S.months(terms.tenorMonths))}
        {kv(
          S.installment,
          low === high ? formatRupiah(low) : S.installmentRange(formatRupiah(high), formatRupiah(low)),
          'sim-installment'
        )}
        {kv(S.totalJasa, formatRupiah(jasa), 'sim-total-jasa')}
        {kv(S.totalPaid, formatRupiah(terms.principal + jasa), 'sim-total-paid')}
        {fees && kv(S.provisi, formatRupiah(fees.provisi))}
        {fees && kv(S.adminFee, formatRupiah(fees.adminFee))}
        {cash &&
          kv(
            S.handedOver,
            fees?.feeDeducted
              ? S.handedOverDeducted(formatRupiah(cash.handedOver))
              : S.handedOverCash(formatRupiah(cash.handedOver), formatRupiah(cash.feesPaidInCash)),
            'sim-handed-over'
          )}
      </dl>
      <ScheduleTable rows={rows} caption={T.scheduleTitle} />
      <p className="small loan-sim-sheet__note">{S.note}</p>
      <div className="loan-signs loan-sim-sheet__signs">
        <div>
          <p>{S.signMember}</p>
          <div className="loan-signs__space" />
          <p className="loan-signs__name">{member?.name ?? ''}</p>
        </div>
        <div />
        <div>
          <p>{S.signOfficer}</p>
          <div className="loan-signs__space" />
          <p className="loan-signs__name" />
        </div>
      </div>
      <PrintedOn />
    </section>
  )
}
