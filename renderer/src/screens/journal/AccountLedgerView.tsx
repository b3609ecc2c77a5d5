import { useState, type FormEvent } from 'react'
import { formatDateLong } from '../../lib/dateText'
import type { AccountLedger } from '../../../../shared/ledger/types'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { AccountField } from '../../components/AccountPicker'
import { Amount } from '../../components/Amount'
import { DateField } from '../../components/DateInput'
import { SelectField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { Pager } from '../../components/Pager'
import { t } from '../../i18n'
import { maxDate, startOfYear, today } from '../../lib/dates'
import { JournalDetail } from './JournalDetail'
import { BookExport } from '../../components/BookExport'
import { ScrollRegion } from '../../components/ScrollRegion'

const T = t.journal.ledger
const PAGE_SIZE = 100

interface Query {
  account: string
  from: string
  to: string
  unit: string
}

export function AccountLedgerView({ initial }: { initial: Partial<Query> }) {
  const { profile } = useBook()
  const day = today()
  const start: Query = {
    account: initial.account ?? '',
    from: initial.from ?? maxDate(startOfYear(day), profile.booksStartDate),
    to: initial.to ?? day,
    unit: initial.unit ?? ''
  }
  const [draft, setDraft] = useState<Query>(start)
  const [applied, setApplied] = useState<Query | null>(start.account ? start : null)
  const [page, setPage] = useState(1)
  const [openId, setOpenId] = useState<number | null>(null)
  const accounts = useCommand('accounts.list', { includeInactive: true, postableOnly: false })
  const units = useCommand('units.list', { includeInactive: true })
  const ledger = useCommand(
    'ledger.account',
    applied && applied.from && applied.to
      ? {
          account: applied.account,
          from: applied.from,
          to: applied.to,
          ...(applied.unit ? { unit: applied.unit } : {}),
          page,
          pageSize: PAGE_SIZE
        }
      : null
  )

  const show = (e: FormEvent) => {
    e.preventDefault()
    if (!draft.account || !draft.from || !draft.to) return
    setApplied(draft)
    setPage(1)
  }

  return (
    <div className="ledger-view">
      <form className="filters card" onSubmit={show} aria-label={T.heading}>
        <AccountField
          label={T.account}
          accounts={accounts.data ?? []}
          value={draft.account}
          onChange={(v) => setDraft({ ...draft, account: v })}
          className="w-account"
          required
        />
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
        <SelectField
          label={T.unit}
          value={draft.unit}
          onChange={(v) => setDraft({ ...draft, unit: v })}
          options={[
            { value: '', label: T.allUnits },
            ...(units.data ?? []).map((u) => ({ value: u.code, label: u.name }))
          ]}
          className="w-series"
        />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary" disabled={!draft.account || !draft.from || !draft.to}>
            {t.common.show}
          </button>
        </div>
      </form>

      {applied && (
        <BookExport
          input={{
            book: 'BUKU_BESAR',
            account: applied.account,
            from: applied.from,
            to: applied.to,
            ...(applied.unit ? { unit: applied.unit } : {})
          }}
          what={applied.account}
          disabled={!ledger.data}
        />
      )}
      {ledger.error && <Notice tone="error">{ledger.error.message}</Notice>}
      {!applied && <p className="muted empty-hint">{T.chooseAccountFirst}</p>}
      {ledger.data && <LedgerTable ledger={ledger.data} loading={ledger.loading} onOpen={setOpenId} onPage={setPage} />}
      {openId !== null && (
        <JournalDetail
          key={openId}
          id={openId}
          onClose={() => setOpenId(null)}
          onChanged={ledger.reload}
          onOpen={setOpenId}
        />
      )}
    </div>
  )
}

function LedgerTable({
  ledger,
  loading,
  onOpen,
  onPage
}: {
  ledger: AccountLedger
  loading: boolean
  onOpen: (id: number) => void
  onPage: (p: number) => void
}) {
  const sign = ledger.account.normalBalance === 'D' ? 1 : -1
  const first = ledger.lines[0]
  // On later pages the table starts from the balance carried over from the previous page.
  const carried =
    ledger.page === 1 || !first ? ledger.openingBalance : first.balance - sign * (first.debit - first.credit)
  return (
    <section className="card ledger" aria-busy={loading || undefined}>
      <div className="card__head">
        <div>
          <h2 className="card__title">
            <span className="mono">{ledger.account.code}</span> {ledger.account.name}
          </h2>
          <p className="muted small">
            {t.common.period(formatDateLong(ledger.from), formatDateLong(ledger.to))} ·{' '}
            {T.normalSide(t.normalBalance[ledger.account.normalBalance])} ·{' '}
            {T.lineCount(formatNumberId(ledger.totalLines))}
          </p>
        </div>
        <dl className="ledger__summary">
          <div>
            <dt>{T.opening}</dt>
            <dd>
              <Amount value={ledger.openingBalance} />
            </dd>
          </div>
          <div>
            <dt>{T.closing}</dt>
            <dd>
              <Amount value={ledger.closingBalance} />
            </dd>
          </div>
        </dl>
      </div>
      <ScrollRegion className="table-wrap">
        <table className="table" aria-label={`${ledger.account.code} ${ledger.account.name}`}>
          <thead>
            <tr>
              <th scope="col">{T.colDate}</th>
              <th scope="col">{T.colNumber}</th>
              <th scope="col" style={{ width: '40%' }}>
                {T.colDescription}
              </th>
              <th scope="col">{T.colUnit}</th>
              <th scope="col" className="is-right">
                {t.common.debitRp}
              </th>
              <th scope="col" className="is-right">
                {t.common.creditRp}
              </th>
              <th scope="col" className="is-right">
                {T.colBalance}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="row-opening">
              <td className="nowrap">{formatDateLong(ledger.from)}</td>
              <td />
              <td>{ledger.page === 1 ? T.opening : T.carried}</td>
              <td />
              <td />
              <td />
              <td className="is-right">
                <Amount value={carried} />
              </td>
            </tr>
            {ledger.lines.length === 0 && (
              <tr className="table__empty">
                <td colSpan={7}>{T.noLines}</td>
              </tr>
            )}
            {ledger.lines.map((l, i) => (
              <tr key={`${l.entryId}-${i}`}>
                <td className="nowrap">{formatDateLong(l.date)}</td>
                <td className="nowrap">
                  <button type="button" className="btn btn--link mono" onClick={() => onOpen(l.entryId)}>
                    {l.number}
                  </button>
                </td>
                <td>
                  {l.description}
                  {(l.memo || l.memberName) && (
                    <span className="muted small"> · {[l.memberName, l.memo].filter(Boolean).join(' · ')}</span>
                  )}
                </td>
                <td>{l.unitCode ?? ''}</td>
                <td className="is-right nowrap">
                  <Amount value={l.debit} dashZero />
                </td>
                <td className="is-right nowrap">
                  <Amount value={l.credit} dashZero />
                </td>
                <td className="is-right nowrap">
                  <Amount value={l.balance} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="is-right">
                {T.movements}
              </th>
              <td className="is-right">
                <Amount value={ledger.totalDebit} />
              </td>
              <td className="is-right">
                <Amount value={ledger.totalCredit} />
              </td>
              <td />
            </tr>
            <tr className="row-closing">
              <th scope="row" colSpan={6} className="is-right">
                {T.closing}
              </th>
              <td className="is-right">
                <Amount value={ledger.closingBalance} />
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <Pager page={ledger.page} pageSize={ledger.pageSize} total={ledger.totalLines} onPage={onPage} />
    </section>
  )
}
