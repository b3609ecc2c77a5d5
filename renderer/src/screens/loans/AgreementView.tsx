import { useContext } from 'react'
import type { Loan, LoanProduct } from '../../../../shared/commands/loans'
import type { Member } from '../../../../shared/commands/members'
import { formatDateLong } from '../../../../shared/dates/format'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { capitalizeFirst, terbilangRupiah } from '../../../../shared/money/terbilang'
import { useCommand } from '../../api/useCommand'
import { BookContext } from '../../app/BookContext'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { href } from '../../lib/router'
import { ReportHeader } from './ReportHeader'
import { ScheduleTable, percentId } from './ScheduleTable'

const T = t.loans
const G = T.agreement
type Method = LoanProduct['method']

function addressOf(m: Member): string {
  const rtrw = m.rt || m.rw ? t.common.rtRw(m.rt ?? '-', m.rw ?? '-') : null
  return [m.street, rtrw, m.dusun, m.village].filter(Boolean).join(', ')
}

type Terms = Pick<
  LoanProduct,
  'feeDeducted' | 'dendaMode' | 'dendaValue' | 'graceDays' | 'earlyPayoffJasa' | 'earlyPayoffPenaltyMonths'
>
const TERM_KEYS = [
  'feeDeducted',
  'dendaMode',
  'dendaValue',
  'graceDays',
  'earlyPayoffJasa',
  'earlyPayoffPenaltyMonths'
] as const

/**
 * The terms the loan was given: the loan's own copy where the book has one, else the product in
 * force on the disbursement (or application) date; null when neither says anything.
 */
export function termsOf(loan: Loan, product: LoanProduct | null): Partial<Terms> | null {
  const own = loan as Partial<Terms>
  const out: Record<string, unknown> = {}
  for (const k of TERM_KEYS) {
    const v = own[k] ?? product?.[k]
    if (v !== undefined && v !== null) out[k] = v
  }
  return 'dendaMode' in out && 'dendaValue' in out ? (out as Partial<Terms>) : null
}

/** The rules as printed: denda and pelunasan dipercepat (missing early-payoff fields read as BULAN_BERJALAN/0). */
export function productRules(p: Partial<Terms> & Pick<Terms, 'dendaMode' | 'dendaValue'>): {
  denda: string
  early: string
} {
  const grace = p.graceDays ?? 0
  const denda =
    p.dendaMode === 'TETAP'
      ? G.dendaFixed(formatRupiah(Math.round(Number(p.dendaValue))), grace)
      : G.dendaPerDay(percentId(p.dendaValue), grace)
  const jasa = p.earlyPayoffJasa ?? 'BULAN_BERJALAN'
  const months = p.earlyPayoffPenaltyMonths ?? 0
  const early = capitalizeFirst(
    `${G.earlyRule[jasa] ?? G.earlyRule.BULAN_BERJALAN}${months > 0 ? G.earlyPenalty(months) : ''}`
  )
  return { denda, early }
}

/** Ringkasan Perjanjian Pinjaman: the terms of one loan on one A4 sheet, with signatures. */
export function AgreementView({ loanId }: { loanId: number }) {
  const got = useCommand('loans.get', { loanId })
  const loan = got.data
  const asOf = loan ? (loan.disbursedAt ?? loan.appliedAt) : null
  const member = useCommand('members.get', loan ? { id: loan.member.id } : null)
  const products = useCommand('loans.products', asOf ? { asOf } : null)
  const product = products.data?.find((p) => p.code === loan?.productCode)
  const preview = useCommand(
    'loans.schedulePreview',
    loan
      ? {
          principal: loan.principal,
          ratePerMonth: loan.ratePerMonth,
          tenorMonths: loan.tenor,
          method: loan.method as Method,
          roundUpTo: product?.roundUpTo ?? 0
        }
      : null
  )
  return (
    <div className="loan-agreement-page">
      <p className="no-print">
        <a href={href('pinjaman/detail', { id: String(loanId) })}>{G.back}</a>
      </p>
      <FailureNotice error={got.error} />
      {!loan && !got.error && <p>{t.common.loading}</p>}
      {loan && (
        <Agreement
          loan={loan}
          member={member.data ?? null}
          product={product ?? null}
          productsLoaded={products.data !== undefined}
          effectiveRate={preview.data?.effectiveRatePerMonth ?? null}
          previewRows={preview.data?.installments ?? null}
        />
      )}
    </div>
  )
}

export function Agreement({
  loan,
  member,
  product,
  productsLoaded,
  effectiveRate,
  previewRows
}: {
  loan: Loan
  member: Member | null
  product: LoanProduct | null
  productsLoaded: boolean
  effectiveRate: string | null
  previewRows: Loan['schedule'] | Omit<Loan['schedule'][number], 'dueDate'>[] | null
}) {
  const book = useContext(BookContext)
  const terms = termsOf(loan, product)
  const rules = terms ? productRules(terms as Terms) : null
  const deducted = terms?.feeDeducted ?? false
  const net = loan.principal - loan.provisi - loan.adminFee
  const rows = loan.schedule.length > 0 ? loan.schedule : previewRows
  const kv = (label: string, value: React.ReactNode, id?: string) => (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd data-testid={id}>{value}</dd>
    </div>
  )
  const place = book?.profile.village ? `${book.profile.village}, ` : ''
  return (
    <article
      className="card report loan-agreement print-a4"
      aria-labelledby="loan-agreement-title"
      data-testid="agreement"
    >
      <ReportHeader id="loan-agreement-title" title={G.title} subtitle={loan.loanNo} />
      <dl className="kv loan-agreement__kv">
        {kv(G.memberNo, <span className="mono">{loan.member.memberNo}</span>)}
        {kv(G.member, loan.member.name)}
        {member?.nik && kv(G.nik, <span className="mono">{member.nik}</span>)}
        {member && addressOf(member) && kv(G.address, addressOf(member))}
        {kv(G.loanNo, <span className="mono">{loan.loanNo}</span>)}
        {kv(G.product, product ? `${loan.productCode} · ${product.name}` : loan.productCode)}
        {kv(G.principal, formatRupiah(loan.principal), 'agreement-principal')}
        {kv(G.words, <em>{capitalizeFirst(terbilangRupiah(loan.principal))}</em>, 'agreement-words')}
        {kv(G.tenor, T.detail.months(loan.tenor))}
        {kv(G.method, T.methods[loan.method] ?? loan.method)}
        {kv(G.rate, `${percentId(loan.ratePerMonth)} %`)}
        {loan.method === 'flat' &&
          effectiveRate &&
          kv(G.effectiveLabel, G.effective(percentId(effectiveRate)), 'agreement-effective')}
        {kv(G.provisi, formatRupiah(loan.provisi))}
        {kv(G.adminFee, formatRupiah(loan.adminFee))}
        {deducted &&
          (loan.provisi > 0 || loan.adminFee > 0) &&
          kv(G.net, `${formatRupiah(net)} (${G.netHint})`, 'agreement-net')}
        {rules && kv(G.denda, rules.denda, 'agreement-denda')}
        {rules && kv(G.early, rules.early, 'agreement-early')}
      </dl>
      {!rules && productsLoaded && (
        <div className="no-print">
          <Notice tone="warning">{G.unknownProduct}</Notice>
        </div>
      )}
      {rows && rows.length > 0 && <ScheduleTable rows={rows} caption={T.scheduleTitle} />}
      <p className="loan-agreement__place">
        {place}
        {formatDateLong(loan.disbursedAt ?? today())}
      </p>
      <div className="loan-signs">
        {[G.signBorrower, G.signChair, G.signTreasurer].map((who, i) => (
          <div key={who} className="loan-signs__block">
            <p>{who}</p>
            <div className="loan-signs__space" />
            <p className="loan-signs__name">{i === 0 ? loan.member.name : ''}</p>
          </div>
        ))}
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {G.print}
        </button>
      </div>
    </article>
  )
}
