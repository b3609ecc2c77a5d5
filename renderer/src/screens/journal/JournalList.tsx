import { useState, type FormEvent } from 'react'
import type { CommandInput } from '../../../../shared/commands'
import { formatDateLong } from '../../lib/dateText'
import type { JournalEntrySummary } from '../../../../shared/ledger/types'
import { formatNumberId } from '../../../../shared/money/rupiah'
import { useCommand } from '../../api/useCommand'
import { useSession } from '../../app/session'
import { AccountField } from '../../components/AccountPicker'
import { Amount } from '../../components/Amount'
import { DataTable } from '../../components/DataTable'
import { DateField } from '../../components/DateInput'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { Pager } from '../../components/Pager'
import { t } from '../../i18n'
import { JournalDetail } from './JournalDetail'
import { BookExport } from '../../components/BookExport'
import { startOfYear, today } from '../../lib/dates'

const T = t.journal.list
const PAGE_SIZE = 25

interface Filters {
  from: string
  to: string
  account: string
  series: string
  search: string
}

const NO_FILTERS: Filters = { from: '', to: '', account: '', series: '', search: '' }

function toInput(f: Filters, page: number): CommandInput<'journal.list'> {
  return {
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.account ? { account: f.account } : {}),
    ...(f.series ? { series: f.series } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    page,
    pageSize: PAGE_SIZE
  }
}

export function JournalList({
  openId,
  onOpenChange
}: {
  openId: number | null
  onOpenChange: (id: number | null) => void
}) {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS)
  const [applied, setApplied] = useState<Filters>(NO_FILTERS)
  const [page, setPage] = useState(1)
  const list = useCommand('journal.list', toInput(applied, page))
  const accounts = useCommand('accounts.list', { includeInactive: true, postableOnly: false })
  const series = useCommand('journal.series', {})
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS)
  const mayPost = useSession().canRun('journal.post')

  const apply = (e: FormEvent) => {
    e.preventDefault()
    setApplied(draft)
    setPage(1)
  }

  const status = (r: JournalEntrySummary) => (
    <>
      {r.reversedBy && (
        <span className="badge badge--warning" title={r.reversedBy.number}>
          {T.reversedBadge}
        </span>
      )}
      {r.reversalOf && (
        <span className="badge badge--info" title={r.reversalOf.number}>
          {T.reversalBadge}
        </span>
      )}
    </>
  )

  return (
    <div className="journal-list">
      <form className="filters card" onSubmit={apply} aria-label={T.filters}>
        <DateField
          label={t.common.from}
          value={draft.from}
          onChange={(v) => setDraft({ ...draft, from: v })}
          className="w-date"
          hint=""
        />
        <DateField
          label={t.common.to}
          value={draft.to}
          onChange={(v) => setDraft({ ...draft, to: v })}
          className="w-date"
          hint=""
        />
        <AccountField
          label={T.account}
          accounts={accounts.data ?? []}
          value={draft.account}
          onChange={(v) => setDraft({ ...draft, account: v })}
          className="w-account"
        />
        <SelectField
          label={T.series}
          value={draft.series}
          onChange={(v) => setDraft({ ...draft, series: v })}
          options={[
            { value: '', label: T.allSeries },
            ...(series.data ?? []).map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }))
          ]}
          className="w-series"
        />
        <TextField
          label={T.search}
          value={draft.search}
          onChange={(v) => setDraft({ ...draft, search: v })}
          placeholder={T.searchPlaceholder}
          className="grow"
          type="search"
        />
        <div className="filters__buttons">
          <button type="submit" className="btn btn--primary">
            {t.common.apply}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              setDraft(NO_FILTERS)
              setApplied(NO_FILTERS)
              setPage(1)
            }}
          >
            {t.common.reset}
          </button>
        </div>
      </form>

      <BookExport
        input={{
          book: 'JURNAL_UMUM',
          to: applied.to || today(),
          from: applied.from || startOfYear(applied.to || today()),
          ...(applied.account ? { account: applied.account } : {})
        }}
      />
      {list.error && <Notice tone="error">{list.error.message}</Notice>}

      <section className="card">
        <div className="card__head">
          <h2 className="card__title">{T.heading}</h2>
          {list.data && <span className="muted">{T.totalFound(formatNumberId(list.data.total))}</span>}
        </div>
        <DataTable
          aria-label={T.heading}
          rows={list.data?.items ?? []}
          loading={list.loading}
          rowKey={(r) => r.id}
          onRowClick={(r) => onOpenChange(r.id)}
          rowClassName={(r) => (r.reversedBy ? 'is-reversed' : undefined)}
          empty={filtered ? T.empty : mayPost ? T.emptyAll : T.emptyAllReadOnly}
          columns={[
            { key: 'date', header: T.colDate, render: (r) => formatDateLong(r.date), width: '10rem', nowrap: true },
            {
              key: 'number',
              header: T.colNumber,
              width: '11rem',
              nowrap: true,
              render: (r) => (
                <button
                  type="button"
                  className="btn btn--link mono"
                  onClick={() => onOpenChange(r.id)}
                  aria-label={T.open(r.number)}
                >
                  {r.number}
                </button>
              )
            },
            {
              key: 'desc',
              header: T.colDescription,
              render: (r) => (
                <span className="desc">
                  {r.description} {status(r)}
                </span>
              )
            },
            { key: 'ref', header: T.colReference, render: (r) => r.reference ?? '', width: '9rem', priority: 2 },
            {
              key: 'amount',
              header: T.colAmount,
              render: (r) => <Amount value={r.amount} />,
              align: 'right',
              width: '9.5rem',
              nowrap: true
            }
          ]}
        />
        {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
      </section>

      {openId !== null && (
        <JournalDetail
          key={openId}
          id={openId}
          onClose={() => onOpenChange(null)}
          onChanged={list.reload}
          onOpen={(id) => onOpenChange(id)}
        />
      )}
    </div>
  )
}
