import { useState, type FormEvent } from 'react'
import type { CommandInput } from '../../../../shared/commands'
import { formatDateLong } from '../../lib/dateText'
import type { TrialBalance, TrialBalanceRow } from '../../../../shared/ledger/types'
import { formatRupiah } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { CheckboxField, SelectField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { t } from '../../i18n'
import { maxDate, startOfYear, today, printedStamp } from '../../lib/dates'
import { href } from '../../lib/router'
import { printAs } from '../../lib/print'
import { documentFileName, documentPeriod } from '../../../../shared/files/document-name'
import { BookExport } from '../../components/BookExport'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.reports.tb

type Mode = 'asOf' | 'period'

interface Params {
  mode: Mode
  asOf: string
  from: string
  to: string
  includeZero: boolean
  /** '' = the whole cooperative. */
  unit: string
}

function toInput(p: Params): CommandInput<'reports.trialBalance'> | null {
  const unit = p.unit ? { unit: p.unit } : {}
  if (p.mode === 'asOf') return p.asOf ? { asOf: p.asOf, includeZero: p.includeZero, ...unit } : null
  return p.from && p.to ? { from: p.from, to: p.to, includeZero: p.includeZero, ...unit } : null
}

export function TrialBalanceReport({ query }: { query: Record<string, string> }) {
  const { profile } = useBook()
  const day = today()
  const [draft, setDraft] = useState<Params>(() => ({
    mode: query.dari ? 'period' : 'asOf',
    asOf: query.per ?? day,
    from: query.dari ?? maxDate(startOfYear(day), profile.booksStartDate),
    to: query.sampai ?? day,
    includeZero: false,
    unit: query.unit ?? ''
  }))
  const units = useCommand('units.list', { includeInactive: true })
  const [applied, setApplied] = useState<Params>(draft)
  const tb = useCommand('reports.trialBalance', toInput(applied))

  const show = (e: FormEvent) => {
    e.preventDefault()
    if (toInput(draft)) setApplied(draft)
  }

  return (
    <div className="tb">
      <form className="filters card no-print" onSubmit={show} aria-label={T.title}>
        <fieldset className="segmented">
          <legend className="field__label">{T.mode}</legend>
          <label className={draft.mode === 'asOf' ? 'is-active' : ''}>
            <input
              type="radio"
              name="tb-mode"
              value="asOf"
              checked={draft.mode === 'asOf'}
              onChange={() => setDraft({ ...draft, mode: 'asOf' })}
            />
            {T.modeAsOf}
          </label>
          <label className={draft.mode === 'period' ? 'is-active' : ''}>
            <input
              type="radio"
              name="tb-mode"
              value="period"
              checked={draft.mode === 'period'}
              onChange={() => setDraft({ ...draft, mode: 'period' })}
            />
            {T.modePeriod}
          </label>
        </fieldset>
        {draft.mode === 'asOf' ? (
          <DateField
            label={T.asOf}
            value={draft.asOf}
            onChange={(v) => setDraft({ ...draft, asOf: v })}
            className="w-date"
            hint=""
            required
          />
        ) : (
          <>
            <DateField
              label={t.common.from}
              value={draft.from}
              onChange={(v) => setDraft({ ...draft, from: v })}
              className="w-date"
              hint=""
              required
            />
            <DateField
              label={t.common.to}
              value={draft.to}
              onChange={(v) => setDraft({ ...draft, to: v })}
              className="w-date"
              hint=""
              required
            />
          </>
        )}
        <SelectField
          label={t.journal.ledger.unit}
          value={draft.unit}
          onChange={(v) => setDraft({ ...draft, unit: v })}
          options={[
            { value: '', label: t.journal.ledger.allUnits },
            ...(units.data ?? []).map((u) => ({ value: u.code, label: u.name }))
          ]}
          className="w-series"
        />
        <div className="filters__check">
          <CheckboxField
            label={T.includeZero}
            checked={draft.includeZero}
            onChange={(v) => setDraft({ ...draft, includeZero: v })}
          />
        </div>
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary" disabled={!toInput(draft)}>
            {t.common.show}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() =>
              printAs(
                documentFileName(
                  profile.name,
                  'Neraca-Saldo',
                  applied.mode === 'asOf'
                    ? documentPeriod({ asOf: applied.asOf })
                    : documentPeriod({ from: applied.from, to: applied.to }),
                  'pdf'
                )
              )
            }
            disabled={!tb.data}
          >
            {t.common.print}
          </button>
        </div>
      </form>

      <BookExport
        input={{
          book: 'NERACA_SALDO',
          ...(applied.mode === 'asOf' ? { asOf: applied.asOf } : { from: applied.from, to: applied.to }),
          ...(applied.unit ? { unit: applied.unit } : {})
        }}
        disabled={!tb.data}
      />
      {tb.error && <Notice tone="error">{tb.error.message}</Notice>}
      {tb.data && (
        <TrialBalanceTable
          tb={tb.data}
          coopName={profile.name}
          place={`${profile.village}, ${profile.regency}`}
          unitName={
            applied.unit ? ((units.data ?? []).find((u) => u.code === applied.unit)?.name ?? applied.unit) : null
          }
          loading={tb.loading}
        />
      )}
      {!tb.data && tb.loading && <p className="muted">{t.common.loading}</p>}
    </div>
  )
}

function cells(
  r: Pick<
    TrialBalanceRow,
    'openingDebit' | 'openingCredit' | 'movementDebit' | 'movementCredit' | 'closingDebit' | 'closingCredit'
  >,
  period: boolean,
  dash: boolean
) {
  const values = period
    ? [r.openingDebit, r.openingCredit, r.movementDebit, r.movementCredit, r.closingDebit, r.closingCredit]
    : [r.closingDebit, r.closingCredit]
  return values.map((v, i) => (
    <td key={i} className="is-right">
      <Amount value={v} dashZero={dash} />
    </td>
  ))
}

export function TrialBalanceTable({
  tb,
  coopName,
  place,
  unitName = null,
  loading
}: {
  tb: TrialBalance
  coopName: string
  place: string
  unitName?: string | null
  loading?: boolean
}) {
  const period = tb.from !== null
  const subtitle = period
    ? T.subtitlePeriod(formatDateLong(tb.from!), formatDateLong(tb.to))
    : T.subtitleAsOf(formatDateLong(tb.to))
  const totals = tb.totals
  const ledgerLink = (code: string) =>
    href('jurnal/buku-besar', { akun: code, dari: tb.from ?? undefined, sampai: tb.to })

  return (
    <article
      className={`report card${period ? ' report--wide' : ''}`}
      aria-busy={loading || undefined}
      aria-labelledby="tb-title"
    >
      <header className="report__header">
        <p className="report__org">{coopName}</p>
        <p className="report__place">{place}</p>
        <h2 className="report__title" id="tb-title">
          {T.title}
        </h2>
        <p className="report__subtitle">{subtitle}</p>
        {unitName && <p className="report__subtitle">{T.unitOnly(unitName)}</p>}
      </header>

      <div className={`balance-flag ${tb.balanced ? 'is-good' : 'is-bad'}`} role="status">
        <strong>{tb.balanced ? T.balanced : T.notBalanced}</strong>
        <span>
          {tb.balanced
            ? T.balancedHint
            : T.notBalancedHint(formatRupiah(totals.closingDebit), formatRupiah(totals.closingCredit))}
        </span>
      </div>

      <ScrollRegion className="table-wrap">
        <table className="table table--report">
          <thead>
            {period ? (
              <>
                <tr>
                  <th scope="col" rowSpan={2} className="col-code">
                    {T.colCode}
                  </th>
                  <th scope="col" rowSpan={2}>
                    {T.colName}
                  </th>
                  <th scope="colgroup" colSpan={2} className="is-center">
                    {T.opening}
                  </th>
                  <th scope="colgroup" colSpan={2} className="is-center">
                    {T.movement}
                  </th>
                  <th scope="colgroup" colSpan={2} className="is-center">
                    {T.closing}
                  </th>
                </tr>
                <tr>
                  {[0, 1, 2].flatMap((g) => [
                    <th key={`${g}d`} scope="col" className="is-right col-amount">
                      {T.d}
                    </th>,
                    <th key={`${g}k`} scope="col" className="is-right col-amount">
                      {T.k}
                    </th>
                  ])}
                </tr>
              </>
            ) : (
              <>
                <tr>
                  <th scope="col" rowSpan={2} className="col-code">
                    {T.colCode}
                  </th>
                  <th scope="col" rowSpan={2}>
                    {T.colName}
                  </th>
                  <th scope="colgroup" colSpan={2} className="is-center">
                    {T.balance}
                  </th>
                </tr>
                <tr>
                  <th scope="col" className="is-right col-amount">
                    {T.d}
                  </th>
                  <th scope="col" className="is-right col-amount">
                    {T.k}
                  </th>
                </tr>
              </>
            )}
          </thead>
          <tbody>
            {tb.rows.length === 0 && (
              <tr className="table__empty">
                <td colSpan={period ? 8 : 4}>{T.empty}</td>
              </tr>
            )}
            {tb.rows.map((r) => (
              <tr key={r.code} className={`${r.isHeader ? 'is-header' : ''} depth-${Math.min(r.depth, 4)}`}>
                <td className="col-code">
                  <a href={ledgerLink(r.code)} className="mono plain-link" title={T.openLedger(r.code)}>
                    {r.code}
                  </a>
                </td>
                <td className="col-name" style={{ paddingLeft: `${0.5 + r.depth * 1.1}rem` }}>
                  {r.name}
                </td>
                {cells(r, period, true)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row-total">
              <td />
              <th scope="row">{T.total}</th>
              {cells(totals, period, false)}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="report__printed print-only">{T.printedAt(printedStamp())}</p>
    </article>
  )
}
