import { useEffect, useState, type FormEvent } from 'react'
import { formatDateLong } from '../../lib/dateText'
import type { AccountLedger, Unit } from '../../../../shared/ledger/types'
import { useInvoke } from '../../api/context'
import { toFailure, type CommandFailure, type Invoke } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { t } from '../../i18n'
import { maxDate, startOfYear, today } from '../../lib/dates'
import { href } from '../../lib/router'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.units

/** Top-level codes of income and expense in every chart (the type digit). */
const INCOME = '4'
const EXPENSE = '5'

interface Figures {
  income: number
  expense: number
}

/** Movement of a ledger on its normal side over the period. */
const movement = (l: AccountLedger) => l.closingBalance - l.openingBalance

async function figures(invoke: Invoke, from: string, to: string, unit?: string): Promise<Figures> {
  const base = { from, to, page: 1, pageSize: 1, ...(unit ? { unit } : {}) }
  const [income, expense] = await Promise.all([
    invoke('ledger.account', { account: INCOME, ...base }),
    invoke('ledger.account', { account: EXPENSE, ...base })
  ])
  return { income: movement(income), expense: movement(expense) }
}

export function UnitsScreen() {
  const invoke = useInvoke()
  const { profile } = useBook()
  const day = today()
  const [draft, setDraft] = useState({ from: maxDate(startOfYear(day), profile.booksStartDate), to: day })
  const [applied, setApplied] = useState(draft)
  const units = useCommand('units.list', { includeInactive: true })
  const [rows, setRows] = useState<{ unit: Unit; f: Figures }[] | null>(null)
  const [total, setTotal] = useState<Figures | null>(null)
  const [error, setError] = useState<CommandFailure | null>(null)

  useEffect(() => {
    if (!units.data) return
    let live = true
    setError(null)
    Promise.all([
      Promise.all(
        units.data.map(async (unit) => ({ unit, f: await figures(invoke, applied.from, applied.to, unit.code) }))
      ),
      figures(invoke, applied.from, applied.to)
    ]).then(
      ([r, tot]) => {
        if (!live) return
        setRows(r)
        setTotal(tot)
      },
      (e: unknown) => live && setError(toFailure(e))
    )
    return () => {
      live = false
    }
  }, [invoke, units.data, applied])

  const tagged = rows?.reduce((s, r) => ({ income: s.income + r.f.income, expense: s.expense + r.f.expense }), {
    income: 0,
    expense: 0
  })
  const untagged =
    total && tagged ? { income: total.income - tagged.income, expense: total.expense - tagged.expense } : null

  const apply = (e: FormEvent) => {
    e.preventDefault()
    if (draft.from && draft.to) setApplied(draft)
  }

  const line = (f: Figures) => (
    <>
      <td className="is-right">
        <Amount value={f.income} />
      </td>
      <td className="is-right">
        <Amount value={f.expense} />
      </td>
      <td className="is-right">
        <Amount value={f.income - f.expense} />
      </td>
    </>
  )

  return (
    <div className="screen">
      <PageHeader
        title={T.title}
        lead={T.lead}
        actions={
          <a className="btn btn--secondary" href={href('pengaturan/unit')}>
            {T.manage}
          </a>
        }
      />
      <form className="filters card" onSubmit={apply} aria-label={T.title}>
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
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary">
            {t.common.show}
          </button>
        </div>
      </form>
      {(units.error ?? error) && <Notice tone="error">{(units.error ?? error)!.message}</Notice>}
      <section className="card">
        <div className="card__head">
          <h2 className="card__title">{t.common.period(formatDateLong(applied.from), formatDateLong(applied.to))}</h2>
        </div>
        <ScrollRegion className="table-wrap" aria-busy={!rows || undefined}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{T.colUnit}</th>
                <th scope="col" className="is-right" style={{ width: '11rem' }}>
                  {T.colIncome}
                </th>
                <th scope="col" className="is-right" style={{ width: '11rem' }}>
                  {T.colExpense}
                </th>
                <th scope="col" className="is-right" style={{ width: '11rem' }}>
                  {T.colResult}
                </th>
              </tr>
            </thead>
            <tbody>
              {!rows && (
                <tr className="table__empty">
                  <td colSpan={4}>{t.common.loading}</td>
                </tr>
              )}
              {rows?.map(({ unit, f }) => (
                <tr key={unit.code} className={unit.isActive ? undefined : 'is-muted'}>
                  <th scope="row" className="cell-title">
                    {unit.name} <span className="muted small mono">{unit.code}</span>
                    {!unit.isActive && <span className="badge badge--muted">{T.inactive}</span>}
                  </th>
                  {line(f)}
                </tr>
              ))}
              {untagged && (
                <tr className="is-muted">
                  <th scope="row" className="cell-title">
                    {T.untagged}
                  </th>
                  {line(untagged)}
                </tr>
              )}
            </tbody>
            {total && (
              <tfoot>
                <tr className="row-total">
                  <th scope="row">{T.total}</th>
                  {line(total)}
                </tr>
              </tfoot>
            )}
          </table>
        </ScrollRegion>
      </section>
    </div>
  )
}
