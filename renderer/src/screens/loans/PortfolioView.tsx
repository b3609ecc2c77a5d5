import { useState } from 'react'
import type { LoanPortfolio } from '../../../../shared/commands/loans'
import { formatDateLong } from '../../lib/dateText'
import { KOLEKTIBILITAS_LABELS } from '../../../../shared/loans/provisioning'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { FailureNotice } from '../../components/FailureNotice'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { CLASSES, KolektibilitasChart } from './KolektibilitasChart'
import { PrintedOn, ReportHeader } from './ReportHeader'
import { percentId } from './ScheduleTable'

const T = t.loans
const P = T.portfolio
type ProductRow = LoanPortfolio['byProduct'][number]

/** Portofolio & PPAP: baki debet by product and kolektibilitas, NPL, PPAP required vs formed. */
export function PortfolioView() {
  const [asOf, setAsOf] = useState(today())
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState('')
  const data = useCommand('loans.portfolio', asOf ? { asOf } : null)
  const mayProvision = useSession().canRun('loans.provision')
  const pf = data.data
  return (
    <div className="loan-report">
      <div className="filters filters--flat no-print">
        <DateField
          label={T.asOf}
          value={asOf}
          onChange={(v) => {
            setAsOf(v)
            setDone('')
          }}
          className="w-date"
          error={asOf ? undefined : T.arrears.needDate}
          hint=""
          required
        />
        <div className="filters__buttons">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()} disabled={!pf}>
            {T.print}
          </button>
        </div>
      </div>
      <FailureNotice error={data.error} />
      {done && <Notice tone="success">{done}</Notice>}
      {!pf && data.loading && <p className="muted">{t.common.loading}</p>}
      {pf && (
        <article className="report card loan-portfolio" aria-labelledby="loan-portfolio-title">
          <ReportHeader id="loan-portfolio-title" title={P.title} subtitle={P.subtitle(formatDateLong(pf.asOf))} />
          <ProductTable pf={pf} />
          <ClassTable pf={pf} />
          <KolektibilitasChart
            label={P.chart}
            values={
              Object.fromEntries(CLASSES.map((c) => [c, pf.provision.byClass[c].bakiDebet])) as Record<
                (typeof CLASSES)[number],
                number
              >
            }
          />
          <dl className="kv loan-ppap" aria-label={P.required}>
            <div className="kv__row">
              <dt>{P.npl}</dt>
              <dd data-testid="npl">{P.nplValue(percentId(pf.provision.nplPercent))}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.required}</dt>
              <dd data-testid="ppap-required">{formatRupiah(pf.provision.total.ppapwd)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.formed}</dt>
              <dd data-testid="ppap-formed">{formatRupiah(pf.formed)}</dd>
            </div>
            <div className="kv__row">
              <dt>{P.difference}</dt>
              <dd data-testid="ppap-difference">
                {pf.difference === 0
                  ? P.differenceNone
                  : `${pf.difference > 0 ? P.differenceUp : P.differenceDown} ${formatRupiah(Math.abs(pf.difference))}`}
              </dd>
            </div>
          </dl>
          {pf.difference !== 0 && mayProvision && (
            <div className="form-actions no-print">
              <button type="button" className="btn btn--primary" onClick={() => setConfirming(true)}>
                {P.provision}
              </button>
            </div>
          )}
          <PrintedOn />
        </article>
      )}
      {confirming && pf && (
        <ProvisionDialog
          pf={pf}
          onClose={() => setConfirming(false)}
          onDone={(no) => {
            setConfirming(false)
            setDone(P.done(no))
            data.reload()
          }}
        />
      )}
    </div>
  )
}

function ProductTable({ pf }: { pf: LoanPortfolio }) {
  const sum = (f: (r: ProductRow) => number) => pf.byProduct.reduce((s, r) => s + f(r), 0)
  return (
    <DataTable<ProductRow>
      aria-label={P.byProduct}
      caption={P.byProduct}
      className="table--report"
      rows={pf.byProduct}
      rowKey={(r) => r.productCode}
      empty={P.empty}
      columns={[
        {
          key: 'product',
          header: P.product,
          render: (r) => (
            <>
              <span className="mono">{r.productCode}</span> {r.name}
            </>
          )
        },
        { key: 'count', header: P.count, render: (r) => r.count, align: 'right' },
        {
          key: 'out',
          header: P.outstanding,
          render: (r) => <Amount value={r.outstanding} />,
          align: 'right',
          nowrap: true
        },
        ...CLASSES.map((c) => ({
          key: c,
          header: KOLEKTIBILITAS_LABELS[c],
          render: (r: ProductRow) => <Amount value={r.byClass?.[c] ?? 0} dashZero />,
          align: 'right' as const,
          nowrap: true
        }))
      ]}
      footer={
        pf.byProduct.length > 0 ? (
          <tr data-testid="portfolio-product-total">
            <th scope="row">{P.total}</th>
            <td className="is-right">{sum((r) => r.count)}</td>
            <td className="is-right nowrap">
              <Amount value={sum((r) => r.outstanding)} />
            </td>
            {CLASSES.map((c) => (
              <td key={c} className="is-right nowrap">
                <Amount value={sum((r) => r.byClass?.[c] ?? 0)} dashZero />
              </td>
            ))}
          </tr>
        ) : undefined
      }
    />
  )
}

function ClassTable({ pf }: { pf: LoanPortfolio }) {
  const total = pf.provision.total
  return (
    <DataTable<(typeof CLASSES)[number]>
      aria-label={P.byClass}
      caption={P.byClass}
      className="table--report"
      rows={CLASSES}
      rowKey={(c) => c}
      columns={[
        { key: 'class', header: T.kolektibilitas, render: (c) => KOLEKTIBILITAS_LABELS[c] },
        { key: 'count', header: P.count, render: (c) => pf.provision.byClass[c].count, align: 'right' },
        {
          key: 'baki',
          header: P.outstanding,
          render: (c) => <Amount value={pf.provision.byClass[c].bakiDebet} />,
          align: 'right',
          nowrap: true
        },
        {
          key: 'ppap',
          header: P.ppapwd,
          render: (c) => <Amount value={pf.provision.byClass[c].ppapwd} />,
          align: 'right',
          nowrap: true
        }
      ]}
      footer={
        <tr data-testid="portfolio-class-total">
          <th scope="row">{P.total}</th>
          <td className="is-right">{total.count}</td>
          <td className="is-right nowrap">
            <Amount value={total.bakiDebet} />
          </td>
          <td className="is-right nowrap">
            <Amount value={total.ppapwd} />
          </td>
        </tr>
      }
    />
  )
}

function ProvisionDialog({
  pf,
  onClose,
  onDone
}: {
  pf: LoanPortfolio
  onClose: () => void
  onDone: (entryNo: string) => void
}) {
  const invoke = useInvoke()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const run = async () => {
    if (busy) return
    setBusy(true)
    try {
      const r = await invoke('loans.provision', { date: pf.asOf })
      onDone(r.entry.number)
    } catch (e) {
      setError(toFailure(e))
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={P.confirmTitle}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {P.cancel}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void run()} disabled={busy} data-autofocus>
            {busy ? t.common.saving : P.confirm}
          </button>
        </>
      }
    >
      <p>{P.confirmText(formatDateLong(pf.asOf), formatRupiah(Math.abs(pf.difference)), pf.difference > 0)}</p>
      <FailureNotice error={error} />
    </Dialog>
  )
}
